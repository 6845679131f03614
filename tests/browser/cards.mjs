// Issue 17's resident on a phone: at 360 px wide, in Spanish and in Arabic (right to left), a
// search for "clínica gratis sin papeles" shows result cards that say which clinic is free,
// which does not ask about immigration status and which is open now, each with a tap-to-call
// link and a directions link; nothing overflows sideways and axe-core finds no violation. Then
// the filter "doesn't ask about immigration status", ticked in the form: its count is the
// number of results it leaves, and the clinic that asks is gone.
// Usage: node cards.mjs <base url> <screenshot dir>. Started by tests/it/browser.rs against
// the real vecino binary, whose database holds two test clinics (OPEN and CLOSED below).
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";

const [base, shots] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
mkdirSync(shots, { recursive: true });

const OPEN = "e2e-clinica-abierta";
const CLOSED = "e2e-clinica-cerrada";
const QUERY = "clínica gratis sin papeles";
// What each card must say, in the page's language (the UI strings of locales/<tag>/main.ftl).
const WORDS = {
  es: { free: "Gratis", noStatus: "No pregunta por el estatus migratorio", asks: "Pregunta por el estatus migratorio", open: "Abierto ahora", closed: "Cerrado ahora", filters: "Filtros", apply: "Aplicar filtros" },
  ar: { free: "مجاني", noStatus: "لا يسألون عن وضع الهجرة", asks: "يسألون عن وضع الهجرة", open: "مفتوح الآن", closed: "مغلق الآن", filters: "عوامل التصفية", apply: "طبّق عوامل التصفية" },
};

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const origin = new URL(base).origin;
const outside = [];
const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url.startsWith(origin + "/") || url.startsWith("data:")) return route.continue();
  outside.push(url);
  return route.abort();
});
const page = await context.newPage();

async function axe(name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  check(result.passes.length > 10, `axe ran on ${name} (${result.passes.length} rules passed)`);
  for (const v of result.violations) console.log(`     ${name}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  check(result.violations.length === 0, `axe: no violation on ${name}`);
}

async function fits(name) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  check(scroll <= width, `${name}: nothing scrolls sideways (${scroll} <= ${width})`);
}

for (const [lang, dir] of [["es", "ltr"], ["ar", "rtl"]]) {
  const w = WORDS[lang];
  await page.goto(`${base}/${lang}/`);
  await page.fill("#q", QUERY);
  await Promise.all([page.waitForURL(/\/search\?/), page.press("#q", "Enter")]);
  const got = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
  check(got[0] === lang && got[1] === dir, `${lang}: results page is lang=${got[0]} dir=${got[1]}`);
  const card = (slug) => page.locator("li.card", { has: page.locator(`a[href="/${lang}/services/${slug}"]`) });
  const open = card(OPEN);
  const closed = card(CLOSED);
  check((await open.count()) === 1 && (await closed.count()) === 1, `${lang}: both clinics have a result card`);

  const text = async (loc) => (await loc.innerText()).replace(/\s+/g, " ");
  const openText = await text(open);
  const closedText = await text(closed);
  check(openText.includes(w.free), `${lang}: the free clinic's card says "${w.free}"`);
  check(!closedText.includes(w.free), `${lang}: the clinic with a fee does not say free`);
  check(openText.includes(w.noStatus), `${lang}: the card says the clinic does not ask about status`);
  check(closedText.includes(w.asks) && !closedText.includes(w.noStatus), `${lang}: the other card says it asks about status`);
  check((await open.locator(".status.open").innerText()).includes(w.open), `${lang}: the first clinic is open now`);
  check((await closed.locator(".status.closed").innerText()).includes(w.closed), `${lang}: the second clinic is closed now`);

  // One tap to call, one tap to directions: links on the card itself, big enough to tap.
  for (const [name, loc] of [["call", open.locator('a[href^="tel:"]')], ["directions", open.locator('a[href^="https://www.openstreetmap.org/?mlat="]')]]) {
    check((await loc.count()) === 1, `${lang}: the card has a ${name} link`);
    const box = await loc.boundingBox();
    check(box && box.height >= 24 && box.width >= 24 && box.x >= 0 && box.x + box.width <= 360, `${lang}: the ${name} link is a tap target on screen (${box && Math.round(box.width)}×${box && Math.round(box.height)})`);
  }
  const tel = await open.locator('a[href^="tel:"]').getAttribute("href");
  check(tel === "tel:+14085550100", `${lang}: the call link dials the clinic (${tel})`);

  await fits(`results ${lang}`);
  await page.screenshot({ path: `${shots}/cards-${lang}-360.png`, fullPage: true });
  await axe(`results ${lang} at 360 px`);

  // The filter "doesn't ask about immigration status", in this language, ticked and applied.
  const results = async () => Number((await page.locator("p.count[role=status]").innerText()).replace(/\D/g, ""));
  await page.locator("details.more summary", { hasText: w.filters }).click();
  const box = page.getByRole("checkbox", { name: w.noStatus });
  check((await box.count()) === 1 && !(await box.isChecked()), `${lang}: the filter "${w.noStatus}" is offered, off`);
  const label = page.locator("label", { has: page.locator('input[name="no_status_questions"]') });
  const counted = Number((await label.locator(".count").innerText()).replace(/\D/g, ""));
  await box.check();
  await Promise.all([page.waitForURL(/no_status_questions=1/), page.getByRole("button", { name: w.apply }).click()]);
  check((await results()) === counted, `${lang}: the filter's count (${counted}) is the number of results it leaves (${await results()})`);
  check((await card(OPEN).count()) === 1 && (await card(CLOSED).count()) === 0, `${lang}: the clinic that asks about status is gone, the other stays`);
  check(await page.getByRole("checkbox", { name: w.noStatus }).isChecked(), `${lang}: the filter shows as on, in view`);
  await fits(`filtered ${lang}`);
  await page.screenshot({ path: `${shots}/filtered-${lang}-360.png`, fullPage: true });
  await axe(`filtered results ${lang} at 360 px`);

  // The listing: safety facts with sources, directions, the same in this language.
  await Promise.all([page.waitForLoadState("load"), open.locator("h2 a").click()]);
  check(new URL(page.url()).pathname === `/${lang}/services/${OPEN}`, `${lang}: a tap on the card opens the listing`);
  check((await page.locator('a[href^="geo:"]').count()) >= 1, `${lang}: the listing offers a geo: link`);
  check((await page.locator(".safety dd").count()) === 5, `${lang}: the listing answers all five safety questions`);
  await fits(`listing ${lang}`);
  await page.screenshot({ path: `${shots}/listing-${lang}-360.png`, fullPage: true });
  await axe(`listing ${lang} at 360 px`);
}

check(outside.length === 0, `no request left ${origin} (${outside.slice(0, 3).join(", ")})`);
await browser.close();
console.log(`cards: ${failures.length === 0 ? "all checks passed" : failures.length + " failed"}`);
process.exit(failures.length === 0 ? 0 : 1);
