// Vecino offline: the promotoras' app. Downloads a region's bundle from /bundles/, verifies it
// against the root key pinned in the page (nothing is kept that did not verify), keeps it in
// IndexedDB, updates it by deltas, shares it as one file and imports one, and shows listings
// and guides without a network. Search is the WebAssembly engine at /offline/search/.
import {
  BundleError,
  applyDelta,
  canonical,
  filesFor,
  packShared,
  rawPath,
  unpackShared,
  verifyHead,
  verifyRelease,
} from "./verify.mjs";
import * as db from "./db.mjs";
import { h, markdown, safeHref } from "./render.mjs";
import { keysAfter, parseFloor, stateFor } from "./trust.mjs";

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content ?? "";
const ROOT = meta("vecino-root-key");
// The publisher's key documents as the server knew them when it served this page, beside the
// pinned key: a brand-new phone already refuses an older key document or a revoked key.
const FLOOR = parseFloor(meta("vecino-keys-floor"));
// Where this phone keeps what it saw of the pinned root's key documents (one entry per root
// key, for every region).
const KEYS = `keys:${ROOT}`;
const LOCALES = JSON.parse(meta("vecino-locales") || "[]"); // [tag, self name, dir]
const RTL = new Set(LOCALES.filter((l) => l[2] === "rtl").map((l) => l[0]).concat(["ar", "fa", "prs", "ps", "ur"]));
const main = document.getElementById("main");
const banners = document.getElementById("banners");

let lang = "en";
let strings = {};
let held = null; // the release this phone trusts for the current region
let seen = null;
let engine = null;
let engineFailed = false;
let flash = null; // a message to show once: {kind, text}
let busy = 0; // downloads and imports under way: the app does not reload in their middle
let reloadWanted = false; // a new version of the app took over meanwhile

// ---------------------------------------------------------------- strings

function t(id, args = {}) {
  const text = strings[id];
  if (text === undefined) return id;
  return text.replace(/\{\s*\$([a-z_-]+)\s*\}/gi, (_, name) => (args[name] ?? "").toString());
}

async function loadStrings() {
  const fromBundle = held?.contents[`${lang}/ui`];
  if (fromBundle) {
    strings = fromBundle;
    return;
  }
  try {
    const r = await fetch(`/offline/strings/${encodeURIComponent(lang)}.json`);
    if (r.ok) {
      strings = (await r.json()).strings;
      return;
    }
  } catch {}
  // Offline with strings never fetched: the held bundle's first language.
  const first = held?.languages?.[0];
  strings = (first && held.contents[`${first}/ui`]) || strings;
}

function pickLanguage() {
  const known = LOCALES.map((l) => l[0]);
  const asked = new URLSearchParams(location.search).get("lang");
  const options = held ? held.languages : known;
  const candidates = [asked, localStorage.getItem("vecino-offline-lang"), ...(navigator.languages ?? [])].filter(Boolean);
  for (const c of candidates) {
    if (options.includes(c)) return c;
    const base = c.split("-")[0];
    const match = options.find((o) => o === base || o.split("-")[0] === base);
    if (match) return match;
  }
  return options[0] ?? "en";
}

function applyChrome() {
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang.split("-")[0]) || RTL.has(lang) ? "rtl" : "ltr";
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  const select = document.getElementById("ui-lang");
  const options = held ? held.languages : LOCALES.map((l) => l[0]);
  select.replaceChildren(
    ...options.map((tag) => h("option", { value: tag, selected: tag === lang, lang: tag }, LOCALES.find((l) => l[0] === tag)?.[1] ?? tag)),
  );
  select.setAttribute("aria-label", t("offline-language"));
}

// ---------------------------------------------------------------- trust state

/**
 * What a release is verified against: the region asked for (none for a shared file), what
 * this phone saw of `seenRegion`, and what it saw of the pinned root's key documents, never
 * under the page's floor.
 */
async function trustFor(region, seenRegion) {
  const seen = seenRegion ? await db.get("seen", seenRegion) : null;
  const kept = await db.get("prefs", KEYS);
  return stateFor({ region, seen, kept, floor: FLOOR });
}

/** The message for a refusal, localized; records an equivocation so it stays flagged. */
async function refusal(error, regionId) {
  if (!(error instanceof BundleError)) return t("offline-rejected", { reason: t("offline-reason-format") });
  // A format this app cannot read may be a newer app's: the app asks for its update at once
  // (it reloads itself when a new version takes over).
  if (error.kind === "UnknownFormat") checkForAppUpdate();
  const reasons = {
    BadSignature: "offline-reason-signature",
    RootMismatch: "offline-reason-signature",
    UnknownKey: "offline-reason-signature",
    KeyNotValid: "offline-reason-signature",
    RevokedKey: "offline-reason-revoked",
    KeysRollback: "offline-reason-revoked",
    HashMismatch: "offline-reason-damaged",
    SizeMismatch: "offline-reason-damaged",
    Missing: "offline-reason-damaged",
    WrongBase: "offline-reason-base",
    NoDelta: "offline-reason-base",
    BrokenChain: "offline-reason-base",
    WrongRegion: "offline-reason-region",
  };
  const s = regionId ? await db.get("seen", regionId) : null;
  if (error.kind === "Rollback") return t("offline-rollback", { seq: error.message.match(/(\d+) </)?.[1] ?? "?", held: s?.seq ?? "?" });
  if (error.kind === "Equivocation") {
    if (s && regionId) {
      await db.put("seen", regionId, { ...s, conflict: s.seq });
      if (seen && held?.region === regionId) seen.conflict = s.seq;
    }
    return t("offline-conflict", { seq: s?.seq ?? "?" });
  }
  return t("offline-rejected", { reason: t(reasons[error.kind] ?? "offline-reason-format") });
}

