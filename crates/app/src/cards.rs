//! What a page of results needs beyond the index's hits to show cards a person can act on:
//! the services behind the hits and their organizations, read from the store in one query
//! each (never one per hit). It only reads, and never logs the query.

use std::collections::HashMap;

use vecino_core::{EntityKind, Id, Organization, Service};
use vecino_search::{SearchRequest, SearchResults};

use crate::{App, Error};

/// The services of a page of results and the organizations that run them, by id.
#[derive(Debug, Default, Clone)]
pub struct Listings {
    pub services: HashMap<Id, Service>,
    pub organizations: HashMap<Id, Organization>,
}

impl Listings {
    /// The service with `id` and its organization, when both are known.
    pub fn service(&self, id: Id) -> Option<(&Service, Option<&Organization>)> {
        let s = self.services.get(&id)?;
        Some((s, self.organizations.get(&s.organization_id)))
    }
}

impl App {
    /// Runs a search and reads the services its hits name, with their organizations.
    pub async fn search_with_listings(
        &self,
        request: &SearchRequest,
    ) -> Result<(SearchResults, Listings), Error> {
        let results = self.search(request).await?;
        let ids: Vec<Id> = results
            .hits
            .iter()
            .filter(|h| h.kind == EntityKind::Service)
            .map(|h| h.id)
            .collect();
        let listings = self.listings(ids.iter().copied(), Vec::new()).await?;
        Ok((results, listings))
    }

    /// `services` as listings: their organizations read in one query. `ids` are services to
    /// read first (in one query), added to those given.
    pub async fn listings(
        &self,
        ids: impl IntoIterator<Item = Id>,
        services: Vec<Service>,
    ) -> Result<Listings, Error> {
        let ids: Vec<Id> = ids.into_iter().collect();
        let mut all = services;
        if !ids.is_empty() {
            all.extend(self.store.services_in(&ids).await?);
        }
        let mut org_ids: Vec<Id> = all.iter().map(|s| s.organization_id).collect();
        org_ids.sort_unstable();
        org_ids.dedup();
        let organizations = if org_ids.is_empty() {
            HashMap::new()
        } else {
            self.store
                .organizations_in(&org_ids)
                .await?
                .into_iter()
                .map(|o| (o.id, o))
                .collect()
        };
        Ok(Listings {
            services: all.into_iter().map(|s| (s.id, s)).collect(),
            organizations,
        })
    }
}
