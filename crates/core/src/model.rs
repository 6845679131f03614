//! The records of the directory, named after HSDS 3.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use url::Url;

use crate::markdown::changing_markers;
use crate::topic::LEGAL_TOPICS;
use crate::{Error, ErrorKind, Id, LocaleTag, LocalizedText, Result, Schedule, Slug, Topic};

/// An `http` or `https` address with a host: the only kind of address the directory stores,
/// cites or links to. Checked wherever one is made — deserialization (API bodies, import files,
/// stored JSON) included — so a `javascript:` or `data:` address cannot be stored.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WebUrl(Url);

impl WebUrl {
    /// Parses a web address; `field` names the field in the error.
    pub fn parse_for(field: &'static str, input: &str) -> Result<Self> {
        parse_web_url(field, input).map(WebUrl)
    }

    pub fn parse(input: &str) -> Result<Self> {
        WebUrl::parse_for("url", input)
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    pub fn as_url(&self) -> &Url {
        &self.0
    }
}

impl std::ops::Deref for WebUrl {
    type Target = Url;
    fn deref(&self) -> &Url {
        &self.0
    }
}

impl std::fmt::Display for WebUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl TryFrom<String> for WebUrl {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        WebUrl::parse(&s)
    }
}

impl TryFrom<Url> for WebUrl {
    type Error = Error;
    fn try_from(url: Url) -> Result<Self> {
        WebUrl::parse(url.as_str())
    }
}

impl From<WebUrl> for String {
    fn from(u: WebUrl) -> String {
        u.0.into()
    }
}

impl std::str::FromStr for WebUrl {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        WebUrl::parse(s)
    }
}

/// Where a fact came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub url: WebUrl,
}

impl Source {
    pub fn new(title: &str, url: &str) -> Result<Self> {
        let title = title.trim();
        if title.is_empty() {
            return Err(Error::invalid(
                ErrorKind::SourceWithoutTitle,
                "sources",
                "a source needs a title",
            ));
        }
        Ok(Source {
            title: title.to_owned(),
            url: WebUrl::parse_for("sources", url)?,
        })
    }
}

pub(crate) fn parse_web_url(field: &'static str, input: &str) -> Result<Url> {
    let url = Url::parse(input.trim()).map_err(|_| {
        Error::invalid(
            ErrorKind::NotAWebAddress,
            field,
            format!("{input:?} is not a URL"),
        )
    })?;
    if !matches!(url.scheme(), "https" | "http") || url.host_str().is_none() {
        return Err(Error::invalid(
            ErrorKind::NotAWebAddress,
            field,
            format!("{input:?} is not a web address"),
        ));
    }
    Ok(url)
}

/// Why a reader can trust a record: where it came from and whether a person checked it.
///
/// The check (`verified_at`, `verifier`) is set only by a verify action
/// ([`Trust::verified`]); every other write goes through [`Trust::carry_over`], which keeps
/// the stored check only while nothing a resident acts on has changed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Trust {
    pub sources: Vec<Source>,
    /// When a person last confirmed the record; empty until someone has, and emptied when
    /// something a resident acts on changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verifier: Option<String>,
    /// When a change emptied a person's check (the first such change since the check): the
    /// page says the record has not been checked since. Empty once it is checked again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_since_check: Option<Timestamp>,
}

impl Trust {
    /// The trust of an edited record as it is written over `stored` (`None`: a new record):
    /// its sources as edited, never a check the edit brought itself. The stored check is kept
    /// while `material_change` is false; otherwise it is emptied and the change dated `at`.
    pub fn carry_over(&mut self, stored: Option<&Trust>, material_change: bool, at: Timestamp) {
        let Some(stored) = stored else {
            self.verified_at = None;
            self.verifier = None;
            self.changed_since_check = None;
            return;
        };
        if material_change && stored.verified_at.is_some() {
            self.verified_at = None;
            self.verifier = None;
            self.changed_since_check = Some(at);
        } else {
            self.verified_at = stored.verified_at;
            self.verifier = stored.verifier.clone();
            self.changed_since_check = stored.changed_since_check;
        }
    }

    /// Marks the record checked by `verifier` (`staff:<account id>`) at `at`.
    pub fn verified(&mut self, verifier: String, at: Timestamp) {
        self.verified_at = Some(at);
        self.verifier = Some(verifier);
        self.changed_since_check = None;
    }

    /// Whether the check (and the dated change that emptied one) is the same in both.
    pub fn same_check(&self, other: &Trust) -> bool {
        self.verified_at == other.verified_at
            && self.verifier == other.verifier
            && self.changed_since_check == other.changed_since_check
    }

