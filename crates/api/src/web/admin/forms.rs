//! The editor's forms: a small field model one template renders, and the readers that turn
//! what an editor typed (lines of phones, sources, languages; a schedule written as text;
//! a place's address and point) into core values. A reader never guesses: what it cannot read
//! becomes a localized error on its field, and the form comes back with everything typed.

use jiff::civil::{Date, Time};
use vecino_core::{
    Accessibility, AccessibilityFeature, Address, ChangingFact, DatedException, ExceptionKind,
    GeoPoint, GeoPrecision, LanguageMode, LanguageOffered, LocaleTag, LocalizedText, Location,
    OpeningHours, Phone, Schedule, Slug, Source, TimeRange, Topic, WebUrl, Weekday,
};

use crate::web::ctx::Ctx;

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

fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

fn line_error(c: &Ctx, line: usize, message: &str) -> String {
    c.t2(
        "admin-error-line",
        "line",
        &line.to_string(),
        "problem",
        message,
    )
}

/// Phones, one per line. A number already stored keeps its extension and description.
pub fn read_phones(
    posted: &Posted,
    existing: &[Phone],
    errors: &mut Errors,
    c: &Ctx,
) -> Vec<Phone> {
    let mut phones = Vec::new();
    for (n, line) in lines(posted.get("phones")) {
        match existing.iter().find(|p| p.number() == line) {
            Some(p) => phones.push(p.clone()),
            None => match Phone::parse(line) {
                Ok(p) => phones.push(p),
                Err(_) => errors.add("phones", line_error(c, n, &c.t("admin-error-phone"))),
            },
        }
    }
    phones
}

