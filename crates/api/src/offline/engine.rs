//! The offline search engine: `/offline/search/vecino_search.wasm` (crates/search-wasm, built
//! by `cargo xtask wasm`, embedded by `build.rs` behind the default `offline-engine` feature)
//! and `/offline/search/search.mjs` (web/offline/search), the
//! module the offline client imports. Every other `/offline/` path is the offline client's.
//!
//! The module goes out gzip-compressed to a browser that accepts it (7 MB → about 3.3 MB on
//! the wire), compressed once per process off the request path (until then, as is); each
//! encoding has its own strong ETag, and either in `If-None-Match` gets a 304.
//!
//! Both are served with a strong ETag (`If-None-Match` → 304) and `no-cache`. The offline app's
//! service worker keeps them in its cache and does not ask for them at each opening: their
//! ETags are part of the app's version ([`ENGINE_TAG`], in `offline`), so a server with
//! another engine serves another `sw.js`, and the phone's new service worker asks for each
//! file with the ETag it holds — only what changed is downloaded. The pages
//! that instantiate the module need `'wasm-unsafe-eval'` in their `script-src`
//! ([`SCRIPT_SRC`]); no other page gets it.
//!
//! A server built without a current engine still runs: [`ENGINE_STATE`] says whether the
//! module is current, stale (its sources changed since `cargo xtask wasm` built it), missing or
//! left out, and the server says so in its log and on `/offline/`. It must never build the
//! engine itself.

use std::io::Write;
use std::sync::{LazyLock, OnceLock};

use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::AppState;
use crate::bundles::if_none_match;

/// The `script-src` a page running the offline search engine needs (WebAssembly compilation
/// is `'wasm-unsafe-eval'`; nothing else is relaxed).
pub const SCRIPT_SRC: &str = "script-src 'self' 'wasm-unsafe-eval'";

pub const WASM_PATH: &str = "/offline/search/vecino_search.wasm";
pub const MODULE_PATH: &str = "/offline/search/search.mjs";

/// Empty when the engine is missing or left out (see [`ENGINE_STATE`]).
#[cfg(feature = "offline-engine")]
static WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/vecino_search.wasm"));
#[cfg(not(feature = "offline-engine"))]
static WASM: &[u8] = &[];

/// The embedded engine as `build.rs` found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngineState {
    /// Built from the sources this binary was compiled with.
    Current,
    /// Built from other sources than this binary's (rebuild it: `cargo xtask wasm`).
    Stale,
    /// Not built when this binary was compiled: no offline search.
    Missing,
    /// Left out (the `offline-engine` feature is off): no offline search.
    Off,
}

impl EngineState {
    pub fn as_str(self) -> &'static str {
        match self {
            EngineState::Current => "current",
            EngineState::Stale => "stale",
            EngineState::Missing => "missing",
            EngineState::Off => "off",
        }
    }

    /// What an operator reads about it on `/offline/` and in the log (`None` when current).
    pub fn problem(self) -> Option<&'static str> {
        match self {
            EngineState::Current => None,
            EngineState::Stale => Some(
                "This server's offline search engine is stale: it was built from older sources \
                 than the server. Rebuild it with `cargo xtask wasm`, then rebuild the server.",
            ),
            EngineState::Missing => Some(
                "This server was built without its offline search engine: offline search is \
                 unavailable. Build it with `cargo xtask wasm`, then rebuild the server.",
            ),
            EngineState::Off => Some(
                "This server was built without the offline-engine feature: offline search is \
                 unavailable.",
            ),
        }
    }
}

/// The embedded engine's state, from `build.rs`.
pub const ENGINE_STATE: EngineState = match env!("VECINO_ENGINE_STATE").as_bytes() {
    b"current" => EngineState::Current,
    b"stale" => EngineState::Stale,
    b"off" => EngineState::Off,
    _ => EngineState::Missing,
};
static MODULE: &str = include_str!("../../../../web/offline/search/search.mjs");

static WASM_ETAG: LazyLock<String> = LazyLock::new(|| etag(WASM));
static MODULE_ETAG: LazyLock<String> = LazyLock::new(|| etag(MODULE.as_bytes()));

/// Both files' ETags: a new engine build (or host module) changes it, and with it the offline
/// app's version.
pub static ENGINE_TAG: LazyLock<String> =
    LazyLock::new(|| format!("{}{}", *WASM_ETAG, *MODULE_ETAG));

fn etag(bytes: &[u8]) -> String {
    format!("\"{}\"", &vecino_bundle::sha256_hex(bytes)[..32])
}

/// The module, gzip-compressed, once [`routes`] has made it.
static WASM_GZIP: OnceLock<Vec<u8>> = OnceLock::new();

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

/// The ETag of the gzip encoding of a file whose ETag is `etag`.
fn gzip_etag(etag: &str) -> String {
    format!("{}-gz\"", etag.trim_end_matches('"'))
}

/// Whether `Accept-Encoding` takes gzip (not with `q=0`).
fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or("").trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(1.0, |q| q.trim().parse::<f32>().unwrap_or(0.0));
            name.eq_ignore_ascii_case("gzip") && q > 0.0
        })
}

