//! Between rows and core types. JSON columns hold core values serialized with serde, so their
//! validation runs again when they are read back.

use chrono::{DateTime, NaiveDate, Utc};
use jiff::Timestamp;
use jiff::civil::Date;
use sea_orm::ActiveValue::Set;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use vecino_core::{
    Accreditation, ChangeOp, EntityKind, Event, GeoPoint, GeoPrecision, Guide, Id, Location,
    Organization, Service, ServiceAtLocation, ServiceStatus, Slug, Topic, Trust,
};

use crate::entity::{events, guides, locations, organizations, service_at_locations, services};
use crate::{Error, Result};

pub(crate) fn to_json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("core types serialize to JSON")
}

fn from_json<T: DeserializeOwned>(what: &'static str, id: &str, value: Value) -> Result<T> {
    serde_json::from_value(value).map_err(|e| corrupt(what, id, e))
}

fn corrupt(what: &'static str, id: &str, reason: impl ToString) -> Error {
    Error::Corrupt {
        what,
        id: id.to_owned(),
        reason: reason.to_string(),
    }
}

/// Timestamps are kept to the microsecond, the precision PostgreSQL stores.
pub(crate) fn to_chrono(ts: Timestamp) -> DateTime<Utc> {
    let micros = ts.as_microsecond();
    DateTime::from_timestamp_micros(micros).expect("a jiff timestamp fits chrono")
}

/// A stored instant outside the range the domain holds (years -9999 to 9999) is corrupt.
pub(crate) fn from_chrono(dt: DateTime<Utc>) -> Result<Timestamp> {
    Timestamp::from_microsecond(dt.timestamp_micros())
        .map_err(|e| corrupt("time", &dt.to_string(), e))
}

pub(crate) fn to_naive(d: Date) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year().into(), d.month() as u32, d.day() as u32)
        .expect("a civil date fits chrono")
}

fn from_naive(d: NaiveDate) -> Result<Date> {
    use chrono::Datelike;
    Date::new(d.year() as i16, d.month() as i8, d.day() as i8)
        .map_err(|e| corrupt("date", &d.to_string(), e))
}

fn parse_id(what: &'static str, id: &str) -> Result<Id> {
    Id::parse(id).map_err(|e| corrupt(what, id, e))
}

fn parse_slug(what: &'static str, id: &str, slug: &str) -> Result<Slug> {
    Slug::parse(slug).map_err(|e| corrupt(what, id, e))
}

fn parse_url(
    what: &'static str,
    id: &str,
    url: Option<String>,
) -> Result<Option<vecino_core::WebUrl>> {
    url.map(|u| u.parse().map_err(|e| corrupt(what, id, e)))
        .transpose()
}

/// The trust columns every record with trust has, as read.
struct TrustColumns {
    sources: Value,
    verified_at: Option<DateTime<Utc>>,
    verifier: Option<String>,
    changed_since_check: Option<DateTime<Utc>>,
    source_checked_on: Option<NaiveDate>,
    kept: Option<Value>,
}

fn trust(what: &'static str, id: &str, columns: TrustColumns) -> Result<Trust> {
    let TrustColumns {
        sources,
        verified_at,
        verifier,
        changed_since_check,
        source_checked_on,
        kept,
    } = columns;
    Ok(Trust {
        sources: from_json(what, id, sources)?,
        verified_at: verified_at.map(from_chrono).transpose()?,
        verifier,
        changed_since_check: changed_since_check.map(from_chrono).transpose()?,
        source_checked_on: source_checked_on.map(from_naive).transpose()?,
        kept: kept.map(|k| from_json(what, id, k)).transpose()?,
    })
}

pub(crate) fn organization_row(org: &Organization, revision: i64) -> organizations::ActiveModel {
    organizations::ActiveModel {
        id: Set(org.id.to_string()),
        slug: Set(org.slug.to_string()),
        name: Set(to_json(&org.name)),
        description: Set(org.description.as_ref().map(to_json)),
        url: Set(org.url.as_ref().map(|u| u.to_string())),
        email: Set(org.email.clone()),
        phones: Set(to_json(&org.phones)),
        sources: Set(to_json(&org.trust.sources)),
        verified_at: Set(org.trust.verified_at.map(to_chrono)),
        verifier: Set(org.trust.verifier.clone()),
        changed_since_check: Set(org.trust.changed_since_check.map(to_chrono)),
        source_checked_on: Set(org.trust.source_checked_on.map(to_naive)),
        kept: Set(org.trust.kept.as_ref().map(to_json)),
        revision: Set(revision),
        updated_at: Set(Utc::now()),
    }
}

