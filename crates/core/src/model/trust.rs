//! Why a reader can trust a record: its [`Source`]s, a person's check ([`Trust`]) and a legal
//! service's [`Accreditation`] with its evidence. Must never let a check or an accreditation
//! be carried into a record by anything but the action that decides it.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::WebUrl;
use crate::{Error, ErrorKind, Result};

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
    /// The day the record's source says it last verified it (an import's own verification
    /// date, such as iCarol's `LastVerifiedOn`): the source's claim, kept apart from a check
    /// here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_checked_on: Option<Date>,
    /// An admin's decision to keep the record in search although it is long past its review
    /// interval. Set only by that audited action; a person's check empties it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept: Option<Kept>,
}

/// Who kept an overdue record in search, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kept {
    /// `staff:<account id>`.
    pub by: String,
    pub at: Timestamp,
}

impl Trust {
    /// The trust of an edited record as it is written over `stored` (`None`: a new record):
    /// its sources as edited, never a check the edit brought itself. The stored check is kept
    /// while `material_change` is false; otherwise it is emptied and the change dated `at`.
    pub fn carry_over(&mut self, stored: Option<&Trust>, material_change: bool, at: Timestamp) {
        self.kept = stored.and_then(|s| s.kept.clone());
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
        self.kept = None;
    }

    /// The day it was last checked: by a person here or by its source, whichever is later.
    pub fn last_checked(&self) -> Option<Date> {
        let here = self
            .verified_at
            .map(|t| jiff::tz::Offset::UTC.to_datetime(t).date());
        here.max(self.source_checked_on)
    }

    /// Whether the check (and the dated change that emptied one) is the same in both.
    pub fn same_check(&self, other: &Trust) -> bool {
        self.verified_at == other.verified_at
            && self.verifier == other.verifier
            && self.changed_since_check == other.changed_since_check
            && self.kept == other.kept
    }

    pub(super) fn validate(&self) -> Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_must_be_web_addresses() {
        assert!(Source::new("USCIS", "https://www.uscis.gov/DACA").is_ok());
        assert!(Source::new("USCIS", "javascript:alert(1)").is_err());
        assert!(Source::new("", "https://www.uscis.gov").is_err());
    }
}
