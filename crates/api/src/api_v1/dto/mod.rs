//! The bodies `/api/v1` answers with: what the API promises, copied out of core, search and
//! i18n types by constructors, in the reader's language. The OpenAPI document's schemas are
//! derived from these very types, so a field cannot be served without being documented.
//! Never a core or search type serialized whole into a body: only what is listed here.
//! Core value types (phones, addresses, schedules…) are served in their own JSON form and
//! described by `openapi.rs`'s schemas (`value_type`), so vecino-core stays free of utoipa.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;
use vecino_core::{
    Accreditation, AsksStatus, Date, Freshness, Id, IdNeeded, Intake, Known, LanguageMode,
    LocaleTag, Phone, PhoneKind, PublicCharge, ReviewPolicy, Schedule, ServiceStatus, Slug, Source,
    Timestamp, Topic, WebUrl, WelcomingCategory,
};
use vecino_i18n::{Direction, I18n};
use vecino_search::{Facets, Hit, SearchResults};

use super::openapi as s;
use crate::lang::{Lang, LocalizedJson};

mod guides;
mod meta;
mod search;

pub use guides::*;
pub use meta::*;
pub use search::*;

/// What a constructor needs to name things for this reader: their language and the UI strings.
#[derive(Clone, Copy)]
pub struct Reader<'a> {
    pub lang: &'a Lang,
    pub i18n: &'a I18n,
    /// The review intervals freshness is judged by (the application's).
    pub review: &'a ReviewPolicy,
}

impl Reader<'_> {
    fn message(&self, id: &str) -> String {
        self.i18n.message(self.lang.ui(), id, None)
    }
}

// ---------------------------------------------------------------- directory

/// A topic with its name in the reader's language.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NamedTopic {
    #[schema(value_type = s::TopicSlug)]
    slug: &'static str,
    name: String,
}

impl NamedTopic {
    fn new(r: Reader<'_>, topic: Topic) -> Self {
        NamedTopic {
            slug: topic.slug(),
            name: r.message(&format!("topic-{}", topic.slug())),
        }
    }
}

/// A language a service is offered in, and how.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = LanguageOffered)]
pub struct LanguageOfferedDto {
    #[schema(value_type = s::LocaleTag)]
    code: LocaleTag,
    #[schema(value_type = s::LanguageMode)]
    how: LanguageMode,
    /// `how` in the reader's language.
    how_label: String,
}

/// A legal service's accreditation, explained in the reader's language.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccreditationInfo {
    #[schema(value_type = s::Accreditation)]
    kind: Accreditation,
    label: String,
    explanation: String,
    /// The day an admin found it on the source.
    #[schema(value_type = s::Date)]
    as_of: Option<Date>,
    /// The EOIR roster or the bar listing that shows it.
    #[schema(value_type = s::Source)]
    source: Option<Source>,
}

/// A record named in another (an organization in a service, a service in an organization).
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordRef {
    #[schema(value_type = s::Uuid)]
    id: Id,
    #[schema(value_type = s::Slug)]
    slug: Slug,
    name: LocalizedJson,
}

/// A place a service is offered at, with its own hours if they differ.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ServiceLocation {
    #[schema(value_type = s::Uuid)]
    id: Id,
    #[schema(value_type = s::Slug)]
    slug: Slug,
    #[schema(value_type = Option<s::Address>, required = true)]
    address: Option<vecino_core::Address>,
    #[schema(value_type = Option<s::GeoPoint>, required = true)]
    point: Option<vecino_core::GeoPoint>,
    #[schema(value_type = s::TimeZone)]
    timezone: String,
    #[schema(value_type = Vec<s::Accessibility>)]
    accessibility: Vec<vecino_core::Accessibility>,
    #[schema(value_type = Option<s::Schedule>, required = true)]
    schedule: Option<Schedule>,
    /// The areas served from this place, when they differ from the service's own
    /// `service_areas`; empty otherwise.
    service_areas: Vec<ServiceAreaDto>,
}

