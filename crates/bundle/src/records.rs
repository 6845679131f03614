//! From the directory's core types to a release's contents: per file name, canonical JSON
//! records by id.
//!
//! Language-neutral facts are written once, in `shared/*` (with each text in the language it
//! was written in); each bundled language's file holds the text a reader of that language is
//! shown *when it differs from the original*: the translation, or the fallback the server would
//! show (`es-MX → es → en`). A client shows, for a record, its language file's text if there is
//! one, else the shared original. So a listing written only in Spanish costs its text once, not
//! once per language.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Map, Value, json};
use vecino_core::{
    Event, Guide, LocaleTag, LocalizedText, Location, Organization, ReviewPolicy, SafetyFacts,
    Service, ServiceDetails, Timestamp,
};
use vecino_i18n::I18n;

use crate::{Error, Region, Result};

/// Record id → canonical record.
pub type Records = BTreeMap<String, Value>;
/// File name (`shared/listings`, `es/ui` …) → records.
pub type Contents = BTreeMap<String, Records>;

/// The search glossary as the client needs it: concept id → locale → terms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Glossary {
    pub concepts: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

impl Glossary {
    /// Reads the glossary's TOML (`crates/search/glossary.toml`: `[[concepts]]` with an `id`,
    /// optional `topics`, and a list of terms per locale).
    pub fn from_toml(text: &str) -> Result<Glossary> {
        #[derive(Deserialize)]
        struct Raw {
            concepts: Vec<BTreeMap<String, toml::Value>>,
        }
        let bad = |reason: String| Error::Malformed {
            what: "glossary".to_owned(),
            reason,
        };
        let raw: Raw = toml::from_str(text).map_err(|e| bad(e.to_string()))?;
        let mut glossary = Glossary::default();
        for concept in raw.concepts {
            let id = concept
                .get("id")
                .and_then(toml::Value::as_str)
                .ok_or_else(|| bad("a concept without an id".to_owned()))?
                .to_owned();
            let mut terms = BTreeMap::new();
            for (key, value) in &concept {
                if key == "id" || key == "topics" {
                    continue;
                }
                let list = value
                    .as_array()
                    .ok_or_else(|| bad(format!("{id}.{key} is not a list")))?
                    .iter()
                    .filter_map(|t| t.as_str().map(str::to_owned))
                    .collect();
                terms.insert(key.clone(), list);
            }
            glossary.concepts.insert(id, terms);
        }
        Ok(glossary)
    }
}

/// Everything a release is made from, read by the caller (the database is not ours to open).
pub struct Input<'a> {
    pub organizations: &'a [Organization],
    pub services: &'a [Service],
    pub guides: &'a [Guide],
    pub events: &'a [Event],
    pub glossary: &'a Glossary,
    /// Per bundled language: UI message id → text.
    pub ui: &'a BTreeMap<String, BTreeMap<String, String>>,
    /// The operator's review intervals (the server's `App::review`): each record carries the
    /// interval they give it (`review_days`), so a phone judges freshness as the server does.
    pub review: &'a ReviewPolicy,
}

/// Parses and de-duplicates the languages of a bundle (`es,en,vi`).
pub fn parse_languages(list: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for lang in list {
        let tag = LocaleTag::parse(lang).map_err(|_| Error::Language(lang.clone()))?;
        let tag = tag.as_str().to_owned();
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    if out.is_empty() {
        return Err(Error::Language("no language given".to_owned()));
    }
    Ok(out)
}

fn chain(lang: &str) -> Vec<String> {
    match vecino_i18n::parse_tag(lang) {
        Ok(id) => I18n::content_chain(&id),
        Err(_) => vec![lang.to_owned(), "en".to_owned()],
    }
}

/// A text as written (the shared record's copy).
fn original(text: &LocalizedText) -> Value {
    let t = &text.get(text.source_locale().as_str()).expect("validated");
    json!({"locale": text.source_locale().as_str(), "provenance": t.provenance, "text": t.text})
}

/// The text a reader of `chain` is shown, when it is not the original.
fn shown(text: &LocalizedText, chain: &[String]) -> Option<Value> {
    let r = text.resolve(chain);
    // The original is in the shared record; a "translation" that is the same words (a name
    // left as it is) is the original too.
    if r.locale == text.source_locale() || r.text == text.source_text() {
        return None;
    }
    Some(json!({
        "locale": r.locale.as_str(),
        "provenance": r.provenance,
        "text": r.text,
        "stale": r.stale.then_some(true),
    }))
}

/// UI messages no offline client shows: the staff pages' (`admin-*`: sign-in, editing,
/// translation, accounts — they need the server and a session) and the library kiosk's
/// (`kiosk-*`). Half of the catalog; a bundle leaves them out.
pub fn server_only_message(id: &str) -> bool {
    id.starts_with("admin-") || id.starts_with("kiosk-")
}

fn put(map: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(v) = value {
        map.insert(key.to_owned(), v);
    }
}

fn value<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).expect("core types serialize")
}

