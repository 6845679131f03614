// A reference verifier for Vecino offline bundles (FORMAT.md), written only with what a
// browser has: WebCrypto (Ed25519, SHA-256), DecompressionStream("gzip"), TextEncoder, JSON.
// The offline client can follow it; the Rust tests run it under Node to prove that a browser
// verifies what `vecino bundle export` writes, and refuses what has been tampered with.
//
//   node verify.mjs DIR ROOT_PUBLIC_KEY_HEX [BASE_DIR]
//
// Verifies the release in DIR from its gzip files; with BASE_DIR (an earlier release), also
// applies DIR's delta from it and checks that every file comes out exactly as DIR's manifest
// says. Prints a JSON summary; exits 1 with the error's name on failure.

const hex = (bytes) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
const unhex = (s) => new Uint8Array(s.match(/../g).map((h) => parseInt(h, 16)));

export class BundleError extends Error {
  constructor(kind, detail) {
    super(`${kind}: ${detail}`);
    this.kind = kind;
  }
}

export async function sha256(bytes) {
  return hex(await crypto.subtle.digest("SHA-256", bytes));
}

async function keyId(publicHex) {
  return (await sha256(unhex(publicHex))).slice(0, 16);
}

async function checkSignature(publicHex, bytes, sigBytes, what) {
  const sig = JSON.parse(new TextDecoder().decode(sigBytes));
  if (sig.alg !== "Ed25519" || !/^[0-9a-f]{128}$/.test(sig.signature)) throw new BundleError("Malformed", what);
  const key = await crypto.subtle.importKey("raw", unhex(publicHex), { name: "Ed25519" }, false, ["verify"]);
  if (!(await crypto.subtle.verify("Ed25519", key, unhex(sig.signature), bytes))) throw new BundleError("BadSignature", what);
  return sig;
}

