//! The views of one record of the held release: a listing, a guide, an event (and the page for
//! a slug the release does not have). It must never show a link that is not safe (render.mjs's
//! `safeHref`), nor invent a fact the record does not carry.

import { date, h, langNote, page, sourceItems, textNode } from "./view-common.mjs";
import { markdown, safeHref } from "./render.mjs";
import { direction, languageName, t } from "./i18n.mjs";
import { SAFETY_FACTS, eventId, eventTexts, factDates, guideId, guideTexts, listingFacts, listingId, scheduleLines, text, when } from "./records.mjs";
import { checkedLine, hoursLine, phoneLinks, safetyText } from "./view-search.mjs";
import { judgedToday, standings } from "./engine.mjs";

/**
 * A listing's page, drawn at once; how fresh it is comes from the engine (the server's rule),
 * so until the engine has said, nothing is said about it, and the page is drawn again when it
 * has (unless she has gone elsewhere meanwhile).
 */
export function listingView(state, slug) {
  const { held } = state;
  const known = judgedToday(state);
  drawListing(state, slug, known?.[slug]);
  if (known) return;
  const route = location.hash;
  standings(state).then((judged) => {
    if (judged?.[slug] && location.hash === route && state.held === held) drawListing(state, slug, judged[slug]);
  });
}

function drawListing(state, slug, standing) {
  const { held, lang } = state;
  const id = listingId(held, slug);
  if (!id) return notFound(state);
  const f = listingFacts(held, lang, id, state.now?.() ?? Date.now(), standing);
  const { r, tr, name, description } = f;
  const facts = [];
  const section = (key, ...content) => facts.push(h("dt", {}, t(state, key)), h("dd", {}, ...content));
  const para = (v) => textNode(state, "div", v);
  if (f.phones.length) section("offline-phones", h("div", { class: "phones" }, phoneLinks(state, f)));
  for (const place of r.locations ?? []) {
    const a = place.address;
    if (a) {
      const lines = [a.address_1, a.address_2, [a.city, a.state_province, a.postal_code].filter(Boolean).join(", ")].filter(Boolean);
      const placeName = text(place.name, tr.locations?.[place.id]?.name, lang);
      const way = f.directions.find((d) => d.id === place.id);
      section(
        "offline-address",
        placeName ? h("div", { lang: placeName.locale }, placeName.text) : null,
        lines.map((l) => h("div", {}, l)),
        way ? h("p", { class: "directions" }, h("strong", {}, t(state, "offline-directions")), " ", h("a", { class: "button secondary", href: way.geo }, t(state, "offline-directions-map")), " ", h("a", { class: "button secondary", href: way.osm, rel: "noreferrer" }, "OpenStreetMap")) : null,
      );
    }
    const hours = scheduleLines(place.schedule ?? r.schedule, lang);
    if (hours.length) section("offline-hours", f.doubtful ? h("p", {}, t(state, "offline-call-to-confirm")) : null, hours.map((l) => h("div", {}, l)));
    // The areas served from this place, when they are its own (not the listing's).
    const areas = (place.service_areas ?? []).map((a) => (a.description ? `${a.name} — ${a.description}` : a.name));
    if (areas.length) section("details-areas", h("div", { class: "place-areas" }, areas.join(", ")));
  }
  if (!(r.locations ?? []).length) {
    const hours = scheduleLines(r.schedule, lang);
    if (hours.length) section("offline-hours", f.doubtful ? h("p", {}, t(state, "offline-call-to-confirm")) : null, hours.map((l) => h("div", {}, l)));
  }
  if (f.eligibility || f.ages) {
    const ages = f.ages ? (f.ages.min !== null && f.ages.max !== null ? t(state, "offline-ages-range", { min: f.ages.min, max: f.ages.max }) : f.ages.min !== null ? t(state, "offline-ages-min", { min: f.ages.min }) : t(state, "offline-ages-max", { max: f.ages.max })) : null;
    section("offline-eligibility", para(f.eligibility), ages ? h("div", {}, ages) : null);
  }
  if (f.documents.length) section("offline-documents", h("ul", {}, f.documents.map((d) => h("li", { lang: d.text?.locale }, d.text?.text ?? "", d.uri && safeHref(d.uri) ? [" ", h("a", { href: d.uri, rel: "noreferrer", dir: "ltr" }, d.uri)] : null))));
  if (f.applicationProcess) section("offline-how-to-apply", para(f.applicationProcess));
  if (f.intake) section("offline-capacity", h("div", { id: "intake" }, t(state, `offline-capacity-${f.intake}`)));
  if (f.cost || f.fees) section("offline-fees", f.cost ? h("div", {}, t(state, f.cost === "free" ? "offline-free" : "offline-fee")) : null, para(f.fees));
  if (f.accreditation) section("offline-accreditation", t(state, "offline-accredited"));
  // Every safety fact: the known ones with their source and date, the others "unknown".
  const known = new Map(f.safety.map((s) => [s.fact, s]));
  section(
    "offline-safety",
    h(
      "ul",
      { class: "safety", id: "safety" },
      SAFETY_FACTS.map((fact) => {
        const s = known.get(fact);
        if (!s) return h("li", { "data-fact": fact, "data-known": "no" }, t(state, `offline-fact-${fact.replaceAll("_", "-")}`), " ", h("em", {}, t(state, "offline-unknown")));
        const source = s.source?.url && safeHref(s.source.url) ? h("a", { href: s.source.url, rel: "noreferrer" }, s.source.title ?? s.source.url) : s.source?.title ?? "";
        return h("li", { "data-fact": fact, "data-known": "yes" }, safetyText(state, s), h("div", { class: "meta" }, t(state, "offline-fact-source", { date: date(state, s.checked) }), " ", source));
      }),
    ),
    f.publicChargeNote ? para(f.publicChargeNote) : null,
  );
  const offered = f.languages;
  if (offered.length) section("offline-spoken", offered.map((l) => languageName(state, l)).join(", "));
  if (r.url) section("offline-website", safeHref(r.url) ? h("a", { href: r.url, rel: "noreferrer", dir: "ltr" }, r.url) : r.url);
  const sources = r.sources ?? [];
  if (sources.length) section("offline-sources", h("ul", {}, sourceItems(sources, safeHref)));
  page(
    state,
    h("p", {}, h("a", { href: "#/" }, t(state, "offline-back"))),
    textNode(state, "h1", name),
    name?.differs ? langNote(state, name) : null,
    f.organization ? h("p", { class: "meta" }, f.organization.text) : null,
    f.alert ? h("p", { class: "banner warn", id: "alert", role: "note" }, h("span", { lang: f.alert.locale, dir: "auto" }, f.alert.text)) : null,
    hoursLine(state, f),
    r.verified_at ? h("p", { class: "meta", id: "verified" }, t(state, "offline-verified-on", { date: date(state, r.verified_at) })) : null,
    checkedLine(state, f),
    textNode(state, "p", description, { class: "body" }),
    langNote(state, description),
    h("dl", { class: "facts" }, facts),
  );
}

