//! The offline client for promotoras: a progressive web app under `/offline/` (files in
//! `web/offline/`, embedded in the binary; the verifier is the bundle crate's
//! `js/verify.mjs`), and its search engine under `/offline/search/` (`engine`, WebAssembly).
//! The app downloads a region's bundle from `/bundles/`, verifies it against the root public
//! key pinned in the page, keeps it in IndexedDB and works without a network (a service worker
//! caches the app). This module only serves files: it never writes a bundle or a key
//! (publishing is `vecino_app::publish`; the bundles are served by `crate::bundles`).
//!
//! Trust: the root key is the one of this server's bundle keys (`<data dir>/bundle-keys/
//! root.pub`, or the operator's `VECINO_BUNDLE_ROOT_KEY`), written into the page as
//! `<meta name="vecino-root-key">`. The service worker's version hashes the app's files, the
//! search engine's ETags *and* the key, so a phone keeps using the key it installed until the
//! app itself is updated from this origin; a bundle received from another phone is verified
//! against it, never against anything the bundle carries. Beside the key, the page carries
//! the floor of its key documents (`<meta name="vecino-keys-floor">`: the highest key
//! document `seq` and the revoked publishing keys, from this server's key directory and
//! published bundles, counted only when signed by that root key), so even a brand-new phone
//! refuses an old key document or a revoked key, whichever region a bundle claims. The floor
//! is part of the app's version: a revocation reaches phones as an app update.
//!
//! Data costs: every response here has a strong ETag (`If-None-Match` → 304) and `no-cache`.
//! The service worker answers the app's files and the engine from its cache without asking the
//! server; what the phone downloads when online is the browser's check of `sw.js` (a 304 when
//! nothing changed) and the strings (a 304 too). A new version (another `sw.js`) is installed by
//! asking for each file with the ETag held, so only the files that changed are downloaded.

use std::path::PathBuf;
use std::sync::LazyLock;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use axum::Router;
use axum::routing::get;

use crate::AppState;
use crate::web::WebConfig;
use engine::ENGINE_STATE;

pub mod engine;

/// The `/offline/…` routes: the app's shell, its files and strings, and the search engine.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/offline", get(slash))
        .route("/offline/", get(index))
        .route("/offline/sw.js", get(service_worker))
        .route("/offline/strings/{file}", get(strings))
        .route("/offline/{file}", get(file))
        .merge(engine::routes())
}

/// Where the root public key the offline app pins comes from.
#[derive(Debug, Clone, Default)]
pub enum RootKey {
    /// No bundles here: the app says so.
    #[default]
    None,
    /// The key, as hex (`VECINO_BUNDLE_ROOT_KEY`).
    Hex(String),
    /// A file holding it as hex (`<data dir>/bundle-keys/root.pub`), read on each request so
    /// keys made by an export after the server started are served.
    File(PathBuf),
}

impl RootKey {
    /// The key as 64 lower-case hex digits, if there is a valid one.
    pub fn hex(&self) -> Option<String> {
        let text = match self {
            RootKey::None => return None,
            RootKey::Hex(h) => h.clone(),
            RootKey::File(path) => std::fs::read_to_string(path).ok()?,
        };
        let key = vecino_bundle::keys::parse_public(&text).ok()?;
        Some(key.as_bytes().iter().map(|b| format!("{b:02x}")).collect())
    }
}

/// The offline pages' policy: this origin only, plus compiling WebAssembly (the search
/// engine); workers from here; nothing inline.
pub const CSP: &str = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; \
     script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; \
     manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; \
     object-src 'none'";

const INDEX: &str = include_str!("../../../../web/offline/index.html");

/// (name, content type, body).
const FILES: &[(&str, &str, &str)] = &[
    (
        "app.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/app.mjs"),
    ),
    (
        "state.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/state.mjs"),
    ),
    (
        "i18n.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/i18n.mjs"),
    ),
    (
        "records.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/records.mjs"),
    ),
    (
        "releases.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/releases.mjs"),
    ),
    (
        "share.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/share.mjs"),
    ),
    (
        "engine.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/engine.mjs"),
    ),
    (
        "router.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/router.mjs"),
    ),
    (
        "view-common.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/view-common.mjs"),
    ),
    (
        "view-setup.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/view-setup.mjs"),
    ),
    (
        "view-home.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/view-home.mjs"),
    ),
    (
        "view-search.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/view-search.mjs"),
    ),
    (
        "view-record.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/view-record.mjs"),
    ),
    (
        "db.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/db.mjs"),
    ),
    (
        "render.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/render.mjs"),
    ),
    (
        "search-worker.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/search-worker.mjs"),
    ),
    (
        "verify.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../crates/bundle/js/verify.mjs"),
    ),
    (
        "trust.mjs",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/offline/trust.mjs"),
    ),
    (
        "offline.css",
        "text/css; charset=utf-8",
        include_str!("../../../../web/offline/offline.css"),
    ),
    (
        "icon.svg",
        "image/svg+xml",
        include_str!("../../../../web/offline/icon.svg"),
    ),
    (
        "manifest.webmanifest",
        "application/manifest+json",
        include_str!("../../../../web/offline/manifest.webmanifest"),
    ),
];

