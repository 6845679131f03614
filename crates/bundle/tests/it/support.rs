//! A small generated directory, a key directory and an export into a temporary folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use vecino_bundle::keys::KeyDir;
use vecino_bundle::{ExportOptions, ExportReport, Glossary, Input, Region, TrustAnchor};
use vecino_core::{
    Guide, LocaleTag, LocalizedText, Organization, Service, Slug, Source, Timestamp, stable_id,
};

pub struct Dir {
    pub organizations: Vec<Organization>,
    pub services: Vec<Service>,
    pub guides: Vec<Guide>,
}

pub fn directory(n: usize, seed: u64) -> Dir {
    let d = vecino_gen::directory(n, seed);
    let slug = Slug::parse("gen-guide-know-your-rights").unwrap();
    let guide = Guide {
        id: stable_id("guide", &slug),
        slug,
        title: LocalizedText::original(LocaleTag::parse("en").unwrap(), "A generated guide")
            .unwrap(),
        summary: LocalizedText::original(LocaleTag::parse("en").unwrap(), "Generated for tests")
            .unwrap(),
        body: LocalizedText::original(LocaleTag::parse("en").unwrap(), "Generated body text.")
            .unwrap(),
        topics: vec![],
        sources: vec![Source::new("Generated for tests", "https://example.org/generated").unwrap()],
        reviewed_at: "2026-01-01".parse().unwrap(),
        changing_facts: vec![],
        review_interval_days: None,
    };
    Dir {
        organizations: d.organizations,
        services: d.services,
        guides: vec![guide],
    }
}

pub fn glossary() -> Glossary {
    Glossary::from_toml(include_str!("../../../search/glossary.toml")).unwrap()
}

pub fn ui() -> BTreeMap<String, BTreeMap<String, String>> {
    ["es", "en", "vi"]
        .iter()
        .map(|l| {
            (
                (*l).to_owned(),
                BTreeMap::from([("bundle-offline".to_owned(), format!("offline ({l})"))]),
            )
        })
        .collect()
}

pub fn now() -> Timestamp {
    "2026-11-28T08:00:00Z".parse().unwrap()
}

pub struct Publishing {
    pub _tmp: tempfile::TempDir,
    pub keys: KeyDir,
    pub out: PathBuf,
}

impl Publishing {
    pub fn new() -> Publishing {
        let tmp = tempfile::tempdir().unwrap();
        let keys = KeyDir::new(tmp.path().join("keys"));
        assert!(keys.create(now()).unwrap());
        let out = tmp.path().join("out");
        Publishing {
            _tmp: tmp,
            keys,
            out,
        }
    }

    pub fn anchor(&self) -> TrustAnchor {
        TrustAnchor::new(self.keys.root_public().unwrap())
    }

    pub fn export(&self, dir: &Dir, at: Timestamp) -> ExportReport {
        export_to(&self.keys, &self.out, dir, at)
    }
}

pub fn export_to(keys: &KeyDir, out: &Path, dir: &Dir, at: Timestamp) -> ExportReport {
    let glossary = glossary();
    let ui = ui();
    let input = Input {
        organizations: &dir.organizations,
        services: &dir.services,
        guides: &dir.guides,
        events: &[],
        glossary: &glossary,
        ui: &ui,
        review: &vecino_core::ReviewPolicy::default(),
    };
    let mut opts = ExportOptions::new(
        "all".parse::<Region>().unwrap(),
        vec!["es".into(), "en".into(), "vi".into()],
        at,
    );
    opts.zstd_level = 3;
    let publisher = keys.publisher(at).unwrap();
    vecino_bundle::export(out, &input, &opts, &publisher, &|_, _| {}).unwrap()
}

pub fn later(minutes: i64) -> Timestamp {
    now() + jiff::SignedDuration::from_mins(minutes)
}
