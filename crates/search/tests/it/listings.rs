//! Listings as a resident acts on them: the "is it safe for me" facts, intake and ages as
//! filters, facet counts and glossary words; what eligibility and fees say found in every
//! language they have; and freshness judged on the day of the search — a listing past its
//! review interval ranks lower, one past twice it (unless kept) or ended is not found.

use vecino_core::{
    AsksStatus, Capacity, Date, IdNeeded, Intake, Kept, Known, LocaleTag, LocalizedText,
    ReviewPolicy, SafetyFacts, Service, ServiceStatus, Slug, Source, Timestamp, Topic, Trust,
    stable_id,
};
use vecino_search::{Facets, Filters, IndexRecord, SearchIndex, SearchRequest, SearchResults};

fn text(locale: &str, words: &str) -> LocalizedText {
    LocalizedText::original(LocaleTag::parse(locale).unwrap(), words).unwrap()
}

fn day(s: &str) -> Date {
    s.parse().unwrap()
}

/// Noon UTC of a day: what a search on that day is run at.
fn noon(s: &str) -> Timestamp {
    format!("{s}T12:00:00Z").parse().unwrap()
}

fn known<T>(value: T) -> Option<Known<T>> {
    Some(Known {
        value,
        source: Source::new("Clinic FAQ", "https://example.org/faq").unwrap(),
        checked: day("2026-11-30"),
    })
}

fn service(slug: &str, name: &str, description: &str) -> Service {
    let slug = Slug::parse(slug).unwrap();
    Service {
        id: stable_id("service", &slug),
        organization_id: stable_id("organization", &Slug::parse("org").unwrap()),
        name: text("en", name),
        description: text("en", description),
        slug,
        status: ServiceStatus::Active,
        topics: vec![Topic::Health],
        languages: vec![],
        accreditation: None,
        accreditation_evidence: None,
        free: None,
        url: None,
        email: None,
        phones: vec![],
        schedule: None,
        locations: vec![],
        trust: Trust {
            sources: vec![Source::new("Example", "https://example.org/").unwrap()],
            verified_at: None,
            verifier: None,
            changed_since_check: None,
            kept: None,
            source_checked_on: Some(day("2026-11-01")),
        },
        details: Default::default(),
        review_interval_days: None,
        safety: SafetyFacts::default(),
    }
}

fn capacity(available: f64) -> Capacity {
    Capacity {
        available,
        maximum: Some(10.0),
        unit: "appointments".into(),
        description: None,
        updated: "2026-12-01T00:00:00Z".parse().unwrap(),
    }
}

fn index_of(services: &[Service]) -> SearchIndex {
    let index = SearchIndex::in_memory().unwrap();
    for s in services {
        index.upsert(&IndexRecord::service(s, None)).unwrap();
    }
    index.commit(1).unwrap();
    index
}

fn run(index: &SearchIndex, q: &str, lang: &str, filters: Filters, on: &str) -> SearchResults {
    let request = SearchRequest {
        query: q.into(),
        locales: vec![lang.into(), "en".into()],
        filters,
        page: 1,
        per_page: 10,
    };
    index.search_at(&request, noon(on)).unwrap()
}

fn slugs(results: &SearchResults) -> Vec<String> {
    results.hits.iter().map(|h| h.slug.to_string()).collect()
}

const TODAY: &str = "2026-12-07";

/// Three clinics written in English: free and does not ask about status; free and asks (and
/// says "free" in its text, which the first does not); not free. The facts do the rest.
fn clinics() -> Vec<Service> {
    let mut safe = service(
        "eastside-clinic",
        "Eastside community clinic",
        "Primary care and checkups.",
    );
    safe.free = Some(true);
    safe.safety.asks_status = known(AsksStatus::No);
    safe.safety.id_needed = known(IdNeeded::None);
    safe.details.capacity = vec![capacity(4.0)];
    safe.details.maximum_age = Some(17);
    let mut asks = service(
        "westside-clinic",
        "Westside community clinic",
        "Free primary care and checkups.",
    );
    asks.free = Some(true);
    asks.safety.asks_status = known(AsksStatus::Yes);
    asks.safety.id_needed = known(IdNeeded::GovernmentId);
    asks.details.capacity = vec![capacity(0.0)];
    let mut paid = service(
        "northside-clinic",
        "Northside community clinic",
        "Primary care and checkups.",
    );
    paid.free = Some(false);
    paid.details.minimum_age = Some(18);
    vec![safe, asks, paid]
}

