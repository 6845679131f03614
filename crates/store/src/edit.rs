//! What the editor pages need beyond the directory writes: accounts (list, change role and
//! scope, disable: the audited writes are in `staff.rs`), audit entries with a before/after
//! summary, and the problem report queue. None of this enters the change feed.

use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use vecino_core::{AuditEntry, Id, ProblemReport, StaffUser, Timestamp};

use crate::entity::{audit_log, reports, staff_users};
use crate::reports::report_from_row;
use crate::staff::{corrupt, to_chrono, to_jiff, user_from_row};
use crate::{Result, Store};

/// A staff account as the accounts page lists it.
#[derive(Debug, Clone)]
pub struct StaffAccount {
    pub user: StaffUser,
    /// When it was disabled; a disabled account cannot sign in, and its sessions and tokens
    /// no longer work.
    pub disabled_at: Option<Timestamp>,
}

/// How a report was handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportOutcome {
    /// The listing was wrong and has been (or will be) corrected.
    Resolved,
    /// Nothing to change (a mistake, spam, already fixed).
    Dismissed,
}

impl ReportOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            ReportOutcome::Resolved => "resolved",
            ReportOutcome::Dismissed => "dismissed",
        }
    }
}

impl Store {
    /// The account, unless it does not exist or is disabled.
    pub async fn active_staff_user(&self, id: Id) -> Result<Option<StaffUser>> {
        staff_users::Entity::find_by_id(id.to_string())
            .filter(staff_users::Column::DisabledAt.is_null())
            .one(&self.db)
            .await?
            .map(user_from_row)
            .transpose()
    }

    /// Every account, disabled ones included, by email.
    pub async fn staff_accounts(&self) -> Result<Vec<StaffAccount>> {
        staff_users::Entity::find()
            .order_by_asc(staff_users::Column::Email)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| {
                let disabled_at = row.disabled_at.map(to_jiff).transpose()?;
                Ok(StaffAccount {
                    user: user_from_row(row)?,
                    disabled_at,
                })
            })
            .collect()
    }

    /// Appends to the audit log with a summary of what changed (`field: before → after`).
    pub async fn audit_change(&self, entry: &AuditEntry, summary: &str) -> Result<()> {
        audit_log::ActiveModel {
            id: NotSet,
            at: Set(to_chrono(entry.at)?),
            actor: Set(entry.actor.clone()),
            action: Set(entry.action.clone()),
            record_id: Set(entry.record_id.map(|id| id.to_string())),
            summary: Set(Some(summary.to_owned()).filter(|s| !s.is_empty())),
        }
        .insert(&self.db)
        .await?;
        Ok(())
    }

    /// The latest `limit` audit entries with their summaries, newest first.
    pub async fn audit_entries(&self, limit: u64) -> Result<Vec<(AuditEntry, Option<String>)>> {
        audit_log::Entity::find()
            .order_by_desc(audit_log::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| {
                let entry = AuditEntry {
                    at: to_jiff(row.at)?,
                    actor: row.actor,
                    action: row.action,
                    record_id: row
                        .record_id
                        .as_deref()
                        .map(Id::parse)
                        .transpose()
                        .map_err(|e| corrupt("audit entry", &row.id.to_string(), e))?,
                };
                Ok((entry, row.summary))
            })
            .collect()
    }

    /// How many reports wait for someone.
    pub async fn count_new_reports(&self) -> Result<u64> {
        Ok(reports::Entity::find()
            .filter(reports::Column::Status.eq("new"))
            .count(&self.db)
            .await?)
    }

    /// One report, whatever its status.
    pub async fn report(&self, id: Id) -> Result<Option<ProblemReport>> {
        reports::Entity::find_by_id(id.to_string())
            .one(&self.db)
            .await?
            .map(report_from_row)
            .transpose()
    }
}
