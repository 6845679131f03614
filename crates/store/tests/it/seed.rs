//! The starter content: seeding twice writes once and every guide is in every tier-1 locale.

use std::collections::HashSet;

use vecino_core::{Date, Provenance, Source, Topic};
use vecino_store::seed::{SeedMode, starter_content, translation_hashes};
use vecino_store::{Page, ServiceFilter};

use crate::backends::each_backend;

/// The tier-1 locales every guide must be written in.
const TIER_1: [&str; 13] = [
    "en", "es", "zh-Hans", "zh-Hant", "vi", "tl", "ko", "ar", "fa", "ru", "hy", "ht", "pt-BR",
];

#[tokio::test]
async fn seeding_twice_writes_once() {
    each_backend(|t| async move {
        let first = t.store.seed(SeedMode::AddMissing).await.unwrap();
        let head = t.store.head_revision().await.unwrap();
        let second = t.store.seed(SeedMode::Refresh).await.unwrap();
        assert!(
            first.added > 30 && first.refreshed == 0,
            "{}: {first:?}",
            t.name
        );
        assert_eq!(
            (second.added, second.refreshed),
            (0, 0),
            "{}: {second:?}",
            t.name
        );
        assert_eq!(t.store.head_revision().await.unwrap(), head, "{}", t.name);
        let kyr = Topic::KnowYourRights;
        let listed = t
            .store
            .services(
                &ServiceFilter {
                    topic: Some(kyr),
                    ..Default::default()
                },
                Page::new(1, 100),
            )
            .await
            .unwrap();
        assert!(listed.total >= 1, "{}", t.name);
        assert_eq!(t.store.guides().await.unwrap().len(), 7, "{}", t.name);
    })
    .await;
}

#[tokio::test]
async fn seeding_keeps_an_editors_corrections_unless_asked_to_refresh() {
    each_backend(|t| async move {
        t.store.seed(SeedMode::AddMissing).await.unwrap();
        let slug = vecino_core::Slug::parse("dial-211").unwrap();
        let mut guide = t.store.guide_by_slug(&slug).await.unwrap().unwrap();
        guide
            .summary
            .set_source("An editor's better summary.")
            .unwrap();
        t.store.put_guide(&guide).await.unwrap();
        let vanished = starter_content().unwrap().services[0].id;
        t.store
            .delete(vecino_core::EntityKind::Service, vanished)
            .await
            .unwrap();

        let again = t.store.seed(SeedMode::AddMissing).await.unwrap();
        assert_eq!(
            (again.added, again.refreshed),
            (1, 0),
            "{}: only the missing one",
            t.name
        );
        let kept = t.store.guide_by_slug(&slug).await.unwrap().unwrap();
        assert_eq!(
            kept.summary.source_text(),
            "An editor's better summary.",
            "{}",
            t.name
        );

        let refreshed = t.store.seed(SeedMode::Refresh).await.unwrap();
        assert_eq!(refreshed.refreshed, 1, "{}: {refreshed:?}", t.name);
        let restored = t.store.guide_by_slug(&slug).await.unwrap().unwrap();
        assert_ne!(
            restored.summary.source_text(),
            "An editor's better summary."
        );
    })
    .await;
}

#[test]
fn every_guide_is_in_every_tier_1_locale_with_sources_and_a_review_date() {
    let content = starter_content().unwrap();
    let slugs: HashSet<_> = content.guides.iter().map(|g| g.slug.as_str()).collect();
    for want in [
        "know-your-rights",
        "daca",
        "citizenship",
        "municipal-id",
        "immigration-scams",
        "find-legal-help",
        "dial-211",
    ] {
        assert!(slugs.contains(want), "guide {want} missing");
    }
    for guide in &content.guides {
        assert!(guide.sources.len() >= 2, "{} cites too little", guide.slug);
        for locale in TIER_1 {
            let body = guide
                .body
                .get(locale)
                .unwrap_or_else(|| panic!("{} has no {locale} body", guide.slug));
            let expect = if locale == "en" {
                Provenance::Original
            } else {
                Provenance::Machine
            };
            assert_eq!(body.provenance, expect, "{} {locale}", guide.slug);
        }
    }
}

