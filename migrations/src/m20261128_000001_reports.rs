//! The moderation queue: residents' reports that a listing is wrong. Not part of the directory
//! (no change feed): a person reads them and edits the listing if they are right.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Reports::Table)
                    .col(string_len(Reports::Id, 36).primary_key())
                    .col(string_len(Reports::Entity, 20))
                    .col(string_len(Reports::RecordId, 36))
                    .col(string_len(Reports::Kind, 20))
                    .col(text(Reports::Details))
                    .col(text_null(Reports::Contact))
                    .col(string_len(Reports::Locale, 35))
                    .col(string_len(Reports::Status, 20).default("new"))
                    .col(timestamp_with_time_zone(Reports::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("reports_status_created")
                    .table(Reports::Table)
                    .col(Reports::Status)
                    .col(Reports::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Reports::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    Id,
    Entity,
    RecordId,
    Kind,
    Details,
    Contact,
    Locale,
    Status,
    CreatedAt,
}
