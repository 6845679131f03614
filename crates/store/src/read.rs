//! Reads. Lists are paged; services come back whole (topics and places included), loaded
//! with one query per table, never one per row.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
};
use vecino_core::{Change, Event, Guide, Id, Organization, Service, Slug, Topic};

use crate::convert;
use crate::entity::{
    changes, events, guides, locations, organizations, service_at_locations, service_topics,
    services,
};
use crate::{Result, Store};

/// Which page of a list: 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub page: u64,
    pub per_page: u64,
}

impl Page {
    pub const MAX_PER_PAGE: u64 = 100;

    pub fn new(page: u64, per_page: u64) -> Page {
        Page {
            page: page.max(1),
            per_page: per_page.clamp(1, Self::MAX_PER_PAGE),
        }
    }
}

/// One page of a list, with the total across all pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: Page,
}

#[derive(Debug, Clone, Default)]
pub struct ServiceFilter {
    pub topic: Option<Topic>,
    pub organization: Option<Id>,
}

impl ServiceFilter {
    /// The filter as SQL conditions on a query over services.
    pub(crate) fn apply<S: QueryFilter>(&self, mut query: S) -> S {
        if let Some(org) = self.organization {
            query = query.filter(services::Column::OrganizationId.eq(org.to_string()));
        }
        if let Some(topic) = self.topic {
            let with_topic = service_topics::Entity::find()
                .select_only()
                .column(service_topics::Column::ServiceId)
                .filter(service_topics::Column::Topic.eq(topic.slug()))
                .into_query();
            query = query.filter(services::Column::Id.in_subquery(with_topic));
        }
        query
    }
}

impl Store {
    pub async fn organization(&self, id: Id) -> Result<Option<Organization>> {
        organizations::Entity::find_by_id(id.to_string())
            .one(&self.db)
            .await?
            .map(convert::organization)
            .transpose()
    }

    pub async fn organization_by_slug(&self, slug: &Slug) -> Result<Option<Organization>> {
        organizations::Entity::find()
            .filter(organizations::Column::Slug.eq(slug.as_str()))
            .one(&self.db)
            .await?
            .map(convert::organization)
            .transpose()
    }

    pub async fn organizations(&self) -> Result<Vec<Organization>> {
        organizations::Entity::find()
            .order_by_asc(organizations::Column::Slug)
            .all(&self.db)
            .await?
            .into_iter()
            .map(convert::organization)
            .collect()
    }

    /// The organizations with these ids (in no particular order; unknown ids are skipped).
    pub async fn organizations_in(&self, ids: &[Id]) -> Result<Vec<Organization>> {
        let keys: Vec<String> = ids.iter().map(Id::to_string).collect();
        organizations::Entity::find()
            .filter(organizations::Column::Id.is_in(keys))
            .all(&self.db)
            .await?
            .into_iter()
            .map(convert::organization)
            .collect()
    }

    pub async fn service(&self, id: Id) -> Result<Option<Service>> {
        let rows = services::Entity::find_by_id(id.to_string())
            .all(&self.db)
            .await?;
        Ok(load_services(&self.db, rows).await?.pop())
    }

    pub async fn service_by_slug(&self, slug: &Slug) -> Result<Option<Service>> {
        let rows = services::Entity::find()
            .filter(services::Column::Slug.eq(slug.as_str()))
            .all(&self.db)
            .await?;
        Ok(load_services(&self.db, rows).await?.pop())
    }

    /// Services ordered by slug, filtered and paged.
    pub async fn services(&self, filter: &ServiceFilter, page: Page) -> Result<Paged<Service>> {
        let query = filter.apply(services::Entity::find().order_by_asc(services::Column::Slug));
        let paginator = query.paginate(&self.db, page.per_page);
        let total = paginator.num_items().await?;
        let rows = paginator.fetch_page(page.page - 1).await?;
        Ok(Paged {
            items: load_services(&self.db, rows).await?,
            total,
            page,
        })
    }

    /// The services with these ids, in the order asked (unknown ids are skipped, a repeated
    /// id comes back once).
    pub async fn services_in(&self, ids: &[Id]) -> Result<Vec<Service>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let keys: Vec<String> = ids.iter().map(Id::to_string).collect();
        let mut rows: HashMap<String, services::Model> = services::Entity::find()
            .filter(services::Column::Id.is_in(keys.clone()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| (r.id.clone(), r))
            .collect();
        let ordered = keys.iter().filter_map(|k| rows.remove(k)).collect();
        load_services(&self.db, ordered).await
    }

