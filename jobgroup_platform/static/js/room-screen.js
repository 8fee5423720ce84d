// The room as a meeting screen. On a phone (narrower than 900 px) one panel at a time
// (Programma, Mensen, Chat, Notities), chosen with tabs (the WAI-ARIA tabs pattern: arrow keys,
// Home, End); from 900 px the panels stand side by side and the tabs are not shown. Panels only
// get hidden, never removed, so every id stays in the page and typed text stays where it is.
// The chat button in the bar opens the chat and puts the cursor in the message field. New
// messages in a panel that is not shown are counted on its tab (a number, not only a colour).
// Room events come from room.js as "room:event" / "room:replay" on #room.
(function () {
  "use strict";
  var root = document.getElementById("room");
  var tablist = root && root.querySelector(".room-tabs");
  if (!tablist) { return; }
  var T = JSON.parse(document.getElementById("room-text").textContent);
  var me = parseInt(root.dataset.me, 10);
  var wide = window.matchMedia("(min-width: 900px)");
  var storeKey = "jobgroup-room-panel:" + root.dataset.meeting;
  var unread = { chat: 0, people: 0 };
  var welcomed = false;

  function tabs() { return Array.prototype.filter.call(tablist.querySelectorAll('[role="tab"]'), function (t) { return !t.hidden; }); }
  function tabFor(name) { return document.getElementById("tab-" + name); }
  function panelFor(name) { return document.getElementById("panel-" + name); }
  function narrow() { return !wide.matches; }
  var active = null;

  function shown(name) { return !narrow() || active === name; }

  function renderBadges() {
    Object.keys(unread).forEach(function (name) {
      document.querySelectorAll('[data-badge="' + name + '"]').forEach(function (badge) {
        var n = unread[name];
        badge.hidden = n === 0;
        badge.replaceChildren();
        if (n === 0) { return; }
        var number = document.createElement("span");
        number.setAttribute("aria-hidden", "true");
        number.textContent = String(n);
        var words = document.createElement("span");
        words.className = "visually-hidden";
        words.textContent = " (" + (n === 1 ? T.unreadOne : T.unreadMany.replace("%(n)s", n)) + ")";
        badge.appendChild(number);
        badge.appendChild(words);
      });
    });
  }

  function select(name, focusTab) {
    var tab = tabFor(name);
    if (!tab || tab.hidden) { return; }
    active = name;
    try { sessionStorage.setItem(storeKey, name); } catch (e) { /* storage may be off */ }
    tabs().forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
    });
    root.querySelectorAll(".room-panel").forEach(function (panel) {
      panel.dataset.active = panel.dataset.panel === name ? "true" : "false";
    });
    if (unread[name]) { unread[name] = 0; renderBadges(); }
    if (focusTab) { tab.focus(); }
    // The new panel starts at its top, just under the tabs (which stick to the top of the screen).
    if (narrow()) {
      var head = root.querySelector(".room-head");
      var start = head ? head.getBoundingClientRect().bottom + window.scrollY : 0;
      if (window.scrollY > start) { window.scrollTo(0, start); }
    }
  }

  // Tabs semantics only where they are tabs: on a wide screen the panels are plain regions.
  function applyMode() {
    root.dataset.screen = narrow() ? "phone" : "wide";
    root.querySelectorAll(".room-panel").forEach(function (panel) {
      if (narrow()) {
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", "tab-" + panel.dataset.panel);
        panel.tabIndex = 0;
      } else {
        panel.removeAttribute("role");
        panel.removeAttribute("aria-labelledby");
        panel.removeAttribute("tabindex");
      }
    });
    if (!narrow()) { unread.chat = 0; unread.people = 0; renderBadges(); }
  }

  tablist.addEventListener("click", function (e) {
    var tab = e.target.closest('[role="tab"]');
    if (tab) { select(tab.dataset.panel, false); }
  });
  tablist.addEventListener("keydown", function (e) {
    var list = tabs();
    var index = list.indexOf(document.activeElement);
    if (index === -1) { return; }
    var next = null;
    if (e.key === "ArrowRight") { next = list[(index + 1) % list.length]; }
    else if (e.key === "ArrowLeft") { next = list[(index - 1 + list.length) % list.length]; }
    else if (e.key === "Home") { next = list[0]; }
    else if (e.key === "End") { next = list[list.length - 1]; }
    if (!next) { return; }
    e.preventDefault();
    select(next.dataset.panel, true);
  });

  // Chat in one tap: the chat panel, and the cursor in the message field.
  var jump = document.getElementById("chat-jump");
  if (jump) {
    jump.addEventListener("click", function (e) {
      e.preventDefault();
      select("chat", false);
      var text = document.getElementById("chat-text");
      text.focus({ preventScroll: true });
      text.scrollIntoView({ block: "center" });
    });
  }

  // Counting what arrives in a panel that is not shown. What the first welcome replays is the
  // history of the room, not news; what a later welcome replays (after a reconnect) was missed.
  function count(event, replay) {
    if (event.type === "welcome") { welcomed = true; return; }
    if (event.type !== "chat.message" || (replay && !welcomed)) { return; }
    if (event.actor && event.actor.id === me) { return; }
    var name = typeof event.room === "number" ? "people" : "chat";
    if (shown(name)) { return; }
    unread[name] += 1;
    renderBadges();
  }
  root.addEventListener("room:event", function (e) { count(e.detail, false); });
  root.addEventListener("room:replay", function (e) { count(e.detail, true); });

  var first = null;
  try { first = sessionStorage.getItem(storeKey); } catch (e) { first = null; }
  if (!first || !tabFor(first) || tabFor(first).hidden) { first = tablist.dataset.default; }
  if (!tabFor(first) || tabFor(first).hidden) { first = tabs()[0].dataset.panel; }
  applyMode();
  select(first, false);
  if (wide.addEventListener) { wide.addEventListener("change", applyMode); }

  // Nothing hides under the bar at the bottom of the screen: the page keeps room for it.
  var bar = root.querySelector(".room-bar");
  function keepRoom() { document.documentElement.style.setProperty("--room-bar-height", bar.offsetHeight + "px"); }
  if (bar) {
    keepRoom();
    if (window.ResizeObserver) { new ResizeObserver(keepRoom).observe(bar); }
  }
})();
