//! The search view: results from the offline engine over the held release, following the
//! typing, each a card a resident can act on (hours, a phone to tap, cost, the safety facts
//! that are known, when it was checked), and the filters. It must never send what she types
//! anywhere (the engine runs on the phone), nor claim a fact a record does not carry.

import { date, h, page } from "./view-common.mjs";
import { languageName, t } from "./i18n.mjs";
import { FILTERS, guideId, listingFacts, listingId, passes } from "./records.mjs";
import { standings } from "./engine.mjs";

/** The address of a search for `q` with `filters` (and `near`, kept as it was). */
export function searchHash(q, filters = {}, near = null) {
  const params = new URLSearchParams({ q });
  for (const k of FILTERS) if (filters[k]) params.set(k, "1");
  if (filters.age !== undefined) params.set("age", String(filters.age));
  if (near) params.set("near", near);
  return `#/search?${params}`;
}

const FILTER_LABELS = { no_status_questions: "offline-filter-no-status", no_id: "offline-filter-no-id", accepting: "offline-filter-accepting", free: "offline-free" };
/** The engine's facet (as /api/v1/search counts it) that each filter's count comes from. */
const FACETS = { no_status_questions: "no_status_questions", no_id: "no_id", accepting: "accepting", free: "free", age: "for_age" };

/** A filter's count, filled in when an answer comes (empty until then). */
const countOf = (k) => h("span", { class: "count", id: `count-${k}`, "data-facet": FACETS[k] });

/** Shows each filter's count from an answer's facets (none for a facet the engine did not count). */
function showCounts(facets) {
  for (const [k, facet] of Object.entries(FACETS)) {
    const el = document.getElementById(`count-${k}`);
    if (!el) continue;
    const n = facets?.[facet];
    el.textContent = Number.isInteger(n) ? ` (${n.toLocaleString(document.documentElement.lang || undefined)})` : "";
    if (Number.isInteger(n)) el.dataset.count = String(n);
    else delete el.dataset.count;
  }
}

/** The search form with its filters: what she asks for stays in the address. */
function filteredSearchForm(state, q, filters, near) {
  const input = h("input", { type: "search", id: "q", name: "q", value: q, autocomplete: "off", maxlength: 200 });
  const boxes = FILTERS.map((k) => h("input", { type: "checkbox", id: `f-${k}`, name: k, checked: !!filters[k] }));
  const age = h("input", { type: "number", id: "f-age", name: "age", min: 0, max: 120, inputmode: "numeric", value: filters.age ?? "", class: "age" });
  const read = () => {
    const f = {};
    FILTERS.forEach((k, i) => boxes[i].checked && (f[k] = true));
    const a = Number.parseInt(age.value, 10);
    if (Number.isInteger(a) && a >= 0 && a <= 120) f.age = a;
    return f;
  };
  const go = (ev) => {
    ev?.preventDefault();
    location.hash = searchHash(input.value.trim(), read(), near);
  };
  for (const b of boxes) b.addEventListener("change", go);
  age.addEventListener("change", go);
  return h(
    "form",
    { role: "search", id: "search", onsubmit: go },
    h("label", { class: "block", for: "q" }, t(state, "offline-search-label")),
    h("div", { class: "row" }, input, h("button", { type: "submit" }, t(state, "offline-search-button"))),
    h(
      "fieldset",
      { id: "filters" },
      h("legend", {}, t(state, "offline-filters")),
      FILTERS.map((k, i) => h("label", { class: "check", for: `f-${k}` }, boxes[i], t(state, FILTER_LABELS[k]), countOf(k))),
      h("label", { class: "check", for: "f-age" }, t(state, "offline-filter-age"), countOf("age"), age),
    ),
  );
}

export async function searchView(state, q, filters = {}, near = null) {
  page(state, h("h1", {}, t(state, "offline-results")), filteredSearchForm(state, q, filters, near), h("p", { id: "search-status", class: "meta", "aria-live": "polite" }, "…"), h("ol", { class: "results", id: "results" }));
  const e = await state.engine.get();
  const status = document.getElementById("search-status");
  if (!e) {
    status.textContent = t(state, "offline-search-unavailable");
    return;
  }
  // Results follow the typing, as on the server's pages with suggestions.
  const input = document.getElementById("q");
  input.addEventListener("input", () => {
    const typed = input.value.trim();
    history.replaceState(null, "", searchHash(typed, filters, near));
    runSearch(state, e, typed, filters, near);
  });
  await runSearch(state, e, q, filters, near);
}

/**
 * Asks the engine with the filters as request parameters (`/api/v1/search`'s names), more
 * results when filtering. An engine that refuses one it does not know yet is asked again
 * without them. Either way the held records decide too (`passes`): an engine that ignores a
 * filter never shows a listing that does not pass it.
 */
async function ask(e, request, filters) {
  const params = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v === true ? "1" : String(v)]));
  const wide = Object.keys(params).length ? { ...request, per_page: 50 } : request;
  try {
    return await e.search({ ...wide, ...params });
  } catch (err) {
    if (!Object.keys(params).length || err?.problem?.code !== "invalid-parameter") throw err;
    return e.search({ ...wide, ...(filters.free ? { free: "1" } : {}) });
  }
}