#[test]
fn listings_are_sourced_unverified_and_in_english_and_spanish() {
    let content = starter_content().unwrap();
    assert!(
        content.services.len() >= 28,
        "{} services",
        content.services.len()
    );
    for s in &content.services {
        assert!(!s.trust.sources.is_empty(), "{} has no source", s.slug);
        assert!(
            s.trust.verified_at.is_none(),
            "{} claims a verification",
            s.slug
        );
        assert!(
            s.name.get("es").is_some() && s.description.get("es").is_some(),
            "{} lacks es",
            s.slug
        );
        assert!(
            s.phones.iter().all(|p| p.number() == "2-1-1"),
            "{}: only 2-1-1 is a sourced number",
            s.slug
        );
    }
    for name in [
        "IDNYC",
        "MARCC",
        "FaithAction",
        "MyCity",
        "C.A.R.O.N",
        "5Cs",
        "Puente",
    ] {
        assert!(
            content
                .services
                .iter()
                .any(|s| s.name.source_text().contains(name)
                    || s.description.source_text().contains(name)),
            "no listing mentions {name}"
        );
    }
}

/// Translations record the hash of the English text they were made from; a changed English
/// text must mark them stale. This test fails when a translation file's hash does not match
/// its English source. After updating translations, run with `VECINO_BLESS=1` to record the
/// new hashes.
#[test]
fn starter_translations_are_current() {
    let hashes = translation_hashes().unwrap();
    assert!(
        hashes.len() > 100,
        "only {} translated records",
        hashes.len()
    );
    let stale: Vec<_> = hashes
        .iter()
        .filter(|(_, _, declared, current)| declared != current)
        .collect();
    if stale.is_empty() {
        return;
    }
    if std::env::var_os("VECINO_BLESS").is_some() {
        bless(&stale);
        return;
    }
    let list: Vec<String> = stale.iter().map(|(f, k, ..)| format!("{f} {k}")).collect();
    panic!(
        "{} translations do not match their English source (stale or never hashed):\n{}\n\
         Update them, then run `VECINO_BLESS=1 cargo test -p vecino-store starter_translations` to record the hashes.",
        list.len(),
        list.join("\n")
    );
}

fn bless(stale: &[&(String, String, String, String)]) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut by_file: std::collections::BTreeMap<&str, Vec<_>> = Default::default();
    for (file, key, _, current) in stale {
        by_file
            .entry(file.as_str())
            .or_default()
            .push((key.as_str(), current.as_str()));
    }
    for (file, entries) in by_file {
        let path = root.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let updated = if file.ends_with(".md") {
            let (_, current) = entries[0];
            let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
            let line = lines
                .iter_mut()
                .find(|l| l.starts_with("source_sha256"))
                .expect("front matter has source_sha256");
            *line = format!("source_sha256 = \"{current}\"");
            lines.join("\n") + "\n"
        } else {
            let mut doc: toml_edit::DocumentMut = text.parse().unwrap();
            for (key, current) in entries {
                let (kind, slug) = key.split_once('.').unwrap();
                doc[kind][slug]["source_sha256"] = toml_edit::value(current);
            }
            doc.to_string()
        };
        std::fs::write(&path, updated).unwrap();
    }
}

/// Today, by the test's clock (the store and core have none).
fn today() -> Date {
    jiff::tz::Offset::UTC
        .to_datetime(jiff::Timestamp::now())
        .date()
}

/// The starter services' language-neutral records, by slug, straight from the TOML.
fn toml_services() -> std::collections::HashMap<String, toml::Table> {
    let file: toml::Table = include_str!("../../seed/listings.toml").parse().unwrap();
    file["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let table = s.as_table().unwrap().clone();
            (table["slug"].as_str().unwrap().to_owned(), table)
        })
        .collect()
}

const SAFETY_FACTS: [&str; 5] = [
    "asks_status",
    "id_needed",
    "ssn_needed",
    "regardless_of_status",
    "public_charge",
];

