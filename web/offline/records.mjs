//! The held release's records as a reader sees them: a text in her language (or the
//! original, saying so), records by slug, an event's time in its own zone, a schedule's weekly
//! hours, dates and sizes in her language. Pure functions; it must never touch the page,
//! storage or the network (Node tests import it).

/** A text of a record in the reader's language `lang`: the language file's, else the original. */
export function text(original, translated, lang) {
  const tr = translated ?? null;
  const shown = tr ?? original;
  if (!shown) return null;
  return { text: shown.text, locale: shown.locale, provenance: shown.provenance, stale: tr?.stale, differs: shown.locale.split("-")[0] !== lang.split("-")[0] };
}

/** Slug → record id, built once per held release. */
const slugIndex = new WeakMap();
function bySlug(held, file) {
  const records = held.contents[file] ?? {};
  let index = slugIndex.get(records);
  if (!index) {
    index = new Map(Object.entries(records).map(([id, r]) => [r.slug, id]));
    slugIndex.set(records, index);
  }
  return index;
}
export const listingId = (held, slug) => bySlug(held, "shared/listings").get(slug);
export const eventId = (held, slug) => bySlug(held, "shared/events").get(slug);
export const guideId = (held, slug) => bySlug(held, "shared/guides").get(slug);

export function listingTexts(held, lang, id) {
  const r = held.contents["shared/listings"][id];
  const tr = held.contents[`${lang}/listings`]?.[id] ?? {};
  return { r, tr, name: text(r.name, tr.name, lang), description: text(r.description, tr.description, lang) };
}

export function eventTexts(held, lang, id) {
  const r = held.contents["shared/events"][id];
  const tr = held.contents[`${lang}/events`]?.[id] ?? {};
  return { r, tr, title: text(r.title, tr.title, lang), description: text(r.description, tr.description, lang) };
}

export function guideTexts(held, lang, id) {
  const r = held.contents["shared/guides"][id];
  const tr = held.contents[`${lang}/guides`]?.[id] ?? {};
  return { r, tr, title: text(r.title, tr.title, lang), summary: text(r.summary, tr.summary, lang), body: text(r.body, tr.body, lang) };
}

/** The listings by name in the reader's language (sorted once per release and language). */
const sortedCache = new WeakMap();
export function sortedListings(held, lang) {
  const records = held.contents["shared/listings"] ?? {};
  const cached = sortedCache.get(records);
  if (cached?.lang === lang) return cached.list;
  const collator = new Intl.Collator(lang);
  const list = Object.keys(records)
    .map((id) => ({ id, ...listingTexts(held, lang, id) }))
    .sort((a, b) => collator.compare(a.name.text, b.name.text));
  sortedCache.set(records, { lang, list });
  return list;
}

/**
 * A browse list: the listings (of `topic`, or all) by name that search shows today, by the
 * engine's `standings` (slug → `{listed}`); none when there are no standings to go by.
 */
export function browseList(held, lang, standings, topic = null) {
  if (!standings) return [];
  return sortedListings(held, lang).filter((l) => standings[l.r.slug]?.listed === true && (!topic || (l.r.topics ?? []).includes(topic)));
}

