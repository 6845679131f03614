//! Queries: build the tantivy query from the analysed words, collect matching documents into
//! one best hit per record (applying filters and counting facets), rank, and make snippets.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, FuzzyTermQuery, Occur, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader, Term};
use vecino_core::{EntityKind, GeoPoint, Id, Slug, Timestamp, Topic};

use crate::analyze::{Family, Token, analyze, fold};
use crate::document::RecordMeta;
use crate::index::SearchIndex;
use crate::{Error, Result};

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
    /// Only records open at this instant (in each place's own time zone).
    pub open_at: Option<Timestamp>,
    pub near: Option<(GeoPoint, f64)>,
    pub kinds: Vec<EntityKind>,
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

/// The most terms one fuzzy or prefix word expands to.
const EXPANSION_CAP: usize = 24;

/// Optimal string alignment distance (a transposition counts as one edit).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

fn term_query(field: Field, text: &str, boost: f32) -> Box<dyn Query> {
    let q = TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    );
    Box::new(BoostQuery::new(Box::new(q), boost))
}

impl SearchIndex {
    /// Terms of `field` within the typo budget of `word`, each with its distance, closest first.
    fn fuzzy_terms(&self, field: Field, word: &str, budget: u8) -> Result<Vec<(String, usize)>> {
        let automaton =
            FuzzyTermQuery::new(Term::from_field_text(field, word), budget, true).automaton()?;
        let mut found: HashMap<String, usize> = HashMap::new();
        let searcher = self.reader.searcher();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            let mut stream = inverted.terms().search(&automaton).into_stream()?;
            while stream.advance() {
                let Ok(term) = std::str::from_utf8(stream.key()) else {
                    continue;
                };
                if term != word {
                    found
                        .entry(term.to_owned())
                        .or_insert_with(|| edit_distance(term, word));
                }
            }
        }
        let mut terms: Vec<(String, usize)> = found.into_iter().collect();
        terms.sort_by(|a, b| {
            a.1.cmp(&b.1)
                .then(a.0.len().cmp(&b.0.len()))
                .then(a.0.cmp(&b.0))
        });
        terms.truncate(EXPANSION_CAP);
        Ok(terms)
    }

    /// Terms of `field` that start with `prefix` (longer than it), shortest first.
    fn prefix_terms(&self, field: Field, prefix: &str) -> Result<Vec<String>> {
        let mut found: Vec<String> = Vec::new();
        let searcher = self.reader.searcher();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            let mut stream = inverted
                .terms()
                .range()
                .ge(prefix.as_bytes())
                .into_stream()?;
            let mut taken = 0;
            while stream.advance() && taken < EXPANSION_CAP * 4 {
                let Ok(term) = std::str::from_utf8(stream.key()) else {
                    continue;
                };
                if !term.starts_with(prefix) {
                    break;
                }
                if term != prefix && !found.iter().any(|t| t == term) {
                    found.push(term.to_owned());
                    taken += 1;
                }
            }
        }
        found.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
        found.truncate(EXPANSION_CAP);
        Ok(found)
    }

    /// The query for one word: per field, the best of its forms counts (exact beats stemmed
    /// beats folded beats fuzzy), so a word is not counted again for each form it matches.
    fn word_query(
        &self,
        word: &Token,
        stems: &[String],
        is_prefix: bool,
    ) -> Result<Box<dyn Query>> {
        let f = self.fields;
        let budget = typo_budget(word.folded.chars().count());
        let mut per_field = Vec::new();
        for (exact, fold, stem, weight) in [
            (f.title_exact, f.title_fold, f.title_stem, 2.0f32),
            (f.body_exact, f.body_fold, f.body_stem, 1.0),
        ] {
            let mut forms: Vec<Box<dyn Query>> = vec![
                term_query(exact, &word.exact, 4.0 * weight),
                term_query(fold, &word.folded, 3.0 * weight),
            ];
            for s in stems {
                forms.push(term_query(stem, s, 3.0 * weight));
            }
            if budget > 0 {
                for (term, distance) in self.fuzzy_terms(fold, &word.folded, budget)? {
                    forms.push(term_query(fold, &term, 1.5 * weight / distance as f32));
                }
            }
            if is_prefix && word.folded.chars().count() >= 2 {
                for term in self.prefix_terms(fold, &word.folded)? {
                    forms.push(term_query(fold, &term, 1.2 * weight));
                }
            }
            per_field.push((
                Occur::Should,
                Box::new(DisjunctionMaxQuery::new(forms)) as Box<dyn Query>,
            ));
        }
        Ok(Box::new(BooleanQuery::new(per_field)))
    }

    /// Builds the whole query, with the words it looks for (for highlighting).
    fn build_query(&self, request: &SearchRequest) -> Result<(Box<dyn Query>, Vec<String>)> {
        let words = analyze(&request.query, Family::Plain);
        let is_prefix = !request.query.ends_with(char::is_whitespace);
        let mut highlight: Vec<String> = Vec::new();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (i, word) in words.iter().enumerate() {
            // The word's stem under every stemmer: the query's language is not guessed either.
            let mut stems: Vec<String> = Family::ALL
                .iter()
                .map(|family| crate::analyze::stem(&word.folded, *family))
                .collect();
            stems.sort();
            stems.dedup();
            highlight.push(word.folded.clone());
            highlight.extend(stems.iter().cloned());
            let last = i + 1 == words.len();
            clauses.push((
                Occur::Should,
                self.word_query(word, &stems, last && is_prefix)?,
            ));
        }
        let folded: Vec<String> = words.iter().map(|w| w.folded.clone()).collect();
        let f = self.fields;
        if !folded.is_empty() {
            let whole = crate::index::whole_title(folded.iter().map(String::as_str));
            clauses.push((Occur::Should, term_query(f.title_whole, &whole, 8.0)));
        }
        for concept in self.glossary.concepts_in(&folded) {
            // A concept counts once, by its best-matching term, and below a direct match.
            let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
            for expansion in concept {
                let q: Box<dyn Query> = if expansion.folded.len() == 1 {
                    Box::new(BooleanQuery::new(vec![
                        (
                            Occur::Should,
                            term_query(f.title_fold, &expansion.folded[0], 1.2),
                        ),
                        (
                            Occur::Should,
                            term_query(f.body_fold, &expansion.folded[0], 0.6),
                        ),
                        (
                            Occur::Should,
                            term_query(f.title_stem, &expansion.stems[0], 1.2),
                        ),
                        (
                            Occur::Should,
                            term_query(f.body_stem, &expansion.stems[0], 0.6),
                        ),
                    ]))
                } else {
                    Box::new(BooleanQuery::new(
                        expansion
                            .folded
                            .iter()
                            .map(|w| (Occur::Must, term_query(f.body_fold, w, 0.4)))
                            .collect(),
                    ))
                };
                highlight.extend(expansion.folded.iter().cloned());
                alternatives.push(q);
            }
            clauses.push((
                Occur::Should,
                Box::new(DisjunctionMaxQuery::new(alternatives)),
            ));
        }
        Ok((Box::new(BooleanQuery::new(clauses)), highlight))
    }

    /// Runs a search.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        let (query, highlight) = self.build_query(request)?;
        let searcher = self.reader.searcher();
        let preferred: Vec<u64> = {
            let locales = self.locales.read().map_err(|_| Error::Poisoned)?;
            let first_language = request.locales.first().map(|l| primary(l));
            locales
                .iter()
                .enumerate()
                .filter(|(_, tag)| Some(primary(tag)) == first_language)
                .map(|(i, _)| i as u64)
                .collect()
        };
        let best = searcher.search(
            &query,
            &BestPerRecord {
                preferred: preferred.into(),
            },
        )?;

        let meta = self.meta.read().map_err(|_| Error::Poisoned)?;
        let now = request.filters.open_at.unwrap_or_else(Timestamp::now);
        let mut facets = FacetCounter::new(now);
        let mut clock = LocalClock::new(now);
        let mut ranked: Vec<Ranked> = Vec::new();
        for (key, (score, address)) in best {
            let Some(record) = meta.get(&key) else {
                continue;
            };
            let Some(distance) = request.filters.admit(record, &mut clock) else {
                continue;
            };
            facets.count(record);
            let mut boosted = score;
            if record.verified {
                boosted *= 1.1;
            }
            if record.accreditation.is_some() {
                boosted *= 1.15;
            }
            if let Some(km) = distance {
                boosted *= 1.0 / (1.0 + (km as f32) / 25.0);
            }
            ranked.push(Ranked {
                score: boosted,
                key,
                address,
                distance,
                record: record.clone(),
            });
        }
        let facets = facets.finish();
        drop(meta);
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.key.cmp(&b.key)));
        let total = ranked.len();
        let per_page = request.per_page.max(1);
        let start = request.page.saturating_sub(1) * per_page;
        let mut hits = Vec::new();
        for Ranked {
            score,
            key,
            address,
            distance,
            record,
        } in ranked.into_iter().skip(start).take(per_page)
        {
            let (locale, title, body) = self.display_text(key, address, &request.locales)?;
            hits.push(Hit {
                kind: record.kind,
                id: record.id,
                slug: record.slug.clone(),
                title,
                snippet: snippet(&body, &locale, &highlight),
                locale,
                score,
                distance_km: distance,
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
        key: u64,
        matched: DocAddress,
        chain: &[String],
    ) -> Result<(String, String, String)> {
        // Usually the matched document is already in the reader's language (it scores a
        // little higher): then no other document is looked up.
        let matched = self.doc_text(matched)?;
        for locale in chain {
            if *locale == matched.0 {
                return Ok(matched);
            }
            if let Some(text) = self.stored_text(key, locale)? {
                return Ok(text);
            }
        }
        Ok(matched)
    }
}

/// A matching record, ranked.
struct Ranked {
    score: f32,
    key: u64,
    address: DocAddress,
    distance: Option<f64>,
    record: Arc<RecordMeta>,
}

fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

impl Filters {
    /// Whether a record passes; `Some(distance)` when it does (distance only with `near`).
    fn admit(&self, r: &RecordMeta, clock: &mut LocalClock) -> Option<Option<f64>> {
        if !self.kinds.is_empty() && !self.kinds.contains(&r.kind) {
            return None;
        }
        if !self.topics.is_empty() && !self.topics.iter().any(|t| r.topics.contains(t)) {
            return None;
        }
        if let Some(lang) = &self.offers_language
            && !r.languages.iter().any(|l| primary(l) == primary(lang))
        {
            return None;
        }
        if self.accredited && r.accreditation.is_none() {
            return None;
        }
        if self.free.is_some_and(|free| r.free != Some(free)) {
            return None;
        }
        if self.open_at.is_some() && !clock.any_open(&r.schedules) {
            return None;
        }
        match self.near {
            None => Some(None),
            Some((center, radius_km)) => {
                let nearest = r
                    .points
                    .iter()
                    .map(|p| center.distance_km(p))
                    .min_by(f64::total_cmp)?;
                (nearest <= radius_km).then_some(Some(nearest))
            }
        }
    }
}

/// Facet counts while collecting: arrays and borrowed keys, turned into [`Facets`] once.
struct FacetCounter<'a> {
    kind: [usize; 4],
    topic: Vec<usize>,
    languages: HashMap<&'a str, usize>,
    accreditation: [usize; 3],
    free: usize,
    open_now: usize,
    clock: LocalClock,
}

