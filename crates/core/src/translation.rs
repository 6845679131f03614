//! The translation workflow's vocabulary: which texts of a record are translated, and where
//! one locale's translation of a text stands (missing, stale, machine, imported or human).

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::content_hash;
use crate::{
    EntityKind, Error, ErrorKind, LocaleTag, LocalizedText, Provenance, Result, Translation,
};

/// A translatable text field of a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextField {
    Name,
    Description,
    Title,
    Summary,
    /// A guide's Markdown body.
    Body,
}

impl TextField {
    pub fn as_str(self) -> &'static str {
        match self {
            TextField::Name => "name",
            TextField::Description => "description",
            TextField::Title => "title",
            TextField::Summary => "summary",
            TextField::Body => "body",
        }
    }

    pub fn parse(input: &str) -> Result<TextField> {
        match input {
            "name" => Ok(TextField::Name),
            "description" => Ok(TextField::Description),
            "title" => Ok(TextField::Title),
            "summary" => Ok(TextField::Summary),
            "body" => Ok(TextField::Body),
            other => Err(Error::invalid(
                ErrorKind::UnknownChoice,
                "field",
                format!("{other:?} is not a text field"),
            )),
        }
    }

    /// The translatable fields of a kind of record, in the order an editor shows them.
    pub fn of(kind: EntityKind) -> &'static [TextField] {
        match kind {
            EntityKind::Organization | EntityKind::Service => {
                &[TextField::Name, TextField::Description]
            }
            EntityKind::Guide => &[TextField::Title, TextField::Summary, TextField::Body],
            EntityKind::Event => &[TextField::Title, TextField::Description],
        }
    }

    /// Whether the field is Markdown (a guide's body) rather than plain text.
    pub fn is_markdown(self) -> bool {
        self == TextField::Body
    }
}

/// Where one locale's translation of a text stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextState {
    /// No text in this locale.
    Missing,
    /// Translated from a source text that has changed since (whatever its provenance).
    Stale,
    /// Machine-translated from the current source, not yet reviewed by a person.
    Machine,
    /// Taken from another dataset, not yet reviewed by a person.
    Imported,
    /// Translated or reviewed by a person from the current source.
    Human,
}

impl TextState {
    pub const ALL: [TextState; 5] = [
        TextState::Missing,
        TextState::Stale,
        TextState::Machine,
        TextState::Imported,
        TextState::Human,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TextState::Missing => "missing",
            TextState::Stale => "stale",
            TextState::Machine => "machine",
            TextState::Imported => "imported",
            TextState::Human => "human",
        }
    }

    pub fn parse(input: &str) -> Result<TextState> {
        TextState::ALL
            .into_iter()
            .find(|s| s.as_str() == input)
            .ok_or_else(|| {
                Error::invalid(
                    ErrorKind::UnknownChoice,
                    "state",
                    format!("{input:?} is not a state"),
                )
            })
    }

    /// The state of `text`'s translation into `locale`, or `None` when `locale` is the
    /// text's own source language (there is nothing to translate).
    pub fn of(text: &LocalizedText, locale: &LocaleTag) -> Option<TextState> {
        if text.source_locale() == locale {
            return None;
        }
        let Some(t) = text.get(locale.as_str()) else {
            return Some(TextState::Missing);
        };
        if text.is_stale(locale) {
            return Some(TextState::Stale);
        }
        Some(match t.provenance {
            Provenance::Machine => TextState::Machine,
            Provenance::Imported => TextState::Imported,
            Provenance::Human | Provenance::Original => TextState::Human,
        })
    }
}

/// The longest translation accepted, in characters (a guide body is a few thousand).
pub const MAX_TRANSLATION_CHARS: usize = 100_000;

/// A person's translation of the current source text of `text` into `locale`: it records
/// the hash of the source it was made from, who made it and when.
pub fn human_translation(
    text: &mut LocalizedText,
    locale: LocaleTag,
    translated: &str,
    translator: &str,
    on: Date,
) -> Result<()> {
    let translated = translated.trim();
    if translated.chars().count() > MAX_TRANSLATION_CHARS {
        return Err(Error::invalid(
            ErrorKind::TooLong,
            "text",
            "the translation is too long",
        ));
    }
    let source_hash = content_hash(text.source_text());
    text.set_translation(
        locale,
        Translation {
            text: translated.to_owned(),
            provenance: Provenance::Human,
            source_hash: Some(source_hash),
            reviewer: Some(translator.to_owned()),
            reviewed_at: Some(on),
        },
    )
}

