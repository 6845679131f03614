//! The search view: results from the offline engine over the held release, following the
//! typing. It must never send what she types anywhere (the engine runs on the phone).

import { h, page, searchForm } from "./view-common.mjs";
import { t } from "./i18n.mjs";
import { guideId, listingId } from "./records.mjs";

export async function searchView(state, q) {
  page(state, h("h1", {}, t(state, "offline-results")), searchForm(state, q), h("p", { id: "search-status", class: "meta", "aria-live": "polite" }, "…"), h("ol", { class: "results", id: "results" }));
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
    history.replaceState(null, "", `#/search?q=${encodeURIComponent(typed)}`);
    runSearch(state, e, typed);
  });
  await runSearch(state, e, q);
}

async function runSearch(state, e, q) {
  const run = ++state.searchRun;
  const status = document.getElementById("search-status");
  const list = document.getElementById("results");
  if (!status || !list) return;
  if (!q) {
    status.textContent = "";
    list.replaceChildren();
    return;
  }
  const started = performance.now();
  let answer;
  try {
    answer = await e.search({ q, lang: state.lang, page: 1, per_page: 20 });
  } catch (err) {
    // The engine's refusals are the API's problems, localized from the bundle's UI strings.
    if (run === state.searchRun) {
      status.textContent = err?.problem?.detail ?? t(state, "offline-no-results");
      list.replaceChildren();
    }
    return;
  }
  const ms = performance.now() - started;
  if (run !== state.searchRun) return;
  const items = [];
  const held = state.held;
  for (const hit of answer.results ?? []) {
    const kind = hit.kind;
    let href = null;
    if (kind === "guide" && guideId(held, hit.slug)) href = `#/guide/${hit.slug}`;
    else if (kind === "service" && listingId(held, hit.slug)) href = `#/listing/${hit.slug}`;
    items.push(h("li", {}, href ? h("a", { href, lang: hit.locale }, hit.title) : h("span", { lang: hit.locale }, hit.title), hit.snippet ? h("p", {}, String(hit.snippet).replace(/<[^>]*>/g, "")) : null));
  }
  status.textContent = items.length ? "" : t(state, "offline-no-results");
  status.dataset.ms = ms.toFixed(1);
  list.replaceChildren(...items);
}
