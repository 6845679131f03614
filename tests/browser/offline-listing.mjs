// A listing a resident can act on, in the offline app, at 360 px: result cards (organization,
// hours, tap-to-call, free, known safety facts, checked date, "may be out of date"), the
// listing page (eligibility, what to bring, how to apply, capacity, alert, every safety fact
// with the unknown ones said to be unknown, directions that request nothing until tapped), the
// "doesn't ask about status" filter; the filters' counts and "no ID needed" as the server's
// /api/v1/search gives them; an expired listing (under the operator's interval, which the bundle
// carries) absent from its topic's browse list and the home list, as from the server's topic
// page; in Spanish and Arabic (right to left), axe clean.
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
check(known.length === 2 && known[0][0] === "asks_status" && known[0][2].includes("No pregunta por el estatus migratorio") && known[1][0] === "id_needed" && known[1][2].includes("No se necesita identificación") && known.every(([, , t]) => t.includes("example.org") === false && t.includes("Example FAQ")), `the known safety facts with their source (${JSON.stringify(known)})`);
check(unknown.length === 3 && unknown.every(([, , t]) => t.includes("Se desconoce")), `the other three facts are said to be unknown (${unknown.map((u) => u[0])})`);
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
  check(rich.facts.length === 2 && rich.facts.join() === "asks_status,id_needed", `the card claims only the known safety facts (${rich.facts})`);
  check(!rich.text.includes("Se desconoce"), "a card never lists unknown facts as facts");
  const overdue = await card(page, fx.overdue).textContent();
  check(overdue.includes("Puede estar desactualizado"), `the overdue listing may be out of date (${overdue.slice(0, 200)})`);
  check(!/No pregunta por el estatus/.test(overdue), "no safety claim for a listing without safety facts");
  await axe(page, "offline results (es)");
  await page.screenshot({ path: join(shots, "offline-results-es.png"), fullPage: true });

  // The filters' counts are the server's, facet by facet (a query that finds listings only:
  // the bundle holds guides in three of the server's thirteen languages).
  const query = "C.A.R.O.N.";
  const api = async (params) => (await fetch(`${base}/api/v1/search?${new URLSearchParams({ q: query, lang: "es", per_page: "50", ...params })}`)).json();
  const unfiltered = await search(page, `#/search?q=${encodeURIComponent(query)}`);
  const counts = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll("#filters .count")].map((c) => [c.dataset.facet, c.dataset.count === undefined ? null : Number(c.dataset.count)])));
  const facetsOf = (answer) => Object.fromEntries(["no_status_questions", "no_id", "accepting", "free", "for_age"].map((f) => [f, answer.facets[f]]));
  let shown = await counts();
  let server = facetsOf(await api({}));
  check(JSON.stringify(shown) === JSON.stringify(server) && server.no_id >= 1 && server.free >= 1 && server.no_status_questions >= 1, `each filter shows the server's count (${JSON.stringify(shown)}; server ${JSON.stringify(server)})`);
  const noIdLabel = await page.locator('label[for="f-no_id"]').textContent();
  check(noIdLabel.includes(`(${server.no_id})`), `the count is next to "no ID needed" (${noIdLabel})`);

  // "No ID needed" narrows to the server's set.
  slugs = await search(page, `#/search?q=${encodeURIComponent(query)}&no_id=1`);
  const serverNoId = (await api({ no_id: "1" })).results.filter((r) => r.kind === "service").map((r) => r.slug);
  check(slugs.length > 0 && slugs.length < unfiltered.length && slugs.includes(fx.rich) && !slugs.includes(fx.overdue) && JSON.stringify([...slugs].sort()) === JSON.stringify([...serverNoId].sort()), `"no ID needed" narrows ${unfiltered} to the server's listings (${slugs}; server ${serverNoId})`);
  shown = await counts();
  check(shown.no_id === slugs.length, `with the filter on, its count is the results' (${shown.no_id})`);
  await axe(page, "offline results with counts (es)");

  // Browse lists hide what search hides: the expired listing is not in its topic's list.
  await page.evaluate((topic) => (location.hash = `#/topic/${topic}`), fx.topic);
  await page.waitForSelector("#topic-listings[data-ready=true]", { timeout: 60000 });
  const topicSlugs = await page.locator("#topic-listings li.card").evaluateAll((cards) => cards.map((c) => c.dataset.slug));
  const serverTopic = await (await fetch(`${base}/es/topics/${fx.topic}`)).text();
  const section = serverTopic.slice(serverTopic.indexOf('aria-labelledby="ts-h"'));
  const serverSlugs = [...new Set([...section.matchAll(/\/es\/services\/([a-z0-9-]+)"/g)].map((m) => m[1]))];
  check(topicSlugs.includes(fx.rich) && !topicSlugs.includes(fx.expired), `the topic's browse list has the current listing, not the expired one (${topicSlugs})`);
  check(serverSlugs.length > 0 && !serverSlugs.includes(fx.expired) && JSON.stringify([...topicSlugs].sort()) === JSON.stringify([...serverSlugs].sort()), `the topic's browse list is the server's topic page's (${topicSlugs}; server ${serverSlugs})`);
  await axe(page, "offline topic (es)");
  await page.screenshot({ path: join(shots, "offline-topic-es.png"), fullPage: true });
  await page.evaluate(() => (location.hash = "#/"));
  await page.waitForSelector("#listings[data-ready=true]", { timeout: 60000 });
  const home = await page.locator("#listings li").evaluateAll((items) => items.map((li) => li.dataset.slug));
  check(home.includes(fx.rich) && home.includes(fx.overdue) && !home.includes(fx.expired) && !home.includes("cupertino-5cs-cross-cultural-consortium"), `the home list leaves out the expired and the inactive listing (${home.length} listed)`);
  check((await page.locator(`#topics a[data-topic="${fx.topic}"]`).count()) === 1, "the home view links to the topic");

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
