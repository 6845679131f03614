//! Which view the address shows (`#/`, `#/topic/<slug>`, `#/listing/<slug>`, `#/guide/<slug>`, `#/event/<slug>`,
//! `#/search?q=&free=1&no_id=1&age=30…`), the setup view while no release is held. It must never change the state
//! itself; `parseRoute` is pure (Node tests import it).

import { setupView } from "./view-setup.mjs";
import { homeView, topicView } from "./view-home.mjs";
import { searchView } from "./view-search.mjs";
import { eventView, guideView, listingView } from "./view-record.mjs";
import { parseFilters } from "./records.mjs";

/** The view an address's hash names: {view, slug?, q?, filters?, near?}. */
export function parseRoute(hash) {
  const [path, query = ""] = (hash.replace(/^#/, "") || "/").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const deep = parts.length > 0;
  if (["listing", "guide", "event", "topic"].includes(parts[0]) && parts[1]) return { view: parts[0], slug: parts[1], deep };
  if (parts[0] === "search") {
    const params = new URLSearchParams(query);
    return { view: "search", q: params.get("q") ?? "", filters: parseFilters(params), near: params.get("near") || null, deep };
  }
  return { view: "home", deep };
}

/** Draws the view for the address (its time on <body data-render-ms>, for tests). */
export function route(state) {
  const started = performance.now();
  try {
    routeNow(state);
  } finally {
    document.body.dataset.renderMs = (performance.now() - started).toFixed(1);
  }
}

function routeNow(state) {
  const r = parseRoute(location.hash);
  if (!state.held) return setupView(state);
  if (r.view === "listing") listingView(state, r.slug);
  else if (r.view === "guide") guideView(state, r.slug);
  else if (r.view === "event") eventView(state, r.slug);
  else if (r.view === "topic") topicView(state, r.slug);
  else if (r.view === "search") searchView(state, r.q, r.filters, r.near);
  else homeView(state);
  if (r.deep) document.getElementById("main").focus();
}
