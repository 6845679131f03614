//! The editor's additions to the staff tables: an account can be disabled (its sessions and
//! tokens stop working at once), an audit entry carries a before/after summary, and a
//! problem report records how it was handled (resolved or dismissed, by whom, when, a note).
//!
//! SQLite alters one column per statement, so each column is its own `ALTER TABLE`.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let add = |table: DynIden, column: ColumnDef| {
            Table::alter().table(table).add_column(column).to_owned()
        };
        for statement in [
            add(
                StaffUsers::Table.into_iden(),
                timestamp_with_time_zone_null(StaffUsers::DisabledAt),
            ),
            add(AuditLog::Table.into_iden(), text_null(AuditLog::Summary)),
            add(
                Reports::Table.into_iden(),
                timestamp_with_time_zone_null(Reports::HandledAt),
            ),
            add(
                Reports::Table.into_iden(),
                string_len_null(Reports::HandledBy, 254),
            ),
            add(Reports::Table.into_iden(), text_null(Reports::Note)),
        ] {
            manager.alter_table(statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            (
                StaffUsers::Table.into_iden(),
                StaffUsers::DisabledAt.into_iden(),
            ),
            (AuditLog::Table.into_iden(), AuditLog::Summary.into_iden()),
            (Reports::Table.into_iden(), Reports::HandledAt.into_iden()),
            (Reports::Table.into_iden(), Reports::HandledBy.into_iden()),
            (Reports::Table.into_iden(), Reports::Note.into_iden()),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum StaffUsers {
    Table,
    DisabledAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Summary,
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    HandledAt,
    HandledBy,
    Note,
}
