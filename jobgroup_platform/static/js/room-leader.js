// The leader's controls of the live room (live_sessions/_leader_controls.html), and for everyone
// the notice that the leader stepped into their breakout group. Like room-media.js it has no
// socket of its own: it hears the room's events ("room:event" / "room:replay" on #room) and sends
// through "room:send".
//
// - Start and end go through a confirmation: ending always asks first; starting asks when the
//   server says this may be the wrong meeting (data-confirm on the button, or an error
//   `confirm_needed`), and then sends `session.start` with `confirm: true`.
// - While breakouts are open the leader sees the groups, each with "Ga naar dit groepje"
//   (`breakout.visit`), and goes back with `breakout.leave`. The media room follows by itself
//   (`media.changed`, handled by room-media.js).
(function () {
  "use strict";
  var root = document.getElementById("room");
  if (!root) { return; }
  var T = JSON.parse(document.getElementById("room-text").textContent);
  var me = parseInt(root.dataset.me, 10);
  var controls = document.getElementById("leader-controls");
  var rooms = [];
  var visits = {}; // leader's user id -> group index
  var names = {};

  function $(id) { return document.getElementById(id); }
  function fmt(text, values) { return text.replace(/%\((\w+)\)s/g, function (_, k) { return values[k]; }); }
  function send(message) { root.dispatchEvent(new CustomEvent("room:send", { detail: message })); }
  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, function (c) {
      return (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16);
    });
  }

  // --- everyone: "De leider is bij jullie groepje" -------------------------------------------
  function myGroup() {
    for (var i = 0; i < rooms.length; i += 1) { if (rooms[i].indexOf(me) !== -1) { return i; } }
    return -1;
  }

  function renderNotice() {
    var panel = $("breakout");
    if (!panel) { return; }
    var notice = $("visit-notice");
    if (!notice) {
      notice = document.createElement("p");
      notice.id = "visit-notice";
      notice.className = "notice";
      notice.setAttribute("role", "status");
      var members = $("breakout-members");
      if (members && members.parentNode === panel) { members.after(notice); } else { panel.prepend(notice); }
    }
    var mine = myGroup();
    var here = mine !== -1 && Object.keys(visits).some(function (id) { return visits[id] === mine; });
    notice.hidden = !here;
    notice.textContent = here ? T.visitNotice : "";
  }

  // --- the leader's controls ------------------------------------------------------------------
  var L = {};
  if (controls) {
    $("leader-text").querySelectorAll("[data-key]").forEach(function (el) { L[el.dataset.key] = el.textContent; });
  }
  var dialog = controls ? $("leader-confirm") : null;
  var onYes = null;
  var opener = null;

  function ask(title, text, yes, then, from) {
    $("leader-confirm-title").textContent = title;
    $("leader-confirm-text").textContent = text;
    $("leader-confirm-yes").textContent = yes;
    onYes = then;
    opener = from || document.activeElement;
    if (!dialog.open) { dialog.showModal(); }
    $("leader-confirm-no").focus();
  }

  function closeDialog(confirmed) {
    var then = onYes;
    onYes = null;
    if (dialog.open) { dialog.close(); }
    if (opener && opener.focus) { opener.focus(); }
    if (confirmed && then) { then(); }
  }

  var startPending = null; // the id of a `session.start` sent without confirm

  function start(button) {
    if (button.dataset.confirm) {
      ask(L.startTitle, button.dataset.confirm, L.startYes, function () {
        send({ type: "session.start", confirm: true });
      }, button);
      return;
    }
    startPending = uuid();
    send({ type: "session.start", id: startPending });
  }

  function end(button) {
    ask(L.endTitle, L.endText, L.endYes, function () { send({ type: "session.end" }); }, button);
  }

  function personName(id) { return names[id] || "?"; }

  function renderGroups() {
    var panel = $("visit-panel");
    var mineAt = visits.hasOwnProperty(me) ? visits[me] : -1;
    panel.hidden = rooms.length === 0;
    var list = $("visit-groups");
    var items = rooms.map(function (group, index) {
      var li = document.createElement("li");
      li.dataset.group = index;
      var label = document.createElement("span");
      label.className = "visit-group";
      var members = group.map(personName).join(", ") || L.nobody;
      label.textContent = fmt(L.group, { n: index + 1 }) + ": " + members;
      li.appendChild(label);
      li.appendChild(document.createTextNode(" "));
      var button = document.createElement("button");
      button.type = "button";
      button.className = "link-button";
      if (index === mineAt) {
        button.textContent = L.youAreHere;
        button.disabled = true;
      } else {
        button.textContent = L.goTo;
        var hidden = document.createElement("span");
        hidden.className = "visually-hidden";
        hidden.textContent = " – " + fmt(L.group, { n: index + 1 });
        button.appendChild(hidden);
        button.addEventListener("click", function () { send({ type: "breakout.visit", group: index }); });
      }
      li.appendChild(button);
      return li;
    });
    list.replaceChildren.apply(list, items);
    var visiting = mineAt !== -1 && mineAt < rooms.length;
    $("visit-status").textContent = rooms.length === 0 ? "" : (visiting ? fmt(L.visiting, { n: mineAt + 1 }) : L.notVisiting);
    $("visit-leave").hidden = !visiting;
    // While visiting, the group's chat (room.js' breakout panel) is the leader's too.
    var breakout = $("breakout");
    if (breakout && myGroup() === -1) {
      breakout.hidden = !visiting;
      if (visiting) {
        breakout.dataset.room = mineAt;
        var members = $("breakout-members");
        if (members) { members.textContent = fmt(L.group, { n: mineAt + 1 }) + ": " + rooms[mineAt].map(personName).join(", "); }
      }
    }
  }

  function render() {
    renderNotice();
    if (controls) { renderGroups(); }
  }

  function learnNames(event) {
    (event.present || []).forEach(function (p) { names[p.id] = p.name; });
    (event.hands || []).forEach(function (p) { if (typeof p === "object") { names[p.id] = p.name; } });
    if (event.you) { names[event.you.id] = event.you.name; }
    if (event.actor && event.actor.id) { names[event.actor.id] = event.actor.name; }
  }

  function handle(event, live) {
    learnNames(event);
    switch (event.type) {
      case "welcome":
        rooms = event.breakout || [];
        visits = {};
        (event.visits || []).forEach(function (v) { visits[v.user] = v.group; });
        break;
      case "breakout.opened": rooms = event.rooms; visits = {}; break;
      case "breakout.closed": case "session.ended": rooms = []; visits = {}; break;
      case "breakout.visited": visits[event.user] = event.group; break;
      case "breakout.left": delete visits[event.user]; break;
      case "error":
        // the server asks first: this may be the wrong meeting
        if (live && controls && event.code === "confirm_needed" && event.id && event.id === startPending) {
          startPending = null;
          ask(L.startTitle, event.detail, L.startYes, function () {
            send({ type: "session.start", confirm: true });
          }, controls.querySelector('[data-leader-action="session.start"]'));
        }
        return;
      default:
        return;
    }
    render();
  }

  root.addEventListener("room:event", function (e) { handle(e.detail, true); });
  root.addEventListener("room:replay", function (e) { handle(e.detail, false); });

  if (controls) {
    controls.querySelectorAll("[data-leader-action]").forEach(function (button) {
      button.addEventListener("click", function () {
        if (button.dataset.leaderAction === "session.start") { start(button); } else { end(button); }
      });
    });
    $("visit-leave").addEventListener("click", function () { send({ type: "breakout.leave" }); });
    $("leader-confirm-yes").addEventListener("click", function () { closeDialog(true); });
    $("leader-confirm-no").addEventListener("click", function () { closeDialog(false); });
    dialog.addEventListener("cancel", function (e) { e.preventDefault(); closeDialog(false); }); // Escape
  }
})();
