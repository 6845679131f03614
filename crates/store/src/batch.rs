//! Many records written as one: an import is all or nothing. The whole batch is one
//! transaction that takes `feed_head`'s row lock before anything else (so it commits its
//! revisions in order with every other writer), then for each record compares it with what is
//! stored and, only if it changed, takes the next revision, writes it and appends the change
//! — the same rules as a single write. A batch that changes nothing commits nothing.
//!
//! A batch writes the records exactly as given, trust signals included: it is for data the
//! operator made (the bench's generated directory, tests). It must never be used for a file
//! from elsewhere or a request: `vecino import` goes through [`Store::import`], which applies
//! the trust rules and the import policy.

use chrono::Utc;
use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, Statement,
    TransactionTrait,
};
use vecino_core::{ChangeOp, EntityKind, Event, Guide, Id, Organization, Service};

use crate::convert::{self, op_str};
use crate::entity::{changes, events, guides, organizations, services};
use crate::write::{conflict_on_unique, write_service_rows};
use crate::{Error, Result, Store, read};

/// The records of one batch. Organizations are written first, so services may name them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Batch<'a> {
    pub organizations: &'a [Organization],
    pub services: &'a [Service],
    pub guides: &'a [Guide],
    pub events: &'a [Event],
}

impl Batch<'_> {
    pub fn len(&self) -> usize {
        self.organizations.len() + self.services.len() + self.guides.len() + self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What a batch did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BatchOutcome {
    /// Records created or changed (one revision each).
    pub written: usize,
    /// Records already stored exactly so.
    pub unchanged: usize,
    /// The revision of the last change, if anything changed.
    pub revision: Option<u64>,
}

struct Txn {
    txn: DatabaseTransaction,
    outcome: BatchOutcome,
}

impl Txn {
    async fn next_revision(&self) -> Result<i64> {
        let bump = Statement::from_string(
            self.txn.get_database_backend(),
            "UPDATE feed_head SET revision = revision + 1 WHERE id = 1 RETURNING revision",
        );
        let row = self
            .txn
            .query_one_raw(bump)
            .await?
            .ok_or(Error::NotFound("feed head (is the database migrated?)"))?;
        Ok(row.try_get("", "revision")?)
    }

    async fn changed(&mut self, entity: EntityKind, id: Id, revision: i64) -> Result<()> {
        changes::ActiveModel {
            revision: Set(revision),
            entity: Set(entity.as_str().to_owned()),
            entity_id: Set(id.to_string()),
            op: Set(op_str(ChangeOp::Upsert).to_owned()),
            at: Set(Utc::now()),
        }
        .insert(&self.txn)
        .await?;
        self.outcome.written += 1;
        self.outcome.revision = Some(revision as u64);
        Ok(())
    }
}

impl Store {
    /// Writes every record of `batch` in one transaction, or none of them. Each record that
    /// changed gets its own revision in the change feed; `progress(done, total)` is called
    /// after each record.
    pub async fn write_batch(
        &self,
        batch: Batch<'_>,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<BatchOutcome> {
        for org in batch.organizations {
            org.validate()?;
        }
        for service in batch.services {
            service.validate()?;
        }
        for guide in batch.guides {
            guide.validate()?;
        }
        for event in batch.events {
            event.validate()?;
        }
        let total = batch.len() as u64;
        let mut done = 0;
        let txn = self.db.begin().await?;
        // Take feed_head's row lock first (a no-op update), as every writer does.
        txn.execute_raw(Statement::from_string(
            txn.get_database_backend(),
            "UPDATE feed_head SET revision = revision WHERE id = 1",
        ))
        .await?;
        let mut t = Txn {
            txn,
            outcome: BatchOutcome::default(),
        };
        for org in batch.organizations {
            let existing = organizations::Entity::find_by_id(org.id.to_string())
                .one(&t.txn)
                .await?;
            let exists = existing.is_some();
            if let Some(row) = existing
                && convert::organization(row)? == *org
            {
                t.outcome.unchanged += 1;
            } else {
                let revision = t.next_revision().await?;
                let row = convert::organization_row(org, revision);
                let saved = if exists {
                    row.update(&t.txn).await.map(drop)
                } else {
                    row.insert(&t.txn).await.map(drop)
                };
                saved.map_err(|e| conflict_on_unique(e, "organization"))?;
                t.changed(EntityKind::Organization, org.id, revision)
                    .await?;
            }
            done += 1;
            progress(done, total);
        }
        for service in batch.services {
            let existing = read::load_services(
                &t.txn,
                services::Entity::find_by_id(service.id.to_string())
                    .all(&t.txn)
                    .await?,
            )
            .await?;
            if existing.first() == Some(service) {
                t.outcome.unchanged += 1;
            } else {
                let revision = t.next_revision().await?;
                write_service_rows(&t.txn, service, revision, !existing.is_empty()).await?;
                t.changed(EntityKind::Service, service.id, revision).await?;
            }
            done += 1;
            progress(done, total);
        }
        for guide in batch.guides {
            let existing = guides::Entity::find_by_id(guide.id.to_string())
                .one(&t.txn)
                .await?;
            let exists = existing.is_some();
            if let Some(row) = existing
                && convert::guide(row)? == *guide
            {
                t.outcome.unchanged += 1;
            } else {
                let revision = t.next_revision().await?;
                let row = convert::guide_row(guide, revision);
                let saved = if exists {
                    row.update(&t.txn).await.map(drop)
                } else {
                    row.insert(&t.txn).await.map(drop)
                };
                saved.map_err(|e| conflict_on_unique(e, "guide"))?;
                t.changed(EntityKind::Guide, guide.id, revision).await?;
            }
            done += 1;
            progress(done, total);
        }
        for event in batch.events {
            let existing = events::Entity::find_by_id(event.id.to_string())
                .one(&t.txn)
                .await?;
            let exists = existing.is_some();
            if let Some(row) = existing
                && convert::event(row)? == *event
            {
                t.outcome.unchanged += 1;
            } else {
                let revision = t.next_revision().await?;
                let row = convert::event_row(event, revision);
                let saved = if exists {
                    row.update(&t.txn).await.map(drop)
                } else {
                    row.insert(&t.txn).await.map(drop)
                };
                saved.map_err(|e| conflict_on_unique(e, "event"))?;
                t.changed(EntityKind::Event, event.id, revision).await?;
            }
            done += 1;
            progress(done, total);
        }
        if t.outcome.written == 0 {
            t.txn.rollback().await?;
        } else {
            t.txn.commit().await?;
        }
        Ok(t.outcome)
    }
}