    fn validate(&self) -> Result<()> {
        if self.sources.is_empty() {
            return Err(Error::invalid(
                ErrorKind::NoSource,
                "sources",
                "every record carries at least one source",
            ));
        }
        if self.verified_at.is_some()
            != self
                .verifier
                .as_deref()
                .is_some_and(|v| !v.trim().is_empty())
        {
            return Err(Error::invalid(
                ErrorKind::VerificationIncomplete,
                "verified_at",
                "a verification needs both a date and a verifier",
            ));
        }
        Ok(())
    }
}

/// Legal standing for giving immigration legal advice. Only these may; a "notario" may not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Accreditation {
    /// Recognized by the U.S. Department of Justice (EOIR) to provide immigration legal services.
    DojRecognizedOrganization,
    /// A DOJ-accredited representative working for a recognized organization.
    AccreditedRepresentative,
    /// A lawyer licensed by a U.S. state bar.
    LicensedAttorney,
}

/// What shows that a service holds its [`Accreditation`]: an admin's decision, recorded with
/// the date the source showed it and the source itself (the EOIR roster of recognized
/// organizations and accredited representatives, or a state bar's listing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccreditationEvidence {
    /// The day the source was checked and showed the accreditation.
    pub as_of: Date,
    /// The roster or bar listing that shows it.
    pub source: Source,
    /// Who decided it (`staff:<account id>`).
    pub decided_by: String,
}

impl Accreditation {
    pub const ALL: [Accreditation; 3] = [
        Accreditation::DojRecognizedOrganization,
        Accreditation::AccreditedRepresentative,
        Accreditation::LicensedAttorney,
    ];

    pub fn parse(slug: &str) -> Option<Accreditation> {
        Accreditation::ALL.into_iter().find(|a| a.slug() == slug)
    }

    pub fn slug(self) -> &'static str {
        match self {
            Accreditation::DojRecognizedOrganization => "doj-recognized-organization",
            Accreditation::AccreditedRepresentative => "accredited-representative",
            Accreditation::LicensedAttorney => "licensed-attorney",
        }
    }
}

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

/// A phone number (HSDS `phone`). Stored as written, checked to be dialable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawPhone", into = "RawPhone")]
pub struct Phone {
    number: String,
    extension: Option<String>,
    description: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct RawPhone {
    number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    extension: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
}

impl TryFrom<RawPhone> for Phone {
    type Error = Error;
    fn try_from(raw: RawPhone) -> Result<Self> {
        let mut phone = Phone::parse(&raw.number)?;
        phone.extension = raw.extension.filter(|e| !e.trim().is_empty());
        phone.description = raw.description.filter(|d| !d.trim().is_empty());
        Ok(phone)
    }
}

impl From<Phone> for RawPhone {
    fn from(p: Phone) -> Self {
        RawPhone {
            number: p.number,
            extension: p.extension,
            description: p.description,
        }
    }
}

impl Phone {
    /// Accepts digits with the usual separators (`+1 (408) 555-0100`, `2-1-1`, `311`): 3 to 15
    /// digits, as E.164 allows.
    pub fn parse(input: &str) -> Result<Self> {
        let number = input.trim();
        let digits = number.chars().filter(char::is_ascii_digit).count();
        let allowed = number
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c));
        if !allowed || !(3..=15).contains(&digits) || number[1..].contains('+') {
            return Err(Error::invalid(
                ErrorKind::NotAPhone,
                "phone",
                format!("{input:?} is not a phone number"),
            ));
        }
        Ok(Phone {
            number: number.to_owned(),
            extension: None,
            description: None,
        })
    }

    pub fn number(&self) -> &str {
        &self.number
    }
}

/// A postal address (HSDS `address`). Only ever filled from a cited source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_1: Option<String>,
    pub city: String,
    /// State or province code (`CA`, `NY`).
    pub state_province: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

impl Address {
    fn validate(&self) -> Result<()> {
        if self.city.trim().is_empty() {
            return Err(Error::invalid(
                ErrorKind::NoCity,
                "address",
                "an address needs a city",
            ));
        }
        if self.country.len() != 2 || !self.country.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(Error::invalid(
                ErrorKind::NotACountryCode,
                "address",
                format!("{:?} is not an ISO country code", self.country),
            ));
        }
        Ok(())
    }
}

/// How exact a point is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GeoPrecision {
    /// The building itself.
    Exact,
    /// The centre of the city: the place is somewhere in it.
    City,
}

/// A WGS 84 point.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawGeoPoint", into = "RawGeoPoint")]
pub struct GeoPoint {
    latitude: f64,
    longitude: f64,
    precision: GeoPrecision,
}

#[derive(Serialize, Deserialize)]
struct RawGeoPoint {
    latitude: f64,
    longitude: f64,
    precision: GeoPrecision,
}

