//! The views of one record of the held release: a listing, a guide, an event (and the page for
//! a slug the release does not have). It must never show a link that is not safe (render.mjs's
//! `safeHref`), nor invent a fact the record does not carry.

import { date, h, langNote, page, sourceItems, textNode } from "./view-common.mjs";
import { markdown, safeHref } from "./render.mjs";
import { direction, t } from "./i18n.mjs";
import { eventId, eventTexts, guideId, guideTexts, listingId, listingTexts, scheduleLines, text, when } from "./records.mjs";

export function listingView(state, slug) {
  const { held, lang } = state;
  const id = listingId(held, slug);
  if (!id) return notFound(state);
  const { r, tr, name, description } = listingTexts(held, lang, id);
  const facts = [];
  const phones = [...(r.phones ?? []), ...(r.organization?.phones ?? [])];
  if (phones.length) {
    facts.push(h("dt", {}, t(state, "offline-phones")), h("dd", { class: "phones" }, phones.map((p) => h("div", {}, h("a", { href: `tel:${String(p.number).replace(/[^0-9+*#,;]/g, "")}`, dir: "ltr" }, p.number), p.extension ? ` ext. ${p.extension}` : "", p.description ? ` — ${typeof p.description === "string" ? p.description : p.description.text ?? ""}` : ""))));
  }
  for (const place of r.locations ?? []) {
    const a = place.address;
    if (a) {
      const lines = [a.address_1, a.address_2, [a.city, a.state_province, a.postal_code].filter(Boolean).join(", ")].filter(Boolean);
      const placeName = text(place.name, tr.locations?.[place.id]?.name, lang);
      facts.push(h("dt", {}, t(state, "offline-address")), h("dd", {}, placeName ? h("div", { lang: placeName.locale }, placeName.text) : null, lines.map((l) => h("div", {}, l))));
    }
    const hours = scheduleLines(place.schedule ?? r.schedule, lang);
    if (hours.length) facts.push(h("dt", {}, t(state, "offline-hours")), h("dd", {}, hours.map((l) => h("div", {}, l))));
  }
  if (!(r.locations ?? []).length) {
    const hours = scheduleLines(r.schedule, lang);
    if (hours.length) facts.push(h("dt", {}, t(state, "offline-hours")), h("dd", {}, hours.map((l) => h("div", {}, l))));
  }
  const offered = (r.languages ?? []).map((l) => (typeof l === "string" ? l : l.code ?? "")).filter(Boolean);
  if (offered.length) facts.push(h("dt", {}, t(state, "offline-spoken")), h("dd", {}, offered.map((l) => state.locales.find((x) => x[0] === l)?.[1] ?? l).join(", ")));
  if (r.url) facts.push(h("dt", {}, t(state, "offline-website")), h("dd", {}, safeHref(r.url) ? h("a", { href: r.url, rel: "noreferrer", dir: "ltr" }, r.url) : r.url));
  const sources = r.sources ?? [];
  if (sources.length) facts.push(h("dt", {}, t(state, "offline-sources")), h("dd", {}, h("ul", {}, sourceItems(sources, safeHref))));
  page(
    state,
    h("p", {}, h("a", { href: "#/" }, t(state, "offline-back"))),
    textNode(state, "h1", name),
    name?.differs ? langNote(state, name) : null,
    r.organization ? h("p", { class: "meta" }, text(r.organization.name, tr.organization_name, lang)?.text) : null,
    r.verified_at ? h("p", { class: "meta", id: "verified" }, t(state, "offline-verified-on", { date: date(state, r.verified_at) })) : null,
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
    const as = f?.as_of;
    return as ? h("span", { class: "banner warn" }, t(state, "offline-fact-as-of", { date: date(state, as) })) : "";
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
