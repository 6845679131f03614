//! `/api/v1/search` and `/api/v1/suggest`. The query text is never logged.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use vecino_core::Timestamp;
use vecino_search::SearchRequest;
use vecino_search::request::{self, RequestError, Rules};

use super::dto::{SearchResponse, SuggestResponse};
use super::openapi::{LangParam, Paging, SearchParams, SuggestParams};
use crate::lang::Lang;
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
pub const MAX_QUERY_CHARS: usize = request::MAX_QUERY_CHARS;
pub(crate) const DEFAULT_RADIUS_KM: f64 = request::DEFAULT_RADIUS_KM;
pub(crate) const MAX_RADIUS_KM: f64 = request::MAX_RADIUS_KM;

/// The query parameters `/api/v1/search` accepts (and documents), besides `lang`.
pub(crate) const SEARCH_PARAMS: &[&str] = request::SEARCH_PARAMS;
/// The query parameters `/api/v1/suggest` accepts (and documents), besides `lang`.
pub(crate) const SUGGEST_PARAMS: &[&str] = request::SUGGEST_PARAMS;
pub(crate) const PAGING: Paging = Paging {
    max_page: request::MAX_PAGE,
    per_page_default: request::PER_PAGE_DEFAULT,
    max_per_page: request::MAX_PER_PAGE,
};

/// A request refused by [`vecino_search::request`], as the API's localized problem.
pub(crate) fn bad_request(err: RequestError) -> ApiError {
    let mut problem = ApiError::new(StatusCode::BAD_REQUEST, err.code);
    for (name, value) in err.args {
        problem = problem.arg(name, value);
    }
    match err.parameter {
        Some(parameter) => problem.extra("parameter", parameter),
        None => problem,
    }
}

/// The request of the query parameters (`query`, the URL after `?`) under `rules`, in the
/// reader's content chain.
fn request(query: Option<String>, lang: &Lang, rules: &Rules) -> Result<SearchRequest, ApiError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .into_owned()
        .collect();
    let pairs = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let mut request = request::from_pairs(pairs, rules, Timestamp::now()).map_err(bad_request)?;
    request.locales = lang.negotiated.content_chain.clone();
    Ok(request)
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
    params(LangParam, SearchParams),
    responses((status = 200, description = "A page of results with facet counts",
        body = SearchResponse)),
)]
pub async fn search(
    State(state): State<AppState>,
    lang: Lang,
    RawQuery(query): RawQuery,
) -> Result<Json<SearchResponse>, ApiError> {
    let (request, results) = run_search(&state, request(query, &lang, &Rules::SEARCH)?).await?;
    Ok(Json(SearchResponse::new(
        request.page as u64,
        request.per_page as u64,
        &results,
    )))
}

/// Completions while typing: the titles of the best matches.
#[utoipa::path(
    get,
    path = "/api/v1/suggest",
    tag = "search",
    operation_id = "suggest",
    params(LangParam, SuggestParams),
    responses((status = 200, description = "Up to 8 suggestions",
        body = SuggestResponse)),
)]
pub async fn suggest(
    State(state): State<AppState>,
    lang: Lang,
    RawQuery(query): RawQuery,
) -> Result<Json<SuggestResponse>, ApiError> {
    let (_, results) = run_search(&state, request(query, &lang, &Rules::SUGGEST)?).await?;
    Ok(Json(SuggestResponse::from(&results)))
}
