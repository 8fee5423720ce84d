// Read aloud: the one control of the whole site (templates/includes/read_aloud.html), with the
// browser's own speech. A control reads the text of the element whose id is in its button's
// `data-read` (with `data-read-last="N"`: only its last N children, e.g. the newest chat
// messages), in the language of that text (`lang` of the nearest element: nl-NL, or en-GB for
// English), at the speed the person chose (langzaam / normaal / snel; remembered on this device
// and the same for every control). Where the browser cannot speak, the control says so.
(function () {
  "use strict";
  var RATE_KEY = "jobgroup-read-rate";
  var RATES = ["0.7", "1", "1.3"];
  var pageLang = document.documentElement.lang || "nl";
  var STOP = pageLang.indexOf("en") === 0 ? "Stop reading" : "Stop met voorlezen";
  var speaking = null;

  function canSpeak() { return "speechSynthesis" in window && "SpeechSynthesisUtterance" in window; }

  function storedRate() {
    try {
      var rate = localStorage.getItem(RATE_KEY);
      return RATES.indexOf(rate) >= 0 ? rate : "1";
    } catch (e) { return "1"; }
  }

  function chooseRate(rate) {
    try { localStorage.setItem(RATE_KEY, rate); } catch (e) { /* private mode: this page only */ }
    document.querySelectorAll("select[data-read-rate]").forEach(function (select) { select.value = rate; });
  }

  function speechLang(element) {
    var withLang = element.closest("[lang]");
    var lang = (withLang && withLang.getAttribute("lang")) || pageLang;
    return lang.indexOf("en") === 0 ? "en-GB" : "nl-NL";
  }

  // The text as shown, without the controls inside the region (their own labels).
  function textOf(target, last) {
    var controls = Array.prototype.filter.call(
      target.querySelectorAll("[data-read-aloud], [data-voice-input]"), function (c) { return !c.hidden; });
    controls.forEach(function (c) { c.hidden = true; });
    var items = last ? Array.prototype.slice.call(target.children, -last) : [target];
    var text = items.map(function (item) { return item.innerText; }).join("\n");
    controls.forEach(function (c) { c.hidden = false; });
    return text;
  }

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
    var text = textOf(target, parseInt(button.dataset.readLast || "0", 10));
    if (!text.trim()) { return; }
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = speechLang(target);
    utterance.rate = parseFloat(storedRate());
    var prefix = utterance.lang.slice(0, 2);
    var voice = window.speechSynthesis.getVoices().filter(function (v) { return v.lang && v.lang.indexOf(prefix) === 0; })[0];
    if (voice) { utterance.voice = voice; }
    utterance.onend = utterance.onerror = function () { if (speaking === button) { reset(button); } };
    speaking = button;
    button.textContent = button.dataset.stop || STOP;
    button.setAttribute("aria-pressed", "true");
    window.speechSynthesis.speak(utterance);
  }

  var supported = canSpeak();
  var rate = storedRate();
  document.querySelectorAll("[data-read-aloud]").forEach(function (control) {
    control.hidden = false;
    var note = control.querySelector(".read-aloud-unsupported");
    var rateLabel = control.querySelector(".read-aloud-rate");
    if (!supported) {
      if (note) { note.hidden = false; }
      return;
    }
    if (rateLabel) { rateLabel.hidden = false; }
    var select = control.querySelector("select[data-read-rate]");
    if (select) {
      select.value = rate;
      select.addEventListener("change", function () {
        var wasSpeaking = speaking;
        chooseRate(select.value);
        if (wasSpeaking) { read(wasSpeaking); } // go on at the new speed
      });
    }
  });
  if (!supported) { return; }
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
