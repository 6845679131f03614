// The offline app (/offline/) in a real headless Chromium: install a region from the server,
// work in airplane mode, update by a delta, share to a second phone, and refuse every
// tampering with nothing stored.
// Usage: node offline.mjs <base url> <screenshot dir> <fixtures.json>
// Started by tests/it/offline.rs, which prepares the fixtures (other releases, other keys) and
// answers "STEP <name>" lines on stdin (it edits content and exports a new release).
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { gzipSync, gunzipSync } from "node:zlib";

const [base, shots, fixturesPath] = process.argv.slice(2);
const fx = JSON.parse(readFileSync(fixturesPath, "utf8"));
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
mkdirSync(shots, { recursive: true });
const origin = new URL(base).origin;
const region = fx.region;

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
async function step(name) {
  console.log(`STEP ${name}`);
  const { value } = await lines.next();
  if (value !== "ok") throw new Error(`step ${name}: ${value}`);
}

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const outside = [];

async function newContext() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, acceptDownloads: true });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:")) return route.fallback();
    outside.push(url);
    return route.abort();
  });
  return context;
}

async function openApp(context, lang = "es") {
  const page = await context.newPage();
  page.on("pageerror", (e) => console.log(`     page error: ${e.message}`));
  await page.goto(`${base}/offline/?lang=${lang}`);
  await page.waitForSelector("body[data-ready=true]");
  return page;
}

