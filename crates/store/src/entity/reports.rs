//! The `reports` table's row for sea-orm; private to vecino-store, never past `Store`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "reports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub entity: String,
    pub record_id: String,
    pub kind: String,
    pub details: String,
    pub contact: Option<String>,
    pub locale: String,
    pub status: String,
    pub created_at: DateTimeUtc,
    pub handled_at: Option<DateTimeUtc>,
    pub handled_by: Option<String>,
    pub note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
