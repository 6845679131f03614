//! What the "due for checking" queue reads and the one write it adds: the listings still shown
//! to residents (active or temporarily closed), without their places, and an admin's audited
//! "keep in search" decision. It never decides what is due: `vecino-app` does, with the review
//! policy and the caller's today.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use vecino_core::{ChangeOp, EntityKind, Id, Kept, Service, ServiceStatus, change_summary};

use crate::convert;
use crate::entity::{service_topics, services};
use crate::write::{Write, insert_audit, load_service, write_service_rows};
use crate::{AuditNote, Error, Result, Store};

impl Store {
    /// The services residents may still find (active or temporarily closed), with their
    /// topics but without their places, of these organizations (`None`: all). Ordered by id.
    pub async fn services_for_review(&self, organizations: Option<&[Id]>) -> Result<Vec<Service>> {
        let mut query = services::Entity::find()
            .filter(services::Column::Status.is_in([
                ServiceStatus::Active.slug(),
                ServiceStatus::TemporarilyClosed.slug(),
            ]))
            .order_by_asc(services::Column::Id);
        if let Some(orgs) = organizations {
            if orgs.is_empty() {
                return Ok(Vec::new());
            }
            query = query
                .filter(services::Column::OrganizationId.is_in(orgs.iter().map(Id::to_string)));
        }
        let rows = query.all(&self.db).await?;
        let mut topics: HashMap<String, Vec<String>> = HashMap::new();
        for t in service_topics::Entity::find()
            .order_by_asc(service_topics::Column::Position)
            .all(&self.db)
            .await?
        {
            topics.entry(t.service_id).or_default().push(t.topic);
        }
        rows.into_iter()
            .map(|row| {
                let topics = topics.remove(&row.id).unwrap_or_default();
                convert::service(row, topics, Vec::new())
            })
            .collect()
    }

    /// Records (or, with `None`, removes) an admin's decision to keep service `id` in search
    /// although it is past twice its review interval. Nothing else about the service changes
    /// (its check stays as it is). One transaction with its audit row (`keep-service`,
    /// `unkeep-service` unless `note` names another action), through the change feed. Returns the
    /// service as stored.
    ///
    /// The caller checks that the account is an admin.
    pub async fn keep_service(
        &self,
        id: Id,
        kept: Option<Kept>,
        note: &AuditNote,
    ) -> Result<Service> {
        let write = Write::begin(self).await?;
        let Some(stored) = load_service(&write.txn, id).await? else {
            write.abandon().await?;
            return Err(Error::NotFound("service"));
        };
        let mut service = stored.clone();
        let verb = if kept.is_some() { "keep" } else { "unkeep" };
        service.trust.kept = kept;
        if service == stored {
            write.abandon().await?;
            return Ok(service);
        }
        write_service_rows(&write.txn, &service, write.revision, true).await?;
        insert_audit(
            &write.txn,
            note,
            EntityKind::Service,
            Some(id),
            verb,
            || change_summary(Some(&stored), Some(&service)),
        )
        .await?;
        write
            .commit(EntityKind::Service, id, ChangeOp::Upsert)
            .await?;
        Ok(service)
    }
}
