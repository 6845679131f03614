//! Offline bundle size, delta size and export time on a generated region.
//!
//! `cargo bench -p vecino-bundle` (10,000 services in es, en, vi; `VECINO_BENCH_SERVICES`
//! changes the count). Before criterion's figures it prints, for the directory as generated
//! (each listing written in one language) and for the same directory with every listing also
//! translated into the other two bundle languages (text of the same length and kind, taken from
//! other generated listings of that language, marked `machine`):
//! the full bundle's bytes (zstd, gzip) per listing-language, the listings files alone, the
//! delta after a 1% change as a share of the full bundle (its zstd encoding compressed against
//! the base release), and the wall time of the first export and of the next one, which also
//! writes the delta (zstd level 15, every core).
//!
//! Listing details (format version 3) are filled on a share of the generated listings like a
//! 211's import (`fill_details`): eligibility on half, how to apply on 40%, fees on 30%, what
//! to bring on a quarter, a capacity on a tenth, two safety facts on a third, the source's own
//! check date on all, each text a sentence of another generated listing in the same language.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use vecino_bundle::keys::KeyDir;
use vecino_bundle::{ExportOptions, ExportReport, Glossary, Input, Region};
use vecino_core::{
    LocaleTag, Organization, Provenance, Service, Timestamp, Translation, content_hash,
};

const LANGS: [&str; 3] = ["es", "en", "vi"];

