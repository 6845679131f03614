//! Guides: explainers whose stale facts (a fee, a program's status) are marked and dated.
//! Must never mark a `[changing:…]` fact in a body that the guide does not declare, nor
//! stand without a source.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Source, WebUrl};
use crate::markdown::changing_markers;
use crate::{Error, ErrorKind, Id, LocalizedText, Result, Slug, Topic};

/// A fact in a guide that goes stale (a fee, a program's status): marked in the body with
/// `[changing:<id>]` so the reader is shown its age.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangingFact {
    pub id: Slug,
    /// The day someone last checked the fact against its source.
    #[serde(alias = "as_of")]
    pub checked: Date,
    /// The day the fact took effect (a new fee, a court order), when the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub took_effect: Option<Date>,
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
    /// Days between reviews, when not the topic's ([`crate::ReviewPolicy`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_interval_days: Option<u16>,
}

impl Guide {
    /// Where the guide stands against its review interval on `today`.
    pub fn freshness(&self, policy: &crate::ReviewPolicy, today: Date) -> crate::Freshness {
        let days = policy.interval_days(&self.topics, self.review_interval_days);
        crate::Freshness::of(Some(self.reviewed_at), days, today)
    }

    /// Where one of its changing facts stands on `today` (same interval as the guide).
    pub fn fact_freshness(
        &self,
        fact: &ChangingFact,
        policy: &crate::ReviewPolicy,
        today: Date,
    ) -> crate::Freshness {
        let days = policy.interval_days(&self.topics, self.review_interval_days);
        crate::Freshness::of(Some(fact.checked), days, today)
    }

    /// Records that someone checked the guide's text (`fact: None`) or one of its changing
    /// facts against its source on `on`: sets `reviewed_at` or that fact's `checked`, never
    /// the day a fact took effect. `false` when the guide declares no such fact.
    pub fn mark_checked(&mut self, fact: Option<&Slug>, on: Date) -> bool {
        match fact {
            None => self.reviewed_at = on,
            Some(id) => match self.changing_facts.iter_mut().find(|f| &f.id == id) {
                Some(f) => f.checked = on,
                None => return false,
            },
        }
        true
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_sets_the_checked_day_and_never_the_day_it_took_effect() {
        let day = |s: &str| s.parse::<Date>().unwrap();
        let fact = ChangingFact {
            id: Slug::parse("n400-fee").unwrap(),
            checked: day("2025-01-02"),
            took_effect: Some(day("2024-04-01")),
            source: WebUrl::parse("https://example.org/fees").unwrap(),
        };
        let text = || {
            LocalizedText::original(crate::LocaleTag::parse("en").unwrap(), "Citizenship").unwrap()
        };
        let mut guide = Guide {
            id: Id::new_random(),
            slug: Slug::parse("citizenship").unwrap(),
            title: text(),
            summary: text(),
            body: text(),
            topics: vec![],
            sources: vec![],
            reviewed_at: day("2025-01-01"),
            changing_facts: vec![fact.clone()],
            review_interval_days: None,
        };
        assert!(guide.mark_checked(Some(&fact.id), day("2026-12-08")));
        assert_eq!(guide.changing_facts[0].checked, day("2026-12-08"));
        assert_eq!(guide.changing_facts[0].took_effect, fact.took_effect);
        assert_eq!(
            guide.reviewed_at,
            day("2025-01-01"),
            "the text was not checked"
        );
        assert!(guide.mark_checked(None, day("2026-12-08")));
        assert_eq!(guide.reviewed_at, day("2026-12-08"));
        assert!(!guide.mark_checked(Some(&Slug::parse("other").unwrap()), day("2026-12-08")));
    }

    #[test]
    fn changing_markers_are_found() {
        let body = "Intro.\n\n[changing:n400-fee] As of 2024 the fee is set by USCIS.\n- [changing:daca-status] x";
        assert_eq!(changing_markers(body), ["n400-fee", "daca-status"]);
    }
}
