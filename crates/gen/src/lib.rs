//! Synthetic directories for benchmarks and load tests: many services in several languages,
//! written with realistic phrases from `phrases.toml` (not random words), with topics, languages
//! offered, accreditation, places and hours in realistic proportions.
//!
//! Everything it makes is marked as generated (slugs start with `gen-`, the source is
//! `https://example.org/generated`), and it must never be loaded into a real directory or
//! shipped as starter content. Deterministic: the same seed gives the same directory.

use serde::Deserialize;
use std::collections::HashMap;
use vecino_core::{
    Accreditation, AccreditationEvidence, Date, GeoPoint, GeoPrecision, LanguageMode,
    LanguageOffered, LocaleTag, LocalizedText, Location, OpeningHours, Organization, Schedule,
    Service, ServiceAtLocation, ServiceStatus, Slug, Source, TimeRange, Topic, Trust, Weekday,
    stable_id,
};

const PHRASES: &str = include_str!("../phrases.toml");

/// Locales the generated text is written in, with their share of services (per mille).
const LOCALES: [(&str, u32); 6] = [
    ("en", 400),
    ("es", 300),
    ("vi", 90),
    ("zh-Hans", 90),
    ("ar", 60),
    ("tl", 60),
];

#[derive(Deserialize)]
struct Bank {
    services: Vec<String>,
    audiences: Vec<String>,
    details: Vec<String>,
    organizations: Vec<String>,
}

#[derive(Deserialize)]
struct Cities {
    names: Vec<String>,
}

#[derive(Deserialize)]
struct Topics {
    topic_words: HashMap<String, Vec<String>>,
}

/// A small, fast, deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, per_mille: u32) -> bool {
        (self.next() % 1000) < u64::from(per_mille)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// A generated directory.
pub struct Directory {
    pub organizations: Vec<Organization>,
    pub services: Vec<Service>,
}

fn source() -> Trust {
    Trust {
        sources: vec![
            Source::new("Generated for benchmarks", "https://example.org/generated")
                .expect("valid"),
        ],
        verified_at: None,
        verifier: None,
        changed_since_check: None,
        kept: None,
        source_checked_on: None,
    }
}

/// What a generated accreditation rests on: generated too, never a real roster.
fn generated_evidence() -> AccreditationEvidence {
    AccreditationEvidence {
        as_of: Date::constant(2026, 1, 1),
        source: Source::new("Generated for benchmarks", "https://example.org/generated")
            .expect("valid"),
        decided_by: "generated".to_owned(),
    }
}

fn text(locale: &str, s: String) -> LocalizedText {
    LocalizedText::original(LocaleTag::parse(locale).expect("valid tag"), s).expect("non-empty")
}

