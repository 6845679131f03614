//! Text in several languages, each with where it came from.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{Error, ErrorKind, LocaleTag, Result};

/// How a locale's text came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provenance {
    /// Written in this language: the source the others are translated from.
    Original,
    /// Translated by a person.
    Human,
    /// Translated by software and not yet reviewed by a person.
    Machine,
    /// Taken as is from another dataset (an HSDS import, say).
    Imported,
}

/// One locale's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    pub text: String,
    pub provenance: Provenance,
    /// [`content_hash`] of the source text this was translated from; `None` for the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_hash: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_at: Option<Date>,
}

/// The SHA-256 (hex) of a text, the fingerprint a translation keeps of its source.
pub fn content_hash(text: &str) -> String {
    hex::encode(Sha256::digest(text.trim().as_bytes()))
}

/// A text in one or more locales. One locale is the source; the others are translations of it,
/// each remembering the hash of the source text it was made from, so that a changed source
/// marks it stale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawLocalizedText", into = "RawLocalizedText")]
pub struct LocalizedText {
    source_locale: LocaleTag,
    texts: BTreeMap<LocaleTag, Translation>,
}

#[derive(Serialize, Deserialize)]
struct RawLocalizedText {
    source_locale: LocaleTag,
    texts: BTreeMap<LocaleTag, Translation>,
}

impl TryFrom<RawLocalizedText> for LocalizedText {
    type Error = Error;
    fn try_from(raw: RawLocalizedText) -> Result<Self> {
        let text = LocalizedText {
            source_locale: raw.source_locale,
            texts: raw.texts,
        };
        text.validate()?;
        Ok(text)
    }
}

impl From<LocalizedText> for RawLocalizedText {
    fn from(value: LocalizedText) -> Self {
        RawLocalizedText {
            source_locale: value.source_locale,
            texts: value.texts,
        }
    }
}

/// The text chosen for a reader, and what they should be told about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resolved<'a> {
    pub text: &'a str,
    /// The locale the text is really in.
    pub locale: &'a LocaleTag,
    /// True when it is not in the language of the reader's first choice (`es` for an `es-MX`
    /// reader is not a fallback; `en` for an `es` reader is).
    pub fell_back: bool,
    pub provenance: Provenance,
    /// True when the source changed after this translation was made.
    pub stale: bool,
}

impl LocalizedText {
    /// A text written in `locale`.
    pub fn original(locale: LocaleTag, text: impl Into<String>) -> Result<Self> {
        let text = LocalizedText {
            texts: BTreeMap::from([(
                locale.clone(),
                Translation {
                    text: text.into().trim().to_owned(),
                    provenance: Provenance::Original,
                    source_hash: None,
                    reviewer: None,
                    reviewed_at: None,
                },
            )]),
            source_locale: locale,
        };
        text.validate()?;
        Ok(text)
    }

    /// A text taken as is from another dataset (an HSDS import), in `locale`. It is the
    /// source other locales are translated from, marked `imported` rather than `original`.
    pub fn imported(locale: LocaleTag, text: impl Into<String>) -> Result<Self> {
        let mut text = LocalizedText::original(locale, text)?;
        if let Some(source) = text.texts.get_mut(&text.source_locale) {
            source.provenance = Provenance::Imported;
        }
        Ok(text)
    }

    /// Adds or replaces the translation into `locale`. The source locale cannot be replaced
    /// this way (use [`LocalizedText::set_source`]).
    pub fn set_translation(&mut self, locale: LocaleTag, translation: Translation) -> Result<()> {
        if locale == self.source_locale {
            return Err(Error::invalid(
                ErrorKind::SourceTextSetApart,
                "text",
                "the source text is set with set_source",
            ));
        }
        check_translation(&locale, &translation)?;
        self.texts.insert(locale, translation);
        Ok(())
    }

    /// Replaces the source text. Translations keep their old source hash and so become stale
    /// if the text really changed.
    pub fn set_source(&mut self, text: impl Into<String>) -> Result<()> {
        let text = text.into().trim().to_owned();
        if text.is_empty() {
            return Err(Error::invalid(
                ErrorKind::EmptyText,
                "text",
                "the source text is empty",
            ));
        }
        if let Some(source) = self.texts.get_mut(&self.source_locale) {
            source.text = text;
        }
        Ok(())
    }

    pub fn source_locale(&self) -> &LocaleTag {
        &self.source_locale
    }

    pub fn source_text(&self) -> &str {
        &self.texts[&self.source_locale].text
    }

    pub fn get(&self, locale: &str) -> Option<&Translation> {
        self.texts
            .iter()
            .find(|(tag, _)| tag.as_str() == locale)
            .map(|(_, t)| t)
    }

    pub fn locales(&self) -> impl Iterator<Item = &LocaleTag> {
        self.texts.keys()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&LocaleTag, &Translation)> {
        self.texts.iter()
    }

    /// True when the translation into `locale` was made from a source text that has since
    /// changed. The source itself, and unknown locales, are never stale.
    pub fn is_stale(&self, locale: &LocaleTag) -> bool {
        if *locale == self.source_locale {
            return false;
        }
        match self.texts.get(locale) {
            Some(t) => t.source_hash.as_deref() != Some(content_hash(self.source_text()).as_str()),
            None => false,
        }
    }

