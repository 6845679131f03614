//! The offline app's release state machine with a fake verifier (fake-verify.mjs) and
//! in-memory storage and network: what a download keeps once it verified (and that nothing is
//! kept when it did not), an update's three answers (current, a delta, the whole release when
//! the delta does not apply), the conflict flag across releases, and a shared file's round
//! trip. Run by tests/it/offline_app.rs; the real verifier's checks are tested with real
//! bundles in tests/it/offline*.rs.

import { test } from "node:test";
import assert from "node:assert/strict";
import { fakeFetch, memoryDb, testState, useVerifier } from "./support.mjs";

useVerifier("fake");
const { BundleError, filesFor, packShared } = await import("./fake-verify.mjs");
const { installFull, keepRelease, update, removeHeld } = await import("../releases.mjs");
const { importShared, sharedFiles, sharedName } = await import("../share.mjs");

const enc = (v) => new TextEncoder().encode(typeof v === "string" ? v : JSON.stringify(v));
const BASE = "/bundles/ohio/";

/** A release `seq` of region ohio: its manifest, head files and records (English, Spanish). */
function release(seq, extra = {}) {
  const files = [
    { name: "shared/listings", gzip: { path: `r${seq}/shared-listings.json.gz`, size: 3 } },
    { name: "en/ui", gzip: { path: `r${seq}/en-ui.json.gz`, size: 2 } },
    { name: "es/ui", gzip: { path: `r${seq}/es-ui.json.gz`, size: 2 } },
  ];
  const manifest = { seq, region: { id: "ohio", spec: "Ohio" }, languages: ["en", "es"], issued_at: "2026-12-01T00:00:00Z", expires_at: "2027-01-01T00:00:00Z", files, deltas: [], ...extra };
  const contents = { "shared/listings": { a: { slug: `listing-${seq}` } }, "en/ui": { hello: "Hello" }, "es/ui": { hello: "Hola" } };
  return { manifest, sha256: `sha${seq}`, keysSeq: 1, revoked: [], contents };
}

/** The server's answer for release `r`: `changes` naming its head, and its files. */
function served(r, changes = {}) {
  const s = r.manifest.seq;
  const routes = {
    [`${BASE}changes`]: { status: "full", manifest: `r${s}/manifest.json`, signature: `r${s}/manifest.json.sig`, keys: `r${s}/keys.json`, keys_signature: `r${s}/keys.json.sig`, ...changes },
    [`${BASE}r${s}/manifest.json`]: enc(r.manifest),
    [`${BASE}r${s}/manifest.json.sig`]: enc("sig"),
    [`${BASE}r${s}/keys.json`]: enc({ seq: 1 }),
    [`${BASE}r${s}/keys.json.sig`]: enc("ksig"),
  };
  for (const f of r.manifest.files) routes[BASE + f.gzip.path] = enc("xyz").slice(0, f.gzip.size);
  return routes;
}

/** The fake verifier: heads verify as `r` (or throw `refuse`); files as `r`'s records. */
function verifierFor(r, { refuse, delta } = {}) {
  const calls = { head: [], release: [], delta: 0 };
  globalThis.fakeVerify = {
    async verifyHead(read, root, trust) {
      calls.head.push({ root, trust, manifest: await read("manifest.json") });
      if (refuse) throw refuse;
      return { manifest: r.manifest, sha256: r.sha256, keysSeq: 1, revoked: [] };
    },
    async verifyRelease(read, root, trust, options) {
      calls.release.push(options);
      if (refuse) throw refuse;
      const contents = {};
      for (const f of filesFor(r.manifest, options.languages)) {
        if (!(await read(options.raw ? `data/${f.name}.json` : f.gzip.path))) throw new BundleError("Missing", f.name);
        contents[f.name] = structuredClone(r.contents[f.name]);
      }
      return { manifest: r.manifest, sha256: r.sha256, keysSeq: 1, revoked: [], contents };
    },
    async applyDelta() {
      calls.delta++;
      if (delta instanceof Error) throw delta;
      return structuredClone(r.contents);
    },
  };
  return calls;
}

async function phone(routes) {
  const db = memoryDb();
  const net = fakeFetch(routes);
  const state = await testState({ db, fetch: net.fetch });
  return { db, net, state };
}

test("a download is kept, with what was seen, only once it verified", async () => {
  const r1 = release(1);
  const { db, state } = await phone(served(r1));
  const calls = verifierFor(r1);
  const progress = [];
  assert.equal(await installFull(state, "ohio", ["es"], { set: (d, t) => progress.push([d, t]) }), 1);
  assert.equal(calls.head[0].root, state.root, "verified against the pinned key");
  assert.deepEqual(calls.release[0], { languages: ["es"] });
  assert.equal(state.held.seq, 1);
  assert.equal(state.held.root, state.root);
  assert.deepEqual(state.held.languages, ["es"]);
  assert.equal((await db.get("held", "ohio")).sha256, "sha1");
  assert.deepEqual(await db.get("seen", "ohio"), { seq: 1, sha256: "sha1", keysSeq: 1, conflict: undefined });
  assert.equal(await db.get("prefs", "current"), "ohio");
  assert.ok(db.indexDrops >= 1 && state.engine.drops >= 1 && state.engine.loads === 1, "the old index goes, the new one is built");
  assert.deepEqual(progress.at(-1), [5, 5], "shared and Spanish files only: 3 + 2 bytes");

  // Refused: nothing kept, nothing changed.
  const { db: db2, state: state2 } = await phone(served(r1));
  verifierFor(r1, { refuse: new BundleError("BadSignature", "manifest") });
  await assert.rejects(installFull(state2, "ohio", ["en"]), (e) => e.kind === "BadSignature");
  assert.equal(state2.held, null);
  assert.equal(db2.stores.held.size + db2.stores.seen.size + db2.stores.prefs.size, 0);
});

