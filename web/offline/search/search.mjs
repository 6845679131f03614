// Vecino's offline search: the server's search crate (crates/search) compiled to WebAssembly
// (crates/search-wasm), over the records of a verified bundle. Served at
// /offline/search/search.mjs beside /offline/search/vecino_search.wasm.
//
//   const engine = await createSearch();
//   await engine.load(files);  // { "shared/listings": {...}, "es/listings": {...}, ... } as verified
//   engine.search({ q, lang, kind, topic, free, no_status_questions, no_id, accepting, age, page, per_page })
//                                                            // as GET /api/v1/search, every filter
//   engine.suggest({ q, lang })                              // as GET /api/v1/suggest
//   engine.listings({ now_ms })  // { "<slug>": { state, checked, due, listed } }: each listing's
//                                // freshness on that day and whether search shows it (the
//                                // server's rule), for browse lists and cards
//   const saved = engine.save();          // the built index as bytes, to keep beside the release
//   engine.restore(saved, files);         // reopens it instead of load(files) (files: UI strings)
//   engine.id                             // this engine build: SHA-256 of the module's bytes
//
// A saved index is only for the engine build that saved it (`engine.id`) and the release it was
// built from: the host keeps both with it and never restores it for another.
//
// A request the API would refuse (an empty or too long query, a bad parameter) throws a
// SearchError whose `problem` is the body the API answers (problem+json: type, title, status,
// detail, code, parameter), localized from the bundle's UI strings.
//
// The module talks to the WebAssembly over a plain C ABI: it writes a JSON request into the
// buffer `vecino_buffer(len)` returns, calls `vecino_load`/`vecino_search`/`vecino_suggest`/`vecino_listings`
// (which return the answer's length) and reads the JSON answer at `vecino_output()`;
// `vecino_save` leaves the saved index's bytes there, `vecino_restore` reads them from the buffer.

export class SearchError extends Error {
  constructor(problem) {
    super(problem.detail || problem.code);
    this.name = "SearchError";
    this.code = problem.code;
    this.status = problem.status;
    this.problem = problem;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** SHA-256 of `bytes` in hex, or null where WebCrypto is missing (no secure context). */
export async function sha256Hex(bytes) {
  if (!globalThis.crypto?.subtle) return null;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The module's instance and its id (the SHA-256 of its bytes). */
async function instantiate(wasmUrl, wasmBytes) {
  if (wasmBytes) {
    const [{ instance }, id] = await Promise.all([WebAssembly.instantiate(wasmBytes, {}), sha256Hex(wasmBytes)]);
    return { instance, id };
  }
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`${wasmUrl}: HTTP ${response.status}`);
  if (WebAssembly.instantiateStreaming && response.headers.get("content-type") === "application/wasm") {
    const [{ instance }, id] = await Promise.all([
      WebAssembly.instantiateStreaming(response.clone(), {}),
      response.arrayBuffer().then(sha256Hex),
    ]);
    return { instance, id };
  }
  const bytes = await response.arrayBuffer();
  const [{ instance }, id] = await Promise.all([WebAssembly.instantiate(bytes, {}), sha256Hex(bytes)]);
  return { instance, id };
}

/** Fills `{ $name }` in a UI string. */
function fill(text, args) {
  return text.replace(/\{\s*\$([a-zA-Z0-9_-]+)\s*\}/g, (_, name) => (name in args ? String(args[name]) : ""));
}

/**
 * The search engine. `wasmBytes` (an ArrayBuffer or typed array) instead of `wasmUrl` is for
 * hosts without fetch of the page's origin (Node in the tests).
 */
export async function createSearch({ wasmUrl = "/offline/search/vecino_search.wasm", wasmBytes } = {}) {
  const { instance, id } = await instantiate(wasmUrl, wasmBytes);
  const x = instance.exports;
  let ui = {};

  /** Calls `fn` on `request` (JSON, or bytes as they are); its JSON answer. */
  function call(fn, request) {
    const bytes = request instanceof Uint8Array ? request : encoder.encode(JSON.stringify(request));
    const ptr = x.vecino_buffer(bytes.length);
    new Uint8Array(x.memory.buffer, ptr, bytes.length).set(bytes);
    const len = fn();
    const out = new Uint8Array(x.memory.buffer, x.vecino_output(), len);
    return JSON.parse(decoder.decode(out));
  }

  /** The UI strings for `lang`: its own, else its language's, else English's. */
  function strings(lang) {
    const tag = String(lang ?? "en");
    const primary = tag.split("-")[0];
    return ui[tag] ?? ui[primary] ?? Object.entries(ui).find(([l]) => l.split("-")[0] === primary)?.[1] ?? ui.en ?? {};
  }

  function check(answer, lang) {
    if (!answer.error) return answer;
    const { code, args = {}, parameter, reason } = answer.error;
    const s = strings(lang);
    const problem = {
      type: `urn:vecino:problem:${code}`,
      title: s[`error-${code}.title`] !== undefined ? fill(s[`error-${code}.title`], args) : code,
      status: code === "internal" ? 500 : 400,
      detail: s[`error-${code}`] !== undefined ? fill(s[`error-${code}`], args) : code,
      code,
    };
    if (parameter !== undefined) problem.parameter = parameter;
    if (reason) console.warn("offline search:", reason);
    throw new SearchError(problem);
  }

  /** Keeps the bundle's UI strings (for errors); its record files. */
  function takeStrings(files) {
    ui = {};
    const data = {};
    for (const [name, records] of Object.entries(files ?? {})) {
      const [lang, kind] = name.split("/");
      if (kind === "ui") ui[lang] = records;
      else if (["listings", "organizations", "guides", "events"].includes(kind)) data[name] = records;
    }
    return data;
  }

  return {
    id,
    /** (Re)builds the index from a verified bundle's files; resolves to `{ records }`. */
    async load(files) {
      return check(call(x.vecino_load, { files: takeStrings(files) }), "en");
    },
    /** Takes the UI strings (for errors) of a bundle's `files`. */
    useStrings(files) {
      takeStrings(files);
    },
    /** The loaded index as bytes (a copy), or null when none is loaded. */
    save() {
      const len = x.vecino_save();
      return len ? new Uint8Array(x.memory.buffer, x.vecino_output(), len).slice() : null;
    },
    /**
     * Reopens what `save()` gave (for the bundle whose `files` — its UI strings are enough —
     * are given); `{ records }`. Throws if the bytes do not reopen: then `load(files)`.
     */
    restore(saved, files) {
      takeStrings(files);
      return check(call(x.vecino_restore, saved instanceof Uint8Array ? saved : new Uint8Array(saved)), "en");
    },
    search({ q, lang, page, per_page, ...filters } = {}) {
      const { kind, topic, offers_language, accredited, free, no_status_questions, no_id, accepting, age,
        open_now, near, radius_km } = filters;
      const request = { q, lang, kind, topic, offers_language, accredited, free, no_status_questions, no_id,
        accepting, age, open_now, near, radius_km, page, per_page, now_ms: Date.now() };
      return check(call(x.vecino_search, request), lang);
    },
    suggest({ q, lang } = {}) {
      return check(call(x.vecino_suggest, { q, lang, now_ms: Date.now() }), lang);
    },
    listings({ now_ms } = {}) {
      if (!x.vecino_listings) throw new Error("this engine build cannot tell listings' standing");
      return check(call(x.vecino_listings, { now_ms: now_ms ?? Date.now() }), "en").listings;
    },
  };
}
