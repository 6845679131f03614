//! The starter content: seeding twice writes once and every guide is in every tier-1 locale.

use std::collections::HashSet;

use vecino_core::{Provenance, Topic};
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
