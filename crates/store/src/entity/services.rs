//! The `services` table's row for sea-orm; private to vecino-store, never past `Store`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "services")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    #[sea_orm(unique)]
    pub slug: String,
    pub organization_id: String,
    pub name: Json,
    pub description: Json,
    pub status: String,
    pub languages: Json,
    pub accreditation: Option<String>,
    pub free: Option<bool>,
    pub url: Option<String>,
    pub email: Option<String>,
    pub phones: Json,
    pub schedule: Option<Json>,
    pub sources: Json,
    pub verified_at: Option<DateTimeUtc>,
    pub verifier: Option<String>,
    pub changed_since_check: Option<DateTimeUtc>,
    pub source_checked_on: Option<Date>,
    pub kept: Option<Json>,
    pub accreditation_evidence: Option<Json>,
    pub details: Option<Json>,
    pub safety: Option<Json>,
    pub review_interval_days: Option<i32>,
    pub revision: i64,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