/// Coordinates to 6 decimals (about 10 cm): finer than any source, fewer bytes, and a
/// number every JSON implementation (a browser's included) parses and prints the same way.
fn point(p: &vecino_core::GeoPoint) -> Value {
    let round = |x: f64| (x * 1e6).round() / 1e6;
    json!({
        "latitude": round(p.latitude()),
        "longitude": round(p.longitude()),
        "precision": p.precision(),
    })
}

fn location_facts(l: &Location) -> Value {
    json!({
        "id": l.id.to_string(),
        "slug": l.slug.as_str(),
        "name": l.name.as_ref().map(original),
        "address": l.address.as_ref().map(value),
        "point": l.point.as_ref().map(point),
        "timezone": l.timezone,
        "accessibility": l.accessibility.iter().map(|a| json!({
            "feature": a.feature,
            "details": a.details.as_ref().map(original),
        })).collect::<Vec<_>>(),
    })
}

fn location_texts(l: &Location, chain: &[String]) -> Option<Value> {
    let mut m = Map::new();
    put(
        &mut m,
        "name",
        l.name.as_ref().and_then(|n| shown(n, chain)),
    );
    let details: Map<String, Value> = l
        .accessibility
        .iter()
        .filter_map(|a| {
            Some((
                value(&a.feature).as_str()?.to_owned(),
                shown(a.details.as_ref()?, chain)?,
            ))
        })
        .collect();
    if !details.is_empty() {
        m.insert("accessibility".to_owned(), Value::Object(details));
    }
    (!m.is_empty()).then_some(Value::Object(m))
}

fn service_facts(s: &Service, org: Option<&Organization>, policy: &ReviewPolicy) -> Value {
    json!({
        "slug": s.slug.as_str(),
        "status": s.status,
        "name": original(&s.name),
        "description": original(&s.description),
        "topics": s.topics,
        "languages": s.languages,
        "accreditation": s.accreditation,
        "free": s.free,
        "url": s.url,
        "email": s.email,
        "phones": s.phones,
        "schedule": s.schedule,
        "locations": s.locations.iter().map(|at| {
            let mut facts = location_facts(&at.location);
            facts["schedule"] = value(&at.schedule);
            // The place's own areas (absent when it has none: older readers lose nothing).
            facts["service_areas"] = value(&at.service_areas);
            facts
        }).collect::<Vec<_>>(),
        "sources": s.trust.sources,
        "verified_at": s.trust.verified_at,
        "verifier": s.trust.verifier,
        "source_checked_on": s.trust.source_checked_on,
        "review_days": policy.interval_days(&s.topics, s.review_interval_days),
        "kept": s.trust.kept.is_some().then_some(true),
        "details": details_facts(&s.details),
        "safety": safety_facts(&s.safety),
        "organization": org.map(|o| json!({
            "id": o.id.to_string(),
            "slug": o.slug.as_str(),
            "name": original(&o.name),
            "url": o.url,
            "email": o.email,
            "phones": o.phones,
            "sources": o.trust.sources,
            "verified_at": o.trust.verified_at,
        })),
    })
}

/// A number as canonical JSON writes it: an integral value as an integer (`3`, never `3.0`),
/// as `JSON.stringify` does, so a client re-serializing a record gets the same bytes.
fn num(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        json!(x as i64)
    } else {
        json!(x)
    }
}

/// A service's HSDS 3.1 details: facts as they are, each text as written (its translations go
/// to the language files). The assurer's email stays on the server (a person's address).
fn details_facts(d: &ServiceDetails) -> Value {
    json!({
        "eligibility": d.eligibility.as_ref().map(original),
        "minimum_age": d.minimum_age,
        "maximum_age": d.maximum_age,
        "fees": d.fees.as_ref().map(original),
        "cost_options": d.cost_options.iter().map(|c| json!({
            "option": c.option,
            "amount": c.amount.map(num),
            "currency": c.currency,
            "amount_description": c.amount_description,
            "valid_from": c.valid_from,
            "valid_to": c.valid_to,
        })).collect::<Vec<_>>(),
        "documents": d.documents.iter().map(|doc| json!({
            "document": original(&doc.document),
            "uri": doc.uri,
        })).collect::<Vec<_>>(),
        "application_process": d.application_process.as_ref().map(original),
        "alert": d.alert.as_ref().map(original),
        "program": d.program,
        "additional_urls": d.additional_urls,
        "service_areas": d.service_areas,
        "capacity": d.capacity.iter().map(|c| json!({
            "available": num(c.available),
            "maximum": c.maximum.map(num),
            "unit": c.unit,
            "description": c.description,
            "updated": c.updated,
        })).collect::<Vec<_>>(),
        "assured": d.assured.as_ref().map(|a| a.date),
    })
}

