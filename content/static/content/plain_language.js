// The plain-language panel of the page editor: while an editor writes a participant text, it
// asks the server (content/plain_language.py, the one place with the rules) for long sentences
// and hard words, and shows them under the field. Text only: never innerHTML with data.
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.dataset.url;
  if (!url) return;
  var labels = {
    title: script.dataset.titleLabel,
    ok: script.dataset.okLabel,
    long: script.dataset.longLabel,
    hard: script.dataset.hardLabel,
  };
  var match = window.location.pathname.match(/\/pages\/(\d+)\/edit\//);
  var addMatch = window.location.pathname.match(/\/pages\/add\/[^/]+\/[^/]+\/(\d+)\//);
  var timer = null;

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function fieldOf(target) {
    if (!target || !target.closest) return null;
    var input = target.closest("textarea, input[type=text], [contenteditable=true]");
    if (!input) return null;
    var wrapper = input.closest("[data-field-wrapper], .w-field__wrapper, .w-field") || input.parentNode;
    if (wrapper.querySelector("input[name$='leader_notes'], textarea[name$='leader_notes']")) {
      return null; // leaders' notes are not read by participants
    }
    return { input: input, wrapper: wrapper };
  }

  function panelFor(wrapper) {
    var panel = wrapper.nextElementSibling;
    if (panel && panel.classList.contains("plain-language-panel")) return panel;
    panel = document.createElement("div");
    panel.className = "plain-language-panel help-block help-info";
    panel.setAttribute("role", "status");
    panel.setAttribute("aria-live", "polite");
    wrapper.parentNode.insertBefore(panel, wrapper.nextSibling);
    return panel;
  }

  function show(panel, data) {
    panel.replaceChildren();
    var heading = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = labels.title;
    heading.appendChild(strong);
    panel.appendChild(heading);
    if (!data.findings.length) {
      var ok = document.createElement("p");
      ok.textContent = labels.ok;
      panel.appendChild(ok);
      return;
    }
    var list = document.createElement("ul");
    data.findings.forEach(function (finding) {
      var item = document.createElement("li");
      if (finding.kind === "long_sentence") {
        item.textContent = labels.long
          .replace("%(words)s", finding.words)
          .replace("%(limit)s", data.limit) + " " + finding.text;
      } else {
        item.textContent = labels.hard
          .replace("%(word)s", finding.text)
          .replace("%(alternative)s", finding.alternative);
      }
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  function check(field) {
    var text = field.input.isContentEditable ? field.input.innerText : field.input.value;
    var body = new URLSearchParams();
    body.set("text", text || "");
    if (match) body.set("page_id", match[1]);
    else if (addMatch) body.set("parent_id", addMatch[1]);
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken() },
      body: body,
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) show(panelFor(field.wrapper), data); })
      .catch(function () {});
  }

  document.addEventListener("input", function (event) {
    var field = fieldOf(event.target);
    if (!field) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { check(field); }, 600);
  });
})();
