//! The editor's forms: a small field model one template renders, and the readers that turn
//! what an editor typed (lines of phones, sources, languages; a schedule written as text;
//! a place's address and point) into core values. A reader never guesses: what it cannot read
//! becomes a localized error on its field, and the form comes back with everything typed.

use jiff::civil::{Date, Time};
use vecino_core::{
    Accessibility, AccessibilityFeature, Address, ChangingFact, DatedException, ExceptionKind,
    GeoPoint, GeoPrecision, LanguageMode, LanguageOffered, LocaleTag, LocalizedText, Location,
    OpeningHours, Phone, PhoneKind, Schedule, Slug, Source, TimeRange, Topic, WebUrl, Weekday,
};

use crate::web::ctx::Ctx;

mod details;
mod location;
mod schedule;

pub use details::{areas_field, detail_fields, read_areas, read_details};
pub use location::{location_fields, read_location};
pub use schedule::{read_schedule, schedule_text};

/// One option of a select or a checkbox group.
pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One form field as the template draws it.
pub struct Field {
    pub name: &'static str,
    pub label: String,
    pub hint: Option<String>,
    /// `text`, `url`, `email`, `date`, `datetime-local`, `textarea`, `select`, `checks`,
    /// `password`.
    pub kind: &'static str,
    pub rows: u8,
    pub value: String,
    pub options: Vec<Opt>,
    pub error: Option<String>,
    pub required: bool,
    /// `dir="auto"` for text a person writes in any language.
    pub free_text: bool,
}

impl Field {
    pub fn new(c: &Ctx, name: &'static str, kind: &'static str, value: impl Into<String>) -> Field {
        Field {
            name,
            label: c.t(&format!("admin-field-{name}")),
            hint: None,
            kind,
            rows: if kind == "textarea" { 4 } else { 0 },
            value: value.into(),
            options: Vec::new(),
            error: None,
            required: false,
            free_text: false,
        }
    }

    pub fn hint(mut self, hint: String) -> Field {
        self.hint = Some(hint);
        self
    }

    pub fn rows(mut self, rows: u8) -> Field {
        self.rows = rows;
        self
    }

    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }

    pub fn free_text(mut self) -> Field {
        self.free_text = true;
        self
    }

    pub fn options(mut self, options: Vec<Opt>) -> Field {
        self.options = options;
        self
    }

    pub fn label(mut self, label: String) -> Field {
        self.label = label;
        self
    }

    pub fn is_checked(&self, value: &str) -> bool {
        self.options.iter().any(|o| o.value == value && o.selected)
    }
}

/// The posted form: every `name=value` pair in order (checkboxes repeat their name).
pub struct Posted(pub Vec<(String, String)>);

