//! The offline app's words: its strings with their arguments, which language to show, which
//! way a language is written (the server's rule, from the page), and the message for a refused
//! release. Pure functions over the state; it must never fetch or store anything itself
//! except `loadStrings` (the app's strings from the server), and Node tests import it.

/** `strings[id]` with `{ $name }` replaced by `args.name`; the id itself when there is none. */
export function translate(strings, id, args = {}) {
  const text = strings[id];
  if (text === undefined) return id;
  return text.replace(/\{\s*\$([a-z_-]+)\s*\}/gi, (_, name) => (args[name] ?? "").toString());
}

/** The state's translation function. */
export const t = (state, id, args) => translate(state.strings, id, args);

/**
 * The language to show among `options`: the first of the candidates (asked in the address,
 * kept from last time, the browser's) that is one of them, or whose base language is; else the
 * first option.
 */
export function pickLanguage(options, candidates) {
  for (const c of candidates.filter(Boolean)) {
    if (options.includes(c)) return c;
    const base = c.split("-")[0];
    const match = options.find((o) => o === base || o.split("-")[0] === base);
    if (match) return match;
  }
  return options[0] ?? "en";
}

/** The languages the app can be shown in: the held release's, else the server's. */
export function languageOptions(state) {
  return state.held ? state.held.languages : state.locales.map((l) => l[0]);
}

/** A language's own name, from the server's list (the tag when it is not there). */
export function languageName(state, tag) {
  const base = tag.split("-")[0];
  return state.locales.find((l) => l[0] === tag)?.[1] ?? state.locales.find((l) => l[0].split("-")[0] === base)?.[1] ?? tag;
}

/** The page's `<meta name="vecino-rtl">`: {scripts, languages}, written right to left. */
export function parseRtl(content) {
  try {
    const rule = JSON.parse(content || "{}");
    const list = (v) => new Set(Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);
    return { scripts: list(rule.scripts), languages: list(rule.languages) };
  } catch {
    return { scripts: new Set(), languages: new Set() };
  }
}

/**
 * "rtl" or "ltr" for a tag, as vecino_i18n::direction says: an explicit script subtag decides
 * (`az-Arab` is right to left), else the language subtag does.
 */
export function direction(rule, tag) {
  const parts = String(tag ?? "").split(/[-_]/);
  const script = parts.slice(1).find((p) => /^[a-z]{4}$/i.test(p));
  const rtl = script ? rule.scripts.has(script[0].toUpperCase() + script.slice(1).toLowerCase()) : rule.languages.has(parts[0].toLowerCase());
  return rtl ? "rtl" : "ltr";
}

/** The message ids of a refused release's reasons, by verify.mjs's error kind. */
export const REASONS = {
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

/**
 * The message for a refused release: `kind` is verify.mjs's error kind (none for anything that
 * is not a BundleError), `message` its message, `seenSeq` the highest seq this phone saw of
 * the region.
 */
export function refusalText(tr, kind, message, seenSeq) {
  if (!kind) return tr("offline-rejected", { reason: tr("offline-reason-format") });
  if (kind === "Rollback") return tr("offline-rollback", { seq: String(message ?? "").match(/(\d+) </)?.[1] ?? "?", held: seenSeq ?? "?" });
  if (kind === "Equivocation") return tr("offline-conflict", { seq: seenSeq ?? "?" });
  return tr("offline-rejected", { reason: tr(REASONS[kind] ?? "offline-reason-format") });
}

/** The strings for the state's language: the held bundle's, else the server's, else kept ones. */
export async function loadStrings(state) {
  const { held, lang } = state;
  const fromBundle = held?.contents[`${lang}/ui`];
  if (fromBundle) {
    state.strings = fromBundle;
    return;
  }
  try {
    const r = await state.fetch(`/offline/strings/${encodeURIComponent(lang)}.json`);
    if (r.ok) {
      state.strings = (await r.json()).strings;
      return;
    }
  } catch {}
  // Offline with strings never fetched: the held bundle's first language.
  const first = held?.languages?.[0];
  state.strings = (first && held.contents[`${first}/ui`]) || state.strings;
}
