//! A fresh data directory on the real binary serves the multilingual starter directory.

use std::path::Path;
use std::time::{Duration, Instant};

use reqwest::blocking::Client;
use serde_json::Value;
use vecino_bundle::TrustAnchor;
use vecino_bundle::verify::verify_dir;
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

    let (_, _, citizenship) = get(&client, &server.url("/api/v1/guides/citizenship"), None);
    let fee = citizenship["changing_facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "n400-fee")
        .expect("the N-400 fee is a changing fact");
    assert_eq!(
        fee["took_effect"], "2024-04-01",
        "the fee rule's date is when it took effect"
    );
    assert_ne!(
        fee["checked"], "2024-04-01",
        "the day a fee took effect is never shown as the day it was checked"
    );

    let (status, _, ended) = get(
        &client,
        &server.url("/api/v1/services/santa-clara-county-da-immigration-fraud-seminars"),
        None,
    );
    assert_eq!(status, 200, "an ended program is kept with its history");
    assert_eq!(ended["status"], "defunct");

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

/// Downloads the release the server publishes for `region` into `to`, as a client would.
fn download(client: &Client, server: &Server, region: &str, to: &Path) -> Value {
    for name in [
        "manifest.json",
        "manifest.json.sig",
        "keys.json",
        "keys.json.sig",
    ] {
        let resp = client
            .get(server.url(&format!("/bundles/{region}/{name}")))
            .send()
            .unwrap();
        assert_eq!(resp.status(), 200, "{name}");
        std::fs::create_dir_all(to).unwrap();
        std::fs::write(to.join(name), resp.bytes().unwrap()).unwrap();
    }
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(to.join("manifest.json")).unwrap()).unwrap();
    for file in manifest["files"].as_array().unwrap() {
        for enc in ["zstd", "gzip"] {
            let path = file[enc]["path"].as_str().unwrap();
            let resp = client
                .get(server.url(&format!("/bundles/{region}/{path}")))
                .send()
                .unwrap();
            assert_eq!(resp.status(), 200, "{path}");
            let target = to.join(path);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(target, resp.bytes().unwrap()).unwrap();
        }
    }
    manifest
}

/// `vecino serve` on a fresh data directory (the README's one run command) publishes an
/// offline bundle by itself: the offline app pins the key from its first page, lists a region
/// as soon as the background export is done, and what it downloads verifies. A second start
/// publishes nothing more.
#[test]
fn a_fresh_start_publishes_a_verifiable_offline_bundle() {
    let first_release = [("VECINO_BUNDLE_FIRST_RELEASE", "true")];
    let server = Server::start(&first_release);
    let client = Client::new();
    // The keys are made before the server answers, so the app's first page pins the root key.
    let root = std::fs::read_to_string(server.data_dir().join("bundle-keys/root.pub")).unwrap();
    let root = root.trim().to_owned();
    let page = client
        .get(server.url("/offline/"))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(
        page.contains(&format!(r#"name="vecino-root-key" content="{root}""#)),
        "{page}"
    );

    // The region list the offline app shows fills once the background export is done (a
    // generous deadline: this is no timing assertion, only a bound on waiting).
    let deadline = Instant::now() + Duration::from_secs(300);
    let regions = loop {
        let index: Value = client
            .get(server.url("/bundles/"))
            .send()
            .unwrap()
            .json()
            .unwrap();
        let regions = index["regions"].as_array().cloned().unwrap_or_default();
        if !regions.is_empty() {
            break regions;
        }
        assert!(
            Instant::now() < deadline,
            "no bundle published:\n{}",
            server.logs()
        );
        std::thread::sleep(Duration::from_millis(250));
    };
    assert_eq!(regions.len(), 1);
    assert_eq!(
        (regions[0]["id"].as_str(), regions[0]["seq"].as_u64()),
        (Some("all"), Some(1))
    );
    let languages: Vec<&str> = regions[0]["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert_eq!(
        languages,
        [
            "en", "es", "zh-Hans", "zh-Hant", "vi", "tl", "ko", "ar", "fa", "ru", "hy", "ht",
            "pt-BR"
        ]
    );

    let got = tempfile::tempdir().unwrap();
    let manifest = download(&client, &server, "all", got.path());
    let anchor = TrustAnchor {
        root: vecino_bundle::keys::parse_public(&root).unwrap(),
    };
    let verified = verify_dir(
        got.path(),
        &anchor,
        &Default::default(),
        vecino_core::Timestamp::now(),
        true,
    )
    .unwrap();
    assert_eq!(manifest["seq"], 1);
    // Every starter listing and guide, and the UI in every language.
    let listings = verified.release.contents["shared/listings"].len();
    assert!(listings >= 30, "{listings} listings");
    assert!(verified.release.contents["shared/guides"].len() >= 5);
    assert!(!verified.release.contents["vi/ui"].is_empty());
    let data = server.data_dir().to_owned();
    let logs = server.stop_keeping_data();
    assert!(
        logs.contains("first start: offline bundle published"),
        "{logs}"
    );

    // A second start on the same data directory: a bundle is there, none is made (the
    // decision is logged before the server answers).
    let again = Server::start_in(&data, &first_release);
    let index: Value = client
        .get(again.url("/bundles/"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(index["regions"][0]["seq"], 1);
    let logs = again.stop();
    assert!(!logs.contains("first start: publishing"), "{logs}");
    std::fs::remove_dir_all(&data).unwrap();
}

/// Opened before any bundle is published (as on a fresh start, while the first release is being
/// made), the offline app says it is checking again, and the region appears by itself once
/// published (in Chromium: tests/browser/offline-cache.mjs "appears"). The test publishes the
/// release itself while the page is open: a fresh server's first release is ready before a
/// browser could open the page, so it cannot be caught in the middle.
#[test]
fn the_offline_app_opened_early_shows_the_first_bundle_once_published() {
    use std::io::Write;
    if let Some(why) = crate::offline::missing() {
        vecino_e2e::skip("the offline first-release test", &why);
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    // The keys exist (the page pins the root key), no bundle yet.
    let (ok, out) = run(&data, &["bundle", "keys"], &[]);
    assert!(ok, "{out}");
    let server = Server::start_in(&data, &[]);
    crate::offline::run_script(
        "offline-cache.mjs",
        &["appears", &server.base],
        "offline-cache: all checks passed",
        Some(&server),
        |step, stdin| {
            assert_eq!(step, "publish");
            let (ok, out) = run(
                &data,
                &["bundle", "export", "--region", "all", "--langs", "es,en"],
                &[],
            );
            assert!(ok && out.contains("release 1"), "{out}");
            writeln!(stdin, "ok").unwrap();
        },
    );
    server.stop();
}
