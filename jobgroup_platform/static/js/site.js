// Small helpers shared by every page; no build step. No inline handlers in the templates: the
// Content-Security-Policy allows script from the platform's static files only (docs/security.md).
(function () {
  "use strict";
  // Move focus to an error summary so screen-reader users hear what went wrong.
  var summary = document.getElementById("form-errors");
  if (summary) { summary.focus(); }

  // Print buttons: <button type="button" data-print>.
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-print]") : null;
    if (button) { window.print(); }
  });
})();
