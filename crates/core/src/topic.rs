//! Vecino's small topic taxonomy, mapped to the Welcoming Standard's seven categories and
//! to HSDS taxonomy terms (Open Eligibility codes where one fits).

use serde::{Deserialize, Serialize};

use crate::{Error, ErrorKind, Id, Result, Slug, stable_id};

/// The seven categories of Welcoming America's Welcoming Standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WelcomingCategory {
    GovernmentLeadership,
    CivicEngagement,
    EquitableAccess,
    Education,
    ConnectedCommunities,
    EconomicDevelopment,
    SafeCommunities,
}

impl WelcomingCategory {
    pub const ALL: [WelcomingCategory; 7] = [
        WelcomingCategory::GovernmentLeadership,
        WelcomingCategory::CivicEngagement,
        WelcomingCategory::EquitableAccess,
        WelcomingCategory::Education,
        WelcomingCategory::ConnectedCommunities,
        WelcomingCategory::EconomicDevelopment,
        WelcomingCategory::SafeCommunities,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            WelcomingCategory::GovernmentLeadership => "government-leadership",
            WelcomingCategory::CivicEngagement => "civic-engagement",
            WelcomingCategory::EquitableAccess => "equitable-access",
            WelcomingCategory::Education => "education",
            WelcomingCategory::ConnectedCommunities => "connected-communities",
            WelcomingCategory::EconomicDevelopment => "economic-development",
            WelcomingCategory::SafeCommunities => "safe-communities",
        }
    }
}

/// An HSDS `taxonomy_term`: the form a topic takes in HSDS import and export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaxonomyTerm {
    pub id: Id,
    pub code: &'static str,
    pub name: &'static str,
    pub taxonomy: &'static str,
    /// The closest Open Eligibility term (code, name), the taxonomy many HSDS feeds use.
    pub open_eligibility: Option<(&'static str, &'static str)>,
}

macro_rules! topics {
    ($($variant:ident => $slug:literal, $name:literal, [$($cat:ident),+], $oe:expr;)+) => {
        /// A topic a service, guide or event is about.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum Topic { $($variant),+ }

        impl Topic {
            pub const ALL: &'static [Topic] = &[$(Topic::$variant),+];

            pub fn slug(self) -> &'static str {
                match self { $(Topic::$variant => $slug),+ }
            }

            /// The English name; the UI shows the Fluent message `topic-<slug>` instead.
            pub fn english_name(self) -> &'static str {
                match self { $(Topic::$variant => $name),+ }
            }

            pub fn welcoming_categories(self) -> &'static [WelcomingCategory] {
                match self { $(Topic::$variant => &[$(WelcomingCategory::$cat),+]),+ }
            }

            fn open_eligibility(self) -> Option<(&'static str, &'static str)> {
                match self { $(Topic::$variant => $oe),+ }
            }
        }
    };
}