// ---------------------------------------------------------------- network

async function fetchBytes(url, onBytes, limit = Infinity) {
  const r = await fetch(url, { cache: "no-cache" });
  if (!r.ok) throw new Error(`HTTP ${r.status} for ${url}`);
  if (!onBytes || !r.body) return new Uint8Array(await r.arrayBuffer());
  const reader = r.body.getReader();
  const parts = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    n += value.length;
    // Longer than the signed manifest says: no need to read (or keep in memory) the rest.
    if (n > limit) {
      await reader.cancel();
      throw new BundleError("SizeMismatch", url);
    }
    onBytes(value.length);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function fetchJson(url) {
  const r = await fetch(url, { cache: "no-cache" });
  if (!r.ok) throw new Error(`HTTP ${r.status} for ${url}`);
  return r.json();
}

/** The four signed files of the release a `changes` answer names (its immutable copies). */
async function fetchHead(base, answer) {
  const top = {};
  const pairs = [["manifest.json", answer.manifest], ["manifest.json.sig", answer.signature], ["keys.json", answer.keys], ["keys.json.sig", answer.keys_signature]];
  await Promise.all(pairs.map(async ([name, path]) => (top[name] = await fetchBytes(base + path))));
  return top;
}

function progressUi(label) {
  const bar = h("progress", { max: 1, value: 0, "aria-label": label });
  const text = h("p", { class: "meta", "aria-live": "polite" });
  const box = h("div", { class: "progress", id: "progress" }, h("p", {}, label), bar, text);
  return {
    box,
    set(done, total) {
      bar.max = Math.max(total, 1);
      bar.value = done;
      text.textContent = t("offline-progress", { done: kb(done), total: kb(total) });
    },
  };
}

const kb = (n) => `${Math.max(1, Math.round(n / 1024)).toLocaleString(lang)} KB`;

/** Keeps a verified release (and what was seen) in one transaction, then makes it current. */
async function keepRelease(regionId, top, verified, contents, languages) {
  const record = {
    region: regionId,
    regionName: verified.manifest.region.spec,
    seq: verified.manifest.seq,
    sha256: verified.sha256,
    keysSeq: verified.keysSeq,
    issuedAt: verified.manifest.issued_at,
    expiresAt: verified.manifest.expires_at,
    languages,
    top,
    contents,
    root: ROOT,
  };
  const prev = await db.get("seen", regionId);
  // An equivocation stays flagged until a newer release than the contested one is held.
  const conflict = prev?.conflict && prev.conflict >= verified.manifest.seq ? prev.conflict : undefined;
  const s = { seq: verified.manifest.seq, sha256: verified.sha256, keysSeq: verified.keysSeq, conflict };
  const keys = keysAfter(await db.get("prefs", KEYS), verified);
  // The index saved for the release this one replaces is of no more use: deleted first, so its
  // megabytes never stand in the way of storing the verified release.
  dropEngine();
  await db.dropIndex().catch(() => {});
  await db.keep(regionId, record, s, [KEYS, keys]);
  await db.put("prefs", "current", regionId);
  held = record;
  seen = s;
  dropEngine();
  // The new release's index is built (and saved) in the background, so search is ready when
  // she types.
  setTimeout(() => searchEngine(), 0);
}

/** Downloads, verifies and keeps the whole release of a region in `languages`. */
async function installFull(regionId, languages, ui) {
  const base = `/bundles/${encodeURIComponent(regionId)}/`;
  const answer = await fetchJson(`${base}changes`);
  const top = await fetchHead(base, answer);
  const state = await trustFor(regionId, regionId);
  const head = await verifyHead((p) => top[p] ?? null, ROOT, state);
  const files = filesFor(head.manifest, languages);
  const total = files.reduce((n, f) => n + f.gzip.size, 0);
  let done = 0;
  ui?.set(0, total);
  const got = {};
  for (const f of files) {
    got[f.gzip.path] = await fetchBytes(base + f.gzip.path, (n) => ui?.set((done += n), total), f.gzip.size);
  }
  const read = (p) => top[p] ?? got[p] ?? null;
  const verified = await verifyRelease(read, ROOT, state, { languages });
  await keepRelease(regionId, top, verified, verified.contents, languages);
  return verified.manifest.seq;
}

/** Asks the server what is new; applies the delta, or downloads the whole release. */
async function update(ui) {
  const regionId = held.region;
  const base = `/bundles/${encodeURIComponent(regionId)}/`;
  const answer = await fetchJson(`${base}changes?since=${held.seq}`);
  if (answer.status === "current" && answer.manifest_sha256 === held.sha256) return { status: "current" };
  const top = await fetchHead(base, answer);
  const head = await verifyHead((p) => top[p] ?? null, ROOT, await trustFor(regionId, regionId));
  if (head.manifest.seq === held.seq) return { status: "current" };
  if (answer.status === "delta" && answer.delta) {
    try {
      ui?.set(0, 1);
      const entry = head.manifest.deltas.find((d) => d.from_seq === held.seq);
      if (!entry) throw new BundleError("NoDelta", held.seq);
      const bytes = await fetchBytes(base + entry.gzip.path, (n) => ui?.set(n, entry.gzip.size), entry.gzip.size);
      const read = (p) => top[p] ?? (p === entry.gzip.path ? bytes : null);
      const heldManifest = JSON.parse(new TextDecoder().decode(held.top["manifest.json"]));
      const contents = await applyDelta(read, { manifest: heldManifest, sha256: held.sha256, contents: held.contents }, head, held.languages);
      await keepRelease(regionId, top, head, contents, held.languages);
      return { status: "delta", seq: head.manifest.seq, bytes: bytes.length };
    } catch (e) {
      // FORMAT.md: a delta that does not apply exactly is dropped; the whole release is fetched.
      console.warn("delta refused", e?.kind ?? e);
      const seq = await installFull(regionId, held.languages, ui);
      return { status: "full", seq, deltaRefused: t("offline-delta-refused") };
    }
  }
  const seq = await installFull(regionId, held.languages, ui);
  return { status: "full", seq };
}

// ---------------------------------------------------------------- share and import

function sharedFiles() {
  const files = { ...held.top };
  const manifest = JSON.parse(new TextDecoder().decode(held.top["manifest.json"]));
  for (const f of filesFor(manifest, held.languages)) files[rawPath(f.name)] = new TextEncoder().encode(canonical(held.contents[f.name]));
  return files;
}

async function share() {
  const bytes = await packShared(sharedFiles());
  const name = `vecino-${held.region}-r${held.seq}.vecino`;
  const file = new File([bytes], name, { type: "application/octet-stream" });
  if (navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: t("offline-title") });
      return;
    } catch (e) {
      if (e?.name === "AbortError") return;
    }
  }
  const url = URL.createObjectURL(file);
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Verifies a shared file exactly as a download (signatures, every file's hash, rollback). */
async function importFile(file) {
  let regionId = null;
  busy++;
  try {
    await navigator.storage?.persist?.();
    const files = await unpackShared(new Uint8Array(await file.arrayBuffer()));
    const read = (p) => files[p] ?? null;
    const manifestBytes = files["manifest.json"];
    let claimed = null;
    try {
      claimed = JSON.parse(new TextDecoder().decode(manifestBytes)).region?.id;
    } catch {}
    // Any region (a shared file is of the region it says), but never an older key document
    // or a revoked key than this phone or its page knows of.
    const state = await trustFor(undefined, claimed);
    const head = await verifyHead(read, ROOT, state);
    regionId = head.manifest.region.id;
    const languages = head.manifest.languages.filter((l) => files[rawPath(`${l}/ui`)]);
    if (!languages.length) throw new BundleError("Missing", "no language");
    const verified = await verifyRelease(read, ROOT, state, { languages, raw: true });
    await keepRelease(regionId, { "manifest.json": files["manifest.json"], "manifest.json.sig": files["manifest.json.sig"], "keys.json": files["keys.json"], "keys.json.sig": files["keys.json.sig"] }, verified, verified.contents, languages);
    lang = languages.includes(lang) ? lang : languages[0];
    await loadStrings();
    applyChrome();
    flash = { kind: "ok", text: t("offline-imported", { seq: verified.manifest.seq, region: verified.manifest.region.spec }) };
  } catch (e) {
    console.warn("import refused", e?.kind ?? e);
    flash = { kind: "error", text: await refusal(e, regionId) };
  } finally {
    done();
  }
  route();
}

// ---------------------------------------------------------------- search engine

/** The engine in a worker, with the engine's own interface (every call answers a promise). */
function workerEngine() {
  const worker = new Worker("/offline/search-worker.mjs", { type: "module" });
  const pending = new Map();
  let next = 0;
  worker.onmessage = ({ data }) => {
    const call = pending.get(data.id);
    pending.delete(data.id);
    if (data.ok) call?.resolve(data.value);
    else call?.reject(Object.assign(new Error(data.error.message), { problem: data.error.problem }));
  };
  const failAll = (e) => {
    for (const call of pending.values()) call.reject(e);
    pending.clear();
  };
  worker.onerror = failAll;
  const call = (op, args) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, args });
    });
  return {
    prepare: () => call("prepare"),
    open: (args) => call("open", args),
    load: (args) => call("load", args),
    save: (args) => call("save", args),
    search: (request) => call("search", request),
    suggest: (request) => call("suggest", request),
    terminate: () => {
      worker.terminate();
      failAll(new Error("search engine stopped"));
    },
  };
}

