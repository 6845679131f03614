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

/// Writes three clinics with known safety facts, one ended program and one listing whose
/// source last checked it years ago, into the database in `dir`.
fn clinics_in(dir: &std::path::Path) {
    use vecino_core::{
        AsksStatus, IdNeeded, Known, LocaleTag, LocalizedText, Organization, SafetyFacts, Service,
        ServiceStatus, Slug, Source, Topic, Trust, stable_id,
    };
    let text = |en: &str| LocalizedText::original(LocaleTag::parse("en").unwrap(), en).unwrap();
    let source = Source::new("Clinic FAQ", "https://example.org/faq").unwrap();
    let trust = |checked: Option<&str>| Trust {
        sources: vec![source.clone()],
        verified_at: None,
        verifier: None,
        changed_since_check: None,
        kept: None,
        source_checked_on: checked.map(|d| d.parse().unwrap()),
    };
    let known = |value| {
        Some(Known {
            value,
            source: source.clone(),
            checked: "2026-11-30".parse().unwrap(),
        })
    };
    let org_slug = Slug::parse("harbor-health-network").unwrap();
    let org = Organization {
        id: stable_id("organization", &org_slug),
        name: text("Harbor health network"),
        slug: org_slug,
        description: None,
        url: None,
        email: None,
        phones: vec![],
        trust: trust(None),
    };
    let service = |slug: &str, name: &str, description: &str| {
        let slug = Slug::parse(slug).unwrap();
        Service {
            id: stable_id("service", &slug),
            organization_id: org.id,
            name: text(name),
            description: text(description),
            slug,
            status: ServiceStatus::Active,
            topics: vec![Topic::Health],
            languages: vec![],
            accreditation: None,
            accreditation_evidence: None,
            free: Some(true),
            url: None,
            email: None,
            phones: vec![],
            schedule: None,
            locations: vec![],
            trust: trust(Some("2026-11-01")),
            details: Default::default(),
            review_interval_days: None,
            safety: SafetyFacts::default(),
        }
    };
    let mut safe = service(
        "harbor-eastside-clinic",
        "Harbor eastside clinic",
        "Primary care.",
    );
    safe.safety.asks_status = known(AsksStatus::No);
    safe.safety.id_needed = Some(Known {
        value: IdNeeded::None,
        source: source.clone(),
        checked: "2026-11-30".parse().unwrap(),
    });
    let mut asks = service(
        "harbor-westside-clinic",
        "Harbor westside clinic",
        "Free primary care.",
    );
    asks.safety.asks_status = known(AsksStatus::Yes);
    let mut ended = service(
        "harbor-ended-clinic",
        "Harbor northside clinic",
        "Primary care.",
    );
    ended.status = ServiceStatus::Defunct;
    let mut stale = service(
        "harbor-southside-clinic",
        "Harbor southside clinic",
        "Primary care.",
    );
    stale.trust = trust(Some("2019-03-01"));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let url = format!("sqlite://{}?mode=rwc", dir.join("vecino.db").display());
        let store = vecino_store::Store::connect(&url).await.unwrap();
        store.migrate().await.unwrap();
        store.put_organization(&org).await.unwrap();
        for s in [&safe, &asks, &ended, &stale] {
            store.put_service(s).await.unwrap();
        }
        store.close().await.unwrap();
    });
}

/// A Spanish speaker's "clínica gratis sin papeles" on the real binary: the free clinic whose
/// sourced fact says it does not ask about status first; the filters and their counts as
/// `/api/v1/search` documents them; an ended program and a listing long past its review not
/// found at all.
#[test]
fn the_safety_facts_filter_count_and_rank_on_the_api() {
    let data = tempfile::tempdir().unwrap();
    clinics_in(data.path());
    let server = Server::start_in(data.path(), &[]);
    let client = Client::new();
    let get = |query: &[(&str, &str)]| -> (u16, Value) {
        let response = client
            .get(server.url("/api/v1/search"))
            .query(query)
            .send()
            .unwrap();
        (response.status().as_u16(), response.json().unwrap())
    };
    let slugs = |v: &Value| -> Vec<String> {
        v["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h["kind"] == "service")
            .map(|h| h["slug"].as_str().unwrap().to_owned())
            .filter(|s| s.starts_with("harbor-"))
            .collect()
    };

    let (_, es) = get(&[("q", "clínica gratis sin papeles"), ("lang", "es")]);
    let found = slugs(&es);
    assert_eq!(found[0], "harbor-eastside-clinic", "{es}");
    assert!(found.contains(&"harbor-westside-clinic".to_owned()), "{es}");

    let (_, all) = get(&[("q", "harbor"), ("kind", "service")]);
    let mut found = slugs(&all);
    found.sort();
    // Defunct, and checked by its source in 2019: neither is found.
    assert_eq!(
        found,
        ["harbor-eastside-clinic", "harbor-westside-clinic"],
        "{all}"
    );
    let facets = &all["facets"];
    assert_eq!(facets["free"], 2, "{facets}");
    assert_eq!(facets["no_status_questions"], 1, "{facets}");
    assert_eq!(facets["no_id"], 1, "{facets}");
    assert_eq!(facets["accepting"], 0, "{facets}");

    for filter in ["no_status_questions", "no_id"] {
        let (status, only) = get(&[("q", "harbor"), (filter, "true")]);
        assert_eq!(status, 200);
        assert_eq!(slugs(&only), ["harbor-eastside-clinic"], "{filter}: {only}");
    }
    let (_, none) = get(&[("q", "harbor"), ("accepting", "true")]);
    assert_eq!(none["total"], 0, "{none}");
    let (_, aged) = get(&[("q", "harbor"), ("age", "30"), ("kind", "service")]);
    assert_eq!(aged["total"], 2, "{aged}");

    let (status, problem) = get(&[("q", "harbor"), ("age", "old")]);
    assert_eq!(status, 400);
    assert_eq!(problem["parameter"], "age", "{problem}");

    let openapi: Value = client
        .get(server.url("/api/v1/openapi.json"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let params: Vec<&str> = openapi["paths"]["/api/v1/search"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for name in ["no_status_questions", "no_id", "accepting", "age", "free"] {
        assert!(params.contains(&name), "{name} not in {params:?}");
    }
    let logs = server.stop();
    assert!(!logs.contains("papeles"), "the query text is never logged");
}
