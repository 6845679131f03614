//! The home view of a held release: its guides, coming events and listings, and what she can
//! do with it (update, share, remove, import another). It must never keep or drop a release
//! itself (releases.mjs does).

import { BundleError, date, h, importForm, page, progressUi, searchForm } from "./view-common.mjs";
import { t } from "./i18n.mjs";
import { eventTexts, guideTexts, sortedListings, when } from "./records.mjs";
import { refusal, removeHeld, update } from "./releases.mjs";
import { share } from "./share.mjs";
import { begin, done } from "./state.mjs";

export function homeView(state) {
  const { held, lang } = state;
  const manifestDate = date(state, held.issuedAt);
  const listings = sortedListings(held, lang).slice(0, 200);
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
    h("section", { "aria-labelledby": "guides-h" }, h("h2", { id: "guides-h" }, t(state, "offline-guides")), h("ul", { class: "results", id: "guides" }, guides.map((g) => h("li", {}, h("a", { href: `#/guide/${g.r.slug}`, lang: g.title.locale }, g.title.text))))),
    events.length
      ? h("section", { "aria-labelledby": "events-h" }, h("h2", { id: "events-h" }, t(state, "offline-events")), h("ul", { class: "results", id: "events" }, events.map((e) => h("li", {}, h("a", { href: `#/event/${e.r.slug}`, lang: e.title.locale }, e.title.text), h("p", { class: "meta" }, when(e.r, lang))))))
      : null,
    h(
      "section",
      { "aria-labelledby": "listings-h" },
      h("h2", { id: "listings-h" }, t(state, "offline-listings")),
      h("ul", { class: "results", id: "listings" }, listings.map((l) => h("li", {}, h("a", { href: `#/listing/${l.r.slug}`, lang: l.name.locale }, l.name.text)))),
    ),
    h("div", { class: "actions" }, updateButton, shareButton, removeButton),
    status,
    importForm(state),
  );
}