/// The "is it safe for me" facts that are known, each `{value, source, checked}`; an unknown
/// one is absent. The public-charge note as written.
fn safety_facts(f: &SafetyFacts) -> Value {
    json!({
        "asks_status": f.asks_status.as_ref().map(value),
        "id_needed": f.id_needed.as_ref().map(value),
        "ssn_needed": f.ssn_needed.as_ref().map(value),
        "regardless_of_status": f.regardless_of_status.as_ref().map(value),
        "public_charge": f.public_charge.as_ref().map(value),
        "public_charge_note": f.public_charge_note.as_ref().map(original),
    })
}

fn service_texts(s: &Service, org: Option<&Organization>, chain: &[String]) -> Option<Value> {
    let mut m = Map::new();
    put(&mut m, "name", shown(&s.name, chain));
    put(&mut m, "description", shown(&s.description, chain));
    put(
        &mut m,
        "organization_name",
        org.and_then(|o| shown(&o.name, chain)),
    );
    let d = &s.details;
    for (key, text) in [
        ("eligibility", &d.eligibility),
        ("fees", &d.fees),
        ("application_process", &d.application_process),
        ("alert", &d.alert),
        ("public_charge_note", &s.safety.public_charge_note),
    ] {
        put(&mut m, key, text.as_ref().and_then(|t| shown(t, chain)));
    }
    let documents: Map<String, Value> = d
        .documents
        .iter()
        .enumerate()
        .filter_map(|(i, doc)| Some((i.to_string(), shown(&doc.document, chain)?)))
        .collect();
    if !documents.is_empty() {
        m.insert("documents".to_owned(), Value::Object(documents));
    }
    let places: Map<String, Value> = s
        .locations
        .iter()
        .filter_map(|at| {
            Some((
                at.location.id.to_string(),
                location_texts(&at.location, chain)?,
            ))
        })
        .collect();
    if !places.is_empty() {
        m.insert("locations".to_owned(), Value::Object(places));
    }
    (!m.is_empty()).then_some(Value::Object(m))
}

/// An organization as search finds it (its listings carry its name and contacts).
fn organization_facts(o: &Organization) -> Value {
    json!({
        "slug": o.slug.as_str(),
        "name": original(&o.name),
        "description": o.description.as_ref().map(original),
        "verified_at": o.trust.verified_at,
    })
}

fn organization_texts(o: &Organization, chain: &[String]) -> Option<Value> {
    let mut m = Map::new();
    put(&mut m, "name", shown(&o.name, chain));
    put(
        &mut m,
        "description",
        o.description.as_ref().and_then(|d| shown(d, chain)),
    );
    (!m.is_empty()).then_some(Value::Object(m))
}

fn guide_facts(g: &Guide, policy: &ReviewPolicy) -> Value {
    json!({
        "review_days": policy.interval_days(&g.topics, g.review_interval_days),
        "slug": g.slug.as_str(),
        "title": original(&g.title),
        "summary": original(&g.summary),
        "body": original(&g.body),
        "topics": g.topics,
        "sources": g.sources,
        "reviewed_at": g.reviewed_at,
        "changing_facts": g.changing_facts,
    })
}

fn guide_texts(g: &Guide, chain: &[String]) -> Option<Value> {
    let mut m = Map::new();
    put(&mut m, "title", shown(&g.title, chain));
    put(&mut m, "summary", shown(&g.summary, chain));
    put(&mut m, "body", shown(&g.body, chain));
    (!m.is_empty()).then_some(Value::Object(m))
}

fn event_facts(e: &Event) -> Value {
    json!({
        "slug": e.slug.as_str(),
        "organization_id": e.organization_id.map(|id| id.to_string()),
        "title": original(&e.title),
        "description": original(&e.description),
        "starts_at": e.starts_at,
        "ends_at": e.ends_at,
        "timezone": e.timezone,
        "location": e.location.as_ref().map(location_facts),
        "languages": e.languages,
        "topics": e.topics,
        "free": e.free,
        "sources": e.trust.sources,
        "verified_at": e.trust.verified_at,
        "verifier": e.trust.verifier,
    })
}

fn event_texts(e: &Event, chain: &[String]) -> Option<Value> {
    let mut m = Map::new();
    put(&mut m, "title", shown(&e.title, chain));
    put(&mut m, "description", shown(&e.description, chain));
    put(
        &mut m,
        "location",
        e.location.as_ref().and_then(|l| location_texts(l, chain)),
    );
    (!m.is_empty()).then_some(Value::Object(m))
}