fn services() -> usize {
    std::env::var("VECINO_BENCH_SERVICES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

struct Fixture {
    organizations: Vec<Organization>,
    services: Vec<Service>,
    glossary: Glossary,
    ui: BTreeMap<String, BTreeMap<String, String>>,
    review: vecino_core::ReviewPolicy,
}

impl Fixture {
    fn input(&self) -> Input<'_> {
        Input {
            organizations: &self.organizations,
            services: &self.services,
            guides: &[],
            events: &[],
            glossary: &self.glossary,
            ui: &self.ui,
            review: &self.review,
        }
    }
}

/// The first sentence of a text (at most 160 characters).
fn sentence(text: &str) -> String {
    let end = text.find(". ").map_or(text.len(), |i| i + 1);
    text[..end].chars().take(160).collect()
}

/// Fills HSDS 3.1 details and safety facts on a realistic share of the listings (see the
/// module's doc), deterministically.
fn fill_details(services: &mut [Service]) {
    use vecino_core::{
        AsksStatus, Capacity, IdNeeded, Known, LocalizedText, RequiredDocument, Source,
    };
    let n = services.len();
    let texts: Vec<(LocaleTag, String)> = services
        .iter()
        .map(|s| {
            (
                s.description.source_locale().clone(),
                sentence(s.description.source_text()),
            )
        })
        .collect();
    let sources: Vec<Source> = (0..5)
        .map(|i| Source::new("Generated source", &format!("https://example.org/faq/{i}")).unwrap())
        .collect();
    let days: Vec<vecino_core::Date> = ["2026-09-01", "2026-10-15", "2026-11-20"]
        .iter()
        .map(|d| d.parse().unwrap())
        .collect();
    for (i, s) in services.iter_mut().enumerate() {
        let locale = s.description.source_locale().clone();
        // Another listing's sentence in the same language (the generator writes few languages).
        let text = |k: usize| {
            let (l, t) = (1..n)
                .map(|j| &texts[(i + k * 31 + j) % n])
                .find(|(l, _)| *l == locale)
                .unwrap_or(&texts[i]);
            LocalizedText::original(l.clone(), t.clone()).unwrap()
        };
        s.trust.source_checked_on = Some(days[i % days.len()]);
        if i % 2 == 0 {
            s.details.eligibility = Some(text(1));
        }
        if i % 5 < 2 {
            s.details.application_process = Some(text(2));
        }
        if i % 10 < 3 {
            s.details.fees = Some(text(3));
        }
        if i % 4 == 1 {
            s.details.documents = vec![RequiredDocument {
                document: text(4),
                uri: None,
            }];
        }
        if i % 10 == 7 {
            s.details.capacity = vec![Capacity {
                available: (i % 7) as f64,
                maximum: Some(10.0),
                unit: "appointments".into(),
                description: None,
                updated: "2026-11-20T10:00:00Z".parse().unwrap(),
            }];
        }
        if i % 3 == 0 {
            let source = sources[i % sources.len()].clone();
            let checked = days[i % days.len()];
            s.safety.asks_status = Some(Known {
                value: AsksStatus::ALL[i % AsksStatus::ALL.len()],
                source: source.clone(),
                checked,
            });
            s.safety.id_needed = Some(Known {
                value: IdNeeded::ALL[i % IdNeeded::ALL.len()],
                source,
                checked,
            });
        }
    }
}

fn fixture(n: usize, translated: bool) -> Fixture {
    let d = vecino_gen::directory(n, 42);
    let mut services = d.services;
    if std::env::var_os("VECINO_BENCH_NO_DETAILS").is_none() {
        fill_details(&mut services);
    }
    if translated {
        // A pool of generated texts per language, to stand in for translations.
        let pool = vecino_gen::directory(n, 4242).services;
        let mut by_locale: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for s in &pool {
            by_locale
                .entry(s.name.source_locale().as_str().to_owned())
                .or_default()
                .push((
                    s.name.source_text().to_owned(),
                    s.description.source_text().to_owned(),
                ));
        }
        for (i, s) in services.iter_mut().enumerate() {
            for lang in LANGS {
                if s.name.source_locale().as_str() == lang {
                    continue;
                }
                let texts = &by_locale[lang];
                let (name, description) = &texts[i % texts.len()];
                let tag = LocaleTag::parse(lang).unwrap();
                let t = |text: &str, source: &str| Translation {
                    text: text.to_owned(),
                    provenance: Provenance::Machine,
                    source_hash: Some(content_hash(source)),
                    reviewer: None,
                    reviewed_at: None,
                };
                let (n_src, d_src) = (
                    s.name.source_text().to_owned(),
                    s.description.source_text().to_owned(),
                );
                s.name
                    .set_translation(tag.clone(), t(name, &n_src))
                    .unwrap();
                s.description
                    .set_translation(tag, t(description, &d_src))
                    .unwrap();
            }
        }
    }
    Fixture {
        review: vecino_core::ReviewPolicy::default(),
        organizations: d.organizations,
        services,
        glossary: Glossary::from_toml(include_str!("../../search/glossary.toml")).unwrap(),
        ui: LANGS
            .iter()
            .map(|l| {
                (
                    (*l).to_owned(),
                    BTreeMap::from([("bundle".to_owned(), (*l).to_owned())]),
                )
            })
            .collect(),
    }
}

/// 1% of the listings change: half edited (a sentence added to the description), a quarter
/// deleted, a quarter new.
fn one_percent_change(f: &mut Fixture, extra: &[Service]) {
    let n = f.services.len();
    let changed = (n / 100).max(4);
    for i in 0..changed / 2 {
        let s = &mut f.services[i * 97 % n];
        let text = format!("{} Open on Saturdays.", s.description.source_text());
        s.description.set_source(text).unwrap();
    }
    for _ in 0..changed / 4 {
        f.services.remove(n / 3);
    }
    f.services.extend(extra.iter().take(changed / 4).cloned());
}

fn export(
    f: &Fixture,
    keys: &KeyDir,
    out: &std::path::Path,
    now: Timestamp,
) -> (ExportReport, Duration) {
    let opts = ExportOptions::new(
        Region::All,
        LANGS.iter().map(|l| (*l).to_owned()).collect(),
        now,
    );
    let publisher = keys.publisher(now).unwrap();
    let started = Instant::now();
    let report = vecino_bundle::export(out, &f.input(), &opts, &publisher, &|_, _| {}).unwrap();
    (report, started.elapsed())
}

fn figures(label: &str, translated: bool) {
    let n = services();
    let tmp = tempfile::tempdir().unwrap();
    let keys = KeyDir::new(tmp.path().join("keys"));
    let now: Timestamp = "2026-11-28T08:00:00Z".parse().unwrap();
    keys.create(now).unwrap();
    let out = tmp.path().join("out");
    let mut f = fixture(n, translated);
    let (full, took) = export(&f, &keys, &out, now);
    let extra: Vec<Service> = vecino_gen::directory(n + n / 100, 42).services.split_off(n);
    one_percent_change(&mut f, &extra);
    let (next, took_next) = export(&f, &keys, &out, now + Duration::from_secs(60));
    let ll = (full.listings * full.languages as u64) as f64;
    let (_, dz, dg, draw) = next.deltas[0];
    println!(
        "{label}: {} listings × {} languages; export {:.2} s (the next, with its delta, {:.2} s); full {} B zstd = {:.0} B per listing-language \
         (listings files alone {:.0}), {} B gzip = {:.0}; {} B uncompressed; \
         delta after a 1% change {} B zstd = {:.2}% of full ({} B gzip = {:.2}%; uncompressed {:.2}%)",
        full.listings,
        full.languages,
        took.as_secs_f64(),
        took_next.as_secs_f64(),
        full.full_zstd_bytes,
        full.full_zstd_bytes as f64 / ll,
        full.listings_zstd_bytes as f64 / ll,
        full.full_gzip_bytes,
        full.full_gzip_bytes as f64 / ll,
        full.raw_bytes,
        dz,
        100.0 * dz as f64 / next.full_zstd_bytes as f64,
        dg,
        100.0 * dg as f64 / next.full_gzip_bytes as f64,
        100.0 * draw as f64 / next.raw_bytes as f64,
    );
}

fn bench(c: &mut Criterion) {
    figures("as generated", false);
    figures("translated into es, en, vi", true);

    let f = fixture(services(), true);
    let langs: Vec<String> = LANGS.iter().map(|l| (*l).to_owned()).collect();
    let now: Timestamp = "2026-11-28T08:00:00Z".parse().unwrap();
    let mut group = c.benchmark_group("bundle");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("records 10k x 3", |b| {
        b.iter(|| vecino_bundle::contents(&f.input(), &Region::All, &langs, now))
    });
    let tmp = tempfile::tempdir().unwrap();
    let keys = KeyDir::new(tmp.path().join("keys"));
    keys.create(now).unwrap();
    group.bench_function("export 10k x 3", |b| {
        b.iter_batched(
            || tempfile::tempdir_in(tmp.path()).unwrap(),
            |out| export(&f, &keys, out.path(), now),
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
