//! Vecino offline: the promotoras' app. Downloads a region's bundle from /bundles/, verifies it
//! against the root key pinned in the page (nothing is kept that did not verify), keeps it in
//! IndexedDB, updates it by deltas, shares it as one file and imports one, and shows listings
//! and guides without a network. Search is the WebAssembly engine at /offline/search/.
//! This module only starts the app: it reads the page, makes the one state object the other
//! modules share, opens what is held and follows the app's own updates. It must never hold
//! state of its own outside that object.

import * as db from "./db.mjs";
import { createState } from "./state.mjs";
import { languageOptions, loadStrings, pickLanguage } from "./i18n.mjs";
import { createEngine } from "./engine.mjs";
import { applyChrome } from "./view-common.mjs";
import { route } from "./router.mjs";

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content ?? "";
const state = createState(meta, { db });
state.engine = createEngine(state);
state.route = () => route(state);
state.restart = () => start();
state.checkForAppUpdate = checkForAppUpdate;

async function start() {
  const current = await db.get("prefs", "current");
  // A release is held: its saved search index is reopened meanwhile (if there is none, or it is
  // another release's, the worker builds once it knows the release).
  if (current) state.engine.warmUp();
  let held = current ? ((await db.get("held", current)) ?? null) : null;
  // A release verified against another root key than the one pinned now is not trusted.
  if (held && held.root !== state.root) held = null;
  state.held = held;
  state.seen = held ? ((await db.get("seen", held.region)) ?? null) : null;
  const asked = new URLSearchParams(location.search).get("lang");
  state.lang = pickLanguage(languageOptions(state), [asked, localStorage.getItem("vecino-offline-lang"), ...(navigator.languages ?? [])]);
  await loadStrings(state);
  applyChrome(state);
  route(state);
  document.body.dataset.ready = "true";
  // Open (or build) the search index in the background (in a worker), so it is ready when she
  // types. With no release held, no saved index is kept either.
  if (held) state.engine.soon();
  else {
    state.engine.cool();
    db.dropIndex().catch(() => {});
  }
}

document.getElementById("ui-lang").addEventListener("change", async (ev) => {
  state.lang = ev.target.value;
  localStorage.setItem("vecino-offline-lang", state.lang);
  await loadStrings(state);
  applyChrome(state);
  route(state);
});
window.addEventListener("hashchange", () => route(state));

// ---------------------------------------------------------------- the app's own updates

/** Asks the browser to check the app's version now (one small request; a 304 when current). */
function checkForAppUpdate() {
  navigator.serviceWorker
    ?.getRegistration("/offline/")
    .then((r) => r?.update())
    .catch(() => {});
}

if ("serviceWorker" in navigator) {
  // The service worker serves this page from its cache. When a new version of the app takes over
  // (after the server changed it), the page reloads into it — at once, or when a download or
  // import under way is over — so an old app never stays in use with releases a newer one reads.
  // Its first installation (no controller yet) needs no reload.
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (state.busy) state.reloadWanted = true;
    else location.reload();
  });
  navigator.serviceWorker
    .register("/offline/sw.js", { scope: "/offline/" })
    .then(() => navigator.onLine && checkForAppUpdate())
    .catch((e) => console.warn("service worker", e));
}
await start();
