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

use std::borrow::Cow;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::sync::{Arc, Mutex};

use serde::Serialize;
use tantivy::fieldnorm::FieldNormReader;
use tantivy::query::FuzzyTermQuery;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, Searcher, Term};
use vecino_core::{EntityKind, GeoPoint, Id, Slug, Timestamp, Topic};

use crate::analyze::{Family, Token, analyze};
use crate::index::SearchIndex;
use crate::records::{Facts, NO_RECORD, OpenView, Records};
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

/// A word found as typed in at least this many documents, and in at least one in
/// [`COMMON_WORD_SHARE`] of all documents, is taken as meant: it is not also read as a
/// misspelling of other words. (A rarer word may be a typo that happens to be a word in another
/// language: Tagalog "abugado" for "abogado", Arabic "مهاجرات" for Persian "مهاجرت".)
const KNOWN_WORD_DOCS: u32 = 2;
const COMMON_WORD_SHARE: u64 = 200;

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

/// One term of one field, with its weight.
#[derive(Debug, Clone)]
struct Leaf {
    field: Field,
    term: String,
    weight: f32,
}

/// An alternative of a group: the sum of one or a few terms' scores.
#[derive(Debug, Clone)]
struct Alt {
    leaves: Vec<Leaf>,
}

/// A counted unit of the query: a document scores the best alternative it matches.
#[derive(Debug, Clone, Default)]
struct Group {
    alts: Vec<Alt>,
    /// The query words (bit per position) a document matching this group has matched.
    covers: u64,
}

/// A group resolved against the index.
struct ResolvedGroup {
    alts: Vec<Vec<Resolved>>,
    covers: u64,
    /// Postings to read: the sum of its terms' document frequencies.
    cost: u64,
}

struct Resolution {
    fields: Vec<Field>,
    norms: Vec<[f32; 256]>,
    groups: Vec<ResolvedGroup>,
    /// Per query word (below [`WORD_BITS`]), how much matching it tells.
    weights: Vec<f32>,
}

/// How much more a verified record scores, and an accredited one.
const VERIFIED_BOOST: f32 = 1.1;
const ACCREDITED_BOOST: f32 = 1.15;

/// A search's facets are counted from bitsets (a word of 64 records at a time, see
/// `FacetCounter::count_bits`) once it has more than one record in this many.
const BITSET_FACETS: usize = 32;

/// Query words beyond this many are optional (bit 63 of a document's mask marks a match).
const WORD_BITS: usize = 63;

/// When at least this many records match every word, only those are results; otherwise
/// records matching any word are (ranked by how much of the query they match).
pub const ALL_WORDS_ENOUGH: usize = 10;

/// Matching any word, a document must match at least this share of the query's weight (each
/// word weighs its idf): "for" or "de" alone does not make a result.
const MIN_SHARE: f32 = 0.2;

/// How steeply a record's score falls with the share of the query (by word weight) it does not
/// match: score × share^COVERAGE_POWER. Measured on the judged sets: 1 leaves records reached
/// only through the glossary below ones matching fewer, commoner words directly; 4 ranks them.
const COVERAGE_POWER: i32 = 4;

impl Group {
    fn term(&mut self, field: Field, term: &str, weight: f32) {
        self.alts.push(Alt {
            leaves: vec![Leaf {
                field,
                term: term.to_owned(),
                weight,
            }],
        });
    }
}

/// Weights of a glossary concept named in the title, and in the body. Its idf is the concept's
/// (how many documents name it in any of its terms), lower than a single term's, hence weights
/// above a word's. Measured on the judged sets (4.8/2.4 up to 19.2/9.6): these lift
/// cross-language, code-mixed and typo nDCG above scoring each term of the concept apart.
const CONCEPT_TITLE: f32 = 16.8;
const CONCEPT_BODY: f32 = 4.2;

/// Weight of a query that is a record's whole title, and (typing, the last word unfinished) of
/// one that begins a title. Measured on the judged sets: a begun title at 6 puts the listing
/// being typed above an accredited one that shares fewer of its title's words.
const TITLE_WHOLE: f32 = 8.0;
const TITLE_BEGUN: f32 = 6.0;
/// A query must be this long (in characters) to be read as the beginning of a title.
const TITLE_TYPED_CHARS: usize = 3;

/// BM25 over the whole index (every segment), as tantivy computes it.
const K1: f32 = 1.2;
const B: f32 = 0.75;

fn idf(doc_freq: u64, docs: u64) -> f32 {
    let n = doc_freq as f32;
    (1.0 + (docs as f32 - n + 0.5) / (n + 0.5)).ln()
}

/// Per field: the length part of BM25's denominator for each of tantivy's 256 field-norm ids.
fn length_norms(searcher: &Searcher, field: Field) -> Result<[f32; 256]> {
    let mut tokens = 0u64;
    for segment in searcher.segment_readers() {
        tokens += segment.inverted_index(field)?.total_num_tokens();
    }
    let docs = searcher.num_docs().max(1);
    let average = (tokens as f32 / docs as f32).max(f32::MIN_POSITIVE);
    let mut norms = [0f32; 256];
    for (id, norm) in norms.iter_mut().enumerate() {
        let length = FieldNormReader::id_to_fieldnorm(id as u8) as f32;
        *norm = K1 * (1.0 - B + B * length / average);
    }
    Ok(norms)
}

/// Dense per-document buffers, reused across queries on the same thread. Every entry is zero
/// between uses: whoever writes an entry lists it in the matching `touched` list and zeroes it.
#[derive(Default)]
struct Scratch {
    /// Per document, together so one cache line serves all three.
    cells: Vec<Cell>,
    /// The documents with a score, as a bitset (read back in document order, which is
    /// record order, so the record loops walk memory forwards).
    touched: Vec<u64>,
    group_touched: Vec<u32>,
    alt: Vec<f32>,
    alt_touched: Vec<u32>,
    /// The documents the cheapest word found, sorted, and as a bitset.
    candidates: Vec<u32>,
    candidate_bits: Vec<u64>,
    /// Per record: its best score and that document's (segment, doc).
    record: Vec<(f32, (u32, u32))>,
    record_touched: Vec<u32>,
    /// The records a search admitted, as a bitset over ordinals (for counting facets).
    results: Vec<u64>,
}

/// Matching any word, a document is ranked by how much of the query it matches: the share of
/// the query's weight it matches (directly or through a concept), to the power
/// [`COVERAGE_POWER`], and left out below [`MIN_SHARE`]. So a record that matches "Ramadan food
/// baskets … seniors" only through concepts (written in another language) ranks above one that
/// matches "food … for seniors" directly.
struct Coverage<'a> {
    /// Per query word, its weight (empty when every word is required, or there is one).
    weights: &'a [f32],
    all: f32,
    /// The factor per mask of matched words (0: left out), when the words are few.
    table: Vec<f32>,
}

/// Queries of up to this many words have their coverage factors worked out once per search.
const COVERAGE_TABLE_WORDS: usize = 10;

impl<'a> Coverage<'a> {
    fn new(weights: &'a [f32], any: bool) -> Self {
        let all: f32 = weights.iter().sum();
        if !any || weights.len() < 2 || all <= 0.0 {
            return Coverage {
                weights: &[],
                all,
                table: Vec::new(),
            };
        }
        let mut table = Vec::new();
        if weights.len() <= COVERAGE_TABLE_WORDS {
            // Each mask's sum is the mask's without its highest word, plus that word's (so
            // summed in word order, as `factor` does without a table).
            let mut sums = vec![0f32; 1 << weights.len()];
            for mask in 1..sums.len() {
                let high = (usize::BITS - 1 - mask.leading_zeros()) as usize;
                sums[mask] = sums[mask ^ (1 << high)] + weights[high];
            }
            table = sums.iter().map(|sum| Self::of(sum / all)).collect();
        }
        Coverage {
            weights,
            all,
            table,
        }
    }

    fn of(share: f32) -> f32 {
        if share < MIN_SHARE {
            0.0
        } else {
            share.powi(COVERAGE_POWER)
        }
    }

