//! When records were last written: what HSDS feeds call `last_modified`.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{EntityTrait, QuerySelect};
use vecino_core::{Id, Timestamp};

use crate::convert::from_chrono;
use crate::entity::services;
use crate::{Result, Store};

impl Store {
    /// The time each service was last written (created or changed), by id.
    pub async fn services_modified(&self) -> Result<HashMap<Id, Timestamp>> {
        let rows: Vec<(String, DateTime<Utc>)> = services::Entity::find()
            .select_only()
            .column(services::Column::Id)
            .column(services::Column::UpdatedAt)
            .into_tuple()
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, at)| Some((Id::parse(&id).ok()?, from_chrono(at))))
            .collect())
    }
}
