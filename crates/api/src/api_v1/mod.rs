//! Vecino's own JSON read API under `/api/v1`: one module per resource, the response bodies
//! (`dto`) and the OpenAPI document built from them (`openapi`). Handlers extract, call the
//! application, and return `Result<Json<Dto>, ApiError>`; the `lang::localize` middleware gives
//! them the reader's language and renders their errors in it. It never writes.

pub mod dto;
pub mod guides;
pub mod meta;
pub mod openapi;
pub mod search;
pub mod services;

use axum::Router;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;

/// The routes answered in the reader's language.
fn localized() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(openapi::api_doc())
        .routes(routes!(search::search))
        .routes(routes!(search::suggest))
        .routes(routes!(services::list))
        .routes(routes!(services::show))
        .routes(routes!(services::organization))
        .routes(routes!(guides::list))
        .routes(routes!(guides::show))
        .routes(routes!(meta::topics))
        .routes(routes!(meta::locales))
}

/// Every `/api/v1` route, each registered together with its documentation: the list the
/// OpenAPI document is built from.
pub fn routes() -> OpenApiRouter<AppState> {
    localized().routes(routes!(openapi::document))
}

/// The `/api/v1` tree as served: [`routes`], the localized ones behind `lang::localize`.
pub(crate) fn router(state: &AppState) -> Router<AppState> {
    let localize = axum::middleware::from_fn_with_state(state.clone(), crate::lang::localize);
    let (router, _) = localized()
        .route_layer(localize)
        .routes(routes!(openapi::document))
        .split_for_parts();
    router
}
