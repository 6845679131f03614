//! The `record_origins` table's row for sea-orm; private to vecino-store, never past `Store`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "record_origins")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub record_id: String,
    pub source_url: Option<String>,
    pub imported_at: Option<DateTimeUtc>,
    pub content_hash: Option<String>,
    pub edited_by: Option<String>,
    pub edited_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