/**
 * Makes the engine `e` ready for `release`: reopens the index saved for that release and engine
 * build, else builds it from the verified records and then saves it. What happened is on
 * <body data-search-index="saved|built" data-search-records> (for tests; nothing a reader sees),
 * and <body data-search-index-saved> is the release once its index is saved.
 */
async function openEngine(e, release) {
  try {
    const ui = Object.fromEntries(Object.entries(release.contents).filter(([name]) => name.endsWith("/ui")));
    let loaded = await e.open({ release: release.sha256, ui }).catch((err) => {
      console.warn("saved search index not used", err);
      return null;
    });
    if (!loaded) {
      loaded = await e.load({ release: release.sha256, files: release.contents });
      e.save({ release: release.sha256 }).then(
        (saved) => {
          if (saved && held === release) document.body.dataset.searchIndexSaved = release.sha256;
        },
        () => {},
      );
    }
    if (held === release) {
      document.body.dataset.searchIndex = loaded.from_cache ? "saved" : "built";
      document.body.dataset.searchRecords = String(loaded.records);
    }
    return true;
  } catch (err) {
    console.warn("search engine unavailable", err);
    return false;
  }
}

let engineLoading = null; // {release, worker, ready}
// A worker started at the app's opening, reopening the saved index while the page reads the
// held release (the two overlap); the engine's worker once the release is known.
let warm = null;
/** The search engine over the held release, loaded once per release (null if unavailable). */
async function searchEngine() {
  if (engine || engineFailed || !held) return engine;
  if (engineLoading?.release !== held) {
    engineLoading?.worker.terminate();
    const worker = warm ?? workerEngine();
    warm = null;
    engineLoading = { release: held, worker, ready: openEngine(worker, held) };
  }
  const loading = engineLoading;
  const ready = await loading.ready;
  // Another release came (or the engine was dropped) meanwhile: the engine for the one held.
  if (engineLoading !== loading) return searchEngine();
  engineLoading = null;
  if (!ready) {
    loading.worker.terminate();
    engineFailed = true;
    return null;
  }
  engine = loading.worker;
  return engine;
}

