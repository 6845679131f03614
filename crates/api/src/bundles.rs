//! Serving the offline bundles `vecino bundle export` writes under `<data dir>/bundles/<region>/`
//! ([`BundleShelf`], [`routes`]); reading the directory for an export is `vecino_app::publish`.
//!
//! - `GET /bundles/` — the regions published, with their current release.
//! - `GET /bundles/{region}/manifest.json` (and `.sig`, `keys.json`, `keys.json.sig`) — the
//!   current release; `Cache-Control: no-cache`, revalidated by ETag.
//! - `GET /bundles/{region}/r{seq}/…` — a release's files, as the manifest names them; they
//!   never change (`immutable`). The bytes are served as stored (`application/zstd`,
//!   `application/gzip`), never re-encoded, because their hashes are what the client checks.
//! - `GET /bundles/{region}/changes?since=N` — what a client holding release N downloads
//!   next: nothing, the delta from N, or the full release when N is too old; it names the
//!   release's own (immutable) copies of the manifest, key document and signatures.
//!
//! Every file has a strong ETag (its SHA-256) and `If-None-Match` answers 304. Nothing here
//! is trusted by the client until it verifies it; the server only publishes.

use std::path::{Path as FsPath, PathBuf};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};
use vecino_bundle::Manifest;
use vecino_bundle::reader::safe_path;

use crate::api_v1::openapi::LangParam;
use crate::lang::Lang;
use crate::params::Params;
use crate::{ApiError, AppState};

/// Where published bundles are read from (`<data dir>/bundles`), or nowhere.
#[derive(Debug, Clone, Default)]
pub struct BundleShelf {
    dir: Option<PathBuf>,
}

impl BundleShelf {
    /// Serves the regions under `dir` (it need not exist yet: an export creates it).
    pub fn new(dir: impl Into<PathBuf>) -> BundleShelf {
        BundleShelf {
            dir: Some(dir.into()),
        }
    }

    /// Publishes nothing: every `/bundles/…` address answers 404.
    pub fn none() -> BundleShelf {
        BundleShelf { dir: None }
    }

    /// The directory of the published regions, if any.
    pub fn dir(&self) -> Option<&std::path::Path> {
        self.dir.as_deref()
    }

    fn region_dir(&self, region: &str) -> Option<PathBuf> {
        let valid = !region.is_empty()
            && region.len() <= 120
            && !region.starts_with('.')
            && region
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
        let dir = self.dir.as_ref()?.join(region);
        (valid && dir.join("manifest.json").is_file()).then_some(dir)
    }
}

/// The `/bundles/…` routes. The JSON answers (the index and `changes`) are localized by
/// `lang::localize`; the files are bytes whose answers must not vary by language, so only their
/// errors are localized, by the handler.
pub fn routes(state: &AppState) -> Router<AppState> {
    let localize = axum::middleware::from_fn_with_state(state.clone(), crate::lang::localize);
    Router::new()
        .route("/bundles", get(index))
        .route("/bundles/", get(index))
        .route("/bundles/{region}/changes", get(changes))
        .route_layer(localize)
        .route("/bundles/{region}/{*path}", get(file))
}

/// `changes`' parameters besides `lang`.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct ChangesQuery {
    /// The release the client holds and has verified; without it, the full release.
    #[param(minimum = 1)]
    since: Option<u64>,
}

fn not_found(state: &AppState, lang: &Lang) -> ApiError {
    lang.error(&state.i18n, ApiError::not_found("not-found"))
}

async fn read(path: PathBuf) -> Option<Vec<u8>> {
    tokio::task::spawn_blocking(move || std::fs::read(path).ok())
        .await
        .ok()
        .flatten()
}

fn read_manifest(dir: &FsPath) -> Option<(Manifest, Vec<u8>)> {
    let bytes = std::fs::read(dir.join("manifest.json")).ok()?;
    let manifest = vecino_bundle::reader::read_manifest(&bytes).ok()?;
    Some((manifest, bytes))
}

async fn index(
    State(state): State<AppState>,
    _: Params<LangParam>,
) -> Result<Json<Value>, ApiError> {
    let shelf = state.bundles.clone();
    let regions = tokio::task::spawn_blocking(move || {
        let mut regions = Vec::new();
        let Some(dir) = &shelf.dir else {
            return regions;
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return regions;
        };
        for entry in entries.flatten() {
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            let Some(region) = shelf.region_dir(&name) else {
                continue;
            };
            if let Some((m, _)) = read_manifest(&region) {
                regions.push(json!({
                    "id": m.region.id,
                    "region": m.region.spec,
                    "seq": m.seq,
                    "issued_at": m.issued_at,
                    "expires_at": m.expires_at,
                    "languages": m.languages,
                    "zstd_bytes": m.files.iter().map(|f| f.zstd.size).sum::<u64>(),
                    "gzip_bytes": m.files.iter().map(|f| f.gzip.size).sum::<u64>(),
                    "manifest": format!("/bundles/{}/manifest.json", m.region.id),
                }));
            }
        }
        regions.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
        regions
    })
    .await
    .map_err(|_| ApiError::internal())?;
    Ok(Json(json!({ "regions": regions })))
}