test("an update: current, a delta, or the whole release when the delta does not apply", async () => {
  const r1 = release(1);
  const r2 = release(2, { deltas: [{ from_seq: 1, gzip: { path: "r2/delta-1.json.gz", size: 4 } }] });
  const routes = { ...served(r2, { status: "delta", delta: "r2/delta-1.json.gz" }), [`${BASE}r2/delta-1.json.gz`]: enc("dddd") };
  const { state, net } = await phone({ ...routes, [`${BASE}changes?since=1`]: { status: "current", manifest_sha256: "sha1" } });
  verifierFor(r1);
  state.fetch = fakeFetch(served(r1)).fetch;
  await installFull(state, "ohio", ["en", "es"]);

  // The server says current, for the same release: nothing else asked.
  state.fetch = net.fetch;
  assert.deepEqual(await update(state), { status: "current" });
  assert.deepEqual(net.asked, [`${BASE}changes?since=1`]);

  // A delta that applies.
  const withDelta = fakeFetch({ ...routes, [`${BASE}changes?since=1`]: routes[`${BASE}changes`] });
  state.fetch = withDelta.fetch;
  let calls = verifierFor(r2);
  assert.deepEqual(await update(state), { status: "delta", seq: 2, bytes: 4 });
  assert.equal(calls.delta, 1);
  assert.equal(state.held.seq, 2);
  assert.ok(!withDelta.asked.some((u) => u.endsWith("shared-listings.json.gz")), "no whole file fetched");

  // A delta that does not apply: the whole release, saying so.
  state.strings = { "offline-delta-refused": "The changes did not apply; the whole release was downloaded." };
  const r3 = release(3, { deltas: [{ from_seq: 2, gzip: { path: "r3/delta-2.json.gz", size: 4 } }] });
  const routes3 = { ...served(r3, { status: "delta", delta: "r3/delta-2.json.gz" }), [`${BASE}r3/delta-2.json.gz`]: enc("dddd") };
  state.fetch = fakeFetch({ ...routes3, [`${BASE}changes?since=2`]: routes3[`${BASE}changes`] }).fetch;
  calls = verifierFor(r3, { delta: new BundleError("HashMismatch", "after the delta") });
  const answer = await update(state);
  assert.equal(answer.status, "full");
  assert.equal(answer.seq, 3);
  assert.match(answer.deltaRefused, /did not apply/);
  assert.equal(calls.release.length, 1, "the whole release verified");
  assert.equal(state.held.seq, 3);
});

test("an equivocation stays flagged until a newer release than the contested one is held", async () => {
  const { db, state } = await phone({});
  await db.put("seen", "ohio", { seq: 4, sha256: "sha4", conflict: 4 });
  const head = (seq) => ({ manifest: release(seq).manifest, sha256: `sha${seq}`, keysSeq: 1, revoked: [] });
  await keepRelease(state, "ohio", {}, head(4), {}, ["en"]);
  assert.equal(state.seen.conflict, 4, "the contested release again: still flagged");
  await keepRelease(state, "ohio", {}, head(5), {}, ["en"]);
  assert.equal(state.seen.conflict, undefined, "a newer one: cleared");
  assert.equal((await db.get("seen", "ohio")).conflict, undefined);
});

test("a shared file carries the held release and is verified and kept on another phone", async () => {
  const r1 = release(1);
  const sender = await phone(served(r1));
  verifierFor(r1);
  await installFull(sender.state, "ohio", ["es"]);
  const files = sharedFiles(sender.state.held);
  assert.deepEqual(Object.keys(files).sort(), ["data/es/ui.json", "data/shared/listings.json", "keys.json", "keys.json.sig", "manifest.json", "manifest.json.sig"]);
  assert.equal(sharedName(sender.state.held), "vecino-ohio-r1.vecino");
  const bytes = await packShared(files);

  const receiver = await phone({});
  const calls = verifierFor(r1);
  let region = null;
  const { languages } = await importShared(receiver.state, bytes, (r) => (region = r));
  assert.equal(region, "ohio");
  assert.deepEqual(languages, ["es"], "the languages the file carries");
  assert.deepEqual(calls.release[0], { languages: ["es"], raw: true });
  assert.equal(receiver.state.held.seq, 1);
  assert.equal((await receiver.db.get("held", "ohio")).root, receiver.state.root);

  // Refused on import: nothing kept.
  const third = await phone({});
  verifierFor(r1, { refuse: new BundleError("RevokedKey", "k1") });
  await assert.rejects(importShared(third.state, bytes), (e) => e.kind === "RevokedKey");
  assert.equal(third.db.stores.held.size, 0);
  await assert.rejects(importShared(third.state, enc("not a shared file")), (e) => e.kind === "Malformed");

  // Removing the held release keeps what was seen.
  await removeHeld(receiver.state);
  assert.equal(receiver.state.held, null);
  assert.equal(await receiver.db.get("prefs", "current"), undefined);
  assert.equal((await receiver.db.get("seen", "ohio")).seq, 1);
});