impl TryFrom<RawGeoPoint> for GeoPoint {
    type Error = Error;
    fn try_from(raw: RawGeoPoint) -> Result<Self> {
        GeoPoint::new(raw.latitude, raw.longitude, raw.precision)
    }
}

impl From<GeoPoint> for RawGeoPoint {
    fn from(p: GeoPoint) -> Self {
        RawGeoPoint {
            latitude: p.latitude,
            longitude: p.longitude,
            precision: p.precision,
        }
    }
}

impl GeoPoint {
    pub fn new(latitude: f64, longitude: f64, precision: GeoPrecision) -> Result<Self> {
        if !(-90.0..=90.0).contains(&latitude) || !(-180.0..=180.0).contains(&longitude) {
            return Err(Error::invalid(
                ErrorKind::NotOnEarth,
                "coordinates",
                format!("{latitude},{longitude} is not on Earth"),
            ));
        }
        Ok(GeoPoint {
            latitude,
            longitude,
            precision,
        })
    }

    pub fn latitude(&self) -> f64 {
        self.latitude
    }

    pub fn longitude(&self) -> f64 {
        self.longitude
    }

    pub fn precision(&self) -> GeoPrecision {
        self.precision
    }

    /// Great-circle distance in kilometres.
    pub fn distance_km(&self, other: &GeoPoint) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0088;
        let (la1, la2) = (self.latitude.to_radians(), other.latitude.to_radians());
        let dla = la2 - la1;
        let dlo = (other.longitude - self.longitude).to_radians();
        let a = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }
}

/// A physical feature that makes a place usable (HSDS `accessibility`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccessibilityFeature {
    WheelchairAccessible,
    AccessibleRestroom,
    HearingLoop,
    SignLanguage,
    Braille,
    LargePrint,
    AccessibleParking,
    NearPublicTransit,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accessibility {
    pub feature: AccessibilityFeature,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<LocalizedText>,
}

/// An organization that runs services (HSDS `organization`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    pub id: Id,
    pub slug: Slug,
    pub name: LocalizedText,
    pub description: Option<LocalizedText>,
    pub url: Option<WebUrl>,
    pub email: Option<String>,
    pub phones: Vec<Phone>,
    pub trust: Trust,
}

impl Organization {
    pub fn validate(&self) -> Result<()> {
        check_email(self.email.as_deref())?;
        self.trust.validate()
    }

    /// Whether a resident would act differently on `other` than on `self`: its contact
    /// (phones, email, web address). A person's check does not survive such a change.
    pub fn material_change(&self, other: &Organization) -> bool {
        self.phones != other.phones || self.email != other.email || self.url != other.url
    }
}

fn check_email(email: Option<&str>) -> Result<()> {
    match email {
        Some(e) if !(e.contains('@') && !e.contains(char::is_whitespace) && e.len() <= 254) => {
            Err(Error::invalid(
                ErrorKind::NotAnEmail,
                "email",
                format!("{e:?} is not an email address"),
            ))
        }
        _ => Ok(()),
    }
}

/// A place (HSDS `location`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub id: Id,
    pub slug: Slug,
    pub name: Option<LocalizedText>,
    pub address: Option<Address>,
    pub point: Option<GeoPoint>,
    /// IANA time zone, in which its schedules are read.
    pub timezone: String,
    pub accessibility: Vec<Accessibility>,
}

impl Location {
    /// The id and slug of an organization's own copy of a place that several organizations'
    /// services named: places belong to one organization, so an editor of one can never move
    /// another's. The copy's id is a UUID v5 of the place's and the organization's ids, so
    /// every replica, import and migration makes the same one.
    pub fn copy_for(&self, organization: Id) -> Location {
        let mut copy = self.clone();
        copy.id = crate::ids::derived_id(&format!("location/{}/{}", self.id, organization));
        let suffix = &organization.to_string()[..8];
        let stem: String = self.slug.as_str().chars().take(100 - 9).collect();
        copy.slug = Slug::parse(&format!("{}-{suffix}", stem.trim_end_matches('-')))
            .expect("a slug and hex digits make a slug");
        copy
    }

    pub fn validate(&self) -> Result<()> {
        if let Some(address) = &self.address {
            address.validate()?;
        }
        jiff::tz::TimeZone::get(&self.timezone).map_err(|_| {
            Error::invalid(
                ErrorKind::BadTimeZone,
                "timezone",
                format!("{:?} is not an IANA time zone", self.timezone),
            )
        })?;
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ServiceStatus {
    Active,
    Inactive,
    Defunct,
}

/// Where a service is offered, with the hours it keeps there (HSDS `service_at_location`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceAtLocation {
    pub id: Id,
    pub location: Location,
    pub schedule: Option<Schedule>,
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
    }

