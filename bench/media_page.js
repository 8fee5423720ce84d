// One participant of bench/media.py: drives the project's vendored janus.js directly (not the
// Django room), joined to the meeting's AudioBridge room with the microphone on (or muted: then,
// like the room, nothing is sent) and, in video mode, also publishing a low-resolution camera in
// the VideoRoom and receiving everyone else's (in lowdata mode: publishing, receiving none).
(function () {
  "use strict";
  var q = new URLSearchParams(location.search);
  var room = parseInt(q.get("room"), 10);
  var id = parseInt(q.get("id"), 10);
  var token = q.get("token");
  var video = q.get("video") === "1";
  var muted = q.get("muted") === "1";
  var bitrate = parseInt(q.get("bitrate") || "0", 10);
  var state = { status: "init", error: null, bridge: false, published: false, subscribed: false, pcs: {}, peak: 0 };
  window.bench = state;

  function fail(error) {
    state.status = "error";
    state.error = typeof error === "string" ? error : JSON.stringify(error);
  }

  Janus.init({
    debug: false,
    dependencies: Janus.useDefaultDependencies({ adapter: { browserDetails: { browser: "chrome", version: 120 } } }),
    callback: function () {
      var janus = new Janus({
        server: q.get("server"),
        iceServers: [],
        token: token,
        success: function () {
          state.status = "connected";
          joinBridge(janus);
          if (video) { publishVideo(janus); }
        },
        error: fail
      });
      state.janus = janus;
    }
  });

  function joinBridge(janus) {
    var handle = null;
    janus.attach({
      plugin: "janus.plugin.audiobridge",
      success: function (h) {
        handle = h;
        var join = { request: "join", room: room, id: id, display: "p" + id, token: token, muted: muted };
        if (bitrate) { join.bitrate = bitrate; }  // the Opus bitrate of the mix Janus sends this person
        h.send({ message: join });
      },
      error: fail,
      onmessage: function (msg, jsep) {
        if (msg.error) { return fail(msg.error_code + " " + msg.error); }
        if (msg.audiobridge === "joined" && msg.id === id && !state.joined) {
          state.joined = true;
          handle.createOffer({
            tracks: [{ type: "audio", capture: true, recv: true }],
            success: function (ours) { handle.send({ message: { request: "configure", muted: muted }, jsep: ours }); },
            error: fail
          });
        }
        if (jsep) { handle.handleRemoteJsep({ jsep: jsep }); }
      },
      webrtcState: function (on) {
        if (on) {
          state.bridge = true;
          state.pcs.bridge = handle.webrtcStuff.pc;
          // As the room does (room-media.js): a muted microphone is taken off the sender.
          if (muted) {
            handle.webrtcStuff.pc.getSenders().forEach(function (s) {
              if (s.track && s.track.kind === "audio") { s.replaceTrack(null); }
            });
          }
        }
      },
      onremotetrack: function (track, mid, on) {
        if (on && track.kind === "audio") { meter(track); }
      }
    });
  }

  function publishVideo(janus) {
    var handle = null;
    janus.attach({
      plugin: "janus.plugin.videoroom",
      success: function (h) {
        handle = h;
        h.send({ message: { request: "join", room: room, ptype: "publisher", id: id, display: "p" + id, token: token } });
      },
      error: fail,
      onmessage: function (msg, jsep) {
        if (msg.error) { return fail(msg.error_code + " " + msg.error); }
        if (msg.videoroom === "joined") {
          state.privateId = msg.private_id;  // watching needs it (the rooms' require_pvtid)
          handle.createOffer({
            tracks: [{ type: "video", capture: { width: 320, height: 240, frameRate: 15 }, recv: false }],
            success: function (ours) { handle.send({ message: { request: "configure", audio: false, video: true }, jsep: ours }); },
            error: fail
          });
        }
        if (jsep) { handle.handleRemoteJsep({ jsep: jsep }); }
      },
      webrtcState: function (on) {
        if (on) { state.published = true; state.pcs.publisher = handle.webrtcStuff.pc; }
      }
    });
  }

  // Called by the bench once every page publishes: one subscriber handle for all other cameras.
  window.benchSubscribe = function (feeds) {
    var handle = null;
    state.janus.attach({
      plugin: "janus.plugin.videoroom",
      success: function (h) {
        handle = h;
        h.send({ message: {
          request: "join", room: room, ptype: "subscriber", token: token, private_id: state.privateId,
          streams: feeds.map(function (feed) { return { feed: feed }; })
        } });
      },
      error: fail,
      onmessage: function (msg, jsep) {
        if (msg.error) { return fail(msg.error_code + " " + msg.error); }
        if (jsep) {
          handle.createAnswer({
            jsep: jsep,
            tracks: [{ type: "data" }],
            success: function (ours) { handle.send({ message: { request: "start", room: room }, jsep: ours }); },
            error: fail
          });
        }
      },
      webrtcState: function (on) {
        if (on) { state.subscribed = true; state.pcs.subscriber = handle.webrtcStuff.pc; }
      }
    });
  };

  // The loudest the received mix got (RMS of 2048-sample windows): voice, not just silence packets.
  // (Chromium feeds a remote track to Web Audio only while a media element plays it too.)
  function meter(track) {
    var element = document.createElement("audio");
    element.autoplay = true;
    element.muted = true;
    element.srcObject = new MediaStream([track]);
    document.body.appendChild(element);
    var ctx = new AudioContext();
    var analyser = ctx.createAnalyser();
    analyser.fftSize = 2048;
    ctx.createMediaStreamSource(new MediaStream([track])).connect(analyser);
    var buf = new Float32Array(analyser.fftSize);
    setInterval(function () {
      analyser.getFloatTimeDomainData(buf);
      var sum = 0;
      for (var i = 0; i < buf.length; i++) { sum += buf[i] * buf[i]; }
      state.peak = Math.max(state.peak, Math.sqrt(sum / buf.length));
    }, 50);
  }

  // Bytes and frames so far, per kind, over all of this page's peer connections.
  window.benchStats = async function () {
    var out = { down: { audio: 0, video: 0 }, up: { audio: 0, video: 0 }, headersDown: 0, headersUp: 0, framesDecoded: 0, pairs: [] };
    for (var name in state.pcs) {
      var stats = await state.pcs[name].getStats();
      stats.forEach(function (s) {
        if (s.type === "inbound-rtp") {
          out.down[s.kind] += s.bytesReceived || 0;
          out.headersDown += s.headerBytesReceived || 0;
          out.framesDecoded += s.framesDecoded || 0;
        } else if (s.type === "outbound-rtp") {
          out.up[s.kind] += s.bytesSent || 0;
          out.headersUp += s.headerBytesSent || 0;
        } else if (s.type === "candidate-pair" && s.nominated && s.state === "succeeded") {
          var local = stats.get(s.localCandidateId);
          out.pairs.push(local ? local.address : "?");
        }
      });
    }
    return out;
  };

  window.benchLeave = function () {
    return new Promise(function (resolve) {
      state.janus.destroy({ cleanupHandles: true, success: resolve, error: resolve });
      setTimeout(resolve, 3000);
    });
  };
})();
