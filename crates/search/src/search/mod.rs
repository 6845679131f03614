//! Queries: a plan of scored term groups built from the analysed words, executed straight on
//! tantivy's postings into dense per-document accumulators (term at a time), folded into one
//! best hit per record, filtered, counted into facets, ranked, and given snippets.
//!
//! Score of a document = Σ over groups of the best (max) alternative of the group that the
//! document matches, each alternative a BM25 term score times its weight (or the sum over a few
//! terms). A word makes two groups, title and body, whose alternatives are its forms: exact >
//! stemmed > folded > fuzzy (by edit distance) > prefix, so a word counts once, by its best form.
//! A glossary concept is one group: the concept's term in the title and body concept fields,
//! which hold, per document, the concepts its text names in its own language (see
//! `index::concept_tokens`).
//!
//! The pipeline's stages live in submodules: [`plan`] (words to groups), [`score`] (BM25 on
//! postings, coverage), [`collect`] (the per-search collector), [`filter`], [`facets`] and
//! [`highlight`] (snippets). It must never log query text nor change the index.

mod collect;
mod facets;
mod filter;
mod highlight;
mod plan;
mod score;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;
use tantivy::{DocAddress, Searcher};
use vecino_core::{EntityKind, GeoPoint, Id, Slug, Timestamp, Topic};

use crate::index::SearchIndex;
use crate::{Error, Result};
use collect::{Collected, Collector};
use filter::primary;
use highlight::Highlighter;

pub(crate) use collect::ScratchPool;
pub(crate) use highlight::AnalyzedCache;
pub use highlight::snippet;

/// What a reader asked for.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub query: String,
    /// The reader's content chain, most preferred first (`["es-MX", "es", "en"]`).
    pub locales: Vec<String>,
    pub filters: Filters,
    pub page: usize,
    pub per_page: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub topics: Vec<Topic>,
    /// A language the service must be offered in (matched on the primary subtag).
    pub offers_language: Option<String>,
    /// Only legal services with an accreditation.
    pub accredited: bool,
    pub free: Option<bool>,
    /// Only services a known fact says do not ask about immigration status.
    pub no_status_questions: bool,
    /// Only services a known fact says need no ID.
    pub no_id: bool,
    /// Only services whose capacity has room for new clients.
    pub accepting: bool,
    /// Only records whose stated ages (if they state any) let a person of this age in.
    pub age: Option<u8>,
    /// Only records open at this instant (in each place's own time zone).
    pub open_at: Option<Timestamp>,
    pub near: Option<(GeoPoint, f64)>,
    pub kinds: Vec<EntityKind>,
    /// Only these records (a candidate set the caller selected elsewhere, such as the services
    /// of one organization); `None` for no such limit.
    pub ids: Option<Arc<std::collections::HashSet<Id>>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub kind: EntityKind,
    pub id: Id,
    pub slug: Slug,
    pub title: String,
    /// HTML-escaped text with the matched words in `<mark>`.
    pub snippet: String,
    pub locale: String,
    pub score: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    pub kind: BTreeMap<&'static str, usize>,
    pub topic: BTreeMap<&'static str, usize>,
    pub offers_language: BTreeMap<String, usize>,
    pub accreditation: BTreeMap<&'static str, usize>,
    pub free: usize,
    pub open_now: usize,
    /// Results a known fact says do not ask about immigration status.
    pub no_status_questions: usize,
    /// Results a known fact says need no ID.
    pub no_id: usize,
    /// Results accepting new clients.
    pub accepting: usize,
    /// Results that state the ages they serve, and with `age`, that state they serve it.
    pub for_age: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
}

