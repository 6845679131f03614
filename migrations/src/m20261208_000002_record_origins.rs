//! Where each directory record came from: `record_origins` holds, per record (kind and id),
//! the dataset an import took it from (`source_url`, `imported_at`, the SHA-256 of what it
//! wrote) and whether staff edited it since (`edited_by`, `edited_at`). `vecino import`
//! reads it to refuse overwriting records that came from another source or that staff
//! edited, unless the operator passes a flag naming that risk.
//!
//! Not part of the directory (no change feed). Records that existed before this migration
//! have no row: an import treats them as coming from another source. Must never read or
//! write through the store's entities.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RecordOrigins::Table)
                    .col(string_len(RecordOrigins::Kind, 20))
                    .col(string_len(RecordOrigins::RecordId, 36))
                    .col(text_null(RecordOrigins::SourceUrl))
                    .col(timestamp_with_time_zone_null(RecordOrigins::ImportedAt))
                    .col(string_len_null(RecordOrigins::ContentHash, 64))
                    .col(string_len_null(RecordOrigins::EditedBy, 254))
                    .col(timestamp_with_time_zone_null(RecordOrigins::EditedAt))
                    .primary_key(
                        Index::create()
                            .col(RecordOrigins::Kind)
                            .col(RecordOrigins::RecordId),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RecordOrigins::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum RecordOrigins {
    Table,
    Kind,
    RecordId,
    SourceUrl,
    ImportedAt,
    ContentHash,
    EditedBy,
    EditedAt,
}
