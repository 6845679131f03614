//! Writes. Each one is a transaction that first takes the next revision from `feed_head`
//! (holding its row lock until commit, so revisions commit in order), compares the record with
//! what is stored, writes it if it changed, and appends the change to the feed — and, for an
//! audited write, its audit row, so a change is never committed without it.
//!
//! The rules no writer may bypass live here, applied to what is stored inside the transaction:
//! a person's check (`verified_at`, verifier) is never taken from what is written — only
//! [`Store::verify_service`] sets it — and is emptied when something a resident acts on changes
//! (`vecino_core::Trust::carry_over`); a service's accreditation changes only through
//! [`Store::accredit_service`]; a place belongs to one organization, and a changed place puts
//! every other listing that shows it through the change feed. An audited write by staff marks
//! the record as edited (`import::mark_edited`), so an import does not overwrite it unasked.

use chrono::Utc;
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction,
    EntityTrait, IntoActiveModel, PrimaryKeyTrait, QueryFilter, Statement, TransactionTrait,
};
use serde::Serialize;
use vecino_core::{
    Accreditation, AccreditationEvidence, ChangeOp, EntityKind, Event, Guide, Id, Location,
    Organization, Service, Timestamp, change_summary,
};

use crate::convert::{self, op_str};
use crate::entity::{
    audit_log, changes, events, guides, locations, organizations, service_at_locations,
    service_topics, services,
};
use crate::staff::{corrupt, to_chrono};
use crate::{Conflict, Error, Result, Store, read};

/// The audit row a write commits with, in the write's own transaction.
#[derive(Debug, Clone)]
pub struct AuditNote {
    pub at: Timestamp,
    /// Who: the account's email, or the command (`vecino import`).
    pub actor: String,
    /// What, a stable slug; `None`: `create-<kind>`, `update-<kind>` or `delete-<kind>`.
    pub action: Option<String>,
    /// `None`: `field: before → after` for every field the write changed.
    pub summary: Option<String>,
}

impl AuditNote {
    pub fn new(actor: impl Into<String>, at: Timestamp) -> AuditNote {
        AuditNote {
            at,
            actor: actor.into(),
            action: None,
            summary: None,
        }
    }

    pub fn action(mut self, action: impl Into<String>) -> AuditNote {
        self.action = Some(action.into());
        self
    }

    pub fn summary(mut self, summary: impl Into<String>) -> AuditNote {
        self.summary = Some(summary.into());
        self
    }
}