/// A service, in the reader's language.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Service)]
pub struct ServiceDto {
    #[schema(value_type = s::Uuid)]
    id: Id,
    #[schema(value_type = s::Slug)]
    slug: Slug,
    name: LocalizedJson,
    description: LocalizedJson,
    #[schema(required = true)]
    organization: Option<RecordRef>,
    #[schema(value_type = s::ServiceStatus)]
    status: ServiceStatus,
    topics: Vec<NamedTopic>,
    languages: Vec<LanguageOfferedDto>,
    #[schema(required = true)]
    accreditation: Option<AccreditationInfo>,
    /// Whether it is free; null when the listing does not say.
    #[schema(required = true)]
    free: Option<bool>,
    #[schema(value_type = Option<s::Url>, required = true)]
    url: Option<WebUrl>,
    phones: Vec<PhoneDto>,
    /// Who may use it (HSDS `eligibility_description`); null when the listing does not say.
    #[schema(required = true)]
    eligibility: Option<LocalizedJson>,
    /// The youngest age served; null when not stated.
    #[schema(required = true)]
    minimum_age: Option<u8>,
    /// The oldest age served; null when not stated.
    #[schema(required = true)]
    maximum_age: Option<u8>,
    /// What it costs, in words (HSDS `fees_description`); null when not stated.
    #[schema(required = true)]
    fees: Option<LocalizedJson>,
    cost_options: Vec<CostOptionDto>,
    /// What to bring (HSDS `required_document`).
    documents: Vec<DocumentDto>,
    /// How to apply (HSDS `application_process`); null when not stated.
    #[schema(required = true)]
    application_process: Option<LocalizedJson>,
    /// A notice to read first (HSDS `alert`); null when there is none.
    #[schema(required = true)]
    alert: Option<LocalizedJson>,
    #[schema(required = true)]
    program: Option<ProgramDto>,
    /// Other web pages: the application form, a flyer.
    additional_urls: Vec<LabeledUrlDto>,
    /// Where the people it serves live.
    service_areas: Vec<ServiceAreaDto>,
    /// How many it can take (HSDS `service_capacity`).
    capacity: Vec<CapacityDto>,
    /// Whether it takes new clients, from its capacity; null when no capacity is known.
    #[schema(value_type = Option<s::Intake>, required = true)]
    intake: Option<Intake>,
    /// The data owner's own assurance of the record (HSDS `assured_date`, `assurer_email`).
    #[schema(required = true)]
    assured: Option<AssuranceDto>,
    /// "Is it safe for me": each fact with its source and the day it was checked, or null
    /// when it is not known.
    safety: SafetyDto,
    /// Whether the listing is still likely true, against its review interval.
    freshness: FreshnessDto,
    /// Whether it is open now in its place's time zone; null when its hours are not known.
    #[schema(required = true)]
    open_now: Option<bool>,
    #[schema(value_type = Option<s::Schedule>, required = true)]
    schedule: Option<Schedule>,
    locations: Vec<ServiceLocation>,
    #[schema(value_type = Vec<s::Source>)]
    sources: Vec<Source>,
    /// When a person last checked the listing.
    #[schema(value_type = Option<s::DateTime>, required = true)]
    verified_at: Option<Timestamp>,
    #[schema(required = true)]
    verifier: Option<String>,
    /// When a change emptied a person's check: not checked since.
    #[schema(value_type = Option<s::DateTime>, required = true)]
    changed_since_check: Option<Timestamp>,
}

