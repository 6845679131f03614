// The offline app's service worker: caches the app (and the search engine when the server
// has it) at install, answers /offline/ requests from the cache first, so the app opens in
// airplane mode. Bundles are not cached here: the app verifies them and keeps them in
// IndexedDB. The version changes whenever the app's files or the pinned root key change.
const VERSION = "{{VERSION}}";
const CACHE = `vecino-offline-${VERSION}`;
const APP = [
  "/offline/",
  "/offline/app.mjs",
  "/offline/db.mjs",
  "/offline/render.mjs",
  "/offline/search-worker.mjs",
  "/offline/verify.mjs",
  "/offline/offline.css",
  "/offline/icon.svg",
  "/offline/manifest.webmanifest",
];
// The search engine (another part of the app); cached if the server has it.
const OPTIONAL = ["/offline/search/search.mjs", "/offline/search/vecino_search.wasm"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(APP.map((u) => new Request(u, { cache: "reload" })));
      for (const url of OPTIONAL) {
        try {
          const r = await fetch(url, { cache: "reload" });
          if (r.ok) await cache.put(url, r);
        } catch {}
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("vecino-offline-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith("/offline/")) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // The page is one shell whatever its query (?lang=…).
      const key = url.pathname === "/offline/" ? "/offline/" : url.pathname;
      // UI strings and the search engine: the server's when it answers (a new engine replaces
      // the old at once), else the copy kept for offline.
      if (url.pathname.startsWith("/offline/strings/") || url.pathname.startsWith("/offline/search/")) {
        try {
          const response = await fetch(event.request, { cache: "no-cache" });
          if (response.ok) await cache.put(key, response.clone());
          return response;
        } catch (e) {
          const kept = await cache.match(key);
          if (kept) return kept;
          throw e;
        }
      }
      // The app itself: this version's copy, so it opens in airplane mode.
      return (await cache.match(key)) ?? fetch(event.request);
    })(),
  );
});
