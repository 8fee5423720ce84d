// The service worker (served at /sw.js by jobgroup_platform.views.service_worker, scope "/").
// docs/architecture.md, "Offline and installable":
// - the app shell (our CSS, scripts, icons) and a Dutch offline page are kept at install;
// - a participant's workbook steps and Mijn map: network first, the last copy when offline;
// - nothing else is kept: no API, no admin, no other page; only GET, only this site;
// - the kept pages are thrown away at every login and logout (and on a message "clear-pages"),
//   so the next person on the same phone cannot read them.
// Answers written offline are not handled here: the workbook's autosave queue (workbook.js)
// keeps them on the device and sends them when the connection is back.
"use strict";
var VERSION = "{{ version }}";
var SHELL = "jobgroup-shell-" + VERSION;
var PAGES = "jobgroup-pages";
var OFFLINE_URL = "{{ offline_url }}";
var SHELL_URLS = {{ shell_urls_json|safe }}; // our own static URLs (JSON), no user data
var KEPT_PAGES = [/^\/groepen\/\d+\/werkboek\/stap\/\d+\/$/, /^\/mijn-map\/$/];
var NEVER = ["/api/", "/admin/", "/documents/", "/media/"];
var SIGN_IN_OR_OUT = ["/login/", "/logout/", "/inloggen-met-link/", "/inloggen/kaart/"];

function startsWithAny(path, prefixes) {
  return prefixes.some(function (prefix) { return path.indexOf(prefix) === 0; });
}

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return cache.addAll(SHELL_URLS).then(function () {
      // Without cookies: the offline page shows nobody's name.
      return fetch(OFFLINE_URL, { credentials: "omit" }).then(function (response) {
        if (!response.ok) { throw new Error("offline page: " + response.status); }
        return cache.put(OFFLINE_URL, response);
      });
    });
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("jobgroup-shell-") === 0 && name !== SHELL;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
  if (event.data === "clear-pages") {
    event.waitUntil(caches.delete(PAGES).then(function () {
      if (event.source) { event.source.postMessage("pages-cleared"); }
    }));
  }
});

function offlinePage() {
  return caches.match(OFFLINE_URL, { cacheName: SHELL }).then(function (response) {
    return response || new Response("Geen verbinding.", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  });
}

function networkFirst(request) {
  return fetch(request).then(function (response) {
    var keep = response.ok && response.type === "basic" && !response.redirected;
    return caches.open(PAGES).then(function (cache) {
      // A redirect (signed out) or an error: the old copy must not be shown any more either.
      return keep ? cache.put(request, response.clone()) : cache.delete(request, { ignoreVary: true });
    }).then(function () { return response; }, function () { return response; });
  }, function () {
    return caches.open(PAGES).then(function (cache) {
      return cache.match(request, { ignoreVary: true });
    }).then(function (kept) { return kept || offlinePage(); });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (startsWithAny(url.pathname, SIGN_IN_OR_OUT)) {
    event.waitUntil(caches.delete(PAGES));
    return;
  }
  if (request.method !== "GET" || startsWithAny(url.pathname, NEVER)) { return; }
  if (SHELL_URLS.indexOf(url.pathname) >= 0) {
    event.respondWith(caches.match(request, { cacheName: SHELL }).then(function (kept) {
      return kept || fetch(request);
    }));
    return;
  }
  if (request.mode !== "navigate") { return; }
  if (KEPT_PAGES.some(function (pattern) { return pattern.test(url.pathname); }) && !url.search) {
    event.respondWith(networkFirst(request));
    return;
  }
  event.respondWith(fetch(request).catch(offlinePage));
});
