//! The HSDS 3.1 API under `/hsds/`, following Open Referral's openapi.json, with Vecino's
//! profile: a `vecino` object on each record and a `locale` parameter. Responses are built by
//! vecino-hsds's export functions, the same ones `vecino export` uses. Every response (and an
//! `OPTIONS` preflight) allows any origin: the API is public and sets no cookie. 3.1's `POST`
//! searches take the same query parameters as the `GET`s and answer the same.
//!
//! This is a public, unauthenticated API over the whole directory, so a `/hsds/services` request
//! reads one page of services from the store, never the directory:
//! - no filter, `taxonomy_term_id`, `organization_id`: the store filters and pages in SQL
//!   (ordered by slug);
//! - `modified_after`: the store pages the ids of the services written since, ordered by when
//!   they were last written, then by id (a feed a client can follow), and loads that page;
//! - `search`: one search for the requested page (kinds = service, `taxonomy_term_id` as the
//!   topic filter; `organization_id` and `modified_after` become a candidate set of ids from the
//!   store), then the hits' services by id, in rank order; `total_items` is the search's.
//!   Pages of a search end at [`MAX_SEARCH_PAGE`], as for the resident search.
//!
//! `postcode`/`proximity` (Vecino has no postcode gazetteer: a postcode is matched against the
//! directory's own places), `/hsds/service_at_locations` and `/hsds/organizations?search=` still
//! filter in memory over the directory; see docs/hsds.md.

use std::collections::HashMap;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Request, State};
use axum::http::header;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};
use vecino_core::{Id, Organization, Service, Timestamp, Topic};
use vecino_hsds::export;
use vecino_store::{Page, ServiceFilter};

use crate::api_v1::openapi::LangParam;
use crate::lang::Lang;
use crate::params::{Both, Params};
use crate::{ApiError, AppState};
use params::{
    FullService, Listing, OrganizationFilters, Paging, Record, ServiceFilters, TaxonomyFilters,
    TermFilters,
};
use vecino_app::hsds_query::{Selection, ServiceQuery, topic_of_term};

mod params;

/// The HSDS routes, to be merged into the application router, answered in the reader's
/// language (`lang::localize`: errors, `Content-Language`).
pub fn routes(state: &AppState) -> Router<AppState> {
    let localize = axum::middleware::from_fn_with_state(state.clone(), crate::lang::localize);
    Router::new()
        .route("/hsds/", get(root).options(preflight))
        .route("/hsds", get(root).options(preflight))
        .route("/hsds/profile", get(profile).options(preflight))
        .route("/hsds/schema", get(schema).options(preflight))
        .route(
            "/hsds/services",
            get(services).post(services).options(preflight),
        )
        .route("/hsds/services/{id}", get(service).options(preflight))
        .route(
            "/hsds/organizations",
            get(organizations).post(organizations).options(preflight),
        )
        .route(
            "/hsds/organizations/{id}",
            get(organization).options(preflight),
        )
        .route(
            "/hsds/service_at_locations",
            get(service_at_locations)
                .post(service_at_locations)
                .options(preflight),
        )
        .route(
            "/hsds/service_at_locations/{id}",
            get(service_at_location).options(preflight),
        )
        .route(
            "/hsds/taxonomies",
            get(taxonomies).post(taxonomies).options(preflight),
        )
        .route("/hsds/taxonomies/{id}", get(taxonomy).options(preflight))
        .route(
            "/hsds/taxonomy_terms",
            get(taxonomy_terms).post(taxonomy_terms).options(preflight),
        )
        .route(
            "/hsds/taxonomy_terms/{id}",
            get(taxonomy_term).options(preflight),
        )
        .route("/hsds/guides", get(guides).options(preflight))
        .route("/hsds/guides/{id}", get(guide).options(preflight))
        .route_layer(axum::middleware::from_fn(post_without_body))
        .route_layer(localize)
        .layer(axum::middleware::from_fn(any_origin))
}

