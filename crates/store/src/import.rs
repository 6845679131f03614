//! `vecino import`'s write path: a dataset written as one transaction with one audit row.
//!
//! An import file is untrusted. Every record goes through the same rules as any other write
//! (`write.rs`: a person's check and accreditation are carried over from what is stored, never
//! taken from the file, and a material change empties the check), unless the operator vouches
//! for the file ([`ImportPolicy::trust_file`], for a Vecino export they made). Each record's
//! origin is kept in `record_origins` (the dataset's URL, when, the hash of what was written),
//! and staff writes mark the records they edit ([`mark_edited`]); an import then refuses to
//! change a record that came from another source or that staff edited, and never writes a
//! guide or an event, unless the operator's policy names that risk; a service or event whose
//! organization is refused is refused with it. A refused record is counted and reported, never
//! a reason to fail the others.
//!
//! This module must never let a file set a check or an accreditation by itself, never write
//! outside the one transaction, and never log record contents.

use std::collections::{BTreeMap, HashMap};

use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, Statement,
    TransactionTrait,
};
use serde::Serialize;
use vecino_core::{
    ChangeOp, EntityKind, Event, Guide, Id, Organization, Service, ServiceStatus, Timestamp,
};

use crate::batch::Batch;
use crate::convert;
use crate::entity::{events, guides, organizations, record_origins};
use crate::staff::to_chrono;
use crate::write::{
    AuditNote, Validate, append_change, conflict_on_unique, event_rules, insert_audit,
    load_service, next_revision, organization_rules, service_rules, touch_services,
    write_service_rows,
};
use crate::{Error, Result, Store};

/// The actor of an import's audit row; writes by this actor do not mark a record as edited
/// by staff.
pub const IMPORT_ACTOR: &str = "vecino import";

/// What the operator allowed an import to do, each risk by its own flag.
#[derive(Debug, Clone, Default)]
pub struct ImportPolicy {
    /// The dataset's web address (`--source-url`): recorded as the origin of every record the
    /// import writes, and what "came from this source" means next time.
    pub source_url: String,
    /// `--trust-vecino-profile`: write the records' checks, accreditation and sources as the
    /// file has them (a Vecino export the operator made). Without it the write rules apply.
    pub trust_file: bool,
    /// `--overwrite-other-sources`: change records that exist and came from another source
    /// (or from no import: starter content, staff).
    pub overwrite_other_sources: bool,
    /// `--overwrite-staff-edits`: change records that staff edited (or deleted) since.
    pub overwrite_staff_edits: bool,
    /// `--with-guides-and-events`: write guides and events at all.
    pub guides_and_events: bool,
    /// Check everything, then roll back.
    pub dry_run: bool,
    /// The batch is the source's whole content (a full pull of a live feed): services this
    /// source wrote before that are not in it are marked inactive (never deleted), unless
    /// staff edited them since.
    pub complete: bool,
}

/// Why a record was not written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Refusal {
    /// It exists and came from another source, or from no import.
    OtherSource,
    /// Staff edited or deleted it.
    StaffEdited,
    /// A guide or an event, and the policy does not allow them.
    GuidesAndEvents,
    /// It would break a rule between records (a slug taken, another organization's place).
    Conflict,
    /// It is not a valid record.
    Invalid,
}

impl Refusal {
    /// A stable slug, used in the audit row's summary.
    pub fn as_str(self) -> &'static str {
        match self {
            Refusal::OtherSource => "other-source",
            Refusal::StaffEdited => "edited-by-staff",
            Refusal::GuidesAndEvents => "guide-or-event",
            Refusal::Conflict => "conflict",
            Refusal::Invalid => "invalid",
        }
    }
}

/// One record an import did not write.
#[derive(Debug, Clone)]
pub struct Refused {
    pub kind: EntityKind,
    pub id: Id,
    pub why: Refusal,
    /// What the store said (a conflict's or a validation's message), when it said something.
    pub detail: Option<String>,
}

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct ImportOutcome {
    /// Records created or changed (one revision each).
    pub written: usize,
    /// Records already stored exactly so.
    pub unchanged: usize,
    pub refused: Vec<Refused>,
    /// Services of this source missing from a complete batch, now marked inactive.
    pub deactivated: Vec<Id>,
}

