//! Source texts that translations were made from, by their SHA-256, so that when a source
//! changes the translator sees the old text beside the new one. Not part of the directory
//! (no change feed): it only explains why a translation is stale.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TranslationSources::Table)
                    .col(string_len(TranslationSources::Hash, 64).primary_key())
                    .col(text(TranslationSources::Text))
                    .col(timestamp_with_time_zone(TranslationSources::RecordedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(TranslationSources::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum TranslationSources {
    Table,
    Hash,
    Text,
    RecordedAt,
}
