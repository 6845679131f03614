//! A region's releases: download, verify (against the pinned key and what this phone saw),
//! keep (in one transaction, only once verified) and update (a delta, or the whole release when
//! it does not apply), and the message for a refusal. It must never keep anything that did not
//! verify, nor lower what was seen; it touches storage and the network only through the state's
//! `db` and `fetch` (Node tests give fakes), and the page not at all.

import { BundleError, applyDelta, filesFor, verifyHead, verifyRelease } from "./verify.mjs";
import { keysAfter, stateFor } from "./trust.mjs";
import { refusalText, t } from "./i18n.mjs";

/**
 * What a release is verified against: the region asked for (none for a shared file), what
 * this phone saw of `seenRegion`, and what it saw of the pinned root's key documents, never
 * under the page's floor.
 */
export async function trustFor(state, region, seenRegion) {
  const seen = seenRegion ? await state.db.get("seen", seenRegion) : null;
  const kept = await state.db.get("prefs", state.keysPref);
  return stateFor({ region, seen, kept, floor: state.floor });
}

/** The message for a refusal, localized; records an equivocation so it stays flagged. */
export async function refusal(state, error, regionId) {
  const tr = (id, args) => t(state, id, args);
  if (!(error instanceof BundleError)) return refusalText(tr, null);
  // A format this app cannot read may be a newer app's: the app asks for its update at once
  // (it reloads itself when a new version takes over).
  if (error.kind === "UnknownFormat") state.checkForAppUpdate();
  const s = regionId ? await state.db.get("seen", regionId) : null;
  if (error.kind === "Equivocation" && s && regionId) {
    await state.db.put("seen", regionId, { ...s, conflict: s.seq });
    if (state.seen && state.held?.region === regionId) state.seen.conflict = s.seq;
  }
  return refusalText(tr, error.kind, error.message, s?.seq);
}

