//! The home view of a held release: its topics, guides, coming events and listings, and what
//! she can do with it (update, share, remove, import another); and a topic's view, its guides
//! and listings. Browse lists show only the listings search shows (running, not past twice
//! their review interval unless kept), as the engine judges them. It must never keep or drop a
//! release itself (releases.mjs does), nor judge a listing's freshness itself.

import { BundleError, date, h, importForm, page, progressUi, searchForm } from "./view-common.mjs";
import { t } from "./i18n.mjs";
import { browseList, browseTopics, eventTexts, guideTexts, when } from "./records.mjs";
import { standings } from "./engine.mjs";
import { card } from "./view-search.mjs";
import { refusal, removeHeld, update } from "./releases.mjs";
import { share } from "./share.mjs";
import { begin, done } from "./state.mjs";

/** At most this many listings in a browse list (a region may hold thousands: search finds the rest). */
const BROWSE_MAX = 200;

/** The topic's name in the reader's language. */
const topicName = (state, topic) => t(state, `topic-${topic}`);

/**
 * Fills a browse list once the engine has said which listings search shows today, unless
 * another view was drawn meanwhile; `fill(standings)` draws it.
 */
async function whenJudged(state, list, fill) {
  const held = state.held;
  const known = await standings(state);
  if (!list.isConnected || state.held !== held) return;
  if (!known) {
    list.replaceWith(h("p", { class: "meta", id: list.id }, t(state, "offline-listings-unavailable")));
    return;
  }
  fill(known);
  list.dataset.ready = "true";
}

export function homeView(state) {
  const { held, lang } = state;
  const manifestDate = date(state, held.issuedAt);
  const listingList = h("ul", { class: "results", id: "listings" });
  const topicList = h("ul", { class: "results topics", id: "topics" });
  whenJudged(state, listingList, (known) => {
    const collator = new Intl.Collator(lang);
    const topics = [...browseTopics(held, known)].sort((a, b) => collator.compare(topicName(state, a[0]), topicName(state, b[0])));
    topicList.replaceChildren(...topics.map(([topic, n]) => h("li", {}, h("a", { href: `#/topic/${topic}`, "data-topic": topic }, topicName(state, topic)), n ? h("span", { class: "count" }, ` (${n.toLocaleString(lang)})`) : null)));
    listingList.replaceChildren(...browseList(held, lang, known).slice(0, BROWSE_MAX).map((l) => h("li", { "data-slug": l.r.slug }, h("a", { href: `#/listing/${l.r.slug}`, lang: l.name.locale }, l.name.text))));
  });
  const guides = Object.keys(held.contents["shared/guides"] ?? {}).map((id) => ({ id, ...guideTexts(held, lang, id) }));
  const events = Object.keys(held.contents["shared/events"] ?? {})
    .map((id) => ({ id, ...eventTexts(held, lang, id) }))
    .sort((a, b) => Date.parse(a.r.starts_at) - Date.parse(b.r.starts_at))
    .slice(0, 50);
  const status = h("div", { id: "status" });
  const updateButton = h("button", { type: "button", id: "update", class: "secondary" }, t(state, "offline-update"));
  updateButton.addEventListener("click", async () => {
    updateButton.disabled = true;
    const ui = progressUi(state, t(state, "offline-downloading"));
    status.replaceChildren(ui.box);
    begin(state);
    try {
      const r = await update(state, ui);
      if (r.status === "current") state.flash = { kind: "ok", text: t(state, "offline-up-to-date") };
      else state.flash = { kind: "ok", text: [r.deltaRefused, t(state, "offline-updated", { seq: r.seq })].filter(Boolean).join(" ") };
    } catch (e) {
      console.warn("update refused", e?.kind ?? e);
      state.flash = { kind: "error", text: e instanceof BundleError ? await refusal(state, e, state.held.region) : t(state, "offline-network-error") };
    } finally {
      done(state);
    }
    state.route();
  });
  const shareButton = h("button", { type: "button", id: "share", class: "secondary" }, t(state, "offline-share"));
  shareButton.addEventListener("click", () => share(state, t(state, "offline-title")));
  const removeButton = h("button", { type: "button", id: "remove", class: "secondary" }, t(state, "offline-remove"));
  removeButton.addEventListener("click", async () => {
    await removeHeld(state);
    await state.restart();
  });
  page(
    state,
    h("h1", {}, held.regionName),
    h("p", { class: "meta", id: "held" }, t(state, "offline-held", { seq: held.seq, region: held.regionName, date: manifestDate })),
    searchForm(state),
    h("section", { "aria-labelledby": "topics-h" }, h("h2", { id: "topics-h" }, t(state, "home-topics")), topicList),
    h("section", { "aria-labelledby": "guides-h" }, h("h2", { id: "guides-h" }, t(state, "offline-guides")), h("ul", { class: "results", id: "guides" }, guides.map((g) => h("li", {}, h("a", { href: `#/guide/${g.r.slug}`, lang: g.title.locale }, g.title.text))))),
    events.length
      ? h("section", { "aria-labelledby": "events-h" }, h("h2", { id: "events-h" }, t(state, "offline-events")), h("ul", { class: "results", id: "events" }, events.map((e) => h("li", {}, h("a", { href: `#/event/${e.r.slug}`, lang: e.title.locale }, e.title.text), h("p", { class: "meta" }, when(e.r, lang))))))
      : null,
    h(
      "section",
      { "aria-labelledby": "listings-h" },
      h("h2", { id: "listings-h" }, t(state, "offline-listings")),
      listingList,
    ),
    h("div", { class: "actions" }, updateButton, shareButton, removeButton),
    status,
    importForm(state),
  );
}

/** A topic's view: its guides, and the listings of the topic that search shows, as cards. */
export function topicView(state, topic) {
  const { held, lang } = state;
  const guides = Object.keys(held.contents["shared/guides"] ?? {})
    .map((id) => ({ id, ...guideTexts(held, lang, id) }))
    .filter((g) => (g.r.topics ?? []).includes(topic));
  const list = h("ol", { class: "results", id: "topic-listings" });
  whenJudged(state, list, (known) => {
    const now = state.now?.() ?? Date.now();
    const listed = browseList(held, lang, known, topic).slice(0, BROWSE_MAX);
    list.replaceChildren(...listed.map((l) => card(state, l.id, { slug: l.r.slug, title: l.name.text, locale: l.name.locale }, now, known[l.r.slug])));
    if (!listed.length) list.replaceWith(h("p", { id: "topic-listings", "data-ready": "true" }, t(state, "offline-no-results")));
  });
  page(
    state,
    h("p", {}, h("a", { href: "#/" }, t(state, "offline-back"))),
    h("h1", {}, topicName(state, topic)),
    guides.length ? h("section", { "aria-labelledby": "topic-guides-h" }, h("h2", { id: "topic-guides-h" }, t(state, "offline-guides")), h("ul", { class: "results" }, guides.map((g) => h("li", {}, h("a", { href: `#/guide/${g.r.slug}`, lang: g.title.locale }, g.title.text))))) : null,
    h("section", { "aria-labelledby": "topic-listings-h" }, h("h2", { id: "topic-listings-h" }, t(state, "offline-listings")), list),
  );
}
