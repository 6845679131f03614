//! Scoring: BM25 over tantivy's postings (read whole, or sought among few candidates), the
//! query resolved against the index once, and the coverage factor of a document matching only
//! some words. It must never decide which records pass the filters or are shown.

use std::sync::Arc;

use tantivy::fieldnorm::FieldNormReader;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use super::WORD_BITS;
use super::plan::Group;
use crate::Result;
use crate::index::SearchIndex;

/// A group resolved against the index.
pub(super) struct ResolvedGroup {
    pub(super) alts: Vec<Vec<Resolved>>,
    pub(super) covers: u64,
    /// Postings to read: the sum of its terms' document frequencies.
    pub(super) cost: u64,
}

/// A query plan resolved against the index: the fields its terms are in (with their length
/// norms), its groups, and its words' weights.
pub(super) struct Resolution {
    pub(super) fields: Vec<Field>,
    pub(super) norms: Vec<[f32; 256]>,
    pub(super) groups: Vec<ResolvedGroup>,
    /// Per query word (below [`WORD_BITS`]), how much matching it tells.
    pub(super) weights: Vec<f32>,
}

/// Matching any word, a document must match at least this share of the query's weight (each
/// word weighs its idf): "for" or "de" alone does not make a result.
pub(super) const MIN_SHARE: f32 = 0.2;

/// How steeply a record's score falls with the share of the query (by word weight) it does not
/// match: score × share^COVERAGE_POWER. Measured on the judged sets: 1 leaves records reached
/// only through the glossary below ones matching fewer, commoner words directly; 4 ranks them.
const COVERAGE_POWER: i32 = 4;

/// BM25 over the whole index (every segment), as tantivy computes it.
const K1: f32 = 1.2;
const B: f32 = 0.75;

pub(super) fn idf(doc_freq: u64, docs: u64) -> f32 {
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

/// Matching any word, a document is ranked by how much of the query it matches: the share of
/// the query's weight it matches (directly or through a concept), to the power
/// [`COVERAGE_POWER`], and left out below [`MIN_SHARE`]. So a record that matches "Ramadan food
/// baskets … seniors" only through concepts (written in another language) ranks above one that
/// matches "food … for seniors" directly.
pub(super) struct Coverage<'a> {
    /// Per query word, its weight (empty when every word is required, or there is one).
    weights: &'a [f32],
    all: f32,
    /// The factor per mask of matched words (0: left out), when the words are few.
    table: Vec<f32>,
}

/// Queries of up to this many words have their coverage factors worked out once per search.
const COVERAGE_TABLE_WORDS: usize = 10;

impl<'a> Coverage<'a> {
    pub(super) fn new(weights: &'a [f32], any: bool) -> Self {
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
    pub(super) fn factor(&self, mask: u64) -> Option<f32> {
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

pub(super) struct Resolved {
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
pub(super) struct SegmentPostings<'a> {
    pub(super) segment: usize,
    pub(super) inverted: &'a [Arc<tantivy::InvertedIndexReader>],
    pub(super) fieldnorms: &'a [FieldNormReader],
    pub(super) norms: &'a [[f32; 256]],
}

impl SegmentPostings<'_> {
    /// Calls `each(doc, score)` for the postings of `leaf` in this segment that `restrict`
    /// admits (none when the segment lacks its term).
    pub(super) fn read(
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
pub(super) enum Restrict<'a> {
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

impl SearchIndex {
    /// Resolves every leaf once: its postings in each segment, and its idf over all of them;
    /// with the weights of the query's first [`WORD_BITS`] words.
    pub(super) fn resolve(
        &self,
        searcher: &Searcher,
        groups: &[Group],
        weights: &[f32],
    ) -> Result<Resolution> {
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
            weights: weights[..weights.len().min(WORD_BITS)].to_vec(),
        })
    }
}
