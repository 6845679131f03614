// Guides and the kiosk in a real headless Chromium (playwright-core, the system's chromium),
// after a translator saved the security review's attack as the Spanish "Know your rights":
// - the guide page's DOM has no injected element or attribute, no image and no script link;
// - opening that guide does not wipe a reader's stored data (no request to /kiosk/reset);
// - after a kiosk reset, Back cannot lead to the previous patron's pages or searches, nor to a
//   report they sent.
// Usage: node kiosk.mjs <base url>
// Started by tests/it/guides_and_kiosk.rs against the real vecino binary; exits non-zero on a
// failure.
import { chromium } from "playwright-core";

const [base] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const origin = new URL(base).origin;

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1200 }, locale: "es" });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    return url.startsWith(origin + "/") || url.startsWith("data:") ? route.continue() : route.abort();
  });
  return context.newPage();
}

// 1. The guide's DOM: nothing the translator typed became markup.
const reader = await newPage();
const resets = [];
reader.on("request", (r) => { if (new URL(r.url()).pathname === "/kiosk/reset") resets.push(r.url()); });
for (const path of ["/es/guides/know-your-rights", "/kiosk/es/guides/know-your-rights"]) {
  await reader.goto(`${base}${path}`);
  const dom = await reader.evaluate(() => ({
    pwned: document.querySelectorAll("#pwned").length,
    handlers: [...document.querySelectorAll("*")].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith("on"))).length,
    hiddenInBody: document.querySelectorAll(".body [hidden], .body [data-print]").length,
    images: document.querySelectorAll(".body img").length,
    scriptLinks: [...document.querySelectorAll(".body a")].filter((a) => !/^(https?:|mailto:|tel:|\/|#)/.test(a.getAttribute("href") || "")).length,
    text: document.querySelector(".body")?.textContent ?? "",
  }));
  check(dom.pwned === 0, `${path}: no element has the injected id`);
  check(dom.handlers === 0, `${path}: no element carries an inline event handler`);
  check(dom.hiddenInBody === 0, `${path}: no injected hidden or data-print attribute in the guide`);
  check(dom.images === 0, `${path}: the guide shows no image`);
  check(dom.scriptLinks === 0, `${path}: every link in the guide is a web, mail, phone or relative link`);
  check(dom.text.includes("Derechos.") && dom.text.includes("tarjeta roja"), `${path}: the text is all shown, as text`);
}

// 2. A promotora's offline data survives opening that guide.
await reader.goto(`${base}/offline/`);
await reader.evaluate(async () => {
  localStorage.setItem("probe", "kept");
  await new Promise((resolve, reject) => {
    const open = indexedDB.open("probe-db", 1);
    open.onupgradeneeded = () => open.result.createObjectStore("s");
    open.onsuccess = () => { open.result.close(); resolve(); };
    open.onerror = () => reject(open.error);
  });
});
await reader.goto(`${base}/es/guides/know-your-rights`);
await reader.waitForLoadState("networkidle");
await reader.goto(`${base}/offline/`);
const kept = await reader.evaluate(async () => ({
  probe: localStorage.getItem("probe"),
  dbs: (await indexedDB.databases()).map((d) => d.name),
}));
check(resets.length === 0, `opening the guide requested nothing of /kiosk/reset (${resets.length})`);
check(kept.probe === "kept", `the reader's localStorage survived the guide (${kept.probe})`);
check(kept.dbs.includes("probe-db"), `the reader's IndexedDB survived the guide (${kept.dbs.join(", ")})`);

// Nor does following a link to the reset address, or another site's form that posts to it.
const attacker = origin.includes("127.0.0.1") ? origin.replace("127.0.0.1", "localhost") : origin.replace("localhost", "127.0.0.1");
await reader.context().route(`${attacker}/attack`, (route) => route.fulfill({
  contentType: "text/html",
  body: `<!doctype html><title>x</title><form id="f" method="post" action="${base}/kiosk/reset">` +
    `<input name="from" value="kiosk"></form><script>document.getElementById("f").submit()</script>`,
}));
let forged = null;
reader.on("response", (r) => { if (new URL(r.url()).pathname === "/kiosk/reset" && r.request().method() === "POST") forged = r.status(); });
await reader.goto(`${base}/kiosk/reset`);
await reader.goto(`${attacker}/attack`);
await reader.waitForLoadState("load");
await reader.waitForTimeout(500);
await reader.goto(`${base}/offline/`);
const still = await reader.evaluate(async () => ({
  probe: localStorage.getItem("probe"),
  dbs: (await indexedDB.databases()).map((d) => d.name),
}));
check(forged === 403, `another site's form posting to the reset is refused (${forged})`);
check(still.probe === "kept" && still.dbs.includes("probe-db"), `a link to the reset and another site's form wipe nothing (${still.probe})`);

