//! Planning a `/hsds/services` (and `/hsds/service_at_locations`) request: one page of
//! services from the store whenever it can, never the whole directory for a plain list.
//! - no filter, `taxonomy_term_id`, `organization_id`: the store filters and pages in SQL
//!   (ordered by slug);
//! - `modified_after`: the store pages the services written since, oldest write first;
//! - `search`: one search for the requested page (the topic as the search's filter,
//!   `organization_id` and `modified_after` as a candidate set of ids from the store), then the
//!   hits' services by id, in rank order; pages of a search end at [`MAX_SEARCH_PAGE`];
//! - `postcode`/`proximity`: matched in memory against the directory's own places (Vecino has
//!   no postcode gazetteer).
//!
//! It never renders HSDS JSON (that is `vecino-hsds`'s export) and never logs the query.

use std::collections::HashMap;
use std::sync::Arc;

use jiff::Timestamp;
use vecino_core::{EntityKind, GeoPoint, Id, Service, Topic};
use vecino_search::{Filters, SearchRequest};
use vecino_store::{Page, ServiceFilter};

use crate::publish::each_service_page;
use crate::{App, Error};

/// Deepest page of a search: ranking keeps `page × per_page` candidates in memory.
pub const MAX_SEARCH_PAGE: u64 = vecino_search::request::MAX_PAGE;
/// Longest `proximity` accepted, in meters.
pub const MAX_PROXIMITY_M: f64 = 500_000.0;

/// A services request's filters, parsed once.
#[derive(Debug, Clone, Default)]
pub struct ServiceQuery {
    /// `taxonomy_id` named another taxonomy than Vecino's: nothing is selected.
    pub other_taxonomy: bool,
    /// `taxonomy_term_id`: `Some(None)` for a term that is none of Vecino's topics.
    pub topic: Option<Option<Topic>>,
    pub organization: Option<Id>,
    pub modified_after: Option<Timestamp>,
    pub postcode: Option<String>,
    /// `proximity` in meters (only with `postcode`).
    pub proximity_m: Option<f64>,
    /// `search`, trimmed and never empty.
    pub search: Option<String>,
    /// The reader's content chain the search ranks with.
    pub locales: Vec<String>,
}

/// A services request's filters as the request gave them (query parameter values).
#[derive(Debug, Clone, Default)]
pub struct RawServiceQuery {
    pub search: Option<String>,
    pub taxonomy_term_id: Option<String>,
    pub taxonomy_id: Option<String>,
    pub organization_id: Option<String>,
    pub modified_after: Option<String>,
    pub postcode: Option<String>,
    pub proximity: Option<String>,
}

/// What a services request selected.
pub enum Selection {
    /// One page, and how many the request selects in all.
    Page(Vec<Service>, u64),
    /// Every service selected, for the caller to page (the `postcode`/`proximity` path).
    All(Vec<Service>),
}

