//! Services (HSDS `service`): what people can get, where and when, in which languages.
//! Must never carry an accreditation without its evidence or outside a legal topic, nor a
//! service without a topic or a source.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::contact::check_email;
use super::{
    Accreditation, AccreditationEvidence, Location, Phone, SafetyFacts, ServiceArea,
    ServiceDetails, Trust, WebUrl,
};
use crate::topic::LEGAL_TOPICS;
use crate::{Error, ErrorKind, Id, LocaleTag, LocalizedText, Result, Schedule, Slug, Topic};

/// How a language is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LanguageMode {
    BilingualStaff,
    Interpreter,
    PhoneLine,
    WrittenMaterial,
}

impl LanguageMode {
    pub fn slug(self) -> &'static str {
        match self {
            LanguageMode::BilingualStaff => "bilingual-staff",
            LanguageMode::Interpreter => "interpreter",
            LanguageMode::PhoneLine => "phone-line",
            LanguageMode::WrittenMaterial => "written-material",
        }
    }
}

/// A language a service is offered in (HSDS `language`), and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageOffered {
    /// BCP 47, or ISO 639-3 for languages without a shorter code (`mam`, `yua`).
    pub code: LocaleTag,
    pub how: LanguageMode,
}

/// Whether a service runs (HSDS 3.1 `status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceStatus {
    Active,
    /// Not running for now; may come back.
    Inactive,
    /// Ended for good (kept with its history).
    Defunct,
    /// Closed for a while (a holiday, a repair); the alert says why.
    TemporarilyClosed,
}

impl ServiceStatus {
    pub const ALL: [ServiceStatus; 4] = [
        ServiceStatus::Active,
        ServiceStatus::Inactive,
        ServiceStatus::Defunct,
        ServiceStatus::TemporarilyClosed,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ServiceStatus::Active => "active",
            ServiceStatus::Inactive => "inactive",
            ServiceStatus::Defunct => "defunct",
            ServiceStatus::TemporarilyClosed => "temporarily-closed",
        }
    }

    /// Reads our slug or HSDS 3.1's spelling (`temporarily closed`).
    pub fn parse(input: &str) -> Option<ServiceStatus> {
        let input = input.trim().to_ascii_lowercase().replace(' ', "-");
        ServiceStatus::ALL.into_iter().find(|s| s.slug() == input)
    }

    /// HSDS 3.1's spelling.
    pub fn hsds(self) -> &'static str {
        match self {
            ServiceStatus::TemporarilyClosed => "temporarily closed",
            other => other.slug(),
        }
    }
}

/// Where a service is offered, with the hours it keeps there and the areas it serves from
/// there (HSDS `service_at_location`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceAtLocation {
    pub id: Id,
    pub location: Location,
    pub schedule: Option<Schedule>,
    /// The areas served from this place, when they differ from the service's own
    /// (`ServiceDetails::service_areas`): a clinic's downtown site serves one county, its
    /// mobile unit another. Empty when the place has none of its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_areas: Vec<ServiceArea>,
}

/// Something people can get (HSDS `service`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: Id,
    pub slug: Slug,
    pub organization_id: Id,
    pub name: LocalizedText,
    pub description: LocalizedText,
    pub status: ServiceStatus,
    pub topics: Vec<Topic>,
    pub languages: Vec<LanguageOffered>,
    pub accreditation: Option<Accreditation>,
    /// What shows the accreditation: present exactly when `accreditation` is. Set only by an
    /// admin's accreditation action ([`Service::carry_accreditation`] keeps it otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accreditation_evidence: Option<AccreditationEvidence>,
    /// `Some(true)` only when a source says it costs nothing.
    pub free: Option<bool>,
    pub url: Option<WebUrl>,
    pub email: Option<String>,
    pub phones: Vec<Phone>,
    /// Hours of the service itself (a phone line), when not tied to a place.
    pub schedule: Option<Schedule>,
    pub locations: Vec<ServiceAtLocation>,
    pub trust: Trust,
    /// Eligibility, fees, documents, how to apply, capacity… (HSDS 3.1).
    #[serde(default, skip_serializing_if = "ServiceDetails::is_empty")]
    pub details: ServiceDetails,
    /// "Is it safe for me": each fact known with its source and date, or unknown.
    #[serde(default, skip_serializing_if = "SafetyFacts::is_empty")]
    pub safety: SafetyFacts,
    /// Days between checks, when not the topic's ([`crate::ReviewPolicy`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_interval_days: Option<u16>,
}

