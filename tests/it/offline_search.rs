//! Offline search parity: the starter content exported as a bundle in the 13 tier-1 languages,
//! loaded into the offline search engine (the search crate compiled to WebAssembly, as
//! `vecino serve` serves it at `/offline/search/`) under Node, must give the same top results
//! as the server's `/api/v1/search` for the same query and language — every judged query of
//! `crates/search/relevance/starter.toml` (exact words, typos, no accents, the other Chinese
//! script, other languages through the glossary, prefixes), plus the API's errors and
//! suggestions. Skipped (with a note) without Node.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;
use serde_json::{Value, json};
use vecino_e2e::{Server, run};

const TIER1: &str = "en,es,zh-Hans,zh-Hant,vi,tl,ko,ar,fa,ru,hy,ht,pt-BR";
/// How many of the top results must be the same, in the same order.
const TOP: usize = 5;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[derive(Deserialize)]
struct Judged {
    queries: Vec<Judgement>,
}

#[derive(Deserialize)]
struct Judgement {
    q: String,
    lang: String,
    category: String,
}

fn ids(results: &Value) -> Vec<String> {
    results["results"]
        .as_array()
        .unwrap_or_else(|| panic!("no results in {results}"))
        .iter()
        .map(|h| {
            format!(
                "{}:{}",
                h["kind"].as_str().unwrap(),
                h["slug"].as_str().unwrap()
            )
        })
        .collect()
}

fn judged(file: &str) -> Vec<Judgement> {
    let path = workspace().join("crates/search/relevance").join(file);
    toml::from_str::<Judged>(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .queries
}

fn no_node() -> bool {
    let missing = Command::new("node").arg("--version").output().is_err();
    if missing {
        vecino_e2e::skip("offline search parity", "node is not installed");
    }
    missing
}

#[test]
fn offline_search_gives_the_servers_top_results_in_every_tier1_language() {
    if no_node() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let dir = data.path();
    let (ok, out) = run(dir, &["seed"], &[]);
    assert!(ok, "{out}");
    parity(dir, &judged("starter.toml"), true);
}

/// The starter content plus 1,000 generated services written in en, es, vi, zh-Hans, ar and
/// tl, and the judged queries over generated titles.
#[test]
fn offline_search_gives_the_servers_top_results_over_a_generated_directory() {
    if no_node() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let dir = data.path();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let url = format!("sqlite://{}?mode=rwc", dir.join("vecino.db").display());
        let store = vecino_store::Store::connect(&url).await.unwrap();
        store.migrate().await.unwrap();
        store
            .seed(vecino_store::seed::SeedMode::AddMissing)
            .await
            .unwrap();
        let directory = vecino_gen::directory(1_000, 7);
        for org in &directory.organizations {
            store.put_organization(org).await.unwrap();
        }
        for service in &directory.services {
            store.put_service(service).await.unwrap();
        }
        store.close().await.unwrap();
    });
    let mut queries = judged("generated.toml");
    queries.extend(judged("starter.toml"));
    parity(dir, &queries, false);
}

