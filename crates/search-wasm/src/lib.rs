//! Vecino's search in the browser: the server's own `vecino-search` crate (analyzers,
//! glossary, fuzzy and prefix matching, ranking, snippets) compiled to WebAssembly, over the
//! records of a verified offline bundle.
//!
//! The engine builds its index in memory from the bundle's record files
//! ([`SearchIndex::from_records`], one segment, on the calling thread), and builds it again when
//! the client hands it the files of a newer release (after a delta). It can give the built
//! index as one byte string ([`Engine::save`]) and reopen it ([`Engine::restore`]), so the
//! client keeps it beside the release and does not index again each time the app opens. Requests and answers are
//! JSON, with the same parameters, checks, error codes and shapes as `GET /api/v1/search` and
//! `GET /api/v1/suggest`.
//!
//! The C ABI (no wasm-bindgen, so no extra build tool): the host writes a JSON request into the
//! buffer [`vecino_buffer`] returns, calls [`vecino_load`], [`vecino_search`](fn@vecino_search),
//! [`vecino_suggest`] or [`vecino_listings`] (each returns the length of its JSON answer), and reads the answer at
//! [`vecino_output`]. [`vecino_save`] puts the saved index there instead (bytes, not JSON);
//! [`vecino_restore`] takes those bytes in the buffer. `web/offline/search/search.mjs` is that
//! host.

mod random;
pub mod records;

use std::cell::RefCell;

use serde_json::{Value, json};
use vecino_core::Timestamp;
use vecino_search::request::{self, RequestError, Rules};
use vecino_search::{SearchIndex, SearchRequest};

use crate::records::{Files, index_records};

/// The parameters `engine.search` accepts, as `/api/v1/search` reads the same ones: the query,
/// paging and every filter the bundle's records carry the facts for (language offered,
/// accreditation, free, the safety facts, intake, age, open now, near), and the host's clock.
const SEARCH: Rules = Rules {
    allowed: &[
        "q",
        "lang",
        "kind",
        "topic",
        "offers_language",
        "accredited",
        "free",
        "no_status_questions",
        "no_id",
        "accepting",
        "age",
        "open_now",
        "near",
        "radius_km",
        "page",
        "per_page",
        "now_ms",
    ],
    per_page_default: request::PER_PAGE_DEFAULT,
    lenient: false,
};
const SUGGEST: Rules = Rules {
    allowed: &["q", "lang", "now_ms"],
    per_page_default: request::SUGGESTIONS,
    lenient: false,
};

/// A refused request as the API answers it: its code (the Fluent id is `error-<code>`), the
/// values its message names, and the parameter at fault.
fn error_json(err: &RequestError) -> Value {
    let args: serde_json::Map<String, Value> = err
        .args
        .iter()
        .map(|(k, v)| ((*k).to_owned(), json!(v)))
        .collect();
    let mut error = json!({ "code": err.code, "args": args });
    if let Some(p) = &err.parameter {
        error["parameter"] = json!(p);
    }
    json!({ "error": error })
}

/// The engine: the index of the bundle loaded last.
#[derive(Default)]
pub struct Engine {
    index: Option<SearchIndex>,
}

/// The request in `input`, checked as the API checks it: the language first, then
/// (in [`request::from_json`]) unknown parameters, the query and the rest.
fn read_request(
    input: &Value,
    rules: &Rules,
    now: Timestamp,
) -> Result<SearchRequest, RequestError> {
    let text = |v: &Value| v.as_str().map_or_else(|| v.to_string(), str::to_owned);
    let lang = match input.get("lang") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => Some(items.iter().map(text).collect::<Vec<_>>().join(",")),
        Some(other) => Some(text(other)),
    };
    let negotiated = vecino_i18n::negotiate(lang.as_deref(), None)
        .map_err(|_| RequestError::invalid_locale(lang.as_deref().unwrap_or_default()))?;
    let empty = serde_json::Map::new();
    let mut request = request::from_json(input.as_object().unwrap_or(&empty), rules, now)?;
    request.locales = negotiated.content_chain;
    Ok(request)
}