pub(crate) fn organization(row: organizations::Model) -> Result<Organization> {
    const WHAT: &str = "organization";
    let id = row.id;
    Ok(Organization {
        id: parse_id(WHAT, &id)?,
        slug: parse_slug(WHAT, &id, &row.slug)?,
        name: from_json(WHAT, &id, row.name)?,
        description: row
            .description
            .map(|d| from_json(WHAT, &id, d))
            .transpose()?,
        url: parse_url(WHAT, &id, row.url)?,
        email: row.email,
        phones: from_json(WHAT, &id, row.phones)?,
        trust: trust(
            WHAT,
            &id,
            TrustColumns {
                sources: row.sources,
                verified_at: row.verified_at,
                verifier: row.verifier,
                changed_since_check: row.changed_since_check,
                source_checked_on: row.source_checked_on,
                kept: row.kept,
            },
        )?,
    })
}

/// A place's row, owned by `organization` (`None`: an event's place, owned by no one).
pub(crate) fn location_row(
    location: &Location,
    organization: Option<Id>,
) -> locations::ActiveModel {
    locations::ActiveModel {
        organization_id: Set(organization.map(|id| id.to_string())),
        id: Set(location.id.to_string()),
        slug: Set(location.slug.to_string()),
        name: Set(location.name.as_ref().map(to_json)),
        address: Set(location.address.as_ref().map(to_json)),
        latitude: Set(location.point.map(|p| p.latitude())),
        longitude: Set(location.point.map(|p| p.longitude())),
        geo_precision: Set(location.point.map(|p| {
            match p.precision() {
                GeoPrecision::Exact => "exact",
                GeoPrecision::City => "city",
            }
            .to_owned()
        })),
        timezone: Set(location.timezone.clone()),
        accessibility: Set(to_json(&location.accessibility)),
    }
}

pub(crate) fn location(row: locations::Model) -> Result<Location> {
    const WHAT: &str = "location";
    let id = row.id;
    let point = match (row.latitude, row.longitude) {
        (Some(lat), Some(lon)) => {
            let precision = match row.geo_precision.as_deref() {
                Some("city") => GeoPrecision::City,
                _ => GeoPrecision::Exact,
            };
            Some(GeoPoint::new(lat, lon, precision).map_err(|e| corrupt(WHAT, &id, e))?)
        }
        _ => None,
    };
    Ok(Location {
        id: parse_id(WHAT, &id)?,
        slug: parse_slug(WHAT, &id, &row.slug)?,
        name: row.name.map(|n| from_json(WHAT, &id, n)).transpose()?,
        address: row.address.map(|a| from_json(WHAT, &id, a)).transpose()?,
        point,
        timezone: row.timezone,
        accessibility: from_json(WHAT, &id, row.accessibility)?,
    })
}

pub(crate) fn service_row(service: &Service, revision: i64) -> services::ActiveModel {
    services::ActiveModel {
        id: Set(service.id.to_string()),
        slug: Set(service.slug.to_string()),
        organization_id: Set(service.organization_id.to_string()),
        name: Set(to_json(&service.name)),
        description: Set(to_json(&service.description)),
        status: Set(service.status.slug().to_owned()),
        languages: Set(to_json(&service.languages)),
        accreditation: Set(service.accreditation.map(|a| a.slug().to_owned())),
        accreditation_evidence: Set(service.accreditation_evidence.as_ref().map(to_json)),
        details: Set((!service.details.is_empty()).then(|| to_json(&service.details))),
        safety: Set((!service.safety.is_empty()).then(|| to_json(&service.safety))),
        review_interval_days: Set(service.review_interval_days.map(i32::from)),
        free: Set(service.free),
        url: Set(service.url.as_ref().map(|u| u.to_string())),
        email: Set(service.email.clone()),
        phones: Set(to_json(&service.phones)),
        schedule: Set(service.schedule.as_ref().map(to_json)),
        sources: Set(to_json(&service.trust.sources)),
        verified_at: Set(service.trust.verified_at.map(to_chrono)),
        verifier: Set(service.trust.verifier.clone()),
        changed_since_check: Set(service.trust.changed_since_check.map(to_chrono)),
        source_checked_on: Set(service.trust.source_checked_on.map(to_naive)),
        kept: Set(service.trust.kept.as_ref().map(to_json)),
        revision: Set(revision),
        updated_at: Set(Utc::now()),
    }
}

