//! A verified bundle's record files (crates/bundle/FORMAT.md) → the records the search index
//! holds, as the server's `IndexRecord::service`/`guide`/`event`/`organization` make them from
//! the directory: one text per locale of the title, the body in that locale, a service's body
//! led by its organization's name in that locale (else as written), guides as plain words.
//!
//! A bundle holds each text as written (`shared/*`) and, per bundled language, the text its
//! reader is shown when that differs (`<lang>/*`, each with the locale it is really in): the
//! locales this sees are the originals and those. A locale no bundled language is shown is not
//! in the bundle, so not searched offline.
//!
//! A listing's facts search filters and judges freshness on are read where a listing carries
//! them, each as the core type serializes it, at the top level or under `details`, `safety`
//! and `trust`: `status`, `verified_at`, `source_checked_on`, `kept`, `review_interval_days`,
//! `minimum_age`, `maximum_age`, `capacity`, and the safety facts' `value`s. Its detail texts
//! (`eligibility`, `fees`, `application_process`, `alert`, `public_charge_note`, `documents`)
//! are `{locale, text}` as the name is, per bundled language under the same keys. A fact a
//! bundle does not carry is unknown, never a yes.

use std::collections::BTreeMap;

use serde_json::{Map, Value};
use vecino_core::{
    Accreditation, Capacity, Date, EntityKind, GeoPoint, Id, LocaleTag, Schedule, ServiceDetails,
    ServiceStatus, Slug, Timestamp, Topic,
};
use vecino_search::{IndexRecord, Listing, LocaleText, RecordMeta, plain_text};

/// File name (`shared/listings`, `es/guides` …) → record id → record.
pub type Files = BTreeMap<String, Map<String, Value>>;

/// Why a bundle's records could not be read.
#[derive(Debug)]
pub struct BadRecord(pub String);

type Result<T> = std::result::Result<T, BadRecord>;

/// A text per locale: `locale → text`.
type Texts = BTreeMap<String, String>;

/// The languages of a bundle: those with a `<lang>/listings` (or guides, events) file.
fn languages(files: &Files) -> Vec<String> {
    let mut langs: Vec<String> = files
        .keys()
        .filter_map(|name| name.split_once('/'))
        .filter(|(lang, _)| *lang != "shared")
        .map(|(lang, _)| lang.to_owned())
        .collect();
    langs.dedup();
    langs
}

/// `{locale, text}` into `texts`.
fn add_text(texts: &mut Texts, value: Option<&Value>) {
    if let Some(v) = value
        && let (Some(locale), Some(text)) = (
            v.get("locale").and_then(Value::as_str),
            v.get("text").and_then(Value::as_str),
        )
    {
        texts
            .entry(locale.to_owned())
            .or_insert_with(|| text.to_owned());
    }
}

/// A field's texts: as written in `shared`, and as each bundled language is shown it.
fn field_texts(shared: &Value, per_lang: &[Option<&Value>], key: &str, lang_key: &str) -> Texts {
    let mut texts = Texts::new();
    add_text(&mut texts, shared.get(key));
    for record in per_lang.iter().flatten() {
        add_text(&mut texts, record.get(lang_key));
    }
    texts
}

/// The original's locale of a `{locale, text}` member.
fn source_locale(shared: &Value, key: &str) -> Option<String> {
    Some(shared.get(key)?.get("locale")?.as_str()?.to_owned())
}

/// The text of a `{locale, text}` member as written.
fn original_text<'a>(shared: &'a Value, key: &str) -> Option<&'a str> {
    shared.get(key)?.get("text")?.as_str()
}

fn parse<T: serde::de::DeserializeOwned>(value: Option<&Value>, what: &str) -> Result<Option<T>> {
    match value {
        None => Ok(None),
        Some(v) => serde_json::from_value(v.clone())
            .map(Some)
            .map_err(|e| BadRecord(format!("{what}: {e}"))),
    }
}

fn id(raw: &str) -> Result<Id> {
    Id::parse(raw).map_err(|_| BadRecord(format!("not a record id: {raw}")))
}

