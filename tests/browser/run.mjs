// Vecino in a real headless Chromium (playwright-core, the system's chromium).
// Usage: node run.mjs <base url> <screenshot dir>
// Started by tests/it/browser.rs against the real vecino binary; exits non-zero on a failure.
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";

const [base, shots] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
mkdirSync(shots, { recursive: true });

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const origin = new URL(base).origin;
const outside = [];

async function newPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  // No request may leave the server under test: anything else is recorded and blocked.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/") || url.startsWith("data:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return context.newPage();
}

async function axe(page, name) {
  // The CSP forbids inline script: axe is evaluated through the DevTools protocol.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  check(result.passes.length > 10, `axe ran on ${name} (${result.passes.length} rules passed)`);
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of bad) console.log(`     ${name}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  check(bad.length === 0, `axe: no serious or critical violation on ${name}`);
}

async function langDir(page, lang, dir, what) {
  const got = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
  check(got[0] === lang && got[1] === dir, `${what}: <html lang="${got[0]}" dir="${got[1]}">`);
}

const page = await newPage();
const cookies = [];
page.on("response", (r) => { if (r.headers()["set-cookie"]) cookies.push(r.url()); });

// A resident in Spanish: home → search (typed without accents) → a result → its page.
for (const [lang, dir, query, expect] of [
  ["es", "ltr", "ciudadania", "/es/"],
  ["ar", "rtl", "حقوقك", "/ar/guides/know-your-rights"],
]) {
  await page.goto(`${base}/${lang}/`);
  await langDir(page, lang, dir, `home ${lang}`);
  await page.fill("#q", query);
  await Promise.all([page.waitForURL(/\/search\?/), page.press("#q", "Enter")]);
  await langDir(page, lang, dir, `results ${lang}`);
  const first = page.locator("ol.results li h2 a").first();
  const href = await first.getAttribute("href");
  check(href && href.startsWith(expect), `${lang}: the first result (${href}) is under ${expect}`);
  await Promise.all([page.waitForLoadState("load"), first.click()]);
  await langDir(page, lang, dir, `detail ${lang}`);
  check((await page.locator("h1").count()) === 1, `${lang}: the result's page has one heading`);
}

// Arabic is laid out right to left: the brand sits at the right edge.
await page.goto(`${base}/ar/`);
const brand = await page.locator(".brand").boundingBox();
check(brand && brand.x > 640, `ar: the layout is mirrored (brand at x=${brand && Math.round(brand.x)})`);

// With JavaScript, typing offers suggestions from /api/v1/suggest.
await page.goto(`${base}/es/`);
await page.locator("#q").pressSequentially("ciudada", { delay: 30 });
await page.waitForFunction(() => document.querySelectorAll("datalist option").length > 0, null, { timeout: 5000 })
  .then(() => check(true, "suggestions appear while typing"))
  .catch(() => check(false, "suggestions appear while typing"));

// At 200% zoom (a 640 px wide viewport for a 1280 px window) nothing needs sideways scrolling.
const zoomed = await newPage({ viewport: { width: 640, height: 900 } });
for (const path of ["/es/", "/es/search?q=abogado", `/ar/services/littleton-irc-immigration-legal-services`, "/ar/guides/know-your-rights"]) {
  await zoomed.goto(`${base}${path}`);
  const [scroll, width] = await zoomed.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  check(scroll <= width, `200% zoom: ${path} fits (${scroll} <= ${width})`);
}

// Screenshots: home, results and a listing in four languages.
const listing = "littleton-irc-immigration-legal-services";
for (const lang of ["en", "es", "zh-Hant", "ar"]) {
  await page.goto(`${base}/${lang}/`);
  await page.screenshot({ path: `${shots}/home-${lang}.png`, fullPage: true });
  await page.goto(`${base}/${lang}/search?q=${encodeURIComponent("citizenship")}`);
  await page.screenshot({ path: `${shots}/results-${lang}.png`, fullPage: true });
  await page.goto(`${base}/${lang}/services/${listing}`);
  await page.screenshot({ path: `${shots}/detail-${lang}.png`, fullPage: true });
}

// The kiosk, and a pocket card and a listing as printed.
await page.goto(`${base}/kiosk/es/`);
await page.screenshot({ path: `${shots}/kiosk-home-es.png` });
await page.emulateMedia({ media: "print" });
await page.goto(`${base}/es/guides/know-your-rights/card`);
await page.screenshot({ path: `${shots}/card-print-es.png`, fullPage: true });
await page.goto(`${base}/ar/services/${listing}`);
await page.screenshot({ path: `${shots}/detail-print-ar.png`, fullPage: true });
await page.emulateMedia({ media: "screen" });

// Accessibility scans.
for (const lang of ["en", "es", "ar"]) {
  for (const [name, path] of [
    ["home", "/"],
    ["results", "/search?q=citizenship"],
    ["detail", `/services/${listing}`],
    ["guide", "/guides/know-your-rights"],
  ]) {
    await page.goto(`${base}/${lang}${path}`);
    await axe(page, `${name} ${lang}`);
  }
}

// Without JavaScript the search still works.
const noJs = await newPage({ javaScriptEnabled: false });
await noJs.goto(`${base}/es/`);
await noJs.fill("#q", "abogado");
await Promise.all([noJs.waitForURL(/\/search\?/), noJs.press("#q", "Enter")]);
check((await noJs.locator("ol.results li").count()) > 0, "without JavaScript, search returns results");

// The kiosk: a warning, then it starts over on its own (idle time from VECINO_KIOSK_IDLE_SECS).
const kiosk = await newPage();
let cleared = false;
kiosk.on("response", async (r) => {
  if (r.url().endsWith("/kiosk/reset") && (await r.allHeaders())["clear-site-data"]) cleared = true;
});
await kiosk.goto(`${base}/kiosk/es/search?q=abogado`);
const idle = Number(await kiosk.locator("body").getAttribute("data-idle"));
// Something a page could have left behind: the reset must clear it.
await kiosk.evaluate(() => window.localStorage.setItem("left-behind", "yes"));
check(idle > 0 && idle <= 10, `kiosk idle time is short in this test (${idle}s)`);
await kiosk.waitForSelector("#idle:not([hidden])", { timeout: idle * 1000 + 5000 });
check(true, "kiosk shows the idle warning");
await kiosk.waitForURL((u) => u.pathname === "/kiosk/es/" || /^\/kiosk\/[a-zA-Z-]+\/$/.test(u.pathname), { timeout: idle * 1000 + 10000 });
check(cleared, "the kiosk reset answered with Clear-Site-Data");
const leftover = await kiosk.evaluate(() => window.localStorage.getItem("left-behind"));
check(leftover === null, `the browser forgot what the site stored (${leftover})`);
check(new URL(kiosk.url()).pathname.startsWith("/kiosk/"), `the kiosk is back home (${kiosk.url()})`);
const external = await kiosk.locator('a[href^="http"]').count();
check(external === 0, "no kiosk link leaves the kiosk");

check(outside.length === 0, `no request left ${origin} (${outside.slice(0, 3).join(", ")})`);
check(cookies.length === 0, "no response set a cookie");
await browser.close();
console.log(`browser: ${failures.length === 0 ? "all checks passed" : failures.length + " failed"}`);
process.exit(failures.length === 0 ? 0 : 1);