impl ServiceDto {
    /// `service` for this reader, with its organization when it is known, open now or not.
    pub fn new(
        r: Reader<'_>,
        service: &vecino_core::Service,
        org: Option<&vecino_core::Organization>,
        now: Timestamp,
    ) -> Self {
        let lang = r.lang;
        let ui = lang.ui();
        let d = &service.details;
        let today = now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
        ServiceDto {
            id: service.id,
            slug: service.slug.clone(),
            name: lang.text(&service.name),
            description: lang.text(&service.description),
            organization: org.map(|o| RecordRef {
                id: o.id,
                slug: o.slug.clone(),
                name: lang.text(&o.name),
            }),
            status: service.status,
            topics: service
                .topics
                .iter()
                .map(|t| NamedTopic::new(r, *t))
                .collect(),
            languages: service
                .languages
                .iter()
                .map(|l| LanguageOfferedDto {
                    code: l.code.clone(),
                    how: l.how,
                    how_label: r.message(&format!("language-how-{}", l.how.slug())),
                })
                .collect(),
            accreditation: service.accreditation.map(|a| {
                let id = format!("accreditation-{}", a.slug());
                let evidence = service.accreditation_evidence.as_ref();
                AccreditationInfo {
                    kind: a,
                    label: r.message(&id),
                    explanation: r.i18n.attribute(ui, &id, "explanation", None),
                    as_of: evidence.map(|e| e.as_of),
                    source: evidence.map(|e| e.source.clone()),
                }
            }),
            free: service.free,
            url: service.url.clone(),
            phones: service.phones.iter().map(PhoneDto::from).collect(),
            eligibility: d.eligibility.as_ref().map(|t| lang.text(t)),
            minimum_age: d.minimum_age,
            maximum_age: d.maximum_age,
            fees: d.fees.as_ref().map(|t| lang.text(t)),
            cost_options: d
                .cost_options
                .iter()
                .map(|c| CostOptionDto {
                    option: c.option.clone(),
                    amount: c.amount,
                    currency: c.currency.clone(),
                    amount_description: c.amount_description.clone(),
                    valid_from: c.valid_from,
                    valid_to: c.valid_to,
                })
                .collect(),
            documents: d
                .documents
                .iter()
                .map(|doc| DocumentDto {
                    document: lang.text(&doc.document),
                    uri: doc.uri.clone(),
                })
                .collect(),
            application_process: d.application_process.as_ref().map(|t| lang.text(t)),
            alert: d.alert.as_ref().map(|t| lang.text(t)),
            program: d.program.as_ref().map(|p| ProgramDto {
                name: p.name.clone(),
                description: p.description.clone(),
            }),
            additional_urls: d
                .additional_urls
                .iter()
                .map(|u| LabeledUrlDto {
                    label: u.label.clone(),
                    url: u.url.clone(),
                })
                .collect(),
            service_areas: d.service_areas.iter().map(ServiceAreaDto::from).collect(),
            capacity: d
                .capacity
                .iter()
                .map(|c| CapacityDto {
                    available: c.available,
                    maximum: c.maximum,
                    unit: c.unit.clone(),
                    description: c.description.clone(),
                    updated: c.updated,
                })
                .collect(),
            intake: d.intake(),
            assured: d.assured.as_ref().map(|a| AssuranceDto {
                date: a.date,
                assurer_email: a.assurer_email.clone(),
            }),
            safety: SafetyDto::new(lang, &service.safety),
            freshness: FreshnessDto::from(service.freshness(r.review, today)),
            open_now: service.is_open_at(now),
            schedule: service.schedule.clone(),
            locations: service
                .locations
                .iter()
                .map(|at| {
                    let l = &at.location;
                    ServiceLocation {
                        id: l.id,
                        slug: l.slug.clone(),
                        address: l.address.clone(),
                        point: l.point,
                        timezone: l.timezone.clone(),
                        accessibility: l.accessibility.clone(),
                        schedule: at.schedule.clone(),
                        service_areas: at.service_areas.iter().map(ServiceAreaDto::from).collect(),
                    }
                })
                .collect(),
            sources: service.trust.sources.clone(),
            verified_at: service.trust.verified_at,
            verifier: service.trust.verifier.clone(),
            changed_since_check: service.trust.changed_since_check,
        }
    }
}

/// A phone number as written, checked to be dialable (HSDS 3.1 `phone`).
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Phone)]
pub struct PhoneDto {
    number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    extension: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    description: Option<String>,
    /// What the number reaches (HSDS `type`): absent when the listing does not say.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = s::PhoneKind, nullable = false)]
    kind: Option<PhoneKind>,
    /// The languages spoken on this line, when the listing says.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schema(value_type = Vec<s::LocaleTag>)]
    languages: Vec<LocaleTag>,
}

impl From<&Phone> for PhoneDto {
    fn from(p: &Phone) -> Self {
        PhoneDto {
            number: p.number().to_owned(),
            extension: p.extension().map(str::to_owned),
            description: p.description().map(str::to_owned),
            kind: p.kind(),
            languages: p.languages().to_vec(),
        }
    }
}

