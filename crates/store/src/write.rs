//! Writes. Each one is a transaction that first takes the next revision from `feed_head`
//! (holding its row lock until commit, so revisions commit in order), compares the record with
//! what is stored, writes it if it changed, and appends the change to the feed.

use chrono::Utc;
use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction,
    EntityTrait, IntoActiveModel, PrimaryKeyTrait, QueryFilter, Statement, TransactionTrait,
};
use vecino_core::{ChangeOp, EntityKind, Event, Guide, Id, Location, Organization, Service};

use crate::convert::{self, op_str};
use crate::entity::{
    changes, events, guides, locations, organizations, service_at_locations, service_topics,
    services,
};
use crate::{Error, Result, Store, read};

/// An open write: the transaction and the revision it will commit as.
pub(crate) struct Write {
    pub(crate) txn: DatabaseTransaction,
    pub(crate) revision: i64,
}

impl Write {
    pub(crate) async fn begin(store: &Store) -> Result<Write> {
        let txn = store.db.begin().await?;
        let backend = txn.get_database_backend();
        let bump = Statement::from_string(
            backend,
            "UPDATE feed_head SET revision = revision + 1 WHERE id = 1 RETURNING revision",
        );
        let row = txn
            .query_one_raw(bump)
            .await?
            .ok_or(Error::NotFound("feed head (is the database migrated?)"))?;
        let revision: i64 = row.try_get("", "revision")?;
        Ok(Write { txn, revision })
    }

    /// Appends the change and commits. Returns the new revision.
    pub(crate) async fn commit(self, entity: EntityKind, id: Id, op: ChangeOp) -> Result<u64> {
        changes::ActiveModel {
            revision: Set(self.revision),
            entity: Set(entity.as_str().to_owned()),
            entity_id: Set(id.to_string()),
            op: Set(op_str(op).to_owned()),
            at: Set(Utc::now()),
        }
        .insert(&self.txn)
        .await?;
        self.txn.commit().await?;
        Ok(self.revision as u64)
    }

    /// Nothing changed: give the revision back.
    pub(crate) async fn abandon(self) -> Result<Option<u64>> {
        self.txn.rollback().await?;
        Ok(None)
    }
}

/// Turns a unique-constraint violation into a conflict the caller can report.
pub(crate) fn conflict_on_unique(err: sea_orm::DbErr, what: &str) -> Error {
    match err.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            Error::Conflict(format!("another {what} already uses that slug"))
        }
        Some(sea_orm::SqlErr::ForeignKeyConstraintViolation(_)) => {
            Error::Conflict(format!("the {what} refers to a record that does not exist"))
        }
        _ => Error::Db(err),
    }
}

impl Store {
    /// Creates or replaces an organization. Returns the revision of the change, or `None` when
    /// the stored record was already identical.
    pub async fn put_organization(&self, org: &Organization) -> Result<Option<u64>> {
        org.validate()?;
        self.put_row::<organizations::Entity, _, _>(
            EntityKind::Organization,
            org.id,
            org,
            convert::organization,
            convert::organization_row,
        )
        .await
    }

    /// Creates or replaces a service with its topics and places. Places are shared between
    /// services by id: a place is written with the service that names it.
    pub async fn put_service(&self, service: &Service) -> Result<Option<u64>> {
        service.validate()?;
        let write = Write::begin(self).await?;
        let existing = read::load_services(
            &write.txn,
            services::Entity::find_by_id(service.id.to_string())
                .all(&write.txn)
                .await?,
        )
        .await?;
        if existing.first() == Some(service) {
            return write.abandon().await;
        }
        write_service_rows(&write.txn, service, write.revision, !existing.is_empty()).await?;
        write
            .commit(EntityKind::Service, service.id, ChangeOp::Upsert)
            .await
            .map(Some)
    }

    pub async fn put_guide(&self, guide: &Guide) -> Result<Option<u64>> {
        guide.validate()?;
        self.put_row::<guides::Entity, _, _>(
            EntityKind::Guide,
            guide.id,
            guide,
            convert::guide,
            convert::guide_row,
        )
        .await
    }

    pub async fn put_event(&self, event: &Event) -> Result<Option<u64>> {
        event.validate()?;
        self.put_row::<events::Entity, _, _>(
            EntityKind::Event,
            event.id,
            event,
            convert::event,
            convert::event_row,
        )
        .await
    }

