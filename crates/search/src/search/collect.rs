//! The collector of one search: scores the resolved groups segment by segment into pooled
//! scratch buffers (cheapest word first, pruning candidates), folds documents into their
//! records' best, then filters, boosts, counts facets and keeps the best page. It must never
//! read stored documents (the hits' text is the caller's) nor keep state between searches
//! outside the pooled scratch, whose entries it leaves zeroed.

use std::collections::BinaryHeap;
use std::sync::{Arc, Mutex};

use tantivy::{Searcher, SegmentReader};
use vecino_core::Timestamp;

use super::facets::FacetCounter;
use super::filter::Acceptor;
use super::score::{Coverage, MIN_SHARE, Resolution, ResolvedGroup, Restrict, SegmentPostings};
use super::{ALL_WORDS_ENOUGH, Facets, Filters};
use crate::Result;
use crate::index::SearchIndex;
use crate::records::{Facts, NO_RECORD, Records};

/// How much more a verified record scores, and an accredited one.
const VERIFIED_BOOST: f32 = 1.1;
const ACCREDITED_BOOST: f32 = 1.15;

/// What a listing past its review interval, or never checked, has its score multiplied by: a
/// modest step down, so it still comes first when it is the one that matches.
const DOUBTFUL_PENALTY: f32 = 0.95;

/// How much more a document written in the reader's first language scores than the same
/// match in another language (so, of a record's documents, the reader's is usually its best,
/// and its text is shown without looking up another).
const PREFERRED_LANGUAGE_BOOST: f32 = 1.15;

/// A search's facets are counted from bitsets (a word of 64 records at a time, see
/// `FacetCounter::count_bits`) once it has more than one record in this many.
const BITSET_FACETS: usize = 32;

