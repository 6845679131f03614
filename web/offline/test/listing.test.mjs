//! Unit tests of what the offline app shows of a listing (format version 3 records): hours
//! today in the place's zone, callable phones only, cost, the safety facts that are known (an
//! unknown one is never claimed), freshness, capacity, directions, filters, guides' fact dates,
//! and a version 2 record, which shows none of it. Run by tests/it/offline_app.rs (`node
//! --test`); must never need a browser or a network.

import { test } from "node:test";
import assert from "node:assert/strict";
import { useVerifier } from "./support.mjs";

useVerifier("fake");
const r = await import("../records.mjs");
const { parseRoute } = await import("../router.mjs");

const FAQ = { title: "Clinic FAQ", url: "https://example.org/faq" };
const listing = {
  slug: "clinica",
  status: "active",
  name: { locale: "es", provenance: "original", text: "Clínica del barrio" },
  description: { locale: "es", provenance: "original", text: "Consultas." },
  topics: ["health"],
  sources: [FAQ],
  free: true,
  accreditation: undefined,
  languages: [{ code: "es", how: "staff" }],
  phones: [
    { number: "+1 (408) 555-0100", extension: "12", type: "voice", languages: ["es"] },
    { number: "+1 (408) 555-0199", type: "fax" },
  ],
  locations: [
    {
      id: "p1",
      slug: "p1",
      timezone: "America/Los_Angeles",
      point: { latitude: 37.33, longitude: -121.88, precision: "exact" },
      name: { locale: "es", provenance: "original", text: "Sede" },
      schedule: { timezone: "America/Los_Angeles", weekly: [{ weekday: "monday", opens: "09:00:00", closes: "17:00:00" }], exceptions: [{ date: "2026-12-08", kind: "closed" }] },
    },
  ],
  verified_at: "2026-11-02T18:00:00Z",
  source_checked_on: "2026-11-20",
  review_days: 180,
  details: {
    eligibility: { locale: "en", provenance: "original", text: "Adults in the county." },
    minimum_age: 18,
    documents: [{ document: { locale: "en", provenance: "original", text: "Any photo ID." } }],
    capacity: [{ available: 0, unit: "appointments", updated: "2026-11-20T10:00:00Z" }],
    alert: { locale: "en", provenance: "original", text: "Closed on the 8th." },
  },
  safety: {
    asks_status: { value: "no", source: FAQ, checked: "2026-11-20" },
    ssn_needed: { value: false, source: FAQ, checked: "2026-11-20" },
  },
  organization: { id: "o1", slug: "org", name: { locale: "es", provenance: "original", text: "Salud Comunitaria" }, phones: [{ number: "+1 408 555 0111" }] },
};
const held = {
  contents: {
    "shared/listings": { L1: listing, L2: { slug: "old", status: "active", name: { locale: "en", provenance: "original", text: "Old" }, description: { locale: "en", provenance: "original", text: "x" }, sources: [FAQ], verified_at: "2025-01-01T00:00:00Z" } },
    "es/listings": { L1: { eligibility: { locale: "es", provenance: "human", text: "Adultos del condado." }, documents: { 0: { locale: "es", provenance: "human", text: "Cualquier identificación con foto." } } } },
  },
};
// Monday 7 December 2026, 10:30 in San José (18:30 UTC).
const MONDAY = Date.parse("2026-12-07T18:30:00Z");

test("a card's facts: organization, open now, callable phones, cost, known safety facts, checked date", () => {
  const f = r.listingFacts(held, "es", "L1", MONDAY, { state: "current", checked: "2026-11-20", due: "2027-05-19", listed: true });
  assert.equal(f.organization.text, "Salud Comunitaria");
  assert.deepEqual(f.hours, { open: true, ranges: ["09:00–17:00"], note: null });
  assert.deepEqual(
    f.phones.map((p) => p.href),
    ["tel:+14085550100,12"],
    "the fax is not offered to call, and the organization's line only stands in when the service has none",
  );
  assert.deepEqual(f.phones[0].languages, ["es"]);
  assert.equal(f.cost, "free");
  assert.deepEqual(
    f.safety.map((s) => `${s.fact}=${s.value}`),
    ["asks_status=no", "ssn_needed=no"],
    "only the known facts, never one the record does not carry",
  );
  assert.equal(f.freshness.state, "current");
  assert.equal(f.freshness.checked, "2026-11-20", "the engine's day of the last check");
  assert.equal(f.doubtful, false);
  assert.equal(f.intake, "waitlist");
  assert.equal(f.eligibility.text, "Adultos del condado.", "the reader's language where there is a translation");
  assert.equal(f.documents[0].text.text, "Cualquier identificación con foto.");
  assert.equal(f.alert.text, "Closed on the 8th.");
  assert.equal(f.alert.differs, true, "the original, saying it is not her language");
  assert.deepEqual(f.ages, { min: 18, max: null });
  assert.equal(f.directions[0].geo, "geo:37.33,-121.88?q=37.33,-121.88(Sede)");
  assert.match(f.directions[0].osm, /^https:\/\/www\.openstreetmap\.org\/\?mlat=37\.33&mlon=-121\.88/);
});

