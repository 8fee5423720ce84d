// Voice and video in the live room: the browser talks to the media server (Janus) with what the
// server handed out in `welcome.media` ({url, room, token, ice_servers, ...}). Voice goes through
// the AudioBridge (the group mixed into one stream, cheap on a phone); a camera, optional per
// person, through the VideoRoom with the same room number and token: low resolution, capped
// bitrate, shown to others as small muted tiles (the sound stays in the mix). "Zuinig met data"
// (by hand, or chosen on a weak connection) sends and receives no video at all. Everyone joins
// muted, and a muted microphone sends nothing (the sender's track is taken away, not disabled).
// Nothing is recorded. room.js owns the socket: this module hears its events ("room:event" on
// #room) and sends through "room:send".
(function () {
  "use strict";
  var root = document.getElementById("room");
  var panel = document.getElementById("media");
  if (!root || !panel) { return; }
  var me = parseInt(root.dataset.me, 10);
  var isLeader = root.dataset.role === "leader";
  var T = {};
  document.querySelectorAll("#media-text [data-key]").forEach(function (el) { T[el.dataset.key] = el.textContent; });

  var media = null;        // the current welcome.media (or a breakout's)
  var janus = null;
  var handle = null;
  var joined = false;
  var wanted = false;      // the person pressed "join": keep (re)joining
  var muted = true;        // joins muted
  var forcedMute = false;  // the leader switched the microphone off
  var hasMic = false;
  var localStream = null;
  var retry = 0;
  var retryTimer = null;
  var generation = 0;      // callbacks of an old session are ignored
  var iceOk = false;       // the media path works now
  var people = {};         // user id -> {audio, video, talking}
  var checkStream = null;
  var localTrack = null;   // the microphone: kept while muted, so unmuting is instant

  // Video (VideoRoom). Camera and settings from docs/decisions.md "Video: low resolution, capped".
  var CAMERA = { width: { ideal: 320 }, height: { ideal: 240 }, frameRate: { ideal: 15, max: 15 } };
  var CAMERA_BITRATE = 128000; // bit/s, also the room's cap (live_sessions.media.VIDEO_BITRATE)
  var cameraWanted = false;  // the person switched the camera on (off by default)
  var publishing = false;    // our camera reaches the VideoRoom now
  var videoHandle = null;    // publisher handle: joined even with the camera off, to hear who publishes
  var videoJoined = false;
  var privateId = null;
  var feeds = {};            // Janus publisher id -> name, of others with a camera on
  var subHandle = null;      // one subscriber handle for all cameras we watch
  var subMids = {};          // mid -> publisher id
  var subTimer = null;
  var lowData = false;       // "Zuinig met data": audio only, no video sent or received
  var lowDataHold = 0;       // the person turned video back on: no automatic switch until then
  var badSamples = 0;
  var lastStats = null;
  try { lowData = window.localStorage.getItem("jobgroup.lowData") === "1"; } catch (e) { /* private mode */ }

  function $(id) { return document.getElementById(id); }
  function show(id, on) { var el = $(id); if (el) { el.hidden = !on; } }
  function status(key) { $("media-status").textContent = T[key] || key; $("media-status").dataset.state = key; }
  function send(message) { root.dispatchEvent(new CustomEvent("room:send", { detail: message })); }
  // The server hands out Janus participant ids of the form user id * 1000 + n (live_sessions.media).
  function owner(janusId) { return typeof janusId === "number" ? Math.floor(janusId / 1000) : null; }

  // --- socket events --------------------------------------------------------------------
  root.addEventListener("room:event", function (e) {
    var event = e.detail;
    if (event.type === "welcome") { setMedia(event.media, event.status === "ended", event.media_wait); return; }
    switch (event.type) {
      case "media.muted": // the leader switched this microphone off in the media server itself
        if (event.user === me) { forceMute(); }
        break;
      case "media.all_muted":
        if ((event.users || []).indexOf(me) !== -1) { forceMute(); }
        break;
      case "media.floor_given":
        if (event.user === me) { askToSpeak(); }
        break;
      case "media.state_changed":
        people[event.user] = people[event.user] || {};
        people[event.user].audio = !!event.audio;
        people[event.user].video = !!event.video;
        if (!event.audio) { people[event.user].talking = false; }
        renderPeople();
        break;
      case "media.changed": // a breakout opened or closed: the room this person is in now
        setMedia(event.media, true, event.media_wait);
        break;
    }
  });

  // `ended`: no media because the meeting is over, not because this server has none.
  // What happened before this page came (the welcome's replay): a mute or a floor given then is
  // not acted on again; who has a microphone on still counts.
  root.addEventListener("room:replay", function (e) {
    var event = e.detail;
    if (event.type === "media.state_changed") {
      people[event.user] = { audio: !!event.audio, video: !!event.video };
    }
  });

  function setMedia(next, ended, wait) {
    if ((!next || !next.url) && wait) {
      // The media server did not answer the room just now: the server asks again and sends
      // `media.changed` when it does. Whoever was in keeps wanting in (and their microphone).
      media = null;
      clearTimeout(retryTimer);
      leave(true);
      show("media-none", false);
      status("reconnecting");
      renderMic();
      return;
    }
    if (!next || !next.url) {
      media = null;
      wanted = false;
      leave();
      show("media-none", !ended);
      show("media-ready", false);
      status(ended ? "ended" : "none");
      renderPeople();
      return;
    }
    show("media-none", false);
    show("media-ready", true);
    // A new socket means a new Janus id (the server sends the old one out of the room when a
    // socket closes): join again with it, as when moving to a pair's room.
    var moved = !media || media.room !== next.room || media.url !== next.url || media.user_id !== next.user_id;
    media = next;
    panel.dataset.room = String(next.room);
    panel.dataset.group = next.group === null || next.group === undefined ? "" : String(next.group);
    if (wanted && (moved || !joined)) { rejoin(0); }
    if (!wanted) { status("notJoined"); }
  }

  // --- sound check ----------------------------------------------------------------------
  function meter(stream, bar, onLevel) {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) { return null; }
    var ctx = new Ctx();
    var analyser = ctx.createAnalyser();
    analyser.fftSize = 1024;
    ctx.createMediaStreamSource(stream).connect(analyser);
    var buf = new Float32Array(analyser.fftSize);
    var timer = setInterval(function () {
      analyser.getFloatTimeDomainData(buf);
      var sum = 0;
      for (var i = 0; i < buf.length; i++) { sum += buf[i] * buf[i]; }
      var level = Math.min(1, Math.sqrt(sum / buf.length) * 4);
      if (bar) { bar.value = Math.round(level * 100); }
      if (onLevel) { onLevel(level); }
    }, 100);
    return { stop: function () { clearInterval(timer); ctx.close(); } };
  }

  function explainRefusal(error) {
    var refused = error && (error.name === "NotAllowedError" || error.name === "SecurityError");
    show("mic-refused", refused);
    show("mic-missing", !refused);
    $("soundcheck-result").textContent = refused ? T.refusedMic : T.missing;
  }

  var checkMeter = null;
  function soundCheck() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { explainRefusal(null); return; }
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      checkStream = stream;
      if (checkMeter) { checkMeter.stop(); }
      checkMeter = meter(stream, $("mic-level"), null);
      show("mic-refused", false);
      show("mic-missing", false);
      $("soundcheck-result").textContent = T.checkOk;
      fillDevices();
    }).catch(explainRefusal);
  }

  function fillDevices() {
    var select = $("mic-device");
    if (!select || !navigator.mediaDevices.enumerateDevices) { return; }
    navigator.mediaDevices.enumerateDevices().then(function (devices) {
      fillSelect(select, devices, "audioinput", T.microphone);
      show("mic-device-field", select.options.length > 1);
      var speakers = $("speaker-device");
      if (canChooseSpeaker()) {
        var chosen = speakers.value;
        fillSelect(speakers, devices, "audiooutput", T.speaker);
        if (chosen) { speakers.value = chosen; }
      }
      show("speaker-device-field", canChooseSpeaker() && speakers.options.length > 1);
    });
  }

  function fillSelect(select, devices, kind, label) {
    select.replaceChildren();
    devices.filter(function (d) { return d.kind === kind; }).forEach(function (d, i) {
      var option = document.createElement("option");
      option.value = d.deviceId;
      option.textContent = d.label || (label + " " + (i + 1));
      select.appendChild(option);
    });
  }

  // A speaker can be chosen where the browser lets a page pick its output (setSinkId: Chrome,
  // Edge, Firefox 116+; not Safari): the group's sound and the test tone go there.
  function canChooseSpeaker() { return typeof HTMLMediaElement !== "undefined" && "setSinkId" in HTMLMediaElement.prototype; }
  function speakerId() { var s = $("speaker-device"); return s && s.value ? s.value : ""; }
  function applySpeaker() {
    var audio = $("media-audio");
    if (canChooseSpeaker() && audio.setSinkId) { audio.setSinkId(speakerId()).catch(function () {}); }
  }

  // "Test je luidspreker": a short, soft tone (Web Audio) on the chosen output, then a question.
  var toneCtx = null;
  function speakerTest() {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    show("speaker-ok", false);
    show("speaker-advice", false);
    show("speaker-ask", true);
    if (!Ctx) { return; }
    if (toneCtx) { toneCtx.close(); }
    var ctx = toneCtx = new Ctx();
    var ready = (speakerId() && ctx.setSinkId) ? ctx.setSinkId(speakerId()).catch(function () {}) : Promise.resolve();
    ready.then(function () { return ctx.resume(); }).then(function () {
      var now = ctx.currentTime;
      var gain = ctx.createGain();
      gain.gain.setValueAtTime(0, now);
      gain.gain.linearRampToValueAtTime(0.25, now + 0.05);
      gain.gain.setValueAtTime(0.25, now + 1.2);
      gain.gain.linearRampToValueAtTime(0, now + 1.5);
      gain.connect(ctx.destination);
      [523.25, 659.25].forEach(function (freq, i) { // two notes, easy to recognise
        var osc = ctx.createOscillator();
        osc.frequency.value = freq;
        osc.connect(gain);
        osc.start(now + i * 0.75);
        osc.stop(now + 0.75 + i * 0.75);
      });
      root.dataset.toneAt = String(Date.now()); // (the browser tests check the tone was played)
    }).catch(function () {});
  }
  function speakerAnswer(heard) {
    show("speaker-ask", false);
    show("speaker-ok", heard);
    show("speaker-advice", !heard);
    fillDevices();
  }

  function stopCheck() {
    if (checkMeter) { checkMeter.stop(); checkMeter = null; }
    if (checkStream) { checkStream.getTracks().forEach(function (t) { t.stop(); }); checkStream = null; }
  }

  // --- joining the media room -----------------------------------------------------------
  function join() {
    if (!media) { return; }
    wanted = true;
    stopCheck();
    show("soundcheck", false);
    rejoin(0);
  }

  function rejoin(delay) {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, delay);
  }

  function scheduleRetry() {
    if (!wanted) { return; }
    joined = false;
    status("reconnecting");
    renderMic();
    var delay = Math.min(15000, 1000 * Math.pow(2, retry));
    retry += 1;
    rejoin(delay);
  }

  function connect() {
    leave(true);
    if (!media || !wanted) { return; }
    var gen = ++generation;
    status("connecting");
    var options = {
      server: media.url,
      iceServers: media.ice_servers || [],
      success: function () { if (gen === generation) { attach(gen); attachVideo(gen); } },
      error: function (error) { if (gen === generation) { failed(error); } },
      destroyed: function () {}
    };
    if (media.token) { options.token = media.token; } // Janus' core checks it too
    janus = new window.Janus(options);
  }

  // A token that is refused (removed from the group, another meeting's, expired) is not tried
  // again and again: the person is told, and a new welcome (with a new token) starts over.
  function refusal(text) { return /unauthori[sz]ed|not allowed|forbidden|token/i.test(String(text || "")); }
  function refused() {
    wanted = false;
    leave(true);
    status("refused");
    renderMic();
  }

  function failed(error) {
    if (window.console) { console.warn("media:", error); }
    if (refusal(error && error.message ? error.message : error)) { refused(); return; }
    scheduleRetry();
  }

  function attach(gen) {
    janus.attach({
      plugin: media.plugin || "janus.plugin.audiobridge",
      success: function (h) {
        if (gen !== generation) { return; }
        handle = h;
        var message = { request: "join", room: media.room, display: media.display || "", muted: true };
        if (media.user_id) { message.id = media.user_id; }
        if (media.token) { message.token = media.token; }
        if (media.pin) { message.pin = media.pin; }
        h.send({ message: message });
      },
      error: function (error) { if (gen === generation) { failed(error); } },
      onmessage: function (msg, jsep) { if (gen === generation) { onMessage(msg, jsep); } },
      iceState: function (state) {
        if (gen !== generation) { return; }
        if (state === "connected" || state === "completed") { connected(); }
        if (state === "disconnected") {
          iceOk = false;
          status("reconnecting");
          // Not back on its own within a few seconds: restart ICE (and, failing that, join again).
          setTimeout(function () { if (gen === generation && !iceOk) { iceRestart(gen); } }, 4000);
        }
        if (state === "failed") { iceOk = false; iceRestart(gen); }
      },
      webrtcState: function (on) { if (gen === generation && !on) { scheduleRetry(); } },
      onremotetrack: function (track, mid, on) {
        if (gen !== generation || track.kind !== "audio") { return; }
        var audio = $("media-audio");
        audio.srcObject = on ? new MediaStream([track]) : null;
        if (on) { applySpeaker(); var p = audio.play(); if (p && p.catch) { p.catch(function () {}); } }
      },
      onlocaltrack: function (track, on) {
        if (gen !== generation || track.kind !== "audio" || !on) { return; }
        // Not taken off the sender here: janus.js is still negotiating (a sender without a track
        // would be offered as receive-only). connected() does it once the path is up.
        localTrack = track;
        localStream = new MediaStream([track]);
        meter(localStream, null, function (level) { markTalking(me, !muted && level > 0.08); });
      },
      oncleanup: function () {}
    });
  }

  function onMessage(msg, jsep) {
    if (msg.error) {
      if (refusal(msg.error)) { refused(); } else { scheduleRetry(); }
      return;
    }
    if (msg.audiobridge === "destroyed") { scheduleRetry(); return; } // the room ended or moved
    var event = msg.audiobridge;
    if (event === "joined" && msg.id && !joined) {
      offer(false);
    }
    (msg.participants || []).forEach(function (p) {
      var id = owner(p.id);
      if (id === null || id === me) { return; }
      people[id] = people[id] || {};
      people[id].audio = !p.muted;
      people[id].talking = !!p.talking && !p.muted;
    });
    if (msg.leaving) { markTalking(owner(msg.leaving), false); }
    if (event === "talking" || event === "stopped-talking") {
      var who = owner(msg.id);
      if (who !== me) { markTalking(who, event === "talking"); }
    }
    renderPeople();
    if (jsep) { handle.handleRemoteJsep({ jsep: jsep }); }
  }

  function offer(restart) {
    var tracks = [{ type: "audio", capture: hasMicAllowed() ? micConstraint() : false, recv: true }];
    handle.createOffer({
      tracks: restart ? undefined : tracks,
      iceRestart: !!restart,
      success: function (jsep) { handle.send({ message: { request: "configure", muted: muted }, jsep: jsep }); },
      error: function (error) {
        if (!restart && tracks[0].capture) { hasMic = false; hasMicDenied = true; explainRefusal(error); offer(false); return; }
        failed(error);
      }
    });
  }
  var hasMicDenied = false;
  function hasMicAllowed() { return !hasMicDenied; }
  function micConstraint() {
    var select = $("mic-device");
    return select && select.value ? { deviceId: { exact: select.value } } : true;
  }

  function iceRestart(gen) {
    status("reconnecting");
    if (!handle || gen !== generation) { return; }
    offer(true);
    // If the restart does not bring the voice back within a few seconds, join again from scratch.
    setTimeout(function () { if (gen === generation && !iceOk) { scheduleRetry(); } }, 5000);
  }

  function connected() {
    joined = true;
    iceOk = true;
    retry = 0;
    hasMic = !!localStream;
    applyMute();
    checkSaveData();
    status(muted ? "joinedMuted" : "joined");
    renderMic();
    sendState();
  }

  function leave(quiet) {
    generation += 1;
    joined = false;
    iceOk = false;
    if (janus) {
      var old = janus;
      janus = null;
      handle = null;
      try { old.destroy({ cleanupHandles: true }); } catch (e) { /* already gone */ }
    }
    if (localTrack) { localTrack.stop(); }
    localTrack = null;
    localStream = null;
    videoHandle = null;
    subHandle = null;
    videoJoined = false;
    publishing = false;
    privateId = null;
    feeds = {};
    subMids = {};
    clearTimeout(subTimer);
    lastStats = null;
    badSamples = 0;
    renderOwnTile(null);
    renderTiles();
    if (!quiet) { renderMic(); }
  }

  // --- microphone -----------------------------------------------------------------------
  // A muted microphone sends nothing: its track is taken off the sender (replaceTrack(null); a
  // disabled track would still send ~25 kbit/s of silence frames) and put back on unmute, with
  // no new offer and no new permission question. Janus mutes it too (`configure muted`).
  function applyMute() {
    var pc = handle && handle.webrtcStuff && handle.webrtcStuff.pc;
    if (!pc || !localTrack || !pc.getTransceivers) { return; }
    var want = muted ? null : localTrack;
    pc.getTransceivers().forEach(function (t) {
      if (t.sender && t.receiver && t.receiver.track && t.receiver.track.kind === "audio" && t.sender.track !== want) {
        t.sender.replaceTrack(want).catch(function (e) { if (window.console) { console.warn("media: mute", e); } });
      }
    });
  }

  function setMuted(value) {
    muted = value;
    if (!muted) { forcedMute = false; }
    if (joined) { applyMute(); }
    if (handle && joined) { handle.send({ message: { request: "configure", muted: muted } }); }
    if (joined) { status(muted ? "joinedMuted" : "joined"); }
    if (muted) { markTalking(me, false); }
    renderMic();
    sendState();
  }

  function forceMute() {
    forcedMute = true;
    show("floor-ask", false);
    if (!muted) { setMuted(true); forcedMute = true; }
    renderMic();
  }

  function askToSpeak() {
    show("floor-ask", true);
    $("floor-ask").focus();
  }

  function sendState() { if (joined) { send({ type: "media.state", audio: !muted, video: publishing }); } }

  function renderMic() {
    var button = $("mic-button");
    var usable = joined && hasMic;
    button.disabled = !usable;
    button.setAttribute("aria-pressed", usable && !muted ? "true" : "false");
    $("mic-label").textContent = usable && !muted ? T.micOn : T.micOff;
    var note = $("mic-state");
    note.textContent = !joined ? "" : (!hasMic ? T.noMic : (muted ? (forcedMute ? T.mutedByLeader : T.youAreMuted) : T.youAreHeard));
    note.dataset.muted = muted ? "true" : "false";
    panel.dataset.joined = joined ? "true" : "false";
    panel.dataset.muted = muted ? "true" : "false";
    renderCamera();
  }

  // --- camera (VideoRoom) ---------------------------------------------------------------
  // The publisher handle joins with the camera off too: Janus then tells it who publishes. Our
  // camera goes out only while the person wants it and "Zuinig met data" is off.
  function attachVideo(gen) {
    if (!media.video_plugin) { renderCamera(); return; }
    janus.attach({
      plugin: media.video_plugin,
      success: function (h) {
        if (gen !== generation) { return; }
        videoHandle = h;
        var message = { request: "join", ptype: "publisher", room: media.room, display: media.display || "" };
        if (media.user_id) { message.id = media.user_id; }
        if (media.token) { message.token = media.token; }
        h.send({ message: message });
      },
      error: function (error) { if (window.console) { console.warn("media: video", error); } }, // voice goes on
      onmessage: function (msg, jsep) { if (gen === generation) { onVideoMessage(msg, jsep); } },
      onlocaltrack: function (track, on) {
        if (gen !== generation || track.kind !== "video") { return; }
        renderOwnTile(on && track.readyState !== "ended" ? track : null);
      },
      webrtcState: function (on) {
        if (gen !== generation) { return; }
        publishing = on && cameraWanted && !lowData;
        renderCamera();
        sendState();
      },
      oncleanup: function () {
        if (gen !== generation) { return; }
        publishing = false;
        renderOwnTile(null);
        renderCamera();
        sendState();
      }
    });
  }

  function onVideoMessage(msg, jsep) {
    if (msg.error) {
      if (window.console) { console.warn("media: video", msg.error_code, msg.error); }
      if (cameraWanted && !publishing) { cameraWanted = false; $("camera-state").textContent = T.cameraRefused; }
      renderCamera();
      return;
    }
    var event = msg.videoroom;
    if (event === "joined") {
      videoJoined = true;
      privateId = msg.private_id || null;
      (msg.publishers || []).forEach(addFeed);
      if (cameraWanted && !lowData) { publish(); }
      renderCamera();
    } else if (event === "event") {
      (msg.publishers || []).forEach(addFeed);
      if (msg.unpublished !== undefined && msg.unpublished !== "ok") { removeFeed(msg.unpublished); }
      if (msg.leaving !== undefined && msg.leaving !== "ok") { removeFeed(msg.leaving); }
    } else if (event === "destroyed") {
      videoJoined = false;
      renderCamera();
    }
    if (jsep && videoHandle) { videoHandle.handleRemoteJsep({ jsep: jsep }); }
  }

  function addFeed(publisher) {
    var id = publisher.id;
    if (typeof id !== "number" || owner(id) === me) { return; } // not our own (other tabs too)
    var video = (publisher.streams || [{ type: "video" }]).some(function (s) { return s.type === "video" && !s.disabled; });
    if (!video) { removeFeed(id); return; }
    if (feeds[id] === undefined) { feeds[id] = publisher.display || ""; scheduleSubscribe(); }
  }

  function removeFeed(id) {
    if (feeds[id] === undefined) { return; }
    delete feeds[id];
    scheduleSubscribe();
  }

  function publish() {
    if (!videoHandle || !videoJoined || publishing) { return; }
    var h = videoHandle;
    h.createOffer({
      tracks: [{ type: "video", capture: CAMERA, recv: false, bitrate: CAMERA_BITRATE, framerate: 15 }],
      success: function (jsep) {
        h.send({ message: { request: "configure", audio: false, video: true, bitrate: CAMERA_BITRATE }, jsep: jsep });
      },
      error: function (error) {
        if (window.console) { console.warn("media: camera", error); }
        cameraWanted = false;
        $("camera-state").textContent = T.cameraRefused;
        renderCamera();
      }
    });
  }

  function unpublish() {
    if (videoHandle && (publishing || (videoHandle.webrtcStuff && videoHandle.webrtcStuff.pc))) {
      videoHandle.send({ message: { request: "unpublish" } });
      videoHandle.hangup(); // stops the camera (its light goes out)
    }
    publishing = false;
    renderOwnTile(null);
  }

  function setCamera(on) {
    cameraWanted = on && !lowData;
    $("camera-state").textContent = "";
    if (cameraWanted) { publish(); } else { unpublish(); }
    renderCamera();
    sendState();
  }

  // Others' cameras: one subscriber handle, made again (after a short pause) when the set of
  // cameras changes; none at all in "Zuinig met data".
  function scheduleSubscribe() {
    clearTimeout(subTimer);
    subTimer = setTimeout(subscribe, 300);
    renderTiles();
  }

  function dropSubscriber() {
    if (subHandle) {
      var old = subHandle;
      subHandle = null;
      try { old.detach(); } catch (e) { /* gone with the session */ }
    }
    subMids = {};
  }

  function subscribe() {
    dropSubscriber();
    renderTiles();
    var list = lowData ? [] : Object.keys(feeds).map(Number);
    if (!janus || !media || !media.video_plugin || !list.length) { return; }
    var gen = generation;
    janus.attach({
      plugin: media.video_plugin,
      success: function (h) {
        if (gen !== generation || lowData) { h.detach(); return; }
        subHandle = h;
        var message = {
          request: "join", ptype: "subscriber", room: media.room,
          streams: list.map(function (feed) { return { feed: feed }; })
        };
        if (media.token) { message.token = media.token; }
        if (privateId) { message.private_id = privateId; } // required: the room's require_pvtid
        h.send({ message: message });
      },
      error: function (error) { if (window.console) { console.warn("media: watch", error); } },
      onmessage: function (msg, jsep) {
        if (gen !== generation || !subHandle) { return; }
        (msg.streams || []).forEach(function (s) { if (s.type === "video" && s.mid !== undefined) { subMids[s.mid] = s.feed_id; } });
        if (jsep) {
          var h = subHandle;
          h.createAnswer({
            jsep: jsep,
            tracks: [{ type: "data" }],
            success: function (ours) { h.send({ message: { request: "start", room: media.room }, jsep: ours }); },
            error: function (error) { if (window.console) { console.warn("media: watch", error); } }
          });
        }
      },
      onremotetrack: function (track, mid, on) {
        if (gen !== generation || track.kind !== "video") { return; }
        var feed = subMids[mid];
        if (feed === undefined) { return; }
        var tile = tileFor(feed);
        if (tile) { attachTrack(tile.querySelector("video"), on ? track : null); }
      }
    });
  }

  function attachTrack(video, track) {
    video.srcObject = track ? new MediaStream([track]) : null;
    if (track) { var p = video.play(); if (p && p.catch) { p.catch(function () {}); } }
  }

  // Tiles: small, muted (the sound comes from the mix), the person's name under each.
  function makeTile(key, name) {
    var figure = document.createElement("figure");
    figure.className = "video-tile";
    figure.dataset.feed = key;
    var video = document.createElement("video");
    video.muted = true;
    video.autoplay = true;
    video.playsInline = true;
    video.setAttribute("playsinline", "");
    video.setAttribute("aria-label", T.cameraOf + " " + name);
    var caption = document.createElement("figcaption");
    caption.textContent = name;
    figure.appendChild(video);
    figure.appendChild(caption);
    return figure;
  }

  function tileFor(feed) { return $("video-tiles").querySelector('[data-feed="' + String(feed) + '"]'); }

  function renderTiles() {
    var box = $("video-tiles");
    var want = lowData ? {} : feeds;
    Array.prototype.slice.call(box.children).forEach(function (tile) {
      if (tile.dataset.feed !== "me" && want[tile.dataset.feed] === undefined) { tile.remove(); }
    });
    Object.keys(want).forEach(function (id) {
      if (!tileFor(id)) { box.appendChild(makeTile(id, want[id] || T.you)); }
    });
    box.hidden = box.children.length === 0;
  }

  function renderOwnTile(track) {
    var box = $("video-tiles");
    var tile = box.querySelector('[data-feed="me"]');
    if (!track) {
      if (tile) { tile.remove(); }
    } else {
      if (!tile) { tile = makeTile("me", T.you); box.insertBefore(tile, box.firstChild); }
      attachTrack(tile.querySelector("video"), track);
    }
    box.hidden = box.children.length === 0;
  }

  function renderCamera() {
    var button = $("camera-button");
    var available = !!(media && media.video_plugin);
    button.hidden = !available;
    button.disabled = !(joined && videoJoined) || lowData;
    button.setAttribute("aria-pressed", cameraWanted ? "true" : "false");
    $("camera-label").textContent = cameraWanted ? T.cameraOn : T.cameraOff;
    show("video-controls", available);
    var low = $("lowdata-button");
    low.setAttribute("aria-pressed", lowData ? "true" : "false");
    var note = $("camera-state");
    if (lowData) { note.textContent = T.cameraLowData; }
    else if (publishing) { note.textContent = media && media.group !== null && media.group !== undefined ? T.cameraInBreakout : T.cameraShared; }
    else if (note.textContent !== T.cameraRefused) { note.textContent = ""; }
    panel.dataset.camera = publishing ? "true" : "false";
    panel.dataset.lowData = lowData ? "true" : "false";
  }

  // "Zuinig met data": by hand (auto = null), or chosen for the person (auto = the reason's key).
  function setLowData(on, auto) {
    lowData = on;
    if (auto === null) {
      try { window.localStorage.setItem("jobgroup.lowData", on ? "1" : "0"); } catch (e) { /* private mode */ }
    }
    badSamples = 0;
    if (on) {
      cameraWanted = false;
      unpublish();
      dropSubscriber();
      clearTimeout(subTimer);
    } else {
      scheduleSubscribe();
    }
    $("lowdata-reason").textContent = on && auto ? T[auto] : "";
    show("lowdata-notice", on && !!auto);
    renderTiles();
    renderCamera();
    sendState();
  }

  // At joining: the phone asks to save data (Data Saver) or is on 2G.
  function checkSaveData() {
    var c = navigator.connection;
    if (!c || lowData || Date.now() < lowDataHold) { return; }
    if (c.saveData || c.effectiveType === "2g" || c.effectiveType === "slow-2g") { setLowData(true, "saveData"); }
  }

  // During the call, every 2 s: sustained packet loss over 10 %, a round trip over 600 ms, or an
  // estimated download under 150 kbit/s, three times in a row, turns video off for this person.
  function watchConnection() {
    var pc = handle && handle.webrtcStuff && handle.webrtcStuff.pc;
    if (!joined || !pc || lowData || Date.now() < lowDataHold) { return; }
    var sub = subHandle && subHandle.webrtcStuff && subHandle.webrtcStuff.pc;
    Promise.all([pc.getStats(), sub ? sub.getStats() : Promise.resolve(null)]).then(function (reports) {
      var now = { lost: 0, received: 0, rtt: null, incoming: null };
      reports.forEach(function (report, index) {
        if (!report) { return; }
        report.forEach(function (s) {
          if (s.type === "inbound-rtp") {
            now.lost += s.packetsLost || 0;
            now.received += s.packetsReceived || 0;
          } else if (s.type === "candidate-pair" && s.nominated && s.state === "succeeded") {
            if (typeof s.currentRoundTripTime === "number") { now.rtt = Math.max(now.rtt || 0, s.currentRoundTripTime); }
            // Only where video comes in: with sound alone the estimate stays low.
            if (index === 1 && typeof s.availableIncomingBitrate === "number") { now.incoming = s.availableIncomingBitrate; }
          }
        });
      });
      var before = lastStats;
      lastStats = now;
      if (!before) { return; }
      var lost = now.lost - before.lost;
      var total = lost + now.received - before.received;
      var bad = (total > 20 && lost / total > 0.1) || (now.rtt !== null && now.rtt > 0.6) ||
        (now.incoming !== null && now.incoming < 150000);
      badSamples = bad ? badSamples + 1 : 0;
      if (badSamples >= 3 && !lowData) { setLowData(true, "weakConnection"); }
    }).catch(function () {});
  }

  // --- who speaks -----------------------------------------------------------------------
  function markTalking(id, talking) {
    if (id === null || id === undefined) { return; }
    people[id] = people[id] || {};
    if (people[id].talking === talking) { return; }
    people[id].talking = talking;
    renderPeople();
  }

  // room.js draws #present; this adds a state to each name it knows (data-user on the item).
  function renderPeople() {
    if (!media) { // no voice on this server: no microphone states to show
      document.querySelectorAll("#present .mic-badge, #present .mute-one, #hands .floor").forEach(function (el) { el.remove(); });
      return;
    }
    document.querySelectorAll("#present li").forEach(function (li) {
      var id = parseInt(li.dataset.user, 10);
      var state = people[id] || {};
      li.classList.toggle("talking", !!state.talking);
      var badge = li.querySelector(".mic-badge");
      if (!badge) {
        badge = document.createElement("span");
        badge.className = "mic-badge";
        li.appendChild(badge);
      }
      var text = state.talking ? T.speaking : (state.audio ? T.micOnShort : T.micOffShort);
      if (state.video) { text += ", " + T.cameraOnShort; }
      if (badge.textContent !== " · " + text) { badge.textContent = " · " + text; }
      if (isLeader && id !== me && !li.querySelector(".mute-one")) {
        li.appendChild(leaderButton("mute-one", T.muteOne, { type: "media.mute", user: id }));
      }
    });
    if (!isLeader) { return; }
    // Room.js lists raised hands in order; the leader gives one of them the word.
    var hands = document.querySelectorAll("#hands li");
    hands.forEach(function (li, index) {
      if (li.querySelector(".floor")) { return; }
      var id = handIds()[index];
      if (id !== undefined) { li.appendChild(leaderButton("floor", T.floor, { type: "media.floor", user: id })); }
    });
  }

  var lastHands = [];
  function handIds() { return lastHands; }
  root.addEventListener("room:event", function (e) {
    var event = e.detail;
    if (event.type === "welcome") { lastHands = event.hands.map(function (h) { return h.id; }); }
    if (event.type === "hand.raised" || event.type === "hand.lowered" || event.type === "media.floor_given") { lastHands = event.hands.slice(); }
    setTimeout(renderPeople, 0);
  });

  function leaderButton(cls, label, message) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "link-button " + cls;
    button.textContent = label;
    button.addEventListener("click", function () { send(message); });
    return button;
  }
  new MutationObserver(renderPeople).observe($("present"), { childList: true });
  new MutationObserver(renderPeople).observe($("hands"), { childList: true });

  // --- buttons --------------------------------------------------------------------------
  $("soundcheck-start").addEventListener("click", soundCheck);
  $("media-join").addEventListener("click", join);
  $("mic-button").addEventListener("click", function () { setMuted(!muted); });
  $("camera-button").addEventListener("click", function () { setCamera(!cameraWanted); });
  $("lowdata-button").addEventListener("click", function () { setLowData(!lowData, null); });
  $("lowdata-off").addEventListener("click", function () {
    lowDataHold = Date.now() + 120000; // two minutes without switching back on its own
    setLowData(false, null);
    $("camera-button").focus();
  });
  $("speaker-test").addEventListener("click", speakerTest);
  $("speaker-yes").addEventListener("click", function () { speakerAnswer(true); });
  $("speaker-no").addEventListener("click", function () { speakerAnswer(false); });
  $("speaker-device").addEventListener("change", function () { applySpeaker(); });
  if (navigator.connection && navigator.connection.addEventListener) {
    navigator.connection.addEventListener("change", function () { if (joined) { checkSaveData(); } });
  }
  setInterval(watchConnection, 2000);
  $("floor-unmute").addEventListener("click", function () { show("floor-ask", false); setMuted(false); });
  $("floor-later").addEventListener("click", function () { show("floor-ask", false); });
  window.addEventListener("offline", function () { if (wanted) { status("reconnecting"); } });
  window.addEventListener("online", function () { if (wanted && (!joined || !iceOk)) { rejoin(500); } });
  window.addEventListener("pagehide", function () { wanted = false; leave(true); });

  function browserDetails() {
    var ua = navigator.userAgent;
    var m = /Firefox\/(\d+)/.exec(ua);
    if (m) { return { browser: "firefox", version: parseInt(m[1], 10) }; }
    m = /Version\/(\d+).*Safari/.exec(ua);
    if (m && !/Chrome|Chromium/.test(ua)) { return { browser: "safari", version: parseInt(m[1], 10) }; }
    m = /Chrom(?:e|ium)\/(\d+)/.exec(ua);
    return { browser: "chrome", version: m ? parseInt(m[1], 10) : 120 };
  }

  if (window.Janus) {
    window.Janus.init({
      debug: false,
      // The Debian janus.js expects webrtc-adapter; modern browsers need none of it.
      dependencies: window.Janus.useDefaultDependencies({ adapter: { browserDetails: browserDetails() } }),
      callback: function () {}
    });
  }
  renderMic();
})();
