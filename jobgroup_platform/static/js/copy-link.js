// A button with data-copy="<input id>" copies that input's value; the status next to it
// (data-copy-status="<input id>") says so. No inline handlers (CSP); text only via textContent.
(function () {
  "use strict";
  function copy(button) {
    var input = document.getElementById(button.dataset.copy);
    if (!input) { return; }
    var status = document.querySelector('[data-copy-status="' + button.dataset.copy + '"]');
    function done() { if (status) { status.textContent = button.dataset.copied || ""; } }
    input.focus();
    input.select();
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(input.value).then(done, function () {
        try { document.execCommand("copy"); done(); } catch (e) { /* selected: copy by hand */ }
      });
    } else {
      try { document.execCommand("copy"); done(); } catch (e) { /* selected: copy by hand */ }
    }
  }
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () { copy(button); });
  });
})();