test("hours follow the place's zone, its closed days and overnight ranges", () => {
  const schedule = listing.locations[0].schedule;
  assert.equal(r.hoursToday(schedule, Date.parse("2026-12-07T16:30:00Z")).open, false, "08:30 in San José: not yet");
  assert.equal(r.hoursToday(schedule, Date.parse("2026-12-08T04:00:00Z")).open, false, "Monday 20:00 there, Tuesday in UTC");
  const closedDay = r.hoursToday(schedule, Date.parse("2026-12-08T18:30:00Z"));
  assert.deepEqual(closedDay.ranges, [], "a dated closure");
  const night = { timezone: "UTC", weekly: [{ weekday: "friday", opens: "22:00", closes: "06:00" }] };
  assert.equal(r.hoursToday(night, Date.parse("2026-12-12T03:00:00Z")).open, true, "Saturday 03:00 is Friday night's");
  assert.equal(r.hoursToday(undefined, MONDAY), null, "no schedule: nothing claimed");
});

test("freshness is the engine's word: out of date when it says so, nothing said without it", () => {
  const old = r.listingFacts(held, "es", "L2", MONDAY, { state: "overdue", checked: "2025-01-01", due: "2025-06-30", listed: true });
  assert.equal(old.freshness.state, "overdue");
  assert.equal(old.doubtful, true);
  const unjudged = r.listingFacts(held, "es", "L2", MONDAY);
  assert.equal(unjudged.freshness, null, "no engine: no claim either way");
  assert.equal(unjudged.doubtful, false);
  assert.deepEqual([old.safety, old.phones, old.documents, old.directions], [[], [], [], []], "an older record shows nothing it does not carry");
  assert.equal(old.cost, null, "cost unknown, neither free nor fee");
  assert.equal(old.intake, null);
  assert.equal(old.hours, null);
});

test("browse lists show what the engine says search shows, by name, per topic", () => {
  const known = { clinica: { state: "current", listed: true }, old: { state: "expired", listed: false } };
  assert.deepEqual(r.browseList(held, "es", known).map((l) => l.r.slug), ["clinica"], "the expired one is left out");
  assert.deepEqual(r.browseList(held, "es", known, "health").map((l) => l.r.slug), ["clinica"]);
  assert.deepEqual(r.browseList(held, "es", known, "youth"), []);
  assert.deepEqual(r.browseList(held, "es", { ...known, old: { state: "overdue", listed: true } }).map((l) => l.r.slug), ["clinica", "old"]);
  assert.deepEqual(r.browseList(held, "es", null), [], "no engine: nothing claimed as current");
  assert.deepEqual([...r.browseTopics(held, known)], [["health", 1]]);
  assert.deepEqual(parseRoute("#/topic/legal-aid"), { view: "topic", slug: "legal-aid", deep: true });
});

test("filters keep only listings whose known facts pass, and the address keeps them", () => {
  const rec = listing;
  assert.equal(r.passes(rec, { no_status_questions: true }), true);
  assert.equal(r.passes(rec, { no_id: true }), false, "ID needed is unknown: not shown as 'no ID needed'");
  assert.equal(r.passes(rec, { accepting: true }), false, "a waitlist");
  assert.equal(r.passes(rec, { free: true }), true);
  assert.equal(r.passes(rec, { age: 17 }), false);
  assert.equal(r.passes(rec, { age: 40 }), true);
  assert.equal(r.passes(held.contents["shared/listings"].L2, { age: 10 }), true, "no ages stated: not excluded by age");
  const route = parseRoute("#/search?q=cl%C3%ADnica&free=1&no_status_questions=on&age=30&accepting=0&near=37.3,-121.9");
  assert.deepEqual(route, { view: "search", q: "clínica", filters: { free: true, no_status_questions: true, age: 30 }, near: "37.3,-121.9", deep: true });
  assert.deepEqual(parseRoute("#/search?q=x&age=-4").filters, {}, "a nonsense age is no filter");
});

test("a guide's changing fact: checked and took effect, and an older release's as_of is the checked day", () => {
  assert.deepEqual(r.factDates({ id: "fee", checked: "2026-11-01", took_effect: "2024-04-01" }), { checked: "2026-11-01", tookEffect: "2024-04-01" });
  assert.deepEqual(r.factDates({ id: "fee", as_of: "2025-03-01" }), { checked: "2025-03-01", tookEffect: null });
});

test("every message the listing views use exists in every locale, written right to left where it should be", async () => {
  const { readFile, readdir } = await import("node:fs/promises");
  const root = new URL("../../../locales/", import.meta.url);
  const used = new Set();
  for (const file of ["view-search.mjs", "view-record.mjs", "view-home.mjs"]) {
    const src = await readFile(new URL(`../${file}`, import.meta.url), "utf8");
    for (const m of src.matchAll(/"(offline-[a-z-]+)"/g)) used.add(m[1]);
  }
  for (const fact of r.SAFETY_FACTS) used.add(`offline-fact-${fact.replaceAll("_", "-")}`);
  for (const v of ["asks-status-no", "asks-status-yes", "asks-status-some-programs", "id-needed-none", "id-needed-any-id", "id-needed-government-id", "ssn-needed-no", "ssn-needed-yes", "regardless-of-status-yes", "regardless-of-status-no", "public-charge-not-considered", "public-charge-may-be-considered"]) used.add(`offline-safety-${v}`);
  for (const v of ["accepting", "waitlist"]) used.add(`offline-capacity-${v}`);
  const locales = await readdir(root);
  assert.ok(locales.length >= 13);
  for (const loc of locales) {
    const ftl = await readFile(new URL(`${loc}/main.ftl`, root), "utf8");
    const ids = new Set([...ftl.matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1]));
    for (const id of used) assert.ok(ids.has(id), `${loc} lacks ${id}`);
  }
  const ar = await readFile(new URL("ar/main.ftl", root), "utf8");
  assert.match(ar, /^offline-safety-asks-status-no = [\u0600-\u06FF]/m, "Arabic words, not English");
});
