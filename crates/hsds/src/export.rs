//! Core records as HSDS 3.1 JSON, valid against the official compiled schemas, with Vecino's
//! profile object (`vecino`) on each record for what HSDS has no field for. Must never write a
//! field HSDS gives a meaning the record does not have (no default phone type, no made-up fee).
//!
//! Text fields carry one language: the source text, or for a reader's fallback chain
//! (`["es-MX", "es", "en"]`) the best text along it. The `vecino` object always carries
//! every translation with its provenance.

use serde_json::{Map, Value, json};
use uuid::Uuid;
use vecino_core::{
    Event, Guide, Id, LocalizedText, Location, Organization, Phone, Schedule, Service, ServiceArea,
    ServiceAtLocation, Topic, Weekday,
};

use crate::profile::{VecinoLocation, VecinoOrganization, VecinoPlace, VecinoService};

/// The HSDS version Vecino speaks.
pub const HSDS_VERSION: &str = "3.1";

/// The taxonomy Vecino's topics form.
pub const TAXONOMY_NAME: &str = "vecino-topics";

const NAMESPACE: Uuid = Uuid::from_u128(0x3b0e_51a4_8c1d_4f0e_9a77_41c2_d5e6_f708);

/// An id for a part of a record HSDS gives its own id (a phone, an address), derived from
/// the record's id so that exports are stable.
fn part_id(owner: Id, part: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{owner}/{part}").as_bytes()).to_string()
}

/// The id of Vecino's topic taxonomy.
pub fn taxonomy_id() -> String {
    Uuid::new_v5(&NAMESPACE, TAXONOMY_NAME.as_bytes()).to_string()
}

fn pick<'a>(text: &'a LocalizedText, chain: &[String]) -> &'a str {
    if chain.is_empty() {
        text.source_text()
    } else {
        text.resolve(chain).text
    }
}

fn object(pairs: Vec<(&str, Option<Value>)>) -> Value {
    let mut map = Map::new();
    for (key, value) in pairs {
        if let Some(value) = value {
            map.insert(key.to_owned(), value);
        }
    }
    Value::Object(map)
}

fn to_value<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("core types serialize")
}

/// The taxonomy Vecino's topics belong to (HSDS `taxonomy`).
pub fn taxonomy() -> Value {
    json!({
        "id": taxonomy_id(),
        "name": TAXONOMY_NAME,
        "description": "Vecino's topics for immigrant communities, each mapped to the Welcoming Standard's categories and, where one fits, an Open Eligibility term.",
    })
}

/// One topic as an HSDS `taxonomy_term`.
pub fn taxonomy_term(topic: Topic) -> Value {
    let term = topic.taxonomy_term();
    let description = match term.open_eligibility {
        Some((code, name)) => format!("{} (Open Eligibility {code} {name})", term.name),
        None => term.name.to_owned(),
    };
    json!({
        "id": term.id.to_string(),
        "code": term.code,
        "name": term.name,
        "description": description,
        "taxonomy": TAXONOMY_NAME,
        "taxonomy_id": taxonomy_id(),
        "taxonomy_detail": taxonomy(),
    })
}

fn phones(owner: Id, phones: &[Phone]) -> Vec<Value> {
    phones
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let id = part_id(owner, &format!("phone/{i}"));
            // HSDS wants a numeric extension; one with letters stays in the profile.
            let extension = p
                .extension()
                .and_then(|e| e.trim().parse::<u64>().ok())
                .map(Value::from);
            let languages: Vec<Value> = p
                .languages()
                .iter()
                .enumerate()
                .map(|(j, l)| {
                    json!({
                        "id": part_id(owner, &format!("phone/{i}/language/{j}")),
                        "phone_id": id,
                        "code": l.as_str(),
                    })
                })
                .collect();
            object(vec![
                ("id", Some(json!(id))),
                ("number", Some(json!(p.number()))),
                ("extension", extension),
                // Unstated stays unstated: HSDS has no "unknown" type.
                ("type", p.kind().map(|k| json!(k.slug()))),
                ("description", p.description().map(|d| json!(d))),
                (
                    "languages",
                    (!languages.is_empty()).then(|| json!(languages)),
                ),
            ])
        })
        .collect()
}

