//! `/api/v1/guides`: Know Your Rights, DACA, citizenship, ID cards, scams, legal help, 211.

use axum::extract::{Path, State};
use axum::response::Response;
use serde_json::{Value, json};
use vecino_core::{Guide, Slug};

use crate::lang::Lang;
use crate::{ApiError, AppState};

fn summary(lang: &Lang, guide: &Guide) -> Value {
    json!({
        "id": guide.id,
        "slug": guide.slug,
        "title": lang.text(&guide.title),
        "summary": lang.text(&guide.summary),
        "topics": guide.topics,
        "reviewed_at": guide.reviewed_at,
        "locales": guide.body.locales().collect::<Vec<_>>(),
    })
}

/// The guides, in the reader's language.
#[utoipa::path(
    get,
    path = "/api/v1/guides",
    tag = "guides",
    operation_id = "list_guides",
    params(crate::openapi::LangParam),
    responses((status = 200, description = "Every guide", body = crate::openapi::GuideList)),
)]
pub async fn list(State(state): State<AppState>, lang: Lang) -> Result<Response, ApiError> {
    let run = async {
        lang.only_params(&[])?;
        let guides = state.store.guides().await?;
        let items: Vec<_> = guides.iter().map(|g| summary(&lang, g)).collect();
        Ok(json!({ "guides": items }))
    };
    lang.respond(&state.i18n, run.await)
}

/// One guide with its body, sources and changing facts.
#[utoipa::path(
    get,
    path = "/api/v1/guides/{slug}",
    tag = "guides",
    operation_id = "get_guide",
    params(crate::openapi::GuidePath),
    responses(
        (status = 200, description = "The guide", body = crate::openapi::Guide),
        (status = 404, description = "No such guide (`guide-not-found`)",
            body = crate::openapi::Problem, content_type = "application/problem+json"),
    ),
)]
pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    lang: Lang,
) -> Result<Response, ApiError> {
    let run = async {
        lang.only_params(&[])?;
        let parsed = Slug::parse(&slug).map_err(|_| ApiError::invalid_id(&slug))?;
        let guide = state
            .store
            .guide_by_slug(&parsed)
            .await?
            .ok_or_else(|| ApiError::not_found("guide-not-found").arg("slug", slug.clone()))?;
        let mut body = summary(&lang, &guide);
        body["body"] = json!(lang.text(&guide.body));
        body["sources"] = json!(guide.sources);
        body["changing_facts"] = json!(guide.changing_facts);
        Ok(body)
    };
    lang.respond(&state.i18n, run.await)
}