    /// The write path of a record stored in one row: compare, write if changed, record.
    async fn put_row<E, A, R>(
        &self,
        entity: EntityKind,
        id: Id,
        record: &R,
        from_row: fn(E::Model) -> Result<R>,
        to_row: fn(&R, i64) -> A,
    ) -> Result<Option<u64>>
    where
        E: EntityTrait,
        E::Model: IntoActiveModel<A>,
        A: ActiveModelTrait<Entity = E> + ActiveModelBehavior + Send,
        R: PartialEq,
        <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<String>,
    {
        let write = Write::begin(self).await?;
        let existing = E::find_by_id(id.to_string()).one(&write.txn).await?;
        let exists = existing.is_some();
        if let Some(row) = existing
            && from_row(row)? == *record
        {
            return write.abandon().await;
        }
        let row = to_row(record, write.revision);
        let saved = if exists {
            row.update(&write.txn).await.map(drop)
        } else {
            row.insert(&write.txn).await.map(drop)
        };
        saved.map_err(|e| conflict_on_unique(e, entity.as_str()))?;
        write.commit(entity, id, ChangeOp::Upsert).await.map(Some)
    }

    /// Deletes a record and leaves a tombstone in the feed. Returns `None` if there was nothing
    /// to delete. An organization that still has services or events is a conflict.
    pub async fn delete(&self, entity: EntityKind, id: Id) -> Result<Option<u64>> {
        let write = Write::begin(self).await?;
        let key = id.to_string();
        let deleted = match entity {
            EntityKind::Organization => {
                let in_use = services::Entity::find()
                    .filter(services::Column::OrganizationId.eq(&key))
                    .one(&write.txn)
                    .await?
                    .is_some()
                    || events::Entity::find()
                        .filter(events::Column::OrganizationId.eq(&key))
                        .one(&write.txn)
                        .await?
                        .is_some();
                if in_use {
                    write.txn.rollback().await?;
                    return Err(Error::Conflict(
                        "the organization still has services or events".into(),
                    ));
                }
                organizations::Entity::delete_by_id(key)
                    .exec(&write.txn)
                    .await?
                    .rows_affected
            }
            EntityKind::Service => {
                service_topics::Entity::delete_many()
                    .filter(service_topics::Column::ServiceId.eq(&key))
                    .exec(&write.txn)
                    .await?;
                service_at_locations::Entity::delete_many()
                    .filter(service_at_locations::Column::ServiceId.eq(&key))
                    .exec(&write.txn)
                    .await?;
                services::Entity::delete_by_id(key)
                    .exec(&write.txn)
                    .await?
                    .rows_affected
            }
            EntityKind::Guide => {
                guides::Entity::delete_by_id(key)
                    .exec(&write.txn)
                    .await?
                    .rows_affected
            }
            EntityKind::Event => {
                events::Entity::delete_by_id(key)
                    .exec(&write.txn)
                    .await?
                    .rows_affected
            }
        };
        if deleted == 0 {
            return write.abandon().await;
        }
        write.commit(entity, id, ChangeOp::Delete).await.map(Some)
    }
}

/// Writes a service's rows (its places, the service, its topics and places) at `revision`.
pub(crate) async fn write_service_rows(
    txn: &DatabaseTransaction,
    service: &Service,
    revision: i64,
    exists: bool,
) -> Result<()> {
    let id = service.id.to_string();
    for at in &service.locations {
        put_location(txn, &at.location).await?;
    }
    let row = convert::service_row(service, revision);
    let saved = if !exists {
        row.insert(txn).await.map(drop)
    } else {
        row.update(txn).await.map(drop)
    };
    saved.map_err(|e| conflict_on_unique(e, "service"))?;

    service_topics::Entity::delete_many()
        .filter(service_topics::Column::ServiceId.eq(&id))
        .exec(txn)
        .await?;
    for (position, topic) in service.topics.iter().enumerate() {
        service_topics::ActiveModel {
            service_id: Set(id.clone()),
            topic: Set(topic.slug().to_owned()),
            position: Set(position as i16),
        }
        .insert(txn)
        .await?;
    }
    service_at_locations::Entity::delete_many()
        .filter(service_at_locations::Column::ServiceId.eq(&id))
        .exec(txn)
        .await?;
    for (position, at) in service.locations.iter().enumerate() {
        convert::service_at_location_row(service.id, position, at)
            .insert(txn)
            .await
            .map_err(|e| conflict_on_unique(e, "service location"))?;
    }
    Ok(())
}

pub(crate) async fn put_location(txn: &DatabaseTransaction, location: &Location) -> Result<()> {
    location.validate()?;
    let existing = locations::Entity::find_by_id(location.id.to_string())
        .one(txn)
        .await?;
    match existing {
        Some(row) if convert::location(row.clone())? == *location => Ok(()),
        Some(_) => convert::location_row(location).update(txn).await.map(drop),
        None => convert::location_row(location).insert(txn).await.map(drop),
    }
    .map_err(|e| conflict_on_unique(e, "location"))
}