impl ImportOutcome {
    /// How many records were refused for each reason, in the order of [`Refusal`].
    pub fn refused_by_reason(&self) -> Vec<(Refusal, usize)> {
        let mut counts = BTreeMap::new();
        for r in &self.refused {
            *counts.entry(r.why).or_insert(0) += 1;
        }
        counts.into_iter().collect()
    }

    /// The audit row's summary: the source and the counts.
    pub fn summary(&self, source_url: &str) -> String {
        let mut text = format!(
            "source {source_url}: {} written, {} unchanged, {} refused",
            self.written,
            self.unchanged,
            self.refused.len()
        );
        if !self.deactivated.is_empty() {
            text.push_str(&format!(", {} marked inactive", self.deactivated.len()));
        }
        let reasons = self.refused_by_reason();
        if !reasons.is_empty() {
            let parts: Vec<String> = reasons
                .iter()
                .map(|(why, n)| format!("{} {n}", why.as_str()))
                .collect();
            text.push_str(&format!(" ({})", parts.join(", ")));
        }
        text
    }
}

/// Marks a record as edited by staff inside a write's transaction, unless the write is an
/// import's: a later import then refuses to change it without `--overwrite-staff-edits`.
pub(crate) async fn mark_edited(
    txn: &DatabaseTransaction,
    kind: EntityKind,
    id: Id,
    note: &AuditNote,
) -> Result<()> {
    if note.actor == IMPORT_ACTOR {
        return Ok(());
    }
    let at = to_chrono(note.at)?;
    let key = (kind.as_str().to_owned(), id.to_string());
    match record_origins::Entity::find_by_id(key.clone())
        .one(txn)
        .await?
    {
        Some(row) => {
            let mut active: record_origins::ActiveModel = row.into();
            active.edited_by = Set(Some(note.actor.clone()));
            active.edited_at = Set(Some(at));
            active.update(txn).await?;
        }
        None => {
            record_origins::ActiveModel {
                kind: Set(key.0),
                record_id: Set(key.1),
                source_url: Set(None),
                imported_at: Set(None),
                content_hash: Set(None),
                edited_by: Set(Some(note.actor.clone())),
                edited_at: Set(Some(at)),
            }
            .insert(txn)
            .await?;
        }
    }
    Ok(())
}

/// Records that `id` now holds what this import wrote: its origin is the import's source, and
/// no staff edit is pending over it.
async fn record_origin(
    txn: &DatabaseTransaction,
    kind: EntityKind,
    id: Id,
    policy: &ImportPolicy,
    at: Timestamp,
    hash: String,
) -> Result<()> {
    let key = (kind.as_str().to_owned(), id.to_string());
    let exists = record_origins::Entity::find_by_id(key.clone())
        .one(txn)
        .await?
        .is_some();
    let row = record_origins::ActiveModel {
        kind: Set(key.0),
        record_id: Set(key.1),
        source_url: Set(Some(policy.source_url.clone())),
        imported_at: Set(Some(to_chrono(at)?)),
        content_hash: Set(Some(hash)),
        edited_by: Set(None),
        edited_at: Set(None),
    };
    if exists {
        row.update(txn).await?;
    } else {
        row.insert(txn).await?;
    }
    Ok(())
}

/// Why the policy refuses to write over what is stored, if it does.
fn refusal(
    origin: Option<&record_origins::Model>,
    exists: bool,
    policy: &ImportPolicy,
) -> Option<Refusal> {
    if origin.is_some_and(|o| o.edited_by.is_some()) && !policy.overwrite_staff_edits {
        return Some(Refusal::StaffEdited);
    }
    let ours = origin.and_then(|o| o.source_url.as_deref()) == Some(policy.source_url.as_str());
    if exists && !ours && !policy.overwrite_other_sources {
        return Some(Refusal::OtherSource);
    }
    None
}