impl Posted {
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Trimmed; `None` when empty.
    pub fn opt(&self, name: &str) -> Option<String> {
        Some(self.get(name).trim().to_owned()).filter(|v| !v.is_empty())
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// Errors found while reading a form, by field name, localized.
#[derive(Default)]
pub struct Errors(pub Vec<(&'static str, String)>);

impl Errors {
    pub fn add(&mut self, field: &'static str, message: String) {
        if !self.0.iter().any(|(f, _)| *f == field) {
            self.0.push((field, message));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Puts each error on its field; an error for a field the form does not show goes on the
    /// first field, so it is never lost.
    pub fn place(self, fields: &mut [Field]) {
        for (name, message) in self.0 {
            match fields.iter_mut().find(|f| f.name == name) {
                Some(f) => f.error = Some(message),
                None => {
                    if let Some(f) = fields.first_mut() {
                        f.error = Some(match f.error.take() {
                            Some(e) => format!("{e} {message}"),
                            None => message,
                        });
                    }
                }
            }
        }
    }
}

/// The localized message for a value the core refused: `admin-error-<code>`, one for every
/// [`vecino_core::ErrorKind`] (a test checks that each has an English message).
pub fn core_message(c: &Ctx, err: &vecino_core::Error) -> String {
    c.t(&core_message_id(err.kind()))
}

/// The message id for a kind of refused value.
pub fn core_message_id(kind: vecino_core::ErrorKind) -> String {
    format!("admin-error-{}", kind.code())
}

/// The place form's field for a value the core refused in a place, so the message sits beside
/// what was typed; a field the form does not show goes on its first field.
pub fn place_field(err: &vecino_core::Error) -> &'static str {
    use vecino_core::ErrorKind;
    match (err.field(), err.kind()) {
        ("address", ErrorKind::NoCity) => "city",
        ("address", _) => "country",
        ("coordinates", _) => "latitude",
        ("slug", _) => "place_slug",
        ("text" | "name", _) => "place_name",
        ("exceptions", _) => "hours",
        ("timezone", _) => "timezone",
        _ => "place_name",
    }
}

/// The shipped UI languages as options, for the language a new record is written in.
pub fn language_options(c: &Ctx, selected: &str) -> Vec<Opt> {
    c.languages()
        .into_iter()
        .map(|l| Opt {
            selected: l.tag == selected,
            value: l.tag.to_owned(),
            label: l.name,
        })
        .collect()
}

pub fn topic_options(c: &Ctx, selected: &[Topic]) -> Vec<Opt> {
    Topic::ALL
        .iter()
        .map(|t| Opt {
            value: t.slug().to_owned(),
            label: c.t(&format!("topic-{}", t.slug())),
            selected: selected.contains(t),
        })
        .collect()
}

pub fn read_topics(posted: &Posted, errors: &mut Errors, c: &Ctx) -> Vec<Topic> {
    let mut topics = Vec::new();
    for raw in posted.all("topics") {
        match Topic::parse(&raw) {
            Ok(t) if !topics.contains(&t) => topics.push(t),
            Ok(_) => {}
            Err(_) => errors.add("topics", c.t("admin-error-topics")),
        }
    }
    topics
}

/// A slug as typed, or made from `title` when left empty.
pub fn read_slug(posted: &Posted, title: &str, errors: &mut Errors, c: &Ctx) -> Option<Slug> {
    let raw = posted.get("slug").trim();
    let slug = if raw.is_empty() {
        Slug::from_title(title)
    } else {
        Slug::parse(raw).ok()
    };
    if slug.is_none() {
        errors.add("slug", c.t("admin-error-slug"));
    }
    slug
}

/// A text in the record's language: the original when new, else the source replaced (which
/// marks the translations stale if the text really changed).
pub fn set_text(
    existing: Option<&LocalizedText>,
    locale: &LocaleTag,
    text: &str,
) -> vecino_core::Result<LocalizedText> {
    match existing {
        Some(t) if t.source_text() == text.trim() => Ok(t.clone()),
        Some(t) => {
            let mut t = t.clone();
            t.set_source(text)?;
            Ok(t)
        }
        None => LocalizedText::original(locale.clone(), text),
    }
}

/// A required text field.
pub fn read_text(
    posted: &Posted,
    name: &'static str,
    existing: Option<&LocalizedText>,
    locale: &LocaleTag,
    errors: &mut Errors,
    c: &Ctx,
) -> Option<LocalizedText> {
    let raw = posted.get(name);
    if raw.trim().is_empty() {
        errors.add(name, c.t("admin-error-required"));
        return None;
    }
    match set_text(existing, locale, raw) {
        Ok(t) => Some(t),
        Err(e) => {
            errors.add(name, core_message(c, &e));
            None
        }
    }
}

/// An optional text field: empty means none.
pub fn read_optional_text(
    posted: &Posted,
    name: &'static str,
    existing: Option<&LocalizedText>,
    locale: &LocaleTag,
    errors: &mut Errors,
    c: &Ctx,
) -> Option<LocalizedText> {
    if posted.get(name).trim().is_empty() {
        return None;
    }
    read_text(posted, name, existing, locale, errors, c)
}

pub fn read_url(
    posted: &Posted,
    name: &'static str,
    errors: &mut Errors,
    c: &Ctx,
) -> Option<WebUrl> {
    let raw = posted.opt(name)?;
    match WebUrl::parse(&raw) {
        Ok(u) => Some(u),
        Err(_) => {
            errors.add(name, c.t("admin-error-url"));
            None
        }
    }
}

pub fn read_email(posted: &Posted, errors: &mut Errors, c: &Ctx) -> Option<String> {
    let raw = posted.opt("email")?;
    if !raw.contains('@') || raw.contains(char::is_whitespace) || raw.len() > 254 {
        errors.add("email", c.t("admin-error-email"));
        return None;
    }
    Some(raw)
}

pub(super) fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

pub(super) fn line_error(c: &Ctx, line: usize, message: &str) -> String {
    c.t2(
        "admin-error-line",
        "line",
        &line.to_string(),
        "problem",
        message,
    )
}

/// Phones, one per line: `number | type | extension | languages` (all but the number
/// optional; the type one of [`PhoneKind::ALL`], languages as tags separated by spaces). A
/// number already stored keeps its description.
pub fn read_phones(
    posted: &Posted,
    existing: &[Phone],
    errors: &mut Errors,
    c: &Ctx,
) -> Vec<Phone> {
    let mut phones = Vec::new();
    for (n, line) in lines(posted.get("phones")) {
        let mut parts = line.split('|').map(str::trim);
        let number = parts.next().unwrap_or_default();
        let kind = parts.next().filter(|k| !k.is_empty());
        let extension = parts.next().filter(|x| !x.is_empty()).map(str::to_owned);
        let languages = parts.next().unwrap_or_default();
        let stored = existing.iter().find(|p| p.number() == number);
        let parsed = match stored {
            Some(p) => Ok(p.clone()),
            None => Phone::parse(number),
        };
        let Ok(phone) = parsed else {
            errors.add("phones", line_error(c, n, &c.t("admin-error-phone")));
            continue;
        };
        let kind = match kind.map(PhoneKind::parse) {
            None => None,
            Some(Some(k)) => Some(k),
            Some(None) => {
                errors.add("phones", line_error(c, n, &c.t("admin-error-phone-line")));
                continue;
            }
        };
        let languages: Result<Vec<LocaleTag>, _> =
            languages.split_whitespace().map(LocaleTag::parse).collect();
        let (Ok(languages), None) = (languages, parts.next()) else {
            errors.add("phones", line_error(c, n, &c.t("admin-error-phone-line")));
            continue;
        };
        phones.push(
            phone
                .with_kind(kind)
                .with_extension(extension)
                .with_languages(languages),
        );
    }
    phones
}

pub fn phones_text(phones: &[Phone]) -> String {
    phones
        .iter()
        .map(|p| {
            let languages = p
                .languages()
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let parts = [
                p.number().to_owned(),
                p.kind().map(|k| k.slug().to_owned()).unwrap_or_default(),
                p.extension().unwrap_or_default().to_owned(),
                languages,
            ];
            let used = parts.iter().rposition(|x| !x.is_empty()).unwrap_or(0);
            parts[..=used].join(" | ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Sources, one per line: `Title | https://address`.
pub fn read_sources(posted: &Posted, errors: &mut Errors, c: &Ctx) -> Vec<Source> {
    let mut sources = Vec::new();
    for (n, line) in lines(posted.get("sources")) {
        let source = line
            .rsplit_once('|')
            .and_then(|(title, url)| Source::new(title, url).ok());
        match source {
            Some(s) => sources.push(s),
            None => errors.add("sources", line_error(c, n, &c.t("admin-error-source-line"))),
        }
    }
    if sources.is_empty() {
        errors.add("sources", c.t("admin-error-sources"));
    }
    sources
}

pub fn sources_text(sources: &[Source]) -> String {
    sources
        .iter()
        .map(|s| format!("{} | {}", s.title, s.url))
        .collect::<Vec<_>>()
        .join("\n")
}

const MODES: [LanguageMode; 4] = [
    LanguageMode::BilingualStaff,
    LanguageMode::Interpreter,
    LanguageMode::PhoneLine,
    LanguageMode::WrittenMaterial,
];

/// Languages offered, one per line: `es bilingual-staff` (the way defaults to bilingual staff).
pub fn read_languages(posted: &Posted, errors: &mut Errors, c: &Ctx) -> Vec<LanguageOffered> {
    let mut out = Vec::new();
    for (n, line) in lines(posted.get("languages")) {
        let mut words = line.split_whitespace();
        let code = words.next().and_then(|w| LocaleTag::parse(w).ok());
        let how = match words.next() {
            None => Some(LanguageMode::BilingualStaff),
            Some(w) => MODES.into_iter().find(|m| m.slug() == w),
        };
        match (code, how, words.next()) {
            (Some(code), Some(how), None) => out.push(LanguageOffered { code, how }),
            _ => errors.add(
                "languages",
                line_error(c, n, &c.t("admin-error-language-line")),
            ),
        }
    }
    out
}

pub fn languages_text(languages: &[LanguageOffered]) -> String {
    languages
        .iter()
        .map(|l| format!("{} {}", l.code, l.how.slug()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Facts that go stale, one per line: `id | last checked | https://address`, and optionally
/// `| the day it took effect`.
pub fn read_facts(posted: &Posted, errors: &mut Errors, c: &Ctx) -> Vec<ChangingFact> {
    let mut out = Vec::new();
    for (n, line) in lines(posted.get("facts")) {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let fact = match parts.as_slice() {
            [id, date, url, rest @ ..] if rest.len() <= 1 => (|| {
                let took_effect = match rest.first() {
                    Some(d) if !d.is_empty() => Some(d.parse().ok()?),
                    _ => None,
                };
                Some(ChangingFact {
                    id: Slug::parse(id).ok()?,
                    checked: date.parse().ok()?,
                    took_effect,
                    source: WebUrl::parse(url).ok()?,
                })
            })(),
            _ => None,
        };
        match fact {
            Some(f) => out.push(f),
            None => errors.add("facts", line_error(c, n, &c.t("admin-error-fact-line"))),
        }
    }
    out
}

pub fn facts_text(facts: &[ChangingFact]) -> String {
    facts
        .iter()
        .map(|f| match f.took_effect {
            Some(took) => format!("{} | {} | {} | {took}", f.id, f.checked, f.source),
            None => format!("{} | {} | {}", f.id, f.checked, f.source),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A civil date-time typed in a `datetime-local` field (`2026-12-05T10:00`).
pub fn read_datetime(raw: &str) -> Option<jiff::civil::DateTime> {
    let raw = raw.trim();
    raw.parse::<jiff::civil::DateTime>().ok().or_else(|| {
        // Some browsers send seconds, some not; a space instead of `T` from a person typing.
        raw.replacen(' ', "T", 1).parse().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of refused value has its own English message, so a person is told what was
    /// wrong rather than shown a message id; every shipped language resolves it too.
    #[test]
    fn every_refused_value_code_has_a_message() {
        let i18n = vecino_i18n::I18n::load().unwrap();
        for kind in vecino_core::ErrorKind::ALL {
            let id = core_message_id(*kind);
            let english = i18n.message(&"en".parse().unwrap(), &id, None);
            assert!(
                !english.is_empty() && english != id,
                "{id} has no English message"
            );
            for locale in vecino_i18n::SHIPPED {
                let text = i18n.message(&locale.parse().unwrap(), &id, None);
                assert!(!text.is_empty() && text != id, "{locale}: {id}");
            }
        }
    }

    /// A value refused in a place goes on the place form's field it concerns, not on the time
    /// zone (issue 16).
    #[test]
    fn a_refused_place_value_goes_on_its_own_field() {
        use vecino_core::{Address, ErrorKind, Location, Slug};
        let good = Location {
            id: vecino_core::Id::new_random(),
            slug: Slug::parse("clinic").unwrap(),
            name: None,
            address: None,
            point: None,
            timezone: "America/Los_Angeles".to_owned(),
            accessibility: Vec::new(),
        };
        let address = |city: &str, country: &str| Address {
            address_1: None,
            city: city.to_owned(),
            state_province: "CA".to_owned(),
            postal_code: None,
            country: country.to_owned(),
        };
        let refused = |l: Location| l.validate().unwrap_err();

        let no_city = refused(Location {
            address: Some(address(" ", "US")),
            ..good.clone()
        });
        assert_eq!(no_city.kind(), ErrorKind::NoCity);
        assert_eq!(place_field(&no_city), "city");

        let bad_country = refused(Location {
            address: Some(address("San Jose", "usa")),
            ..good.clone()
        });
        assert_eq!(place_field(&bad_country), "country");

        let bad_zone = refused(Location {
            timezone: "Mars/Olympus".to_owned(),
            ..good.clone()
        });
        assert_eq!(place_field(&bad_zone), "timezone");
    }
}