    /// The service that offers the place (service at location) with this id.
    pub async fn service_with_place(&self, place: Id) -> Result<Option<Service>> {
        let Some(row) = service_at_locations::Entity::find_by_id(place.to_string())
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let rows = services::Entity::find_by_id(row.service_id)
            .all(&self.db)
            .await?;
        Ok(load_services(&self.db, rows).await?.pop())
    }

    pub async fn guide_by_slug(&self, slug: &Slug) -> Result<Option<Guide>> {
        guides::Entity::find()
            .filter(guides::Column::Slug.eq(slug.as_str()))
            .one(&self.db)
            .await?
            .map(convert::guide)
            .transpose()
    }

    pub async fn guide(&self, id: Id) -> Result<Option<Guide>> {
        guides::Entity::find_by_id(id.to_string())
            .one(&self.db)
            .await?
            .map(convert::guide)
            .transpose()
    }

    /// Every guide, ordered by slug.
    pub async fn guides(&self) -> Result<Vec<Guide>> {
        guides::Entity::find()
            .order_by_asc(guides::Column::Slug)
            .all(&self.db)
            .await?
            .into_iter()
            .map(convert::guide)
            .collect()
    }

    pub async fn event(&self, id: Id) -> Result<Option<Event>> {
        events::Entity::find_by_id(id.to_string())
            .one(&self.db)
            .await?
            .map(convert::event)
            .transpose()
    }

    pub async fn event_by_slug(&self, slug: &Slug) -> Result<Option<Event>> {
        events::Entity::find()
            .filter(events::Column::Slug.eq(slug.as_str()))
            .one(&self.db)
            .await?
            .map(convert::event)
            .transpose()
    }

    /// Events in start order.
    pub async fn events(&self) -> Result<Vec<Event>> {
        events::Entity::find()
            .order_by_asc(events::Column::StartsAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(convert::event)
            .collect()
    }

    /// Changes after `revision`, oldest first, at most `limit` of them. A reader that got
    /// fewer than `limit` is up to date.
    pub async fn changes_since(&self, revision: u64, limit: u64) -> Result<Vec<Change>> {
        changes::Entity::find()
            .filter(changes::Column::Revision.gt(revision as i64))
            .order_by_asc(changes::Column::Revision)
            .limit(limit)
            .all(&self.db)
            .await?
            .into_iter()
            .map(convert::change)
            .collect()
    }

    /// The latest revision in the feed (0 for an empty directory).
    pub async fn head_revision(&self) -> Result<u64> {
        let last = changes::Entity::find()
            .order_by_desc(changes::Column::Revision)
            .one(&self.db)
            .await?;
        Ok(last.map_or(0, |c| c.revision as u64))
    }
}

/// Completes service rows with their topics and places, keeping the rows' order.
pub(crate) async fn load_services<C: ConnectionTrait>(
    db: &C,
    rows: Vec<services::Model>,
) -> Result<Vec<Service>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let mut topics: HashMap<String, Vec<String>> = HashMap::new();
    for t in service_topics::Entity::find()
        .filter(service_topics::Column::ServiceId.is_in(ids.clone()))
        .order_by_asc(service_topics::Column::Position)
        .all(db)
        .await?
    {
        topics.entry(t.service_id).or_default().push(t.topic);
    }
    let places = service_at_locations::Entity::find()
        .filter(service_at_locations::Column::ServiceId.is_in(ids))
        .order_by_asc(service_at_locations::Column::Position)
        .all(db)
        .await?;
    let location_ids: Vec<String> = places.iter().map(|p| p.location_id.clone()).collect();
    let locations: HashMap<String, locations::Model> = locations::Entity::find()
        .filter(locations::Column::Id.is_in(location_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.id.clone(), l))
        .collect();
    let mut places_by_service: HashMap<String, Vec<_>> = HashMap::new();
    for place in places {
        let Some(location) = locations.get(&place.location_id).cloned() else {
            continue;
        };
        places_by_service
            .entry(place.service_id.clone())
            .or_default()
            .push((place, location));
    }
    rows.into_iter()
        .map(|row| {
            let topics = topics.remove(&row.id).unwrap_or_default();
            let places = places_by_service.remove(&row.id).unwrap_or_default();
            convert::service(row, topics, places)
        })
        .collect()
}
