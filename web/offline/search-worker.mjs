// The search engine (/offline/search/search.mjs, WebAssembly) in a worker: building its index
// for a large region takes seconds on a cheap phone, and the page stays responsive meanwhile.
// The built index is saved (db.mjs, "vecino-offline-index") so the next opening reopens it
// instead of building it again.
// Messages: {id, op, args} → {id, ok, value | error}, where op is
// - "prepare": reopens whatever index is saved (by this engine build, its bytes with the hash
//   saved with them) while the app is still reading which release it holds; nothing answers
//   from it before "open" names that release;
// - "open" {release, ui}: the index saved for this release (its manifest SHA-256) by this
//   engine build, if its bytes still have the hash saved with them, reopened → {records,
//   from_cache: true}; else null (nothing saved for them, or damaged: the app then asks "load");
// - "load" {release, files}: builds the index from the release's verified files → {records,
//   from_cache: false};
// - "save" {release}: saves the built index for that release → {bytes} (null if not saved);
// - "search", "suggest", "listings": as the engine's.
import * as db from "/offline/db.mjs";

let engine = null;
let built = null; // {release, records}: what the loaded index was built from
let prepared = null; // the "prepare" under way: a promise of {release, records} or null

async function newEngine() {
  const { createSearch, sha256Hex } = await import("/offline/search/search.mjs");
  const e = await createSearch();
  e.sha256Hex = sha256Hex;
  return e;
}

/** Reopens the saved index (only if saved for `release`, when given) → {release, records}. */
async function reopenSaved(release, ui) {
  engine ??= await newEngine();
  built = null;
  if (!engine.id) return null;
  const kept = await db.savedIndex().catch(() => null);
  if (!kept || kept.engine !== engine.id || (release && kept.release !== release)) return null;
  if ((await engine.sha256Hex(kept.bytes)) !== kept.sha256) {
    console.warn("the saved search index is damaged; building it again");
    await db.dropIndex().catch(() => {});
    return null;
  }
  try {
    const { records } = engine.restore(kept.bytes, ui ?? {});
    built = { release: kept.release, records };
    return built;
  } catch (e) {
    // The module may be left unusable by what failed in it: the next step takes a new one.
    console.warn("the saved search index did not reopen; building it again", e?.message ?? e);
    engine = null;
    await db.dropIndex().catch(() => {});
    return null;
  }
}

async function open({ release, ui }) {
  if (!release) return null;
  const early = await prepared?.catch(() => null);
  prepared = null;
  if (!(early && early.release === release && built === early && engine)) {
    if (!(await reopenSaved(release, ui))) return null;
  }
  engine.useStrings(ui);
  return { records: built.records, from_cache: true };
}

async function load({ release, files }) {
  engine ??= await newEngine();
  built = null;
  const { records } = await engine.load(files);
  built = { release, records };
  return { records, from_cache: false };
}

async function save({ release }) {
  if (!engine?.id || !release || built?.release !== release) return null;
  const bytes = engine.save();
  if (!bytes) return null;
  const sha256 = await engine.sha256Hex(bytes);
  try {
    await db.keepIndex({ release, engine: engine.id, sha256, bytes: bytes.buffer, records: built.records });
  } catch (e) {
    // Full storage, say: the index is built again next time, nothing else changes.
    console.warn("the search index was not saved", e?.name ?? e);
    return null;
  }
  return { bytes: bytes.length };
}

self.onmessage = async ({ data: { id, op, args } }) => {
  try {
    let value;
    if (op === "prepare") value = Boolean(await (prepared = reopenSaved(null)));
    else if (op === "open") value = await open(args);
    else if (op === "load") value = await load(args);
    else if (op === "save") value = await save(args);
    else if (engine && (op === "search" || op === "suggest" || op === "listings")) value = await engine[op](args);
    else throw new Error(`no engine for ${op}`);
    self.postMessage({ id, ok: true, value });
  } catch (e) {
    self.postMessage({ id, ok: false, error: { message: String(e?.message ?? e), problem: e?.problem ?? null } });
  }
};
