//! Editing the directory as a staff member: organizations, services, guides and events go
//! through [`App::save`] and [`App::remove`], which check the account's scope on what is stored and on
//! what is written, refuse trust signals a record brings itself, and write through the store
//! with an audit row in the same transaction (so the change feed carries the change to search
//! and bundles). It never renders a form and never sets a trust signal: a person's check is
//! set by [`App::verify`], an accreditation by [`App::accredit`].
//!
//! Scope: an admin edits everything; an editor edits the organizations named in their role,
//! those organizations' services and events, and an organization they create becomes theirs;
//! guides and events of no organization are for admins; a translator edits none of this.

use std::future::Future;

use jiff::Timestamp;
use serde::Serialize;
use serde::de::DeserializeOwned;
use vecino_core::{
    EntityKind, Event, Guide, Id, LocalizedText, Organization, Role, Service, StaffUser, Trust,
    change_summary,
};
use vecino_store::{AuditNote, Store};

use crate::{App, Error};

/// A directory record staff edit.
pub trait Record:
    Sized + Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static
{
    const KIND: EntityKind;
    /// `organization`: in audit actions (`update-organization`).
    const NAME: &'static str;
    /// `organizations`: in addresses.
    const PATH: &'static str;
    fn id(&self) -> Id;
    fn set_id(&mut self, id: Id);
    fn slug(&self) -> &str;
    fn title(&self) -> &LocalizedText;
    /// Whether `user` may change this record as it stands.
    fn may_edit(&self, user: &StaffUser) -> bool;
    fn load(
        store: &Store,
        id: Id,
    ) -> impl Future<Output = vecino_store::Result<Option<Self>>> + Send;
    /// Writes the record with its audit row in one transaction.
    fn put(
        &self,
        store: &Store,
        note: &AuditNote,
    ) -> impl Future<Output = vecino_store::Result<Option<u64>>> + Send;
    /// Refuses a record that brings a trust signal of its own — a person's check or an
    /// accreditation other than the stored one: those are set only by the verify and
    /// accreditation actions. A record that leaves them out keeps the stored ones.
    fn check_trust_signals(&self, _stored: Option<&Self>) -> Result<(), vecino_core::Error> {
        Ok(())
    }
    /// Puts back what only imports and admins' actions set — the source's own verification
    /// date and an admin's "keep in search" — as stored (`None`: a new record has neither).
    /// A staff edit never changes them, whatever it brings.
    fn keep_stored_claims(&mut self, _stored: Option<&Self>) {}
    /// Drops what says nothing the record does not already say (a service: a place's areas
    /// that only repeat the service's), so that a record has one written form.
    fn drop_repeats(&mut self) {}
    /// Refuses a day the record says something was checked that has not come yet (`today` is
    /// the caller's, in UTC).
    fn check_days(&self, _today: jiff::civil::Date) -> Result<(), vecino_core::Error> {
        Ok(())
    }
}

/// Keeps the stored source's verification date and keep decision.
fn keep_claims(written: &mut Trust, stored: Option<&Trust>) {
    written.source_checked_on = stored.and_then(|s| s.source_checked_on);
    written.kept = stored.and_then(|s| s.kept.clone());
}

/// Refuses a check (`verified_at`, verifier) that is not the stored one.
fn check_verification(written: &Trust, stored: Option<&Trust>) -> Result<(), vecino_core::Error> {
    let brings_one = written.verified_at.is_some()
        || written.verifier.is_some()
        || written.changed_since_check.is_some();
    if brings_one && !stored.is_some_and(|s| s.same_check(written)) {
        return Err(vecino_core::Error::invalid(
            vecino_core::ErrorKind::VerifiedOnlyByCheck,
            "verified_at",
            "a check by a person is recorded only by the verify action",
        ));
    }
    Ok(())
}

/// The parts of [`Record`] every kind writes the same way: its names, its id, slug and title
/// fields, and the store's reader and audited writer for it.
macro_rules! record_basics {
    ($kind:ident, $name:literal, $path:literal, $title:ident, $load:ident, $put:ident) => {
        const KIND: EntityKind = EntityKind::$kind;
        const NAME: &'static str = $name;
        const PATH: &'static str = $path;
        fn id(&self) -> Id {
            self.id
        }
        fn set_id(&mut self, id: Id) {
            self.id = id;
        }
        fn slug(&self) -> &str {
            self.slug.as_str()
        }
        fn title(&self) -> &LocalizedText {
            &self.$title
        }
        async fn load(store: &Store, id: Id) -> vecino_store::Result<Option<Self>> {
            store.$load(id).await
        }
        async fn put(&self, store: &Store, note: &AuditNote) -> vecino_store::Result<Option<u64>> {
            store.$put(self, Some(note)).await
        }
    };
}

impl Record for Organization {
    record_basics!(
        Organization,
        "organization",
        "organizations",
        name,
        organization,
        put_organization_audited
    );
    fn may_edit(&self, user: &StaffUser) -> bool {
        user.may_edit_organization(self.id)
    }
    fn check_trust_signals(&self, stored: Option<&Self>) -> Result<(), vecino_core::Error> {
        check_verification(&self.trust, stored.map(|s| &s.trust))
    }
    fn keep_stored_claims(&mut self, stored: Option<&Self>) {
        keep_claims(&mut self.trust, stored.map(|s| &s.trust));
    }
}

