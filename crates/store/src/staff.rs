//! Staff accounts, sign-in sessions, API tokens and the audit log. None of these are directory
//! records: they never enter the change feed. Secrets arrive here already hashed (the caller
//! hashes passwords with argon2 and tokens with SHA-256); this module never sees a password or a
//! token in the clear, and never logs what it stores. Sign-in, sign-out, new accounts and tokens
//! commit with their audit row; the audit names accounts, never a client address.

use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};
use vecino_core::{ApiToken, AuditEntry, Email, Id, LocaleTag, Role, StaffUser, Timestamp};

use crate::entity::{api_tokens, audit_log, staff_sessions, staff_users};
use crate::{AuditNote, Conflict, Error, Result, Store};

/// Appends `note` about staff record `id` on `db` (a transaction, when it goes with a write).
/// `note.action` names the event; without one it is `staff`.
pub(crate) async fn insert_staff_audit(
    db: &impl ConnectionTrait,
    note: &AuditNote,
    id: Option<Id>,
) -> Result<()> {
    audit_log::ActiveModel {
        id: NotSet,
        at: Set(to_chrono(note.at)?),
        actor: Set(note.actor.clone()),
        action: Set(note.action.clone().unwrap_or_else(|| "staff".to_owned())),
        record_id: Set(id.map(|id| id.to_string())),
        summary: Set(note.summary.clone()),
    }
    .insert(db)
    .await?;
    Ok(())
}

pub(crate) fn corrupt(what: &'static str, id: &str, reason: impl ToString) -> Error {
    Error::Corrupt {
        what,
        id: id.to_owned(),
        reason: reason.to_string(),
    }
}

pub(crate) fn to_chrono(at: Timestamp) -> Result<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::from_timestamp(at.as_second(), at.subsec_nanosecond() as u32).ok_or_else(
        || {
            Error::Invalid(vecino_core::Error::invalid(
                vecino_core::ErrorKind::TimeOutOfRange,
                "at",
                "time out of range",
            ))
        },
    )
}

pub(crate) fn to_jiff(at: chrono::DateTime<chrono::Utc>) -> Result<Timestamp> {
    Timestamp::new(at.timestamp(), at.timestamp_subsec_nanos() as i32)
        .map_err(|e| corrupt("time", &at.to_string(), e))
}

pub(crate) fn user_from_row(row: staff_users::Model) -> Result<StaffUser> {
    let id = row.id.clone();
    let bad = |e: &dyn std::fmt::Display| corrupt("staff user", &id, e);
    let organizations: Vec<Id> = serde_json::from_str(&row.organizations).map_err(|e| bad(&e))?;
    let locales: Vec<LocaleTag> = serde_json::from_str(&row.locales).map_err(|e| bad(&e))?;
    let user = StaffUser {
        id: Id::parse(&row.id).map_err(|e| bad(&e))?,
        email: Email::parse(&row.email).map_err(|e| bad(&e))?,
        role: Role::new(&row.role, organizations, locales).map_err(|e| bad(&e))?,
        created_at: to_jiff(row.created_at)?,
    };
    Ok(user)
}

fn token_from_row(row: api_tokens::Model) -> Result<ApiToken> {
    let bad = |e: &dyn std::fmt::Display| corrupt("api token", &row.id, e);
    Ok(ApiToken {
        id: Id::parse(&row.id).map_err(|e| bad(&e))?,
        user_id: Id::parse(&row.user_id).map_err(|e| bad(&e))?,
        name: row.name.clone(),
        created_at: to_jiff(row.created_at)?,
        revoked_at: row.revoked_at.map(to_jiff).transpose()?,
    })
}

/// A signed-in session: whose it is and the token its forms must carry.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: StaffUser,
    pub csrf: String,
    pub expires_at: Timestamp,
}

