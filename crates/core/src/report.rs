//! A resident's report that a listing is wrong: it goes to a moderation queue, never straight
//! into the directory.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::{EntityKind, Error, ErrorKind, Id, LocaleTag, Result};

/// What is wrong with a listing, as the report form offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    Closed,
    Hours,
    Contact,
    Information,
    Other,
}

impl ProblemKind {
    pub const ALL: [ProblemKind; 5] = [
        ProblemKind::Closed,
        ProblemKind::Hours,
        ProblemKind::Contact,
        ProblemKind::Information,
        ProblemKind::Other,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ProblemKind::Closed => "closed",
            ProblemKind::Hours => "hours",
            ProblemKind::Contact => "contact",
            ProblemKind::Information => "information",
            ProblemKind::Other => "other",
        }
    }

    pub fn parse(input: &str) -> Result<Self> {
        ProblemKind::ALL
            .into_iter()
            .find(|k| k.slug() == input)
            .ok_or_else(|| {
                Error::invalid(
                    ErrorKind::UnknownChoice,
                    "kind",
                    format!("{input:?} is not a problem kind"),
                )
            })
    }
}

/// A report about one record. Holds only what the person typed and the page's language:
/// never an address, a browser or anything else about them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemReport {
    pub id: Id,
    pub entity: EntityKind,
    pub record_id: Id,
    pub kind: ProblemKind,
    pub details: String,
    /// How to reach them, only if they chose to say.
    pub contact: Option<String>,
    /// The language the report was written in (the page's).
    pub locale: LocaleTag,
    pub created_at: Timestamp,
}

impl ProblemReport {
    pub const MIN_DETAILS: usize = 10;
    pub const MAX_DETAILS: usize = 2000;
    pub const MAX_CONTACT: usize = 200;

    pub fn validate(&self) -> Result<()> {
        let details = self.details.trim().chars().count();
        if details < Self::MIN_DETAILS {
            return Err(Error::invalid(ErrorKind::TooShort, "details", "too short"));
        }
        if details > Self::MAX_DETAILS {
            return Err(Error::invalid(ErrorKind::TooLong, "details", "too long"));
        }
        if self
            .contact
            .as_deref()
            .is_some_and(|c| c.chars().count() > Self::MAX_CONTACT || c.trim().is_empty())
        {
            return Err(Error::invalid(
                ErrorKind::EmptyOrTooLong,
                "contact",
                "empty or too long",
            ));
        }
        Ok(())
    }
}