// 3. A kiosk patron searches, opens a listing and a pocket card, then presses "start over".
const kiosk = await newPage();
let cleared = false;
kiosk.on("response", async (r) => {
  if (new URL(r.url()).pathname === "/kiosk/reset" && r.request().method() === "POST" &&
      (await r.allHeaders())["clear-site-data"]) cleared = true;
});
await kiosk.goto(`${base}/kiosk/es/`);
const startLength = await kiosk.evaluate(() => history.length);
await kiosk.fill("#q", "abogado");
await Promise.all([kiosk.waitForURL(/\/kiosk\/es\/search\?q=abogado/), kiosk.press("#q", "Enter")]);
check((await kiosk.locator("ol.results li").count()) > 0, "the patron's search has results");
const first = kiosk.locator("ol.results li h2 a").first();
const listing = await first.getAttribute("href");
await Promise.all([kiosk.waitForURL((u) => u.pathname === listing), first.click()]);
await kiosk.evaluate(() => localStorage.setItem("patron", "left-behind"));
// The patron reports a problem with a listing: the answer replaces the page in place.
await Promise.all([
  kiosk.waitForURL((u) => u.pathname === "/kiosk/es/services/211-santa-clara-county-helpline"),
  kiosk.evaluate(() => location.replace("/kiosk/es/services/211-santa-clara-county-helpline")),
]);
await kiosk.locator('form.report input[name="kind"]').first().check();
await kiosk.fill("#details", "El horario no es correcto");
await kiosk.click("form.report button[type=submit]");
await kiosk.waitForFunction(() => !document.querySelector("form.report") && document.querySelector("main h1"));
check((await kiosk.evaluate(() => history.length)) === startLength, "a report sent from the kiosk adds nothing to the history");
const home = kiosk.locator(".brand");
await Promise.all([kiosk.waitForURL((u) => u.pathname === "/kiosk/es/"), home.click()]);
const guideLink = kiosk.locator('a[href="/kiosk/es/guides/know-your-rights"]').first();
await Promise.all([kiosk.waitForURL(/guides\/know-your-rights$/), guideLink.click()]);
const card = kiosk.locator('a[href$="/guides/know-your-rights/card"]').first();
await Promise.all([kiosk.waitForURL(/\/card$/), card.click()]);
const during = await kiosk.evaluate(() => history.length);
check(during === startLength, `the kiosk's pages replace each other in history (${startLength} → ${during})`);

await Promise.all([
  kiosk.waitForURL((u) => /^\/kiosk\/[a-zA-Z-]+\/$/.test(u.pathname), { timeout: 10000 }),
  kiosk.click(".start-over button"),
]);
await kiosk.waitForLoadState("load");
check(cleared, "the start-over POST answered with Clear-Site-Data");
const after = await kiosk.evaluate(() => ({ length: history.length, left: localStorage.getItem("patron") }));
check(after.left === null, `the browser forgot what the patron left (${after.left})`);
check(after.length === startLength, `after the reset the history is as long as at the start (${after.length})`);

// Back, as often as the browser allows: never the previous patron's search, listing or card.
const seen = [];
for (let i = 0; i < 6; i++) {
  const before = kiosk.url();
  await kiosk.goBack({ waitUntil: "load" }).catch(() => null);
  const url = kiosk.url();
  if (url === before) break;
  seen.push(url);
  const text = await kiosk.evaluate(() => (document.body ? document.body.innerText : ""));
  check(!url.includes("abogado") && !url.includes("/search") && !url.includes("/services/") &&
        !url.includes("/card") && !url.includes("/guides/"), `Back after the reset does not reach the patron's pages (${url})`);
  check(!text.includes("abogado"), `Back after the reset shows nothing of the patron's search (${url})`);
}
console.log(`     Back went to: ${seen.join(" → ") || "(nowhere: no earlier page)"}`);

// Without JavaScript, "start over" is a plain form POST from the kiosk page: it is accepted.
const plainContext = await browser.newContext({ javaScriptEnabled: false, locale: "es" });
const plain = await plainContext.newPage();
let plainCleared = null;
plain.on("response", async (r) => {
  if (new URL(r.url()).pathname === "/kiosk/reset" && r.request().method() === "POST") {
    plainCleared = (await r.allHeaders())["clear-site-data"] ?? "";
  }
});
await plain.goto(`${base}/kiosk/es/search?q=abogado`);
await Promise.all([
  plain.waitForURL((u) => /^\/kiosk\/[a-zA-Z-]+\/$/.test(u.pathname)),
  plain.click(".start-over button"),
]);
check(plainCleared && plainCleared.includes("storage"), `without JavaScript the start-over form resets the kiosk (${plainCleared})`);

await browser.close();
console.log(`kiosk: ${failures.length === 0 ? "all checks passed" : failures.length + " failed"}`);
process.exit(failures.length === 0 ? 0 : 1);
