//! Health, locales, topics, and the answers for unknown routes and methods.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::dto::{LocalesResponse, Reader, TopicsResponse};
use super::openapi::LangParam;
use crate::lang::Lang;
use crate::params::Params;
use crate::{ApiError, AppState};

pub async fn healthz(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => {
            Json(json!({ "status": "ok", "database": state.store.backend() })).into_response()
        }
        Err(err) => {
            tracing::error!(error = %err, "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "unavailable" })),
            )
                .into_response()
        }
    }
}

/// The languages Vecino ships in, named in themselves, with their direction.
#[utoipa::path(
    get,
    path = "/api/v1/locales",
    tag = "meta",
    operation_id = "list_locales",
    params(LangParam),
    responses((status = 200, description = "The shipped languages",
        body = LocalesResponse)),
)]
pub async fn locales(
    State(state): State<AppState>,
    _: Params<LangParam>,
) -> Result<Json<LocalesResponse>, ApiError> {
    Ok(Json(LocalesResponse::from(&*state.i18n)))
}

/// The topic taxonomy, the Welcoming Standard's categories and the HSDS terms.
#[utoipa::path(
    get,
    path = "/api/v1/topics",
    tag = "meta",
    operation_id = "list_topics",
    params(LangParam),
    responses((status = 200, description = "Topics and categories",
        body = TopicsResponse)),
)]
pub async fn topics(
    State(state): State<AppState>,
    lang: Lang,
    _: Params<LangParam>,
) -> Result<Json<TopicsResponse>, ApiError> {
    Ok(Json(TopicsResponse::new(Reader {
        lang: &lang,
        i18n: &state.i18n,
        review: &state.review,
    })))
}

pub async fn not_found(State(state): State<AppState>, lang: Result<Lang, Response>) -> ApiError {
    let ui = lang
        .map(|l| l.negotiated.ui)
        .unwrap_or_else(|_| unic_langid::langid!("en"));
    ApiError::not_found("not-found").localize(&state.i18n, &ui)
}

pub async fn method_not_allowed(
    State(state): State<AppState>,
    lang: Result<Lang, Response>,
) -> ApiError {
    let ui = lang
        .map(|l| l.negotiated.ui)
        .unwrap_or_else(|_| unic_langid::langid!("en"));
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "method-not-allowed").localize(&state.i18n, &ui)
}