impl Store {
    /// Creates a staff account. `password_hash` is an argon2 PHC string. An email already in
    /// use is a conflict.
    pub async fn add_staff_user(&self, user: &StaffUser, password_hash: &str) -> Result<()> {
        insert_staff_user(&self.db, user, password_hash).await
    }

    /// The account signing in as `email`, with its password hash to check.
    pub async fn staff_credentials(&self, email: &Email) -> Result<Option<(StaffUser, String)>> {
        let Some(row) = staff_users::Entity::find()
            .filter(staff_users::Column::Email.eq(email.as_str()))
            .filter(staff_users::Column::DisabledAt.is_null())
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let hash = row.password_hash.clone();
        Ok(Some((user_from_row(row)?, hash)))
    }

    pub async fn staff_user(&self, id: Id) -> Result<Option<StaffUser>> {
        staff_users::Entity::find_by_id(id.to_string())
            .one(&self.db)
            .await?
            .map(user_from_row)
            .transpose()
    }

    /// Every staff account, by email.
    pub async fn staff_users(&self) -> Result<Vec<StaffUser>> {
        staff_users::Entity::find()
            .order_by_asc(staff_users::Column::Email)
            .all(&self.db)
            .await?
            .into_iter()
            .map(user_from_row)
            .collect()
    }

    /// Starts a session. `token_hash` is the SHA-256 (hex) of the cookie's random token.
    pub async fn create_session(
        &self,
        token_hash: &str,
        user: Id,
        csrf: &str,
        now: Timestamp,
        expires_at: Timestamp,
    ) -> Result<()> {
        staff_sessions::ActiveModel {
            token_hash: Set(token_hash.to_owned()),
            user_id: Set(user.to_string()),
            csrf: Set(csrf.to_owned()),
            created_at: Set(to_chrono(now)?),
            expires_at: Set(to_chrono(expires_at)?),
        }
        .insert(&self.db)
        .await?;
        Ok(())
    }

    /// The session with this token hash, if it has not expired at `now`.
    pub async fn session(&self, token_hash: &str, now: Timestamp) -> Result<Option<Session>> {
        let Some(row) = staff_sessions::Entity::find_by_id(token_hash.to_owned())
            .filter(staff_sessions::Column::ExpiresAt.gt(to_chrono(now)?))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let user_id = Id::parse(&row.user_id).map_err(|e| corrupt("session", "?", e))?;
        let Some(user) = self.active_staff_user(user_id).await? else {
            return Ok(None);
        };
        Ok(Some(Session {
            user,
            csrf: row.csrf,
            expires_at: to_jiff(row.expires_at)?,
        }))
    }

    /// Ends a session (sign out). Ending one that does not exist is not an error.
    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        staff_sessions::Entity::delete_by_id(token_hash.to_owned())
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Removes sessions that expired before `now`; returns how many.
    pub async fn delete_expired_sessions(&self, now: Timestamp) -> Result<u64> {
        Ok(staff_sessions::Entity::delete_many()
            .filter(staff_sessions::Column::ExpiresAt.lte(to_chrono(now)?))
            .exec(&self.db)
            .await?
            .rows_affected)
    }

    /// Stores a new API token's record and the SHA-256 (hex) of its secret.
    pub async fn add_api_token(&self, token: &ApiToken, token_hash: &str) -> Result<()> {
        token.validate()?;
        insert_api_token(&self.db, token, token_hash).await
    }

    /// The account a presented token acts for, if the token exists and is not revoked.
    pub async fn api_token_user(&self, token_hash: &str) -> Result<Option<StaffUser>> {
        let Some(row) = api_tokens::Entity::find()
            .filter(api_tokens::Column::TokenHash.eq(token_hash))
            .filter(api_tokens::Column::RevokedAt.is_null())
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let user_id = Id::parse(&row.user_id).map_err(|e| corrupt("api token", &row.id, e))?;
        self.active_staff_user(user_id).await
    }

