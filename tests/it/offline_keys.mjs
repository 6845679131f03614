// Driver of tests/it/offline_keys.rs: what the offline app decides about a release, with the
// app's own trust state (web/offline/trust.mjs) and verifier (crates/bundle/js/verify.mjs),
// for phones in different states.
//
//   node offline_keys.mjs <root key hex> <floor: the page's vecino-keys-floor> <forged dir> <good dir>
//
// Prints one JSON object: case name → {ok, error?, key?}.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { verifyHead } from "../../crates/bundle/js/verify.mjs";
import { keysAfter, parseFloor, stateFor } from "../../web/offline/trust.mjs";

const [, , root, floorMeta, forgedDir, goodDir] = process.argv;
const floor = parseFloor(floorMeta);
const reader = (dir) => async (p) => {
  try {
    return new Uint8Array(await readFile(join(dir, p)));
  } catch {
    return null;
  }
};

async function decide(dir, state) {
  try {
    const head = await verifyHead(reader(dir), root, state);
    return { ok: true, key: head.manifest.key_id, region: head.manifest.region.id, head };
  } catch (e) {
    return { ok: false, error: e.kind ?? String(e) };
  }
}

const out = {};
const keep = (name, r) => {
  const { head, ...rest } = r;
  out[name] = rest;
  return head;
};
// A brand-new phone: no state at all, only the page it installed (a shared file: any region).
keep("new phone with the page's floor", await decide(forgedDir, stateFor({ floor })));
keep("new phone asking for the forged region", await decide(forgedDir, stateFor({ region: "x", floor })));
keep("new phone without a floor", await decide(forgedDir, stateFor({})));
keep("new phone with the page's floor, the current release", await decide(goodDir, stateFor({ region: "all", floor })));
// A phone that holds region "all" (release 2, with the revocation), then receives the forgery
// as a shared file, with no floor in its page (what the old app did: state per region).
const held = keep("phone installing all without a floor", await decide(goodDir, stateFor({ region: "all" })));
const kept = keysAfter(undefined, held);
keep("phone holding all, shared file of another region", await decide(forgedDir, stateFor({ kept })));
console.log(JSON.stringify({ floor, kept, cases: out }));
