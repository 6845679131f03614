//! What staff do besides editing records: sign in and out, sessions, API tokens, accounts and
//! roles, a person's check of a listing ([`App::verify`]) and an admin's accreditation
//! decision ([`App::accredit`]). Every write is audited in its own transaction.
//!
//! It never logs a password, a token or a client address, never keeps an email that matches
//! no account, and never lets anyone but an admin record an accreditation or change accounts.

use std::net::IpAddr;
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use vecino_core::{
    Accreditation, AccreditationEvidence, ApiToken, Date, Email, Id, Role, Service, Source,
    StaffUser,
};
use vecino_store::{AuditNote, Session};

use crate::auth::{self, random_token, token_hash};
use crate::edit::Via;
use crate::{App, Error};

/// The shortest password an account may have.
pub const MIN_PASSWORD: usize = 12;
/// How long a session lasts.
pub const SESSION_HOURS: i64 = 8;

/// The audit summary of `user`'s role becoming `role`.
pub fn role_change_summary(user: &StaffUser, role: &Role) -> String {
    format!(
        "{}: {} → {}",
        user.email,
        role_json(&user.role),
        role_json(role)
    )
}

fn role_json(role: &Role) -> String {
    serde_json::to_string(role).unwrap_or_default()
}

/// The audit row an account change commits with.
fn note(by: &StaffUser, action: &str, summary: &str) -> AuditNote {
    AuditNote::new(by.email.to_string(), Timestamp::now())
        .action(action)
        .summary(summary)
}

/// How a sign-in ended.
pub enum SignIn {
    /// Signed in: the new session's secret (for the cookie only) and the account.
    Session { token: String, user: StaffUser },
    /// Wrong email or password (audited against the account when there is one).
    Refused,
    /// Too many attempts for this account or client: try again after this long.
    TooMany(Duration),
    /// Every password-check slot stayed busy: try again in a moment. The attempt counts.
    Busy,
}

/// An admin's decision on a service's accreditation: one with the day and the source that
/// show it, or none.
pub struct Decision {
    pub accreditation: Option<(Accreditation, Date, Source)>,
}

impl App {
    /// Signs in with `email` and `password` from `client`. The attempt is reserved before the
    /// password is checked, and checks run a few at a time, so a burst of guesses meets the
    /// limit rather than one check each. A wrong email takes as long as a wrong password.
    pub async fn sign_in(
        &self,
        email: &str,
        password: &str,
        client: Option<IpAddr>,
    ) -> Result<SignIn, Error> {
        let attempt = match self.sign_ins.reserve(email, client) {
            Ok(attempt) => attempt,
            Err(wait) => return Ok(SignIn::TooMany(wait)),
        };
        let credentials = match Email::parse(email) {
            Ok(email) => self.store.staff_credentials(&email).await?,
            Err(_) => None,
        };
        let (user, hash) = match credentials {
            Some((user, hash)) => (Some(user), hash),
            None => (None, auth::dummy_hash().to_owned()),
        };
        let Some(matches) = self.password_checks.verify(hash, password.to_owned()).await else {
            // The attempt still counts: it is given back only by a right password, so a
            // burst cannot retry its way past the limit.
            attempt.failed();
            return Ok(SignIn::Busy);
        };
        let now = Timestamp::now();
        let user = match user {
            Some(user) if matches => user,
            known => {
                attempt.failed();
                // A typed email that matches no account is not kept: it may be a password
                // typed in the wrong box.
                if let Some(user) = known {
                    let note = AuditNote::new(user.email.to_string(), now).action("sign-in-failed");
                    self.store.audit_event(&note, Some(user.id)).await?;
                }
                return Ok(SignIn::Refused);
            }
        };
        attempt.succeeded();
        let token = random_token();
        // Sweep sessions that have run out, so the table holds only live ones.
        self.store.delete_expired_sessions(now).await?;
        let note = AuditNote::new(user.email.to_string(), now).action("sign-in");
        self.store
            .create_session_audited(
                &token_hash(&token),
                user.id,
                &random_token(),
                now + SignedDuration::from_hours(SESSION_HOURS),
                &note,
            )
            .await?;
        tracing::info!("staff sign-in");
        Ok(SignIn::Session { token, user })
    }

    /// The live session a cookie's secret names, if any.
    pub async fn session(&self, token: &str) -> Result<Option<Session>, Error> {
        Ok(self
            .store
            .session(&token_hash(token), Timestamp::now())
            .await?)
    }

    /// Ends the session `token` names, audited against its account.
    pub async fn sign_out(&self, session: &Session, token: &str) -> Result<(), Error> {
        let note =
            AuditNote::new(session.user.email.to_string(), Timestamp::now()).action("sign-out");
        self.store
            .delete_session_audited(&token_hash(token), session.user.id, &note)
            .await?;
        Ok(())
    }

    /// The account an API token acts for; [`Error::Unauthorized`] for an unknown or revoked one.
    pub async fn token_user(&self, token: &str) -> Result<StaffUser, Error> {
        self.store
            .api_token_user(&token_hash(token))
            .await?
            .ok_or(Error::Unauthorized)
    }

