use reqwest::blocking::Client;
use serde_json::Value;
use vecino_e2e::{Server, postgres_scratch, run};

fn get(
    client: &Client,
    url: &str,
    accept_language: Option<&str>,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let mut req = client.get(url);
    if let Some(al) = accept_language {
        req = req.header("Accept-Language", al);
    }
    let resp = req.send().unwrap();
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    (status, headers, resp.json().unwrap())
}

/// The "done when" of the foundation, on a fresh data directory.
#[test]
fn a_fresh_start_serves_the_multilingual_starter_directory() {
    let server = Server::start(&[]);
    assert!(
        server.data_dir().join("vecino.db").exists(),
        "the SQLite file is created"
    );
    let client = Client::new();

    let (status, headers, kyr) = get(
        &client,
        &server.url("/api/v1/guides/know-your-rights"),
        Some("es-MX"),
    );
    assert_eq!(status, 200);
    assert_eq!(kyr["title"]["locale"], "es");
    assert_eq!(
        kyr["title"]["provenance"], "machine",
        "our Spanish is an honest machine translation"
    );
    assert_eq!(kyr["body"]["locale"], "es");
    assert!(
        kyr["body"]["text"].as_str().unwrap().contains("abogado"),
        "Spanish body"
    );
    assert_eq!(headers["content-language"], "es");
    assert_eq!(headers["vary"], "Accept-Language");
    assert!(kyr["sources"].as_array().unwrap().len() >= 2);
    assert!(kyr["reviewed_at"].is_string());

    let (_, headers, daca) = get(&client, &server.url("/api/v1/guides/daca?lang=zh-TW"), None);
    assert_eq!(daca["title"]["locale"], "zh-Hant");
    assert_eq!(headers["content-language"], "zh-Hant");
    assert!(
        !daca["changing_facts"].as_array().unwrap().is_empty(),
        "DACA facts are marked as changing"
    );

    let (_, headers, de) = get(
        &client,
        &server.url("/api/v1/guides/daca"),
        Some("de-DE,de;q=0.9"),
    );
    assert_eq!(de["title"]["locale"], "en");
    assert_eq!(
        de["title"]["fell_back"], true,
        "an unsupported locale falls back to English and says so"
    );
    assert_eq!(headers["content-language"], "en");

    let (_, _, guides) = get(&client, &server.url("/api/v1/guides"), Some("ar"));
    assert_eq!(guides["guides"].as_array().unwrap().len(), 7);
    assert!(
        guides["guides"]
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g["title"]["locale"] == "ar")
    );

    let (_, _, services) = get(
        &client,
        &server.url("/api/v1/services?per_page=100"),
        Some("es"),
    );
    let items = services["services"].as_array().unwrap();
    assert!(services["total"].as_u64().unwrap() >= 28);
    assert!(
        items
            .iter()
            .all(|s| s["name"]["locale"] == "es" && s["verified_at"].is_null())
    );
    let idnyc = items
        .iter()
        .find(|s| s["name"]["text"].as_str().unwrap().contains("IDNYC"))
        .expect("IDNYC is listed");
    let (status, _, by_slug) = get(
        &client,
        &server.url(&format!(
            "/api/v1/services/{}",
            idnyc["slug"].as_str().unwrap()
        )),
        None,
    );
    assert_eq!(status, 200);
    let (_, _, by_id) = get(
        &client,
        &server.url(&format!(
            "/api/v1/services/{}",
            idnyc["id"].as_str().unwrap()
        )),
        None,
    );
    assert_eq!(by_slug["id"], by_id["id"]);
    let org = by_id["organization"]["slug"].as_str().unwrap();
    let (status, _, org) = get(
        &client,
        &server.url(&format!("/api/v1/organizations/{org}")),
        Some("es"),
    );
    assert_eq!(status, 200);
    assert!(
        org["services"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == idnyc["id"])
    );

    let (_, _, locales) = get(&client, &server.url("/api/v1/locales"), None);
    let rtl: Vec<_> = locales["locales"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["direction"] == "rtl")
        .map(|l| l["tag"].as_str().unwrap())
        .collect();
    assert_eq!(rtl, ["ar", "fa"]);
    let (_, _, topics) = get(&client, &server.url("/api/v1/topics"), Some("es"));
    let kyr_topic = topics["topics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["slug"] == "know-your-rights")
        .unwrap();
    assert_ne!(
        kyr_topic["name"], "Know your rights",
        "topic names are localized"
    );
    assert_eq!(topics["welcoming_categories"].as_array().unwrap().len(), 7);

    let (status, _, health) = get(&client, &server.url("/healthz"), None);
    assert_eq!((status, health["database"].as_str()), (200, Some("sqlite")));
}

#[test]
fn seed_is_idempotent_through_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, first) = run(dir.path(), &["seed"], &[]);
    assert!(ok, "{first}");
    let (ok, second) = run(dir.path(), &["seed"], &[]);
    assert!(ok, "{second}");
    assert!(second.contains("0 added, 0 refreshed"), "{second}");
    let (ok, refresh) = run(dir.path(), &["seed", "--refresh"], &[]);
    assert!(ok && refresh.contains("0 added, 0 refreshed"), "{refresh}");
    let (ok, migrate) = run(dir.path(), &["migrate"], &[]);
    assert!(ok && migrate.contains("up to date"), "{migrate}");
}

#[test]
fn help_reads_well() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, help) = run(dir.path(), &["--help"], &[]);
    assert!(ok);
    for word in [
        "serve",
        "migrate",
        "seed",
        "VECINO_DATA_DIR",
        "VECINO_DATABASE_URL",
        "immigrant",
    ] {
        assert!(help.contains(word), "--help lacks {word}:\n{help}");
    }
}

#[test]
fn serves_from_postgresql_when_its_url_is_set() {
    let Some(database) = postgres_scratch("serve") else {
        eprintln!("VECINO_TEST_POSTGRES_URL is not set: PostgreSQL serving not tested");
        return;
    };
    let server = Server::start(&[("VECINO_DATABASE_URL", &database.url)]);
    let client = Client::new();
    let (_, _, health) = get(&client, &server.url("/healthz"), None);
    assert_eq!(health["database"], "postgres");
    let (status, _, kyr) = get(
        &client,
        &server.url("/api/v1/guides/know-your-rights?lang=vi"),
        None,
    );
    assert_eq!(status, 200);
    assert_eq!(kyr["title"]["locale"], "vi");
    assert!(
        !server.data_dir().join("vecino.db").exists(),
        "no SQLite file when PostgreSQL is used"
    );
}
