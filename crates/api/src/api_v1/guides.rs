//! `/api/v1/guides`: Know Your Rights, DACA, citizenship, ID cards, scams, legal help, 211.

use axum::Json;
use axum::extract::{Path, State};
use vecino_core::Slug;

use super::dto::{GuideDto, GuideList, GuideSummary};
use super::openapi::{GuideKey, LangParam, Problem};
use crate::lang::Lang;
use crate::params::Params;
use crate::{ApiError, AppState};

/// The guides, in the reader's language.
#[utoipa::path(
    get,
    path = "/api/v1/guides",
    tag = "guides",
    operation_id = "list_guides",
    params(LangParam),
    responses((status = 200, description = "Every guide", body = GuideList)),
)]
pub async fn list(
    State(state): State<AppState>,
    lang: Lang,
    _: Params<LangParam>,
) -> Result<Json<GuideList>, ApiError> {
    let guides = state.store.guides().await?;
    Ok(Json(GuideList {
        guides: guides.iter().map(|g| GuideSummary::new(&lang, g)).collect(),
    }))
}

/// One guide with its body, sources and changing facts.
#[utoipa::path(
    get,
    path = "/api/v1/guides/{slug}",
    tag = "guides",
    operation_id = "get_guide",
    params(GuideKey, LangParam),
    responses(
        (status = 200, description = "The guide", body = GuideDto),
        (status = 404, description = "No such guide (`guide-not-found`)",
            body = Problem, content_type = "application/problem+json"),
    ),
)]
pub async fn show(
    State(state): State<AppState>,
    Path(GuideKey { slug }): Path<GuideKey>,
    lang: Lang,
    _: Params<LangParam>,
) -> Result<Json<GuideDto>, ApiError> {
    let parsed = Slug::parse(&slug).map_err(|_| ApiError::invalid_id(&slug))?;
    let guide = state
        .store
        .guide_by_slug(&parsed)
        .await?
        .ok_or_else(|| ApiError::not_found("guide-not-found").arg("slug", slug.clone()))?;
    Ok(Json(GuideDto::new(&lang, &guide)))
}
