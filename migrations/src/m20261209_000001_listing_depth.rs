//! Listings a resident can act on, and that stay true:
//! - `details` (HSDS 3.1 eligibility, fees, documents, how to apply, capacity…), `safety`
//!   (the "is it safe for me" facts, each with a source and a date) and `review_interval_days`
//!   on services;
//! - `source_checked_on` (the source's own verification date, kept apart from a check here)
//!   and `kept` (an admin's decision to keep an overdue record in search) on organizations,
//!   services and events;
//! - `review_interval_days` on guides.
//!
//! Every new column is nullable and empty on existing rows: nothing is invented for records
//! stored before. Must never read or write through the store's entities.

use sea_orm_migration::{prelude::*, schema::*, sea_orm};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let add = |table: DynIden, column: ColumnDef| {
            Table::alter().table(table).add_column(column).to_owned()
        };
        let mut statements = vec![
            add(
                Services::Table.into_iden(),
                json_binary_null(Services::Details),
            ),
            add(
                Services::Table.into_iden(),
                json_binary_null(Services::Safety),
            ),
            add(
                Services::Table.into_iden(),
                integer_null(Services::ReviewIntervalDays),
            ),
            add(
                Guides::Table.into_iden(),
                integer_null(Guides::ReviewIntervalDays),
            ),
        ];
        for table in [
            Services::Table.into_iden(),
            Organizations::Table.into_iden(),
            Events::Table.into_iden(),
        ] {
            statements.push(add(table.clone(), date_null(Trust::SourceCheckedOn)));
            statements.push(add(table, json_binary_null(Trust::Kept)));
        }
        for statement in statements {
            manager.alter_table(statement).await?;
        }
        // `temporarily-closed` is longer than the 16 characters the status column held. SQLite
        // does not enforce a length (and cannot alter a column's type).
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            manager
                .alter_table(
                    Table::alter()
                        .table(Services::Table)
                        .modify_column(string_len(Services::Status, 32))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let drop = |table: DynIden, column: DynIden| {
            Table::alter().table(table).drop_column(column).to_owned()
        };
        let mut statements = vec![
            drop(Services::Table.into_iden(), Services::Details.into_iden()),
            drop(Services::Table.into_iden(), Services::Safety.into_iden()),
            drop(
                Services::Table.into_iden(),
                Services::ReviewIntervalDays.into_iden(),
            ),
            drop(
                Guides::Table.into_iden(),
                Guides::ReviewIntervalDays.into_iden(),
            ),
        ];
        for table in [
            Services::Table.into_iden(),
            Organizations::Table.into_iden(),
            Events::Table.into_iden(),
        ] {
            statements.push(drop(table.clone(), Trust::SourceCheckedOn.into_iden()));
            statements.push(drop(table, Trust::Kept.into_iden()));
        }
        for statement in statements {
            manager.alter_table(statement).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Services {
    Table,
    Status,
    Details,
    Safety,
    ReviewIntervalDays,
}

#[derive(DeriveIden)]
enum Guides {
    Table,
    ReviewIntervalDays,
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
}

#[derive(DeriveIden)]
enum Events {
    Table,
}

/// The freshness columns every record with trust carries.
#[derive(DeriveIden)]
enum Trust {
    SourceCheckedOn,
    Kept,
}
