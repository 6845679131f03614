// Benchmark (not a test) of offline search on a promotora's phone: a generated region of
// 10,000 listings in es, en and vi, in headless Chromium with the CPU throttled 4× (CDP
// Emulation.setCPUThrottlingRate), typed one keystroke at a time through the offline engine.
// Prints the bundle's download+parse time, the engine's load (index build) time, saving the
// index (snapshot + SHA-256) and reopening it (SHA-256 check + restore), and per keystroke the
// median and p95 of engine.suggest, engine.search and both.
// Then the app itself (/offline/, engine in its worker): the region installed, the time from
// opening the app (a reload at #/search?q=…) to the first search answer, with the saved index
// and with it deleted (so built from the records), alternately, --runs times each; medians.
//
//   cargo build -p vecino -p vecino-bench
//   node tests/browser/bench-offline.mjs [--services 10000] [--rate 4] [--runs 5] [--keep DIR]
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
const runs = Number(arg("runs", "5"));
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
    // What the app's worker does after a build, and at the next opening instead of one.
    const { sha256Hex } = await import("/offline/search/search.mjs");
    const probe = { q: "abogado de inmigración", lang: "es", per_page: 10 };
    const before = JSON.stringify(engine.search(probe));
    const t3 = performance.now();
    const saved = engine.save();
    const sha256 = await sha256Hex(saved);
    const save = performance.now() - t3;
    const t4 = performance.now();
    if ((await sha256Hex(saved)) !== sha256) throw new Error("hash");
    const restored = engine.restore(saved, {});
    const restore = performance.now() - t4;
    if (restored.records !== loaded.records || JSON.stringify(engine.search(probe)) !== before) throw new Error("the restored index answers otherwise");
    const savedBytes = saved.length;
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
    return { fetched, instantiated, load, save, restore, savedBytes, records: loaded.records, suggest, search, both };
  }, { queries });

  // The app: install the region (not throttled), then open it again and again (throttled).
  const context = await browser.newContext();
  await context.addInitScript(() => {
    // When the first answer shows (#search-status gets data-ms), since the page's navigation.
    // And when the app has read the release from IndexedDB and shown its first view.
    new MutationObserver(() => {
      if (window.readyMs === undefined && document.body?.dataset.ready === "true") window.readyMs = performance.now();
      if (window.firstAnswerMs === undefined && document.getElementById("search-status")?.dataset.ms !== undefined) {
        window.firstAnswerMs = performance.now();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-ms", "data-ready"] });
  });
  const app = await context.newPage();
  await app.goto(`${base}/offline/?lang=es`);
  await app.waitForSelector("body[data-ready=true]");
  for (const l of ["es", "en", "vi"]) await app.check(`#langs input[value="${l}"]`);
  await app.click("#download");
  await app.waitForSelector("#held", { timeout: 600000 });
  await app.waitForSelector("body[data-search-index-saved]", { timeout: 600000 });
  const appCdp = await context.newCDPSession(app);
  await appCdp.send("Emulation.setCPUThrottlingRate", { rate });
  const dropSaved = () =>
    app.evaluate(async () => {
      const db = await new Promise((ok, no) => {
        const r = indexedDB.open("vecino-offline-index", 1);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      await new Promise((ok, no) => {
        const tx = db.transaction("index", "readwrite");
        tx.objectStore("index").clear();
        tx.oncomplete = ok;
        tx.onerror = () => no(tx.error);
      });
      db.close();
    });
  async function openToAnswer(q) {
    await app.evaluate((q) => (location.hash = `#/search?q=${encodeURIComponent(q)}`), q);
    await app.reload();
    await app.waitForFunction(() => window.firstAnswerMs !== undefined, null, { timeout: 600000, polling: 100 });
    return app.evaluate(() => ({ ms: window.firstAnswerMs, ready: window.readyMs, index: document.body.dataset.searchIndex, results: document.querySelectorAll("#results li").length }));
  }
  const opened = { saved: [], built: [], ready: [] };
  for (let i = 0; i < runs; i++) {
    const q = queries.es[i % queries.es.length];
    const s = await openToAnswer(q);
    if (s.index !== "saved" || !s.results) throw new Error(`expected the saved index: ${JSON.stringify(s)}`);
    opened.saved.push(s.ms);
    opened.ready.push(s.ready);
    await dropSaved();
    const b = await openToAnswer(q);
    if (b.index !== "built" || b.results !== s.results) throw new Error(`expected a built index: ${JSON.stringify(b)}`);
    opened.built.push(b.ms);
    opened.ready.push(b.ready);
    // Its index saved again before the next opening.
    await app.waitForSelector("body[data-search-index-saved]", { timeout: 600000 });
  }
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
  console.log(`saved index: ${(figures.savedBytes / 1e6).toFixed(1)} MB; save (snapshot + SHA-256): ${figures.save.toFixed(0)} ms; reopen (SHA-256 check + restore): ${figures.restore.toFixed(0)} ms, vs build ${figures.load.toFixed(0)} ms`);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const list = (xs) => xs.map((x) => x.toFixed(0)).join(" ");
  console.log(`app, opening to the first search answer (CPU ${rate}× on the page, ${runs} runs each): saved index median ${median(opened.saved).toFixed(0)} ms (${list(opened.saved)}); built median ${median(opened.built).toFixed(0)} ms (${list(opened.built)}); ${(median(opened.built) / median(opened.saved)).toFixed(1)}× faster; the app's first view (the release read from IndexedDB) came at a median ${median(opened.ready).toFixed(0)} ms`);
} finally {
  server.kill();
  if (!keep) rmSync(data, { recursive: true, force: true });
}
