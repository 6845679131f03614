//! The translation workflow's vocabulary: which texts of a record are translated, and where
//! one locale's translation of a text stands (missing, stale, machine, imported or human).

use std::borrow::Cow;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::content_hash;
use crate::{
    EntityKind, Error, ErrorKind, LocaleTag, LocalizedText, Provenance, Result, SafetyFacts,
    Service, ServiceDetails, Translation,
};

/// A translatable text field of a record.
///
/// A service's required documents are a list: `Document(i)` is the document at index `i` of
/// `ServiceDetails::documents` (its key is `document-<i + 1>`). The index only *addresses* a
/// document; its translations live inside the document itself (`RequiredDocument::document`
/// is a `LocalizedText`), so they follow it wherever a later edit moves it. HSDS gives a
/// document no id we keep, and a content hash would change with the very source change that
/// must make a translation stale. An index cannot send a translation to the wrong document
/// either: every write is checked against the hash of the source text the translator saw, so
/// if the documents were reordered or removed meanwhile, the write is refused as "source
/// changed" (unless the document now there has the very same text, which is the same work).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextField {
    Name,
    Description,
    Title,
    Summary,
    /// A guide's Markdown body.
    Body,
    /// A service's notice shown first (HSDS `alert`).
    Alert,
    /// Who may use a service (HSDS `eligibility_description`).
    Eligibility,
    /// What a service costs, in words (HSDS `fees_description`).
    Fees,
    /// A service's required document at this index (HSDS `required_document`).
    Document(u16),
    /// How to apply (HSDS `application_process`).
    ApplicationProcess,
    /// What the public-charge source says (a service's safety facts).
    PublicChargeNote,
}

/// The fields with a fixed key, for `parse`.
const NAMED: [TextField; 10] = [
    TextField::Name,
    TextField::Description,
    TextField::Title,
    TextField::Summary,
    TextField::Body,
    TextField::Alert,
    TextField::Eligibility,
    TextField::Fees,
    TextField::ApplicationProcess,
    TextField::PublicChargeNote,
];

const DOCUMENT_PREFIX: &str = "document-";

impl TextField {
    /// The field's key in addresses and audit rows: `eligibility`, `document-2`…
    pub fn as_str(self) -> Cow<'static, str> {
        Cow::Borrowed(match self {
            TextField::Name => "name",
            TextField::Description => "description",
            TextField::Title => "title",
            TextField::Summary => "summary",
            TextField::Body => "body",
            TextField::Alert => "alert",
            TextField::Eligibility => "eligibility",
            TextField::Fees => "fees",
            TextField::ApplicationProcess => "application-process",
            TextField::PublicChargeNote => "public-charge-note",
            TextField::Document(i) => {
                return Cow::Owned(format!("{DOCUMENT_PREFIX}{}", u32::from(i) + 1));
            }
        })
    }

    pub fn parse(input: &str) -> Result<TextField> {
        let unknown = || {
            Error::invalid(
                ErrorKind::UnknownChoice,
                "field",
                format!("{input:?} is not a text field"),
            )
        };
        if let Some(number) = input.strip_prefix(DOCUMENT_PREFIX) {
            // `document-1` is the first; no sign, no leading zero, so each has one key.
            if number.starts_with(['+', '0']) {
                return Err(unknown());
            }
            return match number.parse::<u32>() {
                Ok(n @ 1..=65_536) => Ok(TextField::Document((n - 1) as u16)),
                _ => Err(unknown()),
            };
        }
        NAMED
            .into_iter()
            .find(|f| f.as_str() == input)
            .ok_or_else(unknown)
    }

    /// The translatable fields of a kind of record with a fixed key, in the order an editor
    /// shows them. A service's documents (`Document(i)`, one per document it has) come
    /// between `Fees` and `ApplicationProcess`; [`TextField::belongs_to`] accepts them.
    pub fn of(kind: EntityKind) -> &'static [TextField] {
        match kind {
            EntityKind::Organization => &[TextField::Name, TextField::Description],
            EntityKind::Service => &[
                TextField::Name,
                TextField::Description,
                TextField::Alert,
                TextField::Eligibility,
                TextField::Fees,
                TextField::ApplicationProcess,
                TextField::PublicChargeNote,
            ],
            EntityKind::Guide => &[TextField::Title, TextField::Summary, TextField::Body],
            EntityKind::Event => &[TextField::Title, TextField::Description],
        }
    }

    /// Whether a record of `kind` can have this field.
    pub fn belongs_to(self, kind: EntityKind) -> bool {
        match self {
            TextField::Document(_) => kind == EntityKind::Service,
            field => TextField::of(kind).contains(&field),
        }
    }

    /// Whether the field is Markdown (a guide's body) rather than plain text.
    pub fn is_markdown(self) -> bool {
        self == TextField::Body
    }
}

impl Serialize for TextField {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.as_str())
    }
}