fn slug(record: &Value) -> Result<Slug> {
    parse(record.get("slug"), "slug")?.ok_or_else(|| BadRecord("a record without a slug".into()))
}

fn point(place: &Value) -> Result<Option<GeoPoint>> {
    parse(place.get("point"), "point")
}

/// One entry per locale of the title, the bodies in that locale joined by new lines (as
/// `vecino_search`'s `texts`).
///
/// A bundle leaves out a translation that is the same words as the original (a name such as
/// "DACA" or "IDNYC" in every language), so a locale in which the record has other texts but
/// no title has the original title (`original`): the server has a document in that locale.
fn locale_texts(
    title: &Texts,
    original: Option<&str>,
    bodies: &[&Texts],
) -> Result<Vec<LocaleText>> {
    let mut title = title.clone();
    if let Some(original) = original {
        for body in bodies {
            for locale in body.keys() {
                title
                    .entry(locale.clone())
                    .or_insert_with(|| original.to_owned());
            }
        }
    }
    title
        .iter()
        .map(|(locale, t)| {
            Ok(LocaleText {
                locale: LocaleTag::parse(locale)
                    .map_err(|_| BadRecord(format!("not a locale: {locale}")))?,
                title: t.clone(),
                body: bodies
                    .iter()
                    .filter_map(|b| b.get(locale).map(String::as_str))
                    .collect::<Vec<_>>()
                    .join("\n"),
            })
        })
        .collect()
}

fn empty() -> Map<String, Value> {
    Map::new()
}

/// A member of a listing, at its top level or under one of `under`.
fn member<'a>(record: &'a Value, key: &str, under: &[&str]) -> Option<&'a Value> {
    record
        .get(key)
        .or_else(|| under.iter().find_map(|u| record.get(*u)?.get(key)))
        .filter(|v| !v.is_null())
}

/// The detail texts of a listing that search reads, in the server's order (see
/// `IndexRecord::service`): eligibility, fees, how to apply, what to bring, the alert, the
/// public-charge note.
const DETAIL_TEXTS: [&str; 6] = [
    "eligibility",
    "fees",
    "application_process",
    "documents",
    "alert",
    "public_charge_note",
];

/// One detail text's locales: as written and as each bundled language shows it.
fn detail_texts(shared: &Value, per_lang: &[Option<&Value>], key: &str) -> Vec<Texts> {
    let under = ["details", "safety"];
    let mut out = Vec::new();
    let mut one = |shared: Option<&Value>, langs: Vec<Option<&Value>>| {
        let mut texts = Texts::new();
        add_text(&mut texts, shared);
        for v in langs.into_iter().flatten() {
            add_text(&mut texts, Some(v));
        }
        if !texts.is_empty() {
            out.push(texts);
        }
    };
    let lang_values = |i: Option<usize>| -> Vec<Option<&Value>> {
        per_lang
            .iter()
            .map(|r| {
                let v = member((*r)?, key, &under)?;
                match i {
                    None => Some(v),
                    // A bundle's language file keys documents by their position (`"0"`).
                    Some(i) => v
                        .get(i)
                        .or_else(|| v.get(i.to_string().as_str()))
                        .map(|d| d.get("document").unwrap_or(d)),
                }
            })
            .collect()
    };
    match member(shared, key, &under) {
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                one(
                    Some(item.get("document").unwrap_or(item)),
                    lang_values(Some(i)),
                );
            }
        }
        value => one(value, lang_values(None)),
    }
    out
}

/// The day of an RFC 3339 instant (UTC), or of a civil date.
fn day_of(value: Option<&Value>) -> Option<Date> {
    let raw = value?.as_str()?;
    raw.parse::<Timestamp>()
        .ok()
        .map(|t| jiff::tz::Offset::UTC.to_datetime(t).date())
        .or_else(|| raw.parse::<Date>().ok())
}