async function runSearch(state, e, q, filters, near) {
  const run = ++state.searchRun;
  const status = document.getElementById("search-status");
  const list = document.getElementById("results");
  if (!status || !list) return;
  if (!q) {
    status.textContent = "";
    list.replaceChildren();
    showCounts(null);
    return;
  }
  const started = performance.now();
  let answer;
  try {
    answer = await ask(e, { q, lang: state.lang, page: 1, per_page: 20, ...(near ? { near } : {}) }, filters);
  } catch (err) {
    // The engine's refusals are the API's problems, localized from the bundle's UI strings.
    if (run === state.searchRun) {
      status.textContent = err?.problem?.detail ?? t(state, "offline-no-results");
      list.replaceChildren();
      showCounts(null);
    }
    return;
  }
  const ms = performance.now() - started;
  const known = await standings(state);
  if (run !== state.searchRun) return;
  showCounts(answer.facets);
  const items = [];
  const held = state.held;
  const now = state.now?.() ?? Date.now();
  const anyFilter = Object.keys(filters).length > 0;
  for (const hit of answer.results ?? []) {
    const kind = hit.kind;
    const lid = kind === "service" ? listingId(held, hit.slug) : null;
    if (anyFilter && (!lid || !passes(held.contents["shared/listings"][lid], filters))) continue;
    if (lid) items.push(card(state, lid, hit, now, known?.[hit.slug]));
    else {
      const href = kind === "guide" && guideId(held, hit.slug) ? `#/guide/${hit.slug}` : null;
      items.push(h("li", {}, href ? h("a", { href, lang: hit.locale }, hit.title) : h("span", { lang: hit.locale }, hit.title), snippet(hit)));
    }
    if (items.length >= 20) break;
  }
  status.textContent = items.length ? "" : t(state, "offline-no-results");
  status.dataset.ms = ms.toFixed(1);
  list.replaceChildren(...items);
}

const snippet = (hit) => (hit.snippet ? h("p", {}, String(hit.snippet).replace(/<[^>]*>/g, "")) : null);

/** The hours line: open now or not and today's hours, "call to confirm" when it may be out of date. */
export function hoursLine(state, f) {
  if (f.status === "temporarily-closed") return h("p", { class: "badge closed" }, t(state, "offline-temporarily-closed"));
  if (f.status === "inactive") return h("p", { class: "badge closed" }, t(state, "offline-inactive"));
  if (!f.hours) return null;
  if (f.doubtful) return h("p", { class: "hours" }, t(state, "offline-call-to-confirm"));
  const today = f.hours.ranges.length ? t(state, "offline-hours-today", { hours: f.hours.ranges.join(", ") }) : t(state, "offline-closed-today");
  return h("p", { class: "hours" }, h("strong", { class: f.hours.open ? "open" : "shut" }, t(state, f.hours.open ? "offline-open-now" : "offline-closed-now")), " · ", h("span", { dir: "auto" }, today));
}

/** Tap-to-call links for the phones a person can call. */
export function phoneLinks(state, f) {
  return f.phones.map((p) =>
    h("a", { class: "call", href: p.href, dir: "ltr" }, p.number, p.extension ? ` ext. ${p.extension}` : "", p.languages.length ? h("span", { class: "meta", dir: "auto" }, ` (${p.languages.map((l) => languageName(state, l)).join(", ")})`) : null),
  );
}

/** The checked line: when it was last checked, or that it may be out of date (nothing without the engine's word). */
export function checkedLine(state, f) {
  const fr = f.freshness;
  if (!fr) return null;
  if (fr.state === "never-checked") return h("p", { class: "meta checked" }, t(state, "offline-never-checked"));
  if (f.doubtful) return h("p", { class: "banner warn checked" }, t(state, "offline-out-of-date", { date: date(state, fr.checked) }));
  return h("p", { class: "meta checked" }, t(state, "offline-checked-on", { date: date(state, fr.checked) }));
}

/** A known safety fact in words. */
export const safetyText = (state, s) => t(state, `offline-safety-${s.fact.replaceAll("_", "-")}-${s.value}`);

/** A listing's result card; `hit` as the engine answers one (slug, title, locale, distance), `standing` the engine's word on its freshness. */
export function card(state, id, hit, now, standing) {
  const f = listingFacts(state.held, state.lang, id, now, standing);
  const badges = [
    f.cost === "free" ? h("li", { class: "badge free" }, t(state, "offline-free")) : f.cost === "fee" ? h("li", { class: "badge" }, t(state, "offline-fee")) : null,
    f.accreditation ? h("li", { class: "badge accredited" }, t(state, "offline-accredited")) : null,
    f.intake ? h("li", { class: "badge" }, t(state, `offline-capacity-${f.intake}`)) : null,
    ...f.safety.map((s) => h("li", { class: "badge safety", "data-fact": s.fact }, safetyText(state, s))),
  ].filter(Boolean);
  return h(
    "li",
    { class: "card", "data-slug": hit.slug },
    h("a", { href: `#/listing/${hit.slug}`, lang: hit.locale }, hit.title),
    f.organization ? h("p", { class: "meta org", lang: f.organization.locale }, f.organization.text) : null,
    hoursLine(state, f),
    Number.isFinite(hit.distance_km) ? h("p", { class: "meta distance" }, t(state, "offline-distance", { km: hit.distance_km.toLocaleString(state.lang, { maximumFractionDigits: 1 }) })) : null,
    f.phones.length ? h("p", { class: "phones" }, phoneLinks(state, f)) : null,
    f.languages.length ? h("p", { class: "meta langs" }, t(state, "offline-spoken"), ": ", f.languages.map((l) => languageName(state, l)).join(", ")) : null,
    badges.length ? h("ul", { class: "badges" }, badges) : null,
    checkedLine(state, f),
  );
}

