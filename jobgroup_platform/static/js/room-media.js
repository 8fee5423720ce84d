// Voice in the live room: the browser talks to the media server (Janus, AudioBridge: the group
// mixed into one stream, cheap on a phone) with what the server handed out in `welcome.media`
// ({url, room, token, ice_servers, ...}). Everyone joins muted; nothing is recorded. room.js owns
// the socket: this module hears its events ("room:event" on #room) and sends through "room:send".
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

  function $(id) { return document.getElementById(id); }
  function show(id, on) { var el = $(id); if (el) { el.hidden = !on; } }
  function status(key) { $("media-status").textContent = T[key] || key; $("media-status").dataset.state = key; }
  function send(message) { root.dispatchEvent(new CustomEvent("room:send", { detail: message })); }
  // The server hands out Janus participant ids of the form user id * 1000 + n (live_sessions.media).
  function owner(janusId) { return typeof janusId === "number" ? Math.floor(janusId / 1000) : null; }

  // --- socket events --------------------------------------------------------------------
  root.addEventListener("room:event", function (e) {
    var event = e.detail;
    if (event.type === "welcome") { setMedia(event.media, event.status === "ended"); return; }
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
        setMedia(event.media, true);
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

  function setMedia(next, ended) {
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
      select.replaceChildren();
      devices.filter(function (d) { return d.kind === "audioinput"; }).forEach(function (d, i) {
        var option = document.createElement("option");
        option.value = d.deviceId;
        option.textContent = d.label || (T.microphone + " " + (i + 1));
        select.appendChild(option);
      });
      show("mic-device-field", select.options.length > 1);
    });
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
      success: function () { if (gen === generation) { attach(gen); } },
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
        if (on) { var p = audio.play(); if (p && p.catch) { p.catch(function () {}); } }
      },
      onlocaltrack: function (track, on) {
        if (gen !== generation || track.kind !== "audio" || !on) { return; }
        localStream = new MediaStream([track]);
        track.enabled = !muted;
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
    localStream = null;
    if (!quiet) { renderMic(); }
  }

  // --- microphone -----------------------------------------------------------------------
  function setMuted(value) {
    muted = value;
    if (!muted) { forcedMute = false; }
    if (localStream) { localStream.getAudioTracks().forEach(function (t) { t.enabled = !muted; }); }
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

  function sendState() { if (joined) { send({ type: "media.state", audio: !muted, video: false }); } }

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
