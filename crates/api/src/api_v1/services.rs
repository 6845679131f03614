//! `/api/v1/services` and `/api/v1/organizations/{id}`. Records are addressed by id or slug.

use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use vecino_core::{Id, Organization, Slug, Timestamp, Topic};
use vecino_store::{Page, ServiceFilter};

use super::dto::{OrganizationDto, Reader, ServiceDto, ServicePage};
use super::openapi::{LangParam, OrganizationKey, Problem, ServiceKey};
use crate::lang::Lang;
use crate::params::Params;
use crate::{ApiError, AppState};

/// `/api/v1/services`' parameters besides `lang`. (utoipa's expansion of an inlined
/// `value_type` trips `unused_qualifications`.)
/// (`IntoParams` is not imported: `utoipa::path` names it in full.)
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(unused_qualifications)]
pub struct ServicesQuery {
    /// Page number, from 1.
    #[param(minimum = 1, maximum = 100000, default = 1)]
    #[serde(default = "first_page")]
    pub page: u64,
    /// Results per page.
    // At most `vecino_store::Page::MAX_PER_PAGE`: `openapi::tests` checks.
    #[param(minimum = 1, maximum = 100, default = 20)]
    #[serde(default = "per_page")]
    pub per_page: u64,
    /// Only services about this topic.
    #[param(value_type = Option<super::openapi::TopicSlug>, inline, nullable = false)]
    pub topic: Option<Topic>,
    /// Only services of this organization (its id or slug).
    #[param(value_type = Option<super::openapi::OrganizationIdOrSlug>, inline, nullable = false)]
    pub organization: Option<String>,
}

fn first_page() -> u64 {
    1
}

fn per_page() -> u64 {
    20
}

/// A path segment that names a record: a UUID or a slug.
enum Key {
    Id(Id),
    Slug(Slug),
}

fn key(raw: &str) -> Result<Key, ApiError> {
    if let Ok(id) = Id::parse(raw) {
        return Ok(Key::Id(id));
    }
    Slug::parse(raw)
        .map(Key::Slug)
        .map_err(|_| ApiError::invalid_id(raw))
}

/// The directory's services, a page at a time.
#[utoipa::path(
    get,
    path = "/api/v1/services",
    tag = "directory",
    operation_id = "list_services",
    params(LangParam, ServicesQuery),
    responses((status = 200, description = "A page of services",
        body = ServicePage)),
)]
pub async fn list(
    State(state): State<AppState>,
    lang: Lang,
    Params(query): Params<ServicesQuery>,
) -> Result<Json<ServicePage>, ApiError> {
    let ServicesQuery {
        page,
        per_page,
        topic,
        organization,
    } = query;
    let organization = match organization {
        None => None,
        Some(raw) => Some(organization_of(&state, &raw, "organization").await?.id),
    };
    let filter = ServiceFilter {
        topic,
        organization,
    };
    let found = state
        .store
        .services(&filter, Page::new(page, per_page))
        .await?;
    let org_ids: Vec<Id> = found.items.iter().map(|s| s.organization_id).collect();
    let orgs = state.store.organizations_in(&org_ids).await?;
    let reader = Reader {
        lang: &lang,
        i18n: &state.i18n,
        review: &state.review,
    };
    let now = Timestamp::now();
    let services = found
        .items
        .iter()
        .map(|s| {
            let org = orgs.iter().find(|o| o.id == s.organization_id);
            ServiceDto::new(reader, s, org, now)
        })
        .collect();
    Ok(Json(ServicePage {
        total: found.total,
        page,
        per_page,
        services,
    }))
}

/// One service: hours now in its place's time zone, languages, accreditation, sources.
#[utoipa::path(
    get,
    path = "/api/v1/services/{id}",
    tag = "directory",
    operation_id = "get_service",
    params(ServiceKey, LangParam),
    responses(
        (status = 200, description = "The service", body = ServiceDto),
        (status = 404, description = "No such service (`service-not-found`)",
            body = Problem, content_type = "application/problem+json"),
    ),
)]
pub async fn show(
    State(state): State<AppState>,
    Path(ServiceKey { id: raw }): Path<ServiceKey>,
    lang: Lang,
    _: Params<LangParam>,
) -> Result<Json<ServiceDto>, ApiError> {
    let service = match key(&raw)? {
        Key::Id(id) => state.store.service(id).await?,
        Key::Slug(slug) => state.store.service_by_slug(&slug).await?,
    }
    .ok_or_else(|| ApiError::not_found("service-not-found").arg("id", raw.clone()))?;
    let org = state.store.organization(service.organization_id).await?;
    let reader = Reader {
        lang: &lang,
        i18n: &state.i18n,
        review: &state.review,
    };
    Ok(Json(ServiceDto::new(
        reader,
        &service,
        org.as_ref(),
        Timestamp::now(),
    )))
}

async fn organization_of(
    state: &AppState,
    raw: &str,
    param: &str,
) -> Result<Organization, ApiError> {
    let key = key(raw).map_err(|e| {
        if param == "id" {
            e
        } else {
            ApiError::invalid_parameter(param, raw)
        }
    })?;
    match key {
        Key::Id(id) => state.store.organization(id).await?,
        Key::Slug(slug) => state.store.organization_by_slug(&slug).await?,
    }
    .ok_or_else(|| ApiError::not_found("organization-not-found").arg("id", raw.to_owned()))
}

/// One organization and its services.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{id}",
    tag = "directory",
    operation_id = "get_organization",
    params(OrganizationKey, LangParam),
    responses(
        (status = 200, description = "The organization", body = OrganizationDto),
        (status = 404, description = "No such organization (`organization-not-found`)",
            body = Problem, content_type = "application/problem+json"),
    ),
)]
pub async fn organization(
    State(state): State<AppState>,
    Path(OrganizationKey { id: raw }): Path<OrganizationKey>,
    lang: Lang,
    _: Params<LangParam>,
) -> Result<Json<OrganizationDto>, ApiError> {
    let org = organization_of(&state, &raw, "id").await?;
    let filter = ServiceFilter {
        organization: Some(org.id),
        topic: None,
    };
    let services = state
        .store
        .services(&filter, Page::new(1, Page::MAX_PER_PAGE))
        .await?;
    Ok(Json(OrganizationDto::new(&lang, &org, &services.items)))
}