/// What a client holding release `since` fetches next.
async fn changes(
    State(state): State<AppState>,
    Path(region): Path<String>,
    Params(ChangesQuery { since }): Params<ChangesQuery>,
) -> Result<Response, ApiError> {
    let run = async {
        let dir = state
            .bundles
            .region_dir(&region)
            .ok_or_else(|| ApiError::not_found("not-found"))?;
        let (manifest, bytes) = tokio::task::spawn_blocking(move || read_manifest(&dir))
            .await
            .ok()
            .flatten()
            .ok_or_else(|| ApiError::not_found("not-found"))?;
        let mut answer = json!({
            "region": manifest.region.id,
            "seq": manifest.seq,
            "manifest_sha256": vecino_bundle::sha256_hex(&bytes),
            // The release's own copies: immutable, so a client never pairs a manifest with the
            // signature of the next release published between two requests.
            "manifest": format!("r{}/manifest.json", manifest.seq),
            "signature": format!("r{}/manifest.json.sig", manifest.seq),
            "keys": format!("r{}/keys.json", manifest.seq),
            "keys_signature": format!("r{}/keys.json.sig", manifest.seq),
        });
        let delta = since.and_then(|seq| manifest.delta_from(seq));
        match (since, delta) {
            (Some(seq), _) if seq == manifest.seq => answer["status"] = json!("current"),
            (_, Some(delta)) => {
                answer["status"] = json!("delta");
                answer["delta"] = serde_json::to_value(delta).expect("serializes");
            }
            _ => {
                // Too old for the deltas kept, newer than this server (a client decides what
                // that means: it refuses a rollback), or nothing held yet.
                answer["status"] = json!("full");
                answer["files"] = serde_json::to_value(&manifest.files).expect("serializes");
            }
        }
        Ok::<Value, ApiError>(answer)
    };
    let mut response = Json(run.await?).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(response)
}

/// A file of a release, as stored, with a strong ETag.
async fn file(
    State(state): State<AppState>,
    Path((region, path)): Path<(String, String)>,
    lang: Lang,
    params: Result<Params<LangParam>, ApiError>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    params.map_err(|e| lang.error(&state.i18n, e))?;
    let current = matches!(
        path.as_str(),
        "manifest.json" | "manifest.json.sig" | "keys.json" | "keys.json.sig"
    );
    let in_release = path.split_once('/').is_some_and(|(first, _)| {
        first
            .strip_prefix('r')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    });
    let content_type = [
        (".json", "application/json"),
        (".sig", "application/json"),
        (".zst", "application/zstd"),
        (".gz", "application/gzip"),
    ]
    .into_iter()
    .find(|(ext, _)| path.ends_with(ext))
    .map(|(_, ct)| ct);
    let (Some(dir), Some(content_type)) = (state.bundles.region_dir(&region), content_type) else {
        return Err(not_found(&state, &lang));
    };
    if !(current || in_release) || !safe_path(&path) {
        return Err(not_found(&state, &lang));
    }
    let Some(bytes) = read(dir.join(&path)).await else {
        return Err(not_found(&state, &lang));
    };
    let etag = format!("\"{}\"", &vecino_bundle::sha256_hex(&bytes)[..32]);
    let cache = if current {
        "no-cache"
    } else {
        "public, max-age=31536000, immutable"
    };
    let mut response = if if_none_match(&headers, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = bytes.into_response();
        r.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        r
    };
    let h = response.headers_mut();
    h.insert(
        header::ETAG,
        HeaderValue::from_str(&etag).expect("hex is a valid header"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    Ok(response)
}

/// Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for this header).
pub(crate) fn if_none_match(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == "*" || t == etag)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(header: Option<&str>, etag: &str, expect: bool) {
        let mut headers = HeaderMap::new();
        if let Some(h) = header {
            headers.insert(header::IF_NONE_MATCH, HeaderValue::from_str(h).unwrap());
        }
        assert_eq!(if_none_match(&headers, etag), expect, "{header:?}");
    }

    #[test]
    fn if_none_match_reads_lists_weak_tags_and_star() {
        check(None, "\"a\"", false);
        check(Some("\"a\""), "\"a\"", true);
        check(Some("\"b\", W/\"a\""), "\"a\"", true);
        check(Some("*"), "\"a\"", true);
        check(Some("\"ab\""), "\"a\"", false);
    }

    #[test]
    fn only_published_region_names_reach_the_disk() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("san-jose")).unwrap();
        std::fs::write(dir.path().join("san-jose/manifest.json"), b"{}").unwrap();
        std::fs::create_dir_all(dir.path().join("unpublished")).unwrap();
        let shelf = BundleShelf::new(dir.path());
        assert!(shelf.region_dir("san-jose").is_some());
        for bad in [
            "unpublished",
            "..",
            ".hidden",
            "San-Jose",
            "a/b",
            "",
            "x%2F",
        ] {
            assert!(shelf.region_dir(bad).is_none(), "{bad}");
        }
        assert!(BundleShelf::none().region_dir("san-jose").is_none());
    }
}
