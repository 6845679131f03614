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

class BundleError extends Error {
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

async function gunzip(bytes, limit) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  const out = new Uint8Array(await new Response(stream).arrayBuffer());
  if (out.length > limit) throw new BundleError("SizeMismatch", "decompressed too far");
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
 * Verifies a release. `read(path)` returns the bytes of a file of the release (or null);
 * `state` is what this client saw before: {lastSeq, lastManifestSha256, keysSeq}.
 */
export async function verifyRelease(read, rootHex, state = {}) {
  const [keys, keysSig, manifestBytes, manifestSig] = await Promise.all(
    ["keys.json", "keys.json.sig", "manifest.json", "manifest.json.sig"].map(read),
  );
  for (const [name, b] of [["keys.json", keys], ["keys.json.sig", keysSig], ["manifest.json", manifestBytes], ["manifest.json.sig", manifestSig]]) {
    if (!b) throw new BundleError("Missing", name);
  }
  const rootId = await keyId(rootHex);
  const ksig = JSON.parse(new TextDecoder().decode(keysSig));
  if (ksig.key_id !== rootId) throw new BundleError("RootMismatch", "keys.json.sig");
  await checkSignature(rootHex, keys, keysSig, "keys.json");
  const doc = JSON.parse(new TextDecoder().decode(keys));
  if (doc.format_version !== 1) throw new BundleError("UnknownFormat", doc.format_version);
  if (doc.root_key_id !== rootId) throw new BundleError("RootMismatch", "keys.json");
  if (state.keysSeq !== undefined && doc.seq < state.keysSeq) throw new BundleError("KeysRollback", doc.seq);

  const msig = JSON.parse(new TextDecoder().decode(manifestSig));
  const key = doc.keys.find((k) => k.id === msig.key_id);
  if (!key) throw new BundleError("UnknownKey", msig.key_id);
  if (key.revoked_at) throw new BundleError("RevokedKey", key.id);
  if ((await keyId(key.public_key)) !== key.id) throw new BundleError("UnknownKey", key.id);
  await checkSignature(key.public_key, manifestBytes, manifestSig, "manifest.json");
  const manifest = JSON.parse(new TextDecoder().decode(manifestBytes));
  if (manifest.format_version !== 1) throw new BundleError("UnknownFormat", manifest.format_version);
  if (manifest.key_id !== key.id) throw new BundleError("BadSignature", "manifest.json");
  const issued = Date.parse(manifest.issued_at);
  if (issued < Date.parse(key.not_before) || (key.not_after && issued >= Date.parse(key.not_after))) throw new BundleError("KeyNotValid", key.id);
  const sha = await sha256(manifestBytes);
  if (state.lastSeq !== undefined) {
    if (manifest.seq < state.lastSeq) throw new BundleError("Rollback", `${manifest.seq} < ${state.lastSeq}`);
    if (manifest.seq === state.lastSeq && sha !== state.lastManifestSha256) throw new BundleError("Equivocation", manifest.seq);
    if (manifest.seq === state.lastSeq + 1 && manifest.prev_manifest_sha256 !== state.lastManifestSha256) throw new BundleError("BrokenChain", manifest.seq);
  }
  const safe = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;
  for (const f of [...manifest.files, ...manifest.deltas]) {
    if (!safe.test(f.gzip.path) || !safe.test(f.zstd.path)) throw new BundleError("Malformed", "unsafe path");
  }
  const contents = {};
  for (const file of manifest.files) contents[file.name] = await open(read, file);
  return { manifest, sha256: sha, expired: Date.now() > Date.parse(manifest.expires_at), contents };
}

/** Applies the release `next`'s delta to the held release `base`; checks every file's hash. */
export async function applyDelta(read, base, next) {
  const entry = next.manifest.deltas.find((d) => d.from_seq === base.manifest.seq);
  if (!entry) throw new BundleError("NoDelta", base.manifest.seq);
  if (entry.from_manifest_sha256 !== base.sha256) throw new BundleError("WrongBase", entry.from_seq);
  const delta = await open(read, entry);
  if (delta.to_seq !== next.manifest.seq || delta.from_manifest_sha256 !== base.sha256) throw new BundleError("Malformed", "delta");
  const out = {};
  for (const file of next.manifest.files) {
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

if (import.meta.url === `file://${process.argv[1]}`) await main();