    /// Every API token (revoked ones included), newest first.
    pub async fn api_tokens(&self) -> Result<Vec<ApiToken>> {
        api_tokens::Entity::find()
            .order_by_desc(api_tokens::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(token_from_row)
            .collect()
    }

    /// Revokes a token from `at` on. A token already revoked keeps its first revocation time.
    pub async fn revoke_api_token(&self, id: Id, at: Timestamp) -> Result<()> {
        let row = api_tokens::Entity::find_by_id(id.to_string())
            .one(&self.db)
            .await?
            .ok_or(Error::NotFound("api token"))?;
        if row.revoked_at.is_some() {
            return Ok(());
        }
        let mut active: api_tokens::ActiveModel = row.into();
        active.revoked_at = Set(Some(to_chrono(at)?));
        active.update(&self.db).await?;
        Ok(())
    }

    /// Creates a staff account and audits it (`note`), in one transaction.
    pub async fn add_staff_user_audited(
        &self,
        user: &StaffUser,
        password_hash: &str,
        note: &AuditNote,
    ) -> Result<()> {
        let txn = self.db.begin().await?;
        insert_staff_user(&txn, user, password_hash).await?;
        insert_staff_audit(&txn, note, Some(user.id)).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Starts a session (a sign-in) and audits it (`note`), in one transaction.
    pub async fn create_session_audited(
        &self,
        token_hash: &str,
        user: Id,
        csrf: &str,
        expires_at: Timestamp,
        note: &AuditNote,
    ) -> Result<()> {
        let txn = self.db.begin().await?;
        staff_sessions::ActiveModel {
            token_hash: Set(token_hash.to_owned()),
            user_id: Set(user.to_string()),
            csrf: Set(csrf.to_owned()),
            created_at: Set(to_chrono(note.at)?),
            expires_at: Set(to_chrono(expires_at)?),
        }
        .insert(&txn)
        .await?;
        insert_staff_audit(&txn, note, Some(user)).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Ends a session (a sign-out) and audits it (`note`) if there was one, in one transaction.
    pub async fn delete_session_audited(
        &self,
        token_hash: &str,
        user: Id,
        note: &AuditNote,
    ) -> Result<()> {
        let txn = self.db.begin().await?;
        let gone = staff_sessions::Entity::delete_by_id(token_hash.to_owned())
            .exec(&txn)
            .await?
            .rows_affected;
        if gone > 0 {
            insert_staff_audit(&txn, note, Some(user)).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Stores a new API token and audits it (`note`), in one transaction.
    pub async fn add_api_token_audited(
        &self,
        token: &ApiToken,
        token_hash: &str,
        note: &AuditNote,
    ) -> Result<()> {
        token.validate()?;
        let txn = self.db.begin().await?;
        insert_api_token(&txn, token, token_hash).await?;
        insert_staff_audit(&txn, note, Some(token.id)).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Revokes a token from `note.at` on and audits it, in one transaction. A token already
    /// revoked keeps its first revocation time, and nothing is audited again.
    pub async fn revoke_api_token_audited(&self, id: Id, note: &AuditNote) -> Result<()> {
        let txn = self.db.begin().await?;
        let row = api_tokens::Entity::find_by_id(id.to_string())
            .one(&txn)
            .await?
            .ok_or(Error::NotFound("api token"))?;
        if row.revoked_at.is_none() {
            let mut active: api_tokens::ActiveModel = row.into();
            active.revoked_at = Set(Some(to_chrono(note.at)?));
            active.update(&txn).await?;
            insert_staff_audit(&txn, note, Some(id)).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Gives an account another role or scope and audits it (`note`), in one transaction.
    pub async fn set_staff_role_audited(
        &self,
        id: Id,
        role: &Role,
        note: &AuditNote,
    ) -> Result<StaffUser> {
        role.validate()?;
        let txn = self.db.begin().await?;
        let row = staff_users::Entity::find_by_id(id.to_string())
            .one(&txn)
            .await?
            .ok_or(Error::NotFound("staff user"))?;
        let (organizations, locales) = scope_columns(role);
        let mut active: staff_users::ActiveModel = row.into();
        active.role = Set(role.name().to_owned());
        active.organizations = Set(organizations);
        active.locales = Set(locales);
        let user = user_from_row(active.update(&txn).await?)?;
        insert_staff_audit(&txn, note, Some(id)).await?;
        txn.commit().await?;
        Ok(user)
    }

    /// Disables an account at `note.at` and audits it, in one transaction: it can no longer
    /// sign in, its sessions are ended and its API tokens revoked. Disabling it again changes
    /// nothing and audits nothing.
    pub async fn disable_staff_user_audited(&self, id: Id, note: &AuditNote) -> Result<()> {
        let txn = self.db.begin().await?;
        let row = staff_users::Entity::find_by_id(id.to_string())
            .one(&txn)
            .await?
            .ok_or(Error::NotFound("staff user"))?;
        if row.disabled_at.is_some() {
            txn.rollback().await?;
            return Ok(());
        }
        let when = to_chrono(note.at)?;
        let mut active: staff_users::ActiveModel = row.into();
        active.disabled_at = Set(Some(when));
        active.update(&txn).await?;
        staff_sessions::Entity::delete_many()
            .filter(staff_sessions::Column::UserId.eq(id.to_string()))
            .exec(&txn)
            .await?;
        api_tokens::Entity::update_many()
            .col_expr(
                api_tokens::Column::RevokedAt,
                sea_orm::sea_query::Expr::value(when),
            )
            .filter(api_tokens::Column::UserId.eq(id.to_string()))
            .filter(api_tokens::Column::RevokedAt.is_null())
            .exec(&txn)
            .await?;
        insert_staff_audit(&txn, note, Some(id)).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Appends an audit row that goes with no write (a failed sign-in).
    pub async fn audit_event(&self, note: &AuditNote, id: Option<Id>) -> Result<()> {
        insert_staff_audit(&self.db, note, id).await
    }

    /// The latest `limit` audit entries, newest first.
    pub async fn audit_log(&self, limit: u64) -> Result<Vec<AuditEntry>> {
        audit_log::Entity::find()
            .order_by_desc(audit_log::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| {
                Ok(AuditEntry {
                    at: to_jiff(row.at)?,
                    actor: row.actor,
                    action: row.action,
                    record_id: row
                        .record_id
                        .as_deref()
                        .map(Id::parse)
                        .transpose()
                        .map_err(|e| corrupt("audit entry", &row.id.to_string(), e))?,
                })
            })
            .collect()
    }
}

async fn insert_staff_user(
    db: &impl ConnectionTrait,
    user: &StaffUser,
    password_hash: &str,
) -> Result<()> {
    user.validate()?;
    let (organizations, locales) = scope_columns(&user.role);
    staff_users::ActiveModel {
        id: Set(user.id.to_string()),
        email: Set(user.email.as_str().to_owned()),
        role: Set(user.role.name().to_owned()),
        organizations: Set(organizations),
        locales: Set(locales),
        password_hash: Set(password_hash.to_owned()),
        created_at: Set(to_chrono(user.created_at)?),
        disabled_at: Set(None),
    }
    .insert(db)
    .await
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            Error::Conflict(Conflict::EmailTaken)
        }
        _ => e.into(),
    })?;
    Ok(())
}

async fn insert_api_token(
    db: &impl ConnectionTrait,
    token: &ApiToken,
    token_hash: &str,
) -> Result<()> {
    api_tokens::ActiveModel {
        id: Set(token.id.to_string()),
        user_id: Set(token.user_id.to_string()),
        token_hash: Set(token_hash.to_owned()),
        name: Set(token.name.trim().to_owned()),
        created_at: Set(to_chrono(token.created_at)?),
        revoked_at: Set(token.revoked_at.map(to_chrono).transpose()?),
    }
    .insert(db)
    .await?;
    Ok(())
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
