// The staff editor in a real headless Chromium: an axe-core scan (WCAG 2.2 AA, no serious or
// critical violation) of each page, in English and Arabic (right to left), a phone-width
// viewport with nothing needing sideways scrolling, and the forms usable by keyboard.
// Usage: node admin.mjs <base url> <session cookie value> <path>…
// Started by tests/it/editor.rs against the real vecino binary; exits non-zero on a failure.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [base, session, ...paths] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const origin = new URL(base);

async function newPage(viewport) {
  const context = await browser.newContext({ viewport });
  await context.addCookies([
    { name: "vecino_session", value: session, domain: origin.hostname, path: "/admin" },
  ]);
  return context.newPage();
}

const wide = await newPage({ width: 1280, height: 900 });
const phone = await newPage({ width: 360, height: 740 });
for (const path of paths) {
  for (const lang of ["en", "ar"]) {
    const url = `${base}${path.replace("/admin/en/", `/admin/${lang}/`)}`;
    const resp = await wide.goto(url);
    check(resp.status() === 200, `${lang} ${path} answers 200 (${resp.status()})`);
    await wide.evaluate(axeSource);
    const result = await wide.evaluate(async () =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
    );
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    for (const v of bad) console.log(`     ${path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    check(result.passes.length > 10 && bad.length === 0, `axe: no serious or critical violation on ${lang} ${path}`);
    await phone.goto(url);
    const [scroll, width] = await phone.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    check(scroll <= width, `phone width: ${lang} ${path} fits (${scroll} <= ${width})`);
  }
}

// Keyboard: from the first field, Tab reaches the save button without a mouse.
const form = paths.find((p) => p.endsWith("/new"));
if (form) {
  await wide.goto(`${base}${form}`);
  await wide.focus("form.edit input:not([type=hidden]), form.edit select, form.edit textarea");
  let reached = false;
  for (let i = 0; i < 200 && !reached; i++) {
    await wide.keyboard.press("Tab");
    reached = await wide.evaluate(() => document.activeElement?.getAttribute("type") === "submit");
  }
  check(reached, `keyboard: Tab reaches the save button of ${form}`);
}

await browser.close();
if (failures.length) {
  console.log(`admin: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("admin: all checks passed");
