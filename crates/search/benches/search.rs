//! The full search pipeline (analysis, fuzzy and prefix expansion, glossary, collection,
//! filters, facets, geo, snippets) on a generated directory.
//!
//! `cargo bench -p vecino-search` (100,000 services; set `VECINO_BENCH_SERVICES` to change).
//! Prints the index build time, resident memory, and p50/p99 per query before criterion's own
//! figures.
//!
//! For a profiler: `VECINO_BENCH_INDEX=DIR` keeps (or reopens) the index in DIR,
//! `VECINO_BENCH_QUERY=name` runs one query, `VECINO_BENCH_RUNS=n` sets the runs per query, and
//! `VECINO_BENCH_PATHS=FILE` runs the HTTP load's queries instead (the paths file
//! `crates/bench/compare.sh` writes, with the index of the server it loads).

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use vecino_core::{GeoPoint, GeoPrecision, Topic};
use vecino_search::{Filters, IndexRecord, SearchIndex, SearchRequest};

fn resident_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn request(q: &str, lang: &str, filters: Filters) -> SearchRequest {
    SearchRequest {
        query: q.into(),
        locales: vec![lang.into(), "en".into()],
        filters,
        page: 1,
        per_page: 10,
    }
}

/// Queries residents type, in several languages, with typos, prefixes and filters.
fn workload() -> Vec<(&'static str, SearchRequest)> {
    let san_jose = GeoPoint::new(37.3382, -121.8863, GeoPrecision::Exact).unwrap();
    let near = || Filters {
        near: Some((san_jose, 300.0)),
        ..Default::default()
    };
    vec![
        (
            "es exact",
            request("clínica legal gratuita", "es", Filters::default()),
        ),
        (
            "es accentless+typo",
            request("abogado inmigracion gratis", "es", Filters::default()),
        ),
        (
            "en 1 typo",
            request("citizenship workshp", "en", Filters::default()),
        ),
        (
            "en 2 typos",
            request("naturalizaiton aplication", "en", Filters::default()),
        ),
        ("en prefix", request("food pan", "en", Filters::default())),
        (
            "vi no tones",
            request("lop hoc tieng anh", "vi", Filters::default()),
        ),
        ("zh", request("免费法律咨询", "zh-Hans", Filters::default())),
        ("ar", request("عيادة قانونية", "ar", Filters::default())),
        (
            "tl code-mixed",
            request("libreng legal clinic", "tl", Filters::default()),
        ),
        (
            "es glossary",
            request("tarjeta verde", "es", Filters::default()),
        ),
        ("en geo", request("english class", "en", near())),
        (
            "en topic+open",
            request(
                "help",
                "en",
                Filters {
                    topics: vec![Topic::LegalAid],
                    // A Wednesday, 11:00 on the US West Coast (14:00 in the East): the same
                    // listings are open whenever the bench runs.
                    open_at: Some("2026-11-25T19:00:00Z".parse().expect("a timestamp")),
                    ..Default::default()
                },
            ),
        ),
    ]
}

fn build(services: usize) -> (SearchIndex, tempfile::TempDir) {
    println!("resident memory before: {:.0} MB", resident_mb());
    // `VECINO_BENCH_INDEX=DIR` reuses the index built there by an earlier run (for a profiler);
    // it is built there first when DIR is empty.
    if let Ok(dir) = std::env::var("VECINO_BENCH_INDEX") {
        let path = std::path::PathBuf::from(dir);
        if path.join("meta.json").exists() {
            let index = SearchIndex::open_in_dir(&path).unwrap();
            println!("reopened the index in {}", path.display());
            return (index, tempfile::tempdir().unwrap());
        }
    }
    let directory = vecino_gen::directory(services, 42);
    println!(
        "resident memory with the generated directory: {:.0} MB",
        resident_mb()
    );
    let dir = tempfile::tempdir().unwrap();
    let at = std::env::var("VECINO_BENCH_INDEX")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| dir.path().to_owned());
    std::fs::create_dir_all(&at).unwrap();
    let index = SearchIndex::open_in_dir(&at).unwrap();
    let started = Instant::now();
    for org in &directory.organizations {
        index.upsert(&IndexRecord::organization(org)).unwrap();
    }
    let by_id: std::collections::HashMap<_, _> =
        directory.organizations.iter().map(|o| (o.id, o)).collect();
    for service in &directory.services {
        let org = by_id.get(&service.organization_id).copied();
        index.upsert(&IndexRecord::service(service, org)).unwrap();
    }
    index.commit(1).unwrap();
    index.optimize().unwrap();
    let took = started.elapsed();
    drop(directory);
    let on_disk: u64 = std::fs::read_dir(&at)
        .unwrap()
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "indexed {services} services in {:.1} s; {:.0} MB on disk; resident memory {:.0} MB",
        took.as_secs_f64(),
        on_disk as f64 / 1e6,
        resident_mb()
    );
    (index, dir)
}