/// A kind of record an import writes.
pub(crate) trait Importable: Clone + PartialEq + Serialize + Validate {
    const KIND: EntityKind;
    fn key(&self) -> Id;
    async fn load(txn: &DatabaseTransaction, id: Id) -> Result<Option<Self>>;
    /// The write rules over what is stored (`write.rs`).
    fn rules(&mut self, stored: Option<&Self>, at: Timestamp);
    /// Writes the record's rows at `revision` (not the change feed entry).
    async fn write(
        &self,
        txn: &DatabaseTransaction,
        revision: i64,
        exists: bool,
        at: Timestamp,
    ) -> Result<()>;
}

impl Importable for Organization {
    const KIND: EntityKind = EntityKind::Organization;
    fn key(&self) -> Id {
        self.id
    }
    async fn load(txn: &DatabaseTransaction, id: Id) -> Result<Option<Self>> {
        organizations::Entity::find_by_id(id.to_string())
            .one(txn)
            .await?
            .map(convert::organization)
            .transpose()
    }
    fn rules(&mut self, stored: Option<&Self>, at: Timestamp) {
        organization_rules(self, stored, at);
    }
    async fn write(
        &self,
        txn: &DatabaseTransaction,
        revision: i64,
        exists: bool,
        _: Timestamp,
    ) -> Result<()> {
        let row = convert::organization_row(self, revision);
        let saved = if exists {
            row.update(txn).await.map(drop)
        } else {
            row.insert(txn).await.map(drop)
        };
        saved.map_err(|e| conflict_on_unique(e, "organization"))
    }
}

impl Importable for Service {
    const KIND: EntityKind = EntityKind::Service;
    fn key(&self) -> Id {
        self.id
    }
    async fn load(txn: &DatabaseTransaction, id: Id) -> Result<Option<Self>> {
        load_service(txn, id).await
    }
    fn rules(&mut self, stored: Option<&Self>, at: Timestamp) {
        service_rules(self, stored, at);
    }
    async fn write(
        &self,
        txn: &DatabaseTransaction,
        revision: i64,
        exists: bool,
        at: Timestamp,
    ) -> Result<()> {
        let others = write_service_rows(txn, self, revision, exists).await?;
        touch_services(txn, &others, at).await
    }
}

impl Importable for Guide {
    const KIND: EntityKind = EntityKind::Guide;
    fn key(&self) -> Id {
        self.id
    }
    async fn load(txn: &DatabaseTransaction, id: Id) -> Result<Option<Self>> {
        guides::Entity::find_by_id(id.to_string())
            .one(txn)
            .await?
            .map(convert::guide)
            .transpose()
    }
    fn rules(&mut self, _: Option<&Self>, _: Timestamp) {}
    async fn write(
        &self,
        txn: &DatabaseTransaction,
        revision: i64,
        exists: bool,
        _: Timestamp,
    ) -> Result<()> {
        let row = convert::guide_row(self, revision);
        let saved = if exists {
            row.update(txn).await.map(drop)
        } else {
            row.insert(txn).await.map(drop)
        };
        saved.map_err(|e| conflict_on_unique(e, "guide"))
    }
}

impl Importable for Event {
    const KIND: EntityKind = EntityKind::Event;
    fn key(&self) -> Id {
        self.id
    }
    async fn load(txn: &DatabaseTransaction, id: Id) -> Result<Option<Self>> {
        events::Entity::find_by_id(id.to_string())
            .one(txn)
            .await?
            .map(convert::event)
            .transpose()
    }
    fn rules(&mut self, stored: Option<&Self>, at: Timestamp) {
        event_rules(self, stored, at);
    }
    async fn write(
        &self,
        txn: &DatabaseTransaction,
        revision: i64,
        exists: bool,
        _: Timestamp,
    ) -> Result<()> {
        let row = convert::event_row(self, revision);
        let saved = if exists {
            row.update(txn).await.map(drop)
        } else {
            row.insert(txn).await.map(drop)
        };
        saved.map_err(|e| conflict_on_unique(e, "event"))
    }
}

