//! Service areas at a place (HSDS 3.1 `service_at_location.service_areas`): a nullable JSON
//! column `service_areas` on `service_at_locations`, empty on existing rows (their areas, if
//! any, stay on the service). Must never read or write through the store's entities.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ServiceAtLocations::Table)
                    .add_column(json_binary_null(ServiceAtLocations::ServiceAreas))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ServiceAtLocations::Table)
                    .drop_column(ServiceAtLocations::ServiceAreas)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum ServiceAtLocations {
    Table,
    ServiceAreas,
}
