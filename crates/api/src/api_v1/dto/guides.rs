//! The guide bodies: summaries, the whole guide with its changing facts (each fact's "took
//! effect" and "last checked" apart); never a core guide serialized whole.

use super::*;

/// A fact in a guide that goes stale (a fee, a program's status).
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangingFact {
    #[schema(value_type = s::Slug)]
    id: Slug,
    /// The day someone last checked the fact against its source.
    #[schema(value_type = s::Date)]
    checked: Date,
    /// The same day as `checked`, under its former name (deprecated).
    #[schema(value_type = s::Date, deprecated)]
    as_of: Date,
    /// The day the fact took effect, when the source says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<s::Date>)]
    took_effect: Option<Date>,
    /// Where to check it again.
    #[schema(value_type = s::Url)]
    source: WebUrl,
}

/// A guide as listed.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GuideSummary {
    #[schema(value_type = s::Uuid)]
    id: Id,
    #[schema(value_type = s::Slug)]
    slug: Slug,
    title: LocalizedJson,
    summary: LocalizedJson,
    #[schema(value_type = Vec<s::TopicSlug>)]
    topics: Vec<Topic>,
    #[schema(value_type = s::Date)]
    reviewed_at: Date,
    /// The languages its body is written in.
    #[schema(value_type = Vec<s::LocaleTag>)]
    locales: Vec<LocaleTag>,
}

impl GuideSummary {
    pub fn new(lang: &Lang, guide: &vecino_core::Guide) -> Self {
        GuideSummary {
            id: guide.id,
            slug: guide.slug.clone(),
            title: lang.text(&guide.title),
            summary: lang.text(&guide.summary),
            topics: guide.topics.clone(),
            reviewed_at: guide.reviewed_at,
            locales: guide.body.locales().cloned().collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GuideList {
    pub guides: Vec<GuideSummary>,
}

/// A guide with its body (Markdown; `[changing:<id>]` marks a fact in `changing_facts`).
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Guide)]
pub struct GuideDto {
    #[schema(value_type = s::Uuid)]
    id: Id,
    #[schema(value_type = s::Slug)]
    slug: Slug,
    title: LocalizedJson,
    summary: LocalizedJson,
    #[schema(value_type = Vec<s::TopicSlug>)]
    topics: Vec<Topic>,
    #[schema(value_type = s::Date)]
    reviewed_at: Date,
    #[schema(value_type = Vec<s::LocaleTag>)]
    locales: Vec<LocaleTag>,
    body: LocalizedJson,
    #[schema(value_type = Vec<s::Source>)]
    sources: Vec<Source>,
    changing_facts: Vec<ChangingFact>,
}

impl GuideDto {
    pub fn new(lang: &Lang, guide: &vecino_core::Guide) -> Self {
        let GuideSummary {
            id,
            slug,
            title,
            summary,
            topics,
            reviewed_at,
            locales,
        } = GuideSummary::new(lang, guide);
        GuideDto {
            id,
            slug,
            title,
            summary,
            topics,
            reviewed_at,
            locales,
            body: lang.text(&guide.body),
            sources: guide.sources.clone(),
            changing_facts: guide
                .changing_facts
                .iter()
                .map(|f| ChangingFact {
                    id: f.id.clone(),
                    checked: f.checked,
                    as_of: f.checked,
                    took_effect: f.took_effect,
                    source: f.source.clone(),
                })
                .collect(),
        }
    }
}
