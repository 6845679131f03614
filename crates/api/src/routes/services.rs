//! `/api/v1/services` and `/api/v1/organizations/{id}`. Records are addressed by id or slug.

use axum::extract::{Path, State};
use axum::response::Response;
use serde_json::{Value, json};
use vecino_core::{Id, Organization, Service, Slug, Timestamp, Topic};
use vecino_store::{Page, ServiceFilter};

use crate::lang::Lang;
use crate::openapi::Paging;
use crate::{ApiError, AppState};

/// The query parameters `/api/v1/services` accepts (and documents), besides `lang`.
pub(crate) const LIST_PARAMS: &[&str] = &["page", "per_page", "topic", "organization"];
pub(crate) const PAGING: Paging = Paging {
    max_page: 100_000,
    per_page_default: 20,
    max_per_page: Page::MAX_PER_PAGE,
};

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

fn service_json(
    state: &AppState,
    lang: &Lang,
    service: &Service,
    org: Option<&Organization>,
) -> Value {
    let ui = lang.ui();
    let msg = |id: String| state.i18n.message(ui, &id, None);
    json!({
        "id": service.id,
        "slug": service.slug,
        "name": lang.text(&service.name),
        "description": lang.text(&service.description),
        "organization": org.map(|o| json!({ "id": o.id, "slug": o.slug, "name": lang.text(&o.name) })),
        "status": service.status,
        "topics": service.topics.iter().map(|t| json!({
            "slug": t.slug(), "name": msg(format!("topic-{}", t.slug())),
        })).collect::<Vec<_>>(),
        "languages": service.languages.iter().map(|l| json!({
            "code": l.code, "how": l.how, "how_label": msg(format!("language-how-{}", l.how.slug())),
        })).collect::<Vec<_>>(),
        "accreditation": service.accreditation.map(|a| {
            let id = format!("accreditation-{}", a.slug());
            let evidence = service.accreditation_evidence.as_ref();
            json!({
                "kind": a,
                "label": state.i18n.message(ui, &id, None),
                "explanation": state.i18n.attribute(ui, &id, "explanation", None),
                "as_of": evidence.map(|e| e.as_of),
                "source": evidence.map(|e| &e.source),
            })
        }),
        "free": service.free,
        "url": service.url,
        "phones": service.phones,
        "open_now": service.is_open_at(Timestamp::now()),
        "schedule": service.schedule,
        "locations": service.locations.iter().map(|at| {
            let l = &at.location;
            json!({
                "id": l.id,
                "slug": l.slug,
                "address": l.address,
                "point": l.point,
                "timezone": l.timezone,
                "accessibility": l.accessibility,
                "schedule": at.schedule,
            })
        }).collect::<Vec<_>>(),
        "sources": service.trust.sources,
        "verified_at": service.trust.verified_at,
        "verifier": service.trust.verifier,
        "changed_since_check": service.trust.changed_since_check,
    })
}

/// The directory's services, a page at a time.
#[utoipa::path(
    get,
    path = "/api/v1/services",
    tag = "directory",
    operation_id = "list_services",
    params(crate::openapi::ServicesParams),
    responses((status = 200, description = "A page of services",
        body = crate::openapi::ServicePage)),
)]
pub async fn list(State(state): State<AppState>, lang: Lang) -> Result<Response, ApiError> {
    let run = async {
        lang.only_params(LIST_PARAMS)?;
        let page = lang.number("page", 1, PAGING.max_page)?;
        let per_page = lang.number("per_page", PAGING.per_page_default, PAGING.max_per_page)?;
        let topic = lang
            .params
            .get("topic")
            .map(|t| Topic::parse(t).map_err(|_| ApiError::invalid_parameter("topic", t)))
            .transpose()?;
        let organization = match lang.params.get("organization") {
            None => None,
            Some(raw) => Some(organization_of(&state, raw, "organization").await?.id),
        };
        let found = state
            .store
            .services(
                &ServiceFilter {
                    topic,
                    organization,
                },
                Page::new(page, per_page),
            )
            .await?;
        let org_ids: Vec<Id> = found.items.iter().map(|s| s.organization_id).collect();
        let orgs = state.store.organizations_in(&org_ids).await?;
        let items: Vec<_> = found
            .items
            .iter()
            .map(|s| {
                service_json(
                    &state,
                    &lang,
                    s,
                    orgs.iter().find(|o| o.id == s.organization_id),
                )
            })
            .collect();
        Ok(json!({ "total": found.total, "page": page, "per_page": per_page, "services": items }))
    };
    lang.respond(&state.i18n, run.await)
}

/// One service: hours now in its place's time zone, languages, accreditation, sources.
#[utoipa::path(
    get,
    path = "/api/v1/services/{id}",
    tag = "directory",
    operation_id = "get_service",
    params(crate::openapi::ServicePath),
    responses(
        (status = 200, description = "The service", body = crate::openapi::Service),
        (status = 404, description = "No such service (`service-not-found`)",
            body = crate::openapi::Problem, content_type = "application/problem+json"),
    ),
)]
pub async fn show(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    lang: Lang,
) -> Result<Response, ApiError> {
    let run = async {
        lang.only_params(&[])?;
        let service = match key(&raw)? {
            Key::Id(id) => state.store.service(id).await?,
            Key::Slug(slug) => state.store.service_by_slug(&slug).await?,
        }
        .ok_or_else(|| ApiError::not_found("service-not-found").arg("id", raw.clone()))?;
        let org = state.store.organization(service.organization_id).await?;
        Ok(service_json(&state, &lang, &service, org.as_ref()))
    };
    lang.respond(&state.i18n, run.await)
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
    params(crate::openapi::OrganizationPath),
    responses(
        (status = 200, description = "The organization", body = crate::openapi::Organization),
        (status = 404, description = "No such organization (`organization-not-found`)",
            body = crate::openapi::Problem, content_type = "application/problem+json"),
    ),
)]
pub async fn organization(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    lang: Lang,
) -> Result<Response, ApiError> {
    let run = async {
        lang.only_params(&[])?;
        let org = organization_of(&state, &raw, "id").await?;
        let services = state
            .store
            .services(
                &ServiceFilter {
                    organization: Some(org.id),
                    topic: None,
                },
                Page::new(1, Page::MAX_PER_PAGE),
            )
            .await?;
        Ok(json!({
            "id": org.id,
            "slug": org.slug,
            "name": lang.text(&org.name),
            "description": org.description.as_ref().map(|d| lang.text(d)),
            "url": org.url,
            "email": org.email,
            "phones": org.phones,
            "sources": org.trust.sources,
            "verified_at": org.trust.verified_at,
            "verifier": org.trust.verifier,
            "changed_since_check": org.trust.changed_since_check,
            "services": services.items.iter().map(|s| json!({
                "id": s.id, "slug": s.slug, "name": lang.text(&s.name),
            })).collect::<Vec<_>>(),
        }))
    };
    lang.respond(&state.i18n, run.await)
}