/// Appends `note` to the audit log inside `txn`, about record `id` of `kind`; `verb` names the
/// default action and `summary` the default summary.
pub(crate) async fn insert_audit(
    txn: &DatabaseTransaction,
    note: &AuditNote,
    kind: EntityKind,
    id: Option<Id>,
    verb: &str,
    summary: impl FnOnce() -> String,
) -> Result<()> {
    audit_log::ActiveModel {
        id: NotSet,
        at: Set(to_chrono(note.at)?),
        actor: Set(note.actor.clone()),
        action: Set(note
            .action
            .clone()
            .unwrap_or_else(|| format!("{verb}-{}", kind.as_str()))),
        record_id: Set(id.map(|id| id.to_string())),
        summary: Set(Some(note.summary.clone().unwrap_or_else(summary))),
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// An open write: the transaction and the revision it will commit as.
pub(crate) struct Write {
    pub(crate) txn: DatabaseTransaction,
    pub(crate) revision: i64,
}

/// Takes the next revision in `txn`, which must hold (or now takes) `feed_head`'s row lock.
pub(crate) async fn next_revision(txn: &DatabaseTransaction) -> Result<i64> {
    let bump = Statement::from_string(
        txn.get_database_backend(),
        "UPDATE feed_head SET revision = revision + 1 WHERE id = 1 RETURNING revision",
    );
    let row = txn
        .query_one_raw(bump)
        .await?
        .ok_or(Error::NotFound("feed head (is the database migrated?)"))?;
    Ok(row.try_get("", "revision")?)
}

/// Appends `(revision, entity, id, op)` to the change feed inside `txn`.
pub(crate) async fn append_change(
    txn: &DatabaseTransaction,
    revision: i64,
    entity: EntityKind,
    id: Id,
    op: ChangeOp,
) -> Result<()> {
    changes::ActiveModel {
        revision: Set(revision),
        entity: Set(entity.as_str().to_owned()),
        entity_id: Set(id.to_string()),
        op: Set(op_str(op).to_owned()),
        at: Set(Utc::now()),
    }
    .insert(txn)
    .await?;
    Ok(())
}

impl Write {
    pub(crate) async fn begin(store: &Store) -> Result<Write> {
        let txn = store.db.begin().await?;
        let revision = next_revision(&txn).await?;
        Ok(Write { txn, revision })
    }

    /// Appends the change and commits. Returns the new revision.
    pub(crate) async fn commit(self, entity: EntityKind, id: Id, op: ChangeOp) -> Result<u64> {
        append_change(&self.txn, self.revision, entity, id, op).await?;
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
pub(crate) fn conflict_on_unique(err: sea_orm::DbErr, what: &'static str) -> Error {
    match err.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            Error::Conflict(Conflict::SlugTaken { what })
        }
        Some(sea_orm::SqlErr::ForeignKeyConstraintViolation(_)) => {
            Error::Conflict(Conflict::MissingReference { what })
        }
        _ => err.into(),
    }
}

/// The rules every write of an organization follows over what is stored.
pub(crate) fn organization_rules(
    org: &mut Organization,
    stored: Option<&Organization>,
    at: Timestamp,
) {
    let material = stored.is_some_and(|s| s.material_change(org));
    org.trust.carry_over(stored.map(|s| &s.trust), material, at);
}

/// The rules every write of a service follows over what is stored.
pub(crate) fn service_rules(service: &mut Service, stored: Option<&Service>, at: Timestamp) {
    service.carry_accreditation(stored);
    let material = stored.is_some_and(|s| s.material_change(service));
    service
        .trust
        .carry_over(stored.map(|s| &s.trust), material, at);
}

/// The rules every write of an event follows over what is stored.
pub(crate) fn event_rules(event: &mut Event, stored: Option<&Event>, at: Timestamp) {
    let material = stored.is_some_and(|s| s.material_change(event));
    event
        .trust
        .carry_over(stored.map(|s| &s.trust), material, at);
}

fn no_rules<R>(_: &mut R, _: Option<&R>, _: Timestamp) {}

/// Loads a service inside `txn`.
pub(crate) async fn load_service(txn: &DatabaseTransaction, id: Id) -> Result<Option<Service>> {
    Ok(read::load_services(
        txn,
        services::Entity::find_by_id(id.to_string())
            .all(txn)
            .await?,
    )
    .await?
    .pop())
}

impl Store {
    /// Creates or replaces an organization, unaudited (seeding, tests). Returns the revision
    /// of the change, or `None` when the stored record was already identical.
    pub async fn put_organization(&self, org: &Organization) -> Result<Option<u64>> {
        self.put_organization_audited(org, None).await
    }

    /// Creates or replaces an organization, with its audit row in the same transaction.
    pub async fn put_organization_audited(
        &self,
        org: &Organization,
        audit: Option<&AuditNote>,
    ) -> Result<Option<u64>> {
        self.put_row::<organizations::Entity, _, _>(
            EntityKind::Organization,
            org.id,
            org,
            convert::organization,
            convert::organization_row,
            organization_rules,
            audit,
        )
        .await
    }

    /// Creates or replaces a service with its topics and places, unaudited (seeding, tests).
    pub async fn put_service(&self, service: &Service) -> Result<Option<u64>> {
        self.put_service_audited(service, None).await
    }

    /// Creates or replaces a service with its topics and places, with its audit row in the
    /// same transaction. Its places must belong to its organization (or to no one yet): a
    /// place another organization's service names is a conflict. A place it changes puts
    /// every other service that names it through the change feed (and empties their check
    /// when its address, point, time zone or hours changed).
    pub async fn put_service_audited(
        &self,
        service: &Service,
        audit: Option<&AuditNote>,
    ) -> Result<Option<u64>> {
        let at = audit.map_or_else(Timestamp::now, |a| a.at);
        let write = Write::begin(self).await?;
        let stored = load_service(&write.txn, service.id).await?;
        let mut service = service.clone();
        service_rules(&mut service, stored.as_ref(), at);
        if let Err(e) = service.validate() {
            write.abandon().await?;
            return Err(e.into());
        }
        if stored.as_ref() == Some(&service) {
            return write.abandon().await;
        }
        let others =
            write_service_rows(&write.txn, &service, write.revision, stored.is_some()).await?;
        touch_services(&write.txn, &others, at).await?;
        if let Some(note) = audit {
            let verb = if stored.is_some() { "update" } else { "create" };
            insert_audit(
                &write.txn,
                note,
                EntityKind::Service,
                Some(service.id),
                verb,
                || change_summary(stored.as_ref(), Some(&service)),
            )
            .await?;
            crate::import::mark_edited(&write.txn, EntityKind::Service, service.id, note).await?;
        }
        write
            .commit(EntityKind::Service, service.id, ChangeOp::Upsert)
            .await
            .map(Some)
    }

    pub async fn put_guide(&self, guide: &Guide) -> Result<Option<u64>> {
        self.put_guide_audited(guide, None).await
    }

    pub async fn put_guide_audited(
        &self,
        guide: &Guide,
        audit: Option<&AuditNote>,
    ) -> Result<Option<u64>> {
        self.put_row::<guides::Entity, _, _>(
            EntityKind::Guide,
            guide.id,
            guide,
            convert::guide,
            convert::guide_row,
            no_rules,
            audit,
        )
        .await
    }

    pub async fn put_event(&self, event: &Event) -> Result<Option<u64>> {
        self.put_event_audited(event, None).await
    }

    pub async fn put_event_audited(
        &self,
        event: &Event,
        audit: Option<&AuditNote>,
    ) -> Result<Option<u64>> {
        self.put_row::<events::Entity, _, _>(
            EntityKind::Event,
            event.id,
            event,
            convert::event,
            convert::event_row,
            event_rules,
            audit,
        )
        .await
    }

    /// The write path of a record stored in one row: apply the rules over what is stored,
    /// compare, write if changed, record (and audit).
    #[allow(clippy::too_many_arguments)]
    async fn put_row<E, A, R>(
        &self,
        entity: EntityKind,
        id: Id,
        record: &R,
        from_row: fn(E::Model) -> Result<R>,
        to_row: fn(&R, i64) -> A,
        rules: fn(&mut R, Option<&R>, Timestamp),
        audit: Option<&AuditNote>,
    ) -> Result<Option<u64>>
    where
        E: EntityTrait,
        E::Model: IntoActiveModel<A>,
        A: ActiveModelTrait<Entity = E> + ActiveModelBehavior + Send,
        R: PartialEq + Clone + Serialize + Validate,
        <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<String>,
    {
        let at = audit.map_or_else(Timestamp::now, |a| a.at);
        let write = Write::begin(self).await?;
        let stored = E::find_by_id(id.to_string())
            .one(&write.txn)
            .await?
            .map(from_row)
            .transpose()?;
        let mut record = record.clone();
        rules(&mut record, stored.as_ref(), at);
        if let Err(e) = record.check() {
            write.abandon().await?;
            return Err(e.into());
        }
        if stored.as_ref() == Some(&record) {
            return write.abandon().await;
        }
        let row = to_row(&record, write.revision);
        let saved = if stored.is_some() {
            row.update(&write.txn).await.map(drop)
        } else {
            row.insert(&write.txn).await.map(drop)
        };
        saved.map_err(|e| conflict_on_unique(e, entity.as_str()))?;
        if let Some(note) = audit {
            let verb = if stored.is_some() { "update" } else { "create" };
            insert_audit(&write.txn, note, entity, Some(id), verb, || {
                change_summary(stored.as_ref(), Some(&record))
            })
            .await?;
            crate::import::mark_edited(&write.txn, entity, id, note).await?;
        }
        write.commit(entity, id, ChangeOp::Upsert).await.map(Some)
    }

    /// Deletes a record and leaves a tombstone in the feed. Returns `None` if there was nothing
    /// to delete. An organization that still has services or events is a conflict.
    pub async fn delete(&self, entity: EntityKind, id: Id) -> Result<Option<u64>> {
        self.delete_audited(entity, id, None).await
    }

    /// Deletes a record, with its audit row (`delete-<kind>`, the note's summary) in the same
    /// transaction.
    pub async fn delete_audited(
        &self,
        entity: EntityKind,
        id: Id,
        audit: Option<&AuditNote>,
    ) -> Result<Option<u64>> {
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
                    return Err(Error::Conflict(Conflict::InUse));
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
        if let Some(note) = audit {
            insert_audit(&write.txn, note, entity, Some(id), "delete", String::new).await?;
            crate::import::mark_edited(&write.txn, entity, id, note).await?;
        }
        write.commit(entity, id, ChangeOp::Delete).await.map(Some)
    }

    /// Marks a service checked by a person, `by` (`staff:<account id>`) at `note.at`: the only
    /// way a check is set. One transaction with its audit row (`verify-service`); through the
    /// change feed, so search and bundles see it. Returns the service as stored.
    ///
    /// The caller checks that the account may verify the service's organization.
    pub async fn verify_service(&self, id: Id, by: String, note: &AuditNote) -> Result<Service> {
        let write = Write::begin(self).await?;
        let Some(stored) = load_service(&write.txn, id).await? else {
            write.abandon().await?;
            return Err(Error::NotFound("service"));
        };
        let mut service = stored.clone();
        service.trust.verified(by, note.at);
        write_service_rows(&write.txn, &service, write.revision, true).await?;
        insert_audit(
            &write.txn,
            note,
            EntityKind::Service,
            Some(id),
            "verify",
            || change_summary(Some(&stored), Some(&service)),
        )
        .await?;
        write
            .commit(EntityKind::Service, id, ChangeOp::Upsert)
            .await?;
        Ok(service)
    }

    /// Records (or, with `None`, removes) a service's accreditation and what shows it: an
    /// admin's decision, the only way accreditation changes. Like any change to what a
    /// resident relies on, it empties a person's check of the listing. One transaction with
    /// its audit row (`accredit-service` / `remove-accreditation`). Returns the service as
    /// stored.
    ///
    /// The caller checks that the account is an admin.
    pub async fn accredit_service(
        &self,
        id: Id,
        accreditation: Option<(Accreditation, AccreditationEvidence)>,
        note: &AuditNote,
    ) -> Result<Service> {
        let write = Write::begin(self).await?;
        let Some(stored) = load_service(&write.txn, id).await? else {
            write.abandon().await?;
            return Err(Error::NotFound("service"));
        };
        let mut service = stored.clone();
        let verb = if accreditation.is_some() {
            "accredit"
        } else {
            "unaccredit"
        };
        (service.accreditation, service.accreditation_evidence) = accreditation.unzip();
        if service == stored {
            write.abandon().await?;
            return Ok(service);
        }
        service.trust.carry_over(Some(&stored.trust), true, note.at);
        if let Err(e) = service.validate() {
            write.abandon().await?;
            return Err(e.into());
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

/// Records whose `validate` the write path calls after applying its rules.
pub(crate) trait Validate {
    fn check(&self) -> vecino_core::Result<()>;
}

impl Validate for Organization {
    fn check(&self) -> vecino_core::Result<()> {
        self.validate()
    }
}

impl Validate for Guide {
    fn check(&self) -> vecino_core::Result<()> {
        self.validate()
    }
}

impl Validate for Event {
    fn check(&self) -> vecino_core::Result<()> {
        self.validate()
    }
}

/// Another service a write changed through a place they share: whether the change is one a
/// resident acts on (address, point, time zone).
pub(crate) type Touched = Vec<(Id, bool)>;

/// Writes a service's rows (its places, the service, its topics and places) at `revision`.
/// Returns the other services whose shared place this changed.
pub(crate) async fn write_service_rows(
    txn: &DatabaseTransaction,
    service: &Service,
    revision: i64,
    exists: bool,
) -> Result<Touched> {
    let id = service.id.to_string();
    let mut touched = Touched::new();
    let taken = service_at_locations::Entity::find()
        .filter(
            service_at_locations::Column::Id
                .is_in(service.locations.iter().map(|at| at.id.to_string())),
        )
        .filter(service_at_locations::Column::ServiceId.ne(id.clone()))
        .one(txn)
        .await?;
    if let Some(taken) = taken {
        return Err(Error::Conflict(Conflict::LocationOfAnotherService {
            id: taken.id,
        }));
    }
    for at in &service.locations {
        touched.extend(put_location(txn, &at.location, service).await?);
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
    touched.retain(|(other, _)| *other != service.id);
    touched.sort_by_key(|(other, _)| *other);
    touched.dedup_by_key(|(other, _)| *other);
    Ok(touched)
}

/// Puts the other services a write changed through a shared place through the change feed,
/// each at its own revision, emptying a person's check where the change was material.
pub(crate) async fn touch_services(
    txn: &DatabaseTransaction,
    touched: &Touched,
    at: Timestamp,
) -> Result<()> {
    for (id, material) in touched {
        let Some(row) = services::Entity::find_by_id(id.to_string())
            .one(txn)
            .await?
        else {
            continue;
        };
        let revision = next_revision(txn).await?;
        let was_checked = row.verified_at.is_some();
        let mut active: services::ActiveModel = row.into();
        if *material && was_checked {
            active.verified_at = Set(None);
            active.verifier = Set(None);
            active.changed_since_check = Set(Some(to_chrono(at)?));
        }
        active.revision = Set(revision);
        active.updated_at = Set(Utc::now());
        active.update(txn).await?;
        append_change(txn, revision, EntityKind::Service, *id, ChangeOp::Upsert).await?;
    }
    Ok(())
}

/// Writes one of `service`'s places. The place must belong to the service's organization, or
/// to no one, or be named by no other service (then it passes to this organization): an
/// editor can never change a place that another organization's listing shows. Returns the
/// other services that name the place, when this write changed it.
pub(crate) async fn put_location(
    txn: &DatabaseTransaction,
    location: &Location,
    service: &Service,
) -> Result<Touched> {
    location.validate()?;
    let owner = service.organization_id.to_string();
    let key = location.id.to_string();
    let users: Vec<String> = service_at_locations::Entity::find()
        .filter(service_at_locations::Column::LocationId.eq(&key))
        .filter(service_at_locations::Column::ServiceId.ne(service.id.to_string()))
        .all(txn)
        .await?
        .into_iter()
        .map(|at| at.service_id)
        .collect();
    let others: Vec<(String, String)> = if users.is_empty() {
        Vec::new()
    } else {
        services::Entity::find()
            .filter(services::Column::Id.is_in(users))
            .all(txn)
            .await?
            .into_iter()
            .map(|s| (s.id, s.organization_id))
            .collect()
    };
    if others.iter().any(|(_, org)| *org != owner) {
        return Err(Error::Conflict(Conflict::PlaceOfAnotherOrganization {
            slug: location.slug.to_string(),
        }));
    }
    let existing = locations::Entity::find_by_id(key).one(txn).await?;
    let row = convert::location_row(location, Some(service.organization_id));
    let Some(existing) = existing else {
        row.insert(txn)
            .await
            .map_err(|e| conflict_on_unique(e, "location"))?;
        return Ok(Touched::new());
    };
    let same_owner = existing.organization_id.as_deref() == Some(owner.as_str());
    let before = convert::location(existing)?;
    if before == *location && same_owner {
        return Ok(Touched::new());
    }
    row.update(txn)
        .await
        .map_err(|e| conflict_on_unique(e, "location"))?;
    if before == *location {
        return Ok(Touched::new());
    }
    let material = before.address != location.address
        || before.point != location.point
        || before.timezone != location.timezone;
    others
        .into_iter()
        .map(|(id, _)| {
            Ok((
                Id::parse(&id).map_err(|e| corrupt("service", &id, e))?,
                material,
            ))
        })
        .collect()
}