/** A file's bytes; `onBytes` hears of each part, and more than `limit` bytes is refused. */
export async function fetchBytes(state, url, onBytes, limit = Infinity) {
  const r = await state.fetch(url, { cache: "no-cache" });
  if (!r.ok) throw new Error(`HTTP ${r.status} for ${url}`);
  if (!onBytes || !r.body) return new Uint8Array(await r.arrayBuffer());
  const reader = r.body.getReader();
  const parts = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    n += value.length;
    // Longer than the signed manifest says: no need to read (or keep in memory) the rest.
    if (n > limit) {
      await reader.cancel();
      throw new BundleError("SizeMismatch", url);
    }
    onBytes(value.length);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export async function fetchJson(state, url) {
  const r = await state.fetch(url, { cache: "no-cache" });
  if (!r.ok) throw new Error(`HTTP ${r.status} for ${url}`);
  return r.json();
}

/** The four signed files of the release a `changes` answer names (its immutable copies). */
async function fetchHead(state, base, answer) {
  const top = {};
  const pairs = [["manifest.json", answer.manifest], ["manifest.json.sig", answer.signature], ["keys.json", answer.keys], ["keys.json.sig", answer.keys_signature]];
  await Promise.all(pairs.map(async ([name, path]) => (top[name] = await fetchBytes(state, base + path))));
  return top;
}

/** Keeps a verified release (and what was seen) in one transaction, then makes it current. */
export async function keepRelease(state, regionId, top, verified, contents, languages) {
  const record = {
    region: regionId,
    regionName: verified.manifest.region.spec,
    seq: verified.manifest.seq,
    sha256: verified.sha256,
    keysSeq: verified.keysSeq,
    issuedAt: verified.manifest.issued_at,
    expiresAt: verified.manifest.expires_at,
    languages,
    top,
    contents,
    root: state.root,
  };
  const prev = await state.db.get("seen", regionId);
  // An equivocation stays flagged until a newer release than the contested one is held.
  const conflict = prev?.conflict && prev.conflict >= verified.manifest.seq ? prev.conflict : undefined;
  const s = { seq: verified.manifest.seq, sha256: verified.sha256, keysSeq: verified.keysSeq, conflict };
  const keys = keysAfter(await state.db.get("prefs", state.keysPref), verified);
  // The index saved for the release this one replaces is of no more use: deleted first, so its
  // megabytes never stand in the way of storing the verified release.
  state.engine?.drop();
  await state.db.dropIndex().catch(() => {});
  await state.db.keep(regionId, record, s, [state.keysPref, keys]);
  await state.db.put("prefs", "current", regionId);
  state.held = record;
  state.seen = s;
  state.engine?.drop();
  // The new release's index is built (and saved) in the background, so search is ready when
  // she types.
  state.engine?.soon();
}

/** Downloads, verifies and keeps the whole release of a region in `languages`. */
export async function installFull(state, regionId, languages, ui) {
  const base = `/bundles/${encodeURIComponent(regionId)}/`;
  const answer = await fetchJson(state, `${base}changes`);
  const top = await fetchHead(state, base, answer);
  const trust = await trustFor(state, regionId, regionId);
  const head = await verifyHead((p) => top[p] ?? null, state.root, trust);
  const files = filesFor(head.manifest, languages);
  const total = files.reduce((n, f) => n + f.gzip.size, 0);
  let done = 0;
  ui?.set(0, total);
  const got = {};
  for (const f of files) {
    got[f.gzip.path] = await fetchBytes(state, base + f.gzip.path, (n) => ui?.set((done += n), total), f.gzip.size);
  }
  const read = (p) => top[p] ?? got[p] ?? null;
  const verified = await verifyRelease(read, state.root, trust, { languages });
  await keepRelease(state, regionId, top, verified, verified.contents, languages);
  return verified.manifest.seq;
}

/**
 * Asks the server what is new for the held release; applies the delta, or downloads the whole
 * release. Answers {status: "current"}, {status: "delta", seq, bytes} or {status: "full", seq,
 * deltaRefused?}.
 */
export async function update(state, ui) {
  const held = state.held;
  const regionId = held.region;
  const base = `/bundles/${encodeURIComponent(regionId)}/`;
  const answer = await fetchJson(state, `${base}changes?since=${held.seq}`);
  if (answer.status === "current" && answer.manifest_sha256 === held.sha256) return { status: "current" };
  const top = await fetchHead(state, base, answer);
  const head = await verifyHead((p) => top[p] ?? null, state.root, await trustFor(state, regionId, regionId));
  if (head.manifest.seq === held.seq) return { status: "current" };
  if (answer.status === "delta" && answer.delta) {
    try {
      ui?.set(0, 1);
      const entry = head.manifest.deltas.find((d) => d.from_seq === held.seq);
      if (!entry) throw new BundleError("NoDelta", held.seq);
      const bytes = await fetchBytes(state, base + entry.gzip.path, (n) => ui?.set(n, entry.gzip.size), entry.gzip.size);
      const read = (p) => top[p] ?? (p === entry.gzip.path ? bytes : null);
      const heldManifest = JSON.parse(new TextDecoder().decode(held.top["manifest.json"]));
      const contents = await applyDelta(read, { manifest: heldManifest, sha256: held.sha256, contents: held.contents }, head, held.languages);
      await keepRelease(state, regionId, top, head, contents, held.languages);
      return { status: "delta", seq: head.manifest.seq, bytes: bytes.length };
    } catch (e) {
      // FORMAT.md: a delta that does not apply exactly is dropped; the whole release is fetched.
      console.warn("delta refused", e?.kind ?? e);
      const seq = await installFull(state, regionId, held.languages, ui);
      return { status: "full", seq, deltaRefused: t(state, "offline-delta-refused") };
    }
  }
  const seq = await installFull(state, regionId, held.languages, ui);
  return { status: "full", seq };
}

/** Forgets the held release of the current region (what was seen stays). */
export async function removeHeld(state) {
  await state.db.remove("held", state.held.region);
  await state.db.remove("prefs", "current");
  state.held = null;
  state.engine?.drop();
  await state.db.dropIndex().catch(() => {});
}