#[test]
fn a_spanish_query_finds_the_free_clinic_that_does_not_ask_about_status_first() {
    let index = index_of(&clinics());
    let found = slugs(&run(
        &index,
        "clínica gratis sin papeles",
        "es",
        Filters::default(),
        TODAY,
    ));
    assert_eq!(found.first().map(String::as_str), Some("eastside-clinic"));
    let asks = found.iter().position(|s| s == "westside-clinic");
    assert!(asks.is_some_and(|p| p > 0), "{found:?}");
    // The words residents use for the facts themselves, in other languages.
    for (q, lang) in [
        ("no preguntan estatus", "es"),
        ("sin identificación", "es"),
        ("không hỏi tình trạng di trú", "vi"),
        ("不问移民身份", "zh-Hans"),
        ("بدون أوراق", "ar"),
        ("san papye", "ht"),
        ("no ID needed", "en"),
    ] {
        let found = slugs(&run(&index, q, lang, Filters::default(), TODAY));
        assert_eq!(
            found.first().map(String::as_str),
            Some("eastside-clinic"),
            "{q}: {found:?}"
        );
    }
}

#[test]
fn the_safety_facts_intake_and_ages_filter_and_count() {
    let index = index_of(&clinics());
    let all = run(&index, "clinic", "en", Filters::default(), TODAY);
    assert_eq!(all.total, 3);
    let Facets {
        free,
        no_status_questions,
        no_id,
        accepting,
        for_age,
        ..
    } = all.facets;
    assert_eq!(
        (free, no_status_questions, no_id, accepting, for_age),
        (2, 1, 1, 1, 2)
    );
    let only = |filters: Filters| slugs(&run(&index, "clinic", "en", filters, TODAY));
    let east = vec!["eastside-clinic".to_owned()];
    assert_eq!(
        only(Filters {
            no_status_questions: true,
            ..Default::default()
        }),
        east
    );
    assert_eq!(
        only(Filters {
            no_id: true,
            ..Default::default()
        }),
        east
    );
    assert_eq!(
        only(Filters {
            accepting: true,
            ..Default::default()
        }),
        east
    );
    // A waitlist is not "accepting"; unknown facts never pass a filter.
    let mut teen = only(Filters {
        age: Some(16),
        ..Default::default()
    });
    teen.sort();
    assert_eq!(teen, ["eastside-clinic", "westside-clinic"]);
    let adult = run(
        &index,
        "clinic",
        "en",
        Filters {
            age: Some(40),
            ..Default::default()
        },
        TODAY,
    );
    let mut adults = slugs(&adult);
    adults.sort();
    assert_eq!(adults, ["northside-clinic", "westside-clinic"]);
    // With an age, the facet counts the results that state they serve it.
    assert_eq!(adult.facets.for_age, 1);
    let free_and_safe = run(
        &index,
        "clinic",
        "en",
        Filters {
            free: Some(true),
            no_status_questions: true,
            ..Default::default()
        },
        TODAY,
    );
    assert_eq!(slugs(&free_and_safe), east);
    assert_eq!(free_and_safe.facets.free, 1);
}

#[test]
fn eligibility_fees_documents_and_how_to_apply_are_found_in_their_languages() {
    let mut daca = service("dream-fund", "Dream scholarship fund", "Scholarships.");
    daca.topics = vec![Topic::Education];
    let mut eligibility = text("en", "DACA recipients and undocumented students.");
    vecino_core::human_translation(
        &mut eligibility,
        LocaleTag::parse("es").unwrap(),
        "Beneficiarios de DACA y estudiantes indocumentados.",
        "translator@example.org",
        day("2026-11-30"),
    )
    .unwrap();
    daca.details.eligibility = Some(eligibility);
    daca.details.application_process = Some(text("en", "Submit the essay online."));
    daca.details.documents = vec![vecino_core::RequiredDocument {
        document: text("en", "A transcript."),
        uri: None,
    }];
    daca.details.fees = Some(text("en", "No application fee."));
    let other = service("city-college", "City college", "Classes for adults.");
    let index = index_of(&[daca, other]);
    for (q, lang) in [
        ("DACA recipients", "en"),
        ("beneficiarios de daca", "es"),
        ("estudiantes indocumentados", "es"),
        ("essay", "en"),
        ("transcript", "en"),
        ("application fee", "en"),
    ] {
        let found = slugs(&run(&index, q, lang, Filters::default(), TODAY));
        assert_eq!(
            found.first().map(String::as_str),
            Some("dream-fund"),
            "{q}: {found:?}"
        );
    }
    // Its Spanish eligibility makes a Spanish document: shown in Spanish to a Spanish reader.
    let hit = &run(&index, "indocumentados", "es", Filters::default(), TODAY).hits[0];
    assert_eq!(hit.locale, "es");
}

