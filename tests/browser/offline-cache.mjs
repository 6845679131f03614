// What the offline app costs a phone on data, in a real headless Chromium (started by
// tests/it/offline.rs and tests/it/first_run.rs). Every response the page, its worker and its
// service worker receive from the network, as far as Chromium reports it, is counted with its
// body's bytes on the wire (for the figures; a service worker's requests at its start can go
// unreported, so the test also reads the server's answers at each "STEP").
//
// node offline-cache.mjs cache <base url> <fixtures.json>
//   Opens the app, downloads the region, searches; opens it again online: the search engine
//   (7 MB) is not downloaded again, nor any file of the app; airplane mode: it still opens and
//   searches. Then the server's app changes (the test pins another root key, answering
//   "STEP new-key"): the next opening updates the app by itself, asking for each file with the
//   ETag it holds, so only what changed is downloaded (not the engine).
// node offline-cache.mjs appears <base url>
//   Opens the app while no bundle is published: it says it is checking again; the test then
//   publishes release 1 (answering "STEP publish"), and the region appears by itself.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

const [mode, ...args] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};
async function step(name) {
  console.log(`STEP ${name}`);
  const { value } = await lines.next();
  if (value !== "ok") throw new Error(`step ${name}: ${value}`);
}

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });

/** A phone whose every network response is logged as {path, status, bytes, by}. */
async function phone(origin) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const log = [];
  context.on("requestfinished", async (request) => {
    const response = await request.response();
    if (!response || response.fromServiceWorker()) return; // answered by the service worker
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    const sizes = await request.sizes().catch(() => ({ responseBodySize: 0 }));
    log.push({ path: url.pathname, status: response.status(), bytes: sizes.responseBodySize, by: request.serviceWorker() ? "sw" : "page" });
  });
  return { context, log };
}