fn byday(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "MO",
        Weekday::Tuesday => "TU",
        Weekday::Wednesday => "WE",
        Weekday::Thursday => "TH",
        Weekday::Friday => "FR",
        Weekday::Saturday => "SA",
        Weekday::Sunday => "SU",
    }
}

/// Weekly hours as HSDS schedules: one per distinct pair of times, with the days it applies
/// to. Dated exceptions are only in the profile.
fn schedules(owner: Id, schedule: Option<&Schedule>, link: (&str, Id)) -> Vec<Value> {
    let Some(schedule) = schedule else {
        return Vec::new();
    };
    let mut groups: Vec<(vecino_core::TimeRange, Vec<&'static str>)> = Vec::new();
    for hours in schedule.weekly() {
        match groups.iter_mut().find(|(r, _)| *r == hours.hours) {
            Some((_, days)) => days.push(byday(hours.weekday)),
            None => groups.push((hours.hours, vec![byday(hours.weekday)])),
        }
    }
    groups
        .into_iter()
        .enumerate()
        .map(|(i, (range, days))| {
            json!({
                "id": part_id(owner, &format!("schedule/{i}")),
                link.0: link.1.to_string(),
                "freq": "WEEKLY",
                "byday": days.join(","),
                "opens_at": range.opens.strftime("%H:%M").to_string(),
                "closes_at": range.closes.strftime("%H:%M").to_string(),
                "description": format!("Times are local to {}.", schedule.timezone()),
            })
        })
        .collect()
}

fn location(loc: &Location, chain: &[String]) -> Value {
    let addresses: Vec<Value> = loc
        .address
        .iter()
        .map(|a| {
            json!({
                "id": part_id(loc.id, "address"),
                "location_id": loc.id.to_string(),
                "address_1": a.address_1.clone().unwrap_or_default(),
                "city": a.city,
                "state_province": a.state_province,
                "postal_code": a.postal_code.clone().unwrap_or_default(),
                "country": a.country,
                "address_type": "physical",
            })
        })
        .collect();
    let accessibility: Vec<Value> = loc
        .accessibility
        .iter()
        .enumerate()
        .map(|(i, a)| {
            object(vec![
                (
                    "id",
                    Some(json!(part_id(loc.id, &format!("accessibility/{i}")))),
                ),
                ("location_id", Some(json!(loc.id.to_string()))),
                ("description", Some(to_value(&a.feature))),
                ("details", a.details.as_ref().map(|d| json!(pick(d, chain)))),
            ])
        })
        .collect();
    let ext = VecinoLocation {
        slug: loc.slug.clone(),
        name: loc.name.clone(),
        address: loc.address.clone(),
        point: loc.point,
        timezone: loc.timezone.clone(),
        accessibility: loc.accessibility.clone(),
    };
    object(vec![
        ("id", Some(json!(loc.id.to_string()))),
        ("location_type", Some(json!("physical"))),
        ("name", loc.name.as_ref().map(|n| json!(pick(n, chain)))),
        ("latitude", loc.point.map(|p| json!(p.latitude()))),
        ("longitude", loc.point.map(|p| json!(p.longitude()))),
        ("addresses", Some(json!(addresses))),
        ("accessibility", Some(json!(accessibility))),
        ("vecino", Some(to_value(&ext))),
    ])
}

/// A fully nested HSDS `service_at_location` of `service` (its `service` is the list form).
pub fn service_at_location(
    service: &Service,
    organization: Option<&Organization>,
    place: &ServiceAtLocation,
    chain: &[String],
) -> Value {
    let mut value = place_value(service, place, chain);
    if let Value::Object(map) = &mut value {
        map.insert(
            "service".into(),
            service_list_item(service, organization, chain),
        );
    }
    value
}

fn place_value(service: &Service, place: &ServiceAtLocation, chain: &[String]) -> Value {
    json!({
        "id": place.id.to_string(),
        "service_id": service.id.to_string(),
        "location_id": place.location.id.to_string(),
        "location": location(&place.location, chain),
        "schedules": schedules(place.id, place.schedule.as_ref(), ("service_at_location_id", place.id)),
        // The place's own areas, else the service's (they hold at each of its places); import
        // forgets a place's areas that repeat the service's, so this is lossless.
        "service_areas": service_areas(place.id, place_areas(service, place), ("service_at_location_id", place.id)),
        "vecino": to_value(&VecinoPlace { schedule: place.schedule.clone() }),
    })
}

/// The areas served from `place`: its own, or when it has none the service's.
fn place_areas<'a>(service: &'a Service, place: &'a ServiceAtLocation) -> &'a [ServiceArea] {
    if place.service_areas.is_empty() {
        &service.details.service_areas
    } else {
        &place.service_areas
    }
}

fn service_areas(owner: Id, areas: &[ServiceArea], link: (&str, Id)) -> Vec<Value> {
    areas
        .iter()
        .enumerate()
        .map(|(i, a)| {
            object(vec![
                (
                    "id",
                    Some(json!(part_id(owner, &format!("service_area/{i}")))),
                ),
                (link.0, Some(json!(link.1.to_string()))),
                ("name", Some(json!(a.name))),
                ("description", a.description.as_ref().map(|d| json!(d))),
            ])
        })
        .collect()
}

/// The id of a capacity's unit: the same name is the same unit across the directory.
fn unit_id(name: &str) -> String {
    Uuid::new_v5(
        &NAMESPACE,
        format!("unit/{}", name.trim().to_lowercase()).as_bytes(),
    )
    .to_string()
}

/// The HSDS 3.1 one-to-many parts of a service's details: prices, documents, program, web
/// pages, areas and capacity.
fn detail_arrays(service: &Service, chain: &[String]) -> Vec<(&'static str, Option<Value>)> {
    let d = &service.details;
    let sid = service.id.to_string();
    let cost_options: Vec<Value> = d
        .cost_options
        .iter()
        .enumerate()
        .map(|(i, c)| {
            object(vec![
                (
                    "id",
                    Some(json!(part_id(service.id, &format!("cost_option/{i}")))),
                ),
                ("service_id", Some(json!(sid))),
                ("option", c.option.as_ref().map(|o| json!(o))),
                ("amount", c.amount.map(|a| json!(a))),
                ("currency", c.currency.as_ref().map(|o| json!(o))),
                (
                    "amount_description",
                    c.amount_description.as_ref().map(|o| json!(o)),
                ),
                ("valid_from", c.valid_from.map(|v| json!(v.to_string()))),
                ("valid_to", c.valid_to.map(|v| json!(v.to_string()))),
            ])
        })
        .collect();
    let documents: Vec<Value> = d
        .documents
        .iter()
        .enumerate()
        .map(|(i, doc)| {
            object(vec![
                (
                    "id",
                    Some(json!(part_id(
                        service.id,
                        &format!("required_document/{i}")
                    ))),
                ),
                ("service_id", Some(json!(sid))),
                ("document", Some(json!(pick(&doc.document, chain)))),
                ("uri", doc.uri.as_ref().map(|u| json!(u.as_str()))),
            ])
        })
        .collect();
    let urls: Vec<Value> = d
        .additional_urls
        .iter()
        .enumerate()
        .map(|(i, u)| {
            object(vec![
                ("id", Some(json!(part_id(service.id, &format!("url/{i}"))))),
                ("service_id", Some(json!(sid))),
                ("label", u.label.as_ref().map(|l| json!(l))),
                ("url", Some(json!(u.url.as_str()))),
            ])
        })
        .collect();
    let capacities: Vec<Value> = d
        .capacity
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let unit = unit_id(&c.unit);
            object(vec![
                (
                    "id",
                    Some(json!(part_id(service.id, &format!("capacity/{i}")))),
                ),
                ("service_id", Some(json!(sid))),
                ("unit_id", Some(json!(unit))),
                ("unit", Some(json!({"id": unit, "name": c.unit}))),
                ("available", Some(json!(c.available))),
                ("maximum", c.maximum.map(|m| json!(m))),
                ("description", c.description.as_ref().map(|m| json!(m))),
                ("updated", Some(json!(c.updated.to_string()))),
            ])
        })
        .collect();
    // A program is the organization's: the same name under one organization is one program.
    let program = d.program.as_ref().map(|p| {
        json!({
            "id": part_id(service.organization_id, &format!("program/{}", p.name)),
            "organization_id": service.organization_id.to_string(),
            "name": p.name,
            "description": p.description.clone().unwrap_or_default(),
        })
    });
    vec![
        ("cost_options", Some(json!(cost_options))),
        ("required_documents", Some(json!(documents))),
        ("additional_urls", Some(json!(urls))),
        (
            "service_areas",
            Some(json!(service_areas(
                service.id,
                &d.service_areas,
                ("service_id", service.id)
            ))),
        ),
        ("capacities", Some(json!(capacities))),
        ("program", program),
    ]
}

