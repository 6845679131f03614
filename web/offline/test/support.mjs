//! What the offline app's Node tests share: registering which verifier `./verify.mjs` is, an
//! in-memory stand-in for db.mjs, a fake `fetch` over a map of URLs, and a state over them.
//! It must never touch a real network or storage.

import { register } from "node:module";

/** Makes `./verify.mjs` (from the app's modules) the real verifier, or the fake one. */
export function useVerifier(which) {
  const file = which === "fake" ? new URL("./fake-verify.mjs", import.meta.url) : new URL("../../../crates/bundle/js/verify.mjs", import.meta.url);
  register(new URL("./hooks.mjs", import.meta.url), { data: { verify: file.href } });
}

/** db.mjs's interface over maps: {held, seen, prefs}, and the calls to dropIndex. */
export function memoryDb() {
  const stores = { held: new Map(), seen: new Map(), prefs: new Map() };
  const db = {
    stores,
    indexDrops: 0,
    async get(store, key) {
      return structuredClone(stores[store].get(key));
    },
    async put(store, key, value) {
      stores[store].set(key, structuredClone(value));
    },
    async remove(store, key) {
      stores[store].delete(key);
    },
    async keep(region, held, seen, keys) {
      stores.held.set(region, structuredClone(held));
      stores.seen.set(region, structuredClone(seen));
      if (keys) stores.prefs.set(keys[0], structuredClone(keys[1]));
    },
    async dropIndex() {
      db.indexDrops++;
    },
  };
  return db;
}

/** `fetch` answering `routes[url]` (bytes, or a JSON value), 404 otherwise; `asked` lists URLs. */
export function fakeFetch(routes) {
  const asked = [];
  const fetch = async (url) => {
    asked.push(url);
    const body = routes[url];
    if (body === undefined) return { ok: false, status: 404 };
    const bytes = body instanceof Uint8Array ? body : new TextEncoder().encode(JSON.stringify(body));
    return { ok: true, status: 200, body: new Blob([bytes]).stream(), json: async () => JSON.parse(new TextDecoder().decode(bytes)), arrayBuffer: async () => bytes.slice().buffer };
  };
  return { fetch, asked };
}

/** A state as the page makes it, with `io` and a count of engine drops and loads. */
export async function testState(io, meta = {}) {
  const { createState } = await import("../state.mjs");
  const page = { "vecino-root-key": "ab".repeat(32), "vecino-keys-floor": "{}", "vecino-locales": JSON.stringify([["en", "English", "ltr"], ["es", "Español", "ltr"], ["fa", "فارسی", "rtl"]]), ...meta };
  const state = createState((name) => page[name] ?? "", io);
  state.engine = {
    drops: 0,
    loads: 0,
    drop() {
      this.drops++;
    },
    soon() {
      this.loads++;
    },
  };
  return state;
}