/// Dense per-document buffers, reused across queries on the same thread. Every entry is zero
/// between uses: whoever writes an entry lists it in the matching `touched` list and zeroes it.
#[derive(Default)]
pub(super) struct Scratch {
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

impl Scratch {
    /// Folds a scored document into its record's best (when it matched every required word).
    fn scratch_record(
        &mut self,
        doc: u32,
        segment: u32,
        map: &crate::records::SegmentMap,
        alive: Option<&tantivy::fastfield::AliveBitSet>,
        pass: &Pass<'_>,
        preferred: &[u8],
    ) {
        let (required, coverage) = (pass.required, &pass.coverage);
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
            score *= PREFERRED_LANGUAGE_BOOST;
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
    pub(super) fn with<T>(&self, f: impl FnOnce(&mut Scratch) -> Result<T>) -> Result<T> {
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

/// A record that passed the filters, ranked.
#[derive(Clone, Copy)]
pub(super) struct Candidate {
    pub(super) score: f32,
    key: u64,
    pub(super) ordinal: u32,
    pub(super) address: (u32, u32),
    pub(super) distance: Option<f64>,
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

impl Scratch {
    /// The documents scored so far become the candidates: read back from the bitset, sorted
    /// without a sort.
    fn take_candidates(&mut self, max_doc: usize) {
        self.candidate_bits.clear();
        self.candidate_bits
            .extend_from_slice(&self.touched[..max_doc.div_ceil(64)]);
        for (i, word) in self.candidate_bits.iter().enumerate() {
            let mut bits = *word;
            while bits != 0 {
                self.candidates.push(i as u32 * 64 + bits.trailing_zeros());
                bits &= bits - 1;
            }
        }
    }

    /// Adds one group's scores into its documents' totals: per document, the best of the
    /// group's alternatives. With `restricted`, only the candidates are scored; otherwise the
    /// documents of `allowed` (those whose records pass the static filters), or all.
    fn score_group(
        &mut self,
        postings: &SegmentPostings<'_>,
        group: &ResolvedGroup,
        restricted: bool,
        allowed: Option<&[u64]>,
    ) -> Result<()> {
        let restrict = if restricted {
            Restrict::Candidates(&self.candidates, &self.candidate_bits)
        } else {
            allowed.map_or(Restrict::All, Restrict::Bits)
        };
        if let [leaves] = group.alts.as_slice() {
            // The group's only alternative: its terms summed straight into each
            // document's total (no best to keep, so no pass over its documents after).
            let (cells, touched) = (&mut self.cells, &mut self.touched);
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
            return Ok(());
        }
        for leaves in &group.alts {
            if let [leaf] = leaves.as_slice() {
                // One term: straight into the group's best.
                let (cells, touched) = (&mut self.cells, &mut self.group_touched);
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
                let (alt, touched) = (&mut self.alt, &mut self.alt_touched);
                postings.read(leaf, restrict, |doc, score| {
                    // Scores are positive: 0 marks a document not yet summed.
                    let d = doc as usize;
                    if alt[d] == 0.0 {
                        touched.push(doc);
                    }
                    alt[d] += score;
                })?;
            }
            for doc in self.alt_touched.drain(..) {
                let d = doc as usize;
                let score = self.alt[d];
                self.alt[d] = 0.0;
                let cell = &mut self.cells[d].group;
                if *cell == 0.0 {
                    self.group_touched.push(doc);
                }
                if score > *cell {
                    *cell = score;
                }
            }
        }
        for doc in self.group_touched.drain(..) {
            let d = doc as usize;
            let cell = &mut self.cells[d];
            if cell.total == 0.0 {
                self.touched[d / 64] |= 1 << (d % 64);
            }
            cell.total += cell.group;
            cell.group = 0.0;
            // Marks the document as a candidate even for a group that covers no word.
            cell.mask |= group.covers | 1 << 63;
        }
        Ok(())
    }

    /// Drops the candidates that lack any of the words of `need`.
    fn prune(&mut self, need: u64) {
        let (cells, bits) = (&self.cells, &mut self.candidate_bits);
        self.candidates.retain(|&doc| {
            let keep = cells[doc as usize].mask & need == need;
            if !keep {
                bits[doc as usize / 64] &= !(1 << (doc % 64));
            }
            keep
        });
    }
}

/// What a search collects: the best `wanted` records in order, and every match's count and
/// facets.
pub(super) struct Collected {
    pub(super) total: usize,
    pub(super) top: Vec<Candidate>,
    pub(super) facets: Facets,
}

/// One search's collection over the index: the resolved query, the reader's preferred
/// document languages, the filters and how many records the page needs.
pub(super) struct Collector<'a> {
    pub(super) index: &'a SearchIndex,
    pub(super) searcher: &'a Searcher,
    pub(super) resolution: &'a Resolution,
    /// The locale ids (in the segment maps) of the reader's first language.
    pub(super) preferred: &'a [u8],
    pub(super) records: &'a Records,
    pub(super) filters: &'a Filters,
    /// What "open now" is counted (and filtered) at.
    pub(super) now: Timestamp,
    /// The day freshness is judged on (`records::day_number`).
    pub(super) today: i32,
    /// The records the page needs, counting the pages before it.
    pub(super) wanted: usize,
}

/// The order a pass scores the groups in: per group, whether it only scores the candidates
/// the groups before it found; and per position, the required words no later group covers
/// (documents without them leave the candidates there).
struct Order {
    groups: Vec<(usize, bool)>,
    prune_after: Vec<u64>,
}

/// One pass over the segments: with `required`, only documents matching all those words.
struct Pass<'p> {
    required: Option<u64>,
    order: Order,
    coverage: Coverage<'p>,
    accept: Acceptor<'p>,
    /// The filters a record's facts alone decide, as a key for the segments' kept bitsets.
    filter_key: Option<crate::records::FilterKey>,
    /// Postings the whole query reads.
    postings: u64,
}

impl<'a> Collector<'a> {
    /// Finds the records that match every word of the query (in some form, or through a
    /// glossary concept that names it); when fewer than [`ALL_WORDS_ENOUGH`] do, those that match
    /// any word.
    pub(super) fn execute(&self, s: &mut Scratch) -> Result<Collected> {
        let resolution = self.resolution;
        let words = resolution.weights.len();
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
            let all = self.collect(Some(required), s)?;
            if all.total >= ALL_WORDS_ENOUGH {
                return Ok(all);
            }
        }
        self.collect(None, s)
    }

    /// Scores matching documents (with `required`, only those matching all those words), keeps
    /// each record's best, filters, counts facets.
    fn collect(&self, required: Option<u64>, s: &mut Scratch) -> Result<Collected> {
        // The filters a record's facts alone decide limit, per segment, which documents are
        // scored at all (a bitset kept per segment and filter).
        let accept = Acceptor::new(self.filters, self.records);
        let pass = Pass {
            required,
            order: self.order_groups(required),
            coverage: Coverage::new(&self.resolution.weights, required.is_none()),
            filter_key: accept.static_key(),
            accept,
            postings: self.resolution.groups.iter().map(|g| g.cost).sum(),
        };
        s.fit(0, self.records.slots());
        s.record_touched.clear();
        for (ordinal, segment) in self.searcher.segment_readers().iter().enumerate() {
            self.score_segment(&pass, ordinal, segment, s)?;
        }
        Ok(self.finish(&pass.accept, s))
    }

    /// The order of the groups (see [`Order`]).
    fn order_groups(&self, required: Option<u64>) -> Order {
        let Resolution {
            groups, weights, ..
        } = self.resolution;
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
        Order {
            groups: order,
            prune_after,
        }
    }

    /// Scores one segment's documents, group by group in the pass's order, and folds each
    /// matching document into its record's best.
    fn score_segment(
        &self,
        pass: &Pass<'_>,
        ordinal: usize,
        segment: &SegmentReader,
        s: &mut Scratch,
    ) -> Result<()> {
        let Resolution {
            fields,
            norms,
            groups,
            ..
        } = self.resolution;
        let map = self.index.segment_maps.get(segment, self.records)?;
        let max_doc = segment.max_doc() as usize;
        // Worth making only when the query reads more postings than the segment has
        // documents to check (a kept one is always used).
        let worth = pass.postings.saturating_mul(2) > max_doc as u64;
        let allowed: Option<Arc<Vec<u64>>> = pass
            .filter_key
            .and_then(|key| map.filtered(key, worth, |m| pass.accept.documents(m)));
        s.fit(max_doc, self.records.slots());
        let mut inverted = Vec::with_capacity(fields.len());
        let mut fieldnorms = Vec::with_capacity(fields.len());
        for field in fields {
            inverted.push(segment.inverted_index(*field)?);
            fieldnorms.push(segment.get_fieldnorms_reader(self.index.fields.length_field(*field))?);
        }
        let postings = SegmentPostings {
            segment: ordinal,
            inverted: &inverted,
            fieldnorms: &fieldnorms,
            norms,
        };
        s.candidates.clear();
        let mut have_candidates = false;
        for (position, &(g, restricted)) in pass.order.groups.iter().enumerate() {
            if restricted && !have_candidates {
                s.take_candidates(max_doc);
                have_candidates = true;
            }
            s.score_group(
                &postings,
                &groups[g],
                restricted,
                allowed.as_deref().map(Vec::as_slice),
            )?;
            let need = pass.order.prune_after[position];
            if have_candidates && need != 0 {
                s.prune(need);
            }
        }
        self.fold_into_records(pass, ordinal as u32, segment, &map, s);
        Ok(())
    }

    /// Each matching document of a segment into its record's best.
    fn fold_into_records(
        &self,
        pass: &Pass<'_>,
        ordinal: u32,
        segment: &SegmentReader,
        map: &crate::records::SegmentMap,
        s: &mut Scratch,
    ) {
        let required = pass.required;
        let max_doc = segment.max_doc() as usize;
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
                s.scratch_record(doc, ordinal, map, alive, pass, self.preferred);
            }
        }
    }

