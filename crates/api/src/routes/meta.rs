//! Health, locales, topics, and the answers for unknown routes.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;
use vecino_core::{Topic, WelcomingCategory};

use crate::lang::{Lang, Localized};
use crate::{ApiError, AppState};

pub async fn healthz(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => {
            axum::Json(json!({ "status": "ok", "database": state.store.backend() })).into_response()
        }
        Err(err) => {
            tracing::error!(error = %err, "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                axum::Json(json!({ "status": "unavailable" })),
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
    params(crate::openapi::LangParam),
    responses((status = 200, description = "The shipped languages",
        body = crate::openapi::LocalesResponse)),
)]
pub async fn locales(State(state): State<AppState>, lang: Lang) -> Result<Response, ApiError> {
    lang.only_params(&[])
        .map_err(|e| lang.error(&state.i18n, e))?;
    Ok(Localized(
        lang.ui().clone(),
        json!({ "locales": state.i18n.locales() }),
    )
    .into_response())
}

/// The topic taxonomy, the Welcoming Standard's categories and the HSDS terms.
#[utoipa::path(
    get,
    path = "/api/v1/topics",
    tag = "meta",
    operation_id = "list_topics",
    params(crate::openapi::LangParam),
    responses((status = 200, description = "Topics and categories",
        body = crate::openapi::TopicsResponse)),
)]
pub async fn topics(State(state): State<AppState>, lang: Lang) -> Result<Response, ApiError> {
    lang.only_params(&[])
        .map_err(|e| lang.error(&state.i18n, e))?;
    let ui = lang.ui();
    let name = |id: String| state.i18n.message(ui, &id, None);
    let topics: Vec<_> = Topic::ALL
        .iter()
        .map(|topic| {
            let term = topic.taxonomy_term();
            json!({
                "slug": topic.slug(),
                "name": name(format!("topic-{}", topic.slug())),
                "welcoming_categories": topic.welcoming_categories().iter().map(|c| json!({
                    "slug": c.slug(),
                    "name": name(format!("welcoming-{}", c.slug())),
                })).collect::<Vec<_>>(),
                "taxonomy_term": {
                    "id": term.id,
                    "code": term.code,
                    "name": term.name,
                    "taxonomy": term.taxonomy,
                    "open_eligibility": term.open_eligibility.map(|(code, name)| json!({ "code": code, "name": name })),
                },
            })
        })
        .collect();
    let categories: Vec<_> = WelcomingCategory::ALL
        .iter()
        .map(|c| json!({ "slug": c.slug(), "name": name(format!("welcoming-{}", c.slug())) }))
        .collect();
    Ok(Localized(
        ui.clone(),
        json!({ "topics": topics, "welcoming_categories": categories }),
    )
    .into_response())
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
