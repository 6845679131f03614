//! The search engine over the held release: the WebAssembly engine (search-worker.mjs) in a
//! worker, loaded once per release, its index reopened from where it was saved or built and
//! saved. It must never search a release other than the held one, nor keep an engine for a
//! release that is gone.

import { isoDay } from "./records.mjs";

/** The engine in a worker, with the engine's own interface (every call answers a promise). */
function workerEngine() {
  const worker = new Worker("/offline/search-worker.mjs", { type: "module" });
  const pending = new Map();
  let next = 0;
  worker.onmessage = ({ data }) => {
    const call = pending.get(data.id);
    pending.delete(data.id);
    if (data.ok) call?.resolve(data.value);
    else call?.reject(Object.assign(new Error(data.error.message), { problem: data.error.problem }));
  };
  const failAll = (e) => {
    for (const call of pending.values()) call.reject(e);
    pending.clear();
  };
  worker.onerror = failAll;
  const call = (op, args) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, args });
    });
  return {
    prepare: () => call("prepare"),
    open: (args) => call("open", args),
    load: (args) => call("load", args),
    save: (args) => call("save", args),
    search: (request) => call("search", request),
    suggest: (request) => call("suggest", request),
    listings: (request) => call("listings", request),
    terminate: () => {
      worker.terminate();
      failAll(new Error("search engine stopped"));
    },
  };
}

/**
 * Makes the engine `e` ready for `release`: reopens the index saved for that release and engine
 * build, else builds it from the verified records and then saves it. What happened is on
 * <body data-search-index="saved|built" data-search-records> (for tests; nothing a reader sees),
 * and <body data-search-index-saved> is the release once its index is saved.
 */
async function openEngine(state, e, release) {
  try {
    const ui = Object.fromEntries(Object.entries(release.contents).filter(([name]) => name.endsWith("/ui")));
    let loaded = await e.open({ release: release.sha256, ui }).catch((err) => {
      console.warn("saved search index not used", err);
      return null;
    });
    if (!loaded) {
      loaded = await e.load({ release: release.sha256, files: release.contents });
      e.save({ release: release.sha256 }).then(
        (saved) => {
          if (saved && state.held === release) document.body.dataset.searchIndexSaved = release.sha256;
        },
        () => {},
      );
    }
    if (state.held === release) {
      document.body.dataset.searchIndex = loaded.from_cache ? "saved" : "built";
      document.body.dataset.searchRecords = String(loaded.records);
    }
    return true;
  } catch (err) {
    console.warn("search engine unavailable", err);
    return false;
  }
}

/** The state's search engine: `get()` the engine over the held release (null if unavailable). */
export function createEngine(state) {
  const self = {
    ready: null, // the engine over the held release, once loaded
    failed: false,
    loading: null, // {release, worker, ready}
    // A worker started at the app's opening, reopening the saved index while the page reads the
    // held release (the two overlap); the engine's worker once the release is known.
    warm: null,

    /** Starts a worker early, when a release is held at the opening. */
    warmUp() {
      if (self.ready || self.loading || self.warm) return;
      self.warm = workerEngine();
      self.warm.prepare().catch(() => {});
    },

    /** No release held: no early worker. */
    cool() {
      self.warm?.terminate();
      self.warm = null;
    },

    /** The search engine over the held release, loaded once per release (null if unavailable). */
    async get() {
      const held = state.held;
      if (self.ready || self.failed || !held) return self.ready;
      if (self.loading?.release !== held) {
        self.loading?.worker.terminate();
        const worker = self.warm ?? workerEngine();
        self.warm = null;
        self.loading = { release: held, worker, ready: openEngine(state, worker, held) };
      }
      const loading = self.loading;
      const ok = await loading.ready;
      // Another release came (or the engine was dropped) meanwhile: the engine for the one held.
      if (self.loading !== loading) return self.get();
      self.loading = null;
      if (!ok) {
        loading.worker.terminate();
        self.failed = true;
        return null;
      }
      self.ready = loading.worker;
      return self.ready;
    },

    /** Loads the engine in the background, so it is ready when she types. */
    soon() {
      setTimeout(() => self.get(), 0);
    },

    /** Forgets the engine (a new release is held, or none): the next search loads it again. */
    drop() {
      self.ready?.terminate?.();
      self.loading?.worker.terminate();
      self.warm?.terminate();
      self.ready = null;
      self.loading = null;
      self.warm = null;
      self.failed = false;
      delete document.body.dataset.searchIndex;
      delete document.body.dataset.searchRecords;
      delete document.body.dataset.searchIndexSaved;
    },
  };
  return self;
}

/** The standings of the held release already asked for today, or null (then ask `standings`). */
export function judgedToday(state) {
  const kept = state.standings;
  return kept?.held === state.held && kept.day === isoDay(state.now?.() ?? Date.now()) ? kept.listings : null;
}

/**
 * Each listing of the held release by slug, `{state, checked, due, listed}` on the reader's
 * day (UTC), as the engine judges it with the server's rule (the app keeps no copy of it):
 * asked once per release and day. Null when the engine is unavailable.
 */
export async function standings(state) {
  const held = state.held;
  const day = isoDay(state.now?.() ?? Date.now());
  const kept = judgedToday(state);
  if (kept) return kept;
  const e = await state.engine.get();
  if (!e) return null;
  try {
    const listings = await e.listings({ now_ms: Date.parse(`${day}T12:00:00Z`) });
    if (state.held === held) state.standings = { held, day, listings };
    return listings;
  } catch (err) {
    console.warn("listings' standing unavailable", err?.message ?? err);
    return null;
  }
}
