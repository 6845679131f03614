//! When records were last written: what HSDS feeds call `last_modified`, and the feeds that
//! page services by it.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use vecino_core::{Id, Service, Timestamp};

use crate::convert::{from_chrono, to_chrono};
use crate::entity::services;
use crate::read::{Page, Paged, ServiceFilter};
use crate::{Result, Store};

fn parse_ids(rows: Vec<String>) -> Vec<Id> {
    rows.iter().filter_map(|id| Id::parse(id).ok()).collect()
}

impl Store {
    /// The time each service was last written (created or changed), by id. Reads one small row
    /// per service of the directory: prefer [`Store::services_modified_in`] for a page.
    pub async fn services_modified(&self) -> Result<HashMap<Id, Timestamp>> {
        self.modified_where(None).await
    }

    /// The time each of these services was last written, by id (unknown ids are skipped).
    pub async fn services_modified_in(&self, ids: &[Id]) -> Result<HashMap<Id, Timestamp>> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        self.modified_where(Some(ids)).await
    }

    async fn modified_where(&self, ids: Option<&[Id]>) -> Result<HashMap<Id, Timestamp>> {
        let mut query = services::Entity::find()
            .select_only()
            .column(services::Column::Id)
            .column(services::Column::UpdatedAt);
        if let Some(ids) = ids {
            query = query.filter(
                services::Column::Id.is_in(ids.iter().map(Id::to_string).collect::<Vec<_>>()),
            );
        }
        let rows: Vec<(String, DateTime<Utc>)> = query.into_tuple().all(&self.db).await?;
        rows.into_iter()
            .filter_map(|(id, at)| Some((Id::parse(&id).ok()?, at)))
            .map(|(id, at)| Ok((id, from_chrono(at)?)))
            .collect()
    }

    /// One page of the services written (created or changed) at or after `after` and passing
    /// `filter`, in the order they were last written, then by id: a feed a client can follow.
    /// Pages the ids in the database and loads only that page's services.
    pub async fn services_modified_after(
        &self,
        after: Timestamp,
        filter: &ServiceFilter,
        page: Page,
    ) -> Result<Paged<Service>> {
        let query = filter.apply(
            services::Entity::find()
                .select_only()
                .column(services::Column::Id)
                .filter(services::Column::UpdatedAt.gte(to_chrono(after)))
                .order_by_asc(services::Column::UpdatedAt)
                .order_by_asc(services::Column::Id),
        );
        let paginator = query
            .into_tuple::<String>()
            .paginate(&self.db, page.per_page);
        let total = paginator.num_items().await?;
        let ids = parse_ids(paginator.fetch_page(page.page - 1).await?);
        Ok(Paged {
            items: self.services_in(&ids).await?,
            total,
            page,
        })
    }

    /// The ids of the services written at or after `after` and passing `filter` (ids only: a
    /// candidate set for a search).
    pub async fn service_ids_modified_after(
        &self,
        after: Timestamp,
        filter: &ServiceFilter,
    ) -> Result<Vec<Id>> {
        let query = filter.apply(
            services::Entity::find()
                .select_only()
                .column(services::Column::Id)
                .filter(services::Column::UpdatedAt.gte(to_chrono(after))),
        );
        Ok(parse_ids(query.into_tuple::<String>().all(&self.db).await?))
    }

    /// The ids of the services passing `filter` (ids only: a candidate set for a search).
    pub async fn service_ids(&self, filter: &ServiceFilter) -> Result<Vec<Id>> {
        let query = filter.apply(
            services::Entity::find()
                .select_only()
                .column(services::Column::Id),
        );
        Ok(parse_ids(query.into_tuple::<String>().all(&self.db).await?))
    }
}