    /// A new API token named `name` for `admin`'s own account. Returns the secret, shown once:
    /// only its hash is kept.
    pub async fn create_token(&self, admin: &StaffUser, name: &str) -> Result<String, Error> {
        if !admin.is_admin() {
            return Err(Error::Forbidden);
        }
        let secret = format!("vecino_{}", random_token());
        let now = Timestamp::now();
        let token = ApiToken {
            id: Id::new_random(),
            user_id: admin.id,
            name: name.trim().to_owned(),
            created_at: now,
            revoked_at: None,
        };
        token.validate().map_err(Error::Invalid)?;
        let note = AuditNote::new(admin.email.to_string(), now)
            .action("create-token")
            .summary(token.name.clone());
        self.store
            .add_api_token_audited(&token, &token_hash(&secret), &note)
            .await?;
        Ok(secret)
    }

    /// Revokes token `id`.
    pub async fn revoke_token(&self, admin: &StaffUser, id: Id) -> Result<(), Error> {
        if !admin.is_admin() {
            return Err(Error::Forbidden);
        }
        let note = AuditNote::new(admin.email.to_string(), Timestamp::now()).action("revoke-token");
        Ok(self.store.revoke_api_token_audited(id, &note).await?)
    }

    /// Adds an account with `password` (at least [`MIN_PASSWORD`] characters), as `admin`.
    /// The password is hashed on the blocking pool.
    pub async fn add_account(
        &self,
        admin: &StaffUser,
        user: &StaffUser,
        password: String,
    ) -> Result<(), Error> {
        if !admin.is_admin() {
            return Err(Error::Forbidden);
        }
        if password.chars().count() < MIN_PASSWORD {
            return Err(Error::Invalid(vecino_core::Error::invalid(
                vecino_core::ErrorKind::TooShort,
                "password",
                format!("at least {MIN_PASSWORD} characters"),
            )));
        }
        let hash = tokio::task::spawn_blocking(move || auth::hash_password(&password))
            .await
            .map_err(|_| Error::Busy)?
            .map_err(|_| Error::Busy)?;
        let summary = format!("{}: {}", user.email, role_json(&user.role));
        self.store
            .add_staff_user_audited(user, &hash, &note(admin, "add-user", &summary))
            .await?;
        Ok(())
    }

    /// Another account, for `admin` to change: nobody changes or disables their own account
    /// ([`Error::Forbidden`]).
    pub async fn other_account(&self, admin: &StaffUser, id: Id) -> Result<StaffUser, Error> {
        if !admin.is_admin() || id == admin.id {
            return Err(Error::Forbidden);
        }
        self.store.staff_user(id).await?.ok_or(Error::NotFound)
    }

    /// Gives account `id` a new role or scope.
    pub async fn change_role(&self, admin: &StaffUser, id: Id, role: &Role) -> Result<(), Error> {
        let before = self.other_account(admin, id).await?;
        let summary = role_change_summary(&before, role);
        self.store
            .set_staff_role_audited(id, role, &note(admin, "change-role", &summary))
            .await?;
        Ok(())
    }

    /// Disables account `id`: its sessions and tokens stop working.
    pub async fn disable_account(&self, admin: &StaffUser, id: Id) -> Result<(), Error> {
        let user = self.other_account(admin, id).await?;
        self.store
            .disable_staff_user_audited(id, &note(admin, "disable-user", user.email.as_str()))
            .await?;
        Ok(())
    }

    /// Records that a person checked service `id` now, if `user` may edit its organization.
    pub async fn verify(&self, user: &StaffUser, via: Via, id: Id) -> Result<Service, Error> {
        let service = self.store.service(id).await?.ok_or(Error::NotFound)?;
        if !user.may_edit_organization(service.organization_id) {
            return Err(Error::Forbidden);
        }
        Ok(self
            .store
            .verify_service(
                id,
                format!("staff:{}", user.id),
                &via.note(user).action("verify-service"),
            )
            .await?)
    }

    /// Records `decision` for service `id` as `user`, who must be an admin. The day the
    /// source showed it cannot be in the future.
    pub async fn accredit(
        &self,
        user: &StaffUser,
        via: Via,
        id: Id,
        decision: Decision,
    ) -> Result<Service, Error> {
        if !user.is_admin() {
            return Err(Error::Forbidden);
        }
        let today = Timestamp::now()
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .date();
        let accreditation = match decision.accreditation {
            Some((_, as_of, _)) if as_of > today => {
                return Err(Error::Invalid(vecino_core::Error::invalid(
                    vecino_core::ErrorKind::InTheFuture,
                    "as_of",
                    "the day the source was checked cannot be in the future",
                )));
            }
            Some((kind, as_of, source)) => Some((
                kind,
                AccreditationEvidence {
                    as_of,
                    source,
                    decided_by: format!("staff:{}", user.id),
                },
            )),
            None => None,
        };
        Ok(self
            .store
            .accredit_service(id, accreditation, &via.note(user))
            .await?)
    }
}
