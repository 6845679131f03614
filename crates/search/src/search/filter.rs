//! The filters of a search, prepared against the records table: which records pass (kind,
//! topic, language offered, accreditation, free, no status questions, no ID, accepting new
//! clients, age, open now, near, a set of ids) and how far each is. Whether a listing is shown
//! at all (ended, or past twice its review interval) is the collector's, by the day. It must
//! never score or rank.

use vecino_core::GeoPoint;

use super::Filters;
use crate::records::{Facts, NO_RECORD, OpenView, Records};

/// A language tag's primary subtag (`es` of `es-MX`).
pub(super) fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// The filters, prepared for the records table.
pub(super) struct Acceptor<'a> {
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
    pub(super) fn new(filters: &'a Filters, records: &'a Records) -> Self {
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
    /// accreditation, free, the safety facts, intake, age) as one key, or `None` when there
    /// are none.
    pub(super) fn static_key(&self) -> Option<crate::records::FilterKey> {
        let f = self.filters;
        if self.kinds == 0
            && self.topics == 0
            && self.language.is_none()
            && !f.accredited
            && f.free.is_none()
            && self.flags() == 0
            && f.age.is_none()
            && self.grid.is_none()
        {
            return None;
        }
        let age: u128 = f.age.map_or(0, |a| 1 << 8 | u128::from(a));
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
                | u128::from(f.accredited) << 92
                | u128::from(self.flags()) << 93
                | age << 109,
            self.grid,
        ))
    }

    /// The facts flags every result must have.
    fn flags(&self) -> u16 {
        let f = self.filters;
        let mut flags = 0;
        if f.no_status_questions {
            flags |= Facts::NO_STATUS_QUESTIONS;
        }
        if f.no_id {
            flags |= Facts::NO_ID;
        }
        if f.accepting {
            flags |= Facts::ACCEPTING;
        }
        flags
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
        let flags = self.flags();
        if r.flags & flags != flags {
            return false;
        }
        if let Some(age) = f.age
            && !r.admits_age(age)
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
    pub(super) fn documents(&self, map: &crate::records::SegmentMap) -> Vec<u64> {
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
    pub(super) fn admits_all(&self) -> bool {
        self.static_key().is_none()
            && self.near.is_none()
            && self.filters.open_at.is_none()
            && self.filters.ids.is_none()
    }

    /// Whether a record passes; `Some(distance)` when it does (distance only with `near`).
    pub(super) fn admit(
        &self,
        ordinal: u32,
        r: &Facts,
        open: &mut OpenView<'_>,
    ) -> Option<Option<f64>> {
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