/// One price (HSDS `cost_option`); a member the listing does not state is null.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = CostOption)]
pub struct CostOptionDto {
    /// What the price is for ("per visit", "sliding scale").
    #[schema(required = true)]
    option: Option<String>,
    #[schema(required = true)]
    amount: Option<f64>,
    /// ISO 4217 (`USD`).
    #[schema(required = true)]
    currency: Option<String>,
    #[schema(required = true)]
    amount_description: Option<String>,
    #[schema(value_type = Option<s::Date>, required = true)]
    valid_from: Option<Date>,
    #[schema(value_type = Option<s::Date>, required = true)]
    valid_to: Option<Date>,
}

/// A document to bring (HSDS `required_document`).
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = RequiredDocument)]
pub struct DocumentDto {
    document: LocalizedJson,
    /// Where to read about it.
    #[schema(value_type = Option<s::Url>, required = true)]
    uri: Option<WebUrl>,
}

/// The program a service belongs to (HSDS `program`).
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Program)]
pub struct ProgramDto {
    name: String,
    #[schema(required = true)]
    description: Option<String>,
}

/// A web page with a label (HSDS `url`).
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = LabeledUrl)]
pub struct LabeledUrlDto {
    #[schema(required = true)]
    label: Option<String>,
    #[schema(value_type = s::Url)]
    url: WebUrl,
}

/// An area served, by name (HSDS `service_area`).
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = ServiceArea)]
pub struct ServiceAreaDto {
    name: String,
    #[schema(required = true)]
    description: Option<String>,
}

impl From<&vecino_core::ServiceArea> for ServiceAreaDto {
    fn from(a: &vecino_core::ServiceArea) -> Self {
        ServiceAreaDto {
            name: a.name.clone(),
            description: a.description.clone(),
        }
    }
}

/// How much a service can take (HSDS `service_capacity` with its `unit`).
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Capacity)]
pub struct CapacityDto {
    #[schema(minimum = 0)]
    available: f64,
    #[schema(required = true)]
    maximum: Option<f64>,
    /// What is counted ("beds", "appointments", "clients").
    unit: String,
    #[schema(required = true)]
    description: Option<String>,
    /// When the figures were true.
    #[schema(value_type = s::DateTime)]
    updated: Timestamp,
}

/// The data owner's own assurance (HSDS `assured_date`, `assurer_email`).
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Assurance)]
pub struct AssuranceDto {
    #[schema(value_type = s::Date)]
    date: Date,
    #[schema(required = true)]
    assurer_email: Option<String>,
}

