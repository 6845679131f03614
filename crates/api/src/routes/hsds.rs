//! The HSDS 3.0 API under `/hsds/`, following Open Referral's openapi.json, with Vecino's
//! profile: a `vecino` object on each record and a `locale` parameter. Responses are built by
//! vecino-hsds's export functions, the same ones `vecino export` uses.
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
//! filter in memory over the directory; see ARCHITECTURE.md.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::http::header;
use axum::response::Response;
use axum::routing::get;
use serde_json::{Value, json};
use vecino_core::{EntityKind, GeoPoint, Id, Organization, Service, Timestamp, Topic};
use vecino_hsds::export;
use vecino_search::{Filters, SearchRequest};
use vecino_store::{Page, ServiceFilter};

use crate::lang::Lang;
use crate::routes::search::run_search;
use crate::{ApiError, AppState};

/// The HSDS routes, to be merged into the application router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/hsds/", get(root))
        .route("/hsds", get(root))
        .route("/hsds/profile", get(profile))
        .route("/hsds/services", get(services))
        .route("/hsds/services/{id}", get(service))
        .route("/hsds/organizations", get(organizations))
        .route("/hsds/organizations/{id}", get(organization))
        .route("/hsds/service_at_locations", get(service_at_locations))
        .route("/hsds/service_at_locations/{id}", get(service_at_location))
        .route("/hsds/taxonomies", get(taxonomies))
        .route("/hsds/taxonomies/{id}", get(taxonomy))
        .route("/hsds/taxonomy_terms", get(taxonomy_terms))
        .route("/hsds/taxonomy_terms/{id}", get(taxonomy_term))
        .route("/hsds/guides", get(guides))
        .route("/hsds/guides/{id}", get(guide))
}

/// The official API definition the HSDS API follows (referenced by the spec itself).
const OPENAPI_URL: &str =
    "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

const LIST_PARAMS: &[&str] = &["page", "per_page", "locale", "format", "full"];

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
fn chain(state: &AppState, lang: &Lang) -> Result<Vec<String>, ApiError> {
    match lang.params.get("locale") {
        None => Ok(Vec::new()),
        Some(raw) => state
            .i18n
            .negotiate(Some(raw), None)
            .map(|n| n.content_chain)
            .map_err(|_| ApiError::invalid_locale(raw)),
    }
}