impl<'de> Deserialize<'de> for TextField {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let key = <Cow<'de, str>>::deserialize(d)?;
        TextField::parse(&key).map_err(serde::de::Error::custom)
    }
}

/// A service's translatable texts beyond its name and description, in the order an editor
/// shows them: alert, eligibility, fees, each document, how to apply, public-charge note.
/// Only the texts it has: an unstated eligibility is nothing to translate.
pub fn detail_texts<'a>(
    details: &'a ServiceDetails,
    safety: &'a SafetyFacts,
) -> Vec<(TextField, &'a LocalizedText)> {
    let mut out = Vec::new();
    out.extend(details.alert.as_ref().map(|t| (TextField::Alert, t)));
    out.extend(
        details
            .eligibility
            .as_ref()
            .map(|t| (TextField::Eligibility, t)),
    );
    out.extend(details.fees.as_ref().map(|t| (TextField::Fees, t)));
    out.extend(
        details
            .documents
            .iter()
            .take(usize::from(u16::MAX) + 1)
            .enumerate()
            .map(|(i, d)| (TextField::Document(i as u16), &d.document)),
    );
    out.extend(
        details
            .application_process
            .as_ref()
            .map(|t| (TextField::ApplicationProcess, t)),
    );
    out.extend(
        safety
            .public_charge_note
            .as_ref()
            .map(|t| (TextField::PublicChargeNote, t)),
    );
    out
}

impl Service {
    /// One translatable text of this service; `None` when it has no such text.
    pub fn text_mut(&mut self, field: TextField) -> Option<&mut LocalizedText> {
        let d = &mut self.details;
        match field {
            TextField::Name => Some(&mut self.name),
            TextField::Description => Some(&mut self.description),
            TextField::Alert => d.alert.as_mut(),
            TextField::Eligibility => d.eligibility.as_mut(),
            TextField::Fees => d.fees.as_mut(),
            TextField::Document(i) => d.documents.get_mut(usize::from(i)).map(|d| &mut d.document),
            TextField::ApplicationProcess => d.application_process.as_mut(),
            TextField::PublicChargeNote => self.safety.public_charge_note.as_mut(),
            TextField::Title | TextField::Summary | TextField::Body => None,
        }
    }

    /// Every translatable text of this service, in the order an editor shows them.
    pub fn texts(&self) -> Vec<(TextField, &LocalizedText)> {
        let mut out = vec![
            (TextField::Name, &self.name),
            (TextField::Description, &self.description),
        ];
        out.extend(detail_texts(&self.details, &self.safety));
        out
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

    #[test]
    fn each_field_has_one_key_and_documents_count_from_one() {
        let mut all: Vec<TextField> = NAMED.to_vec();
        all.extend([
            TextField::Document(0),
            TextField::Document(9),
            TextField::Document(u16::MAX),
        ]);
        for f in all {
            assert_eq!(TextField::parse(&f.as_str()).unwrap(), f, "{f:?}");
            let json = serde_json::to_string(&f).unwrap();
            assert_eq!(serde_json::from_str::<TextField>(&json).unwrap(), f);
        }
        assert_eq!(TextField::Document(0).as_str(), "document-1");
        assert_eq!(
            TextField::ApplicationProcess.as_str(),
            "application-process"
        );
        for bad in [
            "document-0",
            "document-01",
            "document-+1",
            "document-65537",
            "document-",
        ] {
            assert!(TextField::parse(bad).is_err(), "{bad}");
        }
        assert!(TextField::Document(3).belongs_to(EntityKind::Service));
        assert!(!TextField::Document(0).belongs_to(EntityKind::Organization));
        assert!(TextField::Eligibility.belongs_to(EntityKind::Service));
        assert!(!TextField::Eligibility.belongs_to(EntityKind::Event));
    }

    #[test]
    fn a_service_offers_only_the_detail_texts_it_has_in_editor_order() {
        let en = |s: &str| LocalizedText::original(tag("en"), s).unwrap();
        let mut details = ServiceDetails {
            fees: Some(en("Free.")),
            documents: ["Photo ID", "Proof of address"]
                .into_iter()
                .map(|d| crate::RequiredDocument {
                    document: en(d),
                    uri: None,
                })
                .collect(),
            ..ServiceDetails::default()
        };
        let safety = SafetyFacts::default();
        let fields: Vec<_> = detail_texts(&details, &safety)
            .into_iter()
            .map(|(f, t)| (f, t.source_text().to_owned()))
            .collect();
        assert_eq!(
            fields,
            [
                (TextField::Fees, "Free.".to_owned()),
                (TextField::Document(0), "Photo ID".to_owned()),
                (TextField::Document(1), "Proof of address".to_owned()),
            ]
        );
        details.eligibility = Some(en("Adults."));
        details.alert = Some(en("Closed in August."));
        let order: Vec<_> = detail_texts(&details, &safety)
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(
            order[..3],
            [TextField::Alert, TextField::Eligibility, TextField::Fees]
        );
    }
}