    /// What a document matching the words of `mask` has its score multiplied by; `None` when it
    /// matches too little of the query.
    fn factor(&self, mask: u64) -> Option<f32> {
        if self.weights.is_empty() {
            return Some(1.0);
        }
        let factor = match self.table.get((mask & ((1 << WORD_BITS) - 1)) as usize) {
            Some(factor) => *factor,
            None => {
                let mut share = 0f32;
                let mut bits = mask & ((1 << WORD_BITS) - 1);
                while bits != 0 {
                    share += self
                        .weights
                        .get(bits.trailing_zeros() as usize)
                        .copied()
                        .unwrap_or(0.0);
                    bits &= bits - 1;
                }
                Self::of(share / self.all)
            }
        };
        (factor > 0.0).then_some(factor)
    }
}

impl Scratch {
    /// Folds a scored document into its record's best (when it matched every required word).
    #[allow(clippy::too_many_arguments)]
    fn scratch_record(
        &mut self,
        doc: u32,
        segment: u32,
        map: &crate::records::SegmentMap,
        alive: Option<&tantivy::fastfield::AliveBitSet>,
        required: Option<u64>,
        coverage: &Coverage,
        preferred: &[u8],
    ) {
        let d = doc as usize;
        let Cell {
            total: mut score,
            mask: matched,
            ..
        } = std::mem::take(&mut self.cells[d]);
        if required.is_some_and(|r| matched & r != r) || alive.is_some_and(|a| !a.is_alive(doc)) {
            return;
        }
        if let Some(factor) = coverage.factor(matched) {
            score *= factor;
        } else {
            return;
        }
        let record = map.ordinals[d];
        if record == NO_RECORD {
            return;
        }
        if preferred.contains(&map.locales[d]) {
            score *= 1.15;
        }
        let best = &mut self.record[record as usize];
        if best.0 == 0.0 {
            self.record_touched.push(record);
        }
        if score > best.0 {
            *best = (score, (segment, doc));
        }
    }
}

/// A document's running scores.
#[derive(Debug, Clone, Copy, Default)]
struct Cell {
    /// Sum over the groups done so far.
    total: f32,
    /// Best alternative of the group being done.
    group: f32,
    /// The query words it has matched (bit 63: matched anything).
    mask: u64,
}

impl Scratch {
    fn fit(&mut self, docs: usize, records: usize) {
        if self.cells.len() < docs {
            self.cells.resize(docs, Cell::default());
            self.touched.resize(docs.div_ceil(64), 0);
            self.alt.resize(docs, 0.0);
        }
        if self.record.len() < records {
            self.record.resize(records, (0.0, (0, 0)));
        }
    }
}

/// Scratch buffers shared by the searches of one index: a search takes one (or makes one when
/// all are in use) and gives it back, so memory follows how many searches run at once, not how
/// many threads ever ran one.
#[derive(Default)]
pub(crate) struct ScratchPool {
    free: Mutex<Vec<Scratch>>,
}

/// Buffers kept for later searches; more concurrent searches than this make and drop their own.
const POOLED: usize = 8;

impl ScratchPool {
    /// Runs `f` with a clean scratch. A scratch is given back only when `f` succeeded (an error
    /// part way may leave entries set).
    fn with<T>(&self, f: impl FnOnce(&mut Scratch) -> Result<T>) -> Result<T> {
        let taken = self.free.lock().ok().and_then(|mut free| free.pop());
        let mut scratch = taken.unwrap_or_default();
        let out = f(&mut scratch)?;
        if let Ok(mut free) = self.free.lock()
            && free.len() < POOLED
        {
            free.push(scratch);
        }
        Ok(out)
    }
}

/// A leaf resolved against the index: per segment, where its postings are.
struct Resolved {
    field_slot: usize,
    weight: f32,
    infos: Vec<Option<tantivy::postings::TermInfo>>,
}

/// Calls `each(doc, score)` for every posting of a resolved leaf in one segment whose
/// document `keep` admits.
fn for_each_posting(
    inverted: &tantivy::InvertedIndexReader,
    info: &tantivy::postings::TermInfo,
    fieldnorms: &FieldNormReader,
    norms: &[f32; 256],
    weight: f32,
    keep: impl Fn(u32) -> bool,
    mut each: impl FnMut(u32, f32),
) -> Result<()> {
    let mut block =
        inverted.read_block_postings_from_terminfo(info, IndexRecordOption::WithFreqs)?;
    loop {
        let docs = block.docs();
        if docs.is_empty() {
            return Ok(());
        }
        for (&doc, &tf) in docs.iter().zip(block.freqs()) {
            if !keep(doc) {
                continue;
            }
            let tf = tf.max(1) as f32;
            let norm = norms[fieldnorms.fieldnorm_id(doc) as usize];
            each(doc, weight * tf / (tf + norm));
        }
        block.advance();
    }
}

/// One segment's readers for the fields of a search (by `Resolved::field_slot`).
struct SegmentPostings<'a> {
    segment: usize,
    inverted: &'a [Arc<tantivy::InvertedIndexReader>],
    fieldnorms: &'a [FieldNormReader],
    norms: &'a [[f32; 256]],
}

impl SegmentPostings<'_> {
    /// Calls `each(doc, score)` for the postings of `leaf` in this segment that `restrict`
    /// admits (none when the segment lacks its term).
    fn read(
        &self,
        leaf: &Resolved,
        restrict: Restrict<'_>,
        each: impl FnMut(u32, f32),
    ) -> Result<()> {
        let Some(info) = &leaf.infos[self.segment] else {
            return Ok(());
        };
        let slot = leaf.field_slot;
        visit(
            &self.inverted[slot],
            info,
            &self.fieldnorms[slot],
            &self.norms[slot],
            leaf.weight,
            restrict,
            each,
        )
    }
}

/// Seek through a posting list (rather than read it all) when it holds this many times more
/// documents than there are candidates.
const SEEK_RATIO: u32 = 8;

/// Which documents of a segment a leaf's postings are read for.
#[derive(Clone, Copy)]
enum Restrict<'a> {
    /// Every document.
    All,
    /// The candidates: sorted, and as a bitset.
    Candidates(&'a [u32], &'a [u64]),
    /// The documents of a bitset (those whose records pass the filters).
    Bits(&'a [u64]),
}

/// Calls `each(doc, score)` for the postings of a leaf in one segment that `restrict` admits,
/// seeking when the candidates are few.
fn visit(
    inverted: &tantivy::InvertedIndexReader,
    info: &tantivy::postings::TermInfo,
    fieldnorms: &FieldNormReader,
    norms: &[f32; 256],
    weight: f32,
    restrict: Restrict<'_>,
    each: impl FnMut(u32, f32),
) -> Result<()> {
    match restrict {
        Restrict::All => {
            for_each_posting(inverted, info, fieldnorms, norms, weight, |_| true, each)
        }
        Restrict::Candidates(candidates, _)
            if (candidates.len() as u32).saturating_mul(SEEK_RATIO) < info.doc_freq =>
        {
            // Few candidates: `intersect` seeks them through the skip list.
            let mut each = each;
            intersect(
                inverted,
                info,
                fieldnorms,
                norms,
                weight,
                candidates,
                |at, score| each(candidates[at], score),
            )
        }
        Restrict::Candidates(_, bits) | Restrict::Bits(bits) => for_each_posting(
            inverted,
            info,
            fieldnorms,
            norms,
            weight,
            |doc| bits[doc as usize / 64] & (1 << (doc % 64)) != 0,
            each,
        ),
    }
}

/// Calls `each(i, score)` for each `docs[i]` (sorted) that a leaf's postings hold, in order:
/// seeking through the skip list when the documents are few, else reading the list alongside.
fn intersect(
    inverted: &tantivy::InvertedIndexReader,
    info: &tantivy::postings::TermInfo,
    fieldnorms: &FieldNormReader,
    norms: &[f32; 256],
    weight: f32,
    docs: &[u32],
    mut each: impl FnMut(usize, f32),
) -> Result<()> {
    let mut block =
        inverted.read_block_postings_from_terminfo(info, IndexRecordOption::WithFreqs)?;
    let score = |doc: u32, tf: u32| {
        let tf = tf.max(1) as f32;
        weight * tf / (tf + norms[fieldnorms.fieldnorm_id(doc) as usize])
    };
    if (docs.len() as u32).saturating_mul(SEEK_RATIO) < info.doc_freq {
        for (at, &doc) in docs.iter().enumerate() {
            let i = block.seek(doc);
            let found = block.docs();
            if i >= found.len() {
                break;
            }
            if found[i] == doc {
                each(at, score(doc, block.freqs()[i]));
            }
        }
        return Ok(());
    }
    let mut at = 0usize;
    loop {
        let found = block.docs();
        if found.is_empty() || at == docs.len() {
            return Ok(());
        }
        for (&doc, &tf) in found.iter().zip(block.freqs()) {
            while at < docs.len() && docs[at] < doc {
                at += 1;
            }
            if at == docs.len() {
                return Ok(());
            }
            if docs[at] == doc {
                each(at, score(doc, tf));
                at += 1;
            }
        }
        block.advance();
    }
}