fn attributes(service: &Service) -> Vec<Value> {
    service
        .topics
        .iter()
        .map(|topic| {
            let term = taxonomy_term(*topic);
            json!({
                "id": part_id(service.id, &format!("topic/{}", topic.slug())),
                "link_id": service.id.to_string(),
                "link_type": "service",
                "link_entity": "service",
                "taxonomy_term_id": term["id"],
                "taxonomy_term": term,
            })
        })
        .collect()
}

/// The one-to-one fields of a service, as HSDS `service_list` items have them.
pub fn service_list_item(
    service: &Service,
    organization: Option<&Organization>,
    chain: &[String],
) -> Value {
    let d = &service.details;
    let text = |t: &Option<LocalizedText>| t.as_ref().map(|t| json!(pick(t, chain)));
    // "Free" only when a source says it costs nothing and gives no words of its own.
    let fees = text(&d.fees).or_else(|| (service.free == Some(true)).then(|| json!("Free")));
    object(vec![
        ("id", Some(json!(service.id.to_string()))),
        (
            "organization_id",
            Some(json!(service.organization_id.to_string())),
        ),
        (
            "program_id",
            d.program.as_ref().map(|p| {
                json!(part_id(
                    service.organization_id,
                    &format!("program/{}", p.name)
                ))
            }),
        ),
        ("name", Some(json!(pick(&service.name, chain)))),
        (
            "description",
            Some(json!(pick(&service.description, chain))),
        ),
        ("url", service.url.as_ref().map(|u| json!(u.as_str()))),
        ("email", service.email.as_ref().map(|e| json!(e))),
        ("status", Some(json!(service.status.hsds()))),
        ("application_process", text(&d.application_process)),
        ("fees_description", fees),
        ("eligibility_description", text(&d.eligibility)),
        ("minimum_age", d.minimum_age.map(|a| json!(a))),
        ("maximum_age", d.maximum_age.map(|a| json!(a))),
        (
            "assured_date",
            d.assured
                .as_ref()
                .map(|a| a.date)
                .or(service.trust.source_checked_on)
                .map(|day| json!(day.to_string())),
        ),
        (
            "assurer_email",
            d.assured
                .as_ref()
                .and_then(|a| a.assurer_email.as_ref())
                .map(|e| json!(e)),
        ),
        ("alert", text(&d.alert)),
        (
            "organization",
            organization.map(|o| organization_list_item(o, chain)),
        ),
    ])
}