impl Record for Service {
    record_basics!(
        Service,
        "service",
        "services",
        name,
        service,
        put_service_audited
    );
    fn may_edit(&self, user: &StaffUser) -> bool {
        user.may_edit_organization(self.organization_id)
    }
    fn keep_stored_claims(&mut self, stored: Option<&Self>) {
        keep_claims(&mut self.trust, stored.map(|s| &s.trust));
    }
    fn drop_repeats(&mut self) {
        self.drop_repeated_place_areas();
    }
    fn check_days(&self, today: jiff::civil::Date) -> Result<(), vecino_core::Error> {
        self.safety.check_dates(today)
    }
    fn check_trust_signals(&self, stored: Option<&Self>) -> Result<(), vecino_core::Error> {
        check_verification(&self.trust, stored.map(|s| &s.trust))?;
        let brings_one = self.accreditation.is_some() || self.accreditation_evidence.is_some();
        let same = stored.is_some_and(|s| {
            s.accreditation == self.accreditation
                && s.accreditation_evidence == self.accreditation_evidence
        });
        if brings_one && !same {
            return Err(vecino_core::Error::invalid(
                vecino_core::ErrorKind::AccreditedOnlyByAdmin,
                "accreditation",
                "an accreditation is recorded only by an admin's accreditation action",
            ));
        }
        Ok(())
    }
}

impl Record for Guide {
    record_basics!(Guide, "guide", "guides", title, guide, put_guide_audited);
    fn may_edit(&self, user: &StaffUser) -> bool {
        user.is_admin()
    }
}

impl Record for Event {
    record_basics!(Event, "event", "events", title, event, put_event_audited);
    fn may_edit(&self, user: &StaffUser) -> bool {
        match self.organization_id {
            Some(org) => user.may_edit_organization(org),
            None => user.is_admin(),
        }
    }
    fn check_trust_signals(&self, stored: Option<&Self>) -> Result<(), vecino_core::Error> {
        check_verification(&self.trust, stored.map(|s| &s.trust))
    }
    fn keep_stored_claims(&mut self, stored: Option<&Self>) {
        keep_claims(&mut self.trust, stored.map(|s| &s.trust));
    }
}

/// Today in UTC (the day a check is dated by).
pub(crate) fn today_utc() -> jiff::civil::Date {
    jiff::tz::Offset::UTC.to_datetime(Timestamp::now()).date()
}

/// How a staff member reached a write: the pages (a session) or the JSON API (a token). The
/// audit log tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Session,
    Token,
}

impl Via {
    /// The audit log's actor: the account's email, marked when an API token acted for it.
    pub fn actor(self, user: &StaffUser) -> String {
        match self {
            Via::Session => user.email.to_string(),
            Via::Token => format!("{} (API token)", user.email),
        }
    }

    /// An audit note for a write by `user` now.
    pub fn note(self, user: &StaffUser) -> AuditNote {
        AuditNote::new(self.actor(user), Timestamp::now())
    }
}

impl App {
    /// Creates or replaces `after` as `user`: checks the scope on what is stored and on what
    /// is written, refuses trust signals the record brings itself, and writes it with its
    /// audit row (`action`, or `create-<name>`/`update-<name>`) in one transaction. An
    /// editor's new organization joins their scope. Returns whether anything changed.
    pub async fn save<R: Record>(
        &self,
        user: &StaffUser,
        via: Via,
        after: &R,
        action: Option<&str>,
    ) -> Result<bool, Error> {
        let before = R::load(&self.store, after.id()).await?;
        let editor_creates_org = before.is_none()
            && R::KIND == EntityKind::Organization
            && matches!(user.role, Role::Editor { .. });
        let allowed = match &before {
            Some(b) => b.may_edit(user) && after.may_edit(user),
            None => after.may_edit(user) || editor_creates_org,
        };
        if !allowed {
            return Err(Error::Forbidden);
        }
        after
            .check_trust_signals(before.as_ref())
            .map_err(Error::Invalid)?;
        after.check_days(today_utc()).map_err(Error::Invalid)?;
        let mut after = after.clone();
        after.keep_stored_claims(before.as_ref());
        after.drop_repeats();
        let mut note = via.note(user);
        note.action = action.map(str::to_owned);
        if after.put(&self.store, &note).await?.is_none() {
            return Ok(false);
        }
        if editor_creates_org && let Role::Editor { organizations } = &user.role {
            let mut organizations = organizations.clone();
            organizations.push(after.id());
            let role = Role::Editor { organizations };
            let mut role_note = note.clone();
            role_note.action = Some("change-role".to_owned());
            role_note.summary = Some(crate::staff::role_change_summary(user, &role));
            self.store
                .set_staff_role_audited(user.id, &role, &role_note)
                .await?;
        }
        Ok(true)
    }

    /// Deletes a record as `user`, after the same scope check, with its audit row in the same
    /// transaction. Returns the record as it was.
    pub async fn remove<R: Record>(&self, user: &StaffUser, via: Via, id: Id) -> Result<R, Error> {
        let before = R::load(&self.store, id).await?.ok_or(Error::NotFound)?;
        if !before.may_edit(user) {
            return Err(Error::Forbidden);
        }
        let note = via.note(user).summary(change_summary(Some(&before), None));
        self.store.delete_audited(R::KIND, id, Some(&note)).await?;
        Ok(before)
    }

    /// The organizations `user` may put records under.
    pub async fn editable_organizations(
        &self,
        user: &StaffUser,
    ) -> Result<Vec<Organization>, Error> {
        Ok(match &user.role {
            Role::Admin => self.store.organizations().await?,
            Role::Editor { organizations } => self.store.organizations_in(organizations).await?,
            Role::Translator { .. } => Vec::new(),
        })
    }
}
