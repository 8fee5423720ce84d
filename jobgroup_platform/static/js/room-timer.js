// The leader's timer (docs/live-protocol.md, `timer.*`). Everyone sees the countdown (mm:ss) in
// the bar at the bottom of the screen; the leader starts it (minutes: the current part's, else
// 10), pauses and resumes it, adds five minutes or takes it away (_leader_controls.html).
// Like room-media.js it has no socket of its own: it hears "room:event" / "room:replay" on #room
// and sends through "room:send".
//
// - The countdown follows the server's clock: `ends_at` is the server's time, so the page keeps
//   an estimate of (server clock − this device's clock) from the welcome's `now` and every live
//   event's `at` (each is at most a little older than the moment it arrives: the largest
//   difference seen is the best estimate). A device whose clock is minutes off still counts down
//   to the same moment as everyone else.
// - Screen readers hear it when it changes (start, pause, resume, more time, taken away), at one
//   minute left and at 0 ("De tijd is om"), never every second: the clock itself is a
//   role="timer" (not live) and #timer-say is the polite announcement.
// Text only (textContent), never HTML.
(function () {
  "use strict";
  var root = document.getElementById("room");
  var bar = document.getElementById("room-timer");
  if (!root || !bar) { return; }
  var T = JSON.parse(document.getElementById("room-text").textContent).timer || {};
  var clock = document.getElementById("room-timer-clock");
  var stateLine = document.getElementById("room-timer-state");
  var say = document.getElementById("timer-say");
  var controls = document.getElementById("timer-controls");

  var offset = null; // server clock − local clock, in ms (best estimate so far)
  var timer = null; // null, or {running, endsAt (server ms), remaining (s, when paused)}
  var warned = false; // "Nog 1 minuut" said for this run
  var over = false; // "De tijd is om" said for this run
  var ticking = null;

  function $(id) { return document.getElementById(id); }
  function fmt(text, values) { return text.replace(/%\((\w+)\)s/g, function (_, k) { return values[k]; }); }
  function send(message) { root.dispatchEvent(new CustomEvent("room:send", { detail: message })); }

  function learnClock(serverTime) {
    var server = Date.parse(serverTime);
    if (isNaN(server)) { return; }
    var sample = server - Date.now();
    if (offset === null || sample > offset) { offset = sample; }
  }
  function serverNow() { return Date.now() + (offset || 0); }

  function secondsLeft() {
    if (!timer) { return 0; }
    if (!timer.running) { return timer.remaining; }
    return Math.max(0, Math.ceil((timer.endsAt - serverNow()) / 1000));
  }

  function mmss(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
  }

  function announce(text) {
    // a fresh text node each time, so the same sentence twice is read twice
    say.textContent = "";
    window.setTimeout(function () { say.textContent = text; }, 50);
  }

  function minutesText(seconds) {
    var n = Math.max(1, Math.round(seconds / 60));
    return n === 1 ? T.startedOne : fmt(T.started, { n: n });
  }

  function render() {
    bar.hidden = !timer;
    if (!timer) {
      stopTicking();
    } else {
      var left = secondsLeft();
      clock.textContent = mmss(left);
      bar.dataset.state = !timer.running ? "paused" : (left === 0 ? "up" : "running");
      stateLine.textContent = !timer.running ? "(" + T.paused + ")" : (left === 0 ? T.up : "");
      if (timer.running && left <= 60 && left > 0 && !warned) { warned = true; announce(T.oneLeft); }
      if (timer.running && left === 0 && !over) { over = true; warned = true; announce(T.up); }
      if (timer.running && left > 0) { startTicking(); } else { stopTicking(); }
    }
    renderControls();
  }

  function startTicking() { if (!ticking) { ticking = window.setInterval(render, 1000); } }
  function stopTicking() { if (ticking) { window.clearInterval(ticking); ticking = null; } }

  // The state from the server: a `timer.changed` event or the welcome's `timer`. `quiet` when it
  // is history (a replay, a welcome): shown, not announced.
  function set(state, action, quiet) {
    if (!state || (!state.running && state.remaining_seconds == null)) {
      timer = null;
    } else if (state.running) {
      timer = { running: true, endsAt: Date.parse(state.ends_at), remaining: null };
    } else {
      timer = { running: false, endsAt: null, remaining: state.remaining_seconds };
    }
    var left = secondsLeft();
    // what was already past is not said again
    warned = left <= 60;
    over = left === 0 && timer !== null && timer.running;
    if (!quiet) {
      var text = {
        start: minutesText(left),
        pause: T.pausedSay,
        resume: T.resumed,
        add: fmt(T.added, { n: Math.max(1, Math.round(left / 60)) }),
        clear: T.cleared,
      }[action];
      if (text) { announce(text); }
    }
    render();
  }

  function handle(event, live) {
    if (event.type === "welcome") {
      offset = null; // a new connection: the device's clock may have changed meanwhile
      if (event.now) { learnClock(event.now); }
      set(event.timer, null, true);
      return;
    }
    if (live && typeof event.seq === "number" && event.at) { learnClock(event.at); }
    if (event.type === "timer.changed") {
      set(event, event.action, !live);
    } else if (event.type === "session.ended") {
      set(null, null, true);
    } else if (controls && (event.type === "block.changed" || event.type === "session.started")) {
      followPart();
    }
  }

  root.addEventListener("room:event", function (e) { handle(e.detail, true); });
  root.addEventListener("room:replay", function (e) { handle(e.detail, false); });

  // --- the leader's buttons ----------------------------------------------------------------
  var minutes = controls ? $("timer-minutes") : null;
  var edited = false;

  // Start proposes the current part's planned minutes (the agenda's data-minutes), else 10,
  // until the leader types a number of their own.
  function followPart() {
    if (!minutes || edited) { return; }
    var current = document.querySelector("#agenda li.current");
    var planned = current ? parseInt(current.dataset.minutes, 10) : 0;
    minutes.value = planned >= 1 && planned <= 180 ? planned : 10;
  }

  function renderControls() {
    if (!controls) { return; }
    var pause = $("timer-pause");
    pause.hidden = !timer || (timer.running && secondsLeft() === 0); // time that is up cannot pause
    pause.textContent = timer && !timer.running ? T.resume : T.pause;
    $("timer-add").hidden = !timer;
    $("timer-clear").hidden = !timer;
  }

  function wantedMinutes() {
    var error = $("timer-minutes-error");
    var value = minutes.value.trim();
    var n = /^\d+$/.test(value) ? parseInt(value, 10) : NaN;
    if (!(n >= 1 && n <= 180)) {
      minutes.setAttribute("aria-invalid", "true");
      error.textContent = T.badMinutes;
      minutes.focus();
      return null;
    }
    minutes.removeAttribute("aria-invalid");
    error.textContent = "";
    return n;
  }

  if (controls) {
    minutes.addEventListener("input", function () { edited = true; });
    $("timer-start").addEventListener("click", function () {
      var n = wantedMinutes();
      if (n !== null) { send({ type: "timer.start", minutes: n }); }
    });
    $("timer-pause").addEventListener("click", function () {
      send({ type: timer && !timer.running ? "timer.resume" : "timer.pause" });
    });
    $("timer-add").addEventListener("click", function () { send({ type: "timer.add", minutes: 5 }); });
    $("timer-clear").addEventListener("click", function () { send({ type: "timer.clear" }); });
    // the agenda's current part is marked by room.js; follow it once the page has its state
    root.addEventListener("room:event", function (e) { if (e.detail.type === "welcome") { followPart(); } });
  }
  render();
})();
