//! The setup view, shown while no release is held: the regions this server publishes, the
//! languages to keep, the download (verified before anything is kept) and the import of a
//! shared file. It must never keep a release itself (releases.mjs does).

import { BundleError, applyChrome, date, h, importForm, page, progressUi, showBanners } from "./view-common.mjs";
import { loadStrings, t } from "./i18n.mjs";
import { kb } from "./records.mjs";
import { fetchJson, installFull, refusal } from "./releases.mjs";
import { begin, done } from "./state.mjs";

/** How often the region list is asked for again while none can be downloaded. */
const REGIONS_RETRY_MS = 5000;

/**
 * Asks for the region list again every few seconds while this setup view is the one shown,
 * nothing is held and the page is visible and online (a server's first release is published
 * shortly after it starts; a signal may come back); draws the view again once a region is
 * there, and stops.
 */
function retryRegions(state, drawn) {
  const again = async () => {
    if (drawn !== state.setupDrawn || state.held) return;
    if (navigator.onLine !== false && document.visibilityState !== "hidden") {
      try {
        const index = await fetchJson(state, "/bundles/");
        if (index.regions?.length) {
          if (drawn === state.setupDrawn && !state.held) setupView(state, index);
          return;
        }
      } catch {}
    }
    setTimeout(again, REGIONS_RETRY_MS);
  };
  setTimeout(again, REGIONS_RETRY_MS);
}

export async function setupView(state, known = null) {
  const drawn = ++state.setupDrawn;
  const title = h("h1", {}, t(state, "offline-title"));
  const intro = h("p", {}, t(state, "offline-intro"));
  const importer = importForm(state);
  if (!state.root) return page(state, title, intro, h("p", { class: "banner warn" }, t(state, "offline-no-key")));
  let index = known;
  try {
    index ??= await fetchJson(state, "/bundles/");
  } catch {}
  if (drawn !== state.setupDrawn) return;
  if (!index?.regions?.length) {
    retryRegions(state, drawn);
    const why = index ? "offline-no-bundles" : "offline-network-error";
    const checking = h("p", { class: "meta", id: "checking", "aria-live": "polite" }, t(state, "offline-checking"));
    return page(state, title, intro, h("p", { class: "banner warn", id: "no-regions" }, t(state, why)), checking, importer);
  }
  const region = h("select", { id: "region", name: "region" }, index.regions.map((r) => h("option", { value: r.id }, `${r.region} (${kb(r.gzip_bytes, state.lang)})`)));
  const langsBox = h("fieldset", { id: "langs" });
  const fillLangs = () => {
    const r = index.regions.find((x) => x.id === region.value);
    const lang = state.lang;
    langsBox.replaceChildren(
      h("legend", {}, t(state, "offline-languages")),
      ...r.languages.map((l) =>
        h("label", { class: "check" }, h("input", { type: "checkbox", name: "lang", value: l, checked: l === lang || (!r.languages.includes(lang) && l === r.languages[0]) }), " ", state.locales.find((x) => x[0] === l)?.[1] ?? l),
      ),
    );
  };
  region.addEventListener("change", fillLangs);
  fillLangs();
  const status = h("div", { id: "status" });
  const button = h("button", { type: "submit", id: "download" }, t(state, "offline-download"));
  const form = h(
    "form",
    { id: "setup", onsubmit: async (ev) => {
      ev.preventDefault();
      const languages = [...langsBox.querySelectorAll("input:checked")].map((i) => i.value);
      if (!languages.length) {
        status.replaceChildren(h("p", { class: "banner error", role: "alert" }, t(state, "offline-choose-language")));
        return;
      }
      button.disabled = true;
      const ui = progressUi(state, t(state, "offline-downloading"));
      status.replaceChildren(ui.box);
      begin(state);
      try {
        await navigator.storage?.persist?.();
        const seq = await installFull(state, region.value, languages, ui);
        state.lang = languages.includes(state.lang) ? state.lang : languages[0];
        localStorage.setItem("vecino-offline-lang", state.lang);
        await loadStrings(state);
        applyChrome(state);
        const held = state.held;
        state.flash = { kind: "ok", text: `${t(state, "offline-verified")} ${t(state, "offline-held", { seq, region: held.regionName, date: date(state, held.issuedAt) })}` };
        history.replaceState(null, "", "#/");
        state.route();
      } catch (e) {
        console.warn("download refused", e?.kind ?? e);
        button.disabled = false;
        const msg = e instanceof BundleError ? await refusal(state, e, region.value) : t(state, "offline-network-error");
        status.replaceChildren(h("p", { class: "banner error", role: "alert" }, msg));
        showBanners(state);
      } finally {
        done(state);
      }
    } },
    h("label", { class: "block", for: "region" }, t(state, "offline-region")),
    region,
    langsBox,
    h("div", { class: "actions" }, button),
    status,
  );
  page(state, title, intro, form, importer);
}

