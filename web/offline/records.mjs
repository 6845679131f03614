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
