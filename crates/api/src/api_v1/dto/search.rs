//! `/api/v1/search` and `/api/v1/suggest` bodies: hits, facet counts and suggestions, built
//! from the search crate's results; never a search type serialized whole.

use super::*;

/// One search result: a record's best matching document.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchHit {
    #[schema(value_type = s::EntityKind)]
    kind: vecino_core::EntityKind,
    #[schema(value_type = s::Uuid)]
    id: Id,
    #[schema(value_type = s::Slug)]
    slug: Slug,
    title: String,
    /// HTML-escaped text with the matched words in `<mark>`.
    snippet: String,
    /// The language of the matched text.
    #[schema(value_type = s::LocaleTag)]
    locale: String,
    score: f32,
    /// Distance from `near`, in kilometres (only with `near`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    distance_km: Option<f64>,
}

impl From<&Hit> for SearchHit {
    fn from(hit: &Hit) -> Self {
        SearchHit {
            kind: hit.kind,
            id: hit.id,
            slug: hit.slug.clone(),
            title: hit.title.clone(),
            snippet: hit.snippet.clone(),
            locale: hit.locale.clone(),
            score: hit.score,
            distance_km: hit.distance_km,
        }
    }
}

/// Counts of all matching records by each filter's values.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Facets)]
pub struct FacetCounts {
    kind: BTreeMap<String, u64>,
    topic: BTreeMap<String, u64>,
    offers_language: BTreeMap<String, u64>,
    accreditation: BTreeMap<String, u64>,
    free: u64,
    open_now: u64,
    /// Results whose known fact says they do not ask about immigration status.
    no_status_questions: u64,
    /// Results whose known fact says no ID is needed.
    no_id: u64,
    /// Results accepting new clients.
    accepting: u64,
    /// Results that state the ages they serve (with `age`: that state they serve it).
    for_age: u64,
}

impl From<&Facets> for FacetCounts {
    fn from(f: &Facets) -> Self {
        fn counts<K: ToString>(map: &BTreeMap<K, usize>) -> BTreeMap<String, u64> {
            map.iter()
                .map(|(k, n)| (k.to_string(), *n as u64))
                .collect()
        }
        FacetCounts {
            kind: counts(&f.kind),
            topic: counts(&f.topic),
            offers_language: counts(&f.offers_language),
            accreditation: counts(&f.accreditation),
            free: f.free as u64,
            open_now: f.open_now as u64,
            no_status_questions: f.no_status_questions as u64,
            no_id: f.no_id as u64,
            accepting: f.accepting as u64,
            for_age: f.for_age as u64,
        }
    }
}

/// A page of search results.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchResponse {
    /// How many records match in all.
    total: u64,
    page: u64,
    per_page: u64,
    results: Vec<SearchHit>,
    facets: FacetCounts,
}

impl SearchResponse {
    pub fn new(page: u64, per_page: u64, results: &SearchResults) -> Self {
        SearchResponse {
            total: results.total as u64,
            page,
            per_page,
            results: results.hits.iter().map(SearchHit::from).collect(),
            facets: FacetCounts::from(&results.facets),
        }
    }
}

#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    text: String,
    #[schema(value_type = s::EntityKind)]
    kind: vecino_core::EntityKind,
    #[schema(value_type = s::Slug)]
    slug: Slug,
    #[schema(value_type = s::LocaleTag)]
    locale: String,
}

/// Completions while typing.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SuggestResponse {
    suggestions: Vec<Suggestion>,
}

impl From<&SearchResults> for SuggestResponse {
    fn from(results: &SearchResults) -> Self {
        SuggestResponse {
            suggestions: results
                .hits
                .iter()
                .map(|h| Suggestion {
                    text: h.title.clone(),
                    kind: h.kind,
                    slug: h.slug.clone(),
                    locale: h.locale.clone(),
                })
                .collect(),
        }
    }
}