/// A record as stored: no null members (canonical JSON has none) and no empty lists or
/// objects either — an absent member means "none".
fn compact(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, compact(v)))
                .filter(|(_, v)| match v {
                    Value::Null => false,
                    Value::Array(a) => !a.is_empty(),
                    Value::Object(o) => !o.is_empty(),
                    _ => true,
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(compact).collect()),
        other => other,
    }
}

/// The contents of a release for `region` in `languages`, as of `now` (events that ended
/// before it are left out; so are defunct services). Guides are not regional: every bundle
/// has them all.
pub fn contents(
    input: &Input<'_>,
    region: &Region,
    languages: &[String],
    now: Timestamp,
) -> Contents {
    let orgs: BTreeMap<_, &Organization> = input.organizations.iter().map(|o| (o.id, o)).collect();
    // The operator's review intervals (legal help shorter); the bundle carries each record's,
    // so a phone tells "may be out of date" without knowing the policy.
    let policy = input.review;
    let services: Vec<&Service> = input
        .services
        .iter()
        // A listing past twice its review interval stays in: the bundle carries what decides
        // (`verified_at`, `source_checked_on`, `review_days`, `kept`) and the phone's engine
        // judges it on the day it searches, weeks after this export.
        .filter(|s| s.is_carried())
        .filter(|s| {
            *region == Region::All || s.locations.iter().any(|at| region.contains(&at.location))
        })
        .collect();
    let events: Vec<&Event> = input
        .events
        .iter()
        .filter(|e| e.ends_at.unwrap_or(e.starts_at) >= now)
        .filter(|e| {
            *region == Region::All || e.location.as_ref().is_some_and(|l| region.contains(l))
        })
        .collect();

    // The organizations search can find: every one in `all`, else those of the listings.
    let organizations: Vec<&Organization> = input
        .organizations
        .iter()
        .filter(|o| *region == Region::All || services.iter().any(|s| s.organization_id == o.id))
        .collect();

    let mut contents = Contents::new();
    let mut file = |name: String, records: Records| {
        contents.insert(name, records);
    };
    let canon = compact;
    file(
        "shared/listings".to_owned(),
        services
            .iter()
            .map(|s| {
                (
                    s.id.to_string(),
                    canon(service_facts(
                        s,
                        orgs.get(&s.organization_id).copied(),
                        policy,
                    )),
                )
            })
            .collect(),
    );
    file(
        "shared/organizations".to_owned(),
        organizations
            .iter()
            .map(|o| (o.id.to_string(), canon(organization_facts(o))))
            .collect(),
    );
    file(
        "shared/guides".to_owned(),
        input
            .guides
            .iter()
            .map(|g| (g.id.to_string(), canon(guide_facts(g, policy))))
            .collect(),
    );
    file(
        "shared/events".to_owned(),
        events
            .iter()
            .map(|e| (e.id.to_string(), canon(event_facts(e))))
            .collect(),
    );
    for lang in languages {
        let chain = chain(lang);
        file(
            format!("{lang}/listings"),
            services
                .iter()
                .filter_map(|s| {
                    let texts = service_texts(s, orgs.get(&s.organization_id).copied(), &chain)?;
                    Some((s.id.to_string(), canon(texts)))
                })
                .collect(),
        );
        file(
            format!("{lang}/organizations"),
            organizations
                .iter()
                .filter_map(|o| Some((o.id.to_string(), canon(organization_texts(o, &chain)?))))
                .collect(),
        );
        file(
            format!("{lang}/guides"),
            input
                .guides
                .iter()
                .filter_map(|g| Some((g.id.to_string(), canon(guide_texts(g, &chain)?))))
                .collect(),
        );
        file(
            format!("{lang}/events"),
            events
                .iter()
                .filter_map(|e| Some((e.id.to_string(), canon(event_texts(e, &chain)?))))
                .collect(),
        );
        file(
            format!("{lang}/glossary"),
            input
                .glossary
                .concepts
                .iter()
                .filter_map(|(id, terms)| {
                    let list = chain.iter().find_map(|l| terms.get(l))?;
                    Some((id.clone(), json!(list)))
                })
                .collect(),
        );
        file(
            format!("{lang}/ui"),
            input
                .ui
                .get(lang)
                .map(|m| {
                    m.iter()
                        .filter(|(id, _)| !server_only_message(id))
                        .map(|(k, v)| (k.clone(), json!(v)))
                        .collect()
                })
                .unwrap_or_default(),
        );
    }
    contents
}
