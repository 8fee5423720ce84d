// The live room: one WebSocket, reconnects by itself, replays what it missed (hello last_seq),
// and re-sends its own unconfirmed messages with the same id (the server applies them once).
// Other modules of the room (room-media.js) hear every event as a "room:event" DOM event on #room
// (the welcome too; events the welcome replays come as "room:replay") and send through a
// "room:send" event: one socket, one place that speaks it.
// A chat message shows at once, marked "wordt verstuurd", until the server's chat.message with
// its client_id replaces it; unconfirmed chat survives a reload (sessionStorage) and goes again
// with the same id. A fresh page asks for the whole log (hello last_seq 0): it has nothing yet.
(function () {
  "use strict";
  var root = document.getElementById("room");
  if (!root) { return; }
  var T = JSON.parse(document.getElementById("room-text").textContent);
  var meetingId = root.dataset.meeting;
  var me = parseInt(root.dataset.me, 10);
  var isLeader = root.dataset.role === "leader";
  var pendingKey = "jobgroup-live-pending:" + meetingId + ":" + root.dataset.me;
  var lastSeq = 0;
  var socket = null;
  var retry = 0;
  var lastHeard = Date.now();
  var pending = new Map(); // client id -> message, until the server confirms it
  var names = {};
  var roles = {}; // user id -> "leader" | "participant" | "coordinator"
  var present = new Set();
  var hands = [];
  var rooms = [];
  var block = null;
  var blockStartedAt = null;
  var blockMinutes = 0;
  var replaying = false;

  function $(id) { return document.getElementById(id); }
  function fmt(text, values) { return text.replace(/%\((\w+)\)s/g, function (_, k) { return values[k]; }); }
  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, function (c) {
      return (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16);
    });
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + root.dataset.ws);
    socket.onopen = function () {
      retry = 0;
      lastHeard = Date.now();
      socket.send(JSON.stringify({ type: "hello", last_seq: lastSeq }));
    };
    socket.onmessage = function (message) {
      lastHeard = Date.now();
      var event;
      try { event = JSON.parse(message.data); } catch (e) { return; }
      receive(event);
    };
    socket.onclose = function (event) {
      if (event.code === 4401 || event.code === 4403 || event.code === 4404) {
        setConnection(T.noAccess, "closed"); // logged out, or no longer a member: no reconnecting
        return;
      }
      dropped();
    };
  }

  function dropped() {
    setConnection(T.reconnecting, navigator.onLine === false ? "offline" : "reconnecting");
    var delay = Math.min(30000, 1000 * Math.pow(2, retry)) * (0.5 + Math.random() / 2);
    retry += 1;
    setTimeout(function () {
      if (!socket || socket.readyState === WebSocket.CLOSED) { connect(); } // "online" may have been first
    }, delay);
  }

  // The status tells the truth: "Verbonden" only after a welcome; while the device is offline
  // or the socket is gone it says so, in the header and (where the header scrolled away) in the bar.
  function setConnection(text, state) {
    var status = $("connection-status");
    status.textContent = text;
    status.dataset.state = state;
    var bar = $("bar-status");
    if (bar) {
      bar.textContent = state === "offline" ? T.offline : text;
      bar.dataset.state = state;
      bar.hidden = state === "connected";
    }
  }

  // A short notice in the bar (an error the server sent about something else than a chat message).
  var noticeTimer = null;
  function notice(text) {
    var bar = $("bar-status");
    if (!bar) { return; }
    bar.textContent = text;
    bar.dataset.state = "error";
    bar.hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(function () {
      var status = $("connection-status");
      setConnection(status.textContent, status.dataset.state);
    }, 10000);
  }

  function send(message) {
    message.id = message.id || uuid();
    pending.set(message.id, message);
    if (message.type === "chat.send") { showPending(message); savePending(); }
    if (socket && socket.readyState === WebSocket.OPEN) { socket.send(JSON.stringify(message)); }
    return message.id;
  }

  // --- chat that has not been confirmed yet -------------------------------------------------
  function savePending() {
    var chats = [];
    pending.forEach(function (message) { if (message.type === "chat.send") { chats.push(message); } });
    try {
      if (chats.length) { sessionStorage.setItem(pendingKey, JSON.stringify(chats)); }
      else { sessionStorage.removeItem(pendingKey); }
    } catch (e) { /* storage full or off: the message still goes while the page is open */ }
  }

  function loadPending() {
    var chats = [];
    try { chats = JSON.parse(sessionStorage.getItem(pendingKey) || "[]"); } catch (e) { chats = []; }
    chats.forEach(function (message) {
      if (!message || message.type !== "chat.send" || typeof message.id !== "string" || typeof message.text !== "string") { return; }
      pending.set(message.id, message);
      showPending(message);
    });
  }

  function logFor(room) { return typeof room === "number" ? $("breakout-log") : $("chat-log"); }

  function showPending(message) {
    var log = logFor(message.room);
    var item = document.getElementById("pending-" + message.id);
    if (!item) {
      item = document.createElement("div");
      item.id = "pending-" + message.id;
      item.className = "chat-message pending";
      var who = document.createElement("p");
      who.className = "chat-author";
      who.textContent = names[me] || T.you;
      var body = document.createElement("div");
      body.className = "chat-body";
      body.textContent = message.text; // the typed text, as text: the server renders the real one
      var state = document.createElement("p");
      state.className = "chat-state";
      item.appendChild(who);
      item.appendChild(body);
      item.appendChild(state);
      if (typeof message.room === "number") { markRoom(item, message.room); }
      log.appendChild(item);
    }
    item.dataset.state = "sending";
    var line = item.querySelector(".chat-state");
    line.replaceChildren();
    line.textContent = T.sending;
    log.scrollTop = log.scrollHeight;
  }

  function confirmPending(clientId) {
    if (!clientId) { return; }
    pending.delete(clientId);
    var item = document.getElementById("pending-" + clientId);
    if (item) { item.remove(); }
    savePending();
  }

  function refusePending(message, detail) {
    pending.delete(message.id);
    savePending();
    var item = document.getElementById("pending-" + message.id);
    if (!item) { return; }
    item.dataset.state = "failed";
    var line = item.querySelector(".chat-state");
    line.replaceChildren();
    var text = document.createElement("span");
    text.textContent = T.notSent + (detail ? " " + detail : "") + " ";
    var again = document.createElement("button");
    again.type = "button";
    again.className = "link-button";
    again.textContent = T.again;
    again.addEventListener("click", function () { send(message); });
    var drop = document.createElement("button");
    drop.type = "button";
    drop.className = "link-button";
    drop.textContent = T.discard;
    drop.addEventListener("click", function () { item.remove(); });
    line.appendChild(text);
    line.appendChild(again);
    line.appendChild(drop);
  }

  function receive(event) {
    if (event.type === "welcome") {
      setConnection(T.connected, "connected");
      names[event.you.id] = event.you.name;
      roles[event.you.id] = event.you.role;
      present = new Set(event.present.map(function (p) { names[p.id] = p.name; roles[p.id] = p.role; return p.id; }));
      hands = event.hands.map(function (h) { names[h.id] = h.name; roles[h.id] = h.role; return h.id; });
      rooms = event.breakout || [];
      setStatus(event.status);
      setBlock(event.block, event.block_started_at, null);
      replaying = true; // what happened before: shown, but not acted on again (room:replay)
      event.events.forEach(apply);
      replaying = false;
      renderPeople();
      renderBreakout();
      // Anything we sent that the server has not confirmed goes again, with the same id.
      pending.forEach(function (message) { socket.send(JSON.stringify(message)); });
      tell(event);
      return;
    }
    if (event.type === "error") {
      var refused = event.id ? pending.get(event.id) : null;
      if (refused && refused.type === "chat.send") {
        refusePending(refused, event.detail);
      } else {
        if (event.id) { pending.delete(event.id); }
        // a start that needs a confirmation is asked by room-leader.js, not shown as a failure
        if (event.code !== "confirm_needed") { notice(T.error + " " + event.detail); }
      }
      tell(event); // e.g. room-leader.js asks before a start that needs `confirm`
      return;
    }
    if (event.type === "heartbeat" || event.type === "pong") { return; }
    if (typeof event.seq === "number") {
      if (event.seq <= lastSeq) { confirmPending(event.client_id); return; } // already shown
      apply(event);
      return;
    }
    tell(event); // personal, unstored events (e.g. a new media room for this person)
  }

  function tell(event) {
    root.dispatchEvent(new CustomEvent(replaying ? "room:replay" : "room:event", { detail: event }));
  }

  function apply(event) {
    if (event.seq <= lastSeq) { return; }
    lastSeq = event.seq;
    if (event.actor && event.actor.id) { names[event.actor.id] = event.actor.name; roles[event.actor.id] = event.actor.role; }
    if (event.client_id) { confirmPending(event.client_id); }
    switch (event.type) {
      case "presence.joined": present.add(event.actor.id); renderPeople(); break;
      case "presence.left": present.delete(event.actor.id); renderPeople(); break;
      case "chat.message": addChat(event); break;
      case "message.hidden": hideChat(event); break;
      case "hand.raised": case "hand.lowered": case "media.floor_given": hands = event.hands; renderPeople(); break;
      case "answer.posted": addAnswer(event); break;
      case "session.started": setStatus("started"); setBlock(event.block, event.started_at, event.minutes); break;
      case "block.changed": setBlock(event.block, event.started_at, event.minutes); break;
      case "session.ended": setStatus("ended"); rooms = []; hands = []; renderPeople(); renderBreakout(); break;
      case "breakout.opened": rooms = event.rooms; renderBreakout(); break;
      case "breakout.closed": rooms = []; renderBreakout(); break;
      case "note.added": addNote(event); break;
      case "homework.shown": showHomework(event); break;
    }
    tell(event);
  }

  function setStatus(status) {
    var el = $("session-status");
    el.dataset.status = status;
    el.textContent = T[status] || status;
  }

  function setBlock(name, startedAt, minutes) {
    if (name !== block && window.JobGroupReadAloud) { window.JobGroupReadAloud.stop(); }
    block = name;
    blockStartedAt = startedAt ? new Date(startedAt) : null;
    var item = document.querySelector('#agenda li[data-block="' + name + '"]');
    blockMinutes = minutes || (item ? parseInt(item.dataset.minutes, 10) : 0);
    document.querySelectorAll("#agenda li").forEach(function (li) {
      var current = li.dataset.block === name;
      li.classList.toggle("current", current);
      if (current) { li.setAttribute("aria-current", "step"); } else { li.removeAttribute("aria-current"); }
    });
    document.querySelectorAll(".part-now").forEach(function (part) { part.hidden = part.dataset.part !== name; });
    var form = $("answer-form");
    form.hidden = !(name === "deepening" || name === "reflection");
    $("answer-label").textContent = name === "reflection" ? T.reflection : T.deepening;
    renderTimer();
  }

  function renderTimer() {
    var timer = $("timer");
    if (!blockStartedAt || !blockMinutes || $("session-status").dataset.status !== "started") { timer.hidden = true; return; }
    var left = Math.ceil(blockMinutes - (Date.now() - blockStartedAt.getTime()) / 60000);
    timer.hidden = false;
    timer.textContent = left > 0 ? fmt(T.minutesLeft, { n: left }) : T.overtime;
  }

  // A name always comes with the role of anyone who is not a participant ("Lotte (leider)"), so a
  // display name cannot pass for a leader's.
  function withRole(name, role) {
    var label = T.roles && T.roles[role];
    return (name || "?") + (label ? " (" + label + ")" : "");
  }
  function person(id) { return withRole(names[id], roles[id]) + (id === me ? " (" + T.you + ")" : ""); }

  function renderPeople() {
    var list = $("present");
    list.innerHTML = "";
    present.forEach(function (id) { var li = document.createElement("li"); li.dataset.user = id; li.textContent = person(id); list.appendChild(li); });
    var handList = $("hands");
    handList.innerHTML = "";
    hands.forEach(function (id) {
      var li = document.createElement("li");
      li.textContent = person(id) + " ";
      if (isLeader) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "link-button";
        button.textContent = T.lowerOther;
        button.addEventListener("click", function () { send({ type: "hand.lower", user: id }); });
        li.appendChild(button);
      }
      handList.appendChild(li);
    });
    var mine = hands.indexOf(me) !== -1;
    var handButton = $("hand-button");
    if (!handButton) { return; } // a group channel has no hand button
    handButton.textContent = mine ? T.lower : T.raise;
    handButton.setAttribute("aria-pressed", mine ? "true" : "false");
  }

  function chatItem(event) {
    var item = document.createElement("div");
    item.className = "chat-message";
    item.id = "msg-" + event.seq;
    var who = document.createElement("p");
    who.className = "chat-author";
    who.textContent = withRole(event.actor.name, event.actor.role);
    var body = document.createElement("div");
    body.className = "chat-body";
    if (event.hidden) { body.textContent = T.hidden; } else { body.innerHTML = event.html; } // html is sanitised by the server
    item.appendChild(who);
    item.appendChild(body);
    if (isLeader && !event.hidden) {
      var hide = document.createElement("button");
      hide.type = "button";
      hide.className = "link-button";
      hide.textContent = T.hide;
      hide.addEventListener("click", function () { send({ type: "message.hide", seq: event.seq }); });
      item.appendChild(hide);
    }
    return item;
  }

  function addChat(event) {
    var log = logFor(event.room);
    var item = chatItem(event);
    if (typeof event.room === "number") { markRoom(item, event.room); }
    // confirmed messages in the server's order, above our own that still wait for the server
    log.insertBefore(item, log.querySelector(".chat-message.pending"));
    log.scrollTop = log.scrollHeight;
  }

  // The small-group log shows one group's messages: the person's own group, or the one the
  // leader is visiting (a leader receives every group's chat; room-leader.js sets data-room).
  function markRoom(item, room) {
    item.dataset.room = String(room);
    item.hidden = item.dataset.room !== $("breakout").dataset.room;
  }
  function filterBreakoutLog() {
    var current = $("breakout").dataset.room;
    $("breakout-log").querySelectorAll(".chat-message[data-room]").forEach(function (item) {
      item.hidden = item.dataset.room !== current;
    });
  }
  if ($("breakout") && window.MutationObserver) {
    new MutationObserver(filterBreakoutLog).observe($("breakout"), { attributes: true, attributeFilter: ["data-room"] });
  }

  function hideChat(event) {
    var item = document.getElementById("msg-" + event.hidden_seq);
    if (!item) { return; }
    var body = item.querySelector(".chat-body");
    body.textContent = T.hidden;
    var button = item.querySelector("button");
    if (button) { button.remove(); }
  }

  function addAnswer(event) {
    var item = document.createElement("div");
    item.className = "answer-posted";
    var who = document.createElement("p");
    who.className = "chat-author";
    who.textContent = withRole(event.actor.name, event.actor.role) + " · " + (event.block === "reflection" ? T.reflection : T.deepening);
    var body = document.createElement("div");
    body.innerHTML = event.html;
    item.appendChild(who);
    item.appendChild(body);
    $("answers").appendChild(item);
  }

  function addNote(event) {
    var li = document.createElement("li");
    li.innerHTML = event.html;
    $("notes").appendChild(li);
  }

  function showHomework(event) {
    var panel = $("homework-shown");
    panel.hidden = false;
    panel.innerHTML = "";
    var title = document.createElement("h3");
    title.textContent = event.participant + (event.title ? " · " + event.title : "");
    var body = document.createElement("div");
    body.innerHTML = event.html;
    panel.appendChild(title);
    panel.appendChild(body);
    // An upload: its name is in the html; the group's members may open it (a coordinator
    // looking in may not), so only they get the link.
    if (event.file_url && root.dataset.role !== "coordinator") {
      var link = document.createElement("a");
      link.href = event.file_url;
      link.textContent = fmt(T.openFile, { name: event.file_name });
      var line = document.createElement("p");
      line.appendChild(link);
      panel.appendChild(line);
    }
  }

  function renderBreakout() {
    var panel = $("breakout");
    var mine = -1;
    rooms.forEach(function (group, index) { if (group.indexOf(me) !== -1) { mine = index; } });
    panel.hidden = mine === -1;
    panel.dataset.room = mine;
    if (mine !== -1) {
      var others = rooms[mine].filter(function (id) { return id !== me; }).map(function (id) { return withRole(names[id], roles[id]); });
      $("breakout-members").textContent = fmt(T.groupWith, { names: others.join(", ") });
    }
  }

  // --- what people do -----------------------------------------------------------------
  function onSubmit(formId, textId, build) {
    var form = $(formId);
    if (!form) { return; }
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var area = $(textId);
      var text = area.value.trim();
      if (!text) { return; }
      send(build(text));
      area.value = "";
    });
  }
  onSubmit("chat-form", "chat-text", function (text) { return { type: "chat.send", text: text }; });
  onSubmit("breakout-form", "breakout-text", function (text) {
    return { type: "chat.send", text: text, room: parseInt($("breakout").dataset.room, 10) };
  });
  onSubmit("answer-form", "answer-text", function (text) { return { type: "answer.post", block: block, text: text }; });
  onSubmit("note-form", "note-text", function (text) { return { type: "note.add", text: text }; });
  if ($("hand-button")) {
    $("hand-button").addEventListener("click", function () {
      send({ type: hands.indexOf(me) !== -1 ? "hand.lower" : "hand.raise" });
    });
  }
  document.querySelectorAll("[data-send]").forEach(function (button) {
    button.addEventListener("click", function () {
      var message = { type: button.dataset.send };
      if (button.dataset.block) { message.block = button.dataset.block; }
      if (button.dataset.size) { message.size = parseInt(button.dataset.size, 10); }
      if (button.dataset.answer) { message.answer = parseInt(button.dataset.answer, 10); }
      send(message);
    });
  });

  // Heartbeat: the server sends one every 15 s; silence for 45 s means a dead connection.
  setInterval(function () {
    renderTimer();
    if (socket && socket.readyState === WebSocket.OPEN) {
      if (Date.now() - lastHeard > 45000) { socket.close(); return; }
      socket.send(JSON.stringify({ type: "ping" }));
    }
  }, 20000);
  root.addEventListener("room:send", function (e) { send(e.detail); });
  // The status tells the truth: no "Verbonden" while the device is offline. A socket that seems
  // open then is not trusted: it is let go, and a new one (with hello last_seq) is made.
  window.addEventListener("offline", function () {
    if (socket) {
      var old = socket;
      socket = null;
      old.onclose = null;
      old.onmessage = null;
      try { old.close(); } catch (e) { /* already closing */ }
    }
    dropped();
  });
  window.addEventListener("online", function () {
    if ($("connection-status").dataset.state === "offline") { setConnection(T.reconnecting, "reconnecting"); }
    if (!socket || socket.readyState === WebSocket.CLOSED) { connect(); }
  });
  setConnection($("connection-status").textContent, "connecting");
  loadPending();
  // The other room modules (room-media.js, room-leader.js, …) are deferred scripts after this one
  // and listen for "room:event"; the browser may handle a socket message between two deferred
  // scripts, so the socket opens only when all of them have run (DOMContentLoaded), or a fast
  // welcome could be missed by a module that was still loading.
  if (document.readyState === "loading" || document.readyState === "interactive") {
    document.addEventListener("DOMContentLoaded", function () {
      if (!socket) { connect(); }
    }, { once: true });
  } else {
    connect();
  }
})();
