//! The offline search engine: `/offline/search/vecino_search.wasm` (crates/search-wasm, built
//! and embedded by `build.rs`) and `/offline/search/search.mjs` (web/offline/search), the
//! module the offline client imports. Every other `/offline/` path is the offline client's.
//!
//! Both are served with a strong ETag (`If-None-Match` → 304) and `no-cache`. The offline app's
//! service worker keeps them in its cache and does not ask for them at each opening: their
//! ETags are part of the app's version ([`ENGINE_TAG`], in `web::offline`), so a server with
//! another engine serves another `sw.js`, and the phone's new service worker asks for each
//! file with the ETag it holds — only what changed is downloaded. The pages
//! that instantiate the module need `'wasm-unsafe-eval'` in their `script-src`
//! ([`SCRIPT_SRC`]); no other page gets it.

use std::sync::LazyLock;

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

static WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/vecino_search.wasm"));
static MODULE: &str = include_str!("../../../web/offline/search/search.mjs");

static WASM_ETAG: LazyLock<String> = LazyLock::new(|| etag(WASM));
static MODULE_ETAG: LazyLock<String> = LazyLock::new(|| etag(MODULE.as_bytes()));

/// Both files' ETags: a new engine build (or host module) changes it, and with it the offline
/// app's version.
pub static ENGINE_TAG: LazyLock<String> =
    LazyLock::new(|| format!("{}{}", *WASM_ETAG, *MODULE_ETAG));

fn etag(bytes: &[u8]) -> String {
    format!("\"{}\"", &vecino_bundle::sha256_hex(bytes)[..32])
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(WASM_PATH, get(wasm))
        .route(MODULE_PATH, get(module))
}

async fn wasm(headers: HeaderMap) -> Response {
    serve(&headers, WASM, &WASM_ETAG, "application/wasm")
}

async fn module(headers: HeaderMap) -> Response {
    serve(
        &headers,
        MODULE.as_bytes(),
        &MODULE_ETAG,
        "text/javascript; charset=utf-8",
    )
}

fn serve(
    headers: &HeaderMap,
    body: &'static [u8],
    etag: &str,
    content_type: &'static str,
) -> Response {
    let mut response = if if_none_match(headers, etag) {
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