export function guideView(state, slug) {
  const { held, lang } = state;
  const id = guideId(held, slug);
  if (!id) return notFound(state);
  const { r, title, summary, body } = guideTexts(held, lang, id);
  const facts = r.changing_facts ?? {};
  const notice = (factId) => {
    const f = Array.isArray(facts) ? facts.find((x) => x.id === factId) : facts[factId];
    if (!f) return "";
    const { checked, tookEffect } = factDates(f);
    return h(
      "span",
      { class: "banner warn fact", "data-fact": factId },
      tookEffect ? t(state, "offline-fact-took-effect", { date: date(state, tookEffect) }) : null,
      tookEffect && checked ? " · " : null,
      checked ? t(state, "offline-fact-checked", { date: date(state, checked) }) : null,
    );
  };
  page(
    state,
    h("p", {}, h("a", { href: "#/" }, t(state, "offline-back"))),
    textNode(state, "h1", title),
    title?.differs ? langNote(state, title) : null,
    r.reviewed_at ? h("p", { class: "meta" }, t(state, "offline-reviewed-on", { date: date(state, r.reviewed_at) })) : null,
    textNode(state, "p", summary, { class: "summary" }),
    langNote(state, body ?? summary),
    body ? h("div", { class: "body", id: "guide-body", lang: body.locale, dir: direction(state.rtl, body.locale) === "rtl" ? "rtl" : "auto" }, markdown(body.text, notice)) : null,
    (r.sources ?? []).length ? h("section", {}, h("h2", {}, t(state, "offline-sources")), h("ul", {}, sourceItems(r.sources, safeHref))) : null,
  );
}

export function eventView(state, slug) {
  const { held, lang } = state;
  const id = eventId(held, slug);
  if (!id) return notFound(state);
  const { r, tr, title, description } = eventTexts(held, lang, id);
  const place = r.location;
  const placeName = place ? text(place.name, tr.location?.name, lang) : null;
  const a = place?.address;
  const sources = r.sources ?? [];
  page(
    state,
    h("p", {}, h("a", { href: "#/" }, t(state, "offline-back"))),
    textNode(state, "h1", title),
    title?.differs ? langNote(state, title) : null,
    h("p", { class: "meta", id: "event-when" }, when(r, lang)),
    textNode(state, "p", description, { class: "body" }),
    langNote(state, description),
    h(
      "dl",
      { class: "facts" },
      place ? [h("dt", {}, t(state, "offline-address")), h("dd", {}, placeName ? h("div", { lang: placeName.locale }, placeName.text) : null, a ? [a.address_1, [a.city, a.state_province, a.postal_code].filter(Boolean).join(", ")].filter(Boolean).map((l) => h("div", {}, l)) : null)] : null,
      sources.length ? [h("dt", {}, t(state, "offline-sources")), h("dd", {}, h("ul", {}, sourceItems(sources, safeHref)))] : null,
    ),
  );
}

export function notFound(state) {
  page(state, h("h1", {}, t(state, "offline-not-found")), h("p", {}, h("a", { href: "#/" }, t(state, "offline-back"))));
}