const SW: &str = include_str!("../../../../web/offline/sw.js");

/// A hash of everything the app is made of (not the key: see [`version`]).
static FILES_HASH: LazyLock<String> = LazyLock::new(|| {
    let mut all = String::from(INDEX);
    all.push_str(SW);
    for (name, _, body) in FILES {
        all.push_str(name);
        all.push_str(body);
    }
    vecino_bundle::sha256_hex(all.as_bytes())
});

/// The app's version: its files, the search engine's build (`engine`: its files' ETags) and
/// the pinned key. A new version makes phones update the app (the service worker's bytes
/// change), downloading only the files that changed.
fn version(key: Option<&str>, engine: &str) -> String {
    let all = format!("{}{engine}{}", *FILES_HASH, key.unwrap_or(""));
    vecino_bundle::sha256_hex(all.as_bytes())[..16].to_owned()
}

/// This server's app version for the pinned key and its key documents' floor.
fn app_version(key: Option<&str>, floor: &str) -> String {
    version(key, &format!("{}{floor}", *engine::ENGINE_TAG))
}

/// The floor of the pinned key's key documents, as JSON (`{"seq":…,"revoked":[…]}`): what the
/// key directory next to the pinned `root.pub` and every published region's `keys.json` say,
/// each only if the pinned root key signed it. Checking the signatures is done once per set of
/// documents: the result is kept under the documents' hash (their ETags, in effect), so a
/// published release or a new key document is seen on the next request.
fn keys_floor(
    config: &WebConfig,
    shelf: &crate::bundles::BundleShelf,
    cache: &KeysFloorCache,
) -> String {
    use vecino_bundle::KeysSeen;
    let root_hex = config.bundle_root_key.hex();
    let root = root_hex
        .as_deref()
        .and_then(|k| vecino_bundle::keys::parse_public(k).ok());
    let (Some(root), Some(root_hex)) = (root, root_hex) else {
        return "{}".to_owned();
    };
    let docs = key_documents(config, shelf);
    let mut all = root_hex.into_bytes();
    for (bytes, sig) in &docs {
        all.extend_from_slice(vecino_bundle::sha256_hex(bytes).as_bytes());
        all.extend_from_slice(vecino_bundle::sha256_hex(sig).as_bytes());
    }
    let key = vecino_bundle::sha256_hex(&all);
    let mut slot = cache
        .0
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((held, floor)) = slot.as_ref()
        && *held == key
    {
        return floor.clone();
    }
    let floor = KeysSeen::from_documents(
        &root,
        docs.iter().map(|(b, s)| (b.as_slice(), s.as_slice())),
    );
    let floor = serde_json::to_string(&floor).expect("a floor serializes");
    *slot = Some((key, floor.clone()));
    floor
}

/// The key documents the floor is made of, with their signatures: the key directory's
/// current one (next to a pinned `root.pub`) and each published region's.
fn key_documents(
    config: &WebConfig,
    shelf: &crate::bundles::BundleShelf,
) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut docs: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    if let RootKey::File(path) = &config.bundle_root_key
        && let Some(dir) = path.parent()
        && let Ok(keys) = vecino_bundle::keys::KeyDir::new(dir).keys()
    {
        docs.push((keys.bytes, keys.signature));
    }
    if let Some(Ok(regions)) = shelf.dir().map(std::fs::read_dir) {
        let mut regions: Vec<PathBuf> = regions.flatten().map(|r| r.path()).collect();
        regions.sort();
        for dir in regions {
            if let (Ok(bytes), Ok(sig)) = (
                std::fs::read(dir.join("keys.json")),
                std::fs::read(dir.join("keys.json.sig")),
            ) {
                docs.push((bytes, sig));
            }
        }
    }
    docs
}

