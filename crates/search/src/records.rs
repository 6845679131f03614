//! The table of records beside the index: each record's filterable facts by a dense ordinal,
//! so filters, facets and boosts over tens of thousands of matches read flat arrays instead of
//! hashing keys; and, per index segment, each document's record ordinal and locale.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::index::SegmentId;
use tantivy::{DocId, SegmentReader};
use vecino_core::{GeoPoint, Timestamp};

use crate::document::RecordMeta;

/// A record's facts in the form the query loop reads them.
#[derive(Debug)]
pub(crate) struct Facts {
    pub meta: Arc<RecordMeta>,
    pub key: u64,
    /// Bit `t` set for `Topic::ALL[t]`.
    pub topics: u64,
    /// Interned primary language subtags of the languages offered.
    pub languages: Box<[u16]>,
    /// Bounding box of the record's places: (min lat, max lat, min lon, max lon).
    pub bbox: Option<(f64, f64, f64, f64)>,
}

/// Records by ordinal. An ordinal is assigned when a key is first seen and never reused while the
/// table lives (a deleted record leaves an empty slot), so documents of old segments never point
/// at another record.
#[derive(Default)]
pub(crate) struct Records {
    by_key: HashMap<u64, u32>,
    slots: Vec<Option<Facts>>,
    live: usize,
    /// Primary language subtags, interned.
    languages: Vec<String>,
    language_ids: HashMap<String, u16>,
}

fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

impl Records {
    pub fn len(&self) -> usize {
        self.live
    }

    pub fn slots(&self) -> usize {
        self.slots.len()
    }

    pub fn ordinal(&self, key: u64) -> Option<u32> {
        self.by_key.get(&key).copied()
    }

    pub fn get(&self, ordinal: u32) -> Option<&Facts> {
        self.slots.get(ordinal as usize).and_then(Option::as_ref)
    }

    pub fn language(&self, id: u16) -> &str {
        &self.languages[id as usize]
    }

    pub fn language_id(&self, tag: &str) -> Option<u16> {
        self.language_ids.get(primary(tag)).copied()
    }

    pub fn language_count(&self) -> usize {
        self.languages.len()
    }

    fn intern(&mut self, tag: &str) -> u16 {
        let tag = primary(tag);
        if let Some(id) = self.language_ids.get(tag) {
            return *id;
        }
        let id = u16::try_from(self.languages.len()).expect("fewer than 65536 languages");
        self.languages.push(tag.to_owned());
        self.language_ids.insert(tag.to_owned(), id);
        id
    }

    /// Adds or replaces a record's facts; returns its ordinal.
    pub fn insert(&mut self, key: u64, meta: Arc<RecordMeta>) -> u32 {
        let topics = meta
            .topics
            .iter()
            .fold(0u64, |bits, t| bits | 1u64 << (*t as u32 % 64));
        let mut languages: Vec<u16> = meta.languages.iter().map(|l| self.intern(l)).collect();
        languages.sort_unstable();
        languages.dedup();
        let bbox = bbox(&meta.points);
        let facts = Facts {
            meta,
            key,
            topics,
            languages: languages.into(),
            bbox,
        };
        let ordinal = match self.by_key.get(&key) {
            Some(o) => *o,
            None => {
                let o = u32::try_from(self.slots.len()).expect("fewer than 2^32 records");
                self.slots.push(None);
                self.by_key.insert(key, o);
                o
            }
        };
        let slot = &mut self.slots[ordinal as usize];
        if slot.is_none() {
            self.live += 1;
        }
        *slot = Some(facts);
        ordinal
    }

    pub fn remove(&mut self, key: u64) {
        if let Some(o) = self.by_key.get(&key)
            && let Some(slot) = self.slots.get_mut(*o as usize)
            && slot.take().is_some()
        {
            self.live -= 1;
        }
    }
}

fn bbox(points: &[GeoPoint]) -> Option<(f64, f64, f64, f64)> {
    let first = points.first()?;
    let mut b = (
        first.latitude(),
        first.latitude(),
        first.longitude(),
        first.longitude(),
    );
    for p in &points[1..] {
        b.0 = b.0.min(p.latitude());
        b.1 = b.1.max(p.latitude());
        b.2 = b.2.min(p.longitude());
        b.3 = b.3.max(p.longitude());
    }
    Some(b)
}

/// No record: a document whose key the table does not know.
pub(crate) const NO_RECORD: u32 = u32::MAX;

/// One segment's documents: record ordinal and locale id per document.
pub(crate) struct SegmentMap {
    pub ordinals: Vec<u32>,
    pub locales: Vec<u8>,
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
        Ok(SegmentMap { ordinals, locales })
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
        if let Some(map) = self.maps.lock().expect("segment maps lock").get(&id) {
            return Ok(map.clone());
        }
        let map = Arc::new(SegmentMap::build(segment, records)?);
        self.maps
            .lock()
            .expect("segment maps lock")
            .insert(id, map.clone());
        Ok(map)
    }

    /// Forgets every map (after the record table was rebuilt or ordinals were assigned to
    /// documents of segments already mapped), keeping none of `live`'s absent segments.
    pub fn retain(&self, live: &[SegmentId]) {
        self.maps
            .lock()
            .expect("segment maps lock")
            .retain(|id, _| live.contains(id));
    }
}

/// Whether each record is open, for one minute of wall-clock time (schedules are kept to the
/// minute, so every instant of a minute gives the same answer).
pub(crate) struct OpenCache {
    state: Mutex<(i64, Vec<u8>)>,
}

const UNKNOWN: u8 = 0;
const OPEN: u8 = 1;
const CLOSED: u8 = 2;

impl Default for OpenCache {
    fn default() -> Self {
        OpenCache {
            state: Mutex::new((i64::MIN, Vec::new())),
        }
    }
}

impl OpenCache {
    /// Forgets what is known of one record (its schedules changed).
    pub fn forget(&self, ordinal: u32) {
        let mut state = self.state.lock().expect("open cache lock");
        if let Some(s) = state.1.get_mut(ordinal as usize) {
            *s = UNKNOWN;
        }
    }

    /// A view for one query at instant `at`.
    pub fn at(&self, at: Timestamp, slots: usize) -> OpenView<'_> {
        let minute = at.as_second().div_euclid(60);
        let mut state = self.state.lock().expect("open cache lock");
        if state.0 != minute {
            state.0 = minute;
            state.1.clear();
        }
        if state.1.len() < slots {
            state.1.resize(slots, UNKNOWN);
        }
        OpenView {
            state,
            clock: LocalClock::new(at),
        }
    }
}

pub(crate) struct OpenView<'a> {
    state: std::sync::MutexGuard<'a, (i64, Vec<u8>)>,
    clock: LocalClock,
}

impl OpenView<'_> {
    pub fn is_open(&mut self, ordinal: u32, facts: &Facts) -> bool {
        if facts.meta.schedules.is_empty() {
            return false;
        }
        let cell = &mut self.state.1[ordinal as usize];
        if *cell == UNKNOWN {
            *cell = if self.clock.any_open(&facts.meta.schedules) {
                OPEN
            } else {
                CLOSED
            };
        }
        *cell == OPEN
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