/// Exports the directory in `dir` in the tier-1 languages, serves it, and compares the offline
/// engine's answers with the server's for `queries` (and, with `specials`, errors, paging,
/// filters, suggestions and a new release).
fn parity(dir: &Path, queries: &[Judgement], with_specials: bool) {
    let bundle = dir.join("bundle");
    let (ok, out) = run(
        dir,
        &[
            "bundle",
            "export",
            "--region",
            "all",
            "--langs",
            TIER1,
            "--out",
            bundle.to_str().unwrap(),
        ],
        &[],
    );
    assert!(ok, "{out}");
    let server = Server::start_in(dir, &[]);
    let client = reqwest::blocking::Client::new();

    // The engine and its module are served as the offline client fetches them.
    let wasm = client
        .get(server.url("/offline/search/vecino_search.wasm"))
        .send()
        .unwrap();
    assert_eq!(wasm.status(), 200);
    assert_eq!(wasm.headers()["content-type"], "application/wasm");
    let etag = wasm.headers()["etag"].to_str().unwrap().to_owned();
    let wasm_bytes = wasm.bytes().unwrap();
    assert_eq!(&wasm_bytes[..4], b"\0asm");
    let again = client
        .get(server.url("/offline/search/vecino_search.wasm"))
        .header("if-none-match", &etag)
        .send()
        .unwrap();
    assert_eq!(again.status(), 304);
    let module = client
        .get(server.url("/offline/search/search.mjs"))
        .send()
        .unwrap();
    assert_eq!(module.status(), 200);
    assert!(
        module.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );

    let mut requests: Vec<Value> = queries
        .iter()
        .map(|j| json!({"op": "search", "q": j.q, "lang": j.lang}))
        .collect();
    let specials = [
        json!({"op": "search", "q": "   ", "lang": "es"}),
        json!({"op": "search", "q": "a".repeat(201), "lang": "vi"}),
        json!({"op": "search", "q": "daca", "lang": "en", "kind": "guide,planet"}),
        json!({"op": "search", "q": "abogado", "lang": "es", "page": 2, "per_page": 3}),
        json!({"op": "search", "q": "ciudadania", "lang": "es", "kind": "service"}),
        json!({"op": "search", "q": "clinica gratis", "lang": "es", "free": "true"}),
        json!({"op": "search", "q": "ayuda legal", "lang": "es", "no_status_questions": "true", "no_id": "1"}),
        json!({"op": "search", "q": "ciudadania", "lang": "es", "age": "30", "accepting": "false"}),
        json!({"op": "search", "q": "ciudadania", "lang": "es", "age": "200"}),
        json!({"op": "suggest", "q": "ciudada", "lang": "es"}),
        json!({"op": "suggest", "q": "公民", "lang": "zh-Hant"}),
    ];
    let specials = if with_specials { &specials[..] } else { &[] };
    requests.extend(specials.iter().cloned());
    let top_id = {
        let first = client
            .get(server.url("/api/v1/search"))
            .query(&[("q", "abogado"), ("lang", "es")])
            .send()
            .unwrap()
            .json::<Value>()
            .unwrap();
        let hit = first["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["kind"] == "service")
            .unwrap_or_else(|| panic!("no listing for abogado: {first}"));
        (
            hit["id"].as_str().unwrap().to_owned(),
            hit["slug"].as_str().unwrap().to_owned(),
        )
    };
    requests.push(json!({"op": "load-without", "id": top_id.0}));
    requests.push(json!({"op": "search", "q": "abogado", "lang": "es"}));

    let scratch = tempfile::tempdir().unwrap();
    let requests_path = scratch.path().join("requests.json");
    let answers_path = scratch.path().join("answers.json");
    std::fs::write(&requests_path, serde_json::to_vec(&requests).unwrap()).unwrap();
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(bundle.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["seq"], 1);
    let node = Command::new("node")
        .arg(workspace().join("tests/it/offline_search.mjs"))
        .arg(&bundle)
        .arg(&server.base)
        .arg(&requests_path)
        .arg(&answers_path)
        .output()
        .unwrap();
    assert!(
        node.status.success(),
        "{}{}",
        String::from_utf8_lossy(&node.stdout),
        String::from_utf8_lossy(&node.stderr)
    );
    let answers: Value = serde_json::from_slice(&std::fs::read(&answers_path).unwrap()).unwrap();
    assert!(
        answers["loaded"]["records"].as_u64().unwrap() > 50,
        "{}",
        answers["loaded"]
    );
    let answers = answers["answers"].as_array().unwrap();
    assert_eq!(answers.len(), requests.len());

    // Every judged query: the same top results, in the same order.
    let mut differ: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut compared = 0;
    for (i, (j, offline)) in queries.iter().zip(answers).enumerate() {
        let online: Value = client
            .get(server.url("/api/v1/search"))
            .query(&[("q", j.q.as_str()), ("lang", j.lang.as_str())])
            .send()
            .unwrap()
            .json()
            .unwrap();
        assert!(
            offline.get("results").is_some(),
            "{i}: {:?} in {}: {offline}; asked {}",
            j.q,
            j.lang,
            requests[i]
        );
        let (on, off) = (ids(&online), ids(offline));
        let n = TOP.min(on.len()).max(TOP.min(off.len()));
        compared += 1;
        if on[..n.min(on.len())] != off[..n.min(off.len())] || online["total"] != offline["total"] {
            differ.entry(j.lang.clone()).or_default().push(format!(
                "[{}] {:?}: server {} {:?}, offline {} {:?}",
                j.category,
                j.q,
                online["total"],
                &on[..n.min(on.len())],
                offline["total"],
                &off[..n.min(off.len())]
            ));
        }
        // The same words are marked in the same text.
        if let (Some(a), Some(b)) = (online["results"].get(0), offline["results"].get(0))
            && a["id"] == b["id"]
        {
            for key in ["title", "locale", "snippet"] {
                if a[key] != b[key] {
                    differ.entry(j.lang.clone()).or_default().push(format!(
                        "[{}] {:?}: {key} of the first result: server {}, offline {}",
                        j.category, j.q, a[key], b[key]
                    ));
                }
            }
        }
    }
    eprintln!(
        "offline search parity: {compared} judged queries, {} differ",
        differ.values().map(Vec::len).sum::<usize>()
    );
    for (lang, cases) in &differ {
        for case in cases {
            eprintln!("  {lang} {case}");
        }
    }
    assert!(
        differ.is_empty(),
        "offline and server results differ: {differ:#?}"
    );

    // Errors: the API's problem, code and localized words alike.
    let rest = &answers[queries.len()..];
    for (request, offline) in specials.iter().zip(rest) {
        let mut query: Vec<(String, String)> = Vec::new();
        for (k, v) in request.as_object().unwrap() {
            if k != "op" {
                query.push((
                    k.clone(),
                    v.as_str().map_or_else(|| v.to_string(), str::to_owned),
                ));
            }
        }
        let path = format!("/api/v1/{}", request["op"].as_str().unwrap());
        let response = client.get(server.url(&path)).query(&query).send().unwrap();
        let status = response.status().as_u16();
        let online: Value = response.json().unwrap();
        if status == 200 {
            assert!(offline.get("problem").is_none(), "{request}: {offline}");
            if request["op"] == "suggest" {
                assert_eq!(online["suggestions"], offline["suggestions"], "{request}");
                assert!(
                    !online["suggestions"].as_array().unwrap().is_empty(),
                    "{request}"
                );
            } else {
                assert_eq!(ids(&online), ids(offline), "{request}");
                assert_eq!(online["total"], offline["total"], "{request}");
                assert_eq!(online["page"], offline["page"], "{request}");
                assert_eq!(online["per_page"], offline["per_page"], "{request}");
            }
        } else {
            let problem = &offline["problem"];
            for key in ["type", "title", "status", "detail", "code", "parameter"] {
                assert_eq!(online[key], problem[key], "{key} of {request}");
            }
        }
    }

    // After a release without the first result, that listing is no longer found offline.
    let n = queries.len() + specials.len();
    assert!(answers[n]["records"].as_u64().is_some(), "{}", answers[n]);
    let after = ids(&answers[n + 1]);
    assert!(
        !after.contains(&format!("service:{}", top_id.1)),
        "{after:?}"
    );
    assert!(!after.is_empty());
    drop(server);
}
