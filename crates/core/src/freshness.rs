//! Whether a record is still likely true: each listing and guide is checked again within a
//! review interval (per topic, legal help shorter), and a record past it says so. This module
//! only computes; it must never change a record or hide one itself.

use std::collections::BTreeMap;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::topic::LEGAL_TOPICS;
use crate::{ServiceStatus, Topic};

/// The default review interval, in days.
pub const DEFAULT_REVIEW_DAYS: u16 = 180;
/// The review interval of legal help (immigration law and its programs move fast).
pub const LEGAL_REVIEW_DAYS: u16 = 90;

/// How often records are checked again: a default and per-topic intervals. A record's own
/// interval wins; otherwise the shortest interval of its topics.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewPolicy {
    pub default_days: u16,
    pub per_topic: BTreeMap<Topic, u16>,
}

impl Default for ReviewPolicy {
    fn default() -> Self {
        ReviewPolicy {
            default_days: DEFAULT_REVIEW_DAYS,
            per_topic: LEGAL_TOPICS
                .iter()
                .map(|t| (*t, LEGAL_REVIEW_DAYS))
                .collect(),
        }
    }
}

impl ReviewPolicy {
    /// The interval of a record with `topics` and its own interval `own`.
    pub fn interval_days(&self, topics: &[Topic], own: Option<u16>) -> u16 {
        own.filter(|d| *d > 0).unwrap_or_else(|| {
            topics
                .iter()
                .map(|t| self.per_topic.get(t).copied().unwrap_or(self.default_days))
                .min()
                .unwrap_or(self.default_days)
        })
    }

    /// The shortest interval this policy gives a record without an interval of its own (the
    /// default or a topic's).
    pub fn shortest_days(&self) -> u16 {
        self.per_topic
            .values()
            .copied()
            .chain([self.default_days])
            .min()
            .unwrap_or(self.default_days)
    }

    /// Which records may be past their interval on `today`, for a store to select before the
    /// exact rule ([`Freshness::of`] with [`ReviewPolicy::interval_days`]) is applied to
    /// each: the never checked, those last checked before `checked_before`, and those with an
    /// interval of their own shorter than `own_days_below`. Every record that is doubtful on
    /// `today` is among them.
    pub fn candidates(&self, today: Date) -> ReviewCandidates {
        let shortest = self.shortest_days().max(1);
        ReviewCandidates {
            checked_before: today.saturating_sub(i64::from(shortest).days()),
            own_days_below: shortest,
        }
    }
}

/// What a store selects as possibly due (see [`ReviewPolicy::candidates`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewCandidates {
    /// A record last checked before this day may be due.
    pub checked_before: Date,
    /// A record whose own interval is shorter than this may be due whenever it was checked.
    pub own_days_below: u16,
}

/// Where a record stands against its review interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Freshness {
    /// Checked within its interval; due again on `due`.
    Current { checked: Date, due: Date },
    /// Past its interval: "may be out of date", hours "call to confirm", ranked lower.
    Overdue { checked: Date, due: Date },
    /// Past twice its interval: hidden from search unless an admin keeps it.
    Expired { checked: Date, due: Date },
    /// Nobody (neither a person here nor its source) has said when it was checked.
    NeverChecked,
}

impl Freshness {
    /// The freshness of a record last checked on `checked` with an interval of `days`.
    pub fn of(checked: Option<Date>, days: u16, today: Date) -> Freshness {
        let Some(checked) = checked else {
            return Freshness::NeverChecked;
        };
        let days = i64::from(days.max(1));
        let due = checked.saturating_add(days.days());
        let expires = checked.saturating_add((2 * days).days());
        if today > expires {
            Freshness::Expired { checked, due }
        } else if today > due {
            Freshness::Overdue { checked, due }
        } else {
            Freshness::Current { checked, due }
        }
    }

