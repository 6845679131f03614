//! Pages of the lists a data partner walks through (HSDS `/service_at_locations`,
//! `/organizations`): one page read from the database, never the whole directory.

use sea_orm::ColumnTrait;
use sea_orm::sea_query::{Expr, Order};
use sea_orm::{EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait};
use vecino_core::{Id, Organization};

use crate::convert;
use crate::entity::{organizations, service_at_locations, services};
use crate::read::{Page, Paged, ServiceFilter};
use crate::{Error, Result, Store};

/// One service at one place: the ids of a `/service_at_locations` item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceOfService {
    pub place: Id,
    pub service: Id,
}

impl Store {
    /// The places of the services `filter` selects, in the services' slug order and each
    /// service's own order of its places, one page of them, and how many there are in all.
    pub async fn places_of_services(
        &self,
        filter: &ServiceFilter,
        page: Page,
    ) -> Result<Paged<PlaceOfService>> {
        let selected = filter
            .apply(
                services::Entity::find()
                    .select_only()
                    .column(services::Column::Id),
            )
            .into_query();
        let query = service_at_locations::Entity::find()
            .filter(service_at_locations::Column::ServiceId.in_subquery(selected))
            .order_by(
                Expr::cust(
                    "(SELECT s.slug FROM services s WHERE s.id = service_at_locations.service_id)",
                ),
                Order::Asc,
            )
            .order_by_asc(service_at_locations::Column::Position);
        let paginator = query.paginate(&self.db, page.per_page);
        let total = paginator.num_items().await?;
        let rows = paginator.fetch_page(page.page - 1).await?;
        let items = rows
            .into_iter()
            .map(|row| {
                Ok(PlaceOfService {
                    place: parse_id(&row.id)?,
                    service: parse_id(&row.service_id)?,
                })
            })
            .collect::<Result<_>>()?;
        Ok(Paged { items, total, page })
    }

    /// Organizations ordered by slug, one page.
    pub async fn organizations_page(&self, page: Page) -> Result<Paged<Organization>> {
        let paginator = organizations::Entity::find()
            .order_by_asc(organizations::Column::Slug)
            .paginate(&self.db, page.per_page);
        let total = paginator.num_items().await?;
        let items = paginator
            .fetch_page(page.page - 1)
            .await?
            .into_iter()
            .map(convert::organization)
            .collect::<Result<_>>()?;
        Ok(Paged { items, total, page })
    }
}

fn parse_id(raw: &str) -> Result<Id> {
    Id::parse(raw).map_err(|e| Error::Corrupt {
        what: "service at location",
        id: raw.to_owned(),
        reason: e.to_string(),
    })
}
