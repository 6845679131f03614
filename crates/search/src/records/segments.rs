//! Per index segment, each document's record ordinal and locale, and the filter bitsets cached
//! per segment; rebuilt when a segment appears, dropped when it is merged away. Never reads
//! record facts itself: the table ([`super::Records`]) answers those.

use super::*;

/// No record: a document whose key the table does not know.
pub(crate) const NO_RECORD: u32 = u32::MAX;

/// One segment's documents: record ordinal and locale id per document.
pub(crate) struct SegmentMap {
    pub ordinals: Vec<u32>,
    pub locales: Vec<u8>,
    /// (ordinal, document) for every document with a record, sorted: a record's documents
    /// (one per locale), found without a query.
    by_record: Vec<(u32, DocId)>,
    /// Per recent filter (its key, see `search::filter::Acceptor`): the documents whose records pass
    /// its record-level part, as a bitset. Cleared whenever a record's facts change.
    pub filtered: Mutex<Vec<(FilterKey, Arc<Vec<u64>>)>>,
}

/// A filter's record-level part: kind, topics, language, accreditation and free as bits, and
/// the `near` box on a half-degree grid.
pub(crate) type FilterKey = (u128, Option<[i16; 4]>);

/// Filter bitsets kept per segment (each is a bit per document).
const FILTERS_KEPT: usize = 8;

impl SegmentMap {
    /// The bitset cached for `key`; else, when `worth` says so, the one `build` makes (then
    /// cached).
    pub fn filtered(
        &self,
        key: FilterKey,
        worth: bool,
        build: impl FnOnce(&SegmentMap) -> Vec<u64>,
    ) -> Option<Arc<Vec<u64>>> {
        if let Some((_, bits)) = cache_lock(&self.filtered, Vec::clear)
            .iter()
            .find(|(k, _)| *k == key)
        {
            return Some(bits.clone());
        }
        if !worth {
            return None;
        }
        let bits = Arc::new(build(self));
        let mut kept = cache_lock(&self.filtered, Vec::clear);
        if kept.len() >= FILTERS_KEPT {
            kept.remove(0);
        }
        kept.push((key, bits.clone()));
        Some(bits)
    }
}

impl SegmentMap {
    pub fn build(segment: &SegmentReader, records: &Records) -> tantivy::Result<SegmentMap> {
        let keys = segment.fast_fields().u64("key")?;
        let locale_ids = segment.fast_fields().u64("locale_id")?;
        let max = segment.max_doc();
        let mut ordinals = Vec::with_capacity(max as usize);
        let mut locales = Vec::with_capacity(max as usize);
        for doc in 0..max as DocId {
            ordinals.push(
                keys.first(doc)
                    .and_then(|k| records.ordinal(k))
                    .unwrap_or(NO_RECORD),
            );
            locales.push(
                locale_ids
                    .first(doc)
                    .map_or(u8::MAX, |l| u8::try_from(l).unwrap_or(u8::MAX)),
            );
        }
        let mut by_record: Vec<(u32, DocId)> = ordinals
            .iter()
            .enumerate()
            .filter(|(_, o)| **o != NO_RECORD)
            .map(|(doc, o)| (*o, doc as DocId))
            .collect();
        by_record.sort_unstable();
        Ok(SegmentMap {
            ordinals,
            locales,
            by_record,
            filtered: Mutex::default(),
        })
    }

    /// The documents of record `ordinal` in this segment (deleted ones too).
    pub fn documents_of(&self, ordinal: u32) -> impl Iterator<Item = DocId> + '_ {
        let from = self.by_record.partition_point(|(o, _)| *o < ordinal);
        self.by_record[from..]
            .iter()
            .take_while(move |(o, _)| *o == ordinal)
            .map(|(_, doc)| *doc)
    }
}

/// Per-segment maps, built once per segment (segments are immutable).
#[derive(Default)]
pub(crate) struct SegmentMaps {
    maps: Mutex<HashMap<SegmentId, Arc<SegmentMap>>>,
}

impl SegmentMaps {
    pub fn get(
        &self,
        segment: &SegmentReader,
        records: &Records,
    ) -> tantivy::Result<Arc<SegmentMap>> {
        let id = segment.segment_id();
        if let Some(map) = cache_lock(&self.maps, HashMap::clear).get(&id) {
            return Ok(map.clone());
        }
        let map = Arc::new(SegmentMap::build(segment, records)?);
        cache_lock(&self.maps, HashMap::clear).insert(id, map.clone());
        Ok(map)
    }

    /// Forgets every filter bitset (a record's facts changed).
    pub fn forget_filters(&self) {
        for map in cache_lock(&self.maps, HashMap::clear).values() {
            cache_lock(&map.filtered, Vec::clear).clear();
        }
    }

    /// Forgets every map (after the record table was rebuilt or ordinals were assigned to
    /// documents of segments already mapped), keeping none of `live`'s absent segments.
    pub fn retain(&self, live: &[SegmentId]) {
        cache_lock(&self.maps, HashMap::clear).retain(|id, _| live.contains(id));
    }
}