pub(crate) fn service_at_location_row(
    service_id: Id,
    position: usize,
    at: &ServiceAtLocation,
) -> service_at_locations::ActiveModel {
    service_at_locations::ActiveModel {
        id: Set(at.id.to_string()),
        service_id: Set(service_id.to_string()),
        location_id: Set(at.location.id.to_string()),
        position: Set(position as i16),
        schedule: Set(at.schedule.as_ref().map(to_json)),
        service_areas: Set((!at.service_areas.is_empty()).then(|| to_json(&at.service_areas))),
    }
}

/// Assembles a service from its row, its topics (in order) and its places (in order).
pub(crate) fn service(
    row: services::Model,
    topics: Vec<String>,
    places: Vec<(service_at_locations::Model, locations::Model)>,
) -> Result<Service> {
    const WHAT: &str = "service";
    let id = row.id;
    let status = ServiceStatus::parse(&row.status).ok_or_else(|| {
        corrupt(
            WHAT,
            &id,
            format!("{:?} is not a service status", row.status),
        )
    })?;
    let accreditation = row
        .accreditation
        .map(|a| from_json::<Accreditation>(WHAT, &id, Value::String(a)))
        .transpose()?;
    let topics = topics
        .iter()
        .map(|t| Topic::parse(t).map_err(|e| corrupt(WHAT, &id, e)))
        .collect::<Result<_>>()?;
    let locations = places
        .into_iter()
        .map(|(at, loc)| {
            Ok(ServiceAtLocation {
                id: parse_id(WHAT, &at.id)?,
                schedule: at.schedule.map(|s| from_json(WHAT, &id, s)).transpose()?,
                service_areas: at
                    .service_areas
                    .map(|a| from_json(WHAT, &id, a))
                    .transpose()?
                    .unwrap_or_default(),
                location: location(loc)?,
            })
        })
        .collect::<Result<_>>()?;
    Ok(Service {
        id: parse_id(WHAT, &id)?,
        slug: parse_slug(WHAT, &id, &row.slug)?,
        organization_id: parse_id(WHAT, &row.organization_id)?,
        name: from_json(WHAT, &id, row.name)?,
        description: from_json(WHAT, &id, row.description)?,
        status,
        topics,
        languages: from_json(WHAT, &id, row.languages)?,
        accreditation,
        accreditation_evidence: row
            .accreditation_evidence
            .map(|e| from_json(WHAT, &id, e))
            .transpose()?,
        free: row.free,
        url: parse_url(WHAT, &id, row.url)?,
        email: row.email,
        phones: from_json(WHAT, &id, row.phones)?,
        schedule: row.schedule.map(|s| from_json(WHAT, &id, s)).transpose()?,
        locations,
        details: row
            .details
            .map(|d| from_json(WHAT, &id, d))
            .transpose()?
            .unwrap_or_default(),
        safety: row
            .safety
            .map(|d| from_json(WHAT, &id, d))
            .transpose()?
            .unwrap_or_default(),
        review_interval_days: row
            .review_interval_days
            .map(|d| u16::try_from(d).map_err(|e| corrupt(WHAT, &id, e)))
            .transpose()?,
        trust: trust(
            WHAT,
            &id,
            TrustColumns {
                sources: row.sources,
                verified_at: row.verified_at,
                verifier: row.verifier,
                changed_since_check: row.changed_since_check,
                source_checked_on: row.source_checked_on,
                kept: row.kept,
            },
        )?,
    })
}

pub(crate) fn guide_row(guide: &Guide, revision: i64) -> guides::ActiveModel {
    guides::ActiveModel {
        id: Set(guide.id.to_string()),
        slug: Set(guide.slug.to_string()),
        title: Set(to_json(&guide.title)),
        summary: Set(to_json(&guide.summary)),
        body: Set(to_json(&guide.body)),
        topics: Set(to_json(&guide.topics)),
        sources: Set(to_json(&guide.sources)),
        reviewed_at: Set(to_naive(guide.reviewed_at)),
        changing_facts: Set(to_json(&guide.changing_facts)),
        review_interval_days: Set(guide.review_interval_days.map(i32::from)),
        revision: Set(revision),
        updated_at: Set(Utc::now()),
    }
}

