//! Writing a translation as a staff member: the account must translate into that locale (an
//! admin, or a translator of it), and the write is audited in its own transaction by the
//! store. It never decides what the text becomes: the caller's `change` does.

use vecino_core::{EntityKind, Id, LocaleTag, LocalizedText, StaffUser, TextField};
use vecino_store::{AuditNote, TextWrite};

use crate::{App, Error};

impl App {
    /// Changes `field` of record `id` in `locale` with `change`, as `user`, provided the source
    /// text still has the hash `seen_source_hash` (what the translator worked from).
    pub async fn write_translation(
        &self,
        user: &StaffUser,
        locale: &LocaleTag,
        (kind, id, field): (EntityKind, Id, TextField),
        seen_source_hash: &str,
        note: &AuditNote,
        change: impl FnOnce(&mut LocalizedText) -> vecino_core::Result<()>,
    ) -> Result<TextWrite, Error> {
        if !user.may_translate(locale) {
            return Err(Error::Forbidden);
        }
        Ok(self
            .store
            .write_translation(kind, id, field, seen_source_hash, Some(note), change)
            .await?)
    }
}
