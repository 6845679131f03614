//! Relevance: the judged queries in `crates/search/relevance/*.toml` — `starter.toml` against
//! the starter directory, `generated.toml` against a fixed generated directory plus the
//! starter content — scored as nDCG@10 and recall@10 per category. Prints the tables; fails
//! when a category falls below its floor.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use serde::Deserialize;
use vecino_core::Service;
use vecino_search::{IndexRecord, SearchIndex, SearchRequest};
use vecino_store::Store;
use vecino_store::seed::SeedMode;

#[derive(Deserialize)]
struct Judged {
    queries: Vec<Query>,
}

#[derive(Deserialize)]
struct Query {
    q: String,
    lang: String,
    category: String,
    relevant: Vec<String>,
    #[serde(default)]
    partial: Vec<String>,
}

/// Floors per category: (nDCG@10, recall@10). Set just under what the engine measures today,
/// so a change that makes search worse for residents fails here.
/// Measured on 2026-11-28 (nDCG, recall): exact .951/1.0, typo1 .861/1.0, typo2 .844/.917,
/// accentless .979/1.0, script-variant .949/1.0, code-mixed .982/1.0, loanword .971/1.0,
/// cross-language .734/.944, prefix .934/.970.
const FLOORS: &[(&str, f64, f64)] = &[
    ("exact", 0.92, 0.98),
    ("typo1", 0.82, 0.98),
    ("typo2", 0.82, 0.90),
    ("accentless", 0.95, 0.98),
    ("script-variant", 0.94, 0.98),
    ("code-mixed", 0.95, 0.98),
    ("loanword", 0.95, 0.98),
    ("cross-language", 0.64, 0.94),
    ("prefix", 0.91, 0.95),
];

/// Floors per category for `generated.toml` over `vecino_gen::directory(5_000, 7)` plus the
/// starter content: (nDCG@10, recall@10), just under what the engine measured.
/// Measured on 2026-11-28 (nDCG, recall): 1.0/1.0 in every category but cross-language,
/// .907/1.0 over 23 queries (in English, Spanish, Vietnamese, Chinese, Arabic, Korean and
/// Russian, for services only listings in another language offer — Ramadan food baskets,
/// nail-licence classes, family petitions — reached through the glossary's audience and service
/// concepts; every English one in the top 10). Prefix went from .954 to 1.0 when a query that
/// begins a title (the last word unfinished) began to count like a whole title.
const GENERATED_FLOORS: &[(&str, f64, f64)] = &[
    ("exact", 0.97, 0.98),
    ("typo1", 0.97, 0.98),
    ("typo2", 0.97, 0.98),
    ("accentless", 0.97, 0.98),
    ("script-variant", 0.97, 0.98),
    ("code-mixed", 0.97, 0.98),
    ("loanword", 0.97, 0.98),
    ("cross-language", 0.88, 0.98),
    ("prefix", 0.97, 0.98),
];

/// The generated directory `generated.toml` is judged against.
const GENERATED_SERVICES: usize = 5_000;
const GENERATED_SEED: u64 = 7;

/// The instant the judged queries are run at: the day the generator dates its checks (the
/// epoch), so its checked listings are current and none is hidden as long past its review
/// (freshness is tested in the search crate; this measures how words are matched and ranked).
const JUDGED_ON: vecino_core::Timestamp = vecino_core::Timestamp::UNIX_EPOCH;

fn dcg(gains: &[f64]) -> f64 {
    gains
        .iter()
        .enumerate()
        .map(|(i, g)| (2f64.powf(*g) - 1.0) / ((i + 2) as f64).log2())
        .sum()
}

fn judged(file: &str) -> Judged {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../crates/search/relevance")
        .join(file);
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// An in-memory index of the starter content, read back from a scratch SQLite store as
/// `vecino serve` does.
fn starter_index(rt: &tokio::runtime::Runtime) -> Arc<SearchIndex> {
    let dir = tempfile::tempdir().unwrap();
    rt.block_on(async {
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("relevance.db").display()
        );
        let store = Store::connect(&url).await.unwrap();
        store.migrate().await.unwrap();
        store.seed(SeedMode::AddMissing).await.unwrap();
        let index = Arc::new(SearchIndex::in_memory().unwrap());
        vecino_app::index_sync::build(&store, &index).await.unwrap();
        store.close().await.unwrap();
        index
    })
}