/// The host's clock (there is none in WebAssembly): `now_ms`, milliseconds since the epoch.
fn now(input: &Value) -> Timestamp {
    input
        .get("now_ms")
        .and_then(Value::as_f64)
        .and_then(|ms| Timestamp::from_millisecond(ms as i64).ok())
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

fn internal(what: &str) -> Value {
    json!({ "error": { "code": "internal", "args": {}, "reason": what } })
}

impl Engine {
    /// `{ "files": { "<name>": records } }` → `{ "records": n }`: (re)builds the index.
    pub fn load(&mut self, input: &[u8]) -> Value {
        #[derive(serde::Deserialize)]
        struct Load {
            files: Files,
        }
        let load: Load = match serde_json::from_slice(input) {
            Ok(l) => l,
            Err(e) => return internal(&format!("unreadable bundle files: {e}")),
        };
        let records = match index_records(&load.files) {
            Ok(r) => r,
            Err(e) => return internal(&e.0),
        };
        // The old index goes first: a phone should not hold two.
        self.index = None;
        match SearchIndex::from_records(&records) {
            Ok(index) => {
                let n = index.len();
                self.index = Some(index);
                json!({ "records": n })
            }
            Err(e) => internal(&e.to_string()),
        }
    }

    /// The index as one byte string ([`SearchIndex::snapshot`]) for the host to keep beside
    /// the release it was built from; `None` when no index is loaded.
    pub fn save(&self) -> Option<Vec<u8>> {
        self.index.as_ref()?.snapshot().ok()
    }

    /// Reopens an index [`Engine::save`] gave → `{ "records": n }`, instead of building it.
    /// Bytes that do not reopen are an error, and leave no index loaded (the host builds it).
    pub fn restore(&mut self, saved: &[u8]) -> Value {
        self.index = None;
        match SearchIndex::from_snapshot(saved) {
            Ok(index) => {
                let n = index.len();
                self.index = Some(index);
                json!({ "records": n })
            }
            Err(e) => internal(&e.to_string()),
        }
    }

    fn run(
        &self,
        input: &[u8],
        rules: &Rules,
    ) -> Result<(SearchRequest, vecino_search::SearchResults), Value> {
        let input: Value = serde_json::from_slice(input)
            .map_err(|e| internal(&format!("unreadable request: {e}")))?;
        let request = read_request(&input, rules, now(&input)).map_err(|e| error_json(&e))?;
        let index = self
            .index
            .as_ref()
            .ok_or_else(|| internal("no bundle loaded"))?;
        let results = index
            .search_at(&request, now(&input))
            .map_err(|e| internal(&e.to_string()))?;
        Ok((request, results))
    }

    /// As `GET /api/v1/search`.
    pub fn search(&self, input: &[u8]) -> Value {
        match self.run(input, &SEARCH) {
            Ok((request, results)) => json!({
                "total": results.total,
                "page": request.page,
                "per_page": request.per_page,
                "results": results.hits,
                "facets": results.facets,
            }),
            Err(e) => e,
        }
    }

    /// `{ "now_ms" }` → `{ "listings": { "<slug>": { "state", "checked", "due", "listed" } } }`:
    /// every listing's freshness on the host's day (UTC) and whether search shows it, by the
    /// server's rule (`vecino_core::Freshness`), for browse lists and cards: the app keeps no
    /// copy of the rule.
    pub fn listings(&self, input: &[u8]) -> Value {
        let input: Value = match serde_json::from_slice(input) {
            Ok(v) => v,
            Err(e) => return internal(&format!("unreadable request: {e}")),
        };
        let Some(index) = self.index.as_ref() else {
            return internal("no bundle loaded");
        };
        let today = jiff::tz::Offset::UTC.to_datetime(now(&input)).date();
        match index.standings(today) {
            Ok(standings) => json!({ "listings": standings }),
            Err(e) => internal(&e.to_string()),
        }
    }

    /// As `GET /api/v1/suggest`.
    pub fn suggest(&self, input: &[u8]) -> Value {
        match self.run(input, &SUGGEST) {
            Ok((_, results)) => {
                let suggestions: Vec<_> = results
                    .hits
                    .iter()
                    .map(|h| json!({ "text": h.title, "kind": h.kind, "slug": h.slug, "locale": h.locale }))
                    .collect();
                json!({ "suggestions": suggestions })
            }
            Err(e) => e,
        }
    }
}

thread_local! {
    static ENGINE: RefCell<Engine> = RefCell::new(Engine::default());
    static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static OUTPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Runs `op` on the request in the input buffer; the answer goes to the output buffer.
fn call(op: impl FnOnce(&mut Engine, &[u8]) -> Value) -> usize {
    let answer = INPUT.with_borrow_mut(|input| {
        let answer = ENGINE.with_borrow_mut(|engine| op(engine, input));
        input.clear();
        input.shrink_to(1 << 16);
        answer
    });
    OUTPUT.with_borrow_mut(|out| {
        out.clear();
        // After a saved index (megabytes), answers need far less.
        out.shrink_to(1 << 16);
        serde_json::to_writer(&mut *out, &answer).expect("JSON serializes into memory");
        out.len()
    })
}

// The exported functions of the C ABI. `#[unsafe(no_mangle)]` is the only unsafe construct
// here (the symbol names must not be mangled for JavaScript to find them): the functions
// themselves are safe Rust. The host only writes `len` bytes into the buffer `vecino_buffer`
// returned and reads `len` bytes at `vecino_output`, both owned by this module.

/// A buffer of `len` bytes for the next request; its address.
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn vecino_buffer(len: usize) -> *mut u8 {
    INPUT.with_borrow_mut(|input| {
        input.clear();
        input.resize(len, 0);
        input.as_mut_ptr()
    })
}

/// The answer of the last call (its length was that call's result).
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn vecino_output() -> *const u8 {
    OUTPUT.with_borrow(|out| out.as_ptr())
}

/// Loads a bundle's files: `{ "files": { … } }`.
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn vecino_load() -> usize {
    call(|engine, input| engine.load(input))
}

/// Writes the loaded index as one byte string ([`Engine::save`]) at [`vecino_output`]; its
/// length, or 0 when there is nothing to save.
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn vecino_save() -> usize {
    let saved = ENGINE.with_borrow(Engine::save);
    OUTPUT.with_borrow_mut(|out| {
        *out = saved.unwrap_or_default();
        out.len()
    })
}

/// Reopens the byte string in the input buffer (what [`vecino_save`] gave, not JSON):
/// `{ "records": n }` or an error ([`Engine::restore`]).
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn vecino_restore() -> usize {
    call(|engine, input| engine.restore(input))
}

#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn vecino_search() -> usize {
    call(|engine, input| engine.search(input))
}

#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn vecino_suggest() -> usize {
    call(|engine, input| engine.suggest(input))
}

