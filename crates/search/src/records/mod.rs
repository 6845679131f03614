//! The table of records beside the index: each record's filterable facts by a dense ordinal,
//! so filters, facets and boosts over tens of thousands of matches read flat arrays instead of
//! hashing keys; and, per index segment, each document's record ordinal and locale.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};

use tantivy::index::SegmentId;
use tantivy::{DocId, SegmentReader};
use vecino_core::{Date, GeoPoint, Intake, ReviewPolicy, ServiceStatus, Timestamp};

use crate::document::RecordMeta;

mod open;
mod segments;

pub(crate) use open::{OpenCache, OpenView};
pub(crate) use segments::{FilterKey, NO_RECORD, SegmentMap, SegmentMaps};

/// A record's facts in the form the query loop reads them: flat, no pointers, so filtering and
/// counting tens of thousands of matches stays in cache.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Facts {
    pub key: u64,
    /// Bit `t` set for `Topic::ALL[t]`.
    pub topics: u64,
    /// Bit `i` set for interned language `i` (< 64); see [`Facts::MORE_LANGUAGES`].
    pub languages: u64,
    /// Bounding box of the record's places (min lat, max lat, min lon, max lon), widened a
    /// little so the `f32` rounding never excludes a place.
    pub bbox: [f32; 4],
    pub kind: u8,
    /// `Accreditation as u8`, or [`Facts::NONE`].
    pub accreditation: u8,
    /// 0 = not free, 1 = free, [`Facts::NONE`] = unknown.
    pub free: u8,
    /// The ages it states it serves, inclusive (0 and 255 when it states none).
    pub min_age: u8,
    pub max_age: u8,
    pub flags: u16,
    /// The last day (see [`day_number`]) it is current: after it, it "may be out of date" and
    /// ranks lower. `i32::MIN` for a listing nobody has checked, `i32::MAX` for a record with
    /// no review (not a service).
    pub due: i32,
    /// The last day search shows it: `i32::MIN` for an ended service (inactive, defunct),
    /// `i32::MAX` for one that never expires (kept by an admin, never checked, not a service).
    pub until: i32,
}

impl Facts {
    pub const NONE: u8 = u8::MAX;
    pub const VERIFIED: u16 = 1;
    pub const SCHEDULES: u16 = 2;
    pub const PLACES: u16 = 4;
    /// Offers languages interned at 64 or above: read them from the record's meta.
    pub const MORE_LANGUAGES: u16 = 8;
    /// A known fact says it does not ask about immigration status.
    pub const NO_STATUS_QUESTIONS: u16 = 16;
    /// A known fact says no ID is needed.
    pub const NO_ID: u16 = 32;
    /// Its capacity has room for new clients.
    pub const ACCEPTING: u16 = 64;
    /// It states an age range (`min_age`, `max_age`).
    pub const AGES: u16 = 128;

    pub fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// Whether search shows it on day `today` (see [`day_number`]).
    pub fn listed_on(&self, today: i32) -> bool {
        today <= self.until
    }

    /// Whether it is past its review interval, or was never checked, on day `today`.
    pub fn doubtful_on(&self, today: i32) -> bool {
        today > self.due
    }

    /// Whether it states that it serves people of `age`.
    pub fn states_age(&self, age: u8) -> bool {
        self.has(Facts::AGES) && (self.min_age..=self.max_age).contains(&age)
    }

    /// Whether its stated ages (if any) let a person of `age` in.
    pub fn admits_age(&self, age: u8) -> bool {
        !self.has(Facts::AGES) || self.states_age(age)
    }
}