pub(crate) fn guide(row: guides::Model) -> Result<Guide> {
    const WHAT: &str = "guide";
    let id = row.id;
    Ok(Guide {
        id: parse_id(WHAT, &id)?,
        slug: parse_slug(WHAT, &id, &row.slug)?,
        title: from_json(WHAT, &id, row.title)?,
        summary: from_json(WHAT, &id, row.summary)?,
        body: from_json(WHAT, &id, row.body)?,
        topics: from_json(WHAT, &id, row.topics)?,
        sources: from_json(WHAT, &id, row.sources)?,
        reviewed_at: from_naive(row.reviewed_at)?,
        changing_facts: from_json(WHAT, &id, row.changing_facts)?,
        review_interval_days: row
            .review_interval_days
            .map(|d| u16::try_from(d).map_err(|e| corrupt(WHAT, &id, e)))
            .transpose()?,
    })
}

pub(crate) fn event_row(event: &Event, revision: i64) -> events::ActiveModel {
    events::ActiveModel {
        id: Set(event.id.to_string()),
        slug: Set(event.slug.to_string()),
        organization_id: Set(event.organization_id.map(|id| id.to_string())),
        title: Set(to_json(&event.title)),
        description: Set(to_json(&event.description)),
        starts_at: Set(to_chrono(event.starts_at)),
        ends_at: Set(event.ends_at.map(to_chrono)),
        timezone: Set(event.timezone.clone()),
        location: Set(event.location.as_ref().map(to_json)),
        languages: Set(to_json(&event.languages)),
        topics: Set(to_json(&event.topics)),
        free: Set(event.free),
        sources: Set(to_json(&event.trust.sources)),
        verified_at: Set(event.trust.verified_at.map(to_chrono)),
        verifier: Set(event.trust.verifier.clone()),
        changed_since_check: Set(event.trust.changed_since_check.map(to_chrono)),
        source_checked_on: Set(event.trust.source_checked_on.map(to_naive)),
        kept: Set(event.trust.kept.as_ref().map(to_json)),
        revision: Set(revision),
        updated_at: Set(Utc::now()),
    }
}

pub(crate) fn event(row: events::Model) -> Result<Event> {
    const WHAT: &str = "event";
    let id = row.id;
    Ok(Event {
        id: parse_id(WHAT, &id)?,
        slug: parse_slug(WHAT, &id, &row.slug)?,
        organization_id: row
            .organization_id
            .map(|o| parse_id(WHAT, &o))
            .transpose()?,
        title: from_json(WHAT, &id, row.title)?,
        description: from_json(WHAT, &id, row.description)?,
        starts_at: from_chrono(row.starts_at)?,
        ends_at: row.ends_at.map(from_chrono).transpose()?,
        timezone: row.timezone,
        location: row.location.map(|l| from_json(WHAT, &id, l)).transpose()?,
        languages: from_json(WHAT, &id, row.languages)?,
        topics: from_json(WHAT, &id, row.topics)?,
        free: row.free,
        trust: trust(
            WHAT,
            &id,
            TrustColumns {
                sources: row.sources,
                verified_at: row.verified_at,
                verifier: row.verifier,
                changed_since_check: row.changed_since_check,
                source_checked_on: row.source_checked_on,
                kept: row.kept,
            },
        )?,
    })
}

pub(crate) fn op_str(op: ChangeOp) -> &'static str {
    match op {
        ChangeOp::Upsert => "upsert",
        ChangeOp::Delete => "delete",
    }
}

pub(crate) fn change(row: crate::entity::changes::Model) -> Result<vecino_core::Change> {
    const WHAT: &str = "change";
    let rev = row.revision.to_string();
    Ok(vecino_core::Change {
        revision: row.revision as u64,
        entity: EntityKind::parse(&row.entity).map_err(|e| corrupt(WHAT, &rev, e))?,
        id: parse_id(WHAT, &row.entity_id)?,
        op: match row.op.as_str() {
            "upsert" => ChangeOp::Upsert,
            "delete" => ChangeOp::Delete,
            other => return Err(corrupt(WHAT, &rev, format!("op {other:?}"))),
        },
        at: from_chrono(row.at)?,
    })
}