impl<'a> FacetCounter<'a> {
    fn new(at: Timestamp) -> Self {
        FacetCounter {
            kind: [0; 4],
            topic: vec![0; Topic::ALL.len()],
            languages: HashMap::new(),
            accreditation: [0; 3],
            free: 0,
            open_now: 0,
            clock: LocalClock::new(at),
        }
    }

    fn count(&mut self, r: &'a RecordMeta) {
        self.kind[r.kind as usize] += 1;
        for t in &r.topics {
            self.topic[*t as usize] += 1;
        }
        for l in &r.languages {
            *self.languages.entry(primary(l)).or_default() += 1;
        }
        if let Some(a) = r.accreditation {
            self.accreditation[a as usize] += 1;
        }
        if r.free == Some(true) {
            self.free += 1;
        }
        if self.clock.any_open(&r.schedules) {
            self.open_now += 1;
        }
    }

    fn finish(self) -> Facets {
        let kinds = [
            EntityKind::Organization,
            EntityKind::Service,
            EntityKind::Guide,
            EntityKind::Event,
        ];
        let accreditations = [
            vecino_core::Accreditation::DojRecognizedOrganization,
            vecino_core::Accreditation::AccreditedRepresentative,
            vecino_core::Accreditation::LicensedAttorney,
        ];
        let counted = |n: usize| n > 0;
        Facets {
            kind: kinds
                .iter()
                .filter(|k| counted(self.kind[**k as usize]))
                .map(|k| (k.as_str(), self.kind[*k as usize]))
                .collect(),
            topic: Topic::ALL
                .iter()
                .filter(|t| counted(self.topic[**t as usize]))
                .map(|t| (t.slug(), self.topic[*t as usize]))
                .collect(),
            offers_language: self
                .languages
                .into_iter()
                .map(|(l, n)| (l.to_owned(), n))
                .collect(),
            accreditation: accreditations
                .iter()
                .filter(|a| counted(self.accreditation[**a as usize]))
                .map(|a| (a.slug(), self.accreditation[*a as usize]))
                .collect(),
            free: self.free,
            open_now: self.open_now,
        }
    }
}