topics! {
    KnowYourRights => "know-your-rights", "Know your rights", [SafeCommunities, EquitableAccess], Some(("111-01-03", "Discrimination & Civil Rights"));
    Daca => "daca", "DACA", [EquitableAccess], Some(("111-01-02", "Citizenship & Immigration"));
    Citizenship => "citizenship", "Citizenship", [CivicEngagement], Some(("111-01-02", "Citizenship & Immigration"));
    IdCard => "id-card", "ID cards", [EquitableAccess, GovernmentLeadership], Some(("111-01-05", "Identification Recovery"));
    LegalAid => "legal-aid", "Legal help", [EquitableAccess], Some(("111-01", "Advocacy & Legal Aid"));
    ImmigrationFraud => "immigration-fraud", "Immigration fraud", [SafeCommunities], Some(("111-01-02", "Citizenship & Immigration"));
    Health => "health", "Health", [EquitableAccess], Some(("106", "Health"));
    Education => "education", "Education", [Education], Some(("109", "Education"));
    Youth => "youth", "Youth", [Education, ConnectedCommunities], None;
    Parents => "parents", "Parents and families", [Education, ConnectedCommunities], Some(("109-03-07-04", "Parenting Education"));
    Employment => "employment", "Work", [EconomicDevelopment], Some(("110", "Work"));
    Housing => "housing", "Housing", [EquitableAccess], Some(("103", "Housing"));
    Food => "food", "Food", [EquitableAccess], Some(("102", "Food"));
    LanguageClasses => "language-classes", "English and language classes", [Education], Some(("109-03-03", "English as a Second Language (ESL)"));
    LanguageAccess => "language-access", "Language access", [EquitableAccess, GovernmentLeadership], Some(("111-05", "Translation & Interpretation"));
    Safety => "safety", "Safety", [SafeCommunities], Some(("101-06", "Immediate Safety"));
    Policing => "policing", "Police and community", [SafeCommunities, ConnectedCommunities], None;
    EmergencyPreparedness => "emergency-preparedness", "Emergency preparedness", [SafeCommunities], Some(("109-03-02", "Disaster Preparedness & Response"));
    Driving => "driving", "Driving and licenses", [EquitableAccess, EconomicDevelopment], None;
    ConsularServices => "consular-services", "Consular services", [EquitableAccess], None;
    CivicEngagement => "civic-engagement", "Civic life", [CivicEngagement, GovernmentLeadership], None;
    InformationAndReferral => "information-and-referral", "Information and referral", [EquitableAccess, ConnectedCommunities], Some(("108-05", "Navigating the System"));
}

/// Topics on which legal accreditation is meaningful.
pub(crate) const LEGAL_TOPICS: &[Topic] = &[
    Topic::LegalAid,
    Topic::Daca,
    Topic::Citizenship,
    Topic::ImmigrationFraud,
    Topic::KnowYourRights,
];

impl Topic {
    /// Whether it is a legal topic (accreditation matters, checked more often).
    pub fn is_legal(self) -> bool {
        LEGAL_TOPICS.contains(&self)
    }

    pub fn parse(input: &str) -> Result<Topic> {
        Topic::ALL
            .iter()
            .copied()
            .find(|t| t.slug() == input)
            .ok_or_else(|| {
                Error::invalid(
                    ErrorKind::UnknownChoice,
                    "topic",
                    format!("{input:?} is not a topic"),
                )
            })
    }

    /// This topic as an HSDS taxonomy term in Vecino's taxonomy.
    pub fn taxonomy_term(self) -> TaxonomyTerm {
        let slug = Slug::parse(self.slug()).expect("topic slugs are valid slugs");
        TaxonomyTerm {
            id: stable_id("taxonomy_term", &slug),
            code: self.slug(),
            name: self.english_name(),
            taxonomy: "vecino-topics",
            open_eligibility: self.open_eligibility(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_parses_from_its_slug_and_has_a_category() {
        for topic in Topic::ALL {
            assert_eq!(Topic::parse(topic.slug()).unwrap(), *topic);
            assert!(!topic.welcoming_categories().is_empty());
        }
        assert!(Topic::parse("Legal-Aid").is_err());
    }

    #[test]
    fn every_welcoming_category_is_reached_by_some_topic() {
        for category in WelcomingCategory::ALL {
            assert!(
                Topic::ALL
                    .iter()
                    .any(|t| t.welcoming_categories().contains(&category)),
                "{category:?} has no topic"
            );
        }
    }

    #[test]
    fn taxonomy_terms_have_distinct_stable_ids() {
        let ids: std::collections::HashSet<_> =
            Topic::ALL.iter().map(|t| t.taxonomy_term().id).collect();
        assert_eq!(ids.len(), Topic::ALL.len());
        assert_eq!(
            Topic::LegalAid.taxonomy_term().open_eligibility.unwrap().0,
            "111-01"
        );
    }
}
