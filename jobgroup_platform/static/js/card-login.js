// The picture grid of the card login: at most 3 pictures, "2 van 3 gekozen" announced, and the
// name of a picture spoken when it is tapped (where the browser can speak). The printable login
// card's print button. No user data is written into the page.
(function () {
  "use strict";
  var MAX = 3;

  function speak(text) {
    if (!("speechSynthesis" in window) || !("SpeechSynthesisUtterance" in window)) { return; }
    window.speechSynthesis.cancel();
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "nl-NL";
    window.speechSynthesis.speak(utterance);
  }

  document.querySelectorAll(".picture-grid").forEach(function (grid) {
    var boxes = grid.querySelectorAll("input[type=checkbox]");
    var count = grid.querySelector(".picture-count");
    function update() {
      var n = grid.querySelectorAll("input[type=checkbox]:checked").length;
      if (count) { count.textContent = n + " / " + MAX + " " + count.dataset.countLabel; }
      return n;
    }
    boxes.forEach(function (box) {
      box.addEventListener("change", function () {
        if (box.checked && update() > MAX) { box.checked = false; }
        update();
        var label = grid.querySelector("label[for='" + box.id + "'] span");
        if (box.checked && label) { speak(label.textContent); }
      });
    });
    update();
  });

  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