/// The HTTP load's queries (`compare.py paths` writes them, one `/api/v1/search?q=…&lang=…`
/// path per line), named by their line number, when `VECINO_BENCH_PATHS=FILE` is set.
fn paths_workload(file: &str) -> Vec<(String, SearchRequest)> {
    let text = std::fs::read_to_string(file).expect("VECINO_BENCH_PATHS names a readable file");
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .enumerate()
        .map(|(i, line)| {
            let query = line.split_once('?').map_or("", |(_, q)| q);
            let (mut q, mut lang) = (String::new(), "en".to_owned());
            for (key, value) in form_urlencoded::parse(query.as_bytes()) {
                match &*key {
                    "q" => q = value.into_owned(),
                    "lang" => lang = value.into_owned(),
                    _ => {}
                }
            }
            (
                format!("line {}", i + 1),
                request(&q, &lang, Filters::default()),
            )
        })
        .collect()
}

fn percentiles(index: &SearchIndex) {
    println!(
        "{:<22} {:>9} {:>9} {:>8}",
        "query", "p50 ms", "p99 ms", "total"
    );
    let mut all: Vec<Duration> = Vec::new();
    // `VECINO_BENCH_QUERY=name` runs only that query (for a profiler).
    let only = std::env::var("VECINO_BENCH_QUERY").ok();
    let queries: Vec<(String, SearchRequest)> = match std::env::var("VECINO_BENCH_PATHS") {
        Ok(file) => paths_workload(&file),
        Err(_) => workload()
            .into_iter()
            .map(|(name, request)| (name.to_owned(), request))
            .collect(),
    };
    for (name, request) in queries {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        // `VECINO_BENCH_RUNS=n` times each query n times (200 by default, 10,000 alone).
        let runs = std::env::var("VECINO_BENCH_RUNS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(if only.is_some() { 10_000 } else { 200 });
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let started = Instant::now();
                let results = index.search(&request).unwrap();
                let took = started.elapsed();
                std::hint::black_box(results);
                took
            })
            .collect();
        times.sort();
        let total = index.search(&request).unwrap().total;
        println!(
            "{name:<22} {:>9.3} {:>9.3} {total:>8}",
            times[times.len() / 2].as_secs_f64() * 1e3,
            times[times.len() * 99 / 100].as_secs_f64() * 1e3
        );
        all.extend(times);
    }
    all.sort();
    let mean = all.iter().sum::<Duration>() / all.len().max(1) as u32;
    println!(
        "{:<22} {:>9.3} {:>9.3}   mean {:.3} ms, resident {:.0} MB",
        "ALL",
        all[all.len() / 2].as_secs_f64() * 1e3,
        all[all.len() * 99 / 100].as_secs_f64() * 1e3,
        mean.as_secs_f64() * 1e3,
        resident_mb()
    );
}

fn benches(c: &mut Criterion) {
    let services = std::env::var("VECINO_BENCH_SERVICES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let (index, _dir) = build(services);
    percentiles(&index);
    let mut group = c.benchmark_group("search");
    group.sample_size(50);
    for (name, request) in workload() {
        group.bench_function(name, |b| b.iter(|| index.search(&request).unwrap()));
    }
    group.finish();
}

criterion_group!(search, benches);
criterion_main!(search);
