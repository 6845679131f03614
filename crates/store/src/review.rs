//! What the "due for checking" queue reads and the writes it adds: the listings still shown
//! to residents (active or temporarily closed) that may be due, without their places; an
//! admin's audited "keep in search" decision; and a person's audited check of a guide or of
//! one of its changing facts. It never decides what is due: `vecino-app` does, with the review
//! policy and the caller's today.

use std::collections::HashMap;

use jiff::civil::Date;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait,
};
use vecino_core::{
    ChangeOp, EntityKind, Guide, Id, Kept, ReviewCandidates, Service, ServiceStatus, Slug,
    change_summary,
};

use crate::convert::{self, to_naive};
use crate::entity::{guides, service_topics, services};
use crate::write::{Write, insert_audit, load_service, write_service_rows};
use crate::{AuditNote, Error, Result, Store};

impl Store {
    /// The services residents may still find (active or temporarily closed) that may be due
    /// for checking (`candidates`: never checked, last checked — here or by their source —
    /// before its day, or with a short interval of their own), with their topics but without
    /// their places, of these organizations (`None`: all). Ordered by id. The exact rule is
    /// the caller's; only candidates are read.
    pub async fn services_for_review(
        &self,
        organizations: Option<&[Id]>,
        candidates: ReviewCandidates,
    ) -> Result<Vec<Service>> {
        // A check here counts by its day in UTC (`Trust::last_checked`).
        let day = to_naive(candidates.checked_before);
        let midnight = day.and_time(chrono::NaiveTime::MIN).and_utc();
        let old_check = Condition::all()
            .add(
                Condition::any()
                    .add(services::Column::VerifiedAt.is_null())
                    .add(services::Column::VerifiedAt.lt(midnight)),
            )
            .add(
                Condition::any()
                    .add(services::Column::SourceCheckedOn.is_null())
                    .add(services::Column::SourceCheckedOn.lt(day)),
            );
        let maybe_due = Condition::any()
            .add(old_check)
            .add(services::Column::ReviewIntervalDays.lt(i32::from(candidates.own_days_below)));
        let mut query = services::Entity::find()
            .filter(services::Column::Status.is_in([
                ServiceStatus::Active.slug(),
                ServiceStatus::TemporarilyClosed.slug(),
            ]))
            .filter(maybe_due);
        if let Some(orgs) = organizations {
            if orgs.is_empty() {
                return Ok(Vec::new());
            }
            query = query
                .filter(services::Column::OrganizationId.is_in(orgs.iter().map(Id::to_string)));
        }
        let ids = query
            .clone()
            .select_only()
            .column(services::Column::Id)
            .into_query();
        let rows = query
            .order_by_asc(services::Column::Id)
            .all(&self.db)
            .await?;
        let mut topics: HashMap<String, Vec<String>> = HashMap::new();
        for t in service_topics::Entity::find()
            .filter(service_topics::Column::ServiceId.in_subquery(ids))
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

    /// Records that a person checked guide `id`'s text (`fact: None`) or one of its changing
    /// facts on `on` (see [`Guide::mark_checked`]: never the day a fact took effect). One
    /// transaction with its audit row (`check-guide`, or `check-fact` with the fact named in
    /// the summary, unless `note` names another action), through the change feed. Returns the
    /// guide as stored; unchanged (already checked that day) writes nothing.
    ///
    /// The caller checks that the account may check guides.
    pub async fn check_guide(
        &self,
        id: Id,
        fact: Option<&Slug>,
        on: Date,
        note: &AuditNote,
    ) -> Result<Guide> {
        let write = Write::begin(self).await?;
        let Some(row) = guides::Entity::find_by_id(id.to_string())
            .one(&write.txn)
            .await?
        else {
            write.abandon().await?;
            return Err(Error::NotFound("guide"));
        };
        let stored = convert::guide(row)?;
        let mut guide = stored.clone();
        if !guide.mark_checked(fact, on) {
            write.abandon().await?;
            return Err(Error::NotFound("changing fact"));
        }
        if guide == stored {
            write.abandon().await?;
            return Ok(guide);
        }
        convert::guide_row(&guide, write.revision)
            .update(&write.txn)
            .await?;
        let mut note = note.clone();
        if note.action.is_none() {
            note.action = Some(
                if fact.is_some() {
                    "check-fact"
                } else {
                    "check-guide"
                }
                .into(),
            );
        }
        insert_audit(
            &write.txn,
            &note,
            EntityKind::Guide,
            Some(id),
            "check",
            || {
                let summary = change_summary(Some(&stored), Some(&guide));
                match fact {
                    Some(f) => format!("{f}: {summary}"),
                    None => summary,
                }
            },
        )
        .await?;
        write
            .commit(EntityKind::Guide, id, ChangeOp::Upsert)
            .await?;
        Ok(guide)
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