    /// Keeps the stored accreditation and its evidence (`None`: a new service has none): only
    /// an admin's accreditation action changes them.
    pub fn carry_accreditation(&mut self, stored: Option<&Service>) {
        self.accreditation = stored.and_then(|s| s.accreditation);
        self.accreditation_evidence = stored.and_then(|s| s.accreditation_evidence.clone());
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

/// A fact in a guide that goes stale (a fee, a program's status): marked in the body with
/// `[changing:<id>]` so the reader is shown its age.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangingFact {
    pub id: Slug,
    /// The date the fact is known to be true as stated.
    pub as_of: Date,
    /// Where to check it again.
    pub source: WebUrl,
}

/// An explainer: Know Your Rights, DACA, citizenship, ID cards, scams, legal help, 211.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guide {
    pub id: Id,
    pub slug: Slug,
    pub title: LocalizedText,
    pub summary: LocalizedText,
    /// Markdown.
    pub body: LocalizedText,
    pub topics: Vec<Topic>,
    pub sources: Vec<Source>,
    /// When the text was last checked against its sources.
    pub reviewed_at: Date,
    pub changing_facts: Vec<ChangingFact>,
}

impl Guide {
    pub fn validate(&self) -> Result<()> {
        if self.sources.is_empty() {
            return Err(Error::invalid(
                ErrorKind::NoSource,
                "sources",
                "a guide cites at least one source",
            ));
        }
        for (locale, body) in self.body.iter() {
            for marker in changing_markers(&body.text) {
                if !self
                    .changing_facts
                    .iter()
                    .any(|f| f.id.as_str() == marker.as_str())
                {
                    return Err(Error::invalid(
                        ErrorKind::UndeclaredFact,
                        "body",
                        format!(
                            "the {locale} body marks [changing:{marker}], which is not declared"
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// A dated happening: a workshop, a citizenship day, a clinic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: Id,
    pub slug: Slug,
    pub organization_id: Option<Id>,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub starts_at: Timestamp,
    pub ends_at: Option<Timestamp>,
    pub timezone: String,
    pub location: Option<Location>,
    pub languages: Vec<LocaleTag>,
    pub topics: Vec<Topic>,
    pub free: Option<bool>,
    pub trust: Trust,
}

impl Event {
    /// Whether a resident would act differently on `other` than on `self`: when and where it
    /// is, and what it costs. A person's check does not survive such a change.
    pub fn material_change(&self, other: &Event) -> bool {
        self.starts_at != other.starts_at
            || self.ends_at != other.ends_at
            || self.timezone != other.timezone
            || self.location != other.location
            || self.free != other.free
    }

    pub fn validate(&self) -> Result<()> {
        if self.ends_at.is_some_and(|end| end < self.starts_at) {
            return Err(Error::invalid(
                ErrorKind::EndsBeforeStart,
                "ends_at",
                "an event cannot end before it starts",
            ));
        }
        jiff::tz::TimeZone::get(&self.timezone).map_err(|_| {
            Error::invalid(
                ErrorKind::BadTimeZone,
                "timezone",
                format!("{:?} is not an IANA time zone", self.timezone),
            )
        })?;
        if let Some(location) = &self.location {
            location.validate()?;
        }
        self.trust.validate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_must_be_dialable() {
        for ok in ["2-1-1", "311", "+1 (408) 555-0100", "1-800-375-5283"] {
            assert!(Phone::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "call us", "12", "+1 555 +1", "1234567890123456"] {
            assert!(Phone::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn geo_points_stay_on_earth_and_measure_distance() {
        assert!(GeoPoint::new(91.0, 0.0, GeoPrecision::Exact).is_err());
        let san_jose = GeoPoint::new(37.3382, -121.8863, GeoPrecision::City).unwrap();
        let san_mateo = GeoPoint::new(37.5630, -122.3255, GeoPrecision::City).unwrap();
        let km = san_jose.distance_km(&san_mateo);
        assert!((45.0..47.0).contains(&km), "{km}");
    }

    #[test]
    fn sources_must_be_web_addresses() {
        assert!(Source::new("USCIS", "https://www.uscis.gov/DACA").is_ok());
        assert!(Source::new("USCIS", "javascript:alert(1)").is_err());
        assert!(Source::new("", "https://www.uscis.gov").is_err());
    }

    #[test]
    fn changing_markers_are_found() {
        let body = "Intro.\n\n[changing:n400-fee] As of 2024 the fee is set by USCIS.\n- [changing:daca-status] x";
        assert_eq!(changing_markers(body), ["n400-fee", "daca-status"]);
    }
}
