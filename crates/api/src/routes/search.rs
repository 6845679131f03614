//! `/api/v1/search` and `/api/v1/suggest`. The query text is never logged.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;
use vecino_core::{EntityKind, GeoPoint, GeoPrecision, Timestamp, Topic};
use vecino_search::{Filters, SearchRequest};

use crate::lang::Lang;
use crate::openapi::Paging;
use crate::{ApiError, AppState};

/// Runs a search through the application's bounded search slots (`vecino_app`), for the JSON
/// API, the web pages and the HSDS API alike.
pub(crate) async fn run_search(
    state: &AppState,
    request: SearchRequest,
) -> Result<(SearchRequest, vecino_search::SearchResults), ApiError> {
    let results = state.app.search(&request).await?;
    Ok((request, results))
}

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
pub(crate) const DEFAULT_RADIUS_KM: f64 = 25.0;
pub(crate) const MAX_RADIUS_KM: f64 = 500.0;

/// The query parameters `/api/v1/search` accepts (and documents), besides `lang`.
pub(crate) const SEARCH_PARAMS: &[&str] = &[
    "q",
    "near",
    "radius_km",
    "topic",
    "offers_language",
    "accredited",
    "open_now",
    "free",
    "kind",
    "page",
    "per_page",
];
/// The query parameters `/api/v1/suggest` accepts (and documents), besides `lang`.
pub(crate) const SUGGEST_PARAMS: &[&str] = &["q"];
pub(crate) const PAGING: Paging = Paging {
    max_page: 1000,
    per_page_default: 10,
    max_per_page: 50,
};
const SUGGESTIONS: u64 = 8;

fn query_text(lang: &Lang) -> Result<String, ApiError> {
    let q = lang.params.get("q").map(|q| q.trim()).unwrap_or_default();
    if q.is_empty() {
        return Err(ApiError::new(StatusCode::BAD_REQUEST, "empty-query"));
    }
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::new(StatusCode::BAD_REQUEST, "query-too-long")
            .arg("max", MAX_QUERY_CHARS.to_string()));
    }
    Ok(q.to_owned())
}

fn list<T>(
    lang: &Lang,
    name: &'static str,
    parse: fn(&str) -> Option<T>,
) -> Result<Vec<T>, ApiError> {
    match lang.params.get(name) {
        None => Ok(Vec::new()),
        Some(raw) => raw
            .split(',')
            .map(|item| parse(item.trim()).ok_or_else(|| ApiError::invalid_parameter(name, raw)))
            .collect(),
    }
}

fn flag(lang: &Lang, name: &'static str) -> Result<Option<bool>, ApiError> {
    match lang.params.get(name).map(String::as_str) {
        None => Ok(None),
        Some("true" | "1" | "yes") => Ok(Some(true)),
        Some("false" | "0" | "no") => Ok(Some(false)),
        Some(other) => Err(ApiError::invalid_parameter(name, other)),
    }
}

fn near(lang: &Lang) -> Result<Option<(GeoPoint, f64)>, ApiError> {
    let radius = match lang.params.get("radius_km") {
        None => DEFAULT_RADIUS_KM,
        Some(raw) => match raw.trim().parse::<f64>() {
            Ok(r) if r > 0.0 && r <= MAX_RADIUS_KM => r,
            _ => return Err(ApiError::invalid_parameter("radius_km", raw)),
        },
    };
    let Some(raw) = lang.params.get("near") else {
        return if lang.params.contains_key("radius_km") {
            Err(ApiError::invalid_parameter("near", ""))
        } else {
            Ok(None)
        };
    };
    let point = raw
        .split_once(',')
        .and_then(|(lat, lon)| Some((lat.trim().parse().ok()?, lon.trim().parse().ok()?)))
        .and_then(|(lat, lon)| GeoPoint::new(lat, lon, GeoPrecision::Exact).ok())
        .ok_or_else(|| ApiError::invalid_parameter("near", raw))?;
    Ok(Some((point, radius)))
}

fn request(lang: &Lang, per_page_default: u64) -> Result<SearchRequest, ApiError> {
    let query = query_text(lang)?;
    let filters = Filters {
        topics: list(lang, "topic", |t| Topic::parse(t).ok())?,
        offers_language: match lang.params.get("offers_language") {
            None => None,
            Some(raw) => Some(
                vecino_core::LocaleTag::parse(raw)
                    .map_err(|_| ApiError::invalid_parameter("offers_language", raw))?
                    .to_string(),
            ),
        },
        accredited: flag(lang, "accredited")?.unwrap_or(false),
        free: flag(lang, "free")?,
        open_at: flag(lang, "open_now")?
            .filter(|open| *open)
            .map(|_| Timestamp::now()),
        near: near(lang)?,
        kinds: list(lang, "kind", |k| EntityKind::parse(k).ok())?,
        ids: None,
    };
    Ok(SearchRequest {
        query,
        locales: lang.negotiated.content_chain.clone(),
        filters,
        page: lang.number("page", 1, PAGING.max_page)? as usize,
        per_page: lang.number("per_page", per_page_default, PAGING.max_per_page)? as usize,
    })
}

/// Search guides, services and organizations.
///
/// Every word must match (in some form: misspelled, without accents, in the other Chinese
/// script, or through a glossary concept in another language) when at least ten records do;
/// otherwise records matching more of the words come first.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    tag = "search",
    operation_id = "search",
    params(crate::openapi::SearchParams),
    responses((status = 200, description = "A page of results with facet counts",
        body = crate::openapi::SearchResponse)),
)]
pub async fn search(State(state): State<AppState>, lang: Lang) -> Result<Response, ApiError> {
    let run = async {
        lang.only_params(SEARCH_PARAMS)?;
        let (request, results) =
            run_search(&state, request(&lang, PAGING.per_page_default)?).await?;
        Ok(json!({
            "total": results.total,
            "page": request.page,
            "per_page": request.per_page,
            "results": results.hits,
            "facets": results.facets,
        }))
    };
    lang.respond(&state.i18n, run.await)
}

/// Completions while typing: the titles of the best matches.
#[utoipa::path(
    get,
    path = "/api/v1/suggest",
    tag = "search",
    operation_id = "suggest",
    params(crate::openapi::SuggestParams),
    responses((status = 200, description = "Up to 8 suggestions",
        body = crate::openapi::SuggestResponse)),
)]
pub async fn suggest(State(state): State<AppState>, lang: Lang) -> Result<Response, ApiError> {
    let run = async {
        lang.only_params(SUGGEST_PARAMS)?;
        let (_, results) = run_search(&state, request(&lang, SUGGESTIONS)?).await?;
        let suggestions: Vec<_> = results
            .hits
            .iter()
            .map(|h| json!({ "text": h.title, "kind": h.kind, "slug": h.slug, "locale": h.locale }))
            .collect();
        Ok(json!({ "suggestions": suggestions }))
    };
    lang.respond(&state.i18n, run.await)
}