/// A known fact: its value, the source that says it, and the day someone checked it there.
macro_rules! known_fact {
    ($(#[$doc:meta])* $name:ident, $value:ty, $schema:ty) => {
        $(#[$doc])*
        #[derive(Serialize, ToSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            #[schema(value_type = $schema)]
            value: $value,
            #[schema(value_type = s::Source)]
            source: Source,
            #[schema(value_type = s::Date)]
            checked: Date,
        }

        impl From<&Known<$value>> for $name {
            fn from(k: &Known<$value>) -> Self {
                $name {
                    value: k.value,
                    source: k.source.clone(),
                    checked: k.checked,
                }
            }
        }
    };
}

known_fact!(
    /// Whether it asks about immigration status, with its source and date.
    KnownAsksStatus,
    AsksStatus,
    s::AsksStatus
);
known_fact!(
    /// What identification it needs, with its source and date.
    KnownIdNeeded,
    IdNeeded,
    s::IdNeeded
);
known_fact!(
    /// A yes-or-no fact, with its source and date.
    KnownYesNo,
    bool,
    bool
);
known_fact!(
    /// Whether using it counts in a public-charge test, with its source and date.
    KnownPublicCharge,
    PublicCharge,
    s::PublicCharge
);

/// "Is it safe for me": every fact is present, null when it is not known.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = SafetyFacts)]
pub struct SafetyDto {
    /// Whether it asks about immigration status.
    #[schema(required = true)]
    asks_status: Option<KnownAsksStatus>,
    /// What identification it needs.
    #[schema(required = true)]
    id_needed: Option<KnownIdNeeded>,
    /// Whether it needs a Social Security number.
    #[schema(required = true)]
    ssn_needed: Option<KnownYesNo>,
    /// Whether it serves people regardless of immigration status.
    #[schema(required = true)]
    regardless_of_status: Option<KnownYesNo>,
    /// Whether using it counts in a public-charge test.
    #[schema(required = true)]
    public_charge: Option<KnownPublicCharge>,
    /// What the public-charge source says, in words.
    #[schema(required = true)]
    public_charge_note: Option<LocalizedJson>,
}

impl SafetyDto {
    fn new(lang: &Lang, f: &vecino_core::SafetyFacts) -> Self {
        SafetyDto {
            asks_status: f.asks_status.as_ref().map(Into::into),
            id_needed: f.id_needed.as_ref().map(Into::into),
            ssn_needed: f.ssn_needed.as_ref().map(Into::into),
            regardless_of_status: f.regardless_of_status.as_ref().map(Into::into),
            public_charge: f.public_charge.as_ref().map(Into::into),
            public_charge_note: f.public_charge_note.as_ref().map(|t| lang.text(t)),
        }
    }
}

/// Where a listing stands against its review interval: `current`, `overdue` ("may be out of
/// date"), `expired` (past twice the interval) or `never-checked`.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Freshness)]
pub struct FreshnessDto {
    #[schema(value_type = s::FreshnessState)]
    state: &'static str,
    /// The later of a person's check here and the source's own verification date.
    #[schema(value_type = Option<s::Date>, required = true)]
    last_checked: Option<Date>,
    /// When it is due to be checked again.
    #[schema(value_type = Option<s::Date>, required = true)]
    due: Option<Date>,
}

impl From<Freshness> for FreshnessDto {
    fn from(f: Freshness) -> Self {
        let due = match f {
            Freshness::Current { due, .. }
            | Freshness::Overdue { due, .. }
            | Freshness::Expired { due, .. } => Some(due),
            Freshness::NeverChecked => None,
        };
        FreshnessDto {
            state: f.slug(),
            last_checked: f.checked(),
            due,
        }
    }
}

/// A page of services.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ServicePage {
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
    pub services: Vec<ServiceDto>,
}

/// An organization with its services.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Organization)]
pub struct OrganizationDto {
    #[schema(value_type = s::Uuid)]
    id: Id,
    #[schema(value_type = s::Slug)]
    slug: Slug,
    name: LocalizedJson,
    #[schema(required = true)]
    description: Option<LocalizedJson>,
    #[schema(value_type = Option<s::Url>, required = true)]
    url: Option<WebUrl>,
    #[schema(required = true)]
    email: Option<String>,
    phones: Vec<PhoneDto>,
    #[schema(value_type = Vec<s::Source>)]
    sources: Vec<Source>,
    #[schema(value_type = Option<s::DateTime>, required = true)]
    verified_at: Option<Timestamp>,
    #[schema(required = true)]
    verifier: Option<String>,
    services: Vec<RecordRef>,
    /// When a change emptied a person's check: not checked since.
    #[schema(value_type = Option<s::DateTime>, required = true)]
    changed_since_check: Option<Timestamp>,
}

impl OrganizationDto {
    pub fn new(
        lang: &Lang,
        org: &vecino_core::Organization,
        services: &[vecino_core::Service],
    ) -> Self {
        OrganizationDto {
            id: org.id,
            slug: org.slug.clone(),
            name: lang.text(&org.name),
            description: org.description.as_ref().map(|d| lang.text(d)),
            url: org.url.clone(),
            email: org.email.clone(),
            phones: org.phones.iter().map(PhoneDto::from).collect(),
            sources: org.trust.sources.clone(),
            verified_at: org.trust.verified_at,
            verifier: org.trust.verifier.clone(),
            services: services
                .iter()
                .map(|s| RecordRef {
                    id: s.id,
                    slug: s.slug.clone(),
                    name: lang.text(&s.name),
                })
                .collect(),
            changed_since_check: org.trust.changed_since_check,
        }
    }
}