/** The topics of the held release's guides and of the listings that search shows, each with how many such listings it has. */
export function browseTopics(held, standings) {
  const counts = new Map();
  for (const g of Object.values(held.contents["shared/guides"] ?? {})) for (const t of g.topics ?? []) counts.set(t, counts.get(t) ?? 0);
  for (const r of Object.values(held.contents["shared/listings"] ?? {})) {
    if (standings?.[r.slug]?.listed !== true) continue;
    for (const t of r.topics ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** When an event is, in its own time zone. */
export function when(r, lang) {
  const options = { dateStyle: "full", timeStyle: "short", timeZone: r.timezone || "UTC" };
  try {
    return new Intl.DateTimeFormat(lang, options).format(new Date(r.starts_at));
  } catch {
    return r.starts_at;
  }
}

/** A date (an ISO timestamp's day, in UTC) in the reader's language; "" when there is none. */
export function formatDate(iso, lang) {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toLocaleDateString(lang, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }) : "";
}

/** A size in kilobytes, at least 1. */
export const kb = (n, lang) => `${Math.max(1, Math.round(n / 1024)).toLocaleString(lang)} KB`;

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/** A schedule's weekly hours, one line per day, in the reader's language. */
export function scheduleLines(schedule, lang) {
  const weekly = schedule?.weekly ?? [];
  const dayName = (d) => {
    const i = WEEKDAYS.indexOf(String(d).toLowerCase());
    return i >= 0 ? new Date(Date.UTC(2024, 0, 1 + i)).toLocaleDateString(lang, { weekday: "long", timeZone: "UTC" }) : String(d);
  };
  const hm = (t) => String(t ?? "").slice(0, 5);
  return weekly.map((r) => `${dayName(r.weekday)}: ${hm(r.opens) === hm(r.closes) ? "24 h" : `${hm(r.opens)}–${hm(r.closes)}`}`);
}

// ---- What a resident acts on: a listing's facts for its card and page (format version 3;
// an older release simply has none of them, and nothing is shown for what is not there). ----

/** A day ("YYYY-MM-DD") `n` days after `day`. */
function addDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Today's date in UTC ("YYYY-MM-DD"), as the server counts review intervals. */
export const isoDay = (now) => new Date(now).toISOString().slice(0, 10);

const WEEKDAY_NAMES = { Mon: "monday", Tue: "tuesday", Wed: "wednesday", Thu: "thursday", Fri: "friday", Sat: "saturday", Sun: "sunday" };

/** The day, weekday and time (HH:MM) at `now` in `timeZone`; null for a zone the phone does not know. */
export function localNow(now, timeZone) {
  try {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
        .formatToParts(new Date(now))
        .map((p) => [p.type, p.value]),
    );
    return { day: `${parts.year}-${parts.month}-${parts.day}`, weekday: WEEKDAY_NAMES[parts.weekday], time: `${parts.hour}:${parts.minute}` };
  } catch {
    return null;
  }
}

const hm = (t) => String(t ?? "").slice(0, 5);

/**
 * Today's hours of a schedule at `now`, in its own zone: `{open, ranges, note}` (`open` is
 * whether it is open at that minute; `ranges` "09:00–17:00" strings, empty when closed today),
 * or null when there is no schedule (unknown: nothing is claimed).
 */
export function hoursToday(schedule, now) {
  if (!schedule || !Array.isArray(schedule.weekly)) return null;
  const at = localNow(now, schedule.timezone || "UTC");
  if (!at) return null;
  const exception = (day) => (schedule.exceptions ?? []).find((e) => e.date === day);
  const rangesOn = (day, weekday) => {
    const ex = exception(day);
    if (ex) return ex.kind === "closed" ? [] : (ex.hours ?? []);
    return schedule.weekly.filter((w) => String(w.weekday).toLowerCase() === weekday);
  };
  const today = rangesOn(at.day, at.weekday);
  const yesterdayDay = addDays(at.day, -1);
  const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
  const yesterday = rangesOn(yesterdayDay, weekdays[(weekdays.indexOf(at.weekday) + 6) % 7]);
  const overnight = (r) => hm(r.closes) <= hm(r.opens);
  const open =
    today.some((r) => at.time >= hm(r.opens) && (overnight(r) || at.time < hm(r.closes))) ||
    yesterday.some((r) => overnight(r) && hm(r.closes) !== hm(r.opens) && at.time < hm(r.closes));
  return { open, ranges: today.map((r) => (hm(r.opens) === hm(r.closes) ? "24 h" : `${hm(r.opens)}–${hm(r.closes)}`)), note: exception(at.day)?.note ?? null };
}

/** Whether a person can call a phone (HSDS type; none stated: a voice line). */
export const callable = (p) => !p.type || ["voice", "cell", "textphone", "video"].includes(p.type);

/** A `tel:` link for a number (digits and dialing marks only), with its extension after a pause. */
export function telHref(p) {
  const number = String(p.number ?? "").replace(/[^0-9+*#]/g, "");
  if (!number) return null;
  const ext = String(p.extension ?? "").replace(/[^0-9]/g, "");
  return `tel:${number}${ext ? `,${ext}` : ""}`;
}

/** The safety facts, in the order a card shows them. */
export const SAFETY_FACTS = ["asks_status", "id_needed", "ssn_needed", "regardless_of_status", "public_charge"];

/**
 * The "is it safe for me" facts that are known, each `{fact, value, checked, source}` (value a
 * slug, or "yes"/"no" for a yes-or-no fact); a fact that is not known is not in the list.
 */
export function knownSafety(r) {
  const s = r.safety ?? {};
  return SAFETY_FACTS.filter((f) => s[f] && s[f].value !== undefined && s[f].checked).map((f) => ({
    fact: f,
    value: typeof s[f].value === "boolean" ? (s[f].value ? "yes" : "no") : String(s[f].value),
    checked: s[f].checked,
    source: s[f].source ?? null,
  }));
}

/** Accepting new clients, a waitlist, or null (no capacity stated), as vecino_core's `intake`. */
export function intake(r) {
  const capacity = r.details?.capacity ?? [];
  if (!capacity.length) return null;
  return capacity.some((c) => Number(c.available) > 0) ? "accepting" : "waitlist";
}

/** Whether it costs: "free" (a source says so), "fee" (a source names a price), or null (unknown). */
export function cost(r) {
  if (r.free === true) return "free";
  if (r.free === false || (r.details?.cost_options ?? []).some((c) => Number(c.amount) > 0)) return "fee";
  return null;
}

/**
 * A listing as its result card and page show it at `now`: only what the record carries; every
 * member is null or empty when the record does not say. Its freshness is the engine's
 * `standing` (engine.mjs `standings`: the server's rule, never judged here); without one,
 * nothing is said about it.
 */
export function listingFacts(held, lang, id, now, standing = null) {
  const { r, tr, name, description } = listingTexts(held, lang, id);
  const fresh = standing ? { state: standing.state, checked: standing.checked ?? null } : null;
  const places = r.locations ?? [];
  const schedule = places.find((p) => p.schedule)?.schedule ?? r.schedule ?? null;
  const phones = [...(r.phones ?? []), ...((r.phones ?? []).length ? [] : (r.organization?.phones ?? []))];
  const d = r.details ?? {};
  const t = (key) => text(d[key], tr[key], lang);
  return {
    r,
    tr,
    name,
    description,
    organization: r.organization ? text(r.organization.name, tr.organization_name, lang) : null,
    status: r.status ?? "active",
    hours: hoursToday(schedule, now),
    doubtful: !!fresh && fresh.state !== "current",
    freshness: fresh,
    phones: phones.filter(callable).map((p) => ({ number: p.number, extension: p.extension ?? null, href: telHref(p), languages: p.languages ?? [] })).filter((p) => p.href),
    languages: (r.languages ?? []).map((l) => (typeof l === "string" ? l : l.code)).filter(Boolean),
    cost: cost(r),
    fees: t("fees"),
    accreditation: r.accreditation ?? null,
    safety: knownSafety(r),
    publicChargeNote: text(r.safety?.public_charge_note, tr.public_charge_note, lang),
    intake: intake(r),
    eligibility: t("eligibility"),
    applicationProcess: t("application_process"),
    alert: t("alert"),
    documents: (d.documents ?? []).map((doc, i) => ({ text: text(doc.document, tr.documents?.[String(i)], lang), uri: doc.uri ?? null })),
    ages: d.minimum_age !== undefined || d.maximum_age !== undefined ? { min: d.minimum_age ?? null, max: d.maximum_age ?? null } : null,
    directions: places.filter((p) => p.point && Number.isFinite(p.point.latitude) && Number.isFinite(p.point.longitude)).map((p) => directions(p)),
  };
}

/** Links to a place: a `geo:` URI (the phone's map app) and OpenStreetMap; nothing is fetched until tapped. */
export function directions(place) {
  const { latitude: lat, longitude: lon } = place.point;
  const label = place.name?.text ?? "";
  return {
    id: place.id,
    geo: `geo:${lat},${lon}?q=${lat},${lon}${label ? `(${encodeURIComponent(label)})` : ""}`,
    osm: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`,
  };
}

/** The filters a search can ask for, by their request parameter (as /api/v1/search names them). */
export const FILTERS = ["no_status_questions", "no_id", "accepting", "free"];

/** The filters in an address's query (`age` a whole number of years, or absent). */
export function parseFilters(params) {
  const on = (v) => ["1", "true", "on", "yes"].includes(String(v ?? "").toLowerCase());
  const f = Object.fromEntries(FILTERS.filter((k) => on(params.get(k))).map((k) => [k, true]));
  const age = Number.parseInt(params.get("age") ?? "", 10);
  if (Number.isInteger(age) && age >= 0 && age <= 120) f.age = age;
  return f;
}

/**
 * Whether a listing record passes the filters: a filter on a fact that is not known leaves the
 * listing out (a resident asking "doesn't ask about status" is never shown a guess); `age`
 * leaves out only a listing whose stated ages exclude it.
 */
export function passes(r, filters) {
  if (filters.no_status_questions && r.safety?.asks_status?.value !== "no") return false;
  if (filters.no_id && r.safety?.id_needed?.value !== "none") return false;
  if (filters.accepting && intake(r) !== "accepting") return false;
  if (filters.free && r.free !== true) return false;
  if (filters.age !== undefined) {
    const { minimum_age: min, maximum_age: max } = r.details ?? {};
    if ((min !== undefined && filters.age < min) || (max !== undefined && filters.age > max)) return false;
  }
  return true;
}

/** A guide's changing fact's dates: `checked` (`as_of` in releases before format version 3) and `took_effect`. */
export function factDates(f) {
  return { checked: f?.checked ?? f?.as_of ?? null, tookEffect: f?.took_effect ?? null };
}
