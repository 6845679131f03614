//! Unit tests of the offline app's pure logic: its strings, the language it picks, which way
//! a language is written (against the server's rule), the message for each refusal, a text
//! in the reader's language or the original, an event's time, a schedule's hours, routes.
//! Run by tests/it/offline_app.rs (`node --test`); must never need a browser or a network.

import { test } from "node:test";
import assert from "node:assert/strict";
import { memoryDb, testState, useVerifier } from "./support.mjs";

useVerifier("real");
const { direction, parseRtl, pickLanguage, refusalText, translate, REASONS } = await import("../i18n.mjs");
const { scheduleLines, text, when, formatDate, kb } = await import("../records.mjs");
const { refusal } = await import("../releases.mjs");
const { parseRoute } = await import("../router.mjs");
const { begin, done } = await import("../state.mjs");
const { BundleError } = await import("../../../crates/bundle/js/verify.mjs");

test("a string takes its arguments, and a missing one shows its id", () => {
  const strings = { "offline-held": "Release { $seq } of {$region}" };
  assert.equal(translate(strings, "offline-held", { seq: 4, region: "Ohio" }), "Release 4 of Ohio");
  assert.equal(translate(strings, "offline-held", { seq: 4 }), "Release 4 of ");
  assert.equal(translate(strings, "offline-nothing"), "offline-nothing");
});

test("the language asked for, else kept, else the browser's, by base language, else the first", () => {
  const options = ["en", "es", "pt-BR", "zh-TW"];
  assert.equal(pickLanguage(options, ["es", "en"]), "es");
  assert.equal(pickLanguage(options, [null, "", "es-MX"]), "es", "a regional tag finds its base");
  assert.equal(pickLanguage(options, ["pt"]), "pt-BR", "a base finds a regional option");
  assert.equal(pickLanguage(options, ["zh-Hant-TW"]), "zh-TW");
  assert.equal(pickLanguage(options, ["ko", "fr"]), "en", "none shipped: the first option");
  assert.equal(pickLanguage([], ["ko"]), "en");
});

test("which way a tag is written follows the server's rule (vecino_i18n::direction)", () => {
  // The rule and what the server's own function says of each tag, from the Rust test that runs
  // this file (the page carries the same rule in <meta name="vecino-rtl">).
  const rule = parseRtl(process.env.VECINO_RTL_RULE);
  const expected = JSON.parse(process.env.VECINO_RTL_EXPECTED ?? "null");
  assert.ok(rule.languages.size && expected, "run by tests/it/offline_app.rs, which gives the rule");
  for (const [tag, dir] of Object.entries(expected)) assert.equal(direction(rule, tag), dir, tag);
  assert.equal(direction(parseRtl("not json"), "fa"), "ltr", "no rule: left to right");
});

test("each refusal says why, in the reader's words", () => {
  const tr = (id, args) => (args ? `${id}(${Object.entries(args).map(([k, v]) => `${k}=${v}`).join(",")})` : id);
  assert.equal(refusalText(tr, null), "offline-rejected(reason=offline-reason-format)", "not a bundle error");
  for (const [kind, reason] of Object.entries(REASONS)) assert.equal(refusalText(tr, kind, "", 3), `offline-rejected(reason=${reason})`, kind);
  assert.equal(refusalText(tr, "BadSignature", ""), "offline-rejected(reason=offline-reason-signature)");
  assert.equal(refusalText(tr, "RevokedKey", ""), "offline-rejected(reason=offline-reason-revoked)");
  assert.equal(refusalText(tr, "HashMismatch", ""), "offline-rejected(reason=offline-reason-damaged)");
  assert.equal(refusalText(tr, "WrongRegion", ""), "offline-rejected(reason=offline-reason-region)");
  assert.equal(refusalText(tr, "Malformed", ""), "offline-rejected(reason=offline-reason-format)", "an unknown kind");
  assert.equal(refusalText(tr, "Rollback", "release 3 < 5 seen", 5), "offline-rollback(seq=3,held=5)");
  assert.equal(refusalText(tr, "Rollback", "older"), "offline-rollback(seq=?,held=?)");
  assert.equal(refusalText(tr, "Equivocation", "", 7), "offline-conflict(seq=7)");
});

