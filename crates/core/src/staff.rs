//! Staff accounts: the people who keep the directory current. Residents never sign in.
//!
//! A [`StaffUser`] has exactly one [`Role`]: an admin may do everything, an editor edits the
//! listings of the organizations named in the role, a translator translates into the locales
//! named in the role. Values validate on construction; passwords and tokens are never part of
//! these types.

use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{Error, ErrorKind, Id, LocaleTag, Result};

/// A staff member's email address, trimmed and lower-cased: the name they sign in with.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(input: &str) -> Result<Self> {
        let email = input.trim().to_lowercase();
        let bad = || {
            Error::invalid(
                ErrorKind::NotAnEmail,
                "email",
                format!("{input:?} is not an email address"),
            )
        };
        if email.len() > Self::MAX_LEN || email.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(bad());
        }
        let (local, domain) = email.split_once('@').ok_or_else(bad)?;
        if local.is_empty()
            || domain.contains('@')
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
        {
            return Err(bad());
        }
        Ok(Email(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Email {
    type Error = Error;
    fn try_from(value: String) -> Result<Self> {
        Email::parse(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0
    }
}

/// What a staff member may do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "kebab-case")]
pub enum Role {
    /// Everything, including managing accounts and API tokens.
    Admin,
    /// Edits and verifies the listings of these organizations (at least one).
    Editor { organizations: Vec<Id> },
    /// Translates and reviews text in these locales (at least one).
    Translator { locales: Vec<LocaleTag> },
}

impl Role {
    /// Builds a role from its name and scope, refusing a scope that does not fit the role.
    pub fn new(name: &str, organizations: Vec<Id>, locales: Vec<LocaleTag>) -> Result<Role> {
        let role = match name.trim() {
            "admin" => {
                if !organizations.is_empty() || !locales.is_empty() {
                    return Err(Error::invalid(
                        ErrorKind::AdminUnscoped,
                        "role",
                        "an admin may edit everything: give no organizations or locales",
                    ));
                }
                Role::Admin
            }
            "editor" => {
                if !locales.is_empty() {
                    return Err(Error::invalid(
                        ErrorKind::EditorTakesOrganizations,
                        "locales",
                        "an editor is scoped to organizations",
                    ));
                }
                Role::Editor { organizations }
            }
            "translator" => {
                if !organizations.is_empty() {
                    return Err(Error::invalid(
                        ErrorKind::TranslatorTakesLocales,
                        "organizations",
                        "a translator is scoped to locales",
                    ));
                }
                Role::Translator { locales }
            }
            other => {
                return Err(Error::invalid(
                    ErrorKind::NotARole,
                    "role",
                    format!("{other:?} is not a role (admin, editor or translator)"),
                ));
            }
        };
        role.validate()?;
        Ok(role)
    }

    pub fn name(&self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Editor { .. } => "editor",
            Role::Translator { .. } => "translator",
        }
    }

    pub fn validate(&self) -> Result<()> {
        match self {
            Role::Admin => Ok(()),
            Role::Editor { organizations } if organizations.is_empty() => Err(Error::invalid(
                ErrorKind::NoOrganization,
                "organizations",
                "an editor needs at least one organization",
            )),
            Role::Translator { locales } if locales.is_empty() => Err(Error::invalid(
                ErrorKind::NoLocale,
                "locales",
                "a translator needs at least one locale",
            )),
            _ => Ok(()),
        }
    }
}

/// A staff account (without its password, which only the store's hash of it knows).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffUser {
    pub id: Id,
    pub email: Email,
    pub role: Role,
    pub created_at: Timestamp,
}

impl StaffUser {
    /// A new account, validated.
    pub fn new(email: Email, role: Role, created_at: Timestamp) -> Result<StaffUser> {
        let user = StaffUser {
            id: Id::new_random(),
            email,
            role,
            created_at,
        };
        user.validate()?;
        Ok(user)
    }

    pub fn validate(&self) -> Result<()> {
        self.role.validate()
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// How this person is named in public data (a translation's reviewer, a check's verifier):
    /// `staff:<account id>`, stable and never their email address.
    pub fn public_id(&self) -> String {
        format!("{}{}", Self::PUBLIC_ID_PREFIX, self.id)
    }

    /// What every [`StaffUser::public_id`] starts with.
    pub const PUBLIC_ID_PREFIX: &str = "staff:";

    /// Whether this person may change the listings of `organization` (its services included).
    pub fn may_edit_organization(&self, organization: Id) -> bool {
        match &self.role {
            Role::Admin => true,
            Role::Editor { organizations } => organizations.contains(&organization),
            Role::Translator { .. } => false,
        }
    }

    /// Whether this person may translate into `locale`.
    pub fn may_translate(&self, locale: &LocaleTag) -> bool {
        match &self.role {
            Role::Admin => true,
            Role::Translator { locales } => locales.contains(locale),
            Role::Editor { .. } => false,
        }
    }
}

/// An API token's record: which account it acts for. The secret itself is shown once when
/// created and only its hash is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiToken {
    pub id: Id,
    pub user_id: Id,
    /// What it is for, as the admin named it ("nightly 211 import").
    pub name: String,
    pub created_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
}

impl ApiToken {
    pub const MAX_NAME: usize = 100;

    pub fn validate(&self) -> Result<()> {
        let len = self.name.trim().chars().count();
        if len == 0 || len > Self::MAX_NAME {
            return Err(Error::invalid(
                ErrorKind::BadTokenName,
                "name",
                "give the token a name of 1 to 100 characters",
            ));
        }
        Ok(())
    }
}

/// One entry of the audit log: who did what to which record, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: Timestamp,
    /// The account's email at the time (kept if the account is later removed).
    pub actor: String,
    /// What was done, a stable slug: `verify-service`, `create-token`, `revoke-token`.
    pub action: String,
    /// The record acted on, if any.
    pub record_id: Option<Id>,
}