/// A fully nested HSDS `service`, valid against `schema/compiled/service.json`.
pub fn service(service: &Service, organization: Option<&Organization>, chain: &[String]) -> Value {
    let languages: Vec<Value> = service
        .languages
        .iter()
        .enumerate()
        .map(|(i, l)| {
            json!({
                "id": part_id(service.id, &format!("language/{i}")),
                "service_id": service.id.to_string(),
                "code": l.code.as_str(),
                "note": l.how.slug(),
            })
        })
        .collect();
    let ext = VecinoService {
        slug: service.slug.clone(),
        name: service.name.clone(),
        description: service.description.clone(),
        topics: service.topics.clone(),
        languages: service.languages.clone(),
        accreditation: service.accreditation,
        accreditation_evidence: service.accreditation_evidence.clone(),
        free: service.free,
        schedule: service.schedule.clone(),
        phones: Some(service.phones.clone()),
        trust: service.trust.clone(),
        details: service.details.clone(),
        safety: service.safety.clone(),
        review_interval_days: service.review_interval_days,
    };
    let mut value = service_list_item(service, None, chain);
    let map = value.as_object_mut().expect("an object");
    map.insert("phones".into(), json!(phones(service.id, &service.phones)));
    map.insert(
        "schedules".into(),
        json!(schedules(
            service.id,
            service.schedule.as_ref(),
            ("service_id", service.id)
        )),
    );
    map.insert(
        "service_at_locations".into(),
        json!(
            service
                .locations
                .iter()
                .map(|p| place_value(service, p, chain))
                .collect::<Vec<_>>()
        ),
    );
    map.insert("languages".into(), json!(languages));
    map.insert("attributes".into(), json!(attributes(service)));
    if let Some(org) = organization {
        map.insert("organization".into(), organization_list_item(org, chain));
    }
    for (key, part) in detail_arrays(service, chain) {
        if let Some(part) = part {
            map.insert(key.into(), part);
        }
    }
    map.insert("vecino".into(), to_value(&ext));
    value
}