/// Runs every judged query, prints the table per category, and returns the categories that
/// fell below their floors.
fn evaluate(
    name: &str,
    index: &SearchIndex,
    judged: &Judged,
    floors: &[(&str, f64, f64)],
) -> Vec<String> {
    let mut per_category: BTreeMap<String, (usize, f64, f64)> = BTreeMap::new();
    let mut misses: Vec<String> = Vec::new();
    for q in &judged.queries {
        let request = SearchRequest {
            query: q.q.clone(),
            locales: vec![q.lang.clone(), "en".into()],
            page: 1,
            per_page: 10,
            ..Default::default()
        };
        let hits = index.search_at(&request, JUDGED_ON).unwrap().hits;
        let ids: Vec<String> = hits
            .iter()
            .map(|h| format!("{}:{}", h.kind.as_str(), h.slug))
            .collect();
        let grade = |id: &String| {
            if q.relevant.contains(id) {
                2.0
            } else if q.partial.contains(id) {
                1.0
            } else {
                0.0
            }
        };
        let gains: Vec<f64> = ids.iter().map(grade).collect();
        let mut ideal: Vec<f64> = q
            .relevant
            .iter()
            .map(|_| 2.0)
            .chain(q.partial.iter().map(|_| 1.0))
            .collect();
        ideal.truncate(10);
        let ndcg = if ideal.is_empty() {
            1.0
        } else {
            dcg(&gains) / dcg(&ideal)
        };
        let found = q.relevant.iter().filter(|r| ids.contains(r)).count();
        let recall = if q.relevant.is_empty() {
            1.0
        } else {
            found as f64 / q.relevant.len() as f64
        };
        if recall < 1.0 {
            misses.push(format!(
                "{:<15} {:<8} {:?} → {:?}",
                q.category,
                q.lang,
                q.q,
                ids.iter().take(3).collect::<Vec<_>>()
            ));
        }
        let entry = per_category.entry(q.category.clone()).or_default();
        entry.0 += 1;
        entry.1 += ndcg;
        entry.2 += recall;
    }

    println!(
        "\n{name}\n{:<16} {:>7} {:>9} {:>10}",
        "category", "queries", "nDCG@10", "recall@10"
    );
    let mut failures = Vec::new();
    for (category, (n, ndcg, recall)) in &per_category {
        let (ndcg, recall) = (ndcg / *n as f64, recall / *n as f64);
        println!("{category:<16} {n:>7} {ndcg:>9.3} {recall:>10.3}");
        let (_, min_ndcg, min_recall) = floors
            .iter()
            .find(|(c, ..)| c == category)
            .copied()
            .unwrap_or(("", 0.0, 0.0));
        if ndcg < min_ndcg || recall < min_recall {
            failures.push(format!("{category}: nDCG {ndcg:.3} (floor {min_ndcg}), recall {recall:.3} (floor {min_recall})"));
        }
    }
    if std::env::var_os("VECINO_RELEVANCE_MISSES").is_some() {
        println!("\nqueries not fully recalled:\n{}", misses.join("\n"));
    }
    failures
}

#[test]
fn judged_queries_meet_their_floors() {
    let judged = judged("starter.toml");
    assert!(
        judged.queries.len() >= 250,
        "{} queries",
        judged.queries.len()
    );
    let rt = runtime();
    let index = starter_index(&rt);
    let failures = evaluate("starter.toml", &index, &judged, FLOORS);
    assert!(
        failures.is_empty(),
        "relevance fell below its floors:\n{}",
        failures.join("\n")
    );
}

/// `generated.toml`: judged queries over a fixed generated directory (plus the starter
/// content). A judgment names titles the generator produced: every generated service that
/// shares a judged record's title must be judged too, so no identical listing is left out.
#[test]
fn judged_queries_over_a_generated_directory_meet_their_floors() {
    let judged = judged("generated.toml");
    assert!(
        judged.queries.len() >= 60,
        "{} queries",
        judged.queries.len()
    );
    let categories: BTreeSet<&str> = judged.queries.iter().map(|q| q.category.as_str()).collect();
    for (category, ..) in GENERATED_FLOORS {
        assert!(categories.contains(category), "no {category} query");
    }

    let directory = vecino_gen::directory(GENERATED_SERVICES, GENERATED_SEED);
    let mut by_title: HashMap<&str, Vec<String>> = HashMap::new();
    for service in &directory.services {
        for (_, t) in service.name.iter() {
            by_title
                .entry(t.text.as_str())
                .or_default()
                .push(format!("service:{}", service.slug));
        }
    }
    let by_slug: HashMap<String, &Service> = directory
        .services
        .iter()
        .map(|s| (format!("service:{}", s.slug), s))
        .collect();
    let mut wrong = Vec::new();
    for q in &judged.queries {
        assert!(!q.relevant.is_empty(), "{:?} judges no record", q.q);
        let judged_ids: Vec<&String> = q.relevant.iter().chain(&q.partial).collect();
        for id in &judged_ids {
            let Some(service) = by_slug.get(*id) else {
                wrong.push(format!("{:?}: {id} is not in the generated directory", q.q));
                continue;
            };
            let (locale, title) = service.name.iter().next().unwrap();
            let left_out: Vec<&String> = by_title[title.text.as_str()]
                .iter()
                .filter(|other| !judged_ids.contains(other))
                .collect();
            if !left_out.is_empty() {
                wrong.push(format!(
                    "{:?}: {left_out:?} share {id}'s title {:?} but are not judged",
                    q.q, title.text
                ));
            }
            if q.category == "cross-language" && locale.as_str() == q.lang {
                wrong.push(format!(
                    "{:?}: {id} is written in the query's language",
                    q.q
                ));
            }
            if q.category == "exact" && q.q.to_lowercase() != title.text.to_lowercase() {
                wrong.push(format!(
                    "{:?}: an exact query is {id}'s title {:?}",
                    q.q, title.text
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "judgments to fix:\n{}", wrong.join("\n"));

    let rt = runtime();
    let index = starter_index(&rt);
    let organizations: HashMap<_, _> = directory.organizations.iter().map(|o| (o.id, o)).collect();
    for org in &directory.organizations {
        index.upsert(&IndexRecord::organization(org)).unwrap();
    }
    for service in &directory.services {
        let org = organizations.get(&service.organization_id).copied();
        index.upsert(&IndexRecord::service(service, org)).unwrap();
    }
    index.commit(index.revision().unwrap_or(0)).unwrap();

    let failures = evaluate("generated.toml", &index, &judged, GENERATED_FLOORS);
    assert!(
        failures.is_empty(),
        "relevance fell below its floors:\n{}",
        failures.join("\n")
    );
}