/// One instant read on the wall clocks of the time zones it meets, each converted once.
struct LocalClock {
    at: Timestamp,
    zones: Vec<(String, vecino_core::Date, jiff::civil::Time)>,
}

impl LocalClock {
    fn new(at: Timestamp) -> Self {
        LocalClock {
            at,
            zones: Vec::new(),
        }
    }

    fn any_open(&mut self, schedules: &[vecino_core::Schedule]) -> bool {
        schedules.iter().any(|s| {
            let tz = s.timezone();
            let (date, time) = match self.zones.iter().find(|(name, ..)| name == tz) {
                Some((_, date, time)) => (*date, *time),
                None => {
                    let Ok(zone) = jiff::tz::TimeZone::get(tz) else {
                        return false;
                    };
                    let local = self.at.to_zoned_datetime(zone);
                    self.zones.push((tz.to_owned(), local.date(), local.time()));
                    (local.date(), local.time())
                }
            };
            s.is_open_local(date, time)
        })
    }
}

/// Record keys are already well-mixed 64-bit values: hash them as they are.
#[derive(Default, Clone, Copy)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type KeyMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<KeyHasher>>;

/// Collects the best-scoring document of each record. Documents in the reader's language
/// score a little higher, so they are the ones shown when both match.
struct BestPerRecord {
    preferred: Arc<[u64]>,
}