pub fn phones_text(phones: &[Phone]) -> String {
    phones
        .iter()
        .map(|p| p.number())
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

/// Facts that go stale, one per line: `id | 2026-01-15 | https://address`.
pub fn read_facts(posted: &Posted, errors: &mut Errors, c: &Ctx) -> Vec<ChangingFact> {
    let mut out = Vec::new();
    for (n, line) in lines(posted.get("facts")) {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let fact = match parts.as_slice() {
            [id, date, url] => (|| {
                Some(ChangingFact {
                    id: Slug::parse(id).ok()?,
                    as_of: date.parse().ok()?,
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
        .map(|f| format!("{} | {} | {}", f.id, f.as_of, f.source))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Why a line of a schedule could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleProblem {
    /// Not a day (`mon`, `mon-fri`, `sat,sun`, `daily`) or a date (`2026-12-25`).
    Day,
    /// Hours are not `09:00-17:00` (several separated by commas) or `closed`.
    Hours,
}

impl ScheduleProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            ScheduleProblem::Day => "admin-error-schedule-day",
            ScheduleProblem::Hours => "admin-error-schedule-hours",
        }
    }
}

/// Day names in the page's language (`lunes`, `thứ hai`…), read besides the English ones.
pub type DayNames = [(String, Weekday)];

/// The page language's day names, from the `weekday-*` messages.
pub fn day_names(c: &Ctx) -> Vec<(String, Weekday)> {
    const IDS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    IDS.iter()
        .zip(Weekday::ALL)
        .map(|(id, d)| (c.t(&format!("weekday-{id}")).to_lowercase(), d))
        .collect()
}

fn weekday(word: &str, names: &DayNames) -> Option<Weekday> {
    english_weekday(word).or_else(|| {
        // A day name of the page's language, or an unambiguous start of one (`lun`, `mié`).
        let w = word.to_lowercase();
        if w.chars().count() < 2 {
            return None;
        }
        let mut found = names.iter().filter(|(name, _)| name.starts_with(&w));
        match (found.next(), found.next()) {
            (Some((_, d)), None) => Some(*d),
            _ => None,
        }
    })
}

fn english_weekday(word: &str) -> Option<Weekday> {
    let w = word.to_ascii_lowercase();
    let names = [
        ("mo", "monday"),
        ("tu", "tuesday"),
        ("we", "wednesday"),
        ("th", "thursday"),
        ("fr", "friday"),
        ("sa", "saturday"),
        ("su", "sunday"),
    ];
    names
        .iter()
        .position(|(short, long)| w.len() >= 2 && w.starts_with(short) && long.starts_with(&w))
        .map(|i| Weekday::ALL[i])
}

fn days(word: &str, names: &DayNames) -> Option<Vec<Weekday>> {
    if matches!(word.to_ascii_lowercase().as_str(), "daily" | "every-day") {
        return Some(Weekday::ALL.to_vec());
    }
    let mut out = Vec::new();
    for part in word.split(',').filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((from, to)) => {
                let (from, to) = (weekday(from, names)?, weekday(to, names)?);
                let (a, b) = (
                    Weekday::ALL.iter().position(|d| *d == from)?,
                    Weekday::ALL.iter().position(|d| *d == to)?,
                );
                if b < a {
                    return None;
                }
                out.extend_from_slice(&Weekday::ALL[a..=b]);
            }
            None => out.push(weekday(part, names)?),
        }
    }
    (!out.is_empty()).then_some(out)
}

fn time(raw: &str) -> Option<Time> {
    let (h, m) = raw.trim().split_once(':')?;
    let (h, m): (i8, i8) = (h.parse().ok()?, m.parse().ok()?);
    if h == 24 && m == 0 {
        return Some(Time::midnight());
    }
    Time::new(h, m, 0, 0).ok()
}

/// `09:00-12:00, 13:00-17:00`.
fn ranges(raw: &str) -> Option<Vec<TimeRange>> {
    let mut out = Vec::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (opens, closes) = part.split_once('-')?;
        out.push(TimeRange {
            opens: time(opens)?,
            closes: time(closes)?,
        });
    }
    (!out.is_empty()).then_some(out)
}

/// Splits `"09:00-12:00, 13:00-17:00 Christmas Eve"` into the hours and the note.
fn hours_and_note(rest: &str) -> (String, Option<String>) {
    let mut hours = String::new();
    let mut words = rest.split_whitespace().peekable();
    while let Some(w) = words.peek() {
        if w.chars().next().is_some_and(|ch| ch.is_ascii_digit()) || *w == "," {
            hours.push_str(w);
            hours.push(' ');
            words.next();
        } else {
            break;
        }
    }
    let note = words.collect::<Vec<_>>().join(" ");
    (hours, Some(note).filter(|n| !n.is_empty()))
}

/// Reads a schedule written one rule per line:
///
/// ```text
/// mon-fri 09:00-17:00
/// sat 10:00-12:00, 13:00-15:00
/// 2026-12-25 closed Christmas
/// 2026-12-24 09:00-12:00 Christmas Eve
/// ```
///
/// Days may also be named in the page's language (`names`). Blank lines and lines starting
/// with `#` are skipped. Returns the weekly hours and the dated
/// exceptions, or the first problem with its line number.
pub fn parse_schedule_text(
    text: &str,
    names: &DayNames,
) -> Result<(Vec<OpeningHours>, Vec<DatedException>), (usize, ScheduleProblem)> {
    let mut weekly = Vec::new();
    let mut exceptions = Vec::new();
    for (n, line) in lines(text) {
        let (head, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let rest = rest.trim();
        if let Ok(date) = head.parse::<Date>() {
            let (kind, note) = if rest
                .split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("closed"))
            {
                let note = rest.split_once(char::is_whitespace).map(|(_, n)| n.trim());
                (
                    ExceptionKind::Closed,
                    note.filter(|n| !n.is_empty()).map(str::to_owned),
                )
            } else {
                let (hours, note) = hours_and_note(rest);
                let hours = ranges(&hours).ok_or((n, ScheduleProblem::Hours))?;
                (ExceptionKind::Open { hours }, note)
            };
            exceptions.push(DatedException { date, kind, note });
            continue;
        }
        let days = days(head, names).ok_or((n, ScheduleProblem::Day))?;
        let hours = ranges(rest).ok_or((n, ScheduleProblem::Hours))?;
        for weekday in days {
            for h in &hours {
                weekly.push(OpeningHours { weekday, hours: *h });
            }
        }
    }
    Ok((weekly, exceptions))
}

fn short_day(d: Weekday) -> &'static str {
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        [Weekday::ALL.iter().position(|x| *x == d).unwrap_or(0)]
}

fn hhmm(t: Time) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

fn ranges_text(ranges: &[TimeRange]) -> String {
    ranges
        .iter()
        .map(|r| format!("{}-{}", hhmm(r.opens), hhmm(r.closes)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A schedule written back as the text [`parse_schedule_text`] reads, consecutive days with the
/// same hours joined (`mon-fri 09:00-17:00`).
pub fn schedule_text(schedule: &Schedule) -> String {
    let per_day: Vec<Vec<TimeRange>> = Weekday::ALL
        .iter()
        .map(|d| {
            schedule
                .weekly()
                .iter()
                .filter(|h| h.weekday == *d)
                .map(|h| h.hours)
                .collect()
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < 7 {
        if per_day[i].is_empty() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < 7 && per_day[j + 1] == per_day[i] {
            j += 1;
        }
        let days = if i == j {
            short_day(Weekday::ALL[i]).to_owned()
        } else {
            format!(
                "{}-{}",
                short_day(Weekday::ALL[i]),
                short_day(Weekday::ALL[j])
            )
        };
        out.push(format!("{days} {}", ranges_text(&per_day[i])));
        i = j + 1;
    }
    for e in schedule.exceptions() {
        let what = match &e.kind {
            ExceptionKind::Closed => "closed".to_owned(),
            ExceptionKind::Open { hours } => ranges_text(hours),
        };
        let note = e
            .note
            .as_deref()
            .map(|n| format!(" {n}"))
            .unwrap_or_default();
        out.push(format!("{} {what}{note}", e.date));
    }
    out.join("\n")
}

/// The schedule in field `name` read in `timezone`: `None` when the field is empty.
pub fn read_schedule(
    posted: &Posted,
    name: &'static str,
    timezone: &str,
    errors: &mut Errors,
    c: &Ctx,
) -> Option<Schedule> {
    let text = posted.get(name);
    if text.trim().is_empty() {
        return None;
    }
    match parse_schedule_text(text, &day_names(c)) {
        Ok((weekly, exceptions)) => match Schedule::new(timezone, weekly, exceptions) {
            Ok(s) => Some(s),
            Err(e) if e.field() == "timezone" => {
                errors.add("timezone", c.t("admin-error-timezone"));
                None
            }
            Err(e) => {
                errors.add(name, core_message(c, &e));
                None
            }
        },
        Err((line, problem)) => {
            errors.add(name, line_error(c, line, &c.t(problem.message_id())));
            None
        }
    }
}

pub const FEATURES: [AccessibilityFeature; 8] = [
    AccessibilityFeature::WheelchairAccessible,
    AccessibilityFeature::AccessibleRestroom,
    AccessibilityFeature::HearingLoop,
    AccessibilityFeature::SignLanguage,
    AccessibilityFeature::Braille,
    AccessibilityFeature::LargePrint,
    AccessibilityFeature::AccessibleParking,
    AccessibilityFeature::NearPublicTransit,
];

pub fn feature_slug(f: AccessibilityFeature) -> String {
    serde_json::to_value(f)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The fields of a place: name, address, point, time zone, accessibility. `timezone`
/// defaults to the first zone the form suggests.
pub fn location_fields(c: &Ctx, location: Option<&Location>, default_tz: &str) -> Vec<Field> {
    let address = location.and_then(|l| l.address.as_ref());
    let point = location.and_then(|l| l.point);
    let features: Vec<AccessibilityFeature> = location
        .map(|l| l.accessibility.iter().map(|a| a.feature).collect())
        .unwrap_or_default();
    vec![
        Field::new(
            c,
            "place_name",
            "text",
            location
                .and_then(|l| l.name.as_ref())
                .map(|n| n.source_text().to_owned())
                .unwrap_or_default(),
        )
        .free_text(),
        Field::new(
            c,
            "place_slug",
            "text",
            location.map(|l| l.slug.to_string()).unwrap_or_default(),
        )
        .hint(c.t("admin-hint-slug")),
        Field::new(
            c,
            "address_1",
            "text",
            address
                .and_then(|a| a.address_1.clone())
                .unwrap_or_default(),
        ),
        Field::new(
            c,
            "city",
            "text",
            address.map(|a| a.city.clone()).unwrap_or_default(),
        ),
        Field::new(
            c,
            "state_province",
            "text",
            address
                .map(|a| a.state_province.clone())
                .unwrap_or_default(),
        ),
        Field::new(
            c,
            "postal_code",
            "text",
            address
                .and_then(|a| a.postal_code.clone())
                .unwrap_or_default(),
        ),
        Field::new(
            c,
            "country",
            "text",
            address.map_or("US".to_owned(), |a| a.country.clone()),
        )
        .hint(c.t("admin-hint-country")),
        Field::new(
            c,
            "latitude",
            "text",
            point.map(|p| p.latitude().to_string()).unwrap_or_default(),
        ),
        Field::new(
            c,
            "longitude",
            "text",
            point.map(|p| p.longitude().to_string()).unwrap_or_default(),
        ),
        Field::new(c, "precision", "select", "").options(
            [("exact", GeoPrecision::Exact), ("city", GeoPrecision::City)]
                .into_iter()
                .map(|(v, p)| Opt {
                    value: v.to_owned(),
                    label: c.t(&format!("admin-precision-{v}")),
                    selected: point.map_or(v == "exact", |pt| pt.precision() == p),
                })
                .collect(),
        ),
        Field::new(
            c,
            "timezone",
            "text",
            location.map_or(default_tz.to_owned(), |l| l.timezone.clone()),
        )
        .hint(c.t("admin-hint-timezone"))
        .required(),
        Field::new(c, "accessibility", "checks", "").options(
            FEATURES
                .iter()
                .map(|f| Opt {
                    value: feature_slug(*f),
                    label: c.t(&format!("admin-feature-{}", feature_slug(*f))),
                    selected: features.contains(f),
                })
                .collect(),
        ),
    ]
}

/// Reads a place from the fields [`location_fields`] draws. `fallback_slug` names the place
/// when neither a slug nor a name was given.
pub fn read_location(
    posted: &Posted,
    existing: Option<&Location>,
    locale: &LocaleTag,
    fallback_slug: &str,
    errors: &mut Errors,
    c: &Ctx,
) -> Option<Location> {
    let name = read_optional_text(
        posted,
        "place_name",
        existing.and_then(|l| l.name.as_ref()),
        locale,
        errors,
        c,
    );
    let raw_slug = posted.get("place_slug").trim();
    let slug = if raw_slug.is_empty() {
        let from = name
            .as_ref()
            .map(|n| n.source_text().to_owned())
            .unwrap_or_else(|| format!("{fallback_slug} {}", posted.get("city")));
        Slug::from_title(&from)
    } else {
        Slug::parse(raw_slug).ok()
    };
    if slug.is_none() {
        errors.add("place_slug", c.t("admin-error-slug"));
    }
    let any_address = ["address_1", "city", "state_province", "postal_code"]
        .iter()
        .any(|f| !posted.get(f).trim().is_empty());
    let address = if any_address {
        let address = Address {
            address_1: posted.opt("address_1"),
            city: posted.get("city").trim().to_owned(),
            state_province: posted.get("state_province").trim().to_owned(),
            postal_code: posted.opt("postal_code"),
            country: posted.get("country").trim().to_uppercase(),
        };
        if address.city.is_empty() {
            errors.add("city", c.t("admin-error-required"));
        }
        if address.state_province.is_empty() {
            errors.add("state_province", c.t("admin-error-required"));
        }
        if address.country.len() != 2 || !address.country.bytes().all(|b| b.is_ascii_uppercase()) {
            errors.add("country", c.t("admin-error-country"));
        }
        Some(address)
    } else {
        None
    };
    let (lat, lon) = (
        posted.get("latitude").trim(),
        posted.get("longitude").trim(),
    );
    let point = if lat.is_empty() && lon.is_empty() {
        None
    } else {
        let precision = if posted.get("precision") == "city" {
            GeoPrecision::City
        } else {
            GeoPrecision::Exact
        };
        let read = |s: &str| s.replace(',', ".").parse::<f64>().ok();
        match (read(lat), read(lon)) {
            (Some(a), Some(b)) => match GeoPoint::new(a, b, precision) {
                Ok(p) => Some(p),
                Err(_) => {
                    errors.add("latitude", c.t("admin-error-coordinates"));
                    None
                }
            },
            _ => {
                errors.add("latitude", c.t("admin-error-coordinates"));
                None
            }
        }
    };
    let timezone = posted.get("timezone").trim().to_owned();
    if jiff::tz::TimeZone::get(&timezone).is_err() {
        errors.add("timezone", c.t("admin-error-timezone"));
    }
    let mut accessibility = Vec::new();
    for raw in posted.all("accessibility") {
        match FEATURES.iter().find(|f| feature_slug(**f) == raw) {
            Some(f) => accessibility.push(Accessibility {
                feature: *f,
                details: existing
                    .and_then(|l| l.accessibility.iter().find(|a| a.feature == *f))
                    .and_then(|a| a.details.clone()),
            }),
            None => errors.add("accessibility", c.t("admin-error-invalid")),
        }
    }
    let location = Location {
        id: existing.map_or_else(vecino_core::Id::new_random, |l| l.id),
        slug: slug?,
        name,
        address,
        point,
        timezone,
        accessibility,
    };
    match location.validate() {
        Ok(()) => Some(location),
        Err(e) => {
            errors.add(place_field(&e), core_message(c, &e));
            None
        }
    }
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

    fn check(text: &str, expect: &str) {
        let (weekly, exceptions) = parse_schedule_text(text, &[]).expect(text);
        let schedule = Schedule::new("America/Los_Angeles", weekly, exceptions).unwrap();
        assert_eq!(schedule_text(&schedule), expect, "{text}");
    }

    #[test]
    fn schedules_read_as_a_busy_editor_writes_them() {
        check("Mon-Fri 9:00-17:00", "mon-fri 09:00-17:00");
        check(
            "monday 09:00-12:00, 13:00-17:00\ntue 09:00-12:00,13:00-17:00\n\n# note\nsat 10:00-14:00",
            "mon-tue 09:00-12:00, 13:00-17:00\nsat 10:00-14:00",
        );
        check(
            "daily 00:00-24:00\n2026-12-25 closed Christmas Day\n2026-12-24 09:00-12:00 Christmas Eve",
            "mon-sun 00:00-00:00\n2026-12-24 09:00-12:00 Christmas Eve\n2026-12-25 closed Christmas Day",
        );
        check("sat,sun 22:00-02:00", "sat-sun 22:00-02:00");
    }

    #[test]
    fn days_may_be_named_in_the_pages_language() {
        let es: Vec<(String, Weekday)> = [
            "lunes",
            "martes",
            "miércoles",
            "jueves",
            "viernes",
            "sábado",
            "domingo",
        ]
        .iter()
        .zip(Weekday::ALL)
        .map(|(n, d)| ((*n).to_owned(), d))
        .collect();
        let (weekly, _) =
            parse_schedule_text("lun-vie 09:00-17:00\nSábado 10:00-12:00", &es).unwrap();
        let schedule = Schedule::new("America/Los_Angeles", weekly, vec![]).unwrap();
        assert_eq!(
            schedule_text(&schedule),
            "mon-fri 09:00-17:00\nsat 10:00-12:00"
        );
        assert_eq!(
            parse_schedule_text("m 09:00-10:00", &es).unwrap_err(),
            (1, ScheduleProblem::Day),
            "too short to tell"
        );
        assert!(
            parse_schedule_text("mar 09:00-10:00", &es).is_ok(),
            "martes, not miércoles"
        );
    }

    #[test]
    fn a_bad_line_is_named_with_its_problem() {
        let bad = |t: &str| parse_schedule_text(t, &[]).unwrap_err();
        assert_eq!(
            bad("mon-fri 09:00-17:00\nmox 9:00-10:00"),
            (2, ScheduleProblem::Day)
        );
        assert_eq!(bad("fri-mon 09:00-17:00"), (1, ScheduleProblem::Day));
        assert_eq!(bad("mon 9-5"), (1, ScheduleProblem::Hours));
        assert_eq!(bad("mon 25:00-26:00"), (1, ScheduleProblem::Hours));
        assert_eq!(bad("2026-12-24 sometime"), (1, ScheduleProblem::Hours));
        assert_eq!(bad("2026-13-24 closed"), (1, ScheduleProblem::Day));
    }
}