impl Validate for Service {
    fn check(&self) -> vecino_core::Result<()> {
        self.validate()
    }
}

/// The SHA-256 of a record as written.
fn record_hash<R: Serialize>(record: &R) -> String {
    vecino_core::content_hash(&serde_json::to_string(record).expect("records serialize"))
}

/// Imports one record inside `txn`: rules, compare, policy, then the write in a savepoint
/// so that a record that breaks a rule is refused alone.
/// `inherited`: why the record's organization was refused, which refuses the record too (a
/// feed cannot add listings to an organization it may not change).
async fn import_one<R: Importable>(
    txn: &DatabaseTransaction,
    record: &R,
    policy: &ImportPolicy,
    at: Timestamp,
    inherited: Option<Refusal>,
    outcome: &mut ImportOutcome,
) -> Result<bool> {
    let id = record.key();
    let refuse = |outcome: &mut ImportOutcome, why, detail| {
        outcome.refused.push(Refused {
            kind: R::KIND,
            id,
            why,
            detail,
        });
    };
    let stored = R::load(txn, id).await?;
    let mut record = record.clone();
    if !policy.trust_file {
        record.rules(stored.as_ref(), at);
    }
    if let Err(e) = record.check() {
        refuse(outcome, Refusal::Invalid, Some(e.to_string()));
        return Ok(false);
    }
    if stored.as_ref() == Some(&record) {
        outcome.unchanged += 1;
        return Ok(true);
    }
    let origin = record_origins::Entity::find_by_id((R::KIND.as_str().to_owned(), id.to_string()))
        .one(txn)
        .await?;
    if let Some(why) = refusal(origin.as_ref(), stored.is_some(), policy) {
        refuse(outcome, why, None);
        return Ok(false);
    }
    if let Some(why) = inherited {
        refuse(
            outcome,
            why,
            Some("its organization was refused".to_owned()),
        );
        return Ok(false);
    }
    let savepoint = txn.begin().await?;
    let written = async {
        let revision = next_revision(&savepoint).await?;
        record
            .write(&savepoint, revision, stored.is_some(), at)
            .await?;
        append_change(&savepoint, revision, R::KIND, id, ChangeOp::Upsert).await?;
        record_origin(&savepoint, R::KIND, id, policy, at, record_hash(&record)).await
    }
    .await;
    match written {
        Ok(()) => {
            savepoint.commit().await?;
            outcome.written += 1;
            Ok(true)
        }
        Err(Error::Conflict(why)) => {
            savepoint.rollback().await?;
            refuse(outcome, Refusal::Conflict, Some(why.to_string()));
            Ok(false)
        }
        Err(Error::Invalid(e)) => {
            savepoint.rollback().await?;
            refuse(outcome, Refusal::Invalid, Some(e.to_string()));
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

/// Marks inactive the services this source wrote before that a complete batch no longer
/// holds (each a revision through [`import_one`], so staff edits are refused, not overwritten).
async fn deactivate_missing(
    txn: &DatabaseTransaction,
    present: &[Service],
    policy: &ImportPolicy,
    at: Timestamp,
    outcome: &mut ImportOutcome,
) -> Result<()> {
    use sea_orm::{ColumnTrait, QueryFilter};
    let present: std::collections::HashSet<String> =
        present.iter().map(|s| s.id.to_string()).collect();
    let ours = record_origins::Entity::find()
        .filter(record_origins::Column::Kind.eq(EntityKind::Service.as_str()))
        .filter(record_origins::Column::SourceUrl.eq(policy.source_url.as_str()))
        .all(txn)
        .await?;
    for row in ours {
        if present.contains(&row.record_id) {
            continue;
        }
        let Ok(id) = Id::parse(&row.record_id) else {
            continue;
        };
        let Some(mut service) = load_service(txn, id).await? else {
            continue;
        };
        if service.status == ServiceStatus::Inactive {
            continue;
        }
        service.status = ServiceStatus::Inactive;
        let before = outcome.written;
        import_one(txn, &service, policy, at, None, outcome).await?;
        if outcome.written > before {
            outcome.deactivated.push(id);
        }
    }
    Ok(())
}

impl Store {
    /// When an import from `source_url` last committed: the start of that run (its audit
    /// row's time), which a live feed's next run asks `modified_after`.
    pub async fn last_import_of(&self, source_url: &str) -> Result<Option<Timestamp>> {
        use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
        let prefix = format!("source {source_url}: ");
        let rows = crate::entity::audit_log::Entity::find()
            .filter(crate::entity::audit_log::Column::Actor.eq(IMPORT_ACTOR))
            .filter(crate::entity::audit_log::Column::Action.eq("import"))
            .order_by_desc(crate::entity::audit_log::Column::At)
            .all(&self.db)
            .await?;
        let Some(row) = rows
            .into_iter()
            .find(|r| r.summary.as_deref().is_some_and(|s| s.starts_with(&prefix)))
        else {
            return Ok(None);
        };
        Ok(Some(convert::from_chrono(row.at)?))
    }

    /// Imports `batch` under `policy` in one transaction, with one audit row (`note`, action
    /// `import`, the counts as its summary) committed with the writes. Records the policy
    /// refuses are counted in the outcome and left as they are; an error from the database
    /// writes nothing. `progress(done, total)` is called after each record.
    pub async fn import(
        &self,
        batch: Batch<'_>,
        policy: &ImportPolicy,
        note: &AuditNote,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<ImportOutcome> {
        let at = note.at;
        let total = batch.len() as u64;
        let mut done = 0;
        let mut outcome = ImportOutcome::default();
        let txn = self.db.begin().await?;
        // Take feed_head's row lock first (a no-op update), as every writer does.
        txn.execute_raw(Statement::from_string(
            txn.get_database_backend(),
            "UPDATE feed_head SET revision = revision WHERE id = 1",
        ))
        .await?;
        let mut step = || {
            done += 1;
            progress(done, total);
        };
        let mut refused_orgs: HashMap<Id, Refusal> = HashMap::new();
        for org in batch.organizations {
            if !import_one(&txn, org, policy, at, None, &mut outcome).await? {
                let why = outcome.refused.last().map_or(Refusal::Conflict, |r| r.why);
                refused_orgs.insert(org.id, why);
            }
            step();
        }
        for service in batch.services {
            let inherited = refused_orgs.get(&service.organization_id).copied();
            import_one(&txn, service, policy, at, inherited, &mut outcome).await?;
            step();
        }
        if policy.complete {
            deactivate_missing(&txn, batch.services, policy, at, &mut outcome).await?;
        }
        for guide in batch.guides {
            if policy.guides_and_events {
                import_one(&txn, guide, policy, at, None, &mut outcome).await?;
            } else {
                outcome.refused.push(Refused {
                    kind: EntityKind::Guide,
                    id: guide.id,
                    why: Refusal::GuidesAndEvents,
                    detail: None,
                });
            }
            step();
        }
        for event in batch.events {
            if policy.guides_and_events {
                let inherited = event
                    .organization_id
                    .and_then(|o| refused_orgs.get(&o).copied());
                import_one(&txn, event, policy, at, inherited, &mut outcome).await?;
            } else {
                outcome.refused.push(Refused {
                    kind: EntityKind::Event,
                    id: event.id,
                    why: Refusal::GuidesAndEvents,
                    detail: None,
                });
            }
            step();
        }
        let note = AuditNote {
            action: Some("import".to_owned()),
            summary: Some(outcome.summary(&policy.source_url)),
            ..note.clone()
        };
        insert_audit(
            &txn,
            &note,
            EntityKind::Service,
            None,
            "import",
            String::new,
        )
        .await?;
        if policy.dry_run {
            txn.rollback().await?;
        } else {
            txn.commit().await?;
        }
        Ok(outcome)
    }
}