/// Each known fact of a service as `(name, value, source, checked)`.
fn known_facts(s: &vecino_core::Service) -> Vec<(&'static str, String, Source, Date)> {
    let f = &s.safety;
    let mut out = Vec::new();
    if let Some(k) = &f.asks_status {
        out.push((
            "asks_status",
            k.value.slug().into(),
            k.source.clone(),
            k.checked,
        ));
    }
    if let Some(k) = &f.id_needed {
        out.push((
            "id_needed",
            k.value.slug().into(),
            k.source.clone(),
            k.checked,
        ));
    }
    if let Some(k) = &f.ssn_needed {
        out.push((
            "ssn_needed",
            k.value.to_string(),
            k.source.clone(),
            k.checked,
        ));
    }
    if let Some(k) = &f.regardless_of_status {
        out.push((
            "regardless_of_status",
            k.value.to_string(),
            k.source.clone(),
            k.checked,
        ));
    }
    if let Some(k) = &f.public_charge {
        out.push((
            "public_charge",
            k.value.slug().into(),
            k.source.clone(),
            k.checked,
        ));
    }
    out
}

#[test]
fn every_known_safety_fact_has_a_source_and_a_checked_date_not_in_the_future() {
    let content = starter_content().unwrap();
    let today = today();
    let mut known = 0;
    for s in &content.services {
        s.safety
            .check_dates(today)
            .unwrap_or_else(|e| panic!("{}: {e}", s.slug));
        for (name, _, source, checked) in known_facts(s) {
            known += 1;
            let url = source.url.as_str();
            assert!(
                url.starts_with("https://") || url.starts_with("http://"),
                "{} {name}: {url}",
                s.slug
            );
            assert!(!source.title.trim().is_empty(), "{} {name}", s.slug);
            assert!(checked <= today, "{} {name} checked {checked}", s.slug);
            assert!(
                s.trust.sources.iter().any(|c| c.url == source.url),
                "{} {name}: its source is not among the listing's sources",
                s.slug
            );
        }
    }
    assert!(
        known >= 1,
        "the starter content states no safety fact at all"
    );
}

#[test]
fn no_listing_claims_a_fact_its_toml_does_not_carry() {
    let content = starter_content().unwrap();
    let raw = toml_services();
    assert_eq!(raw.len(), content.services.len());
    for s in &content.services {
        let t = &raw[s.slug.as_str()];
        let empty = toml::Table::new();
        let safety = t.get("safety").and_then(|v| v.as_table()).unwrap_or(&empty);
        for key in safety.keys() {
            assert!(SAFETY_FACTS.contains(&key.as_str()), "{}: {key}", s.slug);
        }
        let loaded = known_facts(s);
        for name in SAFETY_FACTS {
            let claimed = loaded.iter().find(|(n, ..)| *n == name);
            match (safety.get(name).and_then(|v| v.as_table()), claimed) {
                (None, None) => {}
                (Some(fact), Some((_, value, source, checked))) => {
                    let want = match &fact["value"] {
                        toml::Value::String(v) => v.clone(),
                        other => other.to_string(),
                    };
                    assert_eq!(value, &want, "{} {name}", s.slug);
                    assert_eq!(
                        source.url.as_str(),
                        fact["source"]["url"].as_str().unwrap(),
                        "{} {name}",
                        s.slug
                    );
                    assert_eq!(
                        checked.to_string(),
                        fact["checked"].as_str().unwrap(),
                        "{} {name}",
                        s.slug
                    );
                }
                (fact, claimed) => panic!(
                    "{} {name}: the TOML says {fact:?}, the listing claims {claimed:?}",
                    s.slug
                ),
            }
        }
        if s.safety.public_charge_note.is_some() {
            assert!(safety.contains_key("public_charge"), "{}", s.slug);
        }
        let status = t.get("status").and_then(|v| v.as_str()).unwrap_or("active");
        assert_eq!(s.status.slug(), status, "{}", s.slug);
        let age = |k: &str| t.get(k).and_then(|v| v.as_integer()).map(|a| a as u8);
        assert_eq!(s.details.minimum_age, age("minimum_age"), "{}", s.slug);
        assert_eq!(s.details.maximum_age, age("maximum_age"), "{}", s.slug);
        assert_eq!(
            s.free,
            t.get("free").and_then(|v| v.as_bool()),
            "{}",
            s.slug
        );
        assert_eq!(
            s.review_interval_days,
            t.get("review_interval_days")
                .and_then(|v| v.as_integer())
                .map(|d| d as u16),
            "{}",
            s.slug
        );
        assert!(s.trust.source_checked_on.is_none(), "{}", s.slug);
    }
}

