// The offline app's service worker. It keeps the app and the search engine in its cache and
// answers /offline/ requests from there without asking the server, so the app opens in airplane
// mode and an opening online downloads nothing it already has (for a promotora paying per MB).
// Bundles are not cached here: the app verifies them and keeps them in IndexedDB.
// The app's strings in every UI language are kept from the installation on, so a phone that
// opened the app once online shows its labels in its language when it later receives a bundle
// from another phone with no network (before any bundle, with its own UI strings, is held).
//
// VERSION changes whenever the app's files, the search engine's build or the pinned root key
// change on the server, so this file's bytes change and the browser installs the new version
// (it checks this file when the app opens; the app asks it to as well). The new version asks
// for each file with the ETag of the copy held (If-None-Match): a 304 keeps that copy, and only
// what changed is downloaded. The app reloads itself once the new version is in charge.
const VERSION = "{{VERSION}}";
const CACHE = `vecino-offline-${VERSION}`;
const APP = [
  "/offline/",
  "/offline/app.mjs",
  "/offline/state.mjs",
  "/offline/i18n.mjs",
  "/offline/records.mjs",
  "/offline/releases.mjs",
  "/offline/share.mjs",
  "/offline/engine.mjs",
  "/offline/router.mjs",
  "/offline/view-common.mjs",
  "/offline/view-setup.mjs",
  "/offline/view-home.mjs",
  "/offline/view-search.mjs",
  "/offline/view-record.mjs",
  "/offline/db.mjs",
  "/offline/render.mjs",
  "/offline/search-worker.mjs",
  "/offline/verify.mjs",
  "/offline/trust.mjs",
  "/offline/offline.css",
  "/offline/icon.svg",
  "/offline/manifest.webmanifest",
];
// The UI languages the server ships (stamped in by the server), whose strings are kept.
const LANGUAGES = {{LANGUAGES}};
const STRINGS = LANGUAGES.map((tag) => `/offline/strings/${encodeURIComponent(tag)}.json`);
// The search engine (another part of the app); kept if the server has it.
const OPTIONAL = ["/offline/search/search.mjs", "/offline/search/vecino_search.wasm"];

/** The copy of `url` an earlier version (or this one) holds, if any. */
async function held(url) {
  for (const name of await caches.keys()) {
    if (!name.startsWith("vecino-offline-")) continue;
    const kept = await (await caches.open(name)).match(url);
    if (kept) return kept;
  }
  return null;
}

/**
 * The server's answer for `url`, asked with the ETag of the copy held (past the browser's HTTP
 * cache, so the server's 304 comes here): that copy when the server answers 304, else what it
 * sends. With no copy held, the browser's HTTP cache may still have the file from the page's
 * first load (then it revalidates it, and the file is not downloaded twice).
 */
async function fresh(url, kept) {
  const etag = kept?.headers.get("etag");
  const r = etag ? await fetch(url, { cache: "no-store", headers: { "if-none-match": etag } }) : await fetch(url, { cache: "no-cache" });
  return r.status === 304 && kept ? kept : r;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const url of APP) {
        const r = await fresh(url, await held(url));
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        await cache.put(url, r);
      }
      // Every language's strings: small, and what the page shows before a bundle is held. One
      // that fails now is fetched (and kept) when the app asks for it online.
      for (const url of STRINGS) {
        try {
          const r = await fresh(url, await held(url));
          if (r.ok) await cache.put(url, r);
        } catch {}
      }
      for (const url of OPTIONAL) {
        try {
          const r = await fresh(url, await held(url));
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
      const key = url.pathname;
      // UI strings (from the server's translations, which change without the app): asked with
      // the ETag held (a 304 when unchanged), else the copy kept for offline.
      if (url.pathname.startsWith("/offline/strings/")) {
        const kept = await cache.match(key);
        try {
          const r = await fresh(key, kept);
          if (r.ok && r !== kept) await cache.put(key, r.clone());
          return r;
        } catch (e) {
          if (kept) return kept;
          throw e;
        }
      }
      // The app and the engine: this version's copy, so it opens in airplane mode and costs
      // nothing online; the server's only for what this version does not hold.
      return (await cache.match(key)) ?? fetch(event.request);
    })(),
  );
});
