//! Canonical BCP 47 language tags; never a guess at a language the input did not name.

use std::fmt;

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::{Error, ErrorKind, Result};

/// A BCP 47 language tag in canonical form (`es`, `zh-Hant`, `pt-BR`, or an ISO 639-3 code
/// such as `mam` or `yua` for languages offered by a service).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LocaleTag(pub(crate) String);

impl LocaleTag {
    pub fn parse(input: &str) -> Result<Self> {
        let trimmed = input.trim();
        if trimmed.is_empty() || trimmed.len() > 35 {
            return Err(Error::invalid(
                ErrorKind::NotALanguageTag,
                "locale",
                format!("{input:?} is not a language tag"),
            ));
        }
        let id: LanguageIdentifier = trimmed.parse().map_err(|_| {
            Error::invalid(
                ErrorKind::NotALanguageTag,
                "locale",
                format!("{input:?} is not a language tag"),
            )
        })?;
        if id.language.is_empty() {
            return Err(Error::invalid(
                ErrorKind::NotALanguageTag,
                "locale",
                format!("{input:?} names no language"),
            ));
        }
        Ok(LocaleTag(id.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The language subtag alone (`zh` for `zh-Hant`).
    pub fn language(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

impl TryFrom<String> for LocaleTag {
    type Error = Error;
    fn try_from(value: String) -> Result<Self> {
        LocaleTag::parse(&value)
    }
}

impl From<LocaleTag> for String {
    fn from(value: LocaleTag) -> Self {
        value.0
    }
}

impl fmt::Display for LocaleTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: Option<&str>) {
        assert_eq!(
            LocaleTag::parse(input).ok().as_ref().map(LocaleTag::as_str),
            expect,
            "{input:?}"
        );
    }

    #[test]
    fn tags_are_canonicalized() {
        check("es", Some("es"));
        check("ZH-hant", Some("zh-Hant"));
        check("pt-br", Some("pt-BR"));
        check("mam", Some("mam"));
        check("", None);
        check("12@@", None);
        check("und", None);
    }
}
