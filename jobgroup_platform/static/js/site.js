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

  // Installable app: the service worker (/sw.js) keeps the workbook steps and Mijn map readable
  // without a connection (docs/architecture.md, "Offline and installable"). It never asks to
  // send notifications. At logout the kept pages are thrown away (the worker also does this
  // itself when it sees the logout request; this message is for a worker still starting up),
  // and so is text the workbook still held for sending (workbook.js, "jobgroup-unsaved:…"):
  // the next person on this phone must not find it in their own form.
  document.querySelectorAll("form[data-logout]").forEach(function (form) {
    form.addEventListener("submit", function () {
      try {
        Object.keys(localStorage).filter(function (key) { return key.indexOf("jobgroup-unsaved:") === 0; })
          .forEach(function (key) { localStorage.removeItem(key); });
      } catch (e) { /* no storage */ }
      var worker = "serviceWorker" in navigator && navigator.serviceWorker.controller;
      if (worker) { worker.postMessage("clear-pages"); }
    });
  });
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () { /* no offline copy */ });
  }
})();