fn paging(lang: &Lang) -> Result<(u64, u64), ApiError> {
    Ok((
        lang.number("page", 1, 1_000_000)?,
        lang.number("per_page", 20, Page::MAX_PER_PAGE)?,
    ))
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

fn flag(lang: &Lang, name: &'static str) -> Result<bool, ApiError> {
    match lang.params.get(name).map(String::as_str) {
        None | Some("false" | "0") => Ok(false),
        Some("true" | "1") => Ok(true),
        Some(other) => Err(ApiError::invalid_parameter(name, other)),
    }
}

fn id_param(lang: &Lang, name: &'static str) -> Result<Option<Id>, ApiError> {
    lang.params
        .get(name)
        .map(|raw| Id::parse(raw).map_err(|_| ApiError::invalid_parameter(name, raw)))
        .transpose()
}

async fn all_services(state: &AppState) -> Result<Vec<Service>, ApiError> {
    let mut out = Vec::new();
    let mut page = 1;
    loop {
        let got = state
            .store
            .services(
                &ServiceFilter::default(),
                Page::new(page, Page::MAX_PER_PAGE),
            )
            .await?;
        let n = got.items.len();
        out.extend(got.items);
        if n == 0 || out.len() as u64 >= got.total {
            return Ok(out);
        }
        page += 1;
    }
}

fn topic_of_term(id: Id) -> Option<Topic> {
    Topic::ALL
        .iter()
        .copied()
        .find(|t| t.taxonomy_term().id == id)
}

fn with_last_modified(mut value: Value, at: Option<&Timestamp>) -> Value {
    if let (Some(map), Some(at)) = (value.as_object_mut(), at) {
        map.insert("last_modified".into(), json!(at.to_string()));
    }
    value
}

/// The services a list request selects, in order: by relevance when `search` is given,
/// else by slug.
async fn select(state: &AppState, lang: &Lang) -> Result<Vec<Service>, ApiError> {
    let mut services = all_services(state).await?;
    if let Some(term) = lang.params.get("taxonomy_term_id") {
        let topic =
            Id::parse(term).map_err(|_| ApiError::invalid_parameter("taxonomy_term_id", term))?;
        let topic = topic_of_term(topic);
        services.retain(|s| topic.is_some_and(|t| s.topics.contains(&t)));
    }
    if lang
        .params
        .get("taxonomy_id")
        .is_some_and(|t| *t != export::taxonomy_id())
    {
        services.clear();
    }
    if let Some(org) = id_param(lang, "organization_id")? {
        services.retain(|s| s.organization_id == org);
    }
    if let Some(raw) = lang.params.get("modified_after") {
        let after =
            parse_instant(raw).ok_or_else(|| ApiError::invalid_parameter("modified_after", raw))?;
        let modified = state.store.services_modified().await?;
        services.retain(|s| modified.get(&s.id).is_some_and(|at| *at >= after));
    }
    if let Some(postcode) = lang.params.get("postcode") {
        services = near_postcode(services, postcode, lang.params.get("proximity"))?;
    } else if let Some(raw) = lang.params.get("proximity") {
        return Err(ApiError::invalid_parameter("proximity", raw));
    }
    if let Some(query) = search_query(lang) {
        let ranked = search_ids(state, lang, query).await?;
        let mut by_id: HashMap<Id, Service> = services.into_iter().map(|s| (s.id, s)).collect();
        services = ranked.iter().filter_map(|id| by_id.remove(id)).collect();
    }
    Ok(services)
}

/// The `search` parameter, when it has something to search for.
fn search_query(lang: &Lang) -> Option<&str> {
    lang.params
        .get("search")
        .map(|q| q.trim())
        .filter(|q| !q.is_empty())
}

/// Deepest page of a search: ranking keeps `page × per_page` candidates in memory.
pub const MAX_SEARCH_PAGE: u64 = 1000;

/// One page of the services a `/hsds/services` request selects, and how many it selects in
/// all; `None` when the request needs the in-memory path ([`select`]): `postcode`/`proximity`.
async fn select_page(
    state: &AppState,
    lang: &Lang,
    page: u64,
    per_page: u64,
) -> Result<Option<(Vec<Service>, u64)>, ApiError> {
    if lang.params.contains_key("postcode") || lang.params.contains_key("proximity") {
        return Ok(None);
    }
    let mut filter = ServiceFilter {
        organization: id_param(lang, "organization_id")?,
        ..ServiceFilter::default()
    };
    let mut selects_nothing = lang
        .params
        .get("taxonomy_id")
        .is_some_and(|t| *t != export::taxonomy_id());
    if let Some(raw) = lang.params.get("taxonomy_term_id") {
        let id =
            Id::parse(raw).map_err(|_| ApiError::invalid_parameter("taxonomy_term_id", raw))?;
        match topic_of_term(id) {
            Some(topic) => filter.topic = Some(topic),
            None => selects_nothing = true,
        }
    }
    let after = lang
        .params
        .get("modified_after")
        .map(|raw| {
            parse_instant(raw).ok_or_else(|| ApiError::invalid_parameter("modified_after", raw))
        })
        .transpose()?;
    let query = search_query(lang);
    if query.is_some() && page > MAX_SEARCH_PAGE {
        return Err(ApiError::invalid_parameter("page", &page.to_string()));
    }
    if selects_nothing {
        return Ok(Some((Vec::new(), 0)));
    }
    let store_page = Page::new(page, per_page);
    let found = match (query, after) {
        (Some(query), _) => {
            // The topic is the search's own filter; the rest, a candidate set from the store.
            let topic = filter.topic.take();
            let candidates = match after {
                Some(after) => Some(
                    state
                        .store
                        .service_ids_modified_after(after, &filter)
                        .await?,
                ),
                None if filter.organization.is_some() => {
                    Some(state.store.service_ids(&filter).await?)
                }
                None => None,
            };
            let filters = Filters {
                kinds: vec![EntityKind::Service],
                topics: topic.into_iter().collect(),
                ids: candidates.map(|ids| Arc::new(ids.into_iter().collect())),
                ..Filters::default()
            };
            let (ids, total) = search_page(state, lang, query, filters, page, per_page).await?;
            (state.store.services_in(&ids).await?, total)
        }
        (None, Some(after)) => {
            let found = state
                .store
                .services_modified_after(after, &filter, store_page)
                .await?;
            (found.items, found.total)
        }
        (None, None) => {
            let found = state.store.services(&filter, store_page).await?;
            (found.items, found.total)
        }
    };
    Ok(Some(found))
}

/// The reader's content chain for a search: `locale` when given, else their negotiated one.
fn search_locales(state: &AppState, lang: &Lang) -> Result<Vec<String>, ApiError> {
    if lang.params.contains_key("locale") {
        chain(state, lang)
    } else {
        Ok(lang.negotiated.content_chain.clone())
    }
}

/// One search for one page of services: the hits' ids in rank order, and the total.
async fn search_page(
    state: &AppState,
    lang: &Lang,
    query: &str,
    filters: Filters,
    page: u64,
    per_page: u64,
) -> Result<(Vec<Id>, u64), ApiError> {
    let request = SearchRequest {
        query: query.chars().take(super::search::MAX_QUERY_CHARS).collect(),
        locales: search_locales(state, lang)?,
        filters,
        page: page as usize,
        per_page: per_page as usize,
    };
    let (_, results) = run_search(state, request).await?;
    Ok((
        results.hits.into_iter().map(|h| h.id).collect(),
        results.total as u64,
    ))
}

/// `2026-01-31`, or an RFC 3339 date-time.
fn parse_instant(raw: &str) -> Option<Timestamp> {
    if let Ok(ts) = raw.parse::<Timestamp>() {
        return Some(ts);
    }
    let date: vecino_core::Date = raw.parse().ok()?;
    jiff::tz::TimeZone::UTC
        .to_timestamp(date.to_datetime(jiff::civil::Time::midnight()))
        .ok()
}

fn postcode_matches(place: &str, wanted: &str) -> bool {
    let norm = |s: &str| s.trim().to_uppercase().replace(' ', "");
    let (place, wanted) = (norm(place), norm(wanted));
    // A US ZIP+4 matches its ZIP.
    place == wanted || place.split('-').next() == Some(wanted.as_str())
}

/// Services with a place in `postcode`, or with `proximity` (meters), within that distance of
/// the centroid of the directory's own located places in that postcode. Vecino has no postcode
/// gazetteer: a postcode none of its places is in selects nothing.
fn near_postcode(
    services: Vec<Service>,
    postcode: &str,
    proximity: Option<&String>,
) -> Result<Vec<Service>, ApiError> {
    let in_postcode = |s: &Service| {
        s.locations.iter().any(|p| {
            p.location
                .address
                .as_ref()
                .and_then(|a| a.postal_code.as_deref())
                .is_some_and(|pc| postcode_matches(pc, postcode))
        })
    };
    let Some(raw) = proximity else {
        return Ok(services.into_iter().filter(in_postcode).collect());
    };
    let meters: f64 = raw
        .trim()
        .parse()
        .ok()
        .filter(|m: &f64| *m > 0.0 && *m <= 500_000.0)
        .ok_or_else(|| ApiError::invalid_parameter("proximity", raw))?;
    let points: Vec<GeoPoint> = services
        .iter()
        .flat_map(|s| s.locations.iter())
        .filter(|p| {
            p.location
                .address
                .as_ref()
                .and_then(|a| a.postal_code.as_deref())
                .is_some_and(|pc| postcode_matches(pc, postcode))
        })
        .filter_map(|p| p.location.point)
        .collect();
    if points.is_empty() {
        return Ok(Vec::new());
    }
    let n = points.len() as f64;
    let centroid = GeoPoint::new(
        points.iter().map(GeoPoint::latitude).sum::<f64>() / n,
        points.iter().map(GeoPoint::longitude).sum::<f64>() / n,
        vecino_core::GeoPrecision::City,
    )
    .map_err(|_| ApiError::internal())?;
    Ok(services
        .into_iter()
        .filter(|s| {
            s.locations.iter().any(|p| {
                p.location
                    .point
                    .is_some_and(|pt| pt.distance_km(&centroid) * 1000.0 <= meters)
            })
        })
        .collect())
}

/// Every service matching a search, ranked (up to 1,000), for the in-memory path only
/// (`postcode`/`proximity` with `search`).
async fn search_ids(state: &AppState, lang: &Lang, query: &str) -> Result<Vec<Id>, ApiError> {
    let query: String = query.chars().take(super::search::MAX_QUERY_CHARS).collect();
    let locales = search_locales(state, lang)?;
    let mut ids = Vec::new();
    for page in 1..=20 {
        let request = SearchRequest {
            query: query.clone(),
            locales: locales.clone(),
            filters: Filters {
                kinds: vec![EntityKind::Service],
                ..Filters::default()
            },
            page,
            per_page: 50,
        };
        let (_, results) = run_search(state, request).await?;
        let n = results.hits.len();
        ids.extend(results.hits.into_iter().map(|h| h.id));
        if n < 50 || ids.len() >= results.total {
            break;
        }
    }
    Ok(ids)
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

pub async fn root(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let base = base_url(&headers);
    lang.respond(
        &state.i18n,
        Ok(json!({
            "version": export::HSDS_VERSION,
            "profile": format!("{base}/hsds/profile"),
            "openapi_url": OPENAPI_URL,
        })),
    )
}

pub async fn profile(State(state): State<AppState>, lang: Lang) -> Result<Response, ApiError> {
    let patches: serde_json::Map<String, Value> = vecino_hsds::profile::PATCHES
        .iter()
        .map(|(name, text)| {
            (
                (*name).to_owned(),
                serde_json::from_str(text).unwrap_or(Value::Null),
            )
        })
        .collect();
    lang.respond(
        &state.i18n,
        Ok(json!({
            "name": vecino_hsds::profile::PROFILE_NAME,
            "hsds_version": export::HSDS_VERSION,
            "description": "JSON Merge Patches (RFC 7396) over the HSDS 3.0 schemas and openapi.json, by file name.",
            "patches": patches,
        })),
    )
}

const SERVICE_FILTERS: &[&str] = &[
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "postcode",
    "proximity",
];

fn only(lang: &Lang, extra: &[&str]) -> Result<(), ApiError> {
    let allowed: Vec<&str> = LIST_PARAMS.iter().chain(extra).copied().collect();
    lang.only_params(&allowed)?;
    // Only paged JSON is served (no ndjson stream).
    match lang.params.get("format").map(String::as_str) {
        None | Some("json") => Ok(()),
        Some(other) => Err(ApiError::invalid_parameter("format", other)),
    }
}

pub async fn services(State(state): State<AppState>, lang: Lang) -> Result<Response, ApiError> {
    let run = async {
        only(&lang, SERVICE_FILTERS)?;
        let (page, per_page) = paging(&lang)?;
        let chain = chain(&state, &lang)?;
        let full = flag(&lang, "full")?;
        let (selected, total) = match select_page(&state, &lang, page, per_page).await? {
            Some((items, total)) => (items, Some(total)),
            None => (select(&state, &lang).await?, None),
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
        Ok(match total {
            Some(total) => export::page(items, total, page, per_page),
            None => page_of(items, page, per_page),
        })
    };
    lang.respond(&state.i18n, run.await)
}

pub async fn service(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    lang: Lang,
) -> Result<Response, ApiError> {
    let run = async {
        only(&lang, &[])?;
        let chain = chain(&state, &lang)?;
        let id = Id::parse(&raw).map_err(|_| ApiError::invalid_id(&raw))?;
        let service = state
            .store
            .service(id)
            .await?
            .ok_or_else(|| ApiError::not_found("service-not-found").arg("id", raw.clone()))?;
        let org = state.store.organization(service.organization_id).await?;
        let modified = state.store.services_modified_in(&[service.id]).await?;
        Ok(with_last_modified(
            export::service(&service, org.as_ref(), &chain),
            modified.get(&service.id),
        ))
    };
    lang.respond(&state.i18n, run.await)
}

pub async fn organizations(
    State(state): State<AppState>,
    lang: Lang,
) -> Result<Response, ApiError> {
    let run = async {
        only(&lang, &["search", "full_service"])?;
        let (page, per_page) = paging(&lang)?;
        let chain = chain(&state, &lang)?;
        let full = flag(&lang, "full")?;
        let full_service = flag(&lang, "full_service")?;
        if !lang.params.contains_key("search") {
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
            return Ok(export::page(items, found.total, page, per_page));
        }
        let mut orgs = state.store.organizations().await?;
        if let Some(q) = lang.params.get("search").map(|q| q.trim().to_lowercase()) {
            orgs.retain(|o| {
                o.name
                    .iter()
                    .any(|(_, t)| t.text.to_lowercase().contains(&q))
                    || o.description
                        .as_ref()
                        .is_some_and(|d| d.iter().any(|(_, t)| t.text.to_lowercase().contains(&q)))
            });
        }
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
        Ok(export::page(items, total, page, per_page))
    };
    lang.respond(&state.i18n, run.await)
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
    lang: Lang,
) -> Result<Response, ApiError> {
    let run = async {
        only(&lang, &["full_service"])?;
        let chain = chain(&state, &lang)?;
        let full_service = flag(&lang, "full_service")?;
        let id = Id::parse(&raw).map_err(|_| ApiError::invalid_id(&raw))?;
        let org =
            state.store.organization(id).await?.ok_or_else(|| {
                ApiError::not_found("organization-not-found").arg("id", raw.clone())
            })?;
        let services = services_of(&state, org.id).await?;
        let refs: Vec<&Service> = services.iter().collect();
        Ok(organization_with(&org, &refs, full_service, &chain))
    };
    lang.respond(&state.i18n, run.await)
}

/// Every service of one organization (HSDS nests them in the organization).
async fn services_of(state: &AppState, org: Id) -> Result<Vec<Service>, ApiError> {
    let filter = ServiceFilter {
        organization: Some(org),
        ..ServiceFilter::default()
    };
    let mut services = Vec::new();
    let mut page = 1;
    loop {
        let got = state
            .store
            .services(&filter, Page::new(page, Page::MAX_PER_PAGE))
            .await?;
        let n = got.items.len();
        services.extend(got.items);
        if n == 0 || services.len() as u64 >= got.total {
            return Ok(services);
        }
        page += 1;
    }
}

pub async fn service_at_locations(
    State(state): State<AppState>,
    lang: Lang,
) -> Result<Response, ApiError> {
    let run = async {
        only(&lang, SERVICE_FILTERS)?;
        let (page, per_page) = paging(&lang)?;
        let chain = chain(&state, &lang)?;
        if let Some(filter) = store_filter(&lang)? {
            // One page of places from the store, and only their services.
            let Some(filter) = filter else {
                return Ok(export::page(Vec::new(), 0, page, per_page));
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
            return Ok(export::page(items, found.total, page, per_page));
        }
        let selected = select(&state, &lang).await?;
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
        Ok(page_of(items, page, per_page))
    };
    lang.respond(&state.i18n, run.await)
}

/// The store filter for a services list without `search`, `modified_after`, `postcode` or
/// `proximity`: `Some(None)` when it selects nothing (another taxonomy, an unknown term);
/// `None` when the request needs one of those.
fn store_filter(lang: &Lang) -> Result<Option<Option<ServiceFilter>>, ApiError> {
    let needs_more = ["search", "modified_after", "postcode", "proximity"];
    if needs_more.iter().any(|p| lang.params.contains_key(*p)) {
        return Ok(None);
    }
    let mut filter = ServiceFilter {
        organization: id_param(lang, "organization_id")?,
        ..ServiceFilter::default()
    };
    if lang
        .params
        .get("taxonomy_id")
        .is_some_and(|t| *t != export::taxonomy_id())
    {
        return Ok(Some(None));
    }
    if let Some(raw) = lang.params.get("taxonomy_term_id") {
        let id =
            Id::parse(raw).map_err(|_| ApiError::invalid_parameter("taxonomy_term_id", raw))?;
        match topic_of_term(id) {
            Some(topic) => filter.topic = Some(topic),
            None => return Ok(Some(None)),
        }
    }
    Ok(Some(Some(filter)))
}

pub async fn service_at_location(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    lang: Lang,
) -> Result<Response, ApiError> {
    let run = async {
        only(&lang, &[])?;
        let chain = chain(&state, &lang)?;
        let id = Id::parse(&raw).map_err(|_| ApiError::invalid_id(&raw))?;
        let service = state.store.service_with_place(id).await?;
        let (service, place) = service
            .as_ref()
            .and_then(|s| s.locations.iter().find(|p| p.id == id).map(|p| (s, p)))
            .ok_or_else(|| ApiError::not_found("not-found"))?;
        let org = state.store.organization(service.organization_id).await?;
        Ok(export::service_at_location(
            service,
            org.as_ref(),
            place,
            &chain,
        ))
    };
    lang.respond(&state.i18n, run.await)
}

pub async fn taxonomies(State(state): State<AppState>, lang: Lang) -> Result<Response, ApiError> {
    let run = async {
        only(&lang, &["search"])?;
        let (page, per_page) = paging(&lang)?;
        Ok(page_of(vec![export::taxonomy()], page, per_page))
    };
    lang.respond(&state.i18n, run.await)
}

pub async fn taxonomy(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    lang: Lang,
) -> Result<Response, ApiError> {
    let run = async {
        if raw == export::taxonomy_id() {
            Ok(export::taxonomy())
        } else {
            Err(ApiError::not_found("not-found"))
        }
    };
    lang.respond(&state.i18n, run.await)
}

pub async fn taxonomy_terms(
    State(state): State<AppState>,
    lang: Lang,
) -> Result<Response, ApiError> {
    let run = async {
        only(&lang, &["search", "taxonomy_id", "top_only", "parent_id"])?;
        let (page, per_page) = paging(&lang)?;
        let q = lang.params.get("search").map(|q| q.trim().to_lowercase());
        let in_taxonomy = lang
            .params
            .get("taxonomy_id")
            .is_none_or(|t| *t == export::taxonomy_id());
        // Vecino's topics are one level: none has a parent.
        let has_parent_filter = lang.params.contains_key("parent_id");
        let items = Topic::ALL
            .iter()
            .filter(|_| in_taxonomy && !has_parent_filter)
            .filter(|t| {
                q.as_deref().is_none_or(|q| {
                    t.slug().contains(q) || t.english_name().to_lowercase().contains(q)
                })
            })
            .map(|t| export::taxonomy_term(*t))
            .collect();
        Ok(page_of(items, page, per_page))
    };
    lang.respond(&state.i18n, run.await)
}

pub async fn taxonomy_term(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    lang: Lang,
) -> Result<Response, ApiError> {
    let run = async {
        let id = Id::parse(&raw).map_err(|_| ApiError::invalid_id(&raw))?;
        topic_of_term(id)
            .map(export::taxonomy_term)
            .ok_or_else(|| ApiError::not_found("not-found"))
    };
    lang.respond(&state.i18n, run.await)
}

/// Vecino's profile: the guides, each with every translation (core's JSON form, described by
/// the profile's `Guide` schema).
pub async fn guides(State(state): State<AppState>, lang: Lang) -> Result<Response, ApiError> {
    let run = async {
        lang.only_params(&["page", "per_page"])?;
        let (page, per_page) = paging(&lang)?;
        let items = state
            .store
            .guides()
            .await?
            .iter()
            .map(|g| serde_json::to_value(g).map_err(|_| ApiError::internal()))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(page_of(items, page, per_page))
    };
    lang.respond(&state.i18n, run.await)
}

pub async fn guide(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    lang: Lang,
) -> Result<Response, ApiError> {
    let run = async {
        lang.only_params(&[])?;
        let id = Id::parse(&raw).map_err(|_| ApiError::invalid_id(&raw))?;
        let guide = state
            .store
            .guide(id)
            .await?
            .ok_or_else(|| ApiError::not_found("not-found"))?;
        serde_json::to_value(&guide).map_err(|_| ApiError::internal())
    };
    lang.respond(&state.i18n, run.await)
}