pub fn routes() -> Router<AppState> {
    if let Some(problem) = ENGINE_STATE.problem() {
        tracing::warn!(engine = ENGINE_STATE.as_str(), "{problem}");
    }
    // Compressed once, off the request path (seconds in a debug build).
    std::thread::spawn(|| {
        WASM_GZIP.get_or_init(|| gzip(WASM));
    });
    Router::new()
        .route(WASM_PATH, get(wasm))
        .route(MODULE_PATH, get(module))
}

async fn wasm(headers: HeaderMap) -> Response {
    if WASM.is_empty() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let compressed = WASM_GZIP.get().filter(|_| accepts_gzip(&headers));
    let gzip_tag = gzip_etag(&WASM_ETAG);
    // Either encoding held: a 304 (the same module).
    let held = if_none_match(&headers, &WASM_ETAG) || if_none_match(&headers, &gzip_tag);
    let mut response = match compressed {
        Some(bytes) => {
            let mut r = serve(held, bytes, &gzip_tag, "application/wasm");
            if !held {
                r.headers_mut()
                    .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            }
            r
        }
        None => serve(held, WASM, &WASM_ETAG, "application/wasm"),
    };
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    response
}

async fn module(headers: HeaderMap) -> Response {
    serve(
        if_none_match(&headers, &MODULE_ETAG),
        MODULE.as_bytes(),
        &MODULE_ETAG,
        "text/javascript; charset=utf-8",
    )
}

fn serve(held: bool, body: &'static [u8], etag: &str, content_type: &'static str) -> Response {
    let mut response = if held {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = body.into_response();
        r.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        r
    };
    let h = response.headers_mut();
    h.insert(
        header::ETAG,
        HeaderValue::from_str(etag).expect("hex is a valid header"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// The engine's input stamp (`cargo xtask wasm`'s), for the test that the embedded engine is
/// current.
#[cfg(test)]
#[path = "../../../xtask/src/stamp.rs"]
#[allow(dead_code)]
mod stamp;

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    async fn get(headers: &[(header::HeaderName, &str)]) -> (StatusCode, HeaderMap, Vec<u8>) {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.insert(name, HeaderValue::from_str(value).unwrap());
        }
        let response = wasm(map).await;
        let (parts, body) = response.into_parts();
        let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
        (parts.status, parts.headers, bytes.to_vec())
    }

    use super::stamp;

    /// Under the suite, the embedded engine is the one its sources make: a stale or missing
    /// engine fails here (run `cargo xtask wasm`, as `.ci/test` does).
    #[test]
    #[cfg(feature = "offline-engine")]
    fn the_embedded_engine_is_built_from_these_sources() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        assert_eq!(
            ENGINE_STATE,
            EngineState::Current,
            "{}",
            ENGINE_STATE.problem().unwrap_or_default()
        );
        assert_eq!(
            env!("VECINO_ENGINE_BUILT_FROM"),
            stamp::sources_hash(&root),
            "the engine's sources changed since this test was compiled: run `cargo xtask wasm`"
        );
        assert!(WASM.starts_with(b"\0asm"), "a WebAssembly module");
    }

    #[test]
    fn an_engine_that_is_not_current_is_said_with_what_to_do() {
        assert_eq!(EngineState::Current.problem(), None);
        for state in [EngineState::Stale, EngineState::Missing] {
            let problem = state.problem().unwrap();
            assert!(problem.contains("cargo xtask wasm"), "{problem}");
        }
        assert!(EngineState::Off.problem().unwrap().contains("unavailable"));
    }

    #[tokio::test]
    #[cfg(feature = "offline-engine")]
    async fn the_engine_goes_out_gzipped_to_who_takes_it_and_either_etag_is_a_304() {
        WASM_GZIP.get_or_init(|| gzip(WASM));
        let (status, headers, raw) = get(&[]).await;
        assert_eq!((status, raw.len()), (StatusCode::OK, WASM.len()));
        assert!(headers.get(header::CONTENT_ENCODING).is_none());
        let plain_tag = headers[header::ETAG].to_str().unwrap().to_owned();

        let (status, headers, zipped) = get(&[(header::ACCEPT_ENCODING, "br, gzip")]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers[header::CONTENT_ENCODING], "gzip");
        assert_eq!(headers[header::VARY], "accept-encoding");
        let gzip_tag = headers[header::ETAG].to_str().unwrap().to_owned();
        assert_ne!(gzip_tag, plain_tag, "each encoding has its own tag");
        assert!(zipped.len() < WASM.len() * 6 / 10, "{} bytes", zipped.len());
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(&zipped[..])
            .read_to_end(&mut unzipped)
            .unwrap();
        assert!(unzipped == WASM, "the same module");

        for tag in [&plain_tag, &gzip_tag] {
            let (status, _, body) = get(&[
                (header::ACCEPT_ENCODING, "gzip"),
                (header::IF_NONE_MATCH, tag),
            ])
            .await;
            assert_eq!((status, body.len()), (StatusCode::NOT_MODIFIED, 0), "{tag}");
        }
        let (_, headers, _) = get(&[(header::ACCEPT_ENCODING, "gzip;q=0, identity")]).await;
        assert!(
            headers.get(header::CONTENT_ENCODING).is_none(),
            "q=0 refuses gzip"
        );
    }
}
