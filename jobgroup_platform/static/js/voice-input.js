// Voice input ("Inspreken") for written answers (templates/includes/voice_input.html): where the
// browser has the Web Speech API's recognition, a button listens once and appends what it heard
// to the field; an `input` event then lets the workbook's autosave store it as if typed. Where
// the browser has no recognition, the control says so and the person types. The texts come from
// the template (data-*), so they are translated with the rest of the page.
(function () {
  "use strict";
  var Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;

  function speechLang(element) {
    var withLang = element.closest("[lang]");
    var lang = (withLang && withLang.getAttribute("lang")) || "nl";
    return lang.indexOf("en") === 0 ? "en-GB" : "nl-NL";
  }

  function append(field, text) {
    text = text.trim();
    if (!text) { return; }
    var separator = field.hasAttribute("data-category") ? "\n" : " "; // lists: one point a line
    var before = field.value.replace(/\s+$/, "");
    field.value = before ? before + separator + text : text;
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }

  document.querySelectorAll("[data-voice-input]").forEach(function (control) {
    var field = document.getElementById(control.dataset.voiceInput);
    if (!field) { return; }
    control.hidden = false;
    var button = control.querySelector(".voice-input-button");
    var status = control.querySelector(".voice-input-status");
    if (!Recognition) {
      control.querySelector(".voice-input-unsupported").hidden = false;
      return;
    }
    var label = button.textContent;
    var listening = null;
    button.hidden = false;

    function done() {
      listening = null;
      button.textContent = label;
      button.setAttribute("aria-pressed", "false");
    }

    button.addEventListener("click", function () {
      if (listening) { listening.stop(); return; }
      var recognition = new Recognition();
      recognition.lang = speechLang(field);
      recognition.interimResults = false;
      recognition.continuous = false;
      recognition.maxAlternatives = 1;
      recognition.onresult = function (event) {
        var heard = [];
        for (var i = event.resultIndex || 0; i < event.results.length; i++) {
          if (event.results[i].isFinal !== false) { heard.push(event.results[i][0].transcript); }
        }
        append(field, heard.join(" "));
        status.textContent = control.dataset.heard;
      };
      recognition.onerror = function (event) {
        status.textContent = event.error === "not-allowed" || event.error === "service-not-allowed"
          ? control.dataset.denied : control.dataset.failed;
      };
      recognition.onend = done;
      listening = recognition;
      button.textContent = control.dataset.stop;
      button.setAttribute("aria-pressed", "true");
      status.textContent = control.dataset.listening;
      try {
        recognition.start();
      } catch (e) {
        status.textContent = control.dataset.failed;
        done();
      }
    });
  });
})();