/// A record that passed the filters, ranked.
#[derive(Clone, Copy)]
struct Candidate {
    score: f32,
    key: u64,
    ordinal: u32,
    address: (u32, u32),
    distance: Option<f64>,
}

impl PartialEq for Candidate {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}
impl Eq for Candidate {}
impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Candidate {
    /// Better first: higher score, then lower key (a stable order for equal scores).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(self.key.cmp(&other.key))
    }
}

impl SearchIndex {
    /// Terms of the folded fields within the typo budget of `word`, each with its distance,
    /// closest first. The automaton is built once and run over every dictionary.
    fn fuzzy_terms(
        &self,
        searcher: &Searcher,
        word: &str,
        budget: u8,
    ) -> Result<Vec<(String, usize)>> {
        let f = self.fields;
        let automaton = FuzzyTermQuery::new(Term::from_field_text(f.body_fold, word), budget, true)
            .automaton()?;
        // Only terms whose first letter is written with as many UTF-8 bytes as the word's: a
        // word in Latin letters (folded, so ASCII) meets no term in Chinese, Arabic or
        // Cyrillic, and the walk need not visit their first two letters (every two-letter
        // start is within two edits of anything, so a distance-2 walk over the whole
        // dictionary visits all of them).
        let (low, high): (u8, u8) = match word.as_bytes().first() {
            Some(b) if *b < 0x80 => (0x00, 0x80),
            Some(b) if *b < 0xE0 => (0xC0, 0xE0),
            Some(b) if *b < 0xF0 => (0xE0, 0xF0),
            _ => (0xF0, 0xFF),
        };
        let mut found: HashMap<String, usize> = HashMap::new();
        for segment in searcher.segment_readers() {
            for field in [f.title_fold, f.body_fold] {
                let inverted = segment.inverted_index(field)?;
                let mut stream = inverted
                    .terms()
                    .search(&automaton)
                    .ge([low])
                    .lt([high])
                    .into_stream()?;
                while stream.advance() {
                    let Ok(term) = std::str::from_utf8(stream.key()) else {
                        continue;
                    };
                    if term != word && !found.contains_key(term) {
                        found.insert(term.to_owned(), edit_distance(term, word));
                    }
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

    /// Documents holding `word` as typed (exact or stemmed forms, title or body), counted per
    /// field and form, so an upper bound: enough to tell a known word from a misspelling.
    fn doc_freq(&self, searcher: &Searcher, word: &Token, stems: &[String]) -> Result<u32> {
        let f = self.fields;
        let mut total = 0u32;
        for segment in searcher.segment_readers() {
            let mut terms = vec![
                Term::from_field_text(f.title_exact, &word.exact),
                Term::from_field_text(f.body_exact, &word.exact),
            ];
            for s in stems {
                terms.push(Term::from_field_text(f.title_stem, s));
                terms.push(Term::from_field_text(f.body_stem, s));
            }
            for term in terms {
                if let Some(info) = segment.inverted_index(term.field())?.get_term_info(&term)? {
                    total = total.saturating_add(info.doc_freq);
                }
            }
        }
        Ok(total)
    }

    /// Terms of `fields` that start with `prefix` (longer than it), shortest first.
    fn prefix_terms(
        &self,
        searcher: &Searcher,
        fields: &[Field],
        prefix: &str,
    ) -> Result<Vec<String>> {
        let mut found: Vec<String> = Vec::new();
        for segment in searcher.segment_readers() {
            for &field in fields {
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
        }
        found.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
        found.truncate(EXPANSION_CAP);
        Ok(found)
    }

    /// The two groups of one word (title, body): per field, the best of its forms counts.
    fn word_groups(
        &self,
        searcher: &Searcher,
        word: &Token,
        stems: &[String],
        is_prefix: bool,
        covers: u64,
    ) -> Result<[Group; 2]> {
        let f = self.fields;
        let budget = typo_budget(word.folded.chars().count());
        // Like a person reading, look for misspellings only of words the directory does not
        // commonly use as typed.
        let common = KNOWN_WORD_DOCS.max((searcher.num_docs() / COMMON_WORD_SHARE) as u32);
        let fuzzy = if budget > 0 && self.doc_freq(searcher, word, stems)? < common {
            self.fuzzy_terms(searcher, &word.folded, budget)?
        } else {
            Vec::new()
        };
        let prefixed = if is_prefix && word.folded.chars().count() >= 2 {
            self.prefix_terms(searcher, &[f.title_fold, f.body_fold], &word.folded)?
        } else {
            Vec::new()
        };
        let mut groups: [Group; 2] = Default::default();
        for ((exact, folded, stem, weight), group) in [
            (f.title_exact, f.title_fold, f.title_stem, 2.0f32),
            (f.body_exact, f.body_fold, f.body_stem, 1.0),
        ]
        .into_iter()
        .zip(groups.iter_mut())
        {
            group.covers = covers;
            group.term(exact, &word.exact, 4.0 * weight);
            // No term for the folded word itself: every document holding it also holds its
            // stem under the document's own stemmer, one of `stems`, at the same weight.
            for s in stems {
                group.term(stem, s, 3.0 * weight);
            }
            for (term, distance) in &fuzzy {
                group.term(folded, term, 1.5 * weight / *distance as f32);
            }
            for term in &prefixed {
                group.term(folded, term, 1.2 * weight);
            }
        }
        Ok(groups)
    }

    /// How much matching a query word tells: the idf of its folded form as written in titles
    /// or bodies (a word no record holds as written, such as one with a typo or one that only a
    /// glossary concept reaches, counts as rare).
    fn word_weight(&self, searcher: &Searcher, folded: &str) -> Result<f32> {
        let f = self.fields;
        let mut most = 0u64;
        for field in [f.title_fold, f.body_fold] {
            let term = Term::from_field_text(field, folded);
            let mut doc_freq = 0u64;
            for segment in searcher.segment_readers() {
                doc_freq += u64::from(segment.inverted_index(field)?.doc_freq(&term)?);
            }
            most = most.max(doc_freq);
        }
        Ok(idf(most, searcher.num_docs().max(1)))
    }

    /// The query plan, with each word's weight (see [`SearchIndex::word_weight`]) and the words
    /// it looks for (for highlighting).
    fn plan(
        &self,
        searcher: &Searcher,
        request: &SearchRequest,
    ) -> Result<(Vec<Group>, Vec<f32>, Vec<String>)> {
        let words = analyze(&request.query, Family::Plain);
        let is_prefix = !request.query.ends_with(char::is_whitespace);
        let mut highlight: Vec<String> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        let mut weights: Vec<f32> = Vec::with_capacity(words.len());
        // Per word, where its two groups are and how many times it was said.
        let mut said: Vec<(usize, usize, f32)> = Vec::new();
        let mut unfinished = false;
        for (i, word) in words.iter().enumerate() {
            weights.push(self.word_weight(searcher, &word.folded)?);
            let last = i + 1 == words.len();
            let covers = if i < WORD_BITS { 1u64 << i } else { 0 };
            // A word said again ("para sa mga … para sa mga") adds its position to the groups
            // made for it, which then weigh as many times: the same scores as a pair of groups
            // per saying, with its postings read once.
            if !(last && is_prefix)
                && let Some(again) = said.iter_mut().find(|(w, ..)| {
                    words[*w].exact == word.exact && words[*w].folded == word.folded
                })
            {
                for group in &mut groups[again.1..again.1 + 2] {
                    group.covers |= covers;
                }
                again.2 += 1.0;
                continue;
            }
            said.push((i, groups.len(), 1.0));
            // The word's stem under every stemmer: the query's language is not guessed either.
            let mut stems: Vec<String> = Family::ALL
                .iter()
                .map(|family| crate::analyze::stem(&word.folded, *family))
                .collect();
            stems.sort();
            stems.dedup();
            if last && is_prefix {
                // A last word no document holds as typed is still being typed.
                unfinished = self.doc_freq(searcher, word, &stems)? == 0;
            }
            highlight.push(word.folded.clone());
            highlight.extend(stems.iter().cloned());
            groups.extend(self.word_groups(searcher, word, &stems, last && is_prefix, covers)?);
        }
        for &(_, at, times) in said.iter().filter(|(.., times)| *times > 1.0) {
            for group in &mut groups[at..at + 2] {
                for leaf in group.alts.iter_mut().flat_map(|alt| alt.leaves.iter_mut()) {
                    leaf.weight *= times;
                }
            }
        }
        let folded: Vec<String> = words.iter().map(|w| w.folded.clone()).collect();
        let f = self.fields;
        if !folded.is_empty() {
            let whole = crate::index::whole_title(folded.iter().map(String::as_str));
            let mut group = Group::default();
            group.term(f.title_whole, &whole, TITLE_WHOLE);
            // Typing a title, it comes first before it is finished: the titles the query begins,
            // while its last word is not yet a word ("taller de plan familiar para muj", not
            // "DACA renewal", which every "DACA renewal clinic for …" begins).
            if unfinished && whole.chars().count() >= TITLE_TYPED_CHARS {
                for title in self.prefix_terms(searcher, &[f.title_whole], &whole)? {
                    group.term(f.title_whole, &title, TITLE_BEGUN);
                }
            }
            groups.push(group);
        }
        for (concept, covers) in self.glossary.concepts_at(&folded) {
            // A concept counts once, below a direct match: the documents that name it (in
            // any language, found when indexing), by how often, in the title and the body.
            let tag = self.glossary.tag(concept);
            let leaf = |field, weight| Leaf {
                field,
                term: tag.to_owned(),
                weight,
            };
            groups.push(Group {
                alts: vec![Alt {
                    leaves: vec![
                        leaf(f.title_concept, CONCEPT_TITLE),
                        leaf(f.body_concept, CONCEPT_BODY),
                    ],
                }],
                covers: covers & ((1u64 << WORD_BITS) - 1),
            });
            for expansion in self.glossary.expansions(concept) {
                highlight.extend(expansion.folded.iter().cloned());
            }
        }
        Ok((groups, weights, highlight))
    }

    /// Runs a search.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        self.search_at(
            request,
            request.filters.open_at.unwrap_or_else(Timestamp::now),
        )
    }

    /// Runs a search as of `now` (what "open now" is counted at, and filtered by unless the
    /// request sets `open_at`). For hosts without a system clock (WebAssembly), which pass the
    /// time they are given.
    pub fn search_at(&self, request: &SearchRequest, now: Timestamp) -> Result<SearchResults> {
        let searcher = self.reader.searcher();
        let (groups, weights, highlight) = self.plan(&searcher, request)?;
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
        let records = self.records.read().map_err(|_| Error::Poisoned)?;
        let now = request.filters.open_at.unwrap_or(now);
        let per_page = request.per_page.max(1);
        let wanted = request.page.max(1) * per_page;

        let (total, top, facets) = self.scratch.with(|scratch| {
            self.execute(
                &searcher, &groups, &weights, &preferred, &records, request, now, wanted, scratch,
            )
        })?;
        drop(records);

        let start = request.page.saturating_sub(1) * per_page;
        let mut hits = Vec::new();
        let mut highlighter = Highlighter::new(&highlight);
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

    /// Resolves every leaf once: its postings in each segment, and its idf over all of them.
    fn resolve(&self, searcher: &Searcher, groups: &[Group]) -> Result<Resolution> {
        let mut fields: Vec<Field> = Vec::new();
        let mut resolved = Vec::with_capacity(groups.len());
        let docs = searcher.num_docs().max(1);
        for group in groups {
            let mut alts = Vec::with_capacity(group.alts.len());
            let mut cost = 0u64;
            for alt in &group.alts {
                let mut leaves = Vec::with_capacity(alt.leaves.len());
                for leaf in &alt.leaves {
                    let term = Term::from_field_text(leaf.field, &leaf.term);
                    let mut infos = Vec::with_capacity(searcher.segment_readers().len());
                    let mut doc_freq = 0u64;
                    for segment in searcher.segment_readers() {
                        let info = segment.inverted_index(leaf.field)?.get_term_info(&term)?;
                        doc_freq += info.as_ref().map_or(0, |i| u64::from(i.doc_freq));
                        infos.push(info);
                    }
                    if doc_freq == 0 {
                        continue;
                    }
                    let field_slot = match fields.iter().position(|f| *f == leaf.field) {
                        Some(i) => i,
                        None => {
                            fields.push(leaf.field);
                            fields.len() - 1
                        }
                    };
                    cost += doc_freq;
                    leaves.push(Resolved {
                        field_slot,
                        weight: leaf.weight * idf(doc_freq, docs) * (1.0 + K1),
                        infos,
                    });
                }
                if !leaves.is_empty() {
                    alts.push(leaves);
                }
            }
            resolved.push(ResolvedGroup {
                alts,
                covers: group.covers,
                cost,
            });
        }
        let norms = fields
            .iter()
            .map(|f| length_norms(searcher, self.fields.length_field(*f)))
            .collect::<Result<_>>()?;
        Ok(Resolution {
            fields,
            norms,
            groups: resolved,
            weights: Vec::new(),
        })
    }

    /// Finds the records that match every word of the query (in some form, or through a
    /// glossary concept that names it); when fewer than [`ALL_WORDS_ENOUGH`] do, those that match
    /// any word. Returns (total, the best `wanted` records in order, facets).
    #[allow(clippy::too_many_arguments)]
    fn execute(
        &self,
        searcher: &Searcher,
        groups: &[Group],
        weights: &[f32],
        preferred: &[u8],
        records: &Records,
        request: &SearchRequest,
        now: Timestamp,
        wanted: usize,
        s: &mut Scratch,
    ) -> Result<(usize, Vec<Candidate>, Facets)> {
        let mut resolution = self.resolve(searcher, groups)?;
        let words = weights.len().min(WORD_BITS);
        resolution.weights = weights[..words].to_vec();
        // A word the directory holds in no form (a word of a language no record is written in,
        // like Portuguese "com" in a directory without Portuguese) cannot be required.
        let required = (0..words)
            .filter(|w| {
                resolution
                    .groups
                    .iter()
                    .any(|g| g.covers & (1 << w) != 0 && g.cost > 0)
            })
            .fold(0u64, |mask, w| mask | 1 << w);
        if words > 1 && required != 0 {
            let all = self.collect(
                searcher,
                &resolution,
                Some(required),
                preferred,
                records,
                request,
                now,
                wanted,
                s,
            )?;
            if all.0 >= ALL_WORDS_ENOUGH {
                return Ok(all);
            }
        }
        self.collect(
            searcher,
            &resolution,
            None,
            preferred,
            records,
            request,
            now,
            wanted,
            s,
        )
    }

    /// Scores matching documents (with `required`, only those matching all those words), keeps
    /// each record's best, filters, counts facets.
    #[allow(clippy::too_many_arguments)]
    fn collect(
        &self,
        searcher: &Searcher,
        resolution: &Resolution,
        required: Option<u64>,
        preferred: &[u8],
        records: &Records,
        request: &SearchRequest,
        now: Timestamp,
        wanted: usize,
        s: &mut Scratch,
    ) -> Result<(usize, Vec<Candidate>, Facets)> {
        let Resolution {
            fields,
            norms,
            groups,
            weights,
        } = resolution;
        // With every word required, the cheapest word's groups go first and find the
        // candidates; every other group then only scores those.
        let mut order: Vec<(usize, bool)> = (0..groups.len()).map(|g| (g, false)).collect();
        // Per position in `order`: the required words no later group covers, so that documents
        // without them leave the candidates there.
        let mut prune_after = vec![0u64; groups.len()];
        if let Some(required) = required {
            // The required words, cheapest first; each other word's groups come together, so
            // the candidates shrink word by word and the later, dearer words seek among fewer.
            let mut words: Vec<usize> = (0..64).filter(|w| required & (1 << w) != 0).collect();
            words.sort_by_key(|w| {
                let cost: u64 = groups
                    .iter()
                    .filter(|g| g.covers & (1 << w) != 0)
                    .map(|g| g.cost)
                    .sum();
                (cost, *w)
            });
            let cheapest = words.first().copied().unwrap_or(0);
            let rank = |g: usize| {
                words
                    .iter()
                    .position(|w| groups[g].covers & (1 << w) != 0)
                    .unwrap_or(words.len())
            };
            for entry in &mut order {
                entry.1 = groups[entry.0].covers & (1 << cheapest) == 0;
            }
            order.sort_by_key(|&(g, restricted)| (restricted, rank(g)));
            for &w in &words[1..] {
                if let Some(last) = order
                    .iter()
                    .rposition(|&(g, _)| groups[g].covers & (1 << w) != 0)
                {
                    prune_after[last] |= 1 << w;
                }
            }
        } else if weights.len() > 1 {
            // Matching any word, a document must still match at least MIN_SHARE of the query's
            // weight. Words together under that share cannot qualify a document alone: their
            // groups only score documents the other words found. Chosen by how many postings
            // they would read per unit of weight, dearest first (a common word, or a concept
            // named in thousands of listings, weighs little for its cost).
            let all: f32 = weights.iter().sum();
            let cost = |w: usize| -> f32 {
                let postings: u64 = groups
                    .iter()
                    .filter(|g| g.covers & (1 << w) != 0)
                    .map(|g| g.cost)
                    .sum();
                postings as f32 / weights[w].max(f32::MIN_POSITIVE)
            };
            let mut dearest: Vec<(usize, f32)> = (0..weights.len()).map(|w| (w, cost(w))).collect();
            dearest.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            // A little under the share, so that summing in another order cannot reach it.
            let under = MIN_SHARE * all * (1.0 - 1e-4);
            let (mut weak, mut light) = (0u64, 0f32);
            for (w, _) in dearest {
                if light + weights[w] < under {
                    light += weights[w];
                    weak |= 1 << w;
                }
            }
            if weak != 0 {
                for entry in &mut order {
                    let covers = groups[entry.0].covers;
                    entry.1 = covers & !weak == 0;
                }
                if order.iter().any(|(_, restricted)| !restricted) {
                    order.sort_by_key(|(_, restricted)| *restricted);
                } else {
                    order.iter_mut().for_each(|entry| entry.1 = false);
                }
            }
        }

        s.fit(0, records.slots());
        s.record_touched.clear();
        let coverage = Coverage::new(weights, required.is_none());
        // The filters a record's facts alone decide limit, per segment, which documents are
        // scored at all (a bitset kept per segment and filter).
        let accept = Acceptor::new(&request.filters, records);
        let filter_key = accept.static_key();
        let postings: u64 = groups.iter().map(|g| g.cost).sum();
        for (ordinal, segment) in searcher.segment_readers().iter().enumerate() {
            let map = self.segment_maps.get(segment, records)?;
            let max_doc = segment.max_doc() as usize;
            // Worth making only when the query reads more postings than the segment has
            // documents to check (a kept one is always used).
            let worth = postings.saturating_mul(2) > max_doc as u64;
            let allowed: Option<Arc<Vec<u64>>> =
                filter_key.and_then(|key| map.filtered(key, worth, |m| accept.documents(m)));
            s.fit(max_doc, records.slots());
            let mut inverted = Vec::with_capacity(fields.len());
            let mut fieldnorms = Vec::with_capacity(fields.len());
            for field in fields {
                inverted.push(segment.inverted_index(*field)?);
                fieldnorms.push(segment.get_fieldnorms_reader(self.fields.length_field(*field))?);
            }
            let postings = SegmentPostings {
                segment: ordinal,
                inverted: &inverted,
                fieldnorms: &fieldnorms,
                norms,
            };
            s.candidates.clear();
            let mut have_candidates = false;
            for (position, &(g, restricted)) in order.iter().enumerate() {
                if restricted && !have_candidates {
                    s.candidate_bits.clear();
                    s.candidate_bits
                        .extend_from_slice(&s.touched[..max_doc.div_ceil(64)]);
                    // Read back from the bitset: sorted without a sort.
                    for (i, word) in s.candidate_bits.iter().enumerate() {
                        let mut bits = *word;
                        while bits != 0 {
                            s.candidates.push(i as u32 * 64 + bits.trailing_zeros());
                            bits &= bits - 1;
                        }
                    }
                    have_candidates = true;
                }
                let group = &groups[g];
                let restrict = if restricted {
                    Restrict::Candidates(&s.candidates, &s.candidate_bits)
                } else {
                    allowed
                        .as_deref()
                        .map_or(Restrict::All, |b| Restrict::Bits(b))
                };
                if let [leaves] = group.alts.as_slice() {
                    // The group's only alternative: its terms summed straight into each
                    // document's total (no best to keep, so no pass over its documents after).
                    let (cells, touched) = (&mut s.cells, &mut s.touched);
                    let covers = group.covers | 1 << 63;
                    for leaf in leaves {
                        postings.read(leaf, restrict, |doc, score| {
                            let d = doc as usize;
                            let cell = &mut cells[d];
                            cell.total += score;
                            cell.mask |= covers;
                            touched[d / 64] |= 1 << (d % 64);
                        })?;
                    }
                } else {
                    for leaves in &group.alts {
                        if let [leaf] = leaves.as_slice() {
                            // One term: straight into the group's best.
                            let (cells, touched) = (&mut s.cells, &mut s.group_touched);
                            postings.read(leaf, restrict, |doc, score| {
                                let cell = &mut cells[doc as usize].group;
                                if *cell == 0.0 {
                                    touched.push(doc);
                                }
                                if score > *cell {
                                    *cell = score;
                                }
                            })?;
                            continue;
                        }
                        // Several terms summed, then the best alternative kept.
                        for leaf in leaves {
                            let (alt, touched) = (&mut s.alt, &mut s.alt_touched);
                            postings.read(leaf, restrict, |doc, score| {
                                // Scores are positive: 0 marks a document not yet summed.
                                let d = doc as usize;
                                if alt[d] == 0.0 {
                                    touched.push(doc);
                                }
                                alt[d] += score;
                            })?;
                        }
                        for doc in s.alt_touched.drain(..) {
                            let d = doc as usize;
                            let score = s.alt[d];
                            s.alt[d] = 0.0;
                            let cell = &mut s.cells[d].group;
                            if *cell == 0.0 {
                                s.group_touched.push(doc);
                            }
                            if score > *cell {
                                *cell = score;
                            }
                        }
                    }
                    for doc in s.group_touched.drain(..) {
                        let d = doc as usize;
                        let cell = &mut s.cells[d];
                        if cell.total == 0.0 {
                            s.touched[d / 64] |= 1 << (d % 64);
                        }
                        cell.total += cell.group;
                        cell.group = 0.0;
                        // Marks the document as a candidate even for a group that covers no word.
                        cell.mask |= group.covers | 1 << 63;
                    }
                }
                let need = prune_after[position];
                if have_candidates && need != 0 {
                    let (cells, bits) = (&s.cells, &mut s.candidate_bits);
                    s.candidates.retain(|&doc| {
                        let keep = cells[doc as usize].mask & need == need;
                        if !keep {
                            bits[doc as usize / 64] &= !(1 << (doc % 64));
                        }
                        keep
                    });
                }
            }
            // Each matching document into its record's best.
            let alive = segment.alive_bitset();
            for i in 0..max_doc.div_ceil(64) {
                let mut bits = std::mem::take(&mut s.touched[i]);
                while bits != 0 {
                    let doc = i as u32 * 64 + bits.trailing_zeros();
                    bits &= bits - 1;
                    let cell = &mut s.cells[doc as usize];
                    if required.is_some_and(|r| cell.mask & r != r) {
                        // Most documents a required word left out: only cleared.
                        *cell = Cell::default();
                        continue;
                    }
                    s.scratch_record(
                        doc,
                        ordinal as u32,
                        &map,
                        alive,
                        required,
                        &coverage,
                        preferred,
                    );
                }
            }
        }

        // Filters, facets and the best `wanted` records.
        let mut facets = FacetCounter::new(records.language_count());
        let mut open = self.open.at(now, records.slots());
        let mut best: BinaryHeap<Candidate> = BinaryHeap::with_capacity(wanted + 1);
        let mut total = 0usize;
        // Many records: their facets are counted afterwards from bitsets, 64 at a time.
        let by_bits = s.record_touched.len().saturating_mul(BITSET_FACETS) >= records.slots();
        if by_bits {
            s.results.clear();
            s.results.resize(records.slots().div_ceil(64), 0);
        }
        // Without filters of a record's own, counted by bitsets, a record whose score could
        // not enter the page even with every boost is never read.
        let unread = by_bits && accept.admits_all();
        for ordinal in s.record_touched.drain(..) {
            let r = ordinal as usize;
            let (score, address) = std::mem::take(&mut s.record[r]);
            if unread {
                if !records.is_live(ordinal) {
                    continue;
                }
                if best.len() == wanted
                    && best.peek().is_some_and(|worst| {
                        score * VERIFIED_BOOST * ACCREDITED_BOOST < worst.score
                    })
                {
                    total += 1;
                    s.results[r / 64] |= 1 << (r % 64);
                    continue;
                }
            }
            let Some(facts) = records.facts(ordinal) else {
                continue;
            };
            let Some(distance) = accept.admit(ordinal, facts, &mut open) else {
                continue;
            };
            total += 1;
            if by_bits {
                s.results[r / 64] |= 1 << (r % 64);
            } else {
                facets.count(ordinal, facts, records, &mut open);
            }
            let mut boosted = score;
            if facts.has(Facts::VERIFIED) {
                boosted *= VERIFIED_BOOST;
            }
            if facts.accreditation != Facts::NONE {
                boosted *= ACCREDITED_BOOST;
            }
            if let Some(km) = distance {
                boosted *= 1.0 / (1.0 + (km as f32) / 25.0);
            }
            let candidate = Candidate {
                score: boosted,
                key: facts.key,
                ordinal,
                address,
                distance,
            };
            // `best` is a max-heap by `Ord`, whose greatest is the worst kept candidate.
            if best.len() < wanted {
                best.push(candidate);
            } else if best.peek().is_some_and(|worst| candidate < *worst) {
                best.pop();
                best.push(candidate);
            }
        }
        if by_bits {
            facets.count_bits(&s.results, records, &mut open);
        }
        drop(open);
        let top = best.into_sorted_vec();
        Ok((total, top, facets.finish(records)))
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

fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// The filters, prepared for the records table.
struct Acceptor<'a> {
    filters: &'a Filters,
    records: &'a Records,
    kinds: u8,
    topics: u64,
    /// `Some(None)`: a language no record offers.
    language: Option<Option<u16>>,
    near: Option<(GeoPoint, f64, [f32; 4])>,
    /// The `near` box widened to whole half-degrees (lat0, lat1, lon0, lon1), as a filter key.
    grid: Option<[i16; 4]>,
}

impl<'a> Acceptor<'a> {
    fn new(filters: &'a Filters, records: &'a Records) -> Self {
        let near = filters.near.map(|(center, radius)| {
            let dlat = radius / 111.0;
            let cos = center.latitude().to_radians().cos().abs().max(0.01);
            let dlon = radius / (111.32 * cos);
            let wraps = center.longitude() - dlon < -180.0 || center.longitude() + dlon > 180.0;
            let (lon0, lon1) = if wraps {
                (-181.0, 181.0)
            } else {
                (center.longitude() - dlon, center.longitude() + dlon)
            };
            (
                center,
                radius,
                [
                    (center.latitude() - dlat) as f32,
                    (center.latitude() + dlat) as f32,
                    lon0 as f32,
                    lon1 as f32,
                ],
            )
        });
        let grid = near.map(|(_, _, [lat0, lat1, lon0, lon1])| {
            let down = |v: f32| (v * 2.0).floor().clamp(-720.0, 720.0) as i16;
            let up = |v: f32| (v * 2.0).ceil().clamp(-720.0, 720.0) as i16;
            [down(lat0), up(lat1), down(lon0), up(lon1)]
        });
        Acceptor {
            filters,
            records,
            grid,
            kinds: filters
                .kinds
                .iter()
                .fold(0u8, |bits, k| bits | 1 << (*k as u8)),
            topics: filters
                .topics
                .iter()
                .fold(0u64, |bits, t| bits | 1u64 << (*t as u32 % 64)),
            language: filters
                .offers_language
                .as_deref()
                .map(|l| records.language_id(l)),
            near,
        }
    }

    fn offers(&self, ordinal: u32, r: &Facts, id: u16) -> bool {
        if id < 64 {
            return r.languages & (1u64 << id) != 0;
        }
        r.has(Facts::MORE_LANGUAGES)
            && self.records.meta(ordinal).is_some_and(|m| {
                let wanted = self.records.language(id);
                m.languages.iter().any(|l| primary(l) == wanted)
            })
    }

    /// The filters a record's facts alone decide (kind, topic, language offered,
    /// accreditation, free) as one key, or `None` when there are none.
    fn static_key(&self) -> Option<crate::records::FilterKey> {
        let f = self.filters;
        if self.kinds == 0
            && self.topics == 0
            && self.language.is_none()
            && !f.accredited
            && f.free.is_none()
            && self.grid.is_none()
        {
            return None;
        }
        let language: u128 = match self.language {
            None => 0,
            Some(None) => 1,
            Some(Some(id)) => 2 | u128::from(id) << 2,
        };
        let free: u128 = match f.free {
            None => 0,
            Some(false) => 1,
            Some(true) => 2,
        };
        Some((
            u128::from(self.topics)
                | u128::from(self.kinds) << 64
                | language << 72
                | free << 90
                | u128::from(f.accredited) << 92,
            self.grid,
        ))
    }

    /// Whether a record passes the filters its facts alone decide.
    fn passes_static(&self, ordinal: u32, r: &Facts) -> bool {
        let f = self.filters;
        if self.kinds != 0 && self.kinds & (1 << r.kind) == 0 {
            return false;
        }
        if self.topics != 0 && r.topics & self.topics == 0 {
            return false;
        }
        match self.language {
            None => {}
            Some(None) => return false,
            Some(Some(id)) if !self.offers(ordinal, r, id) => return false,
            Some(Some(_)) => {}
        }
        if f.accredited && r.accreditation == Facts::NONE {
            return false;
        }
        if let Some(free) = f.free
            && r.free != u8::from(free)
        {
            return false;
        }
        if let Some([lat0, lat1, lon0, lon1]) = self.grid {
            // The `near` box widened to the half-degree grid: a record whose places' box
            // misses it cannot be near.
            let [b0, b1, b2, b3] = r.bbox;
            let half = |v: i16| f32::from(v) / 2.0;
            if !r.has(Facts::PLACES)
                || b1 < half(lat0)
                || b0 > half(lat1)
                || b3 < half(lon0)
                || b2 > half(lon1)
            {
                return false;
            }
        }
        true
    }

    /// The documents of a segment whose records pass the filters their facts alone decide.
    fn documents(&self, map: &crate::records::SegmentMap) -> Vec<u64> {
        let mut bits = vec![0u64; map.ordinals.len().div_ceil(64)];
        for (doc, &ordinal) in map.ordinals.iter().enumerate() {
            if ordinal != NO_RECORD
                && self
                    .records
                    .facts(ordinal)
                    .is_some_and(|r| self.passes_static(ordinal, r))
            {
                bits[doc / 64] |= 1 << (doc % 64);
            }
        }
        bits
    }

    /// Whether every live record passes (no filter at all).
    fn admits_all(&self) -> bool {
        self.static_key().is_none()
            && self.near.is_none()
            && self.filters.open_at.is_none()
            && self.filters.ids.is_none()
    }

    /// Whether a record passes; `Some(distance)` when it does (distance only with `near`).
    fn admit(&self, ordinal: u32, r: &Facts, open: &mut OpenView<'_>) -> Option<Option<f64>> {
        let f = self.filters;
        if !self.passes_static(ordinal, r) {
            return None;
        }
        if f.open_at.is_some() && !open.is_open(ordinal, r, self.records) {
            return None;
        }
        if let Some(ids) = &f.ids
            && !self
                .records
                .meta(ordinal)
                .is_some_and(|m| ids.contains(&m.id))
        {
            return None;
        }
        match self.near {
            None => Some(None),
            Some((center, radius_km, [lat0, lat1, lon0, lon1])) => {
                let [b0, b1, b2, b3] = r.bbox;
                if !r.has(Facts::PLACES) || b1 < lat0 || b0 > lat1 || b3 < lon0 || b2 > lon1 {
                    return None;
                }
                let nearest = self
                    .records
                    .meta(ordinal)?
                    .points
                    .iter()
                    .map(|p| center.distance_km(p))
                    .min_by(f64::total_cmp)?;
                (nearest <= radius_km).then_some(Some(nearest))
            }
        }
    }
}

/// Facet counts while collecting: arrays indexed by kind, topic, interned language, turned
/// into [`Facets`] once.
struct FacetCounter {
    kind: [usize; 4],
    topic: [usize; 64],
    languages: Vec<usize>,
    accreditation: [usize; 3],
    free: usize,
    open_now: usize,
}

impl FacetCounter {
    fn new(languages: usize) -> Self {
        FacetCounter {
            kind: [0; 4],
            topic: [0; 64],
            languages: vec![0; languages],
            accreditation: [0; 3],
            free: 0,
            open_now: 0,
        }
    }

    fn count(&mut self, ordinal: u32, r: &Facts, records: &Records, open: &mut OpenView<'_>) {
        self.kind[r.kind as usize] += 1;
        let mut topics = r.topics;
        while topics != 0 {
            self.topic[topics.trailing_zeros() as usize] += 1;
            topics &= topics - 1;
        }
        let mut languages = r.languages;
        while languages != 0 {
            self.languages[languages.trailing_zeros() as usize] += 1;
            languages &= languages - 1;
        }
        if r.has(Facts::MORE_LANGUAGES)
            && let Some(meta) = records.meta(ordinal)
        {
            let mut seen: Vec<u16> = Vec::new();
            for id in meta.languages.iter().filter_map(|l| records.language_id(l)) {
                if id >= 64 && !seen.contains(&id) {
                    seen.push(id);
                    self.languages[id as usize] += 1;
                }
            }
        }
        if r.accreditation != Facts::NONE {
            self.accreditation[usize::from(r.accreditation) % 3] += 1;
        }
        if r.free == 1 {
            self.free += 1;
        }
        if open.is_open(ordinal, r, records) {
            self.open_now += 1;
        }
    }

    /// Counts the records of `results` (a bitset over ordinals) by the record table's bitsets.
    fn count_bits(&mut self, results: &[u64], records: &Records, open: &mut OpenView<'_>) {
        let bits = records.facet_bits();
        let n = |of: &[u64]| -> usize {
            results
                .iter()
                .zip(of)
                .map(|(a, b)| (a & b).count_ones() as usize)
                .sum()
        };
        for (count, of) in self.kind.iter_mut().zip(&bits.kind) {
            *count += n(of);
        }
        for (count, of) in self.topic.iter_mut().zip(&bits.topic) {
            *count += n(of);
        }
        for (count, of) in self.languages.iter_mut().zip(&bits.language) {
            *count += n(of);
        }
        for (count, of) in self.accreditation.iter_mut().zip(&bits.accreditation) {
            *count += n(of);
        }
        self.free += n(&bits.free);
        if n(&bits.schedules) > 0 {
            self.open_now += n(&open.all_open(records));
        }
    }

    fn finish(self, records: &Records) -> Facets {
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
                .filter(|t| counted(self.topic[**t as usize % 64]))
                .map(|t| (t.slug(), self.topic[*t as usize % 64]))
                .collect(),
            offers_language: self
                .languages
                .iter()
                .enumerate()
                .filter(|(_, n)| counted(**n))
                .map(|(id, n)| (records.language(id as u16).to_owned(), *n))
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

/// Appends `text` to `out`, HTML-escaped.
fn escape_into(out: &mut String, text: &str) {
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
}

/// About 30 words of `body` around the densest run of matches, HTML-escaped, matches in `<mark>`.
pub fn snippet(body: &str, locale: &str, words: &[String]) -> String {
    Highlighter::new(words).snippet(&Analyzed::new(body, locale))
}

/// A body analysed for snippets, whatever the query: the text shown (NFC, as written) and its
/// words, each a byte range in it and its folded form (as an index into `words`).
pub(crate) struct Analyzed {
    body: String,
    locale: String,
    text: String,
    tokens: Vec<(u32, u32, u32)>,
    words: Vec<Box<str>>,
    /// Each word's stem under the locale's stemmer, when worked out ahead (for a body kept for
    /// later searches); else each search stems the words it has not seen.
    stems: Vec<Box<str>>,
}

impl Analyzed {
    fn new(body: &str, locale: &str) -> Analyzed {
        Analyzed::analyze(body, locale, false)
    }

    fn analyze(body: &str, locale: &str, stemmed: bool) -> Analyzed {
        // Shown as written (NFC), matched on the normalized form (traditional Chinese folded to
        // simplified), whose characters correspond one to one.
        let shown: Cow<'_, str> = match unicode_normalization::is_nfc_quick(body.chars()) {
            unicode_normalization::IsNormalized::Yes => Cow::Borrowed(body),
            _ => Cow::Owned(unicode_normalization::UnicodeNormalization::nfc(body).collect()),
        };
        let normalized: Cow<'_, str> = if shown.chars().any(crate::analyze::is_han) {
            Cow::Owned(crate::analyze::normalize_input(&shown))
        } else {
            Cow::Borrowed(&*shown)
        };
        let mut ids: rustc_hash::FxHashMap<Box<str>, u32> = Default::default();
        let mut words: Vec<Box<str>> = Vec::new();
        let mut tokens: Vec<(u32, u32, u32)> = Vec::new();
        crate::analyze::each_folded(&normalized, |_, folded, start, end| {
            let id = match ids.get(folded) {
                Some(id) => *id,
                None => {
                    let id = words.len() as u32;
                    words.push(folded.into());
                    ids.insert(folded.into(), id);
                    id
                }
            };
            tokens.push((start as u32, end as u32, id));
        });
        // The ranges into the text shown: the same bytes unless normalizing changed lengths,
        // then by character count (one to one).
        let text = if shown.chars().count() == normalized.chars().count() {
            shown.to_string()
        } else {
            normalized.to_string()
        };
        if text != *normalized {
            let starts: Vec<usize> = normalized.char_indices().map(|(i, _)| i).collect();
            let to_text: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            let at = |offset: u32| -> u32 {
                let chars = starts.partition_point(|&i| i < offset as usize);
                to_text.get(chars).copied().unwrap_or(text.len()) as u32
            };
            for token in &mut tokens {
                (token.0, token.1) = (at(token.0), at(token.1));
            }
        }
        let stems = if stemmed {
            let family = Family::of(locale);
            words
                .iter()
                .map(|w| crate::analyze::stem(w, family).into_boxed_str())
                .collect()
        } else {
            Vec::new()
        };
        Analyzed {
            body: body.to_owned(),
            locale: locale.to_owned(),
            text,
            tokens,
            words,
            stems,
        }
    }
}

/// Bodies at least this long (guides, mostly) are kept analysed for later snippets.
const KEEP_ANALYZED_BYTES: usize = 1024;
/// How many analysed bodies are kept (the least recently used goes first).
const ANALYZED_KEPT: usize = 256;

/// Long bodies analysed for snippets, by a hash of (locale, body), checked against the body
/// itself: a guide that matches many queries is segmented and folded once, not per search.
#[derive(Default)]
pub(crate) struct AnalyzedCache {
    /// A clock ticking once per lookup, and per hash: when last used, and the analysis.
    kept: Mutex<(u64, KeptAnalyses)>,
}

type KeptAnalyses = HashMap<u64, (u64, Arc<Analyzed>)>;

impl AnalyzedCache {
    fn get(&self, body: &str, locale: &str) -> Arc<Analyzed> {
        if body.len() < KEEP_ANALYZED_BYTES {
            return Arc::new(Analyzed::new(body, locale));
        }
        let hash = {
            use std::hash::{Hash, Hasher};
            let mut h = rustc_hash::FxHasher::default();
            (locale, body).hash(&mut h);
            h.finish()
        };
        if let Ok(mut kept) = self.kept.lock() {
            let (clock, map) = &mut *kept;
            *clock += 1;
            if let Some((used, a)) = map.get_mut(&hash)
                && a.body == body
                && a.locale == locale
            {
                *used = *clock;
                return a.clone();
            }
        }
        let analyzed = Arc::new(Analyzed::analyze(body, locale, true));
        if let Ok(mut kept) = self.kept.lock() {
            let (clock, map) = &mut *kept;
            if map.len() >= ANALYZED_KEPT
                && let Some(oldest) = map
                    .iter()
                    .min_by_key(|(_, (used, _))| *used)
                    .map(|(k, _)| *k)
            {
                map.remove(&oldest);
            }
            map.insert(hash, (*clock, analyzed.clone()));
        }
        analyzed
    }
}

/// The snippets of one search's hits: the words to mark, and for each word seen so far (per
/// stemmer family) whether it is one of them, shared by every hit (listings repeat their words,
/// and stemming each again costs more than the rest of a snippet).
struct Highlighter<'a> {
    words: rustc_hash::FxHashSet<&'a str>,
    seen: Vec<(Family, rustc_hash::FxHashMap<Box<str>, bool>)>,
}

impl<'a> Highlighter<'a> {
    fn new(words: &'a [String]) -> Self {
        Highlighter {
            words: words.iter().map(String::as_str).collect(),
            seen: Vec::new(),
        }
    }

    fn snippet(&mut self, a: &Analyzed) -> String {
        if a.tokens.is_empty() {
            let mut out = String::new();
            escape_into(&mut out, &a.body.chars().take(200).collect::<String>());
            return out;
        }
        // Whether each word matches. A word's folded form is `fold(exact)`, so exact words are
        // covered by it. A lone letter ("a", "y") is not worth marking; a lone Chinese
        // character is a word.
        let words = &self.words;
        let worth = |folded: &str| folded.chars().nth(1).is_some() || !folded.is_ascii();
        if !a.stems.is_empty() {
            let hits: Vec<bool> = a
                .words
                .iter()
                .zip(&a.stems)
                .map(|(folded, stem)| {
                    worth(folded) && (words.contains(&**folded) || words.contains(&**stem))
                })
                .collect();
            return self.mark(a, &hits);
        }
        let family = Family::of(&a.locale);
        let seen = match self.seen.iter().position(|(f, _)| *f == family) {
            Some(i) => &mut self.seen[i].1,
            None => {
                self.seen.push((family, Default::default()));
                &mut self.seen.last_mut().expect("just pushed").1
            }
        };
        let hits: Vec<bool> = a
            .words
            .iter()
            .map(|folded| match seen.get(folded) {
                Some(hit) => *hit,
                None => {
                    let hit = worth(folded)
                        && (words.contains(&**folded)
                            || words.contains(crate::analyze::stem(folded, family).as_str()));
                    seen.insert(folded.clone(), hit);
                    hit
                }
            })
            .collect();
        self.mark(a, &hits)
    }

    /// The snippet of `a` whose words `hits` says match: the window of words with the most.
    fn mark(&self, a: &Analyzed, hits: &[bool]) -> String {
        const WINDOW: usize = 30;
        let tokens: Vec<(usize, usize, bool)> = a
            .tokens
            .iter()
            .map(|&(from, to, id)| (from as usize, to as usize, hits[id as usize]))
            .collect();
        let text = &a.text;
        // The window with the most matches (the first of equals), by a running count.
        let (mut start, mut best, mut count) = (0, 0, 0);
        for i in 0..tokens.len() {
            count += usize::from(tokens[i].2);
            if i >= WINDOW {
                count -= usize::from(tokens[i - WINDOW].2);
            }
            let first = (i + 1).saturating_sub(WINDOW);
            if count > best {
                (best, start) = (count, first);
            }
        }
        let end = (start + WINDOW).min(tokens.len());
        let mut out = String::with_capacity(a.body.len().min(600) + 64);
        if start > 0 {
            out.push('…');
        }
        let mut cursor = tokens[start].0;
        for &(from, to, hit) in &tokens[start..end] {
            escape_into(&mut out, &text[cursor..from]);
            if hit {
                out.push_str("<mark>");
                escape_into(&mut out, &text[from..to]);
                out.push_str("</mark>");
            } else {
                escape_into(&mut out, &text[from..to]);
            }
            cursor = to;
        }
        if end < tokens.len() {
            out.push('…');
        }
        out
    }
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

    #[test]
    fn snippets_show_traditional_chinese_as_written() {
        // Matched through the simplified form, shown in the traditional one.
        let s = snippet("申請綠卡需要時間。", "zh-Hant", &["绿卡".to_owned()]);
        assert!(s.contains("<mark>綠卡</mark>"), "{s}");
        assert!(s.starts_with("申請"), "{s}");
    }

    #[test]
    fn a_lone_letter_is_not_marked() {
        let s = snippet(
            "Coffee with a cop",
            "en",
            &["a".to_owned(), "cop".to_owned()],
        );
        assert_eq!(s, "Coffee with a <mark>cop</mark>");
    }

    /// Facets counted record by record and from the record table's bitsets agree, for any
    /// set of results, after records are replaced and removed, with languages interned past
    /// the 64 a record's facts hold as bits.
    #[test]
    fn facets_from_bitsets_match_facets_counted_one_by_one() {
        use crate::document::RecordMeta;
        use vecino_core::{Accreditation, Schedule};
        let mut records = Records::default();
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: u64| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng % n
        };
        // 70 languages, so some are interned at 64 or above.
        let languages: Vec<String> = (0..70)
            .map(|i| format!("x{}{}", (b'a' + i / 26) as char, (b'a' + i % 26) as char))
            .collect();
        let meta = |i: u64, next: &mut dyn FnMut(u64) -> u64| RecordMeta {
            kind: [
                EntityKind::Service,
                EntityKind::Guide,
                EntityKind::Organization,
            ][next(3) as usize],
            id: Id::new_random(),
            slug: Slug::parse(&format!("r-{i}")).unwrap(),
            topics: (0..next(3))
                .map(|_| Topic::ALL[next(Topic::ALL.len() as u64) as usize])
                .collect(),
            languages: (0..next(4))
                .map(|_| languages[next(70) as usize].clone())
                .collect(),
            accreditation: [
                None,
                Some(Accreditation::DojRecognizedOrganization),
                Some(Accreditation::LicensedAttorney),
            ][next(3) as usize],
            free: [None, Some(true), Some(false)][next(3) as usize],
            verified: next(2) == 0,
            points: Vec::new(),
            schedules: if next(2) == 0 {
                vec![Schedule::always_open("America/Los_Angeles").unwrap()]
            } else {
                Vec::new()
            },
        };
        for key in 0..300u64 {
            records.insert(key, Arc::new(meta(key, &mut next)));
        }
        // Some replaced (their old facts must leave the bitsets), some removed.
        for key in (0..300u64).step_by(7) {
            records.insert(key, Arc::new(meta(key, &mut next)));
        }
        for key in (0..300u64).step_by(11) {
            records.remove(key);
        }
        // And some removed ones back, with other facts.
        for key in (0..300u64).step_by(22) {
            records.insert(key, Arc::new(meta(key, &mut next)));
        }
        for o in 0..records.slots() as u32 + 64 {
            assert_eq!(
                records.is_live(o),
                records.facts(o).is_some(),
                "ordinal {o}"
            );
        }
        let open = crate::records::OpenCache::default();
        let now = Timestamp::now();
        for round in 0..20 {
            let chosen: Vec<u32> = (0..records.slots() as u32)
                .filter(|o| records.facts(*o).is_some() && next(4) < 1 + round % 4)
                .collect();
            let mut one_by_one = FacetCounter::new(records.language_count());
            let mut by_bits = FacetCounter::new(records.language_count());
            let mut results = vec![0u64; records.slots().div_ceil(64)];
            let mut view = open.at(now, records.slots());
            for &o in &chosen {
                one_by_one.count(o, records.facts(o).unwrap(), &records, &mut view);
                results[o as usize / 64] |= 1 << (o % 64);
            }
            by_bits.count_bits(&results, &records, &mut view);
            drop(view);
            let (a, b) = (one_by_one.finish(&records), by_bits.finish(&records));
            assert_eq!(format!("{a:?}"), format!("{b:?}"), "round {round}");
            assert!(a.open_now > 0 && a.offers_language.len() > 40, "{a:?}");
        }
    }

    /// A long body kept analysed (stemmed ahead) gives the snippet a fresh analysis gives, for
    /// the first search and the next ones.
    #[test]
    fn a_kept_body_gives_the_same_snippets() {
        let body = format!(
            "{} Los abogados ayudan con la ciudadanía y las peticiones familiares. {}",
            "Información general sobre trámites. ".repeat(30),
            "Más información al final. ".repeat(20)
        );
        assert!(body.len() >= KEEP_ANALYZED_BYTES);
        let cache = AnalyzedCache::default();
        for words in [
            vec!["abogado".to_owned(), "ciudadania".to_owned()],
            vec!["peticion".to_owned(), "familiar".to_owned()],
        ] {
            let fresh = Highlighter::new(&words).snippet(&Analyzed::new(&body, "es"));
            assert!(fresh.contains("<mark>"), "{fresh}");
            for _ in 0..2 {
                let kept = Highlighter::new(&words).snippet(&cache.get(&body, "es"));
                assert_eq!(kept, fresh);
            }
        }
    }
}
