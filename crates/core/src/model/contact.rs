//! Contact details every record may carry: web addresses ([`WebUrl`]), phone numbers
//! ([`Phone`]) and the email check. Must never let a value that is not a web address, a
//! dialable number or an email address be made, from any input.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::{Error, ErrorKind, LocaleTag, Result};

/// An `http` or `https` address with a host: the only kind of address the directory stores,
/// cites or links to. Checked wherever one is made — deserialization (API bodies, import files,
/// stored JSON) included — so a `javascript:` or `data:` address cannot be stored.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WebUrl(Url);

impl WebUrl {
    /// Parses a web address; `field` names the field in the error.
    pub fn parse_for(field: &'static str, input: &str) -> Result<Self> {
        parse_web_url(field, input).map(WebUrl)
    }

    pub fn parse(input: &str) -> Result<Self> {
        WebUrl::parse_for("url", input)
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    pub fn as_url(&self) -> &Url {
        &self.0
    }
}

impl std::ops::Deref for WebUrl {
    type Target = Url;
    fn deref(&self) -> &Url {
        &self.0
    }
}

impl std::fmt::Display for WebUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl TryFrom<String> for WebUrl {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        WebUrl::parse(&s)
    }
}

impl TryFrom<Url> for WebUrl {
    type Error = Error;
    fn try_from(url: Url) -> Result<Self> {
        WebUrl::parse(url.as_str())
    }
}

impl From<WebUrl> for String {
    fn from(u: WebUrl) -> String {
        u.0.into()
    }
}

impl std::str::FromStr for WebUrl {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        WebUrl::parse(s)
    }
}

pub(crate) fn parse_web_url(field: &'static str, input: &str) -> Result<Url> {
    let url = Url::parse(input.trim()).map_err(|_| {
        Error::invalid(
            ErrorKind::NotAWebAddress,
            field,
            format!("{input:?} is not a URL"),
        )
    })?;
    if !matches!(url.scheme(), "https" | "http") || url.host_str().is_none() {
        return Err(Error::invalid(
            ErrorKind::NotAWebAddress,
            field,
            format!("{input:?} is not a web address"),
        ));
    }
    Ok(url)
}

/// A phone number (HSDS `phone`). Stored as written, checked to be dialable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawPhone", into = "RawPhone")]
pub struct Phone {
    number: String,
    extension: Option<String>,
    description: Option<String>,
    kind: Option<PhoneKind>,
    languages: Vec<LocaleTag>,
}

/// What a number reaches (HSDS 3.1 `phone.type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PhoneKind {
    Voice,
    Text,
    Fax,
    Cell,
    Video,
    Pager,
    /// A TTY or other text telephone.
    Textphone,
}

impl PhoneKind {
    pub const ALL: [PhoneKind; 7] = [
        PhoneKind::Voice,
        PhoneKind::Text,
        PhoneKind::Fax,
        PhoneKind::Cell,
        PhoneKind::Video,
        PhoneKind::Pager,
        PhoneKind::Textphone,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            PhoneKind::Voice => "voice",
            PhoneKind::Text => "text",
            PhoneKind::Fax => "fax",
            PhoneKind::Cell => "cell",
            PhoneKind::Video => "video",
            PhoneKind::Pager => "pager",
            PhoneKind::Textphone => "textphone",
        }
    }

    pub fn parse(input: &str) -> Option<PhoneKind> {
        let input = input.trim().to_ascii_lowercase();
        PhoneKind::ALL.into_iter().find(|k| k.slug() == input)
    }

    /// Whether a person can call it (a fax or a pager they cannot).
    pub fn is_callable(self) -> bool {
        matches!(
            self,
            PhoneKind::Voice | PhoneKind::Cell | PhoneKind::Textphone | PhoneKind::Video
        )
    }
}

#[derive(Serialize, Deserialize)]
struct RawPhone {
    number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    extension: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    kind: Option<PhoneKind>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    languages: Vec<LocaleTag>,
}

impl TryFrom<RawPhone> for Phone {
    type Error = Error;
    fn try_from(raw: RawPhone) -> Result<Self> {
        let mut phone = Phone::parse(&raw.number)?;
        phone.extension = raw.extension.filter(|e| !e.trim().is_empty());
        phone.description = raw.description.filter(|d| !d.trim().is_empty());
        phone.kind = raw.kind;
        phone.languages = raw.languages;
        Ok(phone)
    }
}

impl From<Phone> for RawPhone {
    fn from(p: Phone) -> Self {
        RawPhone {
            number: p.number,
            extension: p.extension,
            description: p.description,
            kind: p.kind,
            languages: p.languages,
        }
    }
}

impl Phone {
    /// Accepts digits with the usual separators (`+1 (408) 555-0100`, `2-1-1`, `311`): 3 to 15
    /// digits, as E.164 allows.
    pub fn parse(input: &str) -> Result<Self> {
        let number = input.trim();
        let digits = number.chars().filter(char::is_ascii_digit).count();
        let allowed = number
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c));
        if !allowed || !(3..=15).contains(&digits) || number[1..].contains('+') {
            return Err(Error::invalid(
                ErrorKind::NotAPhone,
                "phone",
                format!("{input:?} is not a phone number"),
            ));
        }
        Ok(Phone {
            number: number.to_owned(),
            extension: None,
            description: None,
            kind: None,
            languages: Vec::new(),
        })
    }

    pub fn number(&self) -> &str {
        &self.number
    }

    pub fn extension(&self) -> Option<&str> {
        self.extension.as_deref()
    }

    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// What the number reaches; `None`: not stated (taken as a voice line).
    pub fn kind(&self) -> Option<PhoneKind> {
        self.kind
    }

    /// The languages spoken on the line.
    pub fn languages(&self) -> &[LocaleTag] {
        &self.languages
    }

    /// Whether a person can call it: not a fax or pager.
    pub fn is_callable(&self) -> bool {
        self.kind.is_none_or(PhoneKind::is_callable)
    }

    pub fn with_extension(mut self, extension: Option<String>) -> Self {
        self.extension = extension.filter(|e| !e.trim().is_empty());
        self
    }

    pub fn with_description(mut self, description: Option<String>) -> Self {
        self.description = description.filter(|d| !d.trim().is_empty());
        self
    }

    pub fn with_kind(mut self, kind: Option<PhoneKind>) -> Self {
        self.kind = kind;
        self
    }

    pub fn with_languages(mut self, languages: Vec<LocaleTag>) -> Self {
        self.languages = languages;
        self
    }
}

pub(super) fn check_email(email: Option<&str>) -> Result<()> {
    check_email_for("email", email)
}

/// Checks an email address; `field` names the field in the error.
pub(super) fn check_email_for(field: &'static str, email: Option<&str>) -> Result<()> {
    match email {
        Some(e) if !(e.contains('@') && !e.contains(char::is_whitespace) && e.len() <= 254) => {
            Err(Error::invalid(
                ErrorKind::NotAnEmail,
                field,
                format!("{e:?} is not an email address"),
            ))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_must_be_dialable() {
        for ok in ["2-1-1", "311", "+1 (408) 555-0100", "1-800-375-5283"] {
            assert!(Phone::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "call us", "12", "+1 555 +1", "1234567890123456"] {
            assert!(Phone::parse(bad).is_err(), "{bad}");
        }
    }
}