/// The one-to-one fields of an organization (`organization_list` items), with the profile.
pub fn organization_list_item(org: &Organization, chain: &[String]) -> Value {
    let ext = VecinoOrganization {
        slug: org.slug.clone(),
        name: org.name.clone(),
        description: org.description.clone(),
        phones: Some(org.phones.clone()),
        trust: org.trust.clone(),
    };
    object(vec![
        ("id", Some(json!(org.id.to_string()))),
        ("name", Some(json!(pick(&org.name, chain)))),
        (
            "description",
            Some(json!(
                org.description.as_ref().map_or("", |d| pick(d, chain))
            )),
        ),
        ("website", org.url.as_ref().map(|u| json!(u.as_str()))),
        ("email", org.email.as_ref().map(|e| json!(e))),
        ("vecino", Some(to_value(&ext))),
    ])
}

/// A fully nested HSDS `organization` with its services in full, valid against
/// `schema/compiled/organization.json`.
pub fn organization(org: &Organization, services: &[&Service], chain: &[String]) -> Value {
    let mut value = organization_list_item(org, chain);
    let map = value.as_object_mut().expect("an object");
    map.insert("phones".into(), json!(phones(org.id, &org.phones)));
    map.insert(
        "services".into(),
        json!(
            services
                .iter()
                .map(|s| service(s, None, chain))
                .collect::<Vec<_>>()
        ),
    );
    value
}

/// The HSDS `Page` envelope around `contents`.
pub fn page(contents: Vec<Value>, total: u64, page: u64, per_page: u64) -> Value {
    let per_page = per_page.max(1);
    let total_pages = total.div_ceil(per_page).max(1);
    json!({
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": contents.len(),
        "first_page": page <= 1,
        "last_page": page >= total_pages,
        "empty": contents.is_empty(),
        "contents": contents,
    })
}

/// Everything an export writes.
pub struct Export {
    /// Fully nested organizations, each with its services: the HSDS 3 document.
    pub organizations: Value,
    /// Vecino's topics as HSDS taxonomy terms.
    pub taxonomy_terms: Value,
    /// Guides and events (Vecino's own records; not HSDS concepts), per the profile.
    pub guides: Value,
    pub events: Value,
}

/// The whole directory as HSDS 3 (plus the profile's guides and events).
pub fn directory(
    organizations: &[Organization],
    services: &[Service],
    guides: &[Guide],
    events: &[Event],
) -> Export {
    let mut orgs: Vec<&Organization> = organizations.iter().collect();
    orgs.sort_by_key(|o| o.id);
    let documents: Vec<Value> = orgs
        .iter()
        .map(|org| {
            let mut mine: Vec<&Service> = services
                .iter()
                .filter(|s| s.organization_id == org.id)
                .collect();
            mine.sort_by_key(|s| s.id);
            organization(org, &mine, &[])
        })
        .collect();
    let mut guides: Vec<&Guide> = guides.iter().collect();
    guides.sort_by_key(|g| g.id);
    let mut events: Vec<&Event> = events.iter().collect();
    events.sort_by_key(|e| e.id);
    Export {
        organizations: Value::Array(documents),
        taxonomy_terms: Value::Array(Topic::ALL.iter().map(|t| taxonomy_term(*t)).collect()),
        guides: to_value(&guides),
        events: to_value(&events),
    }
}