/// `Access-Control-Allow-Origin: *` on every response (preflights included): the
/// HSDS API is public, read-only and cookie-free, so any site may read it.
async fn any_origin(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    response.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

/// The answer to a CORS preflight (`OPTIONS`): GET and POST from any origin.
async fn preflight() -> Response {
    let mut r = StatusCode::NO_CONTENT.into_response();
    let h = r.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, POST, OPTIONS"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("Accept, Accept-Language, Content-Type"),
    );
    h.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("86400"),
    );
    r
}

/// HSDS 3.1's `POST` searches carry their parameters in the query, as the `GET`s do, and no
/// body: a body is refused rather than silently ignored.
fn no_body(body: &Bytes) -> Result<(), ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        Ok(())
    } else {
        Err(ApiError::invalid_parameter(
            "body",
            "HSDS 3.1 POST searches take query parameters",
        ))
    }
}

/// HSDS 3.1's POST searches take query parameters, as GET does: a POST with a body is
/// refused, one without is answered by the GET handler.
async fn post_without_body(request: Request, next: Next) -> Result<Response, ApiError> {
    if request.method() != axum::http::Method::POST {
        return Ok(next.run(request).await);
    }
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map_err(|_| ApiError::invalid_parameter("body", "too large"))?;
    no_body(&bytes)?;
    Ok(next
        .run(Request::from_parts(parts, axum::body::Body::from(bytes)))
        .await)
}

/// The compiled profile schemas: the official HSDS 3.1 compiled schemas (by reference) with
/// the profile's `vecino` objects at every level they nest.
pub async fn schema() -> Json<Value> {
    Json(json!({
        "name": vecino_hsds::profile::PROFILE_NAME,
        "hsds_version": export::HSDS_VERSION,
        "official_schemas": vecino_hsds::profile::OFFICIAL_SCHEMAS,
        "schemas": vecino_hsds::profile::compiled_schemas(),
    }))
}

/// The official API definition the HSDS API follows (referenced by the spec itself).
const OPENAPI_URL: &str =
    "https://raw.githubusercontent.com/openreferral/specification/3.1/schema/openapi.json";

fn base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".:-[]".contains(c))
        })
        .unwrap_or("localhost");
    format!("http://{host}")
}

/// The reader's content chain from `locale` (Vecino's profile); none means each text in the
/// language it was written in.
fn chain(state: &AppState, locale: Option<&str>) -> Result<Vec<String>, ApiError> {
    match locale {
        None => Ok(Vec::new()),
        Some(raw) => state
            .i18n
            .negotiate(Some(raw), None)
            .map(|n| n.content_chain)
            .map_err(|_| ApiError::invalid_locale(raw)),
    }
}

fn page_of(items: Vec<Value>, page: u64, per_page: u64) -> Value {
    let total = items.len() as u64;
    let start = ((page - 1) * per_page) as usize;
    let contents: Vec<Value> = items
        .into_iter()
        .skip(start)
        .take(per_page as usize)
        .collect();
    export::page(contents, total, page, per_page)
}

fn with_last_modified(mut value: Value, at: Option<&Timestamp>) -> Value {
    if let (Some(map), Some(at)) = (value.as_object_mut(), at) {
        map.insert("last_modified".into(), json!(at.to_string()));
    }
    value
}

/// The services filters of a request, parsed once (`vecino_app::hsds_query`); a search ranks
/// in `locale`'s chain, or the request's language.
fn service_query(
    state: &AppState,
    lang: &Lang,
    list: &Listing,
    filters: ServiceFilters,
) -> Result<ServiceQuery, ApiError> {
    let locales = match list.locale {
        Some(_) => chain(state, list.locale.as_deref())?,
        None => lang.negotiated.content_chain.clone(),
    };
    Ok(ServiceQuery::parse(
        filters.into(),
        &export::taxonomy_id(),
        locales,
    )?)
}