/// Days since 1970-01-01 (negative before), for comparing days as integers.
pub(crate) fn day_number(date: Date) -> i32 {
    // Howard Hinnant's `days_from_civil`.
    let (y, m, d) = (
        i64::from(date.year()),
        i64::from(date.month()),
        i64::from(date.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) as i32
}

/// The day (UTC) of an instant, as [`day_number`] counts.
pub(crate) fn day_of(at: Timestamp) -> i32 {
    at.as_second().div_euclid(86_400) as i32
}

/// A record's review days (`due`, `until`) under `policy`, as `Service::freshness` and
/// `Service::is_listed` judge them: current through `checked + interval`, hidden after
/// `checked + 2 × interval` unless kept; an ended service is never listed.
fn review_days(meta: &RecordMeta, policy: &ReviewPolicy) -> (i32, i32) {
    let listing = &meta.listing;
    let Some(status) = listing.status else {
        return (i32::MAX, i32::MAX);
    };
    if !matches!(
        status,
        ServiceStatus::Active | ServiceStatus::TemporarilyClosed
    ) {
        return (i32::MIN, i32::MIN);
    }
    let Some(checked) = listing.last_checked else {
        return (i32::MIN, i32::MAX);
    };
    let days = i32::from(
        policy
            .interval_days(&meta.topics, listing.review_interval_days)
            .max(1),
    );
    let checked = day_number(checked);
    let until = if listing.kept {
        i32::MAX
    } else {
        checked.saturating_add(2 * days)
    };
    (checked.saturating_add(days), until)
}

/// Records by ordinal. An ordinal is assigned when a key is first seen and never changes or
/// moves to another key while the table lives (a deleted record leaves an empty slot), so the
/// per-segment maps of documents to ordinals stay true.
#[derive(Default)]
pub(crate) struct Records {
    by_key: HashMap<u64, u32>,
    facts: Vec<Facts>,
    metas: Vec<Option<Arc<RecordMeta>>>,
    live: usize,
    /// Primary language subtags, interned.
    languages: Vec<String>,
    language_ids: HashMap<String, u16>,
    /// The live records per facet value, kept as records change.
    bits: FacetBits,
    /// The review intervals the facts' `due` and `until` were worked out with.
    policy: ReviewPolicy,
}

/// Per facet value, the live records that have it, as bitsets over ordinals: a large result
/// set's facets are then counted a word (64 records) at a time, not record by record.
#[derive(Default)]
pub(crate) struct FacetBits {
    pub kind: [Vec<u64>; 4],
    /// By topic bit (see [`Facts::topics`]).
    pub topic: Vec<Vec<u64>>,
    /// By interned language id, every id (also those at 64 or above).
    pub language: Vec<Vec<u64>>,
    /// By `Accreditation as u8`.
    pub accreditation: [Vec<u64>; 3],
    pub free: Vec<u64>,
    pub no_status_questions: Vec<u64>,
    pub no_id: Vec<u64>,
    pub accepting: Vec<u64>,
    /// Records that state ages.
    pub ages: Vec<u64>,
    /// Records with schedules (which "open now" may count).
    pub schedules: Vec<u64>,
    /// Every live record.
    pub live: Vec<u64>,
}

fn set_bit(bits: &mut Vec<u64>, ordinal: u32, on: bool) {
    let (word, bit) = (ordinal as usize / 64, 1u64 << (ordinal % 64));
    if bits.len() <= word {
        if !on {
            return;
        }
        bits.resize(word + 1, 0);
    }
    if on {
        bits[word] |= bit;
    } else {
        bits[word] &= !bit;
    }
}

impl FacetBits {
    /// Sets (`on`) or clears a record's bits.
    fn mark(&mut self, ordinal: u32, facts: &Facts, languages: &[u16], on: bool) {
        set_bit(&mut self.live, ordinal, on);
        set_bit(&mut self.kind[usize::from(facts.kind) % 4], ordinal, on);
        let mut topics = facts.topics;
        while topics != 0 {
            let t = topics.trailing_zeros() as usize;
            if self.topic.len() <= t {
                self.topic.resize_with(t + 1, Vec::new);
            }
            set_bit(&mut self.topic[t], ordinal, on);
            topics &= topics - 1;
        }
        for &id in languages {
            let id = usize::from(id);
            if self.language.len() <= id {
                self.language.resize_with(id + 1, Vec::new);
            }
            set_bit(&mut self.language[id], ordinal, on);
        }
        if facts.accreditation != Facts::NONE {
            set_bit(
                &mut self.accreditation[usize::from(facts.accreditation) % 3],
                ordinal,
                on,
            );
        }
        if facts.free == 1 {
            set_bit(&mut self.free, ordinal, on);
        }
        for (flag, bits) in [
            (Facts::NO_STATUS_QUESTIONS, &mut self.no_status_questions),
            (Facts::NO_ID, &mut self.no_id),
            (Facts::ACCEPTING, &mut self.accepting),
            (Facts::AGES, &mut self.ages),
        ] {
            if facts.has(flag) {
                set_bit(bits, ordinal, on);
            }
        }
        if facts.has(Facts::SCHEDULES) {
            set_bit(&mut self.schedules, ordinal, on);
        }
    }
}

fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

impl Records {
    pub fn len(&self) -> usize {
        self.live
    }

    pub fn slots(&self) -> usize {
        self.facts.len()
    }

    pub fn ordinal(&self, key: u64) -> Option<u32> {
        self.by_key.get(&key).copied()
    }

    /// Whether a record is live (as [`Records::facts`] would tell, from a bitset).
    pub fn is_live(&self, ordinal: u32) -> bool {
        self.bits
            .live
            .get(ordinal as usize / 64)
            .is_some_and(|word| word & (1 << (ordinal % 64)) != 0)
    }

    /// Whether a record is live and shown on day `today` (see [`day_number`]).
    pub fn is_listed(&self, ordinal: u32, today: i32) -> bool {
        self.is_live(ordinal)
            && self
                .facts
                .get(ordinal as usize)
                .is_some_and(|f| f.listed_on(today))
    }

    /// The review intervals in force.
    pub fn policy(&self) -> &ReviewPolicy {
        &self.policy
    }

    /// Works out every record's review days again under `policy`.
    pub fn set_policy(&mut self, policy: ReviewPolicy) {
        if policy == self.policy {
            return;
        }
        self.policy = policy;
        for (facts, meta) in self.facts.iter_mut().zip(&self.metas) {
            if let Some(meta) = meta {
                (facts.due, facts.until) = review_days(meta, &self.policy);
            }
        }
    }

    /// The facts of a live record.
    pub fn facts(&self, ordinal: u32) -> Option<&Facts> {
        let i = ordinal as usize;
        self.metas.get(i)?.as_ref()?;
        self.facts.get(i)
    }

    pub fn meta(&self, ordinal: u32) -> Option<&Arc<RecordMeta>> {
        self.metas.get(ordinal as usize)?.as_ref()
    }

    /// Every live record's facts as given.
    pub fn metas(&self) -> impl Iterator<Item = &Arc<RecordMeta>> {
        self.metas.iter().flatten()
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

    /// The live records per facet value.
    pub fn facet_bits(&self) -> &FacetBits {
        &self.bits
    }

    /// A live record's offered languages, interned (deduplicated).
    fn language_ids_of(&self, meta: &RecordMeta) -> Vec<u16> {
        let mut ids: Vec<u16> = meta
            .languages
            .iter()
            .filter_map(|l| self.language_id(l))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
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
        let mut flags = 0;
        let mut languages = 0u64;
        for l in &meta.languages {
            match self.intern(l) {
                id @ 0..64 => languages |= 1u64 << id,
                _ => flags |= Facts::MORE_LANGUAGES,
            }
        }
        if meta.verified {
            flags |= Facts::VERIFIED;
        }
        if !meta.schedules.is_empty() {
            flags |= Facts::SCHEDULES;
        }
        let listing = &meta.listing;
        if listing.no_status_questions {
            flags |= Facts::NO_STATUS_QUESTIONS;
        }
        if listing.no_id {
            flags |= Facts::NO_ID;
        }
        if listing.intake == Some(Intake::Accepting) {
            flags |= Facts::ACCEPTING;
        }
        if listing.minimum_age.is_some() || listing.maximum_age.is_some() {
            flags |= Facts::AGES;
        }
        let (due, until) = review_days(&meta, &self.policy);
        let bbox = match bbox(&meta.points) {
            Some(b) => {
                flags |= Facts::PLACES;
                b
            }
            None => [0.0; 4],
        };
        let facts = Facts {
            key,
            topics: meta
                .topics
                .iter()
                .fold(0u64, |bits, t| bits | 1u64 << (*t as u32 % 64)),
            languages,
            bbox,
            kind: meta.kind as u8,
            accreditation: meta.accreditation.map_or(Facts::NONE, |a| a as u8),
            free: meta.free.map_or(Facts::NONE, u8::from),
            min_age: listing.minimum_age.unwrap_or(0),
            max_age: listing.maximum_age.unwrap_or(u8::MAX),
            flags,
            due,
            until,
        };
        let ordinal = match self.by_key.get(&key) {
            Some(o) => *o,
            None => {
                let o = u32::try_from(self.facts.len()).expect("fewer than 2^32 records");
                self.facts.push(facts);
                self.metas.push(None);
                self.by_key.insert(key, o);
                o
            }
        };
        let i = ordinal as usize;
        match self.metas[i].take() {
            None => self.live += 1,
            Some(old) => {
                let ids = self.language_ids_of(&old);
                self.bits.mark(ordinal, &self.facts[i], &ids, false);
            }
        }
        let ids = self.language_ids_of(&meta);
        self.bits.mark(ordinal, &facts, &ids, true);
        self.facts[i] = facts;
        self.metas[i] = Some(meta);
        ordinal
    }

    pub fn remove(&mut self, key: u64) {
        let Some(&o) = self.by_key.get(&key) else {
            return;
        };
        if let Some(old) = self.metas.get_mut(o as usize).and_then(Option::take) {
            self.live -= 1;
            let ids = self.language_ids_of(&old);
            self.bits.mark(o, &self.facts[o as usize], &ids, false);
        }
    }
}

fn bbox(points: &[GeoPoint]) -> Option<[f32; 4]> {
    const MARGIN: f64 = 0.001;
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
    Some([
        (b.0 - MARGIN) as f32,
        (b.1 + MARGIN) as f32,
        (b.2 - MARGIN) as f32,
        (b.3 + MARGIN) as f32,
    ])
}

/// Takes a cache's lock. The locks in these modules guard caches only, rebuilt on demand: one
/// poisoned by a panic is taken back with what it held forgotten (`reset`), so a search never
/// panics on it. (Locks guarding the index's own state report [`crate::Error::Poisoned`].) The
/// open-cache cells are atomics, always whole, so their lock is taken back as it is.
fn cache_lock<'a, T>(lock: &'a Mutex<T>, reset: impl FnOnce(&mut T)) -> MutexGuard<'a, T> {
    lock.lock().unwrap_or_else(|poisoned| {
        let mut guard = poisoned.into_inner();
        reset(&mut guard);
        lock.clear_poison();
        guard
    })
}

