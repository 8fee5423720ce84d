// Workbook: autosave of answers while typing, uploads (read-aloud: read-aloud.js). No build step.
(function () {
  "use strict";
  var SAVE_DELAY_MS = 800;
  var RETRY_MS = 5000;
  var lang = document.documentElement.lang || "nl";
  var T = {
    nl: { saving: "Bezig met opslaan…", saved: "Opgeslagen", offline: "Nog niet opgeslagen: geen verbinding. Je tekst blijft staan; we slaan op zodra er weer verbinding is.", failed: "Niet opgeslagen.", restored: "Tekst die nog niet was opgeslagen is teruggezet.", uploading: "Bezig met uploaden…", uploaded: "Geüpload" },
    en: { saving: "Saving…", saved: "Saved", offline: "Not saved yet: no connection. Your text stays here; we save as soon as the connection is back.", failed: "Not saved.", restored: "Text that was not saved yet has been put back.", uploading: "Uploading…", uploaded: "Uploaded" }
  }[lang.indexOf("en") === 0 ? "en" : "nl"];

  function csrfToken() {
    var m = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return m ? decodeURIComponent(m[1]) : "";
  }

  function collect(form) {
    var type = form.dataset.type;
    if (type === "reflection") {
      return { text: form.querySelector("textarea").value };
    }
    if (type === "list") {
      var items = {};
      form.querySelectorAll("textarea[data-category]").forEach(function (area) {
        items[area.dataset.category] = area.value.split("\n").map(function (s) { return s.trim(); }).filter(Boolean);
      });
      return { items: items };
    }
    if (type === "rating_grid") {
      var scores = {};
      form.querySelectorAll("select[data-item]").forEach(function (select) {
        scores[select.dataset.item] = select.value === "" ? null : parseInt(select.value, 10);
      });
      var own = [];
      form.querySelectorAll(".own-row").forEach(function (row) {
        var label = row.querySelector("[data-own-label]").value.trim();
        var score = row.querySelector("[data-own-score]").value;
        if (label) { own.push({ label: label, score: score === "" ? null : parseInt(score, 10) }); }
      });
      return { scores: scores, own: own };
    }
    if (type === "choice") {
      var selected = [];
      form.querySelectorAll("input:checked").forEach(function (input) { selected.push(input.value); });
      return { selected: selected };
    }
    if (type === "quiz") {
      var answers = [];
      var complete = true;
      form.querySelectorAll("[data-question]").forEach(function (fieldset) {
        var checked = fieldset.querySelector("input:checked");
        if (checked) { answers.push(parseInt(checked.value, 10)); } else { complete = false; }
      });
      return complete ? { answers: answers } : null;
    }
    if (type === "action_plan") {
      var rows = [];
      form.querySelectorAll(".plan-row").forEach(function (row) {
        rows.push({
          goal: row.querySelector("[data-plan=goal]").value,
          step: row.querySelector("[data-plan=step]").value,
          date: row.querySelector("[data-plan=date]").value
        });
      });
      return { rows: rows };
    }
    return null;
  }

  // Text not yet sent is kept per person: on a shared phone a session can end without the logout
  // button (idle, deactivated), and the next person must never get it in their form, let alone
  // have it saved as their answer. Drafts of anyone else (or from before this key had the person)
  // are thrown away as soon as a step page knows who is signed in.
  var UNSAVED = "jobgroup-unsaved:";
  var owner = document.querySelector(".workbook-step[data-user]");
  var USER = owner ? owner.dataset.user : "";
  function storageKey(form) { return UNSAVED + USER + ":" + form.dataset.url; }
  if (USER) {
    try {
      Object.keys(localStorage).filter(function (key) {
        return key.indexOf(UNSAVED) === 0 && key.indexOf(UNSAVED + USER + ":") !== 0;
      }).forEach(function (key) { localStorage.removeItem(key); });
    } catch (e) { /* no storage */ }
  }

  function setStatus(form, text, isError) {
    form.querySelector(".save-status").textContent = isError ? "" : text;
    form.querySelector(".save-error").textContent = isError ? text : "";
    form.classList.toggle("is-saved", text === T.saved);
  }

  var pending = new Map(); // form -> value waiting for a connection
  // One PUT per form at a time: two on their way could arrive the wrong way round and the older
  // text would overwrite the newer (typing, then dictating at once). A value saved meanwhile
  // waits here and goes when the PUT before it is answered; only the newest one is kept.
  var inFlight = new Set();
  var queued = new Map();

  function save(form, value) {
    if (value === null) { return; }
    setStatus(form, T.saving, false);
    try { localStorage.setItem(storageKey(form), JSON.stringify(value)); } catch (e) { /* private mode */ }
    if (inFlight.has(form)) { queued.set(form, value); return; }
    inFlight.add(form);
    fetch(form.dataset.url, {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify({ value: value })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.ok) {
          pending.delete(form);
          if (queued.has(form)) { return; } // a newer value goes next: keep its draft and status
          try { localStorage.removeItem(storageKey(form)); } catch (e) { /* ignore */ }
          setStatus(form, T.saved, false);
          if (form.dataset.type === "quiz") { showQuizResult(form, body.value); }
        } else if (response.status >= 500) {
          pending.set(form, value);
          setStatus(form, T.offline, true);
        } else {
          pending.delete(form);
          setStatus(form, T.failed + " " + (body.detail || ""), true);
        }
      });
    }).catch(function () {
      pending.set(form, value);
      setStatus(form, T.offline, true);
    }).then(function () {
      inFlight.delete(form);
      if (queued.has(form)) {
        var next = queued.get(form);
        queued.delete(form);
        pending.delete(form); // the newer value replaces one that waits for a connection
        save(form, next);
      }
    });
  }

  function showQuizResult(form, value) {
    var out = form.querySelector(".quiz-result");
    if (!out || !value) { return; }
    var total = form.querySelectorAll("[data-question]").length;
    out.textContent = (lang.indexOf("en") === 0 ? "You answered " + value.correct + " of " + total + " correctly (" + value.score + "%). " : "Je hebt " + value.correct + " van de " + total + " vragen goed (" + value.score + "%). ") +
      (value.passed ? (lang.indexOf("en") === 0 ? "Passed." : "Geslaagd.") : (lang.indexOf("en") === 0 ? "Not passed yet. Try again." : "Nog niet geslaagd. Probeer het nog eens."));
  }

  function retryPending() {
    pending.forEach(function (value, form) { save(form, value); });
  }
  window.addEventListener("online", retryPending);
  setInterval(function () { if (pending.size) { retryPending(); } }, RETRY_MS);

  document.querySelectorAll("form.answer-form").forEach(function (form) {
    var timer = null;
    if (form.dataset.type === "upload") {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var input = form.querySelector("input[type=file]");
        if (!input.files.length) { return; }
        var data = new FormData();
        data.append("file", input.files[0]);
        setStatus(form, T.uploading, false);
        fetch(form.dataset.url, { method: "POST", credentials: "same-origin", headers: { "X-CSRFToken": csrfToken() }, body: data })
          .then(function (response) {
            return response.json().then(function (body) {
              if (response.ok) { setStatus(form, T.uploaded + ": " + body.file_name, false); }
              else { setStatus(form, T.failed + " " + (body.detail || ""), true); }
            });
          }).catch(function () { setStatus(form, T.offline, true); });
      });
      return;
    }
    // Put back text that was typed but never reached the server (closed tab, lost connection).
    try {
      var unsaved = localStorage.getItem(storageKey(form));
      if (unsaved) {
        restore(form, JSON.parse(unsaved));
        pending.set(form, JSON.parse(unsaved));
        setStatus(form, T.restored, false);
        retryPending();
      }
    } catch (e) { /* ignore */ }
    if (form.hasAttribute("data-manual")) {
      form.addEventListener("submit", function (event) { event.preventDefault(); save(form, collect(form)); });
      return;
    }
    form.addEventListener("submit", function (event) { event.preventDefault(); save(form, collect(form)); });
    var schedule = function () {
      clearTimeout(timer);
      timer = setTimeout(function () { save(form, collect(form)); }, SAVE_DELAY_MS);
    };
    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
  });

  function restore(form, value) {
    var type = form.dataset.type;
    if (type === "reflection" && value.text !== undefined) { form.querySelector("textarea").value = value.text; }
    if (type === "list" && value.items) {
      form.querySelectorAll("textarea[data-category]").forEach(function (area) {
        area.value = (value.items[area.dataset.category] || []).join("\n");
      });
    }
    if (type === "action_plan" && value.rows) {
      form.querySelectorAll(".plan-row").forEach(function (row, i) {
        var r = value.rows[i] || {};
        ["goal", "step", "date"].forEach(function (k) { row.querySelector("[data-plan=" + k + "]").value = r[k] || ""; });
      });
    }
  }

  // Who may see an answer: saved as soon as the participant chooses.
  document.querySelectorAll("select.sharing-select").forEach(function (select) {
    var status = select.parentElement.querySelector(".sharing-status");
    var previous = select.value;
    select.addEventListener("change", function () {
      status.textContent = T.saving;
      fetch(select.dataset.url, {
        method: "PATCH",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
        body: JSON.stringify({ sharing: select.value })
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (response.ok) { previous = select.value; status.textContent = T.saved; }
          else { select.value = previous; status.textContent = T.failed + " " + (body.detail || ""); }
        });
      }).catch(function () { select.value = previous; status.textContent = T.offline; });
    });
  });
})();
