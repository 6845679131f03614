//! Record identifiers and slugs, stable across exports; never a database row number.

use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Error, ErrorKind, Result};

/// A record's identifier: a UUID, as HSDS uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(Uuid);

impl Id {
    pub fn new_random() -> Self {
        Id(Uuid::new_v4())
    }

    pub fn parse(input: &str) -> Result<Self> {
        Uuid::parse_str(input.trim()).map(Id).map_err(|_| {
            Error::invalid(ErrorKind::NotAnId, "id", format!("{input:?} is not a UUID"))
        })
    }

    pub fn as_uuid(&self) -> Uuid {
        self.0
    }
}

impl From<Uuid> for Id {
    fn from(value: Uuid) -> Self {
        Id(value)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The namespace for ids derived from slugs, so that seeding twice (or on another replica)
/// yields the same ids.
const VECINO_NAMESPACE: Uuid = Uuid::from_u128(0x6a1f_3c2e_9b4d_4e8a_8f0c_5d7e_1a2b_3c4d);

/// A deterministic id for a record of `kind` with `slug`.
/// A UUID v5 of `name` in Vecino's namespace: the same on every machine.
pub(crate) fn derived_id(name: &str) -> Id {
    Id(Uuid::new_v5(&VECINO_NAMESPACE, name.as_bytes()))
}

pub fn stable_id(kind: &str, slug: &Slug) -> Id {
    Id(Uuid::new_v5(
        &VECINO_NAMESPACE,
        format!("{kind}/{slug}").as_bytes(),
    ))
}

/// A stable, readable name for a record in URLs: lowercase ASCII letters, digits and single
/// hyphens, 1–100 characters, not starting or ending with a hyphen.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    pub fn parse(input: &str) -> Result<Self> {
        let ok = !input.is_empty()
            && input.len() <= 100
            && input
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !input.starts_with('-')
            && !input.ends_with('-')
            && !input.contains("--");
        if ok {
            Ok(Slug(input.to_owned()))
        } else {
            Err(Error::invalid(
                ErrorKind::NotASlug,
                "slug",
                format!("{input:?} must be 1-100 lowercase letters, digits and single hyphens"),
            ))
        }
    }

    /// Makes a slug from free text: folds case, drops accents of Latin letters, joins words
    /// with hyphens. Text with no Latin letters or digits yields `None`.
    pub fn from_title(title: &str) -> Option<Self> {
        let mut out = String::new();
        for ch in title.chars().flat_map(fold_latin) {
            if ch.is_ascii_alphanumeric() {
                out.push(ch.to_ascii_lowercase());
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        let trimmed: String = out.trim_end_matches('-').chars().take(100).collect();
        Slug::parse(trimmed.trim_end_matches('-')).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn fold_latin(ch: char) -> impl Iterator<Item = char> {
    let folded = match ch {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        other => other,
    };
    std::iter::once(folded)
}

impl TryFrom<String> for Slug {
    type Error = Error;
    fn try_from(value: String) -> Result<Self> {
        Slug::parse(&value)
    }
}

impl From<Slug> for String {
    fn from(value: Slug) -> Self {
        value.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: Option<&str>) {
        assert_eq!(
            Slug::parse(input).ok().as_ref().map(Slug::as_str),
            expect,
            "{input:?}"
        );
    }

    #[test]
    fn slugs_are_readable_and_strict() {
        check("know-your-rights", Some("know-your-rights"));
        check("idnyc", Some("idnyc"));
        check("Know-Your-Rights", None);
        check("-daca", None);
        check("daca-", None);
        check("a--b", None);
        check("", None);
        check("ciudadanía", None);
    }

    #[test]
    fn slugs_from_titles_fold_accents() {
        let got = Slug::from_title("Talleres «Conozca sus derechos» en Half Moon Bay");
        assert_eq!(
            got.unwrap().as_str(),
            "talleres-conozca-sus-derechos-en-half-moon-bay"
        );
        assert_eq!(Slug::from_title("身份证"), None);
    }

    #[test]
    fn stable_ids_do_not_change_between_runs() {
        let slug = Slug::parse("idnyc").unwrap();
        assert_eq!(stable_id("service", &slug), stable_id("service", &slug));
        assert_ne!(
            stable_id("service", &slug),
            stable_id("organization", &slug)
        );
    }
}