/// A value for the audit summary: a text's source, a short JSON otherwise.
fn summary_value(v: &Value) -> String {
    const MAX: usize = 80;
    let text = match v {
        Value::Object(o) if o.contains_key("source_locale") && o.contains_key("texts") => o
            .get("texts")
            .and_then(|t| t.get(o["source_locale"].as_str().unwrap_or_default()))
            .and_then(|t| t.get("text"))
            .and_then(Value::as_str)
            .map_or_else(|| v.to_string(), str::to_owned),
        Value::String(s) => s.clone(),
        Value::Null => "—".to_owned(),
        other => other.to_string(),
    };
    match text.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

/// `field: before → after` for every top-level field that changed.
pub fn change_summary<R: Serialize>(before: Option<&R>, after: Option<&R>) -> String {
    let to_map = |r: Option<&R>| match r.map(serde_json::to_value) {
        Some(Ok(Value::Object(m))) => m,
        _ => serde_json::Map::new(),
    };
    let (b, a) = (to_map(before), to_map(after));
    let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
    keys.dedup();
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for k in keys {
        if !seen.insert(k) {
            continue;
        }
        let (x, y) = (
            b.get(k).unwrap_or(&Value::Null),
            a.get(k).unwrap_or(&Value::Null),
        );
        if x != y {
            out.push(format!("{k}: {} → {}", summary_value(x), summary_value(y)));
        }
    }
    out.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_audit_summary_names_what_changed_with_before_and_after() {
        let a = serde_json::json!({"id": 1, "name": {"source_locale": "en", "texts": {"en": {"text": "Old name", "provenance": "original"}}}, "url": null});
        let b = serde_json::json!({"id": 1, "name": {"source_locale": "en", "texts": {"en": {"text": "New name", "provenance": "original"}}}, "url": "https://example.org/"});
        assert_eq!(
            change_summary(Some(&a), Some(&b)),
            "name: Old name → New name; url: — → https://example.org/"
        );
        assert_eq!(change_summary(Some(&a), Some(&a)), "");
    }

    fn check(input: &str, expect: Option<&str>) {
        assert_eq!(
            Email::parse(input).ok().as_ref().map(Email::as_str),
            expect,
            "{input:?}"
        );
    }

    #[test]
    fn emails_are_normalized_or_refused() {
        check("  Ana@Example.ORG ", Some("ana@example.org"));
        check("ana@example", None);
        check("ana example@x.org", None);
        check("@example.org", None);
        check("a@b@example.org", None);
        check("", None);
    }

    #[test]
    fn roles_need_a_scope_that_fits() {
        let org = Id::new_random();
        let es = LocaleTag::parse("es").unwrap();
        assert_eq!(Role::new("admin", vec![], vec![]).unwrap(), Role::Admin);
        assert!(Role::new("admin", vec![org], vec![]).is_err());
        assert!(Role::new("editor", vec![], vec![]).is_err());
        assert!(Role::new("editor", vec![org], vec![es.clone()]).is_err());
        assert!(Role::new("translator", vec![], vec![]).is_err());
        assert!(Role::new("owner", vec![], vec![]).is_err());
        let editor = StaffUser::new(
            Email::parse("e@example.org").unwrap(),
            Role::new("editor", vec![org], vec![]).unwrap(),
            Timestamp::UNIX_EPOCH,
        )
        .unwrap();
        assert!(editor.may_edit_organization(org));
        assert!(!editor.may_edit_organization(Id::new_random()));
        assert!(!editor.may_translate(&es));
        let translator = StaffUser::new(
            Email::parse("t@example.org").unwrap(),
            Role::new("translator", vec![], vec![es.clone()]).unwrap(),
            Timestamp::UNIX_EPOCH,
        )
        .unwrap();
        assert!(translator.may_translate(&es));
        assert!(!translator.may_translate(&LocaleTag::parse("vi").unwrap()));
        assert!(!translator.may_edit_organization(org));
    }
}
