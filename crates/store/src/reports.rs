//! The moderation queue of residents' problem reports. Reports are not directory records:
//! they do not enter the change feed, the search index or bundles.
//!
//! The queue is read a page at a time in SQL (never loaded whole: a flood of reports must not
//! take the staff pages down), and handling a report commits with its audit row. A resident's
//! contact details are deleted once the report has been handled for the retention period.

use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, JoinType, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, RelationDef, TransactionTrait,
};
use vecino_core::{EntityKind, Id, LocaleTag, ProblemKind, ProblemReport, Timestamp};

use crate::entity::{reports, services};
use crate::staff::{insert_staff_audit, to_chrono};
use crate::{AuditNote, Conflict, Error, Page, Paged, ReportOutcome, Result, Store};

/// Whose reports a person may handle.
#[derive(Debug, Clone, Copy)]
pub enum ReportScope<'a> {
    /// Every report, about listings that are gone too (an admin).
    All,
    /// Reports about the services of these organizations (an editor).
    Organizations(&'a [Id]),
}

fn corrupt(id: &str, reason: impl ToString) -> Error {
    Error::Corrupt {
        what: "report",
        id: id.to_owned(),
        reason: reason.to_string(),
    }
}

impl Store {
    /// Queues a report for moderation, after validating it.
    pub async fn add_report(&self, report: &ProblemReport) -> Result<()> {
        report.validate()?;
        let created_at = chrono::DateTime::from_timestamp(
            report.created_at.as_second(),
            report.created_at.subsec_nanosecond() as u32,
        )
        .ok_or_else(|| corrupt(&report.id.to_string(), "time out of range"))?;
        reports::ActiveModel {
            id: Set(report.id.to_string()),
            entity: Set(report.entity.as_str().to_owned()),
            record_id: Set(report.record_id.to_string()),
            kind: Set(report.kind.slug().to_owned()),
            details: Set(report.details.trim().to_owned()),
            contact: Set(report.contact.as_ref().map(|c| c.trim().to_owned())),
            locale: Set(report.locale.to_string()),
            status: Set("new".to_owned()),
            created_at: Set(created_at),
            handled_at: Set(None),
            handled_by: Set(None),
            note: Set(None),
        }
        .insert(&self.db)
        .await?;
        Ok(())
    }

    /// One page of the reports no one has handled yet within `scope`, oldest first, with how
    /// many there are in all.
    pub async fn waiting_reports(
        &self,
        scope: ReportScope<'_>,
        page: Page,
    ) -> Result<Paged<ProblemReport>> {
        let mut query = reports::Entity::find().filter(reports::Column::Status.eq("new"));
        if let ReportScope::Organizations(orgs) = scope {
            if orgs.is_empty() {
                return Ok(Paged {
                    items: Vec::new(),
                    total: 0,
                    page,
                });
            }
            let about: RelationDef = reports::Entity::belongs_to(services::Entity)
                .from(reports::Column::RecordId)
                .to(services::Column::Id)
                .into();
            query = query
                .join(JoinType::InnerJoin, about)
                .filter(services::Column::OrganizationId.is_in(orgs.iter().map(Id::to_string)));
        }
        let total = query.clone().count(&self.db).await?;
        let items = query
            .order_by_asc(reports::Column::CreatedAt)
            .order_by_asc(reports::Column::Id)
            .offset((page.page - 1).saturating_mul(page.per_page))
            .limit(page.per_page)
            .all(&self.db)
            .await?
            .into_iter()
            .map(report_from_row)
            .collect::<Result<Vec<_>>>()?;
        Ok(Paged { items, total, page })
    }

    /// Resolves or dismisses a new report with who did it, when (`audit.at`) and an optional
    /// note, and appends `audit`, in one transaction. A report already handled is a conflict.
    pub async fn handle_report_audited(
        &self,
        id: Id,
        outcome: ReportOutcome,
        note: Option<&str>,
        audit: &AuditNote,
    ) -> Result<()> {
        let txn = self.db.begin().await?;
        let result = reports::Entity::update_many()
            .col_expr(reports::Column::Status, Expr::value(outcome.as_str()))
            .col_expr(
                reports::Column::HandledAt,
                Expr::value(to_chrono(audit.at)?),
            )
            .col_expr(reports::Column::HandledBy, Expr::value(audit.actor.clone()))
            .col_expr(
                reports::Column::Note,
                Expr::value(
                    note.map(str::trim)
                        .filter(|n| !n.is_empty())
                        .map(str::to_owned),
                ),
            )
            .filter(reports::Column::Id.eq(id.to_string()))
            .filter(reports::Column::Status.eq("new"))
            .exec(&txn)
            .await?;
        if result.rows_affected != 1 {
            txn.rollback().await?;
            return match self.report(id).await? {
                Some(_) => Err(Error::Conflict(Conflict::AlreadyHandled)),
                None => Err(Error::NotFound("report")),
            };
        }
        insert_staff_audit(&txn, audit, Some(id)).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Deletes the contact details of reports handled before `handled_before`; returns how
    /// many reports lost them.
    pub async fn purge_report_contacts(&self, handled_before: Timestamp) -> Result<u64> {
        Ok(reports::Entity::update_many()
            .col_expr(
                reports::Column::Contact,
                Expr::value(Option::<String>::None),
            )
            .filter(reports::Column::Status.ne("new"))
            .filter(reports::Column::HandledAt.lt(to_chrono(handled_before)?))
            .filter(reports::Column::Contact.is_not_null())
            .exec(&self.db)
            .await?
            .rows_affected)
    }

    /// Reports no one has handled yet, oldest first. Loads them all: for tests and tools,
    /// never for a page (see [`Store::waiting_reports`]).
    pub async fn new_reports(&self) -> Result<Vec<ProblemReport>> {
        reports::Entity::find()
            .filter(reports::Column::Status.eq("new"))
            .order_by_asc(reports::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(report_from_row)
            .collect()
    }
}

/// A stored report as the core type (its handling is read separately).
pub(crate) fn report_from_row(row: reports::Model) -> Result<ProblemReport> {
    let id = row.id.clone();
    Ok(ProblemReport {
        id: Id::parse(&row.id).map_err(|e| corrupt(&id, e))?,
        entity: EntityKind::parse(&row.entity).map_err(|e| corrupt(&id, e))?,
        record_id: Id::parse(&row.record_id).map_err(|e| corrupt(&id, e))?,
        kind: ProblemKind::parse(&row.kind).map_err(|e| corrupt(&id, e))?,
        details: row.details,
        contact: row.contact,
        locale: LocaleTag::parse(&row.locale).map_err(|e| corrupt(&id, e))?,
        created_at: Timestamp::new(
            row.created_at.timestamp(),
            row.created_at.timestamp_subsec_nanos() as i32,
        )
        .map_err(|e| corrupt(&id, e))?,
    })
}