async fn organizations_by_id(
    state: &AppState,
    services: &[Service],
) -> Result<HashMap<Id, Organization>, ApiError> {
    let ids: Vec<Id> = services.iter().map(|s| s.organization_id).collect();
    Ok(state
        .store
        .organizations_in(&ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect())
}

pub async fn root(headers: HeaderMap) -> Json<Value> {
    let base = base_url(&headers);
    Json(json!({
        "version": export::HSDS_VERSION,
        "profile": format!("{base}/hsds/profile"),
        "schema": format!("{base}/hsds/schema"),
        "openapi_url": OPENAPI_URL,
    }))
}

pub async fn profile() -> Json<Value> {
    let patches: serde_json::Map<String, Value> = vecino_hsds::profile::PATCHES
        .iter()
        .map(|(name, text)| {
            (
                (*name).to_owned(),
                serde_json::from_str(text).unwrap_or(Value::Null),
            )
        })
        .collect();
    Json(json!({
        "name": vecino_hsds::profile::PROFILE_NAME,
        "hsds_version": export::HSDS_VERSION,
        "description": "JSON Merge Patches (RFC 7396) over the HSDS 3.1 schemas and openapi.json, by file name.",
        "patches": patches,
    }))
}

pub async fn services(
    State(state): State<AppState>,
    lang: Lang,
    Both(list, filters): Both<Listing, ServiceFilters>,
) -> Result<Json<Value>, ApiError> {
    let (page, per_page, full) = (list.page, list.per_page, list.full.0);
    let chain = chain(&state, list.locale.as_deref())?;
    let query = service_query(&state, &lang, &list, filters)?;
    let (selected, total) = match state.hsds_services(&query, page, per_page).await? {
        Selection::Page(items, total) => (items, Some(total)),
        Selection::All(items) => (items, None),
    };
    let orgs = organizations_by_id(&state, &selected).await?;
    let ids: Vec<Id> = selected.iter().map(|s| s.id).collect();
    let modified = state.store.services_modified_in(&ids).await?;
    let items: Vec<Value> = selected
        .iter()
        .map(|s| {
            let org = orgs.get(&s.organization_id);
            let value = if full {
                export::service(s, org, &chain)
            } else {
                export::service_list_item(s, org, &chain)
            };
            with_last_modified(value, modified.get(&s.id))
        })
        .collect();
    Ok(Json(match total {
        Some(total) => export::page(items, total, page, per_page),
        None => page_of(items, page, per_page),
    }))
}

pub async fn service(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Params(record): Params<Record>,
) -> Result<Json<Value>, ApiError> {
    let chain = chain(&state, record.locale.as_deref())?;
    let id = Id::parse(&raw).map_err(|_| ApiError::invalid_id(&raw))?;
    let service = state
        .store
        .service(id)
        .await?
        .ok_or_else(|| ApiError::not_found("service-not-found").arg("id", raw.clone()))?;
    let org = state.store.organization(service.organization_id).await?;
    let modified = state.store.services_modified_in(&[service.id]).await?;
    Ok(Json(with_last_modified(
        export::service(&service, org.as_ref(), &chain),
        modified.get(&service.id),
    )))
}

pub async fn organizations(
    State(state): State<AppState>,
    Both(list, filters): Both<Listing, OrganizationFilters>,
) -> Result<Json<Value>, ApiError> {
    let (page, per_page, full) = (list.page, list.per_page, list.full.0);
    let full_service = filters.full_service.0;
    let chain = chain(&state, list.locale.as_deref())?;
    let Some(q) = filters.search.map(|q| q.trim().to_lowercase()) else {
        // One page from the store, and only its organizations' services.
        let found = state
            .store
            .organizations_page(Page::new(page, per_page))
            .await?;
        let mut items = Vec::new();
        for o in &found.items {
            items.push(if full || full_service {
                let services = services_of(&state, o.id).await?;
                let mine: Vec<&Service> = services.iter().collect();
                organization_with(o, &mine, full_service, &chain)
            } else {
                export::organization_list_item(o, &chain)
            });
        }
        return Ok(Json(export::page(items, found.total, page, per_page)));
    };
    let mut orgs = state.store.organizations().await?;
    orgs.retain(|o| {
        o.name
            .iter()
            .any(|(_, t)| t.text.to_lowercase().contains(&q))
            || o.description
                .as_ref()
                .is_some_and(|d| d.iter().any(|(_, t)| t.text.to_lowercase().contains(&q)))
    });
    let total = orgs.len() as u64;
    let start = ((page - 1) * per_page) as usize;
    let mut items = Vec::new();
    // Only this page's organizations, and only their services.
    for o in orgs.iter().skip(start).take(per_page as usize) {
        items.push(if full || full_service {
            let services = services_of(&state, o.id).await?;
            let mine: Vec<&Service> = services.iter().collect();
            organization_with(o, &mine, full_service, &chain)
        } else {
            export::organization_list_item(o, &chain)
        });
    }
    Ok(Json(export::page(items, total, page, per_page)))
}

fn organization_with(
    org: &Organization,
    services: &[&Service],
    full_service: bool,
    chain: &[String],
) -> Value {
    if full_service {
        return export::organization(org, services, chain);
    }
    let mut value = export::organization(org, &[], chain);
    if let Some(map) = value.as_object_mut() {
        map.insert(
            "services".into(),
            json!(
                services
                    .iter()
                    .map(|s| export::service_list_item(s, None, chain))
                    .collect::<Vec<_>>()
            ),
        );
    }
    value
}

pub async fn organization(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Both(record, FullService { full_service }): Both<Record, FullService>,
) -> Result<Json<Value>, ApiError> {
    let chain = chain(&state, record.locale.as_deref())?;
    let full_service = full_service.0;
    let id = Id::parse(&raw).map_err(|_| ApiError::invalid_id(&raw))?;
    let org = state
        .store
        .organization(id)
        .await?
        .ok_or_else(|| ApiError::not_found("organization-not-found").arg("id", raw.clone()))?;
    let services = services_of(&state, org.id).await?;
    let refs: Vec<&Service> = services.iter().collect();
    Ok(Json(organization_with(&org, &refs, full_service, &chain)))
}

/// Every service of one organization (HSDS nests them in the organization).
async fn services_of(state: &AppState, org: Id) -> Result<Vec<Service>, ApiError> {
    let filter = ServiceFilter {
        organization: Some(org),
        ..ServiceFilter::default()
    };
    Ok(state.services_where(&filter).await?)
}

pub async fn service_at_locations(
    State(state): State<AppState>,
    lang: Lang,
    Both(list, filters): Both<Listing, ServiceFilters>,
) -> Result<Json<Value>, ApiError> {
    let (page, per_page) = (list.page, list.per_page);
    let chain = chain(&state, list.locale.as_deref())?;
    let query = service_query(&state, &lang, &list, filters)?;
    if let Some(filter) = query.store_filter() {
        // One page of places from the store, and only their services.
        let Some(filter) = filter else {
            return Ok(Json(export::page(Vec::new(), 0, page, per_page)));
        };
        let found = state
            .store
            .places_of_services(&filter, Page::new(page, per_page))
            .await?;
        let mut ids: Vec<Id> = found.items.iter().map(|p| p.service).collect();
        ids.dedup();
        let listed = state.store.services_in(&ids).await?;
        let orgs = organizations_by_id(&state, &listed).await?;
        let services: HashMap<Id, Service> = listed.into_iter().map(|s| (s.id, s)).collect();
        let items = found
            .items
            .iter()
            .filter_map(|p| {
                let service = services.get(&p.service)?;
                let place = service.locations.iter().find(|l| l.id == p.place)?;
                let org = orgs.get(&service.organization_id);
                Some(export::service_at_location(service, org, place, &chain))
            })
            .collect();
        return Ok(Json(export::page(items, found.total, page, per_page)));
    }
    let selected = state.hsds_services_in_memory(&query).await?;
    let orgs = organizations_by_id(&state, &selected).await?;
    let items = selected
        .iter()
        .flat_map(|s| {
            let org = orgs.get(&s.organization_id);
            let chain = &chain;
            s.locations
                .iter()
                .map(move |p| export::service_at_location(s, org, p, chain))
        })
        .collect();
    Ok(Json(page_of(items, page, per_page)))
}

pub async fn service_at_location(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Params(record): Params<Record>,
) -> Result<Json<Value>, ApiError> {
    let chain = chain(&state, record.locale.as_deref())?;
    let id = Id::parse(&raw).map_err(|_| ApiError::invalid_id(&raw))?;
    let service = state.store.service_with_place(id).await?;
    let (service, place) = service
        .as_ref()
        .and_then(|s| s.locations.iter().find(|p| p.id == id).map(|p| (s, p)))
        .ok_or_else(|| ApiError::not_found("not-found"))?;
    let org = state.store.organization(service.organization_id).await?;
    Ok(Json(export::service_at_location(
        service,
        org.as_ref(),
        place,
        &chain,
    )))
}

pub async fn taxonomies(
    Both(list, _): Both<Listing, TaxonomyFilters>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(page_of(
        vec![export::taxonomy()],
        list.page,
        list.per_page,
    )))
}

