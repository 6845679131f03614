//! What every view of the offline app shares: drawing a page with its banners, the progress of
//! a download, a text in its language with a note when it is not the reader's, the search and
//! import forms, and the page's chrome (language, direction, labels). It must never decide
//! what to trust (releases.mjs and share.mjs do).

import { BundleError } from "./verify.mjs";
import { h } from "./render.mjs";
import { direction, languageName, languageOptions, loadStrings, t } from "./i18n.mjs";
import { formatDate, kb } from "./records.mjs";
import { refusal } from "./releases.mjs";
import { importShared } from "./share.mjs";
import { begin, done } from "./state.mjs";

export { BundleError, h };

export const date = (state, iso) => formatDate(iso, state.lang);

/** The page's language, direction and labels, and the language picker, for the state. */
export function applyChrome(state) {
  const { lang } = state;
  document.documentElement.lang = lang;
  document.documentElement.dir = direction(state.rtl, lang);
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(state, el.dataset.t);
  const select = document.getElementById("ui-lang");
  select.replaceChildren(...languageOptions(state).map((tag) => h("option", { value: tag, selected: tag === lang, lang: tag }, state.locales.find((l) => l[0] === tag)?.[1] ?? tag)));
  select.setAttribute("aria-label", t(state, "offline-language"));
}

export function showBanners(state) {
  const { flash, held, seen } = state;
  const items = [];
  if (flash) items.push(h("p", { class: `banner ${flash.kind}`, role: flash.kind === "error" ? "alert" : "status" }, flash.text));
  state.flash = null;
  if (held && Date.now() > Date.parse(held.expiresAt)) items.push(h("p", { class: "banner stale", id: "stale" }, t(state, "offline-stale", { date: date(state, held.expiresAt) })));
  if (seen?.conflict) items.push(h("p", { class: "banner error", id: "conflict" }, t(state, "offline-conflict", { seq: seen.conflict })));
  document.getElementById("banners").replaceChildren(...items);
}

export function page(state, ...nodes) {
  document.getElementById("main").replaceChildren(...nodes.filter((n) => n !== null && n !== undefined && n !== false));
  showBanners(state);
}

export function progressUi(state, label) {
  const bar = h("progress", { max: 1, value: 0, "aria-label": label });
  const text = h("p", { class: "meta", "aria-live": "polite" });
  const box = h("div", { class: "progress", id: "progress" }, h("p", {}, label), bar, text);
  return {
    box,
    set(done, total) {
      bar.max = Math.max(total, 1);
      bar.value = done;
      text.textContent = t(state, "offline-progress", { done: kb(done, state.lang), total: kb(total, state.lang) });
    },
  };
}

export function textNode(state, tag, v, attrs = {}) {
  if (!v) return null;
  return h(tag, { ...attrs, lang: v.locale, dir: direction(state.rtl, v.locale) === "rtl" ? "rtl" : "auto" }, v.text);
}

export function langNote(state, v) {
  if (!v) return null;
  if (v.stale) return h("p", { class: "lang-note" }, t(state, "translation-stale"));
  if (v.provenance === "machine" && !v.differs) return h("p", { class: "lang-note" }, t(state, "provenance-machine"));
  if (!v.differs) return null;
  return h("p", { class: "lang-note" }, t(state, "offline-in-language", { language: languageName(state, v.locale) }));
}

export function searchForm(state, q = "") {
  const input = h("input", { type: "search", id: "q", name: "q", value: q, autocomplete: "off", maxlength: 200 });
  return h(
    "form",
    { role: "search", id: "search", onsubmit: (ev) => {
      ev.preventDefault();
      location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`;
    } },
    h("label", { class: "block", for: "q" }, t(state, "offline-search-label")),
    h("div", { class: "row" }, input, h("button", { type: "submit" }, t(state, "offline-search-button"))),
  );
}

/** Verifies a shared file exactly as a download, keeps it, and says what happened. */
async function importFile(state, file) {
  let regionId = null;
  begin(state);
  try {
    await navigator.storage?.persist?.();
    const { verified, languages } = await importShared(state, new Uint8Array(await file.arrayBuffer()), (r) => (regionId = r));
    state.lang = languages.includes(state.lang) ? state.lang : languages[0];
    await loadStrings(state);
    applyChrome(state);
    state.flash = { kind: "ok", text: t(state, "offline-imported", { seq: verified.manifest.seq, region: verified.manifest.region.spec }) };
  } catch (e) {
    console.warn("import refused", e?.kind ?? e);
    state.flash = { kind: "error", text: await refusal(state, e, regionId) };
  } finally {
    done(state);
  }
  state.route();
}

export function importForm(state) {
  const input = h("input", { type: "file", id: "import-file", accept: ".vecino,application/octet-stream" });
  input.addEventListener("change", () => input.files[0] && importFile(state, input.files[0]));
  return h("section", { "aria-labelledby": "import-h" }, h("h2", { id: "import-h" }, t(state, "offline-import")), h("label", { class: "block", for: "import-file" }, t(state, "offline-import-label")), input);
}

/** A list of sources, linked where the link is safe. */
export function sourceItems(sources, safeHref) {
  return sources.map((s) => h("li", {}, s.url && safeHref(s.url) ? h("a", { href: s.url, rel: "noreferrer" }, s.title ?? s.url) : s.title ?? s.url ?? ""));
}
