// A workbook step in screens. On a phone (narrower than 48rem) the step shows one part of the
// meeting at a time, with "Vorige" / "Volgende" and "Deel 3 van 7"; on a wide screen every part
// shows, as without JS. Parts are only hidden, never removed, so typed text stays where it is and
// workbook.js keeps saving it. The URL hash remembers the part (#deel-3): reload and the
// browser's back button keep it. A hash that points inside a part (#part-homework, #ex-…) opens
// that part. Moving to a part puts the focus on its heading; the count is read out (aria-live).
(function () {
  "use strict";
  var article = document.querySelector(".workbook-step");
  var status = document.getElementById("part-pager-status");
  var nav = document.getElementById("part-pager");
  if (!article || !status || !nav) { return; }
  var parts = Array.prototype.slice.call(article.querySelectorAll("section.part[data-part-index]"));
  if (parts.length < 2) { return; }
  var narrow = window.matchMedia("(max-width: 47.99rem)");
  var previous = nav.querySelector("[data-part-move='-1']");
  var next = nav.querySelector("[data-part-move='1']");
  var current = 0;

  function fromHash() {
    var hash = decodeURIComponent(window.location.hash.slice(1));
    var match = /^deel-(\d+)$/.exec(hash);
    if (match) {
      var n = parseInt(match[1], 10);
      return n >= 1 && n <= parts.length ? n - 1 : null;
    }
    var target = hash && document.getElementById(hash);
    var part = target && target.closest && target.closest("section.part[data-part-index]");
    return part ? parts.indexOf(part) : null;
  }

  function countText(index) {
    return status.dataset.template.replace("__N__", index + 1).replace("__M__", parts.length);
  }

  function render(focus) {
    var paged = narrow.matches;
    parts.forEach(function (part, i) { part.hidden = paged && i !== current; });
    nav.hidden = !paged;
    previous.disabled = current === 0;
    next.disabled = current === parts.length - 1;
    nav.querySelector(".part-pager-count").textContent = countText(current);
    if (paged) {
      status.textContent = countText(current);
    } else {
      status.textContent = "";
    }
    if (focus) {
      var heading = parts[current].querySelector("h3");
      if (heading) { heading.focus(); heading.scrollIntoView({ block: "start" }); }
    }
  }

  function follow(focus) {
    var index = fromHash();
    if (index === null) { return false; }
    current = index;
    render(focus);
    var hash = decodeURIComponent(window.location.hash.slice(1));
    if (!/^deel-/.test(hash)) {  // an exercise or the homework: show it, not only its part
      var target = document.getElementById(hash);
      if (target) { target.scrollIntoView({ block: "start" }); }
    } else if (!focus && !narrow.matches) {  // all parts show: go to the one asked for
      parts[current].scrollIntoView({ block: "start" });
    }
    return true;
  }

  function go(index) {
    if (index < 0 || index >= parts.length) { return; }
    window.location.hash = "deel-" + (index + 1);  // hashchange shows it and moves the focus
  }

  previous.addEventListener("click", function () { go(current - 1); });
  next.addEventListener("click", function () { go(current + 1); });
  window.addEventListener("hashchange", function () { follow(true); });
  var onChange = function () { render(false); };
  if (narrow.addEventListener) { narrow.addEventListener("change", onChange); } else { narrow.addListener(onChange); }

  if (!follow(false)) { render(false); }
})();