/** What this phone holds for the region: {seq, sha256, files} or null; and what it saw. */
async function held(page) {
  return page.evaluate(async (region) => {
    const db = await new Promise((ok, no) => {
      const r = indexedDB.open("vecino-offline", 1);
      r.onupgradeneeded = () => {
        r.result.createObjectStore("held");
        r.result.createObjectStore("seen");
        r.result.createObjectStore("prefs");
      };
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const get = (store) => new Promise((ok) => {
      const r = db.transaction(store).objectStore(store).get(region);
      r.onsuccess = () => ok(r.result ?? null);
    });
    const h = await get("held");
    const s = await get("seen");
    db.close();
    return { held: h && { seq: h.seq, sha256: h.sha256, files: Object.keys(h.contents).sort(), languages: h.languages }, seen: s };
  }, region);
}

/** The saved search index's entries (their bytes' length, not the bytes). */
async function savedIndex(page) {
  return page.evaluate(async () => {
    const db = await new Promise((ok, no) => {
      const r = indexedDB.open("vecino-offline-index", 1);
      r.onupgradeneeded = () => r.result.createObjectStore("index");
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const all = await new Promise((ok) => {
      const r = db.transaction("index").objectStore("index").getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return all.map((e) => ({ release: e.release, engine: e.engine, sha256: e.sha256, bytes: e.bytes.byteLength, records: e.records }));
  });
}

/**
 * Changes the saved search index as a damaged disk or another app version would: "flip" a byte
 * (its hash no longer matches), "truncate" it with a hash that matches, or say it was built by
 * another engine build ("engine") or from another release ("release"); "drop" deletes it.
 */
async function tamperSavedIndex(page, how) {
  await page.evaluate(async (how) => {
    const db = await new Promise((ok, no) => {
      const r = indexedDB.open("vecino-offline-index", 1);
      r.onupgradeneeded = () => r.result.createObjectStore("index");
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const entry = await new Promise((ok) => {
      const r = db.transaction("index").objectStore("index").get("current");
      r.onsuccess = () => ok(r.result);
    });
    const hex = (b) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");
    if (entry && how === "flip") {
      const bytes = new Uint8Array(entry.bytes.slice(0));
      bytes[bytes.length >> 1] ^= 0x10;
      entry.bytes = bytes.buffer;
    } else if (entry && how === "truncate") {
      entry.bytes = entry.bytes.slice(0, entry.bytes.byteLength >> 1);
      entry.sha256 = hex(await crypto.subtle.digest("SHA-256", entry.bytes));
    } else if (entry && how === "engine") entry.engine = "0".repeat(64);
    else if (entry && how === "release") entry.release = "0".repeat(64);
    await new Promise((ok, no) => {
      const tx = db.transaction("index", "readwrite");
      if (how === "drop") tx.objectStore("index").clear();
      else if (entry) tx.objectStore("index").put(entry, "current");
      tx.oncomplete = ok;
      tx.onerror = () => no(tx.error);
    });
    db.close();
  }, how);
}

/** Opens the app anew and waits for its search engine: how it got its index, and its size. */
async function reopen(page) {
  await page.evaluate(() => (location.hash = "#/"));
  await page.reload();
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  await page.waitForSelector("body[data-search-index]", { timeout: 60000 });
  return page.evaluate(() => ({ index: document.body.dataset.searchIndex, records: Number(document.body.dataset.searchRecords) }));
}

/** What a search shows: each result's link and text. */
async function searchIn(page, q) {
  await page.evaluate((q) => {
    document.getElementById("results")?.setAttribute("data-old", "");
    location.hash = `#/search?q=${encodeURIComponent(q)}`;
  }, q);
  await page.waitForFunction(() => {
    const status = document.getElementById("search-status");
    const list = document.getElementById("results");
    return status && list && !list.hasAttribute("data-old") && status.dataset.ms !== undefined;
  }, null, { timeout: 60000 });
  return page.locator("#results li").evaluateAll((items) => items.map((li) => `${li.querySelector("a")?.getAttribute("href") ?? ""} ${li.textContent}`));
}

async function axe(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of bad) console.log(`     ${name}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  check(result.passes.length > 10 && bad.length === 0, `axe: no serious or critical violation on ${name} (${result.passes.length} rules passed)`);
}

/** The home page, loaded anew (no message left from before). */
async function fresh(p) {
  await p.goto(`${base}/offline/?lang=es#/`);
  await p.reload();
  await p.waitForSelector("body[data-ready=true]");
}

/** A shared file's entries (FORMAT.md, "Shared file"), and back. */
function unpack(bytes) {
  const data = gunzipSync(bytes);
  const nl = data.indexOf(10);
  const header = JSON.parse(data.subarray(0, nl).toString());
  const out = new Map();
  let at = nl + 1;
  for (const { path, size } of header.files) {
    out.set(path, data.subarray(at, at + size));
    at += size;
  }
  return out;
}
function pack(files) {
  const header = JSON.stringify({ format: "vecino-shared-bundle", version: 1, files: [...files].map(([path, b]) => ({ path, size: b.length })) });
  return gzipSync(Buffer.concat([Buffer.from(header + "\n"), ...files.values()]));
}

const banner = (page) => page.locator("#banners .banner").first().textContent({ timeout: 15000 });

/** Serves files of another directory under /bundles/<region>/mirror/… and points `changes` at them. */
async function mirror(context, files) {
  await context.route(`${origin}/bundles/${region}/changes**`, (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify({ region, status: "full", seq: 0, manifest: "mirror/manifest.json", signature: "mirror/manifest.json.sig", keys: "mirror/keys.json", keys_signature: "mirror/keys.json.sig" }) }),
  );
  await context.route(`${origin}/bundles/${region}/mirror/**`, (route) => {
    const name = route.request().url().split("/mirror/")[1];
    const path = files[name] ?? join(files.dir, name);
    try {
      return route.fulfill({ body: readFileSync(path) });
    } catch {
      return route.fulfill({ status: 404, body: "" });
    }
  });
}

async function unmirror(context) {
  await context.unroute(`${origin}/bundles/${region}/changes**`);
  await context.unroute(`${origin}/bundles/${region}/mirror/**`);
}

// ------------------------------------------------------------------------------------------
// Phone A installs the region in Spanish, English and Arabic.
const phoneA = await newContext();
let page = await openApp(phoneA, "es");
check((await page.evaluate(() => document.documentElement.lang)) === "es", "the app opens in Spanish");
const csp = (await page.request.get(`${base}/offline/`)).headers()["content-security-policy"] ?? "";
check(csp.includes("default-src 'self'") && csp.includes("'wasm-unsafe-eval'") && !csp.includes("unsafe-inline"), `the app's CSP is same-origin only (${csp.slice(0, 60)}…)`);
await axe(page, "offline setup (es)");
{
  const resident = await phoneA.newPage();
  await resident.goto(`${base}/es/`);
  const link = resident.locator('footer a[href="/offline/?lang=es"]');
  check((await link.count()) === 1 && /sin conexión/.test(await link.textContent()), "the resident pages link to the offline app, in their language");
  await resident.close();
}
await page.screenshot({ path: join(shots, "offline-setup-es.png"), fullPage: true });
for (const l of ["es", "en", "ar"]) await page.check(`#langs input[value="${l}"]`);
const progressSeen = page.waitForSelector("#progress progress", { timeout: 15000 }).then(() => true, () => false);
await page.click("#download");
await page.waitForSelector("#held", { timeout: 30000 });
check(await progressSeen, "a progress bar shows during the download");
let state = await held(page);
check(state.held?.seq === 1, `release 1 is stored after it verified (seq ${state.held?.seq})`);
check(state.held?.files.includes("ar/ui") && state.held.files.includes("shared/listings") && !state.held.files.includes("vi/ui"), `only the chosen languages are kept (${state.held?.files.join(" ")})`);
const persisted = await page.evaluate(() => navigator.storage.persisted());
console.log(`     storage persisted: ${persisted}`);
check((await banner(page)).includes("Comprobado"), "the app says the bundle was checked (es)");
await axe(page, "offline home (es)");
await page.screenshot({ path: join(shots, "offline-home-es.png"), fullPage: true });

// Share release 1 now (a file another phone may later try to pass back: a rollback).
const [shareDownload] = await Promise.all([page.waitForEvent("download"), page.click("#share")]);
const r1File = join(shots, `r1-${shareDownload.suggestedFilename()}`);
await shareDownload.saveAs(r1File);
check(shareDownload.suggestedFilename().endsWith(".vecino") && readFileSync(r1File).length > 1000, `sharing gives one file (${shareDownload.suggestedFilename()}, ${readFileSync(r1File).length} bytes)`);

// The service worker has the app; airplane mode; reload.
await page.evaluate(() => navigator.serviceWorker.ready);
await page.reload();
await page.waitForSelector("body[data-ready=true]");
await phoneA.setOffline(true);
await page.reload();
await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
check((await page.locator("#held").count()) === 1, "offline: the app reloads from the service worker with the bundle");

// Search (the WebAssembly engine, when this server has it).
const engineServed = fx.engine;
await page.fill("#q", "ciudadania");
await page.press("#q", "Enter");
// The search view exists (Enter navigates to it) and has answered.
await page.waitForFunction(() => {
  const status = document.getElementById("search-status");
  return status !== null && status.textContent !== "…";
}, null, { timeout: 30000 });
if (engineServed) {
  const links = await page.locator("#results li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  check(links.includes("#/guide/citizenship"), `offline: searching 'ciudadania' finds the citizenship guide (${links.slice(0, 3).join(" ")})`);
  // Per keystroke: the results follow the typing.
  await page.fill("#q", "");
  const times = [];
  for (const ch of "abogado") {
    await page.type("#q", ch);
    await page.waitForFunction((typed) => decodeURIComponent(location.hash).endsWith(typed), await page.inputValue("#q"));
    await page.waitForFunction(() => document.getElementById("search-status").dataset.ms !== undefined);
    times.push(Number(await page.locator("#search-status").getAttribute("data-ms")));
  }
  console.log(`     offline search per keystroke (ms): ${times.join(" ")}`);
  check((await page.locator("#results li").count()) > 0, "offline: typing 'abogado' shows results as it goes");

  // The search index is saved once built, and the next opening (offline here) reopens it
  // instead of indexing again; it answers exactly as the built one. One that is damaged, or
  // was saved by another engine build or from another release, is not used: built again.
  const queries = ["ciudadania", "abogado gratis", "know your rights", "clinica", "inmigracion", "comida", "ayuda legal"];
  const answers = async (qs = queries) => {
    const out = {};
    for (const q of qs) out[q] = await searchIn(page, q);
    return out;
  };
  await tamperSavedIndex(page, "drop");
  let opened = await reopen(page);
  check(opened.index === "built" && opened.records > 50, `with no saved index the app builds it (${opened.index}, ${opened.records} records)`);
  const builtAnswers = await answers();
  check((await searchIn(page, fx.edited_word)).length === 0, `release 1: '${fx.edited_word}' finds nothing`);
  await page.waitForSelector("body[data-search-index-saved]", { timeout: 60000 });
  let saved = await savedIndex(page);
  const r1sha = (await held(page)).held.sha256;
  check(saved.length === 1 && saved[0].release === r1sha && saved[0].records === opened.records && saved[0].bytes > 10000, `the built index is saved for release 1 (${saved[0]?.bytes} bytes)`);
  const builtRecords = opened.records;
  opened = await reopen(page);
  check(opened.index === "saved" && opened.records === builtRecords, `offline, the next opening reopens the saved index (${opened.index}, ${opened.records} records)`);
  const savedAnswers = await answers();
  const found = Object.values(builtAnswers).filter((a) => a.length).length;
  check(JSON.stringify(savedAnswers) === JSON.stringify(builtAnswers) && found >= 5, `the saved index answers exactly as the built one (${queries.map((q) => `${q}: ${builtAnswers[q].length}`).join(", ")})`);
  for (const [how, what] of [
    ["flip", "a saved index with a changed byte"],
    ["truncate", "a saved index cut short (its hash recomputed)"],
    ["engine", "an index saved by another engine build"],
    ["release", "an index saved from another release"],
  ]) {
    await tamperSavedIndex(page, how);
    opened = await reopen(page);
    const again = await answers(queries.slice(0, 3));
    const same = queries.slice(0, 3).every((q) => JSON.stringify(again[q]) === JSON.stringify(builtAnswers[q]));
    const alarm = await page.locator(".banner.error").count();
    check(opened.index === "built" && same && alarm === 0, `${what} is not used: the index is built again and answers the same, with no alarm (${opened.index})`);
    await page.waitForSelector("body[data-search-index-saved]", { timeout: 60000 });
  }
  saved = await savedIndex(page);
  check(saved.length === 1 && saved[0].release === r1sha, "one saved index, for release 1, after it was built again");
} else {
  const said = await page.locator("#search-status").textContent();
  check(said.length > 10 && !said.includes("offline-"), `offline: without the search engine the app says so (${said})`);
  console.log("     NOTE the search engine (/offline/search/search.mjs) is not served by this build");
}

await axe(page, "offline search (es)");

// A listing and a guide, offline.
await page.goto(`${base}/offline/?lang=es#/`).catch(() => {});
await page.waitForSelector("body[data-ready=true]");
const listingLink = page.locator("#listings a").first();
const listingName = await listingLink.textContent();
await listingLink.click();
await page.waitForSelector("main h1");
check((await page.locator("main h1").textContent()) === listingName, `offline: a listing opens (${listingName})`);
check((await page.locator("dl.facts dt").count()) > 0, "offline: the listing shows its facts (sources, address or hours)");
await axe(page, "offline listing (es)");
await page.screenshot({ path: join(shots, "offline-listing-es.png"), fullPage: true });
await page.goto(`${base}/offline/?lang=es#/guide/know-your-rights`);
await page.waitForSelector("#guide-body");
check((await page.locator("#guide-body h2, #guide-body h3").count()) > 0 && (await page.locator("#guide-body li").count()) > 0, "offline: a guide's Markdown renders (headings, lists)");
check((await page.locator("#guide-body script, #guide-body [onerror], #guide-body iframe").count()) === 0, "offline: no markup from the bundle becomes HTML");
await axe(page, "offline guide (es)");
// Arabic, right to left.
await page.selectOption("#ui-lang", "ar");
await page.waitForFunction(() => document.documentElement.dir === "rtl");
check((await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join(" "))) === "ar rtl", "offline: Arabic is laid out right to left");
await axe(page, "offline guide (ar)");
await page.screenshot({ path: join(shots, "offline-guide-ar.png"), fullPage: true });
await page.selectOption("#ui-lang", "es");
await phoneA.setOffline(false);

// ------------------------------------------------------------------------------------------
// The server's content changes (a listing is marked verified today): release 2, a delta from 1.
await page.goto(`${base}/offline/?lang=es#/listing/${fx.edited_slug}`);
await page.waitForSelector("main h1");
const verifiedBefore = (await page.locator("#verified").count()) ? await page.locator("#verified").textContent() : "";
const today = new Date().toLocaleDateString("es", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
await step("edit");
await page.goto(`${base}/offline/?lang=es#/`);
await page.waitForSelector("#update");
const deltaRequests = [];
page.on("request", (r) => { if (r.url().includes("/deltas/")) deltaRequests.push(r.url()); });
await page.click("#update");
await page.waitForSelector("#banners .banner.ok", { timeout: 30000 });
state = await held(page);
check(state.held?.seq === 2, `the update applied: release ${state.held?.seq}`);
check(deltaRequests.length === 1 && deltaRequests[0].includes("from-1"), `the update was one delta (${deltaRequests.join(", ")})`);
await page.goto(`${base}/offline/?lang=es#/listing/${fx.edited_slug}`);
await page.waitForSelector("main h1");
const verifiedAfter = (await page.locator("#verified").count()) ? await page.locator("#verified").textContent() : "";
check(verifiedAfter !== verifiedBefore && verifiedAfter.includes(today), `the edited listing shows its new verified date after the delta ("${verifiedBefore}" → "${verifiedAfter}")`);
const tel = page.locator(`a[href="tel:${fx.edited_phone}"]`);
check((await tel.count()) === 1, `the listing's phone is a tel: link (${fx.edited_phone})`);
const r2 = state.held;
if (engineServed) {
  // After the delta the index is built from release 2 and saved in place of release 1's; the
  // next opening reopens it, and it has the edit.
  await page.waitForFunction((sha) => document.body.dataset.searchIndexSaved === sha, r2.sha256, { timeout: 60000 });
  const saved = await savedIndex(page);
  check(saved.length === 1 && saved[0].release === r2.sha256, `after the delta, one saved index, release 2's (${saved.map((e) => e.release.slice(0, 8)).join(" ")})`);
  const opened = await reopen(page);
  const found = await searchIn(page, fx.edited_word);
  check(opened.index === "saved" && found.some((r) => r.startsWith(`#/listing/${fx.edited_slug} `)), `reopened after the delta, the saved index finds the edited listing by its new word (${opened.index}: ${found.join(" | ").slice(0, 80)})`);
}

// Update again: nothing new.
await fresh(page);
await page.click("#update");
check((await banner(page)).includes("más reciente"), "asking again: already the latest release");

// ------------------------------------------------------------------------------------------
// Refusals: each leaves what this phone holds as it was.
async function unchanged(what) {
  const s = await held(page);
  check(s.held?.seq === r2.seq && s.held?.sha256 === r2.sha256, `${what}: nothing stored (still release ${s.held?.seq})`);
}

async function refusedUpdate(what, expect) {
  await fresh(page);
  await page.waitForSelector("#update");
  await page.click("#update");
  await page.waitForSelector("#banners .banner.error[role=alert]", { timeout: 30000 });
  const text = await page.locator("#banners .banner.error[role=alert]").textContent();
  check(expect.test(text), `${what}: refused, saying "${text}"`);
  await unchanged(what);
}

// Rollback: a mirror serving release 1 again.
await mirror(phoneA, { dir: join(fx.data, "bundles", region, "r1") });
await refusedUpdate("rollback to release 1 from a server", /más antigua/);
await unmirror(phoneA);

// Equivocation: another release 2 (signed, but not the one this phone holds).
await mirror(phoneA, { dir: join(fx.fork, "bundles", region, "r2") });
await refusedUpdate("another release 2 (equivocation)", /dos paquetes distintos/);
await unmirror(phoneA);
await page.goto(`${base}/offline/?lang=es#/`);
await page.waitForSelector("#held");
check((await page.locator("#conflict").count()) === 1, "the conflict stays flagged on the home page");

// Another region's release (same publisher, valid signature) served in this region's place.
await mirror(phoneA, { dir: join(fx.data, "bundles", "san-jose") });
await refusedUpdate("another region's release", /otra región/);
await unmirror(phoneA);

// A bundle signed under another root key.
await mirror(phoneA, { dir: join(fx.other, "bundles", region) });
await refusedUpdate("a bundle under another root key", /no está firmado/);
await unmirror(phoneA);

// A manifest signed by a publishing key the key document revokes.
await mirror(phoneA, {
  dir: join(fx.data, "bundles", region),
  "keys.json": join(fx.revoked, "keys.json"),
  "keys.json.sig": join(fx.revoked, "keys.json.sig"),
});
await refusedUpdate("a manifest signed by a revoked key", /revocada/);
await unmirror(phoneA);

// Rollback by a file passed from another phone.
await fresh(page);
await page.setInputFiles("#import-file", r1File);
await page.waitForSelector("#banners .banner.error[role=alert]", { timeout: 30000 });
check(/más antigua/.test(await page.locator("#banners .banner.error[role=alert]").textContent()), "a shared file of release 1 is refused as a rollback");
await unchanged("rollback by a shared file");

// Share release 2 (for phone B).
await page.goto(`${base}/offline/?lang=es#/`);
const [d2] = await Promise.all([page.waitForEvent("download"), page.click("#share")]);
const r2File = join(shots, `r2-${d2.suggestedFilename()}`);
await d2.saveAs(r2File);
await page.close();

// ------------------------------------------------------------------------------------------
// Phone B receives files; every tampered one is refused with nothing stored.
const phoneB = await newContext();
let pageB = await openApp(phoneB, "es");
pageB.on("console", (m) => { if (m.type() === "warning") console.log(`     phone B: ${m.text()}`); });
const good = readFileSync(r2File);
async function importB(bytes, name) {
  await fresh(pageB);
  await pageB.waitForSelector("#import-file");
  await pageB.setInputFiles("#import-file", { name, mimeType: "application/octet-stream", buffer: bytes });
  await pageB.waitForSelector("#banners .banner", { timeout: 30000 });
  return pageB.locator("#banners .banner").first().textContent();
}
async function nothingOnB(what) {
  const s = await held(pageB);
  check(s.held === null, `${what}: nothing stored on phone B`);
}
{
  const flipped = Buffer.from(good);
  flipped[Math.floor(flipped.length / 2)] ^= 0x04;
  const said = await importB(flipped, "flipped.vecino");
  check(/Rechazado/.test(said), `a shared file with a flipped bit is refused ("${said}")`);
  await nothingOnB("flipped bit");
  const said2 = await importB(good.subarray(0, good.length - 200), "truncated.vecino");
  check(/Rechazado/.test(said2), `a truncated shared file is refused ("${said2}")`);
  await nothingOnB("truncation");
  // A well-formed shared file whose listings were edited, or swapped for release 1's.
  const files = unpack(good);
  const listings = JSON.parse(files.get("data/shared/listings.json").toString());
  const [someId] = Object.keys(listings);
  listings[someId].name.text = "Notario Público: ¡trámites de inmigración garantizados!";
  files.set("data/shared/listings.json", Buffer.from(JSON.stringify(listings)));
  const said4 = await importB(pack(files), "edited.vecino");
  check(/cambiado, cortado o sustituido/.test(said4), `a shared file with an edited listing is refused ("${said4}")`);
  await nothingOnB("an edited listing");
  const r1files = unpack(readFileSync(r1File));
  const swapped = unpack(good);
  swapped.set("data/shared/listings.json", r1files.get("data/shared/listings.json"));
  const said5 = await importB(pack(swapped), "swapped.vecino");
  check(/cambiado, cortado o sustituido/.test(said5), `a shared file with listings from release 1 is refused ("${said5}")`);
  await nothingOnB("a file from another release");
  const said3 = await importB(Buffer.from("not a bundle at all"), "junk.vecino");
  check(/Rechazado/.test(said3), `a file that is not a bundle is refused ("${said3}")`);
  await nothingOnB("junk");
}
// Downloads with a tampered file on the way: flipped bit, a file from another release.
async function tamperedDownload(what, path, body) {
  await phoneB.route(`${origin}/bundles/${region}/${path}`, (route) => route.fulfill({ body }));
  await fresh(pageB);
  await pageB.waitForSelector("#download");
  await pageB.check('#langs input[value="es"]');
  await pageB.click("#download");
  await pageB.waitForSelector("#status .banner.error", { timeout: 30000 });
  const said = await pageB.locator("#status .banner.error").textContent();
  check(/cambiado, cortado o sustituido/.test(said), `download with ${what}: refused ("${said}")`);
  await nothingOnB(`download with ${what}`);
  await phoneB.unroute(`${origin}/bundles/${region}/${path}`);
}
const manifest2 = JSON.parse(readFileSync(join(fx.data, "bundles", region, "manifest.json"), "utf8"));
const manifest1 = JSON.parse(readFileSync(join(fx.data, "bundles", region, "r1", "manifest.json"), "utf8"));
const esListings2 = manifest2.files.find((f) => f.name === "shared/listings").gzip.path;
const esListings1 = manifest1.files.find((f) => f.name === "shared/listings").gzip.path;
{
  const bytes = readFileSync(join(fx.data, "bundles", region, esListings2));
  bytes[bytes.length >> 1] ^= 0x01;
  await tamperedDownload("a flipped bit", esListings2, bytes);
  await tamperedDownload("a file swapped from release 1", esListings2, readFileSync(join(fx.data, "bundles", region, esListings1)));
  await tamperedDownload("a truncated file", esListings2, readFileSync(join(fx.data, "bundles", region, esListings2)).subarray(0, 50));
}

// The good file: imported and verified on phone B, then usable offline.
{
  const said = await importB(good, "r2.vecino");
  check(/Recibido y comprobado/.test(said), `phone B imports the shared release 2 ("${said}")`);
  const s = await held(pageB);
  check(s.held?.seq === 2 && s.held.sha256 === r2.sha256, "phone B holds exactly phone A's release 2");
  await pageB.evaluate(() => navigator.serviceWorker.ready);
  await phoneB.setOffline(true);
  await pageB.reload();
  await pageB.waitForSelector("#held", { timeout: 15000 });
  await pageB.locator("#guides a").first().click();
  await pageB.waitForSelector("#guide-body");
  check(true, "phone B reads a guide offline from the imported bundle");
  await phoneB.setOffline(false);
}
await phoneB.close();

// ------------------------------------------------------------------------------------------
// A delta that does not apply (swapped on the way) is dropped; the whole release is fetched.
await step("release3");
{
  const phoneC = await newContext();
  const pageC = await openApp(phoneC, "es");
  await pageC.setInputFiles("#import-file", r2File);
  await pageC.waitForSelector("#held");
  await pageC.reload();
  await pageC.waitForSelector("#update");
  const m3 = JSON.parse(readFileSync(join(fx.data, "bundles", region, "manifest.json"), "utf8"));
  const delta = m3.deltas.find((d) => d.from_seq === 2).gzip.path;
  const other = m3.deltas.find((d) => d.from_seq === 1).gzip.path;
  await phoneC.route(`${origin}/bundles/${region}/${delta}`, (route) => route.fulfill({ body: readFileSync(join(fx.data, "bundles", region, other)) }));
  await pageC.click("#update");
  await pageC.waitForFunction(() => /versión 3|Rechazado/.test(document.getElementById("banners").textContent), null, { timeout: 30000 });
  const said = await pageC.locator("#banners .banner.ok").textContent();
  check(/no pasó la comprobación/.test(said) && /versión 3/.test(said), `a delta that does not apply is refused and the full release 3 fetched ("${said}")`);
  page = pageC;
  const s = await held(pageC);
  check(s.held?.seq === 3, "phone C holds release 3");
  if (engineServed) {
    // Removing the bundle removes its saved search index.
    await pageC.goto(`${base}/offline/?lang=es#/`);
    await pageC.waitForFunction((sha) => document.body.dataset.searchIndexSaved === sha || document.body.dataset.searchIndex === "saved", s.held.sha256, { timeout: 60000 });
    const before = await savedIndex(pageC);
    await pageC.click("#remove");
    await pageC.waitForSelector("#download");
    const after = await savedIndex(pageC);
    check(before.length === 1 && before[0].release === s.held.sha256 && after.length === 0 && (await held(pageC)).held === null, `removing the bundle removes its saved search index (${before.length} → ${after.length})`);
  }
  await phoneC.close();
}

// A phone that holds the other release 2 (from the equivocating fork): the server's release 3
// and its delta follow the server's release 2, not this one; the update is refused.
{
  const phoneE = await newContext();
  const pageE = await openApp(phoneE, "es");
  await phoneE.route(`${origin}/bundles/${region}/changes**`, (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify({ region, status: "full", seq: 2, manifest: "r2/manifest.json", signature: "r2/manifest.json.sig", keys: "r2/keys.json", keys_signature: "r2/keys.json.sig" }) }),
  );
  await phoneE.route(`${origin}/bundles/${region}/r2/**`, (route) =>
    route.fulfill({ body: readFileSync(join(fx.fork, "bundles", region, "r2", route.request().url().split("/r2/")[1])) }),
  );
  await pageE.check('#langs input[value="es"]');
  await pageE.click("#download");
  await pageE.waitForSelector("#held", { timeout: 30000 });
  const forked = (await held(pageE)).held;
  await phoneE.unroute(`${origin}/bundles/${region}/changes**`);
  await phoneE.unroute(`${origin}/bundles/${region}/r2/**`);
  check(forked?.seq === 2 && forked.sha256 !== r2.sha256, "phone E holds the fork's release 2");
  await pageE.reload();
  await pageE.click("#update");
  await pageE.waitForSelector("#banners .banner.error[role=alert]", { timeout: 30000 });
  const said = await pageE.locator("#banners .banner.error[role=alert]").textContent();
  check(/no sigue a la versión/.test(said), `a release 3 (and its delta) on another base than the one held is refused ("${said}")`);
  const after = (await held(pageE)).held;
  check(after?.seq === 2 && after.sha256 === forked.sha256, "phone E: nothing stored (still the fork's release 2)");
  await phoneE.close();
}

// ------------------------------------------------------------------------------------------
// Past the soft expiry: a banner, and the bundle is still used.
{
  const phoneD = await newContext();
  const pageD = await openApp(phoneD, "es");
  await pageD.setInputFiles("#import-file", r2File);
  await pageD.waitForSelector("#held");
  await pageD.clock.setFixedTime(new Date(Date.parse(manifest2.expires_at) + 86400000));
  await pageD.reload();
  await pageD.waitForSelector("#held");
  const stale = pageD.locator("#stale");
  check((await stale.count()) === 1 && /vencimiento/.test(await stale.textContent()), "past the soft expiry: a staleness banner, and the bundle is still shown");
  await axe(pageD, "offline home, stale (es)");
  await pageD.screenshot({ path: join(shots, "offline-stale-es.png"), fullPage: true });
  await phoneD.close();
}

check(outside.length === 0, `no request left the server (${outside.slice(0, 3).join(", ")})`);
await browser.close();
if (failures.length) {
  console.log(`offline: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("offline: all checks passed");
process.exit(0);