/// A listing's facts, as `Listing::of` reads them from a service.
fn listing(s: &Value) -> Listing {
    let value = |fact: &str| member(s, fact, &["safety"]).and_then(|f| f.get("value"));
    let details = ServiceDetails {
        capacity: member(s, "capacity", &["details"])
            .and_then(|c| serde_json::from_value::<Vec<Capacity>>(c.clone()).ok())
            .unwrap_or_default(),
        ..Default::default()
    };
    let age = |key: &str| {
        member(s, key, &["details"])
            .and_then(Value::as_u64)
            .and_then(|a| u8::try_from(a).ok())
    };
    let checked_here = day_of(s.get("verified_at"));
    let checked_there = day_of(member(s, "source_checked_on", &["trust"]));
    Listing {
        no_status_questions: value("asks_status").and_then(Value::as_str) == Some("no"),
        regardless_of_status: value("regardless_of_status").and_then(Value::as_bool) == Some(true),
        no_id: value("id_needed").and_then(Value::as_str) == Some("none"),
        no_ssn: value("ssn_needed").and_then(Value::as_bool) == Some(false),
        intake: details.intake(),
        minimum_age: age("minimum_age"),
        maximum_age: age("maximum_age"),
        status: Some(
            s.get("status")
                .and_then(Value::as_str)
                .and_then(ServiceStatus::parse)
                .unwrap_or(ServiceStatus::Active),
        ),
        last_checked: checked_here.max(checked_there),
        // The bundle carries the interval in force when it was exported (`review_days`).
        review_interval_days: member(s, "review_days", &[])
            .or_else(|| member(s, "review_interval_days", &[]))
            .and_then(Value::as_u64)
            .and_then(|d| u16::try_from(d).ok()),
        kept: member(s, "kept", &["trust"]).is_some(),
    }
}

