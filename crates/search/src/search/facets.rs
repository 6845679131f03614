//! Facet counts of a search's results (kind, topic, language offered, accreditation, free,
//! open now, no status questions, no ID, accepting new clients, ages), counted record by record or from the records table's bitsets, which must agree.
//! It must never decide which records are results.

use vecino_core::{EntityKind, Topic};

use super::Facets;
use crate::records::{Facts, OpenView, Records};

/// into [`Facets`] once.
pub(super) struct FacetCounter {
    kind: [usize; 4],
    topic: [usize; 64],
    languages: Vec<usize>,
    accreditation: [usize; 3],
    free: usize,
    open_now: usize,
    no_status_questions: usize,
    no_id: usize,
    accepting: usize,
    for_age: usize,
}

impl FacetCounter {
    pub(super) fn new(languages: usize) -> Self {
        FacetCounter {
            kind: [0; 4],
            topic: [0; 64],
            languages: vec![0; languages],
            accreditation: [0; 3],
            free: 0,
            open_now: 0,
            no_status_questions: 0,
            no_id: 0,
            accepting: 0,
            for_age: 0,
        }
    }

    pub(super) fn count(
        &mut self,
        ordinal: u32,
        r: &Facts,
        records: &Records,
        open: &mut OpenView<'_>,
        age: Option<u8>,
    ) {
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
        self.no_status_questions += usize::from(r.has(Facts::NO_STATUS_QUESTIONS));
        self.no_id += usize::from(r.has(Facts::NO_ID));
        self.accepting += usize::from(r.has(Facts::ACCEPTING));
        self.for_age += usize::from(age.map_or(r.has(Facts::AGES), |a| r.states_age(a)));
    }

    /// Counts the records of `results` (a bitset over ordinals) by the record table's bitsets.
    pub(super) fn count_bits(
        &mut self,
        results: &[u64],
        records: &Records,
        open: &mut OpenView<'_>,
        age: Option<u8>,
    ) {
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
        self.no_status_questions += n(&bits.no_status_questions);
        self.no_id += n(&bits.no_id);
        self.accepting += n(&bits.accepting);
        self.for_age += match age {
            None => n(&bits.ages),
            // Few records state ages: those among the results are read one by one.
            Some(age) => {
                let mut count = 0;
                for (i, (a, b)) in results.iter().zip(&bits.ages).enumerate() {
                    let mut word = a & b;
                    while word != 0 {
                        let ordinal = i as u32 * 64 + word.trailing_zeros();
                        word &= word - 1;
                        count +=
                            usize::from(records.facts(ordinal).is_some_and(|f| f.states_age(age)));
                    }
                }
                count
            }
        };
        if n(&bits.schedules) > 0 {
            self.open_now += n(&open.all_open(records));
        }
    }

    pub(super) fn finish(self, records: &Records) -> Facets {
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
            no_status_questions: self.no_status_questions,
            no_id: self.no_id,
            accepting: self.accepting,
            for_age: self.for_age,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use vecino_core::{Id, Slug, Timestamp};

    use super::*;

    /// Facets counted record by record and from the record table's bitsets agree, for any
    /// set of results, after records are replaced and removed, with languages interned past
    /// the 64 a record's facts hold as bits.
    #[test]
    fn facets_from_bitsets_match_facets_counted_one_by_one() {
        use crate::document::RecordMeta;
        use vecino_core::{Accreditation, Intake, Schedule};
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
            listing: crate::document::Listing {
                no_status_questions: next(3) == 0,
                no_id: next(3) == 0,
                intake: [None, Some(Intake::Accepting), Some(Intake::Waitlist)][next(3) as usize],
                minimum_age: [None, Some(12), Some(18)][next(3) as usize],
                maximum_age: [None, Some(17), Some(64)][next(3) as usize].filter(|_| next(2) == 0),
                ..Default::default()
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
        for round in 0..40 {
            let age = [None, Some(16), Some(30)][round as usize % 3];
            let chosen: Vec<u32> = (0..records.slots() as u32)
                .filter(|o| records.facts(*o).is_some() && next(4) < 1 + round % 4)
                .collect();
            let mut one_by_one = FacetCounter::new(records.language_count());
            let mut by_bits = FacetCounter::new(records.language_count());
            let mut results = vec![0u64; records.slots().div_ceil(64)];
            let mut view = open.at(now, records.slots());
            for &o in &chosen {
                one_by_one.count(o, records.facts(o).unwrap(), &records, &mut view, age);
                results[o as usize / 64] |= 1 << (o % 64);
            }
            by_bits.count_bits(&results, &records, &mut view, age);
            drop(view);
            let (a, b) = (one_by_one.finish(&records), by_bits.finish(&records));
            assert_eq!(format!("{a:?}"), format!("{b:?}"), "round {round}");
            assert!(a.open_now > 0 && a.offers_language.len() > 40, "{a:?}");
            assert!(
                a.no_status_questions > 0 && a.no_id > 0 && a.accepting > 0 && a.for_age > 0,
                "{a:?}"
            );
        }
    }
}