#[cfg(test)]
mod tests {
    use vecino_core::{EntityKind, Freshness, Id, ReviewPolicy, ServiceStatus, Slug, Topic};

    use super::{day_number, review_days};
    use crate::document::{Listing, RecordMeta};

    fn meta(listing: Listing, topics: Vec<Topic>) -> RecordMeta {
        RecordMeta {
            kind: EntityKind::Service,
            id: Id::parse("6f0c8a52-93a5-5f44-9c4c-1a0e3d2b7c11").unwrap(),
            slug: Slug::parse("clinic").unwrap(),
            topics,
            languages: Vec::new(),
            accreditation: None,
            free: None,
            verified: false,
            points: Vec::new(),
            schedules: Vec::new(),
            listing,
        }
    }

    /// The table's day numbers (what search filters and ranks by) say what core's rule says
    /// (what the offline app's browse lists and the pages use), day by day, for every status,
    /// kept or not, checked or never, on its own interval or its topics'.
    #[test]
    fn the_fast_days_agree_with_the_rule() {
        let policy = ReviewPolicy::default();
        let checked: vecino_core::Date = "2026-01-01".parse().unwrap();
        for status in ServiceStatus::ALL {
            for kept in [false, true] {
                for last_checked in [None, Some(checked)] {
                    for (own, topics) in [
                        (None, vec![Topic::Health]),
                        (None, vec![Topic::Health, Topic::LegalAid]),
                        (Some(30), vec![Topic::LegalAid]),
                    ] {
                        let m = meta(
                            Listing {
                                status: Some(status),
                                kept,
                                last_checked,
                                review_interval_days: own,
                                ..Listing::default()
                            },
                            topics,
                        );
                        let (due, until) = review_days(&m, &policy);
                        for n in 0..400 {
                            let today = checked.saturating_add(jiff::Span::new().days(n));
                            let s = m.listing.standing(&m.topics, &policy, today).unwrap();
                            let day = day_number(today);
                            assert_eq!(s.listed, day <= until, "{status:?} {kept} {n}");
                            if s.listed {
                                assert_eq!(s.freshness.is_doubtful(), day > due, "{status:?} {n}");
                            }
                            if !s.listed && matches!(status, ServiceStatus::Active) {
                                assert!(matches!(s.freshness, Freshness::Expired { .. }));
                            }
                        }
                    }
                }
            }
        }
    }
}
