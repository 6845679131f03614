//! What the editor pages need beyond the directory writes: accounts (list, change role and
//! scope, disable), audit entries with a before/after summary, and handling the problem
//! report queue. None of this enters the change feed.

use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};
use vecino_core::{AuditEntry, Id, ProblemReport, Role, StaffUser, Timestamp};

use crate::entity::{api_tokens, audit_log, reports, staff_sessions, staff_users};
use crate::reports::report_from_row;
use crate::staff::{corrupt, to_chrono, to_jiff, user_from_row};
use crate::{Error, Result, Store};

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

/// The role's scope as the two JSON columns store it.
fn scope_columns(role: &Role) -> (String, String) {
    let (organizations, locales) = match role {
        Role::Admin => (vec![], vec![]),
        Role::Editor { organizations } => (organizations.clone(), vec![]),
        Role::Translator { locales } => (vec![], locales.clone()),
    };
    (
        serde_json::to_string(&organizations).expect("ids serialize"),
        serde_json::to_string(&locales).expect("tags serialize"),
    )
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

    /// Gives an account another role or scope. Returns the account as stored.
    pub async fn set_staff_role(&self, id: Id, role: &Role) -> Result<StaffUser> {
        role.validate()?;
        let row = staff_users::Entity::find_by_id(id.to_string())
            .one(&self.db)
            .await?
            .ok_or(Error::NotFound("staff user"))?;
        let (organizations, locales) = scope_columns(role);
        let mut active: staff_users::ActiveModel = row.into();
        active.role = Set(role.name().to_owned());
        active.organizations = Set(organizations);
        active.locales = Set(locales);
        user_from_row(active.update(&self.db).await?)
    }

    /// Disables an account at `at`, in one transaction: it can no longer sign in, its sessions
    /// are ended and its API tokens revoked. Disabling it again changes nothing.
    pub async fn disable_staff_user(&self, id: Id, at: Timestamp) -> Result<()> {
        let txn = self.db.begin().await?;
        let row = staff_users::Entity::find_by_id(id.to_string())
            .one(&txn)
            .await?
            .ok_or(Error::NotFound("staff user"))?;
        if row.disabled_at.is_some() {
            txn.rollback().await?;
            return Ok(());
        }
        let when = to_chrono(at)?;
        let mut active: staff_users::ActiveModel = row.into();
        active.disabled_at = Set(Some(when));
        active.update(&txn).await?;
        staff_sessions::Entity::delete_many()
            .filter(staff_sessions::Column::UserId.eq(id.to_string()))
            .exec(&txn)
            .await?;
        api_tokens::Entity::update_many()
            .col_expr(api_tokens::Column::RevokedAt, Expr::value(when))
            .filter(api_tokens::Column::UserId.eq(id.to_string()))
            .filter(api_tokens::Column::RevokedAt.is_null())
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(())
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

    /// Resolves or dismisses a new report, with who did it, when and an optional note.
    /// A report already handled is a conflict (two people handling it at once).
    pub async fn handle_report(
        &self,
        id: Id,
        outcome: ReportOutcome,
        by: &str,
        note: Option<&str>,
        at: Timestamp,
    ) -> Result<()> {
        let result = reports::Entity::update_many()
            .col_expr(reports::Column::Status, Expr::value(outcome.as_str()))
            .col_expr(reports::Column::HandledAt, Expr::value(to_chrono(at)?))
            .col_expr(reports::Column::HandledBy, Expr::value(by.to_owned()))
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
            .exec(&self.db)
            .await?;
        if result.rows_affected == 1 {
            return Ok(());
        }
        match self.report(id).await? {
            Some(_) => Err(Error::Conflict("the report was already handled".to_owned())),
            None => Err(Error::NotFound("report")),
        }
    }
}
