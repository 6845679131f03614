//! Vecino's database schema as sea-orm migrations. The same migrations run unchanged on
//! SQLite (the embedded default) and on PostgreSQL.
//!
//! Migrations never import the store's entities: a migration describes the schema as it was
//! when it was written, so it must not move when the entities do. Never edit a migration that
//! has shipped; add a new one.

pub use sea_orm_migration::prelude::*;

mod m20261124_000001_directory;
mod m20261128_000001_reports;
mod m20261128_000002_staff;
mod m20261128_000004_editor;
mod m20261128_000010_translation_sources;
mod m20261207_000001_trust;
mod m20261208_000001_reviewers;
mod m20261208_000002_record_origins;
mod m20261209_000001_listing_depth;
mod m20261210_000004_place_service_areas;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261124_000001_directory::Migration),
            Box::new(m20261128_000001_reports::Migration),
            Box::new(m20261128_000002_staff::Migration),
            Box::new(m20261128_000004_editor::Migration),
            Box::new(m20261128_000010_translation_sources::Migration),
            Box::new(m20261207_000001_trust::Migration),
            Box::new(m20261208_000001_reviewers::Migration),
            Box::new(m20261208_000002_record_origins::Migration),
            Box::new(m20261209_000001_listing_depth::Migration),
            Box::new(m20261210_000004_place_service_areas::Migration),
        ]
    }
}
