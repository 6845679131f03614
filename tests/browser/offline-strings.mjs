// The offline app's labels on a phone that opened it once online and later, with no network,
// receives a bundle from another phone: every label in the phone's language, none a raw
// message id, before and after the import.
// Usage: node offline-strings.mjs <base url> <screenshot dir> <fixtures.json>
// Started by tests/it/offline_keys.rs; fixtures: {bundle: an exported region's directory, lang}.
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


/** Every piece of text the page shows (text nodes, labels for assistive technology). */
const shown = (page) =>
  page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent.trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll("[aria-label]")) out.push(el.getAttribute("aria-label"));
    return out;
  });

const rawIds = (texts) => texts.filter((t) => /^offline-[a-z-]+$/.test(t));
const fill = (text) => text.replace(/\{\s*\$[a-z_-]+\s*\}/gi, "").trim();

// What the labels say in the phone's language and in English (to tell them apart).
const strings = async (tag) => (await (await fetch(`${base}/offline/strings/${tag}.json`)).json()).strings;
const mine = await strings(lang);
const english = await strings("en");
const labels = ["offline-title", "offline-intro", "offline-import", "offline-import-label", "offline-privacy", "offline-network-error"];
check(labels.every((id) => mine[id] && mine[id] !== english[id]), `the ${lang} strings differ from English (${labels.join(", ")})`);

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
  // Once online, as a promotora does before going into the field: the app installs itself.
  await page.goto(`${base}/offline/?lang=${lang}`);
  await page.waitForSelector("body[data-ready=true]");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  check(rawIds(await shown(page)).length === 0, "online: no raw message id");

  // Then with no network: the app opens again from the service worker.
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  await page.waitForSelector("#import-file");
  const offline = await shown(page);
  const raw = rawIds(offline);
  check(raw.length === 0, `offline: no raw message id (${raw.join(", ") || "none"})`);
  for (const id of labels) check(offline.includes(fill(mine[id])), `offline: ${id} in ${lang} ("${fill(mine[id])}")`);
  check((await page.locator("html").getAttribute("lang")) === lang, `offline: the page says it is in ${lang}`);
  await page.screenshot({ path: join(shots, `offline-strings-setup-${lang}.png`), fullPage: true });

  // A bundle received from another phone, imported with no network.
  const file = sharedFile(fx.bundle, lang);
  await page.setInputFiles("#import-file", { name: file.name, mimeType: "application/octet-stream", buffer: file.bytes });
  await page.waitForSelector("#banners .banner", { timeout: 30000 });
  const said = await page.locator("#banners .banner").first().textContent();
  const imported = mine["offline-imported"].split("{")[0].trim();
  check(said.includes(imported), `the import is confirmed in ${lang} ("${said}")`);
  await page.waitForSelector("#held");
  const home = await shown(page);
  const rawHome = rawIds(home);
  check(rawHome.length === 0, `after the import: no raw message id (${rawHome.join(", ") || "none"})`);
  for (const id of ["offline-update", "offline-share", "offline-listings"]) check(home.includes(fill(mine[id])), `after the import: ${id} in ${lang} ("${fill(mine[id])}")`);
  await page.screenshot({ path: join(shots, `offline-strings-imported-${lang}.png`), fullPage: true });
  await context.close();
} finally {
  await browser.close();
}

if (failures.length) {
  console.log(`offline-strings: ${failures.length} failed`);
  process.exit(1);
}
console.log("offline-strings: all checks passed");
