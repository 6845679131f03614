// A listing a resident can act on, in the offline app, at 360 px: result cards (organization,
// hours, tap-to-call, free, known safety facts, checked date, "may be out of date"), the
// listing page (eligibility, what to bring, how to apply, capacity, alert, every safety fact
// with the unknown ones said to be unknown, directions that request nothing until tapped), the
// "doesn't ask about status" filter, in Spanish and Arabic (right to left), axe clean.
// Usage: node offline-listing.mjs <base url> <screenshot dir> <fixtures.json>
// Started by tests/it/offline_listing.rs, which gives the listings their facts.
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const [base, shots, fixturesPath] = process.argv.slice(2);
const fx = JSON.parse(readFileSync(fixturesPath, "utf8"));
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
mkdirSync(shots, { recursive: true });
const origin = new URL(base).origin;

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const outside = [];
const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:")) return route.fallback();
  outside.push(url);
  return route.abort();
});

async function openApp(lang) {
  const page = await context.newPage();
  page.on("pageerror", (e) => console.log(`     page error: ${e.message}`));
  await page.goto(`${base}/offline/?lang=${lang}`);
  await page.waitForSelector("body[data-ready=true]");
  return page;
}

async function axe(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of bad) console.log(`     ${name}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  check(result.passes.length > 10 && bad.length === 0, `axe: no serious or critical violation on ${name} (${result.passes.length} rules passed)`);
}

/** Goes to a search address and waits for its answer; the cards by slug. */
async function search(page, hash) {
  await page.evaluate((hash) => {
    document.getElementById("results")?.setAttribute("data-old", "");
    location.hash = hash;
  }, hash);
  await page.waitForFunction(() => {
    const status = document.getElementById("search-status");
    const list = document.getElementById("results");
    return status && list && !list.hasAttribute("data-old") && status.dataset.ms !== undefined;
  }, null, { timeout: 60000 });
  return page.locator("#results li.card").evaluateAll((cards) => cards.map((c) => c.dataset.slug));
}

const card = (page, slug) => page.locator(`#results li.card[data-slug="${slug}"]`);

// Install the region in Spanish, English and Arabic.
let page = await openApp("es");
for (const l of ["es", "en", "ar"]) await page.check(`#langs input[value="${l}"]`);
await page.click("#download");
await page.waitForSelector("#held", { timeout: 60000 });
check(true, "the region is installed");

// The listing page: everything the record carries, and nothing it does not.
await page.evaluate((slug) => (location.hash = `#/listing/${slug}`), fx.rich);
await page.waitForSelector("dl.facts");
const listing = await page.evaluate(() => ({
  tel: [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute("href")),
  geo: document.querySelector('a[href^="geo:"]')?.getAttribute("href") ?? null,
  osm: document.querySelector('a[href^="https://www.openstreetmap.org/"]')?.getAttribute("href") ?? null,
  alert: document.getElementById("alert")?.textContent ?? "",
  intake: document.getElementById("intake")?.textContent ?? "",
  placeAreas: document.querySelector(".place-areas")?.textContent ?? "",
  placeAreasLabel: document.querySelector(".place-areas")?.closest("dd")?.previousElementSibling?.textContent ?? "",
  text: document.querySelector("main").textContent,
  facts: [...document.querySelectorAll("#safety li")].map((li) => [li.dataset.fact, li.dataset.known, li.textContent]),
}));
check(listing.tel.length === 1 && listing.tel[0] === "tel:+14085550100", `one tap-to-call link, to the voice line, never the fax (${listing.tel})`);
check(listing.geo?.startsWith("geo:37.4758,-122.2033") && listing.osm?.includes("mlat=37.4758"), `directions as geo: and OpenStreetMap links (${listing.geo} ${listing.osm})`);
check(listing.alert.includes("Test alert"), "the alert is shown first");
check(listing.intake === "Acepta clientes nuevos", `capacity: accepting new clients (${listing.intake})`);
check(listing.placeAreas === "Test district — mobile unit (test)" && listing.placeAreasLabel === "Zonas que atiende", `the areas its place serves (${listing.placeAreasLabel}: ${listing.placeAreas})`);
check(["Young people aged 12 to 18", "A school ID", "Call first", "Gratis"].every((w) => listing.text.includes(w)), "who can use it, what to bring, how to apply, and free");
const known = listing.facts.filter(([, k]) => k === "yes");
const unknown = listing.facts.filter(([, k]) => k === "no");
check(known.length === 1 && known[0][0] === "asks_status" && known[0][2].includes("No pregunta por el estatus migratorio") && known[0][2].includes("example.org") === false && known[0][2].includes("Example FAQ"), `the known safety fact with its source (${JSON.stringify(known)})`);
check(unknown.length === 4 && unknown.every(([, , t]) => t.includes("Se desconoce")), `the other four facts are said to be unknown (${unknown.map((u) => u[0])})`);
check(outside.length === 0, "nothing was requested from another site by showing directions");
await axe(page, "offline listing (es)");
await page.screenshot({ path: join(shots, "offline-listing-facts-es.png"), fullPage: true });

if (!fx.engine) {
  console.log("SKIP result cards and filters: the offline search engine is not built (cargo xtask wasm)");
} else {
  // Result cards.
  let slugs = await search(page, "#/search?q=Sheriff%20San%20Mateo");
  check(slugs.includes(fx.rich) && slugs.includes(fx.overdue), `both listings have cards (${slugs})`);
  const rich = await card(page, fx.rich).evaluate((li) => ({ text: li.textContent, tel: [...li.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute("href")), facts: [...li.querySelectorAll(".badge.safety")].map((b) => b.dataset.fact) }));
  check(rich.tel.length === 1 && rich.tel[0] === "tel:+14085550100", `the card has the tap-to-call link (${rich.tel})`);
  check(rich.text.includes("Gratis") && rich.text.includes("No pregunta por el estatus migratorio") && /Revisado por última vez/.test(rich.text), `the card says free, doesn't ask about status, and when it was checked (${rich.text.slice(0, 200)})`);
  check(rich.facts.length === 1, "the card claims only the known safety fact");
  check(!rich.text.includes("Se desconoce"), "a card never lists unknown facts as facts");
  const overdue = await card(page, fx.overdue).textContent();
  check(overdue.includes("Puede estar desactualizado"), `the overdue listing may be out of date (${overdue.slice(0, 200)})`);
  check(!/No pregunta por el estatus/.test(overdue), "no safety claim for a listing without safety facts");
  await axe(page, "offline results (es)");
  await page.screenshot({ path: join(shots, "offline-results-es.png"), fullPage: true });

  // The filter.
  slugs = await search(page, "#/search?q=Sheriff%20San%20Mateo&no_status_questions=1");
  check(slugs.includes(fx.rich) && !slugs.includes(fx.overdue), `"doesn't ask about status" keeps only the listing known not to (${slugs})`);
  check(await page.locator("#f-no_status_questions").isChecked(), "the filter shows as on");

  // Arabic, right to left.
  const ar = await openApp("ar");
  await ar.evaluate(() => (location.hash = "#/search?q=Sheriff%20San%20Mateo"));
  await ar.waitForFunction(() => document.getElementById("search-status")?.dataset.ms !== undefined, null, { timeout: 60000 });
  const arCard = await ar.locator(`#results li.card[data-slug="${fx.rich}"]`).textContent();
  check((await ar.evaluate(() => document.documentElement.dir)) === "rtl", "Arabic is right to left");
  check(arCard.includes("مجاني") && arCard.includes("لا يسألون عن وضع الهجرة"), `the Arabic card says free and doesn't ask about status (${arCard.slice(0, 160)})`);
  await axe(ar, "offline results (ar)");
  await ar.screenshot({ path: join(shots, "offline-results-ar.png"), fullPage: true });
}

check(outside.length === 0, `nothing requested from another site (${outside.slice(0, 3)})`);
await browser.close();
if (failures.length) {
  console.log(`offline-listing: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("offline-listing: all checks passed");