#[test]
fn ended_programs_load_as_ended_and_leave_search() {
    let content = starter_content().unwrap();
    let policy = vecino_core::ReviewPolicy::default();
    let status = |slug: &str| {
        content
            .services
            .iter()
            .find(|s| s.slug.as_str() == slug)
            .unwrap_or_else(|| panic!("{slug} is kept with its history"))
    };
    for (slug, want) in [
        (
            "santa-clara-county-da-immigration-fraud-seminars",
            "defunct",
        ),
        ("san-mateo-county-drivers-license-panel", "defunct"),
        ("cupertino-5cs-cross-cultural-consortium", "inactive"),
        ("san-mateo-county-hsa-citizenship-workshop", "inactive"),
        ("san-jose-citizenship-workshops", "inactive"),
        ("little-rock-mobile-consulates", "inactive"),
    ] {
        let s = status(slug);
        assert_eq!(s.status.slug(), want, "{slug}");
        assert!(!s.is_listed(&policy, today()), "{slug} is still listed");
    }
    let idnyc = status("idnyc");
    assert_eq!(idnyc.status.slug(), "active");
    assert!(idnyc.is_listed(&policy, today()));
}

#[test]
fn idnyc_carries_its_sourced_details_in_english_and_spanish() {
    let content = starter_content().unwrap();
    let idnyc = content
        .services
        .iter()
        .find(|s| s.slug.as_str() == "idnyc")
        .unwrap();
    assert!(idnyc.safety.doesnt_ask_status());
    assert_eq!(
        idnyc
            .safety
            .asks_status
            .as_ref()
            .unwrap()
            .source
            .url
            .as_str(),
        "https://www.nyc.gov/site/idnyc/about/privacy-and-confidentiality.page"
    );
    assert!(idnyc.safety.id_needed.is_none(), "no source states it");
    assert_eq!(idnyc.details.serves_age(9), Some(false));
    assert_eq!(idnyc.details.serves_age(10), Some(true));
    let eligibility = idnyc.details.eligibility.as_ref().unwrap();
    assert!(eligibility.source_text().contains("10"));
    assert!(eligibility.get("es").unwrap().text.contains("10 años"));
    assert_eq!(idnyc.details.documents.len(), 2);
    for d in &idnyc.details.documents {
        assert!(d.document.get("es").is_some(), "{:?}", d.document);
    }
    assert!(idnyc.details.application_process.is_some());
    // A service no source describes further carries nothing more.
    let quiet = content
        .services
        .iter()
        .find(|s| s.slug.as_str() == "east-palo-alto-police-beat-meetings")
        .unwrap();
    assert!(quiet.details.is_empty() && quiet.safety.is_empty());
}

#[tokio::test]
async fn seeded_facts_and_details_read_back_on_every_backend() {
    each_backend(|t| async move {
        t.store.seed(SeedMode::AddMissing).await.unwrap();
        for s in starter_content().unwrap().services {
            let stored = t.store.service(s.id).await.unwrap().unwrap();
            assert_eq!(stored.status, s.status, "{}: {}", t.name, s.slug);
            assert_eq!(stored.safety, s.safety, "{}: {}", t.name, s.slug);
            assert_eq!(stored.details, s.details, "{}: {}", t.name, s.slug);
            assert_eq!(stored.languages, s.languages, "{}: {}", t.name, s.slug);
        }
    })
    .await;
}

#[test]
fn a_changing_fact_keeps_the_day_it_took_effect_apart_from_its_check() {
    let content = starter_content().unwrap();
    let today = today();
    let mut took_effect = 0;
    for g in &content.guides {
        assert!(g.reviewed_at <= today, "{}", g.slug);
        for f in &g.changing_facts {
            assert!(f.checked <= today, "{} {}", g.slug, f.id);
            if let Some(effect) = f.took_effect {
                took_effect += 1;
                assert!(
                    f.checked > effect,
                    "{} {}: checked {} is the day it took effect",
                    g.slug,
                    f.id,
                    f.checked
                );
            }
        }
    }
    assert!(took_effect >= 3, "fee and rule dates are recorded as such");
    let citizenship = content
        .guides
        .iter()
        .find(|g| g.slug.as_str() == "citizenship")
        .unwrap();
    let fee = citizenship
        .changing_facts
        .iter()
        .find(|f| f.id.as_str() == "n400-fee")
        .unwrap();
    assert_eq!(
        fee.took_effect.map(|d| d.to_string()).as_deref(),
        Some("2024-04-01")
    );
    assert_ne!(fee.checked.to_string(), "2024-04-01");
}