/** Decompresses gzip, reading at most `limit` bytes out (a gzip bomb stops there). */
async function gunzip(bytes, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip")).getReader();
  const parts = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.length;
    if (n > limit) {
      await reader.cancel();
      throw new BundleError("SizeMismatch", "decompressed too far");
    }
    parts.push(value);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Canonical JSON (FORMAT.md): keys sorted, no whitespace, null members left out. */
export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).filter((k) => value[k] !== null).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** RFC 7396 JSON merge patch. */
export function mergePatch(target, patch) {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const out = target !== null && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** Opens one encoding of a file or delta, checking the stored and the uncompressed hashes. */
async function open(read, entry) {
  const data = await read(entry.gzip.path);
  if (!data) throw new BundleError("Missing", entry.gzip.path);
  if (data.length !== entry.gzip.size) throw new BundleError("SizeMismatch", entry.gzip.path);
  if ((await sha256(data)) !== entry.gzip.sha256) throw new BundleError("HashMismatch", entry.gzip.path);
  const raw = await gunzip(data, entry.size);
  if (raw.length !== entry.size || (await sha256(raw)) !== entry.sha256) throw new BundleError("HashMismatch", `${entry.gzip.path} (uncompressed)`);
  return JSON.parse(new TextDecoder().decode(raw));
}

/**
 * Verifies a release's key document and signed manifest (steps 1–3 of FORMAT.md), without its
 * files. `read(path)` returns the bytes of a file of the release (or null); `state` is what
 * this client saw before: {lastSeq, lastManifestSha256} for the region, and for the pinned
 * root key (never per region) `keysSeq`, the highest key document seq seen (or the floor the
 * app's page carries), and `revoked`, the ids of publishing keys any key document seen
 * revoked; and `region`, the region id the client asked for (another region's release, however
 * well signed, is refused). Returns the manifest, its hash, and the key document's `keysSeq`
 * and `revoked` ids for the client to remember per root key.
 */
export async function verifyHead(read, rootHex, state = {}) {
  const [keys, keysSig, manifestBytes, manifestSig] = await Promise.all(
    ["keys.json", "keys.json.sig", "manifest.json", "manifest.json.sig"].map(read),
  );
  for (const [name, b] of [["keys.json", keys], ["keys.json.sig", keysSig], ["manifest.json", manifestBytes], ["manifest.json.sig", manifestSig]]) {
    if (!b) throw new BundleError("Missing", name);
  }
  const parse = (bytes, what) => {
    try {
      return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      throw new BundleError("Malformed", what);
    }
  };
  const rootId = await keyId(rootHex);
  const ksig = parse(keysSig, "keys.json.sig");
  if (ksig.key_id !== rootId) throw new BundleError("RootMismatch", "keys.json.sig");
  await checkSignature(rootHex, keys, keysSig, "keys.json");
  const doc = parse(keys, "keys.json");
  if (doc.format_version !== 1) throw new BundleError("UnknownFormat", doc.format_version);
  if (doc.root_key_id !== rootId) throw new BundleError("RootMismatch", "keys.json");
  if (!Number.isSafeInteger(doc.seq) || !Array.isArray(doc.keys)) throw new BundleError("Malformed", "keys.json");
  if (state.keysSeq !== undefined && doc.seq < state.keysSeq) throw new BundleError("KeysRollback", doc.seq);

  const msig = parse(manifestSig, "manifest.json.sig");
  const key = doc.keys.find((k) => k.id === msig.key_id);
  if (!key) throw new BundleError("UnknownKey", msig.key_id);
  if (key.revoked_at || (state.revoked ?? []).includes(key.id)) throw new BundleError("RevokedKey", key.id);
  if ((await keyId(key.public_key)) !== key.id) throw new BundleError("UnknownKey", key.id);
  await checkSignature(key.public_key, manifestBytes, manifestSig, "manifest.json");
  const manifest = parse(manifestBytes, "manifest.json");
  // Version 2 only compresses zstd deltas against their base; this verifier reads gzip, which
  // both versions write alike. The key document is still version 1.
  if (![1, 2, 3].includes(manifest.format_version)) throw new BundleError("UnknownFormat", manifest.format_version);
  if (manifest.key_id !== key.id) throw new BundleError("BadSignature", "manifest.json");
  // Every date must parse: NaN compares false both ways, so an unparseable one would pass
  // every validity check (the Rust reader refuses such a manifest too).
  const date = (value, what) => {
    const ms = typeof value === "string" ? Date.parse(value) : NaN;
    if (!Number.isFinite(ms)) throw new BundleError("Malformed", what);
    return ms;
  };
  const issued = date(manifest.issued_at, "manifest.json issued_at");
  const expires = date(manifest.expires_at, "manifest.json expires_at");
  const notBefore = date(key.not_before, "keys.json not_before");
  const notAfter = key.not_after ? date(key.not_after, "keys.json not_after") : Infinity;
  if (issued < notBefore || issued >= notAfter) throw new BundleError("KeyNotValid", key.id);
  const sha = await sha256(manifestBytes);
  if (state.region !== undefined && manifest.region?.id !== state.region) throw new BundleError("WrongRegion", manifest.region?.id);
  if (state.lastSeq !== undefined) {
    if (manifest.seq < state.lastSeq) throw new BundleError("Rollback", `${manifest.seq} < ${state.lastSeq}`);
    if (manifest.seq === state.lastSeq && sha !== state.lastManifestSha256) throw new BundleError("Equivocation", manifest.seq);
    if (manifest.seq === state.lastSeq + 1 && manifest.prev_manifest_sha256 !== state.lastManifestSha256) throw new BundleError("BrokenChain", manifest.seq);
  }
  const safe = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;
  for (const f of [...manifest.files, ...manifest.deltas]) {
    if (!safe.test(f.gzip.path) || !safe.test(f.zstd.path)) throw new BundleError("Malformed", "unsafe path");
  }
  const revoked = doc.keys.filter((k) => k.revoked_at).map((k) => k.id);
  return { manifest, sha256: sha, keysSeq: doc.seq, revoked, expired: Date.now() > expires };
}

/** The manifest's files a client holding `languages` keeps: `shared/*` and `<lang>/*`. */
export function filesFor(manifest, languages) {
  if (!languages) return manifest.files;
  return manifest.files.filter((f) => f.name.startsWith("shared/") || languages.some((l) => f.name.startsWith(`${l}/`)));
}

/**
 * Verifies a release. `read(path)` returns the bytes of a file of the release (or null);
 * `state` is what this client saw before (see verifyHead).
 * Options: `languages` (only `shared/*` and those languages' files are read; default all),
 * `raw` (files are read uncompressed, by `rawPath(name)`, and checked against the manifest's
 * uncompressed size and hash: a bundle shared phone to phone), `progress(done, total)`.
 */
export async function verifyRelease(read, rootHex, state = {}, options = {}) {
  const head = await verifyHead(read, rootHex, state);
  const files = filesFor(head.manifest, options.languages);
  if (options.languages) {
    for (const lang of options.languages) {
      if (!head.manifest.languages.includes(lang)) throw new BundleError("Missing", `language ${lang}`);
    }
  }
  const contents = {};
  let done = 0;
  for (const file of files) {
    contents[file.name] = options.raw ? await openRaw(read, file) : await open(read, file);
    options.progress?.(++done, files.length);
  }
  return { ...head, contents };
}

/** Where a shared bundle keeps a data file, uncompressed. */
export const rawPath = (name) => `data/${name}.json`;

async function openRaw(read, file) {
  const path = rawPath(file.name);
  const raw = await read(path);
  if (!raw) throw new BundleError("Missing", path);
  if (raw.length !== file.size) throw new BundleError("SizeMismatch", path);
  if ((await sha256(raw)) !== file.sha256) throw new BundleError("HashMismatch", path);
  return JSON.parse(new TextDecoder().decode(raw));
}

/**
 * Applies the release `next`'s delta to the held release `base`; checks every file's hash.
 * With `languages`, only the files a client holding those languages keeps.
 */
export async function applyDelta(read, base, next, languages) {
  const entry = next.manifest.deltas.find((d) => d.from_seq === base.manifest.seq);
  if (!entry) throw new BundleError("NoDelta", base.manifest.seq);
  if (entry.from_manifest_sha256 !== base.sha256) throw new BundleError("WrongBase", entry.from_seq);
  const delta = await open(read, entry);
  if (delta.to_seq !== next.manifest.seq || delta.from_manifest_sha256 !== base.sha256) throw new BundleError("Malformed", "delta");
  const out = {};
  for (const file of filesFor(next.manifest, languages)) {
    const records = { ...(base.contents[file.name] ?? {}) };
    const change = delta.files[file.name] ?? {};
    for (const id of change.deletes ?? []) delete records[id];
    for (const [id, patch] of Object.entries(change.upserts ?? {})) records[id] = mergePatch(records[id] ?? null, patch);
    const bytes = new TextEncoder().encode(canonical(records));
    if (bytes.length !== file.size || (await sha256(bytes)) !== file.sha256) throw new BundleError("HashMismatch", `${file.name} after the delta`);
    out[file.name] = records;
  }
  return out;
}

const MAGIC = "vecino-shared-bundle";

/**
 * One file holding a verified release to pass phone to phone: gzip of a header line
 * ({"format":"vecino-shared-bundle","version":1,"files":[{path,size}]}) and then the files'
 * bytes in that order. `files` maps a path to its bytes.
 */
export async function packShared(files) {
  const entries = Object.entries(files);
  const header = new TextEncoder().encode(
    JSON.stringify({ format: MAGIC, version: 1, files: entries.map(([path, b]) => ({ path, size: b.length })) }) + "\n",
  );
  const stream = new Blob([header, ...entries.map(([, b]) => b)]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Reads a shared file back into path → bytes; refuses anything that is not one. */
export async function unpackShared(bytes, limit = 512 * 1024 * 1024) {
  let data;
  try {
    data = await gunzip(bytes, limit);
  } catch (e) {
    if (e instanceof BundleError) throw e;
    throw new BundleError("Malformed", "not a shared bundle (gzip)");
  }
  const nl = data.indexOf(10);
  let header;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(data.subarray(0, nl)));
  } catch {
    throw new BundleError("Malformed", "not a shared bundle (header)");
  }
  if (nl < 0 || header.format !== MAGIC || !Array.isArray(header.files)) throw new BundleError("Malformed", "not a shared bundle");
  if (header.version !== 1) throw new BundleError("UnknownFormat", header.version);
  const files = {};
  let at = nl + 1;
  for (const { path, size } of header.files) {
    if (typeof path !== "string" || !Number.isSafeInteger(size) || size < 0 || at + size > data.length) throw new BundleError("SizeMismatch", "shared bundle truncated");
    files[path] = data.subarray(at, at + size);
    at += size;
  }
  if (at !== data.length) throw new BundleError("SizeMismatch", "shared bundle has extra bytes");
  return files;
}

async function main() {
  const { readFile } = await import("node:fs/promises");
  const { join } = await import("node:path");
  const [dir, root, baseDir] = process.argv.slice(2);
  const reader = (d) => async (p) => {
    try {
      return new Uint8Array(await readFile(join(d, p)));
    } catch {
      return null;
    }
  };
  try {
    const release = await verifyRelease(reader(dir), root);
    const summary = { ok: true, seq: release.manifest.seq, files: Object.keys(release.contents).length };
    if (baseDir) {
      const base = await verifyRelease(reader(baseDir), root);
      const applied = await applyDelta(reader(dir), base, release);
      summary.delta_from = base.manifest.seq;
      summary.delta_matches = canonical(applied) === canonical(release.contents);
    }
    console.log(JSON.stringify(summary));
  } catch (e) {
    console.log(JSON.stringify({ ok: false, error: e.kind ?? "Error", detail: String(e.message) }));
    process.exit(1);
  }
}

// Run as a script under node; imported as a module in a browser (the offline app), it only exports.
if (typeof process !== "undefined" && import.meta.url === `file://${process.argv[1]}`) await main();
