//! The bodies that describe the directory itself: topics with their names and taxonomy terms,
//! welcoming categories and the locales served; built from core and i18n, nothing stored.

use super::*;

#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NamedCategory {
    #[schema(value_type = s::WelcomingCategorySlug)]
    slug: &'static str,
    name: String,
}

impl NamedCategory {
    fn new(r: Reader<'_>, c: WelcomingCategory) -> Self {
        NamedCategory {
            slug: c.slug(),
            name: r.message(&format!("welcoming-{}", c.slug())),
        }
    }
}

#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenEligibility {
    code: &'static str,
    name: &'static str,
}

/// A topic as an HSDS taxonomy term.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TaxonomyTerm {
    #[schema(value_type = s::Uuid)]
    id: Id,
    code: &'static str,
    name: &'static str,
    taxonomy: &'static str,
    /// The closest Open Eligibility term.
    #[schema(required = true)]
    open_eligibility: Option<OpenEligibility>,
}

#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TopicInfo {
    #[schema(value_type = s::TopicSlug)]
    slug: &'static str,
    name: String,
    welcoming_categories: Vec<NamedCategory>,
    taxonomy_term: TaxonomyTerm,
}

/// The topic taxonomy and the Welcoming Standard's categories, named in the reader's language.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TopicsResponse {
    topics: Vec<TopicInfo>,
    welcoming_categories: Vec<NamedCategory>,
}

impl TopicsResponse {
    pub fn new(r: Reader<'_>) -> Self {
        TopicsResponse {
            topics: Topic::ALL
                .iter()
                .map(|topic| {
                    let term = topic.taxonomy_term();
                    TopicInfo {
                        slug: topic.slug(),
                        name: NamedTopic::new(r, *topic).name,
                        welcoming_categories: topic
                            .welcoming_categories()
                            .iter()
                            .map(|c| NamedCategory::new(r, *c))
                            .collect(),
                        taxonomy_term: TaxonomyTerm {
                            id: term.id,
                            code: term.code,
                            name: term.name,
                            taxonomy: term.taxonomy,
                            open_eligibility: term
                                .open_eligibility
                                .map(|(code, name)| OpenEligibility { code, name }),
                        },
                    }
                })
                .collect(),
            welcoming_categories: WelcomingCategory::ALL
                .iter()
                .map(|c| NamedCategory::new(r, *c))
                .collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LocaleInfo {
    #[schema(value_type = s::ShippedLocale)]
    tag: &'static str,
    /// The language's name in itself.
    self_name: String,
    english_name: String,
    #[schema(value_type = s::Direction)]
    direction: Direction,
}

/// The languages Vecino ships in.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalesResponse {
    locales: Vec<LocaleInfo>,
}

impl From<&I18n> for LocalesResponse {
    fn from(i18n: &I18n) -> Self {
        LocalesResponse {
            locales: i18n
                .locales()
                .into_iter()
                .map(|l| LocaleInfo {
                    tag: l.tag,
                    self_name: l.self_name,
                    english_name: l.english_name,
                    direction: l.direction,
                })
                .collect(),
        }
    }
}