impl ServiceQuery {
    /// Reads the filters as given. `taxonomy_id_ours` is the id of Vecino's own taxonomy.
    pub fn parse(
        raw: RawServiceQuery,
        taxonomy_id_ours: &str,
        locales: Vec<String>,
    ) -> Result<ServiceQuery, Error> {
        let id = |name: &'static str, value: &Option<String>| {
            value
                .as_deref()
                .map(|raw| Id::parse(raw).map_err(|_| Error::parameter(name, raw)))
                .transpose()
        };
        let topic = id("taxonomy_term_id", &raw.taxonomy_term_id)?.map(topic_of_term);
        let organization = id("organization_id", &raw.organization_id)?;
        let modified_after = raw
            .modified_after
            .as_deref()
            .map(|at| parse_instant(at).ok_or_else(|| Error::parameter("modified_after", at)))
            .transpose()?;
        let proximity_m = match raw.proximity.as_deref() {
            None => None,
            Some(m) if raw.postcode.is_none() => return Err(Error::parameter("proximity", m)),
            Some(m) => Some(
                m.trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|m| *m > 0.0 && *m <= MAX_PROXIMITY_M)
                    .ok_or_else(|| Error::parameter("proximity", m))?,
            ),
        };
        Ok(ServiceQuery {
            other_taxonomy: raw
                .taxonomy_id
                .as_deref()
                .is_some_and(|t| t != taxonomy_id_ours),
            topic,
            organization,
            modified_after,
            postcode: raw.postcode,
            proximity_m,
            search: raw
                .search
                .as_deref()
                .map(str::trim)
                .filter(|q| !q.is_empty())
                .map(|q| {
                    q.chars()
                        .take(vecino_search::request::MAX_QUERY_CHARS)
                        .collect()
                }),
            locales,
        })
    }

    /// The store filter when the request needs nothing but the store (no search, no
    /// `modified_after`, no postcode): `Some(None)` when it selects nothing.
    pub fn store_filter(&self) -> Option<Option<ServiceFilter>> {
        if self.search.is_some() || self.modified_after.is_some() || self.postcode.is_some() {
            return None;
        }
        if self.other_taxonomy || self.topic == Some(None) {
            return Some(None);
        }
        Some(Some(ServiceFilter {
            organization: self.organization,
            topic: self.topic.flatten(),
        }))
    }
}

/// The topic whose HSDS taxonomy term has this id.
pub fn topic_of_term(id: Id) -> Option<Topic> {
    Topic::ALL
        .iter()
        .copied()
        .find(|t| t.taxonomy_term().id == id)
}

