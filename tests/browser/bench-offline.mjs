// Benchmark (not a test) of offline search on a promotora's phone: a generated region of
// 10,000 listings in es, en and vi, in headless Chromium with the CPU throttled 4× (CDP
// Emulation.setCPUThrottlingRate), typed one keystroke at a time through the offline engine.
// Prints the bundle's download+parse time, the engine's load (index build) time, and per
// keystroke the median and p95 of engine.suggest, engine.search and both.
//
//   cargo build -p vecino -p vecino-bench
//   node tests/browser/bench-offline.mjs [--services 10000] [--rate 4] [--keep DIR]
//
// It makes a scratch data directory (vecino-bench load: starter content + generated
// services), exports `--region all --langs es,en,vi`, serves it on 127.0.0.1 and drives
// Chromium against /offline/search/ and /bundles/. Never a real directory.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const services = Number(arg("services", "10000"));
const rate = Number(arg("rate", "4"));
const profile = arg("profile", "debug");
const bin = (name) => join(root, "target", profile, name);
const keep = arg("keep");
const data = keep ?? mkdtempSync(join(tmpdir(), "vecino-bench-offline-"));

function run(cmd, args) {
  const started = performance.now();
  const r = spawnSync(cmd, args, { encoding: "utf8", env: { ...process.env, VECINO_DATA_DIR: data } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr}${r.stdout}`);
  return { out: r.stdout + r.stderr, ms: performance.now() - started };
}

if (!keep || spawnSync("test", ["-d", join(data, "bundles/all")]).status !== 0) {
  console.error(`loading ${services} generated services into ${data} …`);
  run(bin("vecino-bench"), ["load", "--data-dir", data, "--services", String(services)]);
  const exported = run(bin("vecino"), ["bundle", "export", "--region", "all", "--langs", "es,en,vi"]);
  console.log(exported.out.trim().split("\n").pop());
}

const port = 18000 + Math.floor(Math.random() * 2000);
const base = `http://127.0.0.1:${port}`;
const server = spawn(bin("vecino"), ["serve", "--addr", `127.0.0.1:${port}`], {
  env: { ...process.env, VECINO_DATA_DIR: data },
  stdio: "ignore",
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (i > 600) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  const wasm = await (await fetch(`${base}/offline/search/vecino_search.wasm`)).arrayBuffer();
  const { gzipSync, zstdCompressSync } = await import("node:zlib");
  const sizes = { raw: wasm.byteLength, gzip: gzipSync(Buffer.from(wasm), { level: 9 }).length };
  if (zstdCompressSync) sizes.zstd = zstdCompressSync(Buffer.from(wasm)).length;
  console.log(`engine: ${JSON.stringify(sizes)} bytes`);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
  const page = await browser.newPage();
  // A same-origin document without a page's Content-Security-Policy, to import the module in.
  await page.goto(`${base}/offline/search/search.mjs`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });

  const queries = {
    es: ["abogado de inmigración", "clases de inglés gratis", "ayuda con la ciudadania", "despensa de comida", "clinica de salud"],
    en: ["immigration lawyer", "free english classes", "citizenship help", "food pantry", "health clinic"],
    vi: ["luật sư di trú", "lớp học tiếng anh", "quốc tịch", "thực phẩm", "phòng khám sức khỏe"],
  };
  const figures = await page.evaluate(async ({ queries }) => {
    const t0 = performance.now();
    const manifest = await (await fetch("/bundles/all/manifest.json")).json();
    const files = {};
    for (const f of manifest.files) {
      const response = await fetch(`/bundles/all/${f.gzip.path}`);
      const text = await new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).text();
      files[f.name] = JSON.parse(text);
    }
    const fetched = performance.now() - t0;
    const { createSearch } = await import("/offline/search/search.mjs");
    const t1 = performance.now();
    const engine = await createSearch();
    const instantiated = performance.now() - t1;
    const t2 = performance.now();
    const loaded = await engine.load(files);
    const load = performance.now() - t2;
    const suggest = [], search = [], both = [];
    for (const [lang, list] of Object.entries(queries)) {
      for (const q of list) {
        for (let i = 1; i <= q.length; i++) {
          const typed = q.slice(0, i);
          if (!typed.trim()) continue;
          const a = performance.now();
          engine.suggest({ q: typed, lang });
          const b = performance.now();
          engine.search({ q: typed, lang, per_page: 10 });
          const c = performance.now();
          suggest.push(b - a);
          search.push(c - b);
          both.push(c - a);
        }
      }
    }
    return { fetched, instantiated, load, records: loaded.records, suggest, search, both };
  }, { queries });
  await browser.close();
  const stat = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
    return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms`;
  };
  console.log(`CPU throttled ${rate}×, ${figures.records} records indexed`);
  console.log(`download + gunzip + parse: ${figures.fetched.toFixed(0)} ms; instantiate: ${figures.instantiated.toFixed(0)} ms; load (index build): ${figures.load.toFixed(0)} ms`);
  console.log(`per keystroke (${figures.both.length} keystrokes): suggest ${stat(figures.suggest)}`);
  console.log(`per keystroke: search ${stat(figures.search)}`);
  console.log(`per keystroke: suggest + search ${stat(figures.both)}`);
} finally {
  server.kill();
  if (!keep) rmSync(data, { recursive: true, force: true });
}