struct BestPerRecordSegment {
    segment: SegmentOrdinal,
    keys: Column<u64>,
    locales: Column<u64>,
    preferred: Arc<[u64]>,
    best: KeyMap<(Score, DocAddress)>,
}

impl Collector for BestPerRecord {
    type Fruit = KeyMap<(Score, DocAddress)>;
    type Child = BestPerRecordSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(BestPerRecordSegment {
            segment,
            keys: reader.fast_fields().u64("key")?,
            locales: reader.fast_fields().u64("locale_id")?,
            preferred: self.preferred.clone(),
            best: KeyMap::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut merged: Self::Fruit = KeyMap::default();
        for fruit in fruits {
            for (key, hit) in fruit {
                let entry = merged.entry(key).or_insert(hit);
                if hit.0 > entry.0 {
                    *entry = hit;
                }
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for BestPerRecordSegment {
    type Fruit = KeyMap<(Score, DocAddress)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        let Some(key) = self.keys.first(doc) else {
            return;
        };
        let locale = self.locales.first(doc).unwrap_or(u64::MAX);
        let score = if self.preferred.contains(&locale) {
            score * 1.15
        } else {
            score
        };
        let hit = (score, DocAddress::new(self.segment, doc));
        let entry = self.best.entry(key).or_insert(hit);
        if score > entry.0 {
            *entry = hit;
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.best
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// About 30 words of `body` around the densest run of matches, HTML-escaped, matches in `<mark>`.
pub fn snippet(body: &str, locale: &str, words: &[String]) -> String {
    const WINDOW: usize = 30;
    let text = crate::analyze::normalize_input(body);
    let tokens = analyze(&text, Family::of(locale));
    if tokens.is_empty() {
        return escape(body.chars().take(200).collect::<String>().as_str());
    }
    let matches = |t: &Token| {
        words
            .iter()
            .any(|w| *w == t.folded || *w == t.stem || fold(&t.exact) == *w)
    };
    let hits: Vec<bool> = tokens.iter().map(matches).collect();
    let start = (0..tokens.len())
        .max_by_key(|&i| {
            (
                hits[i..(i + WINDOW).min(tokens.len())]
                    .iter()
                    .filter(|h| **h)
                    .count(),
                std::cmp::Reverse(i),
            )
        })
        .unwrap_or(0);
    let end = (start + WINDOW).min(tokens.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut cursor = tokens[start].start;
    for (t, hit) in tokens[start..end].iter().zip(&hits[start..end]) {
        out.push_str(&escape(&text[cursor..t.start]));
        if *hit {
            out.push_str("<mark>");
            out.push_str(&escape(&text[t.start..t.end]));
            out.push_str("</mark>");
        } else {
            out.push_str(&escape(&text[t.start..t.end]));
        }
        cursor = t.end;
    }
    if end < tokens.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typo_budget_grows_with_length() {
        assert_eq!([4, 5, 8, 9, 14].map(typo_budget), [0, 1, 1, 2, 2]);
    }

    #[test]
    fn edit_distance_counts_a_swap_as_one() {
        assert_eq!(edit_distance("abogado", "abgoado"), 1);
        assert_eq!(edit_distance("ciudadania", "ciudadnia"), 1);
        assert_eq!(edit_distance("inmigracion", "inmigarcion"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn snippets_mark_matches_and_escape_html() {
        let s = snippet(
            "Ask for a <lawyer> & stay silent.",
            "en",
            &["lawyer".to_owned()],
        );
        assert_eq!(s, "Ask for a &lt;<mark>lawyer</mark>&gt; &amp; stay silent");
    }
}