/// Every record of a bundle's files, as the server indexes them.
pub fn index_records(files: &Files) -> Result<Vec<IndexRecord>> {
    let langs = languages(files);
    let none = empty();
    let file = |name: &str| files.get(name).unwrap_or(&none);
    let per_lang = |kind: &str, id: &str| -> Vec<Option<&Value>> {
        langs
            .iter()
            .map(|l| files.get(&format!("{l}/{kind}")).and_then(|f| f.get(id)))
            .collect()
    };
    let mut out = Vec::new();
    // Organizations, as their listings name them: (name texts, verified), first seen wins.
    let mut organizations: BTreeMap<String, (Slug, Texts, bool)> = BTreeMap::new();

    for (raw_id, s) in file("shared/listings") {
        let langs_of = per_lang("listings", raw_id);
        let name = field_texts(s, &langs_of, "name", "name");
        let description = field_texts(s, &langs_of, "description", "description");
        let details: Vec<Texts> = DETAIL_TEXTS
            .iter()
            .flat_map(|key| detail_texts(s, &langs_of, key))
            .collect();
        let mut bodies = vec![&description];
        bodies.extend(details.iter());
        let mut texts = locale_texts(&name, original_text(s, "name"), &bodies)?;
        if let Some(org) = s.get("organization") {
            let org_names = field_texts(org, &langs_of, "name", "organization_name");
            let original = source_locale(org, "name").and_then(|l| org_names.get(&l).cloned());
            for text in &mut texts {
                // `LocalizedText::resolve(&[locale])`: that locale's text, else as written.
                let org_name = org_names
                    .get(text.locale.as_str())
                    .or(original.as_ref())
                    .cloned()
                    .unwrap_or_default();
                text.body = format!("{org_name}\n{}", text.body);
            }
            if let Some(org_id) = org.get("id").and_then(Value::as_str) {
                organizations.entry(org_id.to_owned()).or_insert((
                    slug(org)?,
                    org_names,
                    org.get("verified_at").is_some(),
                ));
            }
        }
        let languages: Vec<Value> = parse(s.get("languages"), "languages")?.unwrap_or_default();
        let places: Vec<Value> = parse(s.get("locations"), "locations")?.unwrap_or_default();
        let mut schedules: Vec<Schedule> = parse::<Schedule>(s.get("schedule"), "schedule")?
            .into_iter()
            .collect();
        let mut points = Vec::new();
        for place in &places {
            points.extend(point(place)?);
            schedules.extend(parse::<Schedule>(place.get("schedule"), "schedule")?);
        }
        out.push(IndexRecord {
            meta: RecordMeta {
                kind: EntityKind::Service,
                id: id(raw_id)?,
                slug: slug(s)?,
                topics: parse::<Vec<Topic>>(s.get("topics"), "topics")?.unwrap_or_default(),
                languages: languages
                    .iter()
                    .filter_map(|l| l.get("code").and_then(Value::as_str))
                    .map(str::to_owned)
                    .collect(),
                accreditation: parse::<Accreditation>(s.get("accreditation"), "accreditation")?,
                free: s.get("free").and_then(Value::as_bool),
                verified: s.get("verified_at").is_some(),
                points,
                schedules,
                listing: listing(s),
            },
            texts,
        });
    }

    // Organizations first, as the server's full build indexes them: from their own file (name
    // and description), else (a bundle made before it had one) from their listings' copies.
    let mut orgs = Vec::new();
    for (raw_id, o) in file("shared/organizations") {
        organizations.remove(raw_id);
        let langs_of = per_lang("organizations", raw_id);
        let names = field_texts(o, &langs_of, "name", "name");
        let description = field_texts(o, &langs_of, "description", "description");
        orgs.push(IndexRecord {
            meta: RecordMeta {
                kind: EntityKind::Organization,
                id: id(raw_id)?,
                slug: slug(o)?,
                topics: Vec::new(),
                languages: Vec::new(),
                accreditation: None,
                free: None,
                verified: o.get("verified_at").is_some(),
                points: Vec::new(),
                schedules: Vec::new(),
                listing: Listing::default(),
            },
            texts: locale_texts(&names, original_text(o, "name"), &[&description])?,
        });
    }
    for (raw_id, (slug, names, verified)) in organizations {
        orgs.push(IndexRecord {
            meta: RecordMeta {
                kind: EntityKind::Organization,
                id: id(&raw_id)?,
                slug,
                topics: Vec::new(),
                languages: Vec::new(),
                accreditation: None,
                free: None,
                verified,
                points: Vec::new(),
                schedules: Vec::new(),
                listing: Listing::default(),
            },
            texts: locale_texts(&names, None, &[])?,
        });
    }
    out.splice(0..0, orgs);

    for (raw_id, g) in file("shared/guides") {
        let langs_of = per_lang("guides", raw_id);
        let title = field_texts(g, &langs_of, "title", "title");
        let summary = field_texts(g, &langs_of, "summary", "summary");
        let body = field_texts(g, &langs_of, "body", "body");
        out.push(IndexRecord {
            meta: RecordMeta {
                kind: EntityKind::Guide,
                id: id(raw_id)?,
                slug: slug(g)?,
                topics: parse::<Vec<Topic>>(g.get("topics"), "topics")?.unwrap_or_default(),
                languages: body.keys().cloned().collect(),
                accreditation: None,
                free: Some(true),
                verified: true,
                points: Vec::new(),
                schedules: Vec::new(),
                listing: Listing::default(),
            },
            texts: locale_texts(&title, original_text(g, "title"), &[&summary, &body])?
                .into_iter()
                .map(|mut t| {
                    t.body = plain_text(&t.body);
                    t
                })
                .collect(),
        });
    }

    for (raw_id, e) in file("shared/events") {
        let langs_of = per_lang("events", raw_id);
        let title = field_texts(e, &langs_of, "title", "title");
        let description = field_texts(e, &langs_of, "description", "description");
        out.push(IndexRecord {
            meta: RecordMeta {
                kind: EntityKind::Event,
                id: id(raw_id)?,
                slug: slug(e)?,
                topics: parse::<Vec<Topic>>(e.get("topics"), "topics")?.unwrap_or_default(),
                languages: parse::<Vec<String>>(e.get("languages"), "languages")?
                    .unwrap_or_default(),
                accreditation: None,
                free: e.get("free").and_then(Value::as_bool),
                verified: e.get("verified_at").is_some(),
                points: match e.get("location") {
                    Some(place) => point(place)?.into_iter().collect(),
                    None => Vec::new(),
                },
                schedules: Vec::new(),
                listing: Listing::default(),
            },
            texts: locale_texts(&title, original_text(e, "title"), &[&description])?,
        });
    }
    Ok(out)
}