/// Every listing's standing on the host's day ([`Engine::listings`]).
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn vecino_listings() -> usize {
    call(|engine, input| engine.listings(input))
}

#[cfg(test)]
mod tests {
    use super::Engine;
    use serde_json::{Value, json};

    const LISTING: &str = "6f0c8a52-93a5-5f44-9c4c-1a0e3d2b7c11";
    const ORG: &str = "0b7e5d1c-2f3a-5b6c-8d9e-0a1b2c3d4e5f";
    const GUIDE: &str = "3c2b1a09-8f7e-5d6c-9b4a-3f2e1d0c9b8a";

    /// A tiny bundle: a listing written in English with a Spanish translation, its
    /// organization, and a guide in English only.
    fn bundle() -> Value {
        json!({ "files": {
            "shared/listings": { LISTING: {
                "slug": "legal-clinic",
                "name": {"locale": "en", "provenance": "original", "text": "Immigration legal clinic"},
                "description": {"locale": "en", "provenance": "original", "text": "Free consultations with an immigration lawyer."},
                "topics": ["legal-aid"],
                "verified_at": "2026-01-02T00:00:00Z",
                "organization": {"id": ORG, "slug": "justice-center",
                    "name": {"locale": "en", "provenance": "original", "text": "Justice Center"}},
            }},
            "es/listings": { LISTING: {
                "name": {"locale": "es", "provenance": "machine", "text": "Clínica legal de inmigración"},
                "description": {"locale": "es", "provenance": "machine", "text": "Consultas gratis con un abogado de inmigración."},
            }},
            "shared/guides": { GUIDE: {
                "slug": "know-your-rights",
                "title": {"locale": "en", "provenance": "original", "text": "Know your rights"},
                "summary": {"locale": "en", "provenance": "original", "text": "What to do if immigration agents come to your door."},
                "body": {"locale": "en", "provenance": "original", "text": "## At the door\n\n- Do **not** open the door."},
                "topics": ["know-your-rights"],
            }},
        }})
    }

    fn engine() -> Engine {
        let mut engine = Engine::default();
        let loaded = engine.load(&serde_json::to_vec(&bundle()).unwrap());
        assert_eq!(loaded["records"], 3, "{loaded}");
        engine
    }

