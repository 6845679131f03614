//! The offline app's one state object, made once at the opening and passed to every module:
//! the page's configuration (pinned key, floor, languages, right-to-left rule) and what changes
//! (language, strings, the held release, the engine, flash messages, work under way).
//! It must never touch the page, storage or the network (Node tests import it).

import { parseFloor } from "./trust.mjs";
import { parseRtl } from "./i18n.mjs";

/**
 * A new state for a page's metadata (`meta(name)` is the content of `<meta name>`). `io` are
 * the app's ports to the outside: `db` (db.mjs) and `fetch`; tests give fakes.
 */
export function createState(meta, io = {}) {
  const root = meta("vecino-root-key");
  return {
    // The root key pinned in the page: every release is verified against it.
    root,
    // The publisher's key documents as the server knew them when it served this page, beside the
    // pinned key: a brand-new phone already refuses an older key document or a revoked key.
    floor: parseFloor(meta("vecino-keys-floor")),
    // Where this phone keeps what it saw of the pinned root's key documents (one entry per root
    // key, for every region).
    keysPref: `keys:${root}`,
    locales: parseJson(meta("vecino-locales"), []), // [tag, self name, dir]
    // Which tags are written right to left: the server's rule (vecino_i18n::direction).
    rtl: parseRtl(meta("vecino-rtl")),
    db: io.db,
    fetch: io.fetch ?? ((...args) => globalThis.fetch(...args)),
    lang: "en",
    strings: {},
    held: null, // the release this phone trusts for the current region
    seen: null, // what this phone saw of that region
    flash: null, // a message to show once: {kind, text}
    busy: 0, // downloads and imports under way: the app does not reload in their middle
    reloadWanted: false, // a new version of the app took over meanwhile
    engine: null, // engine.mjs's search engine over the held release
    standings: null, // engine.mjs's word on the held release's listings today: {held, day, listings}
    setupDrawn: 0, // counts the setup views drawn: a retry for an older one stops
    searchRun: 0, // counts searches: an answer for an older one is dropped
    // What the page's modules do for each other (set by app.mjs): draw the view for the
    // address, start over, end a piece of work, ask for the app's update.
    route: () => {},
    restart: async () => {},
    checkForAppUpdate: () => {},
  };
}

function parseJson(text, fallback) {
  try {
    return JSON.parse(text || "null") ?? fallback;
  } catch {
    return fallback;
  }
}

/** A download or import starts: the app does not reload in its middle. */
export function begin(state) {
  state.busy++;
}

/** A download or import is over: a new version of the app that took over meanwhile loads now. */
export function done(state, reload = () => location.reload()) {
  state.busy--;
  if (!state.busy && state.reloadWanted) reload();
}