/// A person read the existing translation into `locale` beside the current source and found
/// it right: it becomes human-reviewed, made from the current source, without retyping.
pub fn mark_reviewed(
    text: &mut LocalizedText,
    locale: &LocaleTag,
    reviewer: &str,
    on: Date,
) -> Result<()> {
    let Some(existing) = text.get(locale.as_str()).cloned() else {
        return Err(Error::invalid(
            ErrorKind::NothingToReview,
            "locale",
            format!("there is no {locale} text to review"),
        ));
    };
    if *text.source_locale() == *locale {
        return Err(Error::invalid(
            ErrorKind::SourceNotReviewed,
            "locale",
            "the source text is not reviewed",
        ));
    }
    human_translation(text, locale.clone(), &existing.text, reviewer, on)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LocaleTag {
        LocaleTag::parse(s).unwrap()
    }

    fn sample() -> LocalizedText {
        let mut text = LocalizedText::original(tag("en"), "Free legal help").unwrap();
        for (locale, provenance, from) in [
            ("es", Provenance::Machine, "Free legal help"),
            ("vi", Provenance::Human, "Free legal help"),
            ("ko", Provenance::Imported, "Free legal help"),
            ("ar", Provenance::Human, "Legal help"),
        ] {
            text.set_translation(
                tag(locale),
                Translation {
                    text: format!("{locale} text"),
                    provenance,
                    source_hash: Some(content_hash(from)),
                    reviewer: None,
                    reviewed_at: None,
                },
            )
            .unwrap();
        }
        text
    }

    fn check(locale: &str, expect: Option<TextState>) {
        assert_eq!(TextState::of(&sample(), &tag(locale)), expect, "{locale}");
    }

    #[test]
    fn each_locale_has_one_state() {
        check("en", None);
        check("es", Some(TextState::Machine));
        check("vi", Some(TextState::Human));
        check("ko", Some(TextState::Imported));
        check("ar", Some(TextState::Stale));
        check("fa", Some(TextState::Missing));
        for s in TextState::ALL {
            assert_eq!(TextState::parse(s.as_str()).unwrap(), s);
        }
        assert!(TextState::parse("fresh").is_err());
    }

    #[test]
    fn a_changed_source_makes_only_its_translations_stale_until_retranslated() {
        let mut text = sample();
        text.set_source("Free legal help for families").unwrap();
        for l in ["es", "vi", "ko", "ar"] {
            assert_eq!(TextState::of(&text, &tag(l)), Some(TextState::Stale), "{l}");
        }
        let day = Date::constant(2026, 11, 28);
        human_translation(&mut text, tag("vi"), "  Trợ giúp  ", "t@example.org", day).unwrap();
        assert_eq!(TextState::of(&text, &tag("vi")), Some(TextState::Human));
        let vi = text.get("vi").unwrap();
        assert_eq!(vi.text, "Trợ giúp");
        assert_eq!(vi.reviewer.as_deref(), Some("t@example.org"));
        assert_eq!(vi.reviewed_at, Some(day));
        assert!(human_translation(&mut text, tag("vi"), "  ", "t@example.org", day).is_err());
        assert!(human_translation(&mut text, tag("en"), "x", "t@example.org", day).is_err());
    }

    #[test]
    fn review_keeps_the_text_and_makes_it_human() {
        let mut text = sample();
        let day = Date::constant(2026, 11, 28);
        mark_reviewed(&mut text, &tag("es"), "r@example.org", day).unwrap();
        let es = text.get("es").unwrap();
        assert_eq!(
            (es.text.as_str(), es.provenance),
            ("es text", Provenance::Human)
        );
        assert_eq!(es.reviewer.as_deref(), Some("r@example.org"));
        assert!(mark_reviewed(&mut text, &tag("fa"), "r@example.org", day).is_err());
        assert!(mark_reviewed(&mut text, &tag("en"), "r@example.org", day).is_err());
    }

    #[test]
    fn fields_by_kind() {
        assert_eq!(
            TextField::of(EntityKind::Guide),
            &[TextField::Title, TextField::Summary, TextField::Body]
        );
        assert_eq!(TextField::parse("body").unwrap(), TextField::Body);
        assert!(TextField::parse("slug").is_err());
    }
}
