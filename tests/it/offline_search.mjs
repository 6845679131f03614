// Driver of tests/it/offline_search.rs: loads a bundle release into the offline search engine
// exactly as the server serves it (/offline/search/search.mjs and vecino_search.wasm, over
// HTTP) and answers every request of a JSON list, one JSON answer per request.
//
//   node offline_search.mjs <release dir> <server base URL> <requests.json> <answers.json>
//
// A request is { op: "search" | "suggest", ...params }, or { op: "load-without", id } (loads
// the release again without that listing: what a phone does after a delta that deleted it).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

const [, , dir, base, requestsPath, answersPath] = process.argv;
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
const files = {};
for (const f of manifest.files) {
  files[f.name] = JSON.parse(gunzipSync(readFileSync(join(dir, f.gzip.path))).toString("utf8"));
}

const module = await fetch(`${base}/offline/search/search.mjs`);
const scratch = mkdtempSync(join(tmpdir(), "vecino-search-"));
writeFileSync(join(scratch, "search.mjs"), await module.text());
const { createSearch } = await import(join(scratch, "search.mjs"));
const engine = await createSearch({ wasmUrl: `${base}/offline/search/vecino_search.wasm` });
const loaded = await engine.load(files);

const answers = [];
for (const { op, ...params } of JSON.parse(readFileSync(requestsPath, "utf8"))) {
  try {
    if (op === "load-without") {
      const listings = { ...files["shared/listings"] };
      delete listings[params.id];
      answers.push(await engine.load({ ...files, "shared/listings": listings }));
    } else {
      answers.push(engine[op](params));
    }
  } catch (e) {
    if (!e.problem) throw e;
    answers.push({ problem: e.problem });
  }
}
writeFileSync(answersPath, JSON.stringify({ loaded, answers }));
