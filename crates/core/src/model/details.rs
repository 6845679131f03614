//! What a resident needs to act on a service, named after HSDS 3.1: who is eligible, what it
//! costs, what to bring, how to apply, whether it takes new clients, and the "is it safe for
//! me" facts no other directory carries. Must never hold a safety fact without its source and
//! the day it was checked: "unknown" (`None`) is the honest answer otherwise.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Source, WebUrl};
use crate::{Error, ErrorKind, LocalizedText, Result};

/// The HSDS 3.1 depth of a service. Every member is optional: an empty one is "not stated",
/// never a guess.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServiceDetails {
    /// Who may use it (HSDS `eligibility_description`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<LocalizedText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum_age: Option<u8>,
    /// What it costs, in words (HSDS `fees_description`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees: Option<LocalizedText>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cost_options: Vec<CostOption>,
    /// What to bring (HSDS `required_document`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<RequiredDocument>,
    /// How to apply (HSDS `application_process`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_process: Option<LocalizedText>,
    /// A short notice shown first (HSDS `alert`): "closed for the holidays".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alert: Option<LocalizedText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program: Option<Program>,
    /// Other web pages (HSDS `url`): the application form, a flyer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub additional_urls: Vec<LabeledUrl>,
    /// Where people it serves live (HSDS `service_area`), by name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub service_areas: Vec<ServiceArea>,
    /// How many it can take (HSDS `service_capacity`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub capacity: Vec<Capacity>,
    /// The data owner's own assurance of the record (HSDS `assured_date`, `assurer_email`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assured: Option<Assurance>,
}

/// One price (HSDS `cost_option`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostOption {
    /// What the price is for ("per visit", "sliding scale").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    /// ISO 4217 (`USD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Date>,
}

/// A document to bring (HSDS `required_document`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequiredDocument {
    pub document: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<WebUrl>,
}

/// The program a service belongs to (HSDS `program`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Program {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A web page with a label (HSDS `url`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabeledUrl {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub url: WebUrl,
}

/// An area a service (or a service at one place) serves (HSDS `service_area`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceArea {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// How much a service can take (HSDS `service_capacity` with its `unit`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capacity {
    pub available: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<f64>,
    /// What is counted ("beds", "appointments", "clients").
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When the figures were true.
    pub updated: Timestamp,
}

/// Whether a service takes new clients, from its capacity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Intake {
    Accepting,
    Waitlist,
}

impl Intake {
    pub fn slug(self) -> &'static str {
        match self {
            Intake::Accepting => "accepting",
            Intake::Waitlist => "waitlist",
        }
    }
}

/// The data owner's own assurance (HSDS `assured_date`, `assurer_email`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assurance {
    pub date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assurer_email: Option<String>,
}

impl ServiceDetails {
    /// Whether it takes new clients: `Accepting` when any capacity has room, `Waitlist` when
    /// every one is full, `None` when no capacity is known.
    pub fn intake(&self) -> Option<Intake> {
        if self.capacity.is_empty() {
            return None;
        }
        Some(if self.capacity.iter().any(|c| c.available > 0.0) {
            Intake::Accepting
        } else {
            Intake::Waitlist
        })
    }

    /// Whether a person of `age` may use it, as far as its ages say (`None`: no ages stated).
    pub fn serves_age(&self, age: u8) -> Option<bool> {
        if self.minimum_age.is_none() && self.maximum_age.is_none() {
            return None;
        }
        Some(self.minimum_age.is_none_or(|m| age >= m) && self.maximum_age.is_none_or(|m| age <= m))
    }

    pub fn is_empty(&self) -> bool {
        self == &ServiceDetails::default()
    }

    pub(super) fn validate(&self) -> Result<()> {
        if let (Some(min), Some(max)) = (self.minimum_age, self.maximum_age)
            && min > max
        {
            return Err(Error::invalid(
                ErrorKind::AgeRange,
                "minimum_age",
                format!("the minimum age {min} is above the maximum age {max}"),
            ));
        }
        for c in &self.capacity {
            if !c.available.is_finite()
                || c.available < 0.0
                || c.maximum.is_some_and(|m| !m.is_finite() || m < 0.0)
            {
                return Err(Error::invalid(
                    ErrorKind::NegativeNumber,
                    "capacity",
                    "a capacity is a number of zero or more",
                ));
            }
            if c.unit.trim().is_empty() {
                return Err(Error::invalid(
                    ErrorKind::EmptyText,
                    "capacity",
                    "a capacity names what it counts",
                ));
            }
        }
        for c in &self.cost_options {
            if c.amount.is_some_and(|a| !a.is_finite() || a < 0.0) {
                return Err(Error::invalid(
                    ErrorKind::NegativeNumber,
                    "cost_options",
                    "a price is a number of zero or more",
                ));
            }
        }
        if let Some(email) = self
            .assured
            .as_ref()
            .and_then(|a| a.assurer_email.as_deref())
        {
            super::contact::check_email_for("assurer_email", Some(email))?;
        }
        Ok(())
    }
}

/// A fact that is known: its value, where it comes from and the day someone checked it there.
/// A fact that is not known is `None` wherever one is held, and is shown as "unknown".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Known<T> {
    pub value: T,
    pub source: Source,
    pub checked: Date,
}

/// Whether a service asks about immigration status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AsksStatus {
    No,
    Yes,
    /// Only for some of its programs.
    SomePrograms,
}