/** Forgets the engine (a new release is held, or none): the next search loads it again. */
function dropEngine() {
  engine?.terminate?.();
  engineLoading?.worker.terminate();
  warm?.terminate();
  engine = null;
  engineLoading = null;
  warm = null;
  engineFailed = false;
  delete document.body.dataset.searchIndex;
  delete document.body.dataset.searchRecords;
  delete document.body.dataset.searchIndexSaved;
}

// ---------------------------------------------------------------- texts of records

/** A text of a record in the reader's language: the language file's, else the original. */
function text(original, translated) {
  const tr = translated ?? null;
  const shown = tr ?? original;
  if (!shown) return null;
  return { text: shown.text, locale: shown.locale, provenance: shown.provenance, stale: tr?.stale, differs: shown.locale.split("-")[0] !== lang.split("-")[0] };
}

function textNode(tag, v, attrs = {}) {
  if (!v) return null;
  const node = h(tag, { ...attrs, lang: v.locale, dir: RTL.has(v.locale.split("-")[0]) ? "rtl" : "auto" }, v.text);
  return node;
}

function langNote(v) {
  if (!v) return null;
  if (v.stale) return h("p", { class: "lang-note" }, t("translation-stale"));
  if (v.provenance === "machine" && !v.differs) return h("p", { class: "lang-note" }, t("provenance-machine"));
  if (!v.differs) return null;
  const name = LOCALES.find((l) => l[0] === v.locale || l[0].split("-")[0] === v.locale.split("-")[0])?.[1] ?? v.locale;
  return h("p", { class: "lang-note" }, t("offline-in-language", { language: name }));
}

/** Slug → record id, built once per held release. */
const slugIndex = new WeakMap();
function bySlug(file) {
  const records = held.contents[file] ?? {};
  let index = slugIndex.get(records);
  if (!index) {
    index = new Map(Object.entries(records).map(([id, r]) => [r.slug, id]));
    slugIndex.set(records, index);
  }
  return index;
}
const listingId = (slug) => bySlug("shared/listings").get(slug);
const eventId = (slug) => bySlug("shared/events").get(slug);
const guideId = (slug) => bySlug("shared/guides").get(slug);

function listingTexts(id) {
  const r = held.contents["shared/listings"][id];
  const tr = held.contents[`${lang}/listings`]?.[id] ?? {};
  return { r, tr, name: text(r.name, tr.name), description: text(r.description, tr.description) };
}

function eventTexts(id) {
  const r = held.contents["shared/events"][id];
  const tr = held.contents[`${lang}/events`]?.[id] ?? {};
  return { r, tr, title: text(r.title, tr.title), description: text(r.description, tr.description) };
}

/** When an event is, in its own time zone. */
function when(r) {
  const options = { dateStyle: "full", timeStyle: "short", timeZone: r.timezone || "UTC" };
  try {
    return new Intl.DateTimeFormat(lang, options).format(new Date(r.starts_at));
  } catch {
    return r.starts_at;
  }
}

function guideTexts(id) {
  const r = held.contents["shared/guides"][id];
  const tr = held.contents[`${lang}/guides`]?.[id] ?? {};
  return { r, tr, title: text(r.title, tr.title), summary: text(r.summary, tr.summary), body: text(r.body, tr.body) };
}

const date = (iso) => {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toLocaleDateString(lang, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }) : "";
};

// ---------------------------------------------------------------- views

