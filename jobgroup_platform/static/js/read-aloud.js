// Read aloud with the browser's own speech (nl-NL, a Dutch voice when the device has one), for
// the workbook and the live room. A button `<button class="read-aloud" data-read="ID" hidden>`
// reads the text of the element with that id; it stays hidden where the browser cannot speak.
// Its own text is the "read" label; `data-stop` holds the "stop" label (else a default below).
(function () {
  "use strict";
  var lang = document.documentElement.lang || "nl";
  var STOP = lang.indexOf("en") === 0 ? "Stop reading" : "Stop met voorlezen";
  var speaking = null;

  function canSpeak() { return "speechSynthesis" in window && "SpeechSynthesisUtterance" in window; }

  function reset(button) {
    if (speaking === button) { speaking = null; }
    button.textContent = button.dataset.readLabel;
    button.setAttribute("aria-pressed", "false");
  }

  function stop() {
    if (!speaking) { return; }
    var button = speaking;
    window.speechSynthesis.cancel();
    reset(button);
  }

  function read(button) {
    var target = document.getElementById(button.dataset.read);
    if (!target) { return; }
    stop();
    window.speechSynthesis.cancel(); // anything another page part left speaking
    var utterance = new SpeechSynthesisUtterance(target.innerText);
    utterance.lang = "nl-NL";
    var voice = window.speechSynthesis.getVoices().filter(function (v) { return v.lang && v.lang.indexOf("nl") === 0; })[0];
    if (voice) { utterance.voice = voice; }
    utterance.onend = utterance.onerror = function () { if (speaking === button) { reset(button); } };
    speaking = button;
    button.textContent = button.dataset.stop || STOP;
    button.setAttribute("aria-pressed", "true");
    window.speechSynthesis.speak(utterance);
  }

  if (!canSpeak()) { return; }
  document.querySelectorAll("button.read-aloud").forEach(function (button) {
    button.dataset.readLabel = button.textContent;
    button.setAttribute("aria-pressed", "false");
    button.hidden = false;
    button.addEventListener("click", function () {
      if (speaking === button) { stop(); } else { read(button); }
    });
  });
  // Other scripts (the live room, when the leader moves on) can stop the reading.
  window.JobGroupReadAloud = { stop: stop };
})();