/** Polls `fn` in the page (which may reload meanwhile) until it is true. */
async function until(page, fn, arg, what, ms = 60000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await page.evaluate(fn, arg)) return true;
    } catch {}
    if (Date.now() > end) {
      check(false, `waited in vain for: ${what}`);
      return false;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

const WASM = "/offline/search/vecino_search.wasm";
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sum = (entries) => entries.reduce((n, e) => n + e.bytes, 0);
const describe = (entries) => entries.map((e) => `${e.by} ${e.path} ${e.status} ${e.bytes}`).join("; ");

async function searchFinds(page, q) {
  await page.evaluate((q) => (location.hash = `#/search?q=${encodeURIComponent(q)}`), q);
  await page.waitForFunction(() => document.getElementById("search-status")?.dataset.ms !== undefined, null, { timeout: 120000 });
  return page.locator("#results li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
}

if (mode === "cache") {
  const [base, fixturesPath] = args;
  const fx = JSON.parse(readFileSync(fixturesPath, "utf8"));
  const origin = new URL(base).origin;
  const { context, log } = await phone(origin);

  // First opening: the service worker installs the app and the engine; she downloads her region.
  let page = await context.newPage();
  await page.goto(`${base}/offline/?lang=es`);
  await page.waitForSelector("body[data-ready=true]");
  await until(page, () => Boolean(navigator.serviceWorker.controller), null, "the service worker is in charge");
  await page.check('#langs input[value="es"]');
  await page.click("#download");
  await page.waitForSelector("#held", { timeout: 60000 });
  const first = await searchFinds(page, "ciudadania");
  check(first.includes("#/guide/citizenship"), `first opening: search works (${first.slice(0, 3).join(" ")})`);
  const wasmFirst = log.filter((e) => e.path === WASM && e.bytes > 0);
  check(wasmFirst.length === 1, `first opening: the engine is downloaded once (${describe(wasmFirst)})`);
  check(sum(wasmFirst) < 4 * 1024 * 1024, `first opening: the engine comes gzipped, under 4 MB on the wire (${kb(sum(wasmFirst))})`);
  console.log(`     first opening: ${log.length} responses, ${kb(sum(log))} (engine ${kb(sum(wasmFirst))}, with the region)`);
  await page.waitForSelector("body[data-search-index-saved]", { timeout: 120000 });
  await page.close();
  await step("first-opened"); // the test reads what the server sent

  // Second opening, online: nothing of the app or the engine is downloaded again.
  const before = log.length;
  page = await context.newPage();
  await page.goto(`${base}/offline/?lang=es`);
  await page.waitForSelector("body[data-ready=true]");
  const second = await searchFinds(page, "ciudadania");
  check(second.includes("#/guide/citizenship"), "second opening: search works");
  await new Promise((r) => setTimeout(r, 1000)); // let the browser's check of sw.js finish
  const again = log.slice(before);
  const engineAgain = again.filter((e) => e.path.startsWith("/offline/search/"));
  check(engineAgain.every((e) => e.bytes === 0), `second opening: the engine is not downloaded again (${describe(engineAgain) || "not asked for"})`);
  const appAgain = again.filter((e) => e.path.startsWith("/offline/") && e.bytes > 0 && !e.path.startsWith("/offline/strings/"));
  check(appAgain.length === 0, `second opening: no file of the app is downloaded again (${describe(appAgain) || "none"})`);
  console.log(`     second opening online: ${again.length} responses, ${kb(sum(again))} on the wire (${describe(again)})`);
  check(sum(again) < 20 * 1024, `second opening: under 20 KB on the wire (${kb(sum(again))})`);
  await step("second-opened");

  // Airplane mode: the app still opens and searches.
  await context.setOffline(true);
  await page.evaluate(() => (location.hash = "#/"));
  await page.reload();
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  check((await page.locator("#held").count()) === 1, "airplane mode: the app opens with the bundle");
  const offline = await searchFinds(page, "abogado");
  check(offline.length > 0, `airplane mode: search works (${offline.slice(0, 3).join(" ")})`);
  await context.setOffline(false);
  await page.close();

  // The server's app changes (another pinned key): the next opening updates it by itself and
  // downloads only what changed.
  await step("new-key");
  const beforeUpdate = log.length;
  page = await context.newPage();
  await page.goto(`${base}/offline/?lang=es`);
  const updated = await until(page, (key) => document.querySelector('meta[name="vecino-root-key"]')?.content === key, fx.new_key, "the updated app");
  check(updated, "the next opening updates the app by itself (the new pinned key is in use)");
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  const update = log.slice(beforeUpdate);
  const wasmUpdate = update.filter((e) => e.path === WASM);
  check(wasmUpdate.every((e) => e.status === 304 && e.bytes === 0), `the update does not download the unchanged engine (${describe(wasmUpdate) || "not seen here: the test reads the server's answers"})`);
  const shell = update.filter((e) => e.path === "/offline/" && e.status === 200 && e.by === "sw");
  check(shell.length > 0, "the changed page is downloaded by the update");
  console.log(`     update: ${update.length} responses, ${kb(sum(update))} on the wire`);
  await step("updated");
  await context.close();
} else if (mode === "appears") {
  const [base] = args;
  const { context } = await phone(new URL(base).origin);
  const page = await context.newPage();
  await page.goto(`${base}/offline/?lang=es`);
  await page.waitForSelector("body[data-ready=true]");
  const early = await page.locator("#checking, #region").first().getAttribute("id", { timeout: 15000 });
  const checking = early === "checking" ? await page.locator("#checking").textContent() : "";
  check(early === "checking" && checking.length > 5 && !checking.includes("offline-"), `opened before any bundle is published, the app says it is checking (${early}: ${checking})`);
  await step("publish"); // the test publishes release 1 while the page stays open
  await page.waitForSelector("#region", { timeout: 120000 });
  const regions = await page.locator("#region option").evaluateAll((os) => os.map((o) => o.value));
  check(regions.includes("all") && (await page.locator("#checking").count()) === 0, `the region appears by itself once published (${regions.join(" ")})`);
  await page.check('#langs input[value="es"]');
  await page.click("#download");
  await page.waitForSelector("#held", { timeout: 120000 });
  check(true, "and it downloads and verifies");
  await context.close();
} else {
  throw new Error(`unknown mode ${mode}`);
}

await browser.close();
if (failures.length) {
  console.log(`offline-cache: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("offline-cache: all checks passed");
process.exit(0); // stdin (for the steps) would keep node running
