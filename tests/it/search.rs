//! Search on the real binary: residents' own languages, and an index that survives a restart.

use reqwest::blocking::Client;
use serde_json::Value;
use vecino_e2e::Server;

/// A resident on the real binary: Spanish typed without accents, and Arabic.
#[test]
fn residents_search_in_their_own_language() {
    let server = Server::start(&[]);
    let client = Client::new();
    let get =
        |path: &str| -> Value { client.get(server.url(path)).send().unwrap().json().unwrap() };

    let es = get("/api/v1/search?q=ciudadania&lang=es");
    assert!(es["total"].as_u64().unwrap() >= 1);
    let first = &es["results"][0];
    assert_eq!(first["locale"], "es");
    assert!(
        first["title"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("ciudadan"),
        "{first}"
    );

    let ar = get("/api/v1/search?q=%D8%AD%D9%82%D9%88%D9%82%D9%83&lang=ar"); // حقوقك
    assert_eq!(ar["results"][0]["slug"], "know-your-rights", "{ar}");
    assert_eq!(ar["results"][0]["locale"], "ar");

    // A language the listings are not written in still reaches them (glossary): 身份证 → ID cards.
    let zh = get("/api/v1/search?q=%E8%BA%AB%E4%BB%BD%E8%AF%81&lang=zh-Hans&kind=service");
    let slugs: Vec<&str> = zh["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["slug"].as_str().unwrap())
        .collect();
    assert!(
        slugs
            .iter()
            .any(|s| s.contains("idnyc") || s.contains("id-card") || s.contains("resident-card")),
        "{slugs:?}"
    );

    let logs = server.stop();
    assert!(
        !logs.contains("ciudadania"),
        "the query text is never logged"
    );
}

#[test]
fn the_index_survives_a_restart_and_reindex_rebuilds_it() {
    let server = Server::start(&[]);
    let data = server.data_dir().to_owned();
    let client = Client::new();
    let before: Value = client
        .get(server.url("/api/v1/search?q=idnyc"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    // While the server holds the index, reindex refuses and says why.
    let (ok, busy) = vecino_e2e::run(&data, &["reindex"], &[]);
    assert!(!ok && busy.contains("in use"), "{busy}");
    let first_logs = server.stop_keeping_data();

    let server = Server::start_in(&data, &[]);
    let after: Value = client
        .get(server.url("/api/v1/search?q=idnyc"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(before["results"][0]["slug"], after["results"][0]["slug"]);
    let logs = server.stop_keeping_data();
    assert!(first_logs.contains("search index built"), "{first_logs}");
    assert!(logs.contains("search index reopened"), "{logs}");

    let (ok, out) = vecino_e2e::run(&data, &["reindex"], &[]);
    assert!(ok && out.contains("Search index rebuilt"), "{out}");
    std::fs::remove_dir_all(&data).ok();
}