/// The last keys floor computed, under the hash of the documents it was computed from.
#[derive(Debug, Default)]
pub struct KeysFloorCache(std::sync::Mutex<Option<(String, String)>>);

/// `body` with a strong ETag of its bytes, or `304 Not Modified` (no body) when the request
/// names that tag in `If-None-Match`.
fn tagged(request_headers: &HeaderMap, body: impl Into<String> + AsRef<[u8]>) -> Response {
    let etag = format!("\"{}\"", &vecino_bundle::sha256_hex(body.as_ref())[..32]);
    let mut response = if crate::bundles::if_none_match(request_headers, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        body.into().into_response()
    };
    response.headers_mut().insert(
        header::ETAG,
        HeaderValue::from_str(&etag).expect("hex is a valid header"),
    );
    response
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn headers(response: &mut Response, mime: &'static str, cache: &'static str) {
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
}

/// Which tags are written right to left, as JSON for the page (`<meta name="vecino-rtl">`):
/// the rule of `vecino_i18n::direction` (a script subtag decides, else the language subtag), so
/// the app keeps no copy of its own.
static RTL_RULE: LazyLock<String> = LazyLock::new(|| {
    serde_json::json!({
        "scripts": vecino_i18n::RTL_SCRIPTS,
        "languages": vecino_i18n::RTL_LANGUAGES,
    })
    .to_string()
});

/// The operator's notice on the page when the search engine is not current (stale, missing or
/// left out of this build), else nothing.
fn engine_notice() -> String {
    ENGINE_STATE.problem().map_or_else(String::new, |problem| {
        format!(
            "<p class=\"banner warn\" id=\"engine-state\" lang=\"en\" dir=\"ltr\">{}</p>\n",
            escape(problem)
        )
    })
}

/// `/offline` → `/offline/`.
async fn slash() -> Redirect {
    Redirect::permanent("/offline/")
}

/// The app's page: the shell, with the pinned key, the shipped languages and the version.
async fn index(State(state): State<AppState>, request_headers: HeaderMap) -> Response {
    let key = state.web.bundle_root_key.hex();
    let floor = keys_floor(&state.web, &state.bundles, &state.keys_floor);
    let locales: Vec<serde_json::Value> = state
        .i18n
        .locales()
        .iter()
        .map(|l| serde_json::json!([l.tag, l.self_name, l.direction.as_str()]))
        .collect();
    let body = INDEX
        .replace("{{ROOT_KEY}}", &escape(key.as_deref().unwrap_or("")))
        .replace(
            "{{LOCALES}}",
            &escape(&serde_json::Value::from(locales).to_string()),
        )
        .replace("{{RTL}}", &escape(&RTL_RULE))
        .replace("{{KEYS_FLOOR}}", &escape(&floor))
        .replace("{{ENGINE}}", ENGINE_STATE.as_str())
        .replace("{{ENGINE_NOTICE}}", &engine_notice())
        .replace("{{VERSION}}", &app_version(key.as_deref(), &floor));
    let mut response = tagged(&request_headers, body);
    headers(&mut response, "text/html; charset=utf-8", "no-cache");
    response
}

/// The service worker, stamped with the app's version and the UI languages whose strings it
/// keeps for offline use.
async fn service_worker(State(state): State<AppState>, request_headers: HeaderMap) -> Response {
    let key = state.web.bundle_root_key.hex();
    let floor = keys_floor(&state.web, &state.bundles, &state.keys_floor);
    let languages: Vec<&str> = state.i18n.locales().iter().map(|l| l.tag).collect();
    let body = SW
        .replace("{{VERSION}}", &app_version(key.as_deref(), &floor))
        .replace(
            "{{LANGUAGES}}",
            &serde_json::to_string(&languages).expect("tags serialize"),
        );
    let mut response = tagged(&request_headers, body);
    headers(&mut response, "text/javascript; charset=utf-8", "no-cache");
    response.headers_mut().insert(
        "service-worker-allowed",
        HeaderValue::from_static("/offline/"),
    );
    response
}

/// A file of the app.
async fn file(Path(name): Path<String>, request_headers: HeaderMap) -> Response {
    let Some((_, mime, body)) = FILES.iter().find(|(n, _, _)| *n == name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response = tagged(&request_headers, *body);
    headers(&mut response, mime, "no-cache");
    response
}

/// The app's own strings in a language (before a bundle, with its `<lang>/ui`, is held):
/// `offline-*`, the site's name and the language names, as `{id: text}`.
async fn strings(
    State(state): State<AppState>,
    Path(file): Path<String>,
    request_headers: HeaderMap,
) -> Response {
    let Some(tag) = file.strip_suffix(".json") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Ok(negotiated) = state.i18n.negotiate(Some(tag), None) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let catalog = state.i18n.catalog(&negotiated.ui);
    let wanted: std::collections::BTreeMap<&String, &String> = catalog
        .iter()
        .filter(|(id, _)| id.starts_with("offline-") || id.as_str() == "site-name")
        .collect();
    let mut body = serde_json::json!({
        "lang": negotiated.ui.to_string(),
        "strings": wanted,
    });
    body["dir"] = serde_json::json!(vecino_i18n::direction(&negotiated.ui).as_str());
    let mut response = tagged(&request_headers, body.to_string());
    headers(&mut response, "application/json", "no-cache");
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "640304ee7048808a1e2feaec44f1cf8c8365af7cd94c05593756899b49bfa79d";

    #[test]
    fn the_pinned_key_is_a_valid_key_or_nothing() {
        assert_eq!(RootKey::None.hex(), None);
        assert_eq!(RootKey::Hex(KEY.to_uppercase()).hex().as_deref(), Some(KEY));
        assert_eq!(RootKey::Hex("not a key".to_owned()).hex(), None);
        assert_eq!(RootKey::Hex(KEY[..62].to_owned()).hex(), None);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("root.pub");
        let from_file = RootKey::File(file.clone());
        assert_eq!(from_file.hex(), None, "no file yet: no key");
        std::fs::write(&file, format!("{KEY}\n")).unwrap();
        assert_eq!(from_file.hex().as_deref(), Some(KEY), "read per request");
    }

    #[test]
    fn the_apps_version_changes_with_the_pinned_key_and_the_engine() {
        let with = version(Some(KEY), "\"e1\"");
        assert_eq!(with.len(), 16);
        assert_eq!(with, version(Some(KEY), "\"e1\""));
        assert_ne!(with, version(None, "\"e1\""));
        assert_ne!(with, version(Some(&KEY.replace('6', "7")), "\"e1\""));
        assert_ne!(with, version(Some(KEY), "\"e2\""), "a new engine build");
        assert_eq!(
            app_version(None, "{}"),
            version(None, &format!("{}{{}}", *engine::ENGINE_TAG))
        );
        assert_ne!(
            app_version(Some(KEY), r#"{"seq":1}"#),
            app_version(Some(KEY), r#"{"seq":3,"revoked":["073a"]}"#),
            "a revocation is a new version"
        );
    }

    #[test]
    fn what_the_phone_holds_costs_a_304_without_a_body() {
        let first = tagged(&HeaderMap::new(), "body");
        assert_eq!(first.status(), StatusCode::OK);
        let etag = first.headers()[header::ETAG].clone();
        let mut asked = HeaderMap::new();
        asked.insert(header::IF_NONE_MATCH, etag.clone());
        let again = tagged(&asked, "body");
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
        assert_eq!(again.headers()[header::ETAG], etag);
        let changed = tagged(&asked, "another body");
        assert_eq!(changed.status(), StatusCode::OK, "changed: sent again");
        assert_ne!(changed.headers()[header::ETAG], etag);
    }

    #[test]
    fn the_page_escapes_what_it_writes_into_attributes() {
        assert_eq!(
            escape(r#"["a","<b>&"]"#),
            "[&quot;a&quot;,&quot;&lt;b&gt;&amp;&quot;]"
        );
        for placeholder in [
            "{{ROOT_KEY}}",
            "{{KEYS_FLOOR}}",
            "{{LOCALES}}",
            "{{VERSION}}",
            "{{ENGINE}}",
            "{{ENGINE_NOTICE}}",
            "{{RTL}}",
        ] {
            assert!(INDEX.contains(placeholder), "{placeholder}");
        }
        assert!(SW.contains("{{VERSION}}") && SW.contains("{{LANGUAGES}}"));
        for (name, _, _) in FILES {
            assert!(
                SW.contains(&format!("\"/offline/{name}\"")),
                "the service worker keeps {name} for offline use"
            );
        }
        assert!(CSP.contains("default-src 'self'") && !CSP.contains("unsafe-inline"));
    }
}