    /// Picks the text for a reader who prefers the locales of `chain`, in order (for example
    /// `["es-MX", "es", "en"]`). When none is available the source text is returned.
    pub fn resolve<S: AsRef<str>>(&self, chain: &[S]) -> Resolved<'_> {
        let (locale, translation) = chain
            .iter()
            .find_map(|want| {
                self.texts
                    .get_key_value(&LocaleTag(want.as_ref().to_owned()))
            })
            .unwrap_or_else(|| (&self.source_locale, &self.texts[&self.source_locale]));
        Resolved {
            text: &translation.text,
            locale,
            fell_back: match chain.first() {
                Some(first) => !same_language(first.as_ref(), locale.as_str()),
                None => false,
            },
            provenance: translation.provenance,
            stale: self.is_stale(locale),
        }
    }

    fn validate(&self) -> Result<()> {
        let Some(source) = self.texts.get(&self.source_locale) else {
            return Err(Error::invalid(
                ErrorKind::NoSourceText,
                "text",
                "the source locale has no text",
            ));
        };
        if source.provenance == Provenance::Machine {
            return Err(Error::invalid(
                ErrorKind::MachineSource,
                "text",
                "a source text cannot be a machine translation",
            ));
        }
        for (locale, translation) in &self.texts {
            if *locale != self.source_locale {
                check_translation(locale, translation)?;
            } else if translation.text.trim().is_empty() {
                return Err(Error::invalid(
                    ErrorKind::EmptyText,
                    "text",
                    format!("the {locale} text is empty"),
                ));
            }
        }
        Ok(())
    }
}

/// Whether two tags name the same language: same primary subtag, or a pair the registry
/// splits but readers do not (Filipino and Tagalog; Dari and Persian).
fn same_language(a: &str, b: &str) -> bool {
    let primary = |tag: &str| -> String {
        let lang = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
        match lang.as_str() {
            "fil" => "tl".to_owned(),
            "prs" => "fa".to_owned(),
            _ => lang,
        }
    };
    primary(a) == primary(b)
}

fn check_translation(locale: &LocaleTag, translation: &Translation) -> Result<()> {
    if translation.text.trim().is_empty() {
        return Err(Error::invalid(
            ErrorKind::EmptyText,
            "text",
            format!("the {locale} text is empty"),
        ));
    }
    if translation.provenance == Provenance::Original {
        return Err(Error::invalid(
            ErrorKind::NotAnOriginal,
            "text",
            format!("the {locale} text is a translation, not an original"),
        ));
    }
    if translation.reviewed_at.is_some() != translation.reviewer.is_some() {
        return Err(Error::invalid(
            ErrorKind::ReviewIncomplete,
            "text",
            format!("the {locale} review needs both a reviewer and a date"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LocaleTag {
        LocaleTag::parse(s).unwrap()
    }

    fn sample() -> LocalizedText {
        let mut text = LocalizedText::original(tag("en"), "Know your rights").unwrap();
        text.set_translation(
            tag("es"),
            Translation {
                text: "Conozca sus derechos".into(),
                provenance: Provenance::Machine,
                source_hash: Some(content_hash("Know your rights")),
                reviewer: None,
                reviewed_at: None,
            },
        )
        .unwrap();
        text
    }

    fn check(chain: &[&str], expect: (&str, &str, bool)) {
        let text = sample();
        let got = text.resolve(chain);
        assert_eq!(
            (got.text, got.locale.as_str(), got.fell_back),
            expect,
            "{chain:?}"
        );
    }

    #[test]
    fn resolves_along_the_chain_and_says_when_it_fell_back() {
        check(
            &["es-MX", "es", "en"],
            ("Conozca sus derechos", "es", false),
        );
        check(&["en-GB"], ("Know your rights", "en", false));
        check(&["fil", "tl", "en"], ("Know your rights", "en", true));
        check(&["es", "en"], ("Conozca sus derechos", "es", false));
        check(&["en"], ("Know your rights", "en", false));
        check(&["de", "en"], ("Know your rights", "en", true));
        check(&["ko"], ("Know your rights", "en", true));
    }

    #[test]
    fn a_changed_source_marks_translations_stale() {
        let mut text = sample();
        assert!(!text.is_stale(&tag("es")));
        text.set_source("Know your rights at home").unwrap();
        assert!(text.is_stale(&tag("es")));
        assert!(!text.is_stale(&tag("en")));
        assert!(text.resolve(&["es"]).stale);
    }

    #[test]
    fn refuses_empty_text_and_half_reviews() {
        assert!(LocalizedText::original(tag("en"), "  ").is_err());
        let mut text = sample();
        let bad = Translation {
            text: "x".into(),
            provenance: Provenance::Human,
            source_hash: None,
            reviewer: Some("ana".into()),
            reviewed_at: None,
        };
        assert!(text.set_translation(tag("vi"), bad).is_err());
    }

    #[test]
    fn round_trips_through_json_and_validates_on_the_way_in() {
        let text = sample();
        let json = serde_json::to_string(&text).unwrap();
        assert_eq!(serde_json::from_str::<LocalizedText>(&json).unwrap(), text);
        let missing_source =
            r#"{"source_locale":"en","texts":{"es":{"text":"x","provenance":"machine"}}}"#;
        assert!(serde_json::from_str::<LocalizedText>(missing_source).is_err());
    }
}