#[test]
fn a_listing_past_its_interval_ranks_lower_and_past_twice_it_is_not_found() {
    // Two identical listings but for their checks.
    let mut fresh = service("fresh-pantry", "Food pantry", "Groceries every week.");
    fresh.topics = vec![Topic::Food];
    fresh.trust.source_checked_on = Some(day("2026-11-01"));
    let mut stale = fresh.clone();
    stale.slug = Slug::parse("stale-pantry").unwrap();
    stale.id = stable_id("service", &stale.slug);
    // 180 days for food: overdue after 2026-07-03, not found after 2026-12-30.
    stale.trust.source_checked_on = Some(day("2026-01-04"));
    let index = index_of(&[fresh.clone(), stale.clone()]);
    let found = |on: &str| slugs(&run(&index, "food pantry", "en", Filters::default(), on));
    assert_eq!(found("2026-07-03").len(), 2);
    assert_eq!(found("2026-12-30"), ["fresh-pantry", "stale-pantry"]);
    assert_eq!(found("2027-01-01"), ["fresh-pantry"]);
    // Not found is not counted either.
    assert_eq!(
        run(&index, "pantry", "en", Filters::default(), "2027-01-01").total,
        1
    );

    // An admin keeps it: found again, still below the current one.
    stale.trust.kept = Some(Kept {
        by: "staff:1".into(),
        at: Timestamp::UNIX_EPOCH,
    });
    index.upsert(&IndexRecord::service(&stale, None)).unwrap();
    index.commit(2).unwrap();
    assert_eq!(found("2027-01-01"), ["fresh-pantry", "stale-pantry"]);

    // The app's policy decides the intervals: a year for food keeps it current.
    let mut policy = ReviewPolicy::default();
    policy.per_topic.insert(Topic::Food, 365);
    stale.trust.kept = None;
    index.upsert(&IndexRecord::service(&stale, None)).unwrap();
    index.commit(3).unwrap();
    assert_eq!(found("2027-01-01"), ["fresh-pantry"]);
    index.set_review_policy(policy).unwrap();
    assert_eq!(found("2027-01-01").len(), 2);
}

/// Over every status, check date, interval and keep, on days around the interval's edges:
/// found exactly when `Service::is_listed` says so, ranked lower exactly when its freshness is
/// doubtful (a lone match's score shows it against an identical current listing's).
#[test]
fn search_hides_and_demotes_as_the_domain_judges_freshness() {
    let policy = ReviewPolicy::default();
    let checked = day("2026-01-10");
    let days = [
        "2026-01-09",
        "2026-04-10",
        "2026-04-11",
        "2026-07-09",
        "2026-07-10",
    ];
    let mut reference = service("reference", "Tax help", "Returns filed.");
    reference.topics = vec![Topic::LegalAid];
    reference.review_interval_days = Some(10_000);
    reference.trust.source_checked_on = Some(checked);
    let mut n = 0;
    for status in ServiceStatus::ALL {
        for check in [None, Some(checked)] {
            for own in [None, Some(30)] {
                for kept in [false, true] {
                    n += 1;
                    let mut s = service(&format!("case-{n}"), "Tax help", "Returns filed.");
                    s.topics = vec![Topic::LegalAid];
                    s.status = status;
                    s.trust.source_checked_on = check;
                    s.review_interval_days = own;
                    s.trust.kept = kept.then(|| Kept {
                        by: "staff:1".into(),
                        at: Timestamp::UNIX_EPOCH,
                    });
                    let index = index_of(&[s.clone(), reference.clone()]);
                    for on in days {
                        let today = day(on);
                        let results = run(&index, "tax help", "en", Filters::default(), on);
                        let score = |slug: &str| {
                            results
                                .hits
                                .iter()
                                .find(|h| h.slug.as_str() == slug)
                                .map(|h| h.score)
                        };
                        let case = format!("{status:?} {check:?} {own:?} kept={kept} on {on}");
                        assert_eq!(
                            score(s.slug.as_str()).is_some(),
                            s.is_listed(&policy, today),
                            "{case}"
                        );
                        if let Some(mine) = score(s.slug.as_str()) {
                            let current = score("reference").unwrap();
                            assert_eq!(
                                mine < current,
                                s.freshness(&policy, today).is_doubtful(),
                                "{case}: {mine} vs {current}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn intake_follows_capacity_and_no_fact_is_a_yes() {
    let mut s = service("walk-in", "Walk-in legal clinic", "Advice.");
    s.details.capacity = vec![capacity(0.0)];
    assert_eq!(s.details.intake(), Some(Intake::Waitlist));
    let unknown = service("unknown-clinic", "Walk-in legal clinic two", "Advice.");
    let index = index_of(&[s, unknown]);
    let filtered = run(
        &index,
        "walk-in legal clinic",
        "en",
        Filters {
            accepting: true,
            ..Default::default()
        },
        TODAY,
    );
    assert_eq!(filtered.total, 0, "{:?}", slugs(&filtered));
}