function showBanners() {
  const items = [];
  if (flash) items.push(h("p", { class: `banner ${flash.kind}`, role: flash.kind === "error" ? "alert" : "status" }, flash.text));
  flash = null;
  if (held && Date.now() > Date.parse(held.expiresAt)) items.push(h("p", { class: "banner stale", id: "stale" }, t("offline-stale", { date: date(held.expiresAt) })));
  if (seen?.conflict) items.push(h("p", { class: "banner error", id: "conflict" }, t("offline-conflict", { seq: seen.conflict })));
  banners.replaceChildren(...items);
}

function page(...nodes) {
  main.replaceChildren(...nodes.filter((n) => n !== null && n !== undefined && n !== false));
  showBanners();
}

/** How often the region list is asked for again while none can be downloaded. */
const REGIONS_RETRY_MS = 5000;
let setupDrawn = 0; // counts the setup views drawn: a retry for an older one stops

/**
 * Asks for the region list again every few seconds while this setup view is the one shown,
 * nothing is held and the page is visible and online (a server's first release is published
 * shortly after it starts; a signal may come back); draws the view again once a region is
 * there, and stops.
 */
function retryRegions(drawn) {
  const again = async () => {
    if (drawn !== setupDrawn || held) return;
    if (navigator.onLine !== false && document.visibilityState !== "hidden") {
      try {
        const index = await fetchJson("/bundles/");
        if (index.regions?.length) {
          if (drawn === setupDrawn && !held) setupView(index);
          return;
        }
      } catch {}
    }
    setTimeout(again, REGIONS_RETRY_MS);
  };
  setTimeout(again, REGIONS_RETRY_MS);
}

async function setupView(known = null) {
  const drawn = ++setupDrawn;
  const title = h("h1", {}, t("offline-title"));
  const intro = h("p", {}, t("offline-intro"));
  const importer = importForm();
  if (!ROOT) return page(title, intro, h("p", { class: "banner warn" }, t("offline-no-key")));
  let index = known;
  try {
    index ??= await fetchJson("/bundles/");
  } catch {}
  if (drawn !== setupDrawn) return;
  if (!index?.regions?.length) {
    retryRegions(drawn);
    const why = index ? "offline-no-bundles" : "offline-network-error";
    const checking = h("p", { class: "meta", id: "checking", "aria-live": "polite" }, t("offline-checking"));
    return page(title, intro, h("p", { class: "banner warn", id: "no-regions" }, t(why)), checking, importer);
  }
  const region = h("select", { id: "region", name: "region" }, index.regions.map((r) => h("option", { value: r.id }, `${r.region} (${kb(r.gzip_bytes)})`)));
  const langsBox = h("fieldset", { id: "langs" });
  const fillLangs = () => {
    const r = index.regions.find((x) => x.id === region.value);
    langsBox.replaceChildren(
      h("legend", {}, t("offline-languages")),
      ...r.languages.map((l) =>
        h("label", { class: "check" }, h("input", { type: "checkbox", name: "lang", value: l, checked: l === lang || (!r.languages.includes(lang) && l === r.languages[0]) }), " ", LOCALES.find((x) => x[0] === l)?.[1] ?? l),
      ),
    );
  };
  region.addEventListener("change", fillLangs);
  fillLangs();
  const status = h("div", { id: "status" });
  const button = h("button", { type: "submit", id: "download" }, t("offline-download"));
  const form = h(
    "form",
    { id: "setup", onsubmit: async (ev) => {
      ev.preventDefault();
      const languages = [...langsBox.querySelectorAll("input:checked")].map((i) => i.value);
      if (!languages.length) {
        status.replaceChildren(h("p", { class: "banner error", role: "alert" }, t("offline-choose-language")));
        return;
      }
      button.disabled = true;
      const ui = progressUi(t("offline-downloading"));
      status.replaceChildren(ui.box);
      busy++;
      try {
        await navigator.storage?.persist?.();
        const seq = await installFull(region.value, languages, ui);
        lang = languages.includes(lang) ? lang : languages[0];
        localStorage.setItem("vecino-offline-lang", lang);
        await loadStrings();
        applyChrome();
        flash = { kind: "ok", text: `${t("offline-verified")} ${t("offline-held", { seq, region: held.regionName, date: date(held.issuedAt) })}` };
        history.replaceState(null, "", "#/");
        route();
      } catch (e) {
        console.warn("download refused", e?.kind ?? e);
        button.disabled = false;
        const msg = e instanceof BundleError ? await refusal(e, region.value) : t("offline-network-error");
        status.replaceChildren(h("p", { class: "banner error", role: "alert" }, msg));
        showBanners();
      } finally {
        done();
      }
    } },
    h("label", { class: "block", for: "region" }, t("offline-region")),
    region,
    langsBox,
    h("div", { class: "actions" }, button),
    status,
  );
  page(title, intro, form, importer);
}

function importForm() {
  const input = h("input", { type: "file", id: "import-file", accept: ".vecino,application/octet-stream" });
  input.addEventListener("change", () => input.files[0] && importFile(input.files[0]));
  return h("section", { "aria-labelledby": "import-h" }, h("h2", { id: "import-h" }, t("offline-import")), h("label", { class: "block", for: "import-file" }, t("offline-import-label")), input);
}

