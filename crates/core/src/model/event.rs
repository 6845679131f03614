//! Events: dated happenings (a workshop, a citizenship day, a clinic). Must never end before
//! they start or be read in a time zone that is not an IANA one.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{Location, Trust};
use crate::{Error, ErrorKind, Id, LocaleTag, LocalizedText, Result, Slug, Topic};

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