/// What identification a service needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IdNeeded {
    None,
    /// Any ID, a consular or municipal ID card included.
    AnyId,
    /// Only a government-issued ID.
    GovernmentId,
}

/// Whether using a service counts in a public-charge test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PublicCharge {
    /// The source says using it is not considered.
    NotConsidered,
    /// The source says using it may be considered.
    MayBeConsidered,
}

macro_rules! slugs {
    ($($ty:ident { $($variant:ident => $slug:literal),* $(,)? })*) => {$(
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];
            pub fn slug(self) -> &'static str {
                match self { $($ty::$variant => $slug),* }
            }
            pub fn parse(input: &str) -> Option<$ty> {
                $ty::ALL.iter().copied().find(|v| v.slug() == input)
            }
        }
    )*};
}

slugs! {
    AsksStatus { No => "no", Yes => "yes", SomePrograms => "some-programs" }
    IdNeeded { None => "none", AnyId => "any-id", GovernmentId => "government-id" }
    PublicCharge { NotConsidered => "not-considered", MayBeConsidered => "may-be-considered" }
}

/// "Is it safe for me": what a person without papers wants to know before going. Each fact is
/// known with its source and date, or `None` — unknown, and shown as such.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SafetyFacts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asks_status: Option<Known<AsksStatus>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_needed: Option<Known<IdNeeded>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ssn_needed: Option<Known<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regardless_of_status: Option<Known<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_charge: Option<Known<PublicCharge>>,
    /// What the public-charge source says, in words (translatable).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_charge_note: Option<LocalizedText>,
}

impl SafetyFacts {
    pub fn is_empty(&self) -> bool {
        self == &SafetyFacts::default()
    }

    /// Whether a known fact says it does not ask about status.
    pub fn doesnt_ask_status(&self) -> bool {
        self.asks_status
            .as_ref()
            .is_some_and(|k| k.value == AsksStatus::No)
    }

    /// Whether a known fact says no ID is needed.
    pub fn no_id_needed(&self) -> bool {
        self.id_needed
            .as_ref()
            .is_some_and(|k| k.value == IdNeeded::None)
    }

    /// Refuses a fact checked on a day after `today` (the caller's clock: core has none).
    pub fn check_dates(&self, today: Date) -> Result<()> {
        let dates = [
            self.asks_status.as_ref().map(|k| k.checked),
            self.id_needed.as_ref().map(|k| k.checked),
            self.ssn_needed.as_ref().map(|k| k.checked),
            self.regardless_of_status.as_ref().map(|k| k.checked),
            self.public_charge.as_ref().map(|k| k.checked),
        ];
        if dates.into_iter().flatten().any(|d| d > today) {
            return Err(Error::invalid(
                ErrorKind::InTheFuture,
                "safety",
                "a fact cannot have been checked on a day that has not come",
            ));
        }
        Ok(())
    }

    pub(super) fn validate(&self) -> Result<()> {
        if self.public_charge_note.is_some() && self.public_charge.is_none() {
            return Err(Error::invalid(
                ErrorKind::NoSource,
                "public_charge_note",
                "a public-charge note needs the fact and the source that says it",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn capacity(available: f64) -> Capacity {
        Capacity {
            available,
            maximum: Some(10.0),
            unit: "appointments".into(),
            description: None,
            updated: "2026-12-01T00:00:00Z".parse().unwrap(),
        }
    }

    #[test]
    fn intake_follows_capacity() {
        let mut d = ServiceDetails::default();
        assert_eq!(d.intake(), None);
        d.capacity = vec![capacity(0.0)];
        assert_eq!(d.intake(), Some(Intake::Waitlist));
        d.capacity.push(capacity(2.0));
        assert_eq!(d.intake(), Some(Intake::Accepting));
    }

    #[test]
    fn ages_bound_who_is_served() {
        let mut d = ServiceDetails::default();
        assert_eq!(d.serves_age(30), None);
        d.minimum_age = Some(18);
        assert_eq!(d.serves_age(17), Some(false));
        assert_eq!(d.serves_age(18), Some(true));
        d.maximum_age = Some(24);
        assert_eq!(d.serves_age(25), Some(false));
        d.minimum_age = Some(30);
        assert_eq!(d.validate().unwrap_err().code(), "age-range");
    }

    #[test]
    fn unknown_is_the_default_and_a_known_fact_needs_a_source() {
        let facts: SafetyFacts = serde_json::from_str("{}").unwrap();
        assert!(facts.is_empty() && !facts.doesnt_ask_status());
        let no_source = r#"{"asks_status":{"value":"no","checked":"2026-12-01"}}"#;
        assert!(serde_json::from_str::<SafetyFacts>(no_source).is_err());
        let known = r#"{"asks_status":{"value":"no","checked":"2026-12-01",
            "source":{"title":"Clinic FAQ","url":"https://example.org/faq"}}}"#;
        let facts: SafetyFacts = serde_json::from_str(known).unwrap();
        assert!(facts.doesnt_ask_status());
        let today: Date = "2026-11-30".parse().unwrap();
        assert_eq!(
            facts.check_dates(today).unwrap_err().code(),
            "in-the-future"
        );
        assert!(facts.validate().is_ok());
    }

    #[test]
    fn slugs_round_trip() {
        for v in AsksStatus::ALL {
            assert_eq!(AsksStatus::parse(v.slug()), Some(*v));
        }
        for v in IdNeeded::ALL {
            assert_eq!(IdNeeded::parse(v.slug()), Some(*v));
        }
        assert_eq!(PublicCharge::parse("x"), None);
    }
}