    /// Whether the reader is told it may be out of date.
    pub fn is_doubtful(self) -> bool {
        !matches!(self, Freshness::Current { .. })
    }

    pub fn slug(self) -> &'static str {
        match self {
            Freshness::Current { .. } => "current",
            Freshness::Overdue { .. } => "overdue",
            Freshness::Expired { .. } => "expired",
            Freshness::NeverChecked => "never-checked",
        }
    }

    /// Whether search and browse lists show a service of `status` that stands here: running
    /// (or closed for a while), and not expired unless an admin `kept` it. The one rule, for
    /// `Service::is_listed`, the search index and the offline engine.
    pub fn lists(self, status: ServiceStatus, kept: bool) -> bool {
        matches!(
            status,
            ServiceStatus::Active | ServiceStatus::TemporarilyClosed
        ) && (kept || !matches!(self, Freshness::Expired { .. }))
    }

    pub fn checked(self) -> Option<Date> {
        match self {
            Freshness::Current { checked, .. }
            | Freshness::Overdue { checked, .. }
            | Freshness::Expired { checked, .. } => Some(checked),
            Freshness::NeverChecked => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn legal_help_is_checked_more_often() {
        let policy = ReviewPolicy::default();
        assert_eq!(policy.interval_days(&[Topic::Health], None), 180);
        assert_eq!(
            policy.interval_days(&[Topic::Health, Topic::LegalAid], None),
            90
        );
        assert_eq!(policy.interval_days(&[Topic::LegalAid], Some(30)), 30);
        assert_eq!(policy.interval_days(&[], None), 180);
    }

    #[test]
    fn candidates_hold_every_doubtful_record_and_no_recent_one() {
        let policy = ReviewPolicy::default();
        let today = date(2026, 12, 8);
        let c = policy.candidates(today);
        assert_eq!(c.own_days_below, 90);
        assert_eq!(c.checked_before, date(2026, 9, 9));
        // Exactly 90 days ago a legal listing is still current; a day earlier it is due.
        let legal = policy.interval_days(&[Topic::LegalAid], None);
        assert!(!Freshness::of(Some(c.checked_before), legal, today).is_doubtful());
        let before = c.checked_before.yesterday().unwrap();
        assert!(Freshness::of(Some(before), legal, today).is_doubtful());
        // A zero interval is checked as one day: its records are candidates from yesterday.
        let mut zero = policy.clone();
        zero.per_topic.insert(Topic::Health, 0);
        assert_eq!(zero.candidates(today).checked_before, date(2026, 12, 7));
    }

    #[test]
    fn a_record_ages_through_its_interval() {
        let checked = date(2026, 1, 1);
        let f = |today| Freshness::of(Some(checked), 180, today);
        assert_eq!(f(date(2026, 6, 30)).slug(), "current");
        assert_eq!(f(date(2026, 7, 1)).slug(), "overdue");
        assert_eq!(f(date(2026, 12, 28)).slug(), "expired");
        assert!(!f(date(2026, 2, 1)).is_doubtful());
        assert_eq!(Freshness::of(None, 180, checked), Freshness::NeverChecked);
        assert!(Freshness::NeverChecked.is_doubtful());
    }

    #[test]
    fn an_expired_or_ended_service_is_not_listed_unless_kept() {
        let checked = date(2026, 1, 1);
        let expired = Freshness::of(Some(checked), 90, date(2026, 7, 1));
        let overdue = Freshness::of(Some(checked), 90, date(2026, 4, 15));
        assert!(!expired.lists(ServiceStatus::Active, false));
        assert!(expired.lists(ServiceStatus::Active, true));
        assert!(overdue.lists(ServiceStatus::TemporarilyClosed, false));
        assert!(Freshness::NeverChecked.lists(ServiceStatus::Active, false));
        assert!(!overdue.lists(ServiceStatus::Inactive, true));
        assert!(!overdue.lists(ServiceStatus::Defunct, false));
    }
}