impl Service {
    pub fn validate(&self) -> Result<()> {
        if self.topics.is_empty() {
            return Err(Error::invalid(
                ErrorKind::NoTopic,
                "topics",
                "a service needs at least one topic",
            ));
        }
        if self.accreditation.is_some() && !self.topics.iter().any(|t| LEGAL_TOPICS.contains(t)) {
            return Err(Error::invalid(
                ErrorKind::AccreditationNotLegal,
                "accreditation",
                "legal accreditation applies only to a legal service",
            ));
        }
        if self.accreditation.is_some() != self.accreditation_evidence.is_some() {
            return Err(Error::invalid(
                ErrorKind::AccreditationUnproven,
                "accreditation",
                "an accreditation needs the date and the source (the EOIR roster or a bar \
                 listing) that show it",
            ));
        }
        check_email(self.email.as_deref())?;
        self.details.validate()?;
        self.safety.validate()?;
        for at in &self.locations {
            at.location.validate()?;
        }
        self.trust.validate()
    }

    /// Whether a resident would act differently on `other` than on `self`: its contact
    /// (phones, email, web address), places (address, point, time zone, hours), own hours,
    /// topics, accreditation, cost, status or languages. A person's check does not survive
    /// such a change.
    pub fn material_change(&self, other: &Service) -> bool {
        let places = |s: &Service| {
            s.locations
                .iter()
                .map(|at| {
                    (
                        at.location.id,
                        at.location.address.clone(),
                        at.location.point,
                        at.location.timezone.clone(),
                        at.schedule.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        self.phones != other.phones
            || self.email != other.email
            || self.url != other.url
            || self.schedule != other.schedule
            || places(self) != places(other)
            || self.topics != other.topics
            || self.accreditation != other.accreditation
            || self.accreditation_evidence != other.accreditation_evidence
            || self.free != other.free
            || self.status != other.status
            || self.languages != other.languages
            || self.details.minimum_age != other.details.minimum_age
            || self.details.maximum_age != other.details.maximum_age
            || self.details.cost_options != other.details.cost_options
            || self.details.assured != other.details.assured
            || self.safety != other.safety
    }

    /// The day it was last checked, by a person here or by its source (an import's own
    /// verification date), whichever is later.
    pub fn last_checked(&self) -> Option<jiff::civil::Date> {
        self.trust.last_checked()
    }

    /// Where it stands against its review interval on `today`.
    pub fn freshness(
        &self,
        policy: &crate::ReviewPolicy,
        today: jiff::civil::Date,
    ) -> crate::Freshness {
        let days = policy.interval_days(&self.topics, self.review_interval_days);
        crate::Freshness::of(self.last_checked(), days, today)
    }

    /// Whether the directory's copies carry it (the search index, offline bundles): every
    /// service but a defunct one, which the store keeps with its history and nothing a
    /// resident searches ever holds. (Both copies leaving out the same records keeps offline
    /// ranking equal to the server's.)
    pub fn is_carried(&self) -> bool {
        self.status != ServiceStatus::Defunct
    }

    /// Whether search shows it on `today`: running (or closed for a while), and not past twice
    /// its review interval unless an admin keeps it.
    pub fn is_listed(&self, policy: &crate::ReviewPolicy, today: jiff::civil::Date) -> bool {
        self.freshness(policy, today)
            .lists(self.status, self.trust.kept.is_some())
    }

    /// Keeps the stored accreditation and its evidence (`None`: a new service has none): only
    /// an admin's accreditation action changes them.
    pub fn carry_accreditation(&mut self, stored: Option<&Service>) {
        self.accreditation = stored.and_then(|s| s.accreditation);
        self.accreditation_evidence = stored.and_then(|s| s.accreditation_evidence.clone());
    }

    /// Forgets a place's areas where they only repeat the service's own (HSDS files, and
    /// Vecino's exports before places had areas, copy the service's areas onto each place):
    /// a place keeps areas only when they say something the service's do not.
    pub fn drop_repeated_place_areas(&mut self) {
        for at in &mut self.locations {
            if at.service_areas == self.details.service_areas {
                at.service_areas.clear();
            }
        }
    }

    /// Is it open at `instant` at any of its places, or on its own schedule?
    /// `None` when no hours are known: the directory never guesses.
    pub fn is_open_at(&self, instant: Timestamp) -> Option<bool> {
        let mut schedules = self
            .schedule
            .iter()
            .chain(self.locations.iter().filter_map(|l| l.schedule.as_ref()))
            .peekable();
        schedules.peek()?;
        Some(schedules.any(|s| s.is_open_at(instant)))
    }
}