/// `2026-01-31`, or an RFC 3339 date-time.
pub fn parse_instant(raw: &str) -> Option<Timestamp> {
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
/// the centroid of the directory's own located places in that postcode. A postcode none of its
/// places is in selects nothing.
fn near_postcode(services: Vec<Service>, postcode: &str, proximity_m: Option<f64>) -> Vec<Service> {
    let in_postcode = |p: &vecino_core::ServiceAtLocation| {
        p.location
            .address
            .as_ref()
            .and_then(|a| a.postal_code.as_deref())
            .is_some_and(|pc| postcode_matches(pc, postcode))
    };
    let Some(meters) = proximity_m else {
        return services
            .into_iter()
            .filter(|s| s.locations.iter().any(in_postcode))
            .collect();
    };
    let points: Vec<GeoPoint> = services
        .iter()
        .flat_map(|s| s.locations.iter())
        .filter(|p| in_postcode(p))
        .filter_map(|p| p.location.point)
        .collect();
    if points.is_empty() {
        return Vec::new();
    }
    let n = points.len() as f64;
    let Ok(centroid) = GeoPoint::new(
        points.iter().map(GeoPoint::latitude).sum::<f64>() / n,
        points.iter().map(GeoPoint::longitude).sum::<f64>() / n,
        vecino_core::GeoPrecision::City,
    ) else {
        return Vec::new();
    };
    services
        .into_iter()
        .filter(|s| {
            s.locations.iter().any(|p| {
                p.location
                    .point
                    .is_some_and(|pt| pt.distance_km(&centroid) * 1000.0 <= meters)
            })
        })
        .collect()
}

impl App {
    /// The services `query` selects: one page of them when the store or the search can page
    /// (with the total), or all of them for the caller to page (`postcode`/`proximity`).
    pub async fn hsds_services(
        &self,
        query: &ServiceQuery,
        page: u64,
        per_page: u64,
    ) -> Result<Selection, Error> {
        if query.postcode.is_some() {
            return Ok(Selection::All(self.hsds_services_in_memory(query).await?));
        }
        if query.search.is_some() && page > MAX_SEARCH_PAGE {
            return Err(Error::parameter("page", page.to_string()));
        }
        if query.other_taxonomy || query.topic == Some(None) {
            return Ok(Selection::Page(Vec::new(), 0));
        }
        let filter = ServiceFilter {
            organization: query.organization,
            topic: query.topic.flatten(),
        };
        let store_page = Page::new(page, per_page);
        let (items, total) = match (&query.search, query.modified_after) {
            (Some(text), after) => {
                // The topic is the search's own filter; the rest, a candidate set from the store.
                let candidate_filter = ServiceFilter {
                    topic: None,
                    ..filter.clone()
                };
                let candidates = match after {
                    Some(after) => Some(
                        self.store
                            .service_ids_modified_after(after, &candidate_filter)
                            .await?,
                    ),
                    None if filter.organization.is_some() => {
                        Some(self.store.service_ids(&candidate_filter).await?)
                    }
                    None => None,
                };
                let filters = Filters {
                    kinds: vec![EntityKind::Service],
                    topics: filter.topic.into_iter().collect(),
                    ids: candidates.map(|ids| Arc::new(ids.into_iter().collect())),
                    ..Filters::default()
                };
                let request = SearchRequest {
                    query: text.clone(),
                    locales: query.locales.clone(),
                    filters,
                    page: page as usize,
                    per_page: per_page as usize,
                };
                let results = self.search(&request).await?;
                let ids: Vec<Id> = results.hits.into_iter().map(|h| h.id).collect();
                (self.store.services_in(&ids).await?, results.total as u64)
            }
            (None, Some(after)) => {
                let found = self
                    .store
                    .services_modified_after(after, &filter, store_page)
                    .await?;
                (found.items, found.total)
            }
            (None, None) => {
                let found = self.store.services(&filter, store_page).await?;
                (found.items, found.total)
            }
        };
        Ok(Selection::Page(items, total))
    }

    /// Every service `query` selects, in order (by relevance when it searches, else by
    /// slug), filtered in memory: the `postcode`/`proximity` path.
    pub async fn hsds_services_in_memory(
        &self,
        query: &ServiceQuery,
    ) -> Result<Vec<Service>, Error> {
        let mut services = self.services_where(&ServiceFilter::default()).await?;
        if let Some(topic) = query.topic {
            services.retain(|s| topic.is_some_and(|t| s.topics.contains(&t)));
        }
        if query.other_taxonomy {
            services.clear();
        }
        if let Some(org) = query.organization {
            services.retain(|s| s.organization_id == org);
        }
        if let Some(after) = query.modified_after {
            let modified = self.store.services_modified().await?;
            services.retain(|s| modified.get(&s.id).is_some_and(|at| *at >= after));
        }
        if let Some(postcode) = &query.postcode {
            services = near_postcode(services, postcode, query.proximity_m);
        }
        if let Some(text) = &query.search {
            let ranked = self.search_service_ids(text, &query.locales).await?;
            let mut by_id: HashMap<Id, Service> = services.into_iter().map(|s| (s.id, s)).collect();
            services = ranked.iter().filter_map(|id| by_id.remove(id)).collect();
        }
        Ok(services)
    }

    /// Every service `filter` selects, in slug order (an organization's, for HSDS's nesting).
    pub async fn services_where(&self, filter: &ServiceFilter) -> Result<Vec<Service>, Error> {
        let mut services = Vec::new();
        each_service_page(&self.store, filter, |batch, _| {
            services.extend(batch);
            Ok(())
        })
        .await?;
        Ok(services)
    }

    /// Every service matching a search, ranked (up to 1,000), for the in-memory path only.
    async fn search_service_ids(&self, text: &str, locales: &[String]) -> Result<Vec<Id>, Error> {
        let mut ids = Vec::new();
        for page in 1..=20 {
            let request = SearchRequest {
                query: text.to_owned(),
                locales: locales.to_vec(),
                filters: Filters {
                    kinds: vec![EntityKind::Service],
                    ..Filters::default()
                },
                page,
                per_page: 50,
            };
            let results = self.search(&request).await?;
            let n = results.hits.len();
            ids.extend(results.hits.into_iter().map(|h| h.id));
            if n < 50 || ids.len() >= results.total {
                break;
            }
        }
        Ok(ids)
    }
}