function searchForm(q = "") {
  const input = h("input", { type: "search", id: "q", name: "q", value: q, autocomplete: "off", maxlength: 200 });
  return h(
    "form",
    { role: "search", id: "search", onsubmit: (ev) => {
      ev.preventDefault();
      location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`;
    } },
    h("label", { class: "block", for: "q" }, t("offline-search-label")),
    h("div", { class: "row" }, input, h("button", { type: "submit" }, t("offline-search-button"))),
  );
}

/** The listings by name in the reader's language (sorted once per release and language). */
const sortedCache = new WeakMap();
function sortedListings() {
  const records = held.contents["shared/listings"] ?? {};
  const cached = sortedCache.get(records);
  if (cached?.lang === lang) return cached.list;
  const collator = new Intl.Collator(lang);
  const list = Object.keys(records)
    .map((id) => ({ id, ...listingTexts(id) }))
    .sort((a, b) => collator.compare(a.name.text, b.name.text));
  sortedCache.set(records, { lang, list });
  return list;
}

function homeView() {
  const manifestDate = date(held.issuedAt);
  const listings = sortedListings().slice(0, 200);
  const guides = Object.keys(held.contents["shared/guides"] ?? {}).map((id) => ({ id, ...guideTexts(id) }));
  const events = Object.keys(held.contents["shared/events"] ?? {})
    .map((id) => ({ id, ...eventTexts(id) }))
    .sort((a, b) => Date.parse(a.r.starts_at) - Date.parse(b.r.starts_at))
    .slice(0, 50);
  const status = h("div", { id: "status" });
  const updateButton = h("button", { type: "button", id: "update", class: "secondary" }, t("offline-update"));
  updateButton.addEventListener("click", async () => {
    updateButton.disabled = true;
    const ui = progressUi(t("offline-downloading"));
    status.replaceChildren(ui.box);
    busy++;
    try {
      const r = await update(ui);
      if (r.status === "current") flash = { kind: "ok", text: t("offline-up-to-date") };
      else flash = { kind: "ok", text: [r.deltaRefused, t("offline-updated", { seq: r.seq })].filter(Boolean).join(" ") };
    } catch (e) {
      console.warn("update refused", e?.kind ?? e);
      flash = { kind: "error", text: e instanceof BundleError ? await refusal(e, held.region) : t("offline-network-error") };
    } finally {
      done();
    }
    route();
  });
  const shareButton = h("button", { type: "button", id: "share", class: "secondary" }, t("offline-share"));
  shareButton.addEventListener("click", () => share());
  const removeButton = h("button", { type: "button", id: "remove", class: "secondary" }, t("offline-remove"));
  removeButton.addEventListener("click", async () => {
    await db.remove("held", held.region);
    await db.remove("prefs", "current");
    held = null;
    dropEngine();
    await db.dropIndex().catch(() => {});
    await start();
  });
  page(
    h("h1", {}, held.regionName),
    h("p", { class: "meta", id: "held" }, t("offline-held", { seq: held.seq, region: held.regionName, date: manifestDate })),
    searchForm(),
    h("section", { "aria-labelledby": "guides-h" }, h("h2", { id: "guides-h" }, t("offline-guides")), h("ul", { class: "results", id: "guides" }, guides.map((g) => h("li", {}, h("a", { href: `#/guide/${g.r.slug}`, lang: g.title.locale }, g.title.text))))),
    events.length
      ? h("section", { "aria-labelledby": "events-h" }, h("h2", { id: "events-h" }, t("offline-events")), h("ul", { class: "results", id: "events" }, events.map((e) => h("li", {}, h("a", { href: `#/event/${e.r.slug}`, lang: e.title.locale }, e.title.text), h("p", { class: "meta" }, when(e.r))))))
      : null,
    h(
      "section",
      { "aria-labelledby": "listings-h" },
      h("h2", { id: "listings-h" }, t("offline-listings")),
      h("ul", { class: "results", id: "listings" }, listings.map((l) => h("li", {}, h("a", { href: `#/listing/${l.r.slug}`, lang: l.name.locale }, l.name.text)))),
    ),
    h("div", { class: "actions" }, updateButton, shareButton, removeButton),
    status,
    importForm(),
  );
}

async function searchView(q) {
  page(h("h1", {}, t("offline-results")), searchForm(q), h("p", { id: "search-status", class: "meta", "aria-live": "polite" }, "…"), h("ol", { class: "results", id: "results" }));
  const e = await searchEngine();
  const status = document.getElementById("search-status");
  if (!e) {
    status.textContent = t("offline-search-unavailable");
    return;
  }
  // Results follow the typing, as on the server's pages with suggestions.
  const input = document.getElementById("q");
  input.addEventListener("input", () => {
    const typed = input.value.trim();
    history.replaceState(null, "", `#/search?q=${encodeURIComponent(typed)}`);
    runSearch(e, typed);
  });
  await runSearch(e, q);
}

let searchRun = 0;
async function runSearch(e, q) {
  const run = ++searchRun;
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
    answer = await e.search({ q, lang, page: 1, per_page: 20 });
  } catch (err) {
    // The engine's refusals are the API's problems, localized from the bundle's UI strings.
    if (run === searchRun) {
      status.textContent = err?.problem?.detail ?? t("offline-no-results");
      list.replaceChildren();
    }
    return;
  }
  const ms = performance.now() - started;
  if (run !== searchRun) return;
  const items = [];
  for (const hit of answer.results ?? []) {
    const kind = hit.kind;
    let href = null;
    if (kind === "guide" && guideId(hit.slug)) href = `#/guide/${hit.slug}`;
    else if (kind === "service" && listingId(hit.slug)) href = `#/listing/${hit.slug}`;
    items.push(h("li", {}, href ? h("a", { href, lang: hit.locale }, hit.title) : h("span", { lang: hit.locale }, hit.title), hit.snippet ? h("p", {}, String(hit.snippet).replace(/<[^>]*>/g, "")) : null));
  }
  status.textContent = items.length ? "" : t("offline-no-results");
  status.dataset.ms = ms.toFixed(1);
  list.replaceChildren(...items);
}

function listingView(slug) {
  const id = listingId(slug);
  if (!id) return notFound();
  const { r, tr, name, description } = listingTexts(id);
  const facts = [];
  const phones = [...(r.phones ?? []), ...(r.organization?.phones ?? [])];
  if (phones.length) {
    facts.push(h("dt", {}, t("offline-phones")), h("dd", { class: "phones" }, phones.map((p) => h("div", {}, h("a", { href: `tel:${String(p.number).replace(/[^0-9+*#,;]/g, "")}`, dir: "ltr" }, p.number), p.extension ? ` ext. ${p.extension}` : "", p.description ? ` — ${typeof p.description === "string" ? p.description : p.description.text ?? ""}` : ""))));
  }
  for (const place of r.locations ?? []) {
    const a = place.address;
    if (a) {
      const lines = [a.address_1, a.address_2, [a.city, a.state_province, a.postal_code].filter(Boolean).join(", ")].filter(Boolean);
      const placeName = text(place.name, tr.locations?.[place.id]?.name);
      facts.push(h("dt", {}, t("offline-address")), h("dd", {}, placeName ? h("div", { lang: placeName.locale }, placeName.text) : null, lines.map((l) => h("div", {}, l))));
    }
    const hours = scheduleLines(place.schedule ?? r.schedule);
    if (hours.length) facts.push(h("dt", {}, t("offline-hours")), h("dd", {}, hours.map((l) => h("div", {}, l))));
  }
  if (!(r.locations ?? []).length) {
    const hours = scheduleLines(r.schedule);
    if (hours.length) facts.push(h("dt", {}, t("offline-hours")), h("dd", {}, hours.map((l) => h("div", {}, l))));
  }
  const offered = (r.languages ?? []).map((l) => (typeof l === "string" ? l : l.code ?? "")).filter(Boolean);
  if (offered.length) facts.push(h("dt", {}, t("offline-spoken")), h("dd", {}, offered.map((l) => LOCALES.find((x) => x[0] === l)?.[1] ?? l).join(", ")));
  if (r.url) facts.push(h("dt", {}, t("offline-website")), h("dd", {}, safeHref(r.url) ? h("a", { href: r.url, rel: "noreferrer", dir: "ltr" }, r.url) : r.url));
  const sources = r.sources ?? [];
  if (sources.length) facts.push(h("dt", {}, t("offline-sources")), h("dd", {}, h("ul", {}, sources.map((s) => h("li", {}, s.url && safeHref(s.url) ? h("a", { href: s.url, rel: "noreferrer" }, s.title ?? s.url) : s.title ?? s.url ?? "")))));
  page(
    h("p", {}, h("a", { href: "#/" }, t("offline-back"))),
    textNode("h1", name),
    name?.differs ? langNote(name) : null,
    r.organization ? h("p", { class: "meta" }, text(r.organization.name, tr.organization_name)?.text) : null,
    r.verified_at ? h("p", { class: "meta", id: "verified" }, t("offline-verified-on", { date: date(r.verified_at) })) : null,
    textNode("p", description, { class: "body" }),
    langNote(description),
    h("dl", { class: "facts" }, facts),
  );
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/** A schedule's weekly hours, one line per day, in the reader's language. */
function scheduleLines(schedule) {
  const weekly = schedule?.weekly ?? [];
  const dayName = (d) => {
    const i = WEEKDAYS.indexOf(String(d).toLowerCase());
    return i >= 0 ? new Date(Date.UTC(2024, 0, 1 + i)).toLocaleDateString(lang, { weekday: "long", timeZone: "UTC" }) : String(d);
  };
  const hm = (t) => String(t ?? "").slice(0, 5);
  return weekly.map((r) => `${dayName(r.weekday)}: ${hm(r.opens) === hm(r.closes) ? "24 h" : `${hm(r.opens)}–${hm(r.closes)}`}`);
}

function guideView(slug) {
  const id = guideId(slug);
  if (!id) return notFound();
  const { r, title, summary, body } = guideTexts(id);
  const facts = r.changing_facts ?? {};
  const notice = (factId) => {
    const f = Array.isArray(facts) ? facts.find((x) => x.id === factId) : facts[factId];
    const as = f?.as_of;
    return as ? h("span", { class: "banner warn" }, t("offline-fact-as-of", { date: date(as) })) : "";
  };
  page(
    h("p", {}, h("a", { href: "#/" }, t("offline-back"))),
    textNode("h1", title),
    title?.differs ? langNote(title) : null,
    r.reviewed_at ? h("p", { class: "meta" }, t("offline-reviewed-on", { date: date(r.reviewed_at) })) : null,
    textNode("p", summary, { class: "summary" }),
    langNote(body ?? summary),
    body ? h("div", { class: "body", id: "guide-body", lang: body.locale, dir: RTL.has(body.locale.split("-")[0]) ? "rtl" : "auto" }, markdown(body.text, notice)) : null,
    (r.sources ?? []).length ? h("section", {}, h("h2", {}, t("offline-sources")), h("ul", {}, r.sources.map((s) => h("li", {}, s.url && safeHref(s.url) ? h("a", { href: s.url, rel: "noreferrer" }, s.title ?? s.url) : s.title ?? s.url ?? "")))) : null,
  );
}

function eventView(slug) {
  const id = eventId(slug);
  if (!id) return notFound();
  const { r, tr, title, description } = eventTexts(id);
  const place = r.location;
  const placeName = place ? text(place.name, tr.location?.name) : null;
  const a = place?.address;
  const sources = r.sources ?? [];
  page(
    h("p", {}, h("a", { href: "#/" }, t("offline-back"))),
    textNode("h1", title),
    title?.differs ? langNote(title) : null,
    h("p", { class: "meta", id: "event-when" }, when(r)),
    textNode("p", description, { class: "body" }),
    langNote(description),
    h(
      "dl",
      { class: "facts" },
      place ? [h("dt", {}, t("offline-address")), h("dd", {}, placeName ? h("div", { lang: placeName.locale }, placeName.text) : null, a ? [a.address_1, [a.city, a.state_province, a.postal_code].filter(Boolean).join(", ")].filter(Boolean).map((l) => h("div", {}, l)) : null)] : null,
      sources.length ? [h("dt", {}, t("offline-sources")), h("dd", {}, h("ul", {}, sources.map((s) => h("li", {}, s.url && safeHref(s.url) ? h("a", { href: s.url, rel: "noreferrer" }, s.title ?? s.url) : s.title ?? s.url ?? ""))))] : null,
    ),
  );
}

function notFound() {
  page(h("h1", {}, t("offline-not-found")), h("p", {}, h("a", { href: "#/" }, t("offline-back"))));
}

function route() {
  const started = performance.now();
  try {
    routeNow();
  } finally {
    document.body.dataset.renderMs = (performance.now() - started).toFixed(1);
  }
}

function routeNow() {
  const hash = location.hash.slice(1) || "/";
  const [path, query = ""] = hash.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (!held) return setupView();
  if (parts[0] === "listing" && parts[1]) listingView(parts[1]);
  else if (parts[0] === "guide" && parts[1]) guideView(parts[1]);
  else if (parts[0] === "event" && parts[1]) eventView(parts[1]);
  else if (parts[0] === "search") searchView(new URLSearchParams(query).get("q") ?? "");
  else homeView();
  if (parts.length) main.focus();
}

async function start() {
  const current = await db.get("prefs", "current");
  // A release is held: its saved search index is reopened meanwhile (if there is none, or it is
  // another release's, the worker builds once it knows the release).
  if (current && !engine && !engineLoading && !warm) {
    warm = workerEngine();
    warm.prepare().catch(() => {});
  }
  held = current ? ((await db.get("held", current)) ?? null) : null;
  // A release verified against another root key than the one pinned now is not trusted.
  if (held && held.root !== ROOT) held = null;
  seen = held ? ((await db.get("seen", held.region)) ?? null) : null;
  lang = pickLanguage();
  await loadStrings();
  applyChrome();
  route();
  document.body.dataset.ready = "true";
  // Open (or build) the search index in the background (in a worker), so it is ready when she
  // types. With no release held, no saved index is kept either.
  if (held) setTimeout(() => searchEngine(), 0);
  else {
    warm?.terminate();
    warm = null;
    db.dropIndex().catch(() => {});
  }
}

document.getElementById("ui-lang").addEventListener("change", async (ev) => {
  lang = ev.target.value;
  localStorage.setItem("vecino-offline-lang", lang);
  await loadStrings();
  applyChrome();
  route();
});
window.addEventListener("hashchange", route);

// ---------------------------------------------------------------- the app's own updates

/** A download or import is over: a new version of the app that took over meanwhile loads now. */
function done() {
  busy--;
  if (!busy && reloadWanted) location.reload();
}

/** Asks the browser to check the app's version now (one small request; a 304 when current). */
function checkForAppUpdate() {
  navigator.serviceWorker
    ?.getRegistration("/offline/")
    .then((r) => r?.update())
    .catch(() => {});
}

if ("serviceWorker" in navigator) {
  // The service worker serves this page from its cache. When a new version of the app takes over
  // (after the server changed it), the page reloads into it — at once, or when a download or
  // import under way is over — so an old app never stays in use with releases a newer one reads.
  // Its first installation (no controller yet) needs no reload.
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (busy) reloadWanted = true;
    else location.reload();
  });
  navigator.serviceWorker
    .register("/offline/sw.js", { scope: "/offline/" })
    .then(() => navigator.onLine && checkForAppUpdate())
    .catch((e) => console.warn("service worker", e));
}
await start();
