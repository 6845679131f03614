// A brand-new phone (the real offline app in Chromium, nothing stored yet) receives a shared
// file forged with a revoked publishing key, the old key document and a region it has never
// held: the app refuses it, says why in the phone's language, and keeps nothing. A genuine
// current release is still imported.
// Usage: node offline-revoked.mjs <base url> <screenshot dir> <fixtures.json>
// Started by tests/it/offline_keys.rs; fixtures: {forged, good: release directories, lang}.
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { sharedFile } from "./shared-file.mjs";

const [base, shots, fixturesPath] = process.argv.slice(2);
const fx = JSON.parse(readFileSync(fixturesPath, "utf8"));
const lang = fx.lang;
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
mkdirSync(shots, { recursive: true });
const origin = new URL(base).origin;

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};


/** What the phone holds: the current region's record, or null. */
const holds = (page) =>
  page.evaluate(async () => {
    const db = await new Promise((ok, no) => {
      const r = indexedDB.open("vecino-offline", 1);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const all = await new Promise((ok) => {
      const r = db.transaction("held").objectStore("held").getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return all.map((h) => ({ region: h.region, seq: h.seq }));
  });

const strings = (await (await fetch(`${base}/offline/strings/${lang}.json`)).json()).strings;
const revoked = strings["offline-reason-revoked"];

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: lang });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:")) return route.fallback();
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.log(`     page error: ${e.message}`));
  await page.goto(`${base}/offline/?lang=${lang}`);
  await page.waitForSelector("body[data-ready=true]");
  const floor = JSON.parse(await page.locator('meta[name="vecino-keys-floor"]').getAttribute("content"));
  check(floor.seq >= 2 && floor.revoked.length > 0, `the page carries the key documents' floor (${JSON.stringify(floor)})`);

  const forged = sharedFile(fx.forged, lang);
  await page.waitForSelector("#import-file");
  await page.setInputFiles("#import-file", { name: forged.name, mimeType: "application/octet-stream", buffer: forged.bytes });
  await page.waitForSelector("#banners .banner", { timeout: 30000 });
  const said = await page.locator("#banners .banner").first().textContent();
  check(said.includes(revoked), `a brand-new phone refuses the forged file as revoked ("${said}")`);
  check((await holds(page)).length === 0, "nothing is stored");
  await page.screenshot({ path: join(shots, `offline-revoked-refused-${lang}.png`), fullPage: true });

  const good = sharedFile(fx.good, lang);
  await page.goto(`${base}/offline/?lang=${lang}`);
  await page.waitForSelector("#import-file");
  await page.setInputFiles("#import-file", { name: good.name, mimeType: "application/octet-stream", buffer: good.bytes });
  await page.waitForSelector("#held", { timeout: 30000 });
  const kept = await holds(page);
  check(kept.length === 1 && kept[0].seq === fx.good_seq, `the current release is still imported (${JSON.stringify(kept)})`);
  await context.close();
} finally {
  await browser.close();
}

if (failures.length) {
  console.log(`offline-revoked: ${failures.length} failed`);
  process.exit(1);
}
console.log("offline-revoked: all checks passed");