pub async fn taxonomy(Path(raw): Path<String>, _: Params<Record>) -> Result<Json<Value>, ApiError> {
    if raw == export::taxonomy_id() {
        Ok(Json(export::taxonomy()))
    } else {
        Err(ApiError::not_found("not-found"))
    }
}

pub async fn taxonomy_terms(
    Both(list, filters): Both<Listing, TermFilters>,
) -> Result<Json<Value>, ApiError> {
    let (page, per_page) = (list.page, list.per_page);
    let q = filters.search.map(|q| q.trim().to_lowercase());
    let in_taxonomy = filters
        .taxonomy_id
        .is_none_or(|t| t == export::taxonomy_id());
    // Vecino's topics are one level: none has a parent.
    let has_parent_filter = filters.parent_id.is_some();
    let items = Topic::ALL
        .iter()
        .filter(|_| in_taxonomy && !has_parent_filter)
        .filter(|t| {
            q.as_deref()
                .is_none_or(|q| t.slug().contains(q) || t.english_name().to_lowercase().contains(q))
        })
        .map(|t| export::taxonomy_term(*t))
        .collect();
    Ok(Json(page_of(items, page, per_page)))
}

pub async fn taxonomy_term(
    Path(raw): Path<String>,
    _: Params<Record>,
) -> Result<Json<Value>, ApiError> {
    let id = Id::parse(&raw).map_err(|_| ApiError::invalid_id(&raw))?;
    topic_of_term(id)
        .map(|t| Json(export::taxonomy_term(t)))
        .ok_or_else(|| ApiError::not_found("not-found"))
}

/// Vecino's profile: the guides, each with every translation (core's JSON form, described by
/// the profile's `Guide` schema).
pub async fn guides(
    State(state): State<AppState>,
    Params(Paging { page, per_page }): Params<Paging>,
) -> Result<Json<Value>, ApiError> {
    let items = state
        .store
        .guides()
        .await?
        .iter()
        .map(|g| serde_json::to_value(g).map_err(|_| ApiError::internal()))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(page_of(items, page, per_page)))
}

pub async fn guide(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    _: Params<LangParam>,
) -> Result<Json<Value>, ApiError> {
    let id = Id::parse(&raw).map_err(|_| ApiError::invalid_id(&raw))?;
    let guide = state
        .store
        .guide(id)
        .await?
        .ok_or_else(|| ApiError::not_found("not-found"))?;
    serde_json::to_value(&guide)
        .map(Json)
        .map_err(|_| ApiError::internal())
}
