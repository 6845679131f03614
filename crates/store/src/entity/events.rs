//! The `events` table's row for sea-orm; private to vecino-store, never past `Store`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    #[sea_orm(unique)]
    pub slug: String,
    pub organization_id: Option<String>,
    pub title: Json,
    pub description: Json,
    pub starts_at: DateTimeUtc,
    pub ends_at: Option<DateTimeUtc>,
    pub timezone: String,
    pub location: Option<Json>,
    pub languages: Json,
    pub topics: Json,
    pub free: Option<bool>,
    pub sources: Json,
    pub verified_at: Option<DateTimeUtc>,
    pub verifier: Option<String>,
    pub changed_since_check: Option<DateTimeUtc>,
    pub source_checked_on: Option<Date>,
    pub kept: Option<Json>,
    pub revision: i64,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