/// Typos allowed in a word of this many characters: none up to 4, 1 for 5–8, 2 from 9.
pub fn typo_budget(chars: usize) -> u8 {
    match chars {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Query words beyond this many are optional (bit 63 of a document's mask marks a match).
const WORD_BITS: usize = 63;

/// When at least this many records match every word, only those are results; otherwise
/// records matching any word are (ranked by how much of the query they match).
pub const ALL_WORDS_ENOUGH: usize = 10;

impl SearchIndex {
    /// Runs a search.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        self.search_at(
            request,
            request.filters.open_at.unwrap_or_else(Timestamp::now),
        )
    }

    /// Runs a search as of `now`: what "open now" is counted at (and filtered by unless the
    /// request sets `open_at`), and whose day (UTC) each listing's freshness is judged on: one
    /// past its review interval, or never checked, ranks lower; one past twice its interval
    /// (unless kept) or ended (inactive, defunct) is not found. For hosts without a system
    /// clock (WebAssembly), which pass the time they are given: the same records, request and
    /// `now` give the same answer everywhere.
    pub fn search_at(&self, request: &SearchRequest, now: Timestamp) -> Result<SearchResults> {
        let searcher = self.reader.searcher();
        let plan = self.plan(&searcher, request)?;
        let preferred: Vec<u8> = {
            let locales = self.locales.read().map_err(|_| Error::Poisoned)?;
            let first_language = request.locales.first().map(|l| primary(l));
            locales
                .iter()
                .enumerate()
                .filter(|(_, tag)| Some(primary(tag)) == first_language)
                .filter_map(|(i, _)| u8::try_from(i).ok())
                .collect()
        };
        let resolution = self.resolve(&searcher, &plan.groups, &plan.weights)?;
        let records = self.records.read().map_err(|_| Error::Poisoned)?;
        let per_page = request.per_page.max(1);
        let collector = Collector {
            index: self,
            searcher: &searcher,
            resolution: &resolution,
            preferred: &preferred,
            records: &records,
            filters: &request.filters,
            now: request.filters.open_at.unwrap_or(now),
            today: crate::records::day_of(now),
            wanted: request.page.max(1) * per_page,
        };
        let Collected { total, top, facets } =
            self.scratch.with(|scratch| collector.execute(scratch))?;
        drop(records);

        let start = request.page.saturating_sub(1) * per_page;
        let mut hits = Vec::new();
        let mut highlighter = Highlighter::new(&plan.highlight);
        for c in top.into_iter().skip(start).take(per_page) {
            let records = self.records.read().map_err(|_| Error::Poisoned)?;
            let Some(meta) = records.meta(c.ordinal).cloned() else {
                continue;
            };
            drop(records);
            let address = DocAddress::new(c.address.0, c.address.1);
            let (locale, title, body) =
                self.display_text(&searcher, c.ordinal, address, &request.locales)?;
            hits.push(Hit {
                kind: meta.kind,
                id: meta.id,
                slug: meta.slug.clone(),
                title,
                snippet: highlighter.snippet(&self.analyzed.get(&body, &locale)),
                locale,
                score: c.score,
                distance_km: c.distance,
            });
        }
        Ok(SearchResults {
            total,
            hits,
            facets,
        })
    }

    /// The text to show for a hit: in the reader's language when the record has it.
    fn display_text(
        &self,
        searcher: &Searcher,
        ordinal: u32,
        matched: DocAddress,
        chain: &[String],
    ) -> Result<(String, String, String)> {
        // Usually the matched document is already in the reader's language (it scores a
        // little higher): then no other document is looked up.
        let matched = self.doc_text(searcher, matched)?;
        for locale in chain {
            if *locale == matched.0 {
                return Ok(matched);
            }
            if let Some(address) = self.document_in(searcher, ordinal, locale)? {
                return self.doc_text(searcher, address);
            }
        }
        Ok(matched)
    }

    /// The live document of record `ordinal` in `locale`, if it has one.
    fn document_in(
        &self,
        searcher: &Searcher,
        ordinal: u32,
        locale: &str,
    ) -> Result<Option<DocAddress>> {
        let id = {
            let locales = self.locales.read().map_err(|_| Error::Poisoned)?;
            match locales.iter().position(|tag| tag == locale) {
                Some(id) => id,
                // A locale no document is written in.
                None => return Ok(None),
            }
        };
        // The segment maps hold ids below u8::MAX (which marks the rest).
        let Some(id) = u8::try_from(id).ok().filter(|id| *id != u8::MAX) else {
            // Past them (never, with the tier-1 locales): asked for.
            let records = self.records.read().map_err(|_| Error::Poisoned)?;
            let key = records.facts(ordinal).map(|f| f.key);
            drop(records);
            return match key {
                Some(key) => self.stored_address(searcher, key, locale),
                None => Ok(None),
            };
        };
        for (segment_ordinal, segment) in searcher.segment_readers().iter().enumerate() {
            let map = {
                let records = self.records.read().map_err(|_| Error::Poisoned)?;
                self.segment_maps.get(segment, &records)?
            };
            let alive = segment.alive_bitset();
            for doc in map.documents_of(ordinal) {
                if map.locales[doc as usize] == id && alive.is_none_or(|a| a.is_alive(doc)) {
                    return Ok(Some(DocAddress::new(segment_ordinal as u32, doc)));
                }
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typo_budget_grows_with_length() {
        assert_eq!([4, 5, 8, 9, 14].map(typo_budget), [0, 1, 1, 2, 2]);
    }
}
