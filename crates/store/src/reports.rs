//! The moderation queue of residents' problem reports. Reports are not directory records:
//! they do not enter the change feed, the search index or bundles.

use sea_orm::ActiveValue::Set;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use vecino_core::{EntityKind, Id, LocaleTag, ProblemKind, ProblemReport, Timestamp};

use crate::entity::reports;
use crate::{Error, Result, Store};

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

    /// Reports no one has handled yet, oldest first.
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