    #[track_caller]
    fn check(engine: &Engine, request: Value, expect: &[&str]) {
        let answer = engine.search(&serde_json::to_vec(&request).unwrap());
        let slugs: Vec<&str> = answer["results"]
            .as_array()
            .unwrap_or_else(|| panic!("{answer}"))
            .iter()
            .map(|h| h["slug"].as_str().unwrap())
            .collect();
        // The first results, in order (and nothing when nothing is expected).
        assert!(
            slugs.starts_with(expect) && (expect.is_empty() == slugs.is_empty()),
            "{request}: {slugs:?}, expected first {expect:?}"
        );
    }

    #[test]
    fn finds_records_misspelled_without_accents_and_in_the_readers_language() {
        let engine = engine();
        check(
            &engine,
            json!({"q": "abogado", "lang": "es"}),
            &["legal-clinic"],
        );
        check(
            &engine,
            json!({"q": "inmigracion", "lang": "es"}),
            &["legal-clinic"],
        );
        check(
            &engine,
            json!({"q": "imigration", "lang": "en"}),
            &["legal-clinic", "know-your-rights"],
        );
        check(
            &engine,
            json!({"q": "justice cent", "lang": "en"}),
            &["justice-center", "legal-clinic"],
        );
        check(
            &engine,
            json!({"q": "door", "lang": "en", "kind": "guide"}),
            &["know-your-rights"],
        );
        check(
            &engine,
            json!({"q": "door", "lang": "en", "kind": "service"}),
            &[],
        );
        let answer = engine.search(br#"{"q":"abogado","lang":"es"}"#);
        let hit = &answer["results"][0];
        assert_eq!(hit["title"], "Clínica legal de inmigración");
        assert_eq!(hit["locale"], "es");
        assert_eq!(
            hit["snippet"],
            "Justice Center\nConsultas gratis con un <mark>abogado</mark> de inmigración"
        );
        let suggest = engine.suggest(br#"{"q":"clini","lang":"es"}"#);
        assert_eq!(
            suggest["suggestions"][0]["text"], "Clínica legal de inmigración",
            "{suggest}"
        );
    }

    /// The standing of each listing on the host's day: the bundle's listing, checked on
    /// 2 January 2026 with legal aid's 90 days, is current, then may be out of date, then is
    /// not listed; another one kept by an admin stays listed; an inactive one never is.
    #[test]
    fn says_where_each_listing_stands_on_the_hosts_day() {
        let mut files = bundle();
        let listings = files["files"]["shared/listings"].as_object_mut().unwrap();
        let mut kept = listings[LISTING].clone();
        kept["slug"] = json!("kept-clinic");
        kept["kept"] = json!(true);
        listings.insert("6f0c8a52-93a5-5f44-9c4c-1a0e3d2b7c12".into(), kept);
        let mut ended = listings[LISTING].clone();
        ended["slug"] = json!("ended-clinic");
        ended["status"] = json!("inactive");
        listings.insert("6f0c8a52-93a5-5f44-9c4c-1a0e3d2b7c13".into(), ended);
        let mut engine = Engine::default();
        engine.load(&serde_json::to_vec(&files).unwrap());
        let on = |day: &str| {
            let ms = day
                .parse::<vecino_core::Timestamp>()
                .unwrap()
                .as_millisecond();
            let answer = engine.listings(&serde_json::to_vec(&json!({"now_ms": ms})).unwrap());
            answer["listings"].clone()
        };
        let feb = on("2026-02-01T12:00:00Z");
        assert_eq!(
            feb["legal-clinic"],
            json!({"state": "current", "checked": "2026-01-02", "due": "2026-04-02", "listed": true})
        );
        assert_eq!(feb["ended-clinic"]["listed"], false);
        assert!(
            feb.get("justice-center").is_none(),
            "organizations are not listings"
        );
        let may = on("2026-05-01T12:00:00Z");
        assert_eq!(may["legal-clinic"]["state"], "overdue");
        assert_eq!(may["legal-clinic"]["listed"], true);
        let july = on("2026-07-02T12:00:00Z");
        assert_eq!(july["legal-clinic"]["state"], "expired");
        assert_eq!(july["legal-clinic"]["listed"], false);
        assert_eq!(july["kept-clinic"]["listed"], true);
    }

    #[test]
    fn refuses_what_the_api_refuses_with_its_codes() {
        let engine = engine();
        let code = |request: Value| {
            engine.search(&serde_json::to_vec(&request).unwrap())["error"]["code"].clone()
        };
        assert_eq!(code(json!({"q": "  ", "lang": "es"})), "empty-query");
        assert_eq!(
            code(json!({"q": "a".repeat(201), "lang": "es"})),
            "query-too-long"
        );
        assert_eq!(
            code(json!({"q": "x", "lang": "es", "kind": "planet"})),
            "invalid-parameter"
        );
        assert_eq!(
            code(json!({"q": "x", "lang": "es", "per_page": 51})),
            "invalid-parameter"
        );
        // Every filter of the API is taken, and checked as the API checks it.
        assert_eq!(
            code(json!({"q": "x", "lang": "es", "sort": "new"})),
            "invalid-parameter"
        );
        assert_eq!(
            code(json!({"q": "x", "lang": "es", "near": "somewhere"})),
            "invalid-parameter"
        );
        assert_eq!(
            code(json!({"q": "x", "lang": "es", "age": 200})),
            "invalid-parameter"
        );
        assert_eq!(
            code(json!({"q": "x", "lang": "es", "no_status_questions": true, "near": "1,2"})),
            Value::Null
        );
        assert_eq!(code(json!({"q": "x", "lang": "!!"})), "invalid-locale");
        let error = engine.search(br#"{"q":"","lang":"es","page":0}"#);
        assert_eq!(error["error"]["code"], "empty-query");
        let error = engine.search(br#"{"q":"x","lang":"es","page":0}"#);
        assert_eq!(error["error"]["parameter"], "page");
        assert_eq!(error["error"]["args"]["value"], "0");
    }

    #[test]
    fn a_saved_index_reopens_and_answers_as_the_one_built() {
        let built = engine();
        let saved = built.save().expect("an index to save");
        let mut reopened = Engine::default();
        assert_eq!(reopened.restore(&saved), json!({"records": 3}));
        for request in [
            json!({"q": "abogado", "lang": "es"}),
            json!({"q": "inmigracion", "lang": "es"}),
            json!({"q": "imigration", "lang": "en"}),
            json!({"q": "justice cent", "lang": "en"}),
            json!({"q": "door", "lang": "en", "kind": "guide"}),
            json!({"q": "legal", "lang": "es", "topic": "legal-aid"}),
            json!({"q": "x", "lang": "es", "per_page": 51}),
        ] {
            let request = serde_json::to_vec(&request).unwrap();
            let answer = built.search(&request);
            assert_eq!(reopened.search(&request), answer);
            assert_eq!(reopened.suggest(&request), built.suggest(&request));
        }
        check(
            &reopened,
            json!({"q": "abogado", "lang": "es"}),
            &["legal-clinic"],
        );
    }

    #[test]
    fn a_damaged_saved_index_is_refused_and_the_bundle_is_indexed_instead() {
        let saved = engine().save().unwrap();
        let mut engine = Engine::default();
        assert!(engine.save().is_none(), "nothing loaded, nothing to save");
        let mut flipped = saved.clone();
        flipped[4] ^= 0x20;
        for damaged in [&saved[..saved.len() / 2], &flipped, b"{\"records\":3}", b""] {
            let answer = engine.restore(damaged);
            assert_eq!(answer["error"]["code"], "internal", "{answer}");
            // No half-opened index answers.
            let search = engine.search(br#"{"q":"abogado","lang":"es"}"#);
            assert_eq!(search["error"]["reason"], "no bundle loaded");
        }
        assert_eq!(
            engine.load(&serde_json::to_vec(&bundle()).unwrap())["records"],
            3
        );
        check(
            &engine,
            json!({"q": "abogado", "lang": "es"}),
            &["legal-clinic"],
        );
    }

    #[test]
    fn a_new_release_replaces_the_index() {
        let mut engine = engine();
        let mut next = bundle();
        next["files"]["shared/listings"] = json!({});
        assert_eq!(
            engine.load(&serde_json::to_vec(&next).unwrap())["records"],
            1
        );
        check(&engine, json!({"q": "abogado", "lang": "es"}), &[]);
        check(
            &engine,
            json!({"q": "rights", "lang": "en"}),
            &["know-your-rights"],
        );
    }
}