    /// Filters, boosts and ranks the records found, counting the facets of those that pass.
    fn finish(&self, accept: &Acceptor<'_>, s: &mut Scratch) -> Collected {
        let records = self.records;
        // Filters, facets and the best `wanted` records.
        let mut facets = FacetCounter::new(records.language_count());
        let mut open = self.index.open.at(self.now, records.slots());
        let mut best: BinaryHeap<Candidate> = BinaryHeap::with_capacity(self.wanted + 1);
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
                if !records.is_listed(ordinal, self.today) {
                    continue;
                }
                if best.len() == self.wanted
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
            if !facts.listed_on(self.today) {
                continue;
            }
            let Some(distance) = accept.admit(ordinal, facts, &mut open) else {
                continue;
            };
            total += 1;
            if by_bits {
                s.results[r / 64] |= 1 << (r % 64);
            } else {
                facets.count(ordinal, facts, records, &mut open, self.filters.age);
            }
            let mut boosted = score;
            if facts.has(Facts::VERIFIED) {
                boosted *= VERIFIED_BOOST;
            }
            if facts.accreditation != Facts::NONE {
                boosted *= ACCREDITED_BOOST;
            }
            if facts.doubtful_on(self.today) {
                boosted *= DOUBTFUL_PENALTY;
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
            if best.len() < self.wanted {
                best.push(candidate);
            } else if best.peek().is_some_and(|worst| candidate < *worst) {
                best.pop();
                best.push(candidate);
            }
        }
        if by_bits {
            facets.count_bits(&s.results, records, &mut open, self.filters.age);
        }
        drop(open);
        let top = best.into_sorted_vec();
        Collected {
            total,
            top,
            facets: facets.finish(records),
        }
    }
}