/// Generates `services` services (and one organization per 20), deterministically from `seed`.
pub fn directory(services: usize, seed: u64) -> Directory {
    let raw: toml::Table = toml::from_str(PHRASES).expect("phrases.toml parses");
    let banks: HashMap<&str, Bank> = LOCALES
        .iter()
        .map(|(locale, _)| {
            let bank: Bank = raw[*locale]
                .clone()
                .try_into()
                .expect("a phrase bank per locale");
            (*locale, bank)
        })
        .collect();
    let cities: Cities = raw["cities"].clone().try_into().expect("cities");
    let topics: Topics = raw["topics"].clone().try_into().expect("topic words");
    let topic_words: Vec<(Topic, Vec<String>)> = topics
        .topic_words
        .into_iter()
        .filter_map(|(slug, words)| Some((Topic::parse(&slug).ok()?, words)))
        .collect();

    let mut rng = Rng(seed.max(1));
    let org_count = services.div_ceil(20).max(1);
    let mut organizations = Vec::with_capacity(org_count);
    let mut org_places = Vec::with_capacity(org_count);
    for i in 0..org_count {
        let locale = pick_locale(&mut rng);
        let city = rng.pick(&cities.names).clone();
        let pattern = rng.pick(&banks[locale].organizations);
        let slug = Slug::parse(&format!("gen-org-{i}")).expect("valid");
        organizations.push(Organization {
            id: stable_id("organization", &slug),
            slug,
            name: text(locale, pattern.replace("{city}", &city)),
            description: None,
            url: None,
            email: None,
            phones: Vec::new(),
            trust: source(),
        });
        // Somewhere in the contiguous United States.
        let point = GeoPoint::new(
            25.0 + rng.unit() * 23.0,
            -124.0 + rng.unit() * 54.0,
            GeoPrecision::City,
        )
        .expect("on Earth");
        org_places.push((city, point, locale));
    }

    let weekdays = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
    ];
    let offered = ["es", "en", "vi", "zh", "ar", "tl", "ko", "ru", "ht", "pt"];
    let mut generated = Vec::with_capacity(services);
    for i in 0..services {
        let org_index = rng.below(org_count);
        let (city, point, org_locale) = &org_places[org_index];
        let locale = if rng.chance(700) {
            *org_locale
        } else {
            pick_locale(&mut rng)
        };
        let bank = &banks[locale];
        let service_name = rng.pick(&bank.services).clone();
        let name = if rng.chance(400) {
            format!("{service_name} {}", rng.pick(&bank.audiences))
        } else {
            service_name.clone()
        };
        let sentences = 1 + rng.below(3);
        let description = (0..sentences)
            .map(|_| rng.pick(&bank.details).as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let lower = service_name.to_lowercase();
        let mut service_topics: Vec<Topic> = topic_words
            .iter()
            .filter(|(_, words)| words.iter().any(|w| lower.contains(w.as_str())))
            .map(|(t, _)| *t)
            .collect();
        if service_topics.is_empty() {
            service_topics.push(*rng.pick(Topic::ALL));
        }
        service_topics.sort();
        service_topics.dedup();
        let legal = service_topics
            .iter()
            .any(|t| matches!(t, Topic::LegalAid | Topic::Citizenship | Topic::Daca));
        let languages = (0..1 + rng.below(3))
            .map(|_| LanguageOffered {
                code: LocaleTag::parse(offered[rng.below(offered.len())]).expect("valid"),
                how: *rng.pick(&[
                    LanguageMode::BilingualStaff,
                    LanguageMode::Interpreter,
                    LanguageMode::WrittenMaterial,
                ]),
            })
            .collect();
        let slug = Slug::parse(&format!("gen-svc-{i}")).expect("valid");
        let location_slug = Slug::parse(&format!("gen-place-{org_index}")).expect("valid");
        let timezone = if point.longitude() < -115.0 {
            "America/Los_Angeles"
        } else {
            "America/New_York"
        };
        let schedule = rng.chance(400).then(|| {
            let hours = TimeRange {
                opens: "09:00".parse().expect("time"),
                closes: "17:00".parse().expect("time"),
            };
            Schedule::new(
                timezone,
                weekdays
                    .iter()
                    .map(|d| OpeningHours { weekday: *d, hours })
                    .collect(),
                Vec::new(),
            )
            .expect("valid schedule")
        });
        let mut trust = source();
        if rng.chance(300) {
            trust.verified_at = Some(vecino_core::Timestamp::UNIX_EPOCH);
            trust.verifier = Some("generator".into());
        }
        let mut service = Service {
            id: stable_id("service", &slug),
            organization_id: organizations[org_index].id,
            name: text(locale, name),
            description: text(locale, description),
            slug,
            status: ServiceStatus::Active,
            topics: service_topics,
            languages,
            accreditation: (legal && rng.chance(150))
                .then_some(Accreditation::DojRecognizedOrganization),
            accreditation_evidence: None,
            free: rng.chance(500).then_some(true),
            url: None,
            email: None,
            phones: Vec::new(),
            schedule: None,
            locations: vec![ServiceAtLocation {
                id: stable_id(
                    "service_at_location",
                    &Slug::parse(&format!("gen-sal-{i}")).expect("valid"),
                ),
                location: Location {
                    id: stable_id("location", &location_slug),
                    slug: location_slug,
                    name: Some(text("en", city.clone())),
                    address: None,
                    point: Some(*point),
                    timezone: timezone.into(),
                    accessibility: Vec::new(),
                },
                schedule,
                service_areas: Vec::new(),
            }],
            trust,
            details: Default::default(),
            review_interval_days: None,
            safety: Default::default(),
        };
        if service.accreditation.is_some() {
            service.accreditation_evidence = Some(generated_evidence());
        }
        generated.push(service);
    }
    Directory {
        organizations,
        services: generated,
    }
}

fn pick_locale(rng: &mut Rng) -> &'static str {
    let mut roll = (rng.next() % 1000) as u32;
    for (locale, share) in LOCALES {
        if roll < share {
            return locale;
        }
        roll -= share;
    }
    "en"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_directory() {
        let a = directory(300, 7);
        let b = directory(300, 7);
        assert_eq!(a.services.len(), 300);
        assert_eq!(a.services, b.services);
        assert_ne!(directory(300, 8).services, a.services);
    }

    #[test]
    fn generated_records_are_valid_marked_and_multilingual() {
        let d = directory(2000, 1);
        for s in &d.services {
            s.validate().unwrap();
            assert!(s.slug.as_str().starts_with("gen-"));
            assert_eq!(
                s.trust.sources[0].url.as_str(),
                "https://example.org/generated"
            );
        }
        for o in &d.organizations {
            o.validate().unwrap();
        }
        let locales: std::collections::HashSet<_> = d
            .services
            .iter()
            .map(|s| s.name.source_locale().to_string())
            .collect();
        assert!(locales.len() >= 5, "{locales:?}");
    }
}