test("an equivocation stays flagged on the region; an unknown format asks for the app's update", async () => {
  const db = memoryDb();
  const state = await testState({ db });
  state.strings = { "offline-conflict": "conflict at {$seq}" };
  await db.put("seen", "ohio", { seq: 7, sha256: "aa" });
  state.held = { region: "ohio" };
  state.seen = { seq: 7, sha256: "aa" };
  assert.equal(await refusal(state, new BundleError("Equivocation", "two releases 7"), "ohio"), "conflict at 7");
  assert.equal((await db.get("seen", "ohio")).conflict, 7, "kept");
  assert.equal(state.seen.conflict, 7, "shown on the held region");

  let asked = 0;
  state.checkForAppUpdate = () => asked++;
  await refusal(state, new BundleError("UnknownFormat", "version 9"), "ohio");
  assert.equal(asked, 1);
  assert.equal(await refusal(state, new Error("network"), "ohio"), "offline-rejected", "not a bundle error");
});

test("a text in the reader's language, else the original, saying so", () => {
  const original = { text: "Food bank", locale: "en", provenance: "original" };
  const spanish = { text: "Banco de comida", locale: "es", provenance: "human" };
  assert.deepEqual(text(original, spanish, "es-MX"), { text: "Banco de comida", locale: "es", provenance: "human", stale: undefined, differs: false });
  assert.equal(text(original, undefined, "es").text, "Food bank");
  assert.equal(text(original, undefined, "es").differs, true, "the original, not her language");
  assert.equal(text(original, { ...spanish, stale: true }, "es").stale, true);
  assert.equal(text(null, undefined, "es"), null);
});

test("an event is shown in its own time zone, and as given when that fails", () => {
  const r = { starts_at: "2026-03-01T18:00:00Z", timezone: "America/New_York" };
  const shown = when(r, "en");
  assert.match(shown, /Sunday, March 1, 2026/);
  assert.match(shown, /1:00/, "18:00 UTC is 1 PM in New York");
  assert.match(when({ ...r, timezone: "" }, "en"), /6:00/, "no zone: UTC");
  assert.equal(when({ ...r, timezone: "Not/AZone" }, "en"), r.starts_at);
  assert.equal(formatDate("2026-03-01T00:00:00Z", "en"), "March 1, 2026");
  assert.equal(formatDate("nonsense", "en"), "");
  assert.equal(kb(10, "en"), "1 KB");
});

test("a schedule's weekly hours, one line a day, in the reader's language", () => {
  const schedule = {
    weekly: [
      { weekday: "monday", opens: "09:00:00", closes: "17:00:00" },
      { weekday: "Saturday", opens: "00:00", closes: "00:00" },
      { weekday: "holiday", opens: "10:00", closes: "12:00" },
    ],
  };
  assert.deepEqual(scheduleLines(schedule, "en"), ["Monday: 09:00–17:00", "Saturday: 24 h", "holiday: 10:00–12:00"]);
  assert.equal(scheduleLines(schedule, "es")[0], "lunes: 09:00–17:00");
  assert.deepEqual(scheduleLines(undefined, "en"), []);
});

test("the address names the view", () => {
  assert.deepEqual(parseRoute(""), { view: "home", deep: false });
  assert.deepEqual(parseRoute("#/listing/food%20bank"), { view: "listing", slug: "food bank", deep: true });
  assert.deepEqual(parseRoute("#/search?q=rent%20help"), { view: "search", q: "rent help", filters: {}, near: null, deep: true });
  assert.deepEqual(parseRoute("#/guide/"), { view: "home", deep: true }, "no slug: home");
});

test("a new version of the app waits for the download under way", () => {
  const state = { busy: 0, reloadWanted: false };
  let reloads = 0;
  begin(state);
  begin(state);
  state.reloadWanted = true;
  done(state, () => reloads++);
  assert.equal(reloads, 0, "one still under way");
  done(state, () => reloads++);
  assert.equal(reloads, 1);
});
