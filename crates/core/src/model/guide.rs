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
    fn changing_markers_are_found() {
        let body = "Intro.\n\n[changing:n400-fee] As of 2024 the fee is set by USCIS.\n- [changing:daca-status] x";
        assert_eq!(changing_markers(body), ["n400-fee", "daca-status"]);
    }
}
