// The glossary's hard words (content/glossary.py): a tap on a marked word shows its plain
// explanation right below it, a second tap or Escape hides it again (focus back on the word).
// One explanation is open at a time. Markup, from the server:
//   <button type="button" class="term" aria-expanded="false" aria-controls="ID">word</button>
//   <span class="term-note" id="ID" hidden>explanation</span>
(function () {
  "use strict";

  function noteOf(button) {
    return document.getElementById(button.getAttribute("aria-controls"));
  }

  function close(button, giveFocus) {
    var note = noteOf(button);
    button.setAttribute("aria-expanded", "false");
    if (note) { note.hidden = true; }
    if (giveFocus) { button.focus(); }
  }

  function openButtons() {
    return document.querySelectorAll('button.term[aria-expanded="true"]');
  }

  function closeAll(except) {
    openButtons().forEach(function (button) {
      if (button !== except) { close(button, false); }
    });
  }

  function open(button) {
    var note = noteOf(button);
    if (!note) { return; }
    closeAll(button);
    button.setAttribute("aria-expanded", "true");
    note.hidden = false;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.term") : null;
    if (button) {
      if (button.getAttribute("aria-expanded") === "true") { close(button, false); } else { open(button); }
      return;
    }
    // A tap anywhere else (but not in the open explanation) closes it.
    if (!(event.target.closest && event.target.closest(".term-note"))) { closeAll(null); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") { return; }
    var buttons = openButtons();
    if (!buttons.length) { return; }
    buttons.forEach(function (button) { close(button, true); });
    event.preventDefault();
  });
}());
