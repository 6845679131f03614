//! HSDS through the real binary: `vecino import` of a real dataset while `vecino serve` runs,
//! the imported records in search, the `/hsds/` API validated against Open Referral's official
//! compiled schemas (HSDS 3.1), its interop details (any origin, the compiled profile schemas,
//! POST searches), and `vecino export` as JSON and as a CSV data package.
//!
//! Over 800 lines for a reason: each test is one operator's flow through the real binary
//! (import, serve, validate, export), read top to bottom; splitting a flow would hide its order.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use reqwest::blocking::Client;
use serde_json::Value;
use vecino_e2e::{Server, postgres_scratch, run};

fn fixture(rel: &str) -> Option<PathBuf> {
    vecino_e2e::shared_fixture(rel)
}

/// Where the official schemas live; their `$ref`s (`metadata.json`) are relative to it.
const SCHEMA_BASE: &str =
    "https://raw.githubusercontent.com/openreferral/specification/3.1/schema/";

/// An official schema, with its sibling schemas registered so its references resolve offline.
fn schema(rel: &str) -> jsonschema::Validator {
    let dir = fixture("hsds/3.1/schema").unwrap();
    let load =
        |p: PathBuf| -> Value { serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap() };
    let mut value = load(dir.join(rel));
    value["$id"] = Value::String(format!("{SCHEMA_BASE}{rel}"));
    let mut options = jsonschema::options().with_draft(jsonschema::Draft::Draft202012);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.ends_with(".json") && name != "openapi.json" {
            let resource = jsonschema::Resource::from_contents(load(path)).unwrap();
            options = options.with_resource(format!("{SCHEMA_BASE}{name}"), resource);
        }
    }
    options.build(&value).unwrap()
}

fn page_schema() -> jsonschema::Validator {
    let path = fixture("hsds/3.1/schema/openapi.json").unwrap();
    let api: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let mut page = api["components"]["schemas"]["Page"].clone();
    // The API's Page: every member present.
    page["required"] = serde_json::json!([
        "total_items",
        "total_pages",
        "page_number",
        "size",
        "first_page",
        "last_page",
        "empty"
    ]);
    jsonschema::validator_for(&page).unwrap()
}

fn check(validator: &jsonschema::Validator, value: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(value)
        .take(5)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}\n{value}");
}

struct Api<'a> {
    client: Client,
    server: &'a Server,
}

impl Api<'_> {
    fn get(&self, path: &str) -> (u16, Value) {
        let resp = self.client.get(self.server.url(path)).send().unwrap();
        let status = resp.status().as_u16();
        (status, resp.json().unwrap())
    }

    fn ok(&self, path: &str) -> Value {
        let (status, body) = self.get(path);
        assert_eq!(status, 200, "{path}: {body}");
        body
    }

    fn names(&self, path: &str) -> Vec<String> {
        self.ok(path)["contents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap().to_owned())
            .collect()
    }
}

#[test]
fn an_imported_dataset_is_searchable_and_served_as_valid_hsds() {
    let Some(ohana) = fixture("realdata/ohana-api-sanmateo") else {
        return;
    };
    let server = Server::start(&[]);
    let api = Api {
        client: Client::new(),
        server: &server,
    };
    // Imported while the server runs: the server follows the change feed into its index.
    let (ok, out) = run(
        server.data_dir(),
        &[
            "import",
            ohana.to_str().unwrap(),
            "--source-url",
            "https://github.com/codeforamerica/ohana-api",
            "--source-title",
            "Ohana API sample data (San Mateo County)",
            "--topic",
            "information-and-referral",
        ],
        &[],
    );
    assert!(ok, "{out}");
    assert!(out.contains("Read 8 organizations, 23 services"), "{out}");
    assert!(
        out.contains("Imported in one transaction: 31 records written"),
        "{out}"
    );
    assert!(
        out.contains("regular_schedules.csv:12"),
        "the report names the row: {out}"
    );
    assert!(out.contains("closes before it opens"), "{out}");

    // Without a source to cite, nothing is imported, and the command says why.
    let (ok, unsourced) = run(server.data_dir(), &["import", ohana.to_str().unwrap()], &[]);
    assert!(!ok, "{unsourced}");
    assert!(unsourced.contains("pass --source-url"), "{unsourced}");

    // Importing again changes nothing.
    let (ok, again) = run(
        server.data_dir(),
        &[
            "import",
            ohana.to_str().unwrap(),
            "--source-url",
            "https://github.com/codeforamerica/ohana-api",
            "--source-title",
            "Ohana API sample data (San Mateo County)",
            "--topic",
            "information-and-referral",
        ],
        &[],
    );
    assert!(
        ok && again.contains("0 records written, 31 unchanged"),
        "{again}"
    );

    // A resident finds an imported listing.
    let deadline = Instant::now() + Duration::from_secs(30);
    let hit = loop {
        let found = api.ok("/api/v1/search?q=second%20career%20employment&lang=en");
        let hit = found["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| {
                h["slug"]
                    .as_str()
                    .unwrap()
                    .starts_with("second-career-employment-program")
            })
            .cloned();
        if let Some(hit) = hit {
            break hit;
        }
        assert!(
            Instant::now() < deadline,
            "the import never reached search: {found}"
        );
        std::thread::sleep(Duration::from_millis(300));
    };
    let listing = api.ok(&format!("/api/v1/services/{}", hit["id"].as_str().unwrap()));
    assert_eq!(listing["name"]["provenance"], "imported");
    assert_eq!(
        listing["sources"][0]["url"],
        "https://github.com/codeforamerica/ohana-api"
    );

    // The HSDS API, validated against the official compiled schemas.
    let root = api.ok("/hsds/");
    assert_eq!(root["version"], "3.1");
    assert!(root["profile"].as_str().unwrap().ends_with("/hsds/profile"));
    let profile = api.ok("/hsds/profile");
    assert!(profile["patches"]["service.json"]["properties"]["vecino"].is_object());

    let page = page_schema();
    let service_list = schema("compiled/service_list.json");
    let services = api.ok("/hsds/services?per_page=100");
    check(&page, &services, "services page");
    let total = services["total_items"].as_u64().unwrap();
    assert!(total >= 23, "starter listings and the 23 imported: {total}");
    for item in services["contents"].as_array().unwrap() {
        check(&service_list, item, "service list item");
        assert!(item["last_modified"].is_string());
    }
    let second = api.ok("/hsds/services?per_page=2&page=2");
    assert_eq!(second["page_number"], 2);
    assert_eq!(second["size"], 2);
    assert_eq!(second["first_page"], false);

    let service = schema("compiled/service.json");
    let id = hit["id"].as_str().unwrap();
    let full = api.ok(&format!("/hsds/services/{id}"));
    check(&service, &full, "full service");
    assert_eq!(full["name"], "Second Career Employment Program");
    assert_eq!(
        full["vecino"]["name"]["texts"]["en"]["provenance"],
        "imported"
    );
    let place = &full["service_at_locations"][0]["location"];
    assert_eq!(place["addresses"][0]["city"], "San Mateo");
    assert_eq!(place["vecino"]["timezone"], "America/Los_Angeles");
    let codes: Vec<&str> = full["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["cmn", "tl", "it", "es"],
        "Chinese (Mandarin), Tagalog, Italian, Spanish"
    );

    let (status, missing) = api.get("/hsds/services/00000000-0000-4000-8000-000000000000");
    assert_eq!(status, 404, "{missing}");
    let (status, _) = api.get("/hsds/services?per_page=banana");
    assert_eq!(status, 400);
    // Not offered, so not silently ignored: a stream, or the minimal form.
    let (status, problem) = api.get("/hsds/services?format=ndjson");
    assert_eq!(
        (status, problem["code"].as_str()),
        (400, Some("invalid-parameter"))
    );
    let (status, _) = api.get("/hsds/services?minimal=true");
    assert_eq!(status, 400);

    let org_list = schema("compiled/organization_list.json");
    let orgs = api.ok("/hsds/organizations?per_page=100");
    check(&page, &orgs, "organizations page");
    for item in orgs["contents"].as_array().unwrap() {
        check(&org_list, item, "organization list item");
    }
    let org_id = full["organization_id"].as_str().unwrap();
    let org = api.ok(&format!("/hsds/organizations/{org_id}?full_service=true"));
    check(
        &schema("compiled/organization.json"),
        &org,
        "full organization",
    );
    assert_eq!(org["name"], "Peninsula Family Service");
    assert!(org["services"].as_array().unwrap().len() >= 4);

    let sal_list = schema("compiled/service_at_location_list.json");
    let sals = api.ok("/hsds/service_at_locations?per_page=100");
    check(&page, &sals, "service_at_locations page");
    for item in sals["contents"].as_array().unwrap() {
        check(&sal_list, item, "service_at_location list item");
    }
    let sal_id = sals["contents"][0]["id"].as_str().unwrap();
    let sal = api.ok(&format!("/hsds/service_at_locations/{sal_id}"));
    check(
        &schema("compiled/service_at_location.json"),
        &sal,
        "service_at_location",
    );
    assert_eq!(sal["id"], sal_id);
    let fulls = api.ok("/hsds/services?full=true&per_page=100");
    for item in fulls["contents"].as_array().unwrap() {
        check(&service, item, "full service in a list");
    }

    let terms = api.ok("/hsds/taxonomy_terms?per_page=100");
    check(&page, &terms, "taxonomy terms page");
    let term_schema = schema("taxonomy_term.json");
    for term in terms["contents"].as_array().unwrap() {
        check(&term_schema, term, "taxonomy term");
    }
    let taxonomies = api.ok("/hsds/taxonomies");
    check(
        &schema("taxonomy.json"),
        &taxonomies["contents"][0],
        "taxonomy",
    );

    // Vecino's profile: guides, valid against the profile's Guide schema.
    let profile_api: Value = serde_json::from_str(
        &std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../crates/hsds/profile/openapi.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let guide_schema =
        jsonschema::validator_for(&profile_api["components"]["schemas"]["Guide"]).unwrap();
    let guides = api.ok("/hsds/guides");
    check(&page, &guides, "guides page");
    assert_eq!(guides["total_items"], 7);
    for guide in guides["contents"].as_array().unwrap() {
        check(&guide_schema, guide, "guide");
    }
    let kyr = guides["contents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["slug"] == "know-your-rights")
        .unwrap();
    assert!(
        kyr["title"]["texts"].as_object().unwrap().len() >= 13,
        "every language"
    );
    let one = api.ok(&format!("/hsds/guides/{}", kyr["id"].as_str().unwrap()));
    assert_eq!(&one, kyr);

    // Filters a 211 would use.
    let legal = terms["contents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "legal-aid")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let by_term = api.names(&format!(
        "/hsds/services?taxonomy_term_id={legal}&per_page=100"
    ));
    assert!(
        by_term.contains(&"Passport Photos".to_owned()),
        "{by_term:?}"
    );
    let of_org = api.ok(&format!(
        "/hsds/services?organization_id={org_id}&per_page=100"
    ));
    assert!(
        of_org["contents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["organization_id"] == org_id)
    );
    assert_eq!(
        api.ok("/hsds/services?modified_after=2999-01-01")["total_items"],
        0
    );
    // Filtered in the store or over the directory, the same services are counted.
    assert_eq!(
        api.ok("/hsds/services?modified_after=2020-01-01")["total_items"],
        total
    );
    let redwood = api.names("/hsds/services?postcode=94063&per_page=100");
    assert!(
        redwood.contains(&"Fair Oaks Adult Activity Center".to_owned()),
        "{redwood:?}"
    );
    assert!(!redwood.contains(&"Second Career Employment Program".to_owned()));
    // Menlo Park (94025) is ~10 km from Redwood City's 94063; San Mateo (94401) ~15 km.
    let near = api.names("/hsds/services?postcode=94063&proximity=5000&per_page=100");
    assert!(
        near.contains(&"Fair Oaks Adult Activity Center".to_owned()),
        "{near:?}"
    );
    assert!(
        !near.contains(&"Second Career Employment Program".to_owned()),
        "{near:?}"
    );
    let searched = api.names("/hsds/services?search=passport");
    assert_eq!(
        searched.first().map(String::as_str),
        Some("Passport Photos"),
        "{searched:?}"
    );

    // Vecino's locale parameter: a starter listing's Spanish translation, still valid HSDS,
    // while the profile object keeps every language with its provenance.
    let listings = api.ok("/api/v1/services?lang=es&per_page=100");
    let spanish = listings["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"]["locale"] == "es" && s["name"]["provenance"] != "original")
        .expect("a starter listing translated into Spanish");
    let sid = spanish["id"].as_str().unwrap();
    let in_es = api.ok(&format!("/hsds/services/{sid}?locale=es-MX"));
    check(&service, &in_es, "service in Spanish");
    assert_eq!(in_es["name"], spanish["name"]["text"]);
    let as_written = api.ok(&format!("/hsds/services/{sid}"));
    assert_ne!(
        as_written["name"], in_es["name"],
        "without locale: the source text"
    );
    assert_eq!(
        as_written["vecino"]["name"]["texts"]["es"]["text"], in_es["name"],
        "the profile carries the translation"
    );
    let (status, _) = api.get("/hsds/services?locale=@@");
    assert_eq!(status, 400);

    // And out again.
    let out_dir = server.data_dir().join("export");
    let (ok, text) = run(
        server.data_dir(),
        &[
            "export",
            "--format",
            "hsds3",
            "--out",
            out_dir.to_str().unwrap(),
        ],
        &[],
    );
    assert!(ok, "{text}");
    let exported: Value =
        serde_json::from_slice(&std::fs::read(out_dir.join("organizations.json")).unwrap())
            .unwrap();
    let org_schema = schema("compiled/organization.json");
    for org in exported.as_array().unwrap() {
        check(&org_schema, org, "exported organization");
    }
    let guides: Value =
        serde_json::from_slice(&std::fs::read(out_dir.join("guides.json")).unwrap()).unwrap();
    assert_eq!(guides.as_array().unwrap().len(), 7, "the starter guides");

    // Into a fresh directory and out again: nothing lost, nothing changed.
    let fresh = tempfile::tempdir().unwrap();
    // The operator's own export: its checks, sources, guides and events are believed only
    // when they say so.
    let (ok, text) = run(
        fresh.path(),
        &[
            "import",
            out_dir.to_str().unwrap(),
            "--source-url",
            "https://vecino.example.org/export",
            "--trust-vecino-profile",
            "--with-guides-and-events",
        ],
        &[],
    );
    assert!(ok, "{text}");
    assert!(text.contains("Everything was read."), "{text}");
    let again_dir = fresh.path().join("export");
    let (ok, text) = run(
        fresh.path(),
        &["export", "--out", again_dir.to_str().unwrap()],
        &[],
    );
    assert!(ok, "{text}");
    for file in [
        "organizations.json",
        "guides.json",
        "events.json",
        "taxonomy_terms.json",
    ] {
        let first = std::fs::read_to_string(out_dir.join(file)).unwrap();
        let second = std::fs::read_to_string(again_dir.join(file)).unwrap();
        assert!(first == second, "{file} changed in the round trip");
    }
}

/// The largest real dataset, into PostgreSQL: one transaction, and again without a change.
#[test]
fn the_dc_directory_imports_into_postgresql_once() {
    let Some(dc) = fixture("realdata/sarapis-orservices-dc/public/HSDS") else {
        return;
    };
    let Some(database) = postgres_scratch("hsds") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let env = [("VECINO_DATABASE_URL", database.url.as_str())];
    let args = [
        "import",
        dc.to_str().unwrap(),
        "--source-url",
        "https://github.com/sarapis/orservices",
    ];
    let (ok, out) = run(dir.path(), &args, &env);
    assert!(ok, "{out}");
    assert!(out.contains("Read 57 organizations"), "{out}");
    let written: usize = out
        .split("Imported in one transaction: ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("the import says what it wrote");
    assert!(written > 400, "{written}");
    assert!(
        out.contains("services.csv:"),
        "the report names rows: {out}"
    );
    let (ok, again) = run(dir.path(), &args, &env);
    assert!(ok, "{again}");
    assert!(
        again.contains(&format!("0 records written, {written} unchanged")),
        "{again}"
    );
    assert!(
        !dir.path().join("vecino.db").exists(),
        "PostgreSQL, not SQLite"
    );
}

/// A directory larger than one page, written through the store before the server starts:
/// 120 services in two organizations, a third of them about health.
fn write_directory(url: &str) -> (Vec<vecino_core::Service>, [vecino_core::Id; 2]) {
    use vecino_core::{
        LocaleTag, LocalizedText, Organization, Service, ServiceStatus, Slug, Source, Topic, Trust,
        stable_id,
    };
    let text = |s: &str| LocalizedText::original(LocaleTag::parse("en").unwrap(), s).unwrap();
    let trust = || Trust {
        sources: vec![Source::new("Example source", "https://example.org/source").unwrap()],
        verified_at: None,
        verifier: None,
        changed_since_check: None,
        kept: None,
        source_checked_on: None,
    };
    let orgs: Vec<Organization> = ["paging-north", "paging-south"]
        .iter()
        .map(|slug| {
            let slug = Slug::parse(slug).unwrap();
            Organization {
                id: stable_id("organization", &slug),
                name: text(&format!("Org {slug}")),
                slug,
                description: None,
                url: None,
                email: None,
                phones: vec![],
                trust: trust(),
            }
        })
        .collect();
    let services: Vec<Service> = (0..120)
        .map(|i| {
            let slug = Slug::parse(&format!("quetzal-{i:03}")).unwrap();
            Service {
                id: stable_id("service", &slug),
                organization_id: orgs[i % 2].id,
                name: text(&format!("Quetzal workshop {i}")),
                description: text("A weekly workshop."),
                slug,
                status: ServiceStatus::Active,
                topics: vec![if i % 3 == 0 {
                    Topic::Health
                } else {
                    Topic::Education
                }],
                languages: vec![],
                accreditation: None,
                accreditation_evidence: None,
                free: None,
                url: None,
                email: None,
                phones: vec![],
                schedule: None,
                // Every fourth service at two places: 60 services at locations in all.
                locations: if i % 4 == 0 {
                    (0..2)
                        .map(|n| {
                            let place = Slug::parse(&format!("quetzal-{i:03}-place-{n}")).unwrap();
                            vecino_core::ServiceAtLocation {
                                id: stable_id("service_at_location", &place),
                                location: vecino_core::Location {
                                    id: stable_id("location", &place),
                                    slug: place,
                                    name: None,
                                    address: None,
                                    point: None,
                                    timezone: "America/Los_Angeles".to_owned(),
                                    accessibility: vec![],
                                },
                                schedule: None,
                                service_areas: vec![],
                            }
                        })
                        .collect()
                } else {
                    vec![]
                },
                trust: trust(),
                details: Default::default(),
                review_interval_days: None,
                safety: Default::default(),
            }
        })
        .collect();
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let store = vecino_store::Store::connect(url).await.unwrap();
        store.migrate().await.unwrap();
        for org in &orgs {
            store.put_organization(org).await.unwrap();
        }
        for service in &services {
            store.put_service(service).await.unwrap();
        }
        store.close().await.unwrap();
    });
    (services, [orgs[0].id, orgs[1].id])
}

/// The ids of every page of a list, checking each page's size and totals on the way.
fn every_page(api: &Api<'_>, path: &str, total: u64) -> Vec<Value> {
    let mut items = Vec::new();
    let pages = total.div_ceil(50);
    for page in 1..=pages {
        let body = api.ok(&format!("{path}&per_page=50&page={page}"));
        assert_eq!(body["total_items"], total, "{path} page {page}");
        assert_eq!(body["total_pages"], pages, "{path} page {page}");
        assert_eq!(body["last_page"], page == pages, "{path} page {page}");
        let contents = body["contents"].as_array().unwrap();
        let expected = (total - (page - 1) * 50).min(50);
        assert_eq!(contents.len() as u64, expected, "{path} page {page}");
        if let Some(page_schema) = fixture("hsds/3.1/schema/openapi.json").map(|_| page_schema()) {
            check(&page_schema, &body, "page");
        }
        items.extend(contents.iter().cloned());
    }
    let ids: std::collections::HashSet<&str> =
        items.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len() as u64, total, "{path}: each service once");
    items
}

#[test]
fn search_and_modified_after_page_a_directory_larger_than_a_page() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("vecino.db").display()
    );
    lists_page_a_directory_larger_than_a_page(dir.path(), &url, &[]);
}

#[test]
fn lists_page_a_directory_larger_than_a_page_on_postgres() {
    let Some(database) = postgres_scratch("hsds_paging") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let env = [("VECINO_DATABASE_URL", database.url.as_str())];
    lists_page_a_directory_larger_than_a_page(dir.path(), &database.url, &env);
}

fn lists_page_a_directory_larger_than_a_page(
    dir: &std::path::Path,
    url: &str,
    env: &[(&str, &str)],
) {
    let (services, [north, south]) = write_directory(url);
    let server = Server::start_in(dir, env);
    let api = Api {
        client: Client::new(),
        server: &server,
    };
    // The server indexes the directory it finds.
    let deadline = Instant::now() + Duration::from_secs(60);
    while api.ok("/hsds/services?search=quetzal")["total_items"] != 120 {
        assert!(Instant::now() < deadline, "never indexed");
        std::thread::sleep(Duration::from_millis(300));
    }

    let searched = every_page(&api, "/hsds/services?search=quetzal", 120);
    assert!(
        searched
            .iter()
            .all(|s| s["name"].as_str().unwrap().starts_with("Quetzal workshop"))
    );
    // The page asked is the search's page: page 3 holds the last 20.
    let third = api.ok("/hsds/services?search=quetzal&per_page=50&page=3");
    assert_eq!(third["contents"].as_array().unwrap().len(), 20);
    assert_eq!(third["contents"][0]["id"], searched[100]["id"]);

    // Filters inside the search: one organization, one taxonomy term.
    let of_north = every_page(
        &api,
        &format!("/hsds/services?search=quetzal&organization_id={north}"),
        60,
    );
    assert!(
        of_north
            .iter()
            .all(|s| s["organization_id"] == north.to_string())
    );
    let terms = api.ok("/hsds/taxonomy_terms?per_page=100");
    let health = terms["contents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "health")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let healthy = api.ok(&format!(
        "/hsds/services?search=quetzal&taxonomy_term_id={health}&per_page=100"
    ));
    assert_eq!(healthy["total_items"], 40);
    let (status, _) = api.get("/hsds/services?search=quetzal&page=1001");
    assert_eq!(status, 400, "deeper than a search ranks");

    // Services at locations, a page at a time from the store: each once, in the services'
    // order and each service's own order of its places; filtered like services.
    let sals = every_page(&api, "/hsds/service_at_locations?format=json", 60);
    let services_in_order: Vec<&str> = sals
        .iter()
        .map(|s| s["service_id"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = services
        .iter()
        .filter(|s| !s.locations.is_empty())
        .flat_map(|s| [s.id.to_string(), s.id.to_string()])
        .collect();
    assert_eq!(services_in_order, expected);
    assert_eq!(
        sals[1]["id"],
        services[0].locations[1].id.to_string(),
        "a service's places in its order"
    );
    // The services at places are the even ones: all the northern organization's.
    let north_sals = every_page(
        &api,
        &format!("/hsds/service_at_locations?organization_id={north}"),
        60,
    );
    assert!(
        north_sals
            .iter()
            .all(|s| s["service"]["organization_id"] == north.to_string()),
        "{north_sals:?}"
    );
    let healthy_sals = api.ok(&format!(
        "/hsds/service_at_locations?taxonomy_term_id={health}&per_page=100"
    ));
    // Services 0, 12, 24 … (every fourth and every third): 10 services, 20 places.
    assert_eq!(healthy_sals["total_items"], 20, "{healthy_sals}");
    let south = api.ok(&format!(
        "/hsds/service_at_locations?organization_id={south}"
    ));
    assert_eq!(south["total_items"], 0, "{south}");
    let other = api.ok("/hsds/service_at_locations?taxonomy_id=someone-else");
    assert_eq!(other["total_items"], 0);
    // Organizations, a page at a time.
    let first = api.ok("/hsds/organizations?per_page=1");
    let second = api.ok("/hsds/organizations?per_page=1&page=2");
    assert_eq!(first["total_items"], 2);
    assert_eq!(first["contents"][0]["id"], north.to_string());
    assert_eq!(second["contents"][0]["name"], "Org paging-south");

    // modified_after: a feed in the order the services were written.
    let feed = every_page(&api, "/hsds/services?modified_after=2000-01-01", 120);
    let times: Vec<&str> = feed
        .iter()
        .map(|s| s["last_modified"].as_str().unwrap())
        .collect();
    let parsed: Vec<vecino_core::Timestamp> = times.iter().map(|t| t.parse().unwrap()).collect();
    assert!(parsed.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
    let third = api.ok("/hsds/services?modified_after=2000-01-01&per_page=50&page=3");
    assert_eq!(third["contents"].as_array().unwrap().len(), 20);

    // A service changed while the server runs comes alone after the time it changed.
    std::thread::sleep(Duration::from_millis(50));
    let before = vecino_core::Timestamp::now();
    std::thread::sleep(Duration::from_millis(50));
    let mut changed = services[7].clone();
    changed.description = vecino_core::LocalizedText::original(
        vecino_core::LocaleTag::parse("en").unwrap(),
        "A weekly workshop, now on Saturdays.",
    )
    .unwrap();
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let store = vecino_store::Store::connect(url).await.unwrap();
        store.put_service(&changed).await.unwrap();
        store.close().await.unwrap();
    });
    let recent = api.ok(&format!("/hsds/services?modified_after={before}"));
    assert_eq!(recent["total_items"], 1, "{recent}");
    assert_eq!(recent["contents"][0]["id"], changed.id.to_string());
    let last = api.ok("/hsds/services?modified_after=2000-01-01&per_page=50&page=3");
    assert_eq!(last["contents"][19]["id"], changed.id.to_string());
    // With a search too: the candidates are the recent ones.
    let recent_search = api.ok(&format!(
        "/hsds/services?modified_after={before}&search=quetzal"
    ));
    assert_eq!(recent_search["total_items"], 1, "{recent_search}");
    drop(server);
}

/// A compiled profile schema from `/hsds/schema`, with the official 3.1 compiled schema it
/// refers to registered from the fixtures (no network).
fn profile_schema(schemas: &Value, file: &str) -> jsonschema::Validator {
    let official = fixture(&format!("hsds/3.1/schema/compiled/{file}")).unwrap();
    let official: Value = serde_json::from_slice(&std::fs::read(official).unwrap()).unwrap();
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .with_resource(
            format!("{SCHEMA_BASE}compiled/{file}"),
            jsonschema::Resource::from_contents(official).unwrap(),
        )
        .build(&schemas["schemas"][file])
        .unwrap()
}

#[test]
fn hsds_3_1_interop_any_origin_profile_schemas_post_searches_and_the_csv_package() {
    if fixture("hsds/3.1/schema").is_none() {
        return;
    }
    let server = Server::start(&[]);
    let client = Client::new();
    let api = Api {
        client: client.clone(),
        server: &server,
    };

    // Any site may read the HSDS API: every answer, errors included, and the preflight.
    for path in [
        "/hsds/",
        "/hsds/services",
        "/hsds/services?per_page=banana",
        "/hsds/services/00000000-0000-4000-8000-000000000000",
        "/hsds/schema",
    ] {
        let resp = client.get(server.url(path)).send().unwrap();
        assert_eq!(
            resp.headers()
                .get("access-control-allow-origin")
                .map(|v| v.to_str().unwrap()),
            Some("*"),
            "{path}"
        );
    }
    let preflight = client
        .request(reqwest::Method::OPTIONS, server.url("/hsds/services"))
        .header("Origin", "https://211.example.org")
        .header("Access-Control-Request-Method", "POST")
        .send()
        .unwrap();
    assert!(preflight.status().is_success(), "{}", preflight.status());
    let allow = |name: &str| {
        preflight
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(allow("access-control-allow-origin"), "*");
    assert!(allow("access-control-allow-methods").contains("POST"));
    // The resident API is not opened up by it.
    let resident = client.get(server.url("/api/v1/services")).send().unwrap();
    assert!(
        resident
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );

    // The compiled profile schemas: /hsds/services responses meet them, and they check.
    let schemas = api.ok("/hsds/schema");
    assert_eq!(schemas["hsds_version"], "3.1");
    let profiled = profile_schema(&schemas, "service.json");
    let official = schema("compiled/service.json");
    let services = api.ok("/hsds/services?full=true&per_page=100");
    check(&page_schema(), &services, "services page");
    let items = services["contents"].as_array().unwrap();
    assert!(!items.is_empty());
    for item in items {
        check(&official, item, "full service (official 3.1)");
        check(&profiled, item, "full service (profile)");
    }
    let id = items[0]["id"].as_str().unwrap();
    let one = api.ok(&format!("/hsds/services/{id}"));
    check(&official, &one, "one service (official 3.1)");
    check(&profiled, &one, "one service (profile)");
    let mut bad = one.clone();
    bad["vecino"]["topics"] = serde_json::json!(["not-a-topic"]);
    assert!(!profiled.is_valid(&bad), "the profile schema checks");
    let org = api.ok(&format!(
        "/hsds/organizations/{}?full_service=true",
        one["organization_id"].as_str().unwrap()
    ));
    check(
        &profile_schema(&schemas, "organization.json"),
        &org,
        "organization (profile)",
    );

    // POST searches answer as the GETs with the same parameters, and refuse the same way.
    for path in [
        "/hsds/services?search=passport&per_page=5",
        "/hsds/services?full=true&per_page=3&page=2",
        "/hsds/organizations?per_page=4",
        "/hsds/service_at_locations?per_page=4",
        "/hsds/taxonomy_terms?search=legal",
        "/hsds/taxonomies",
    ] {
        let post = client.post(server.url(path)).send().unwrap();
        assert_eq!(post.status().as_u16(), 200, "{path}");
        let post: Value = post.json().unwrap();
        assert_eq!(post, api.ok(path), "POST {path}");
    }
    for path in [
        "/hsds/services?per_page=banana",
        "/hsds/services?colour=red",
    ] {
        let (status, got) = api.get(path);
        let post = client.post(server.url(path)).send().unwrap();
        assert_eq!(post.status().as_u16(), status, "{path}");
        assert_eq!(status, 400);
        let post: Value = post.json().unwrap();
        assert_eq!(post["code"], got["code"], "{path}");
    }
    let with_body = client
        .post(server.url("/hsds/services"))
        .body(r#"{"search": "passport"}"#)
        .send()
        .unwrap();
    assert_eq!(
        with_body.status().as_u16(),
        400,
        "a body is not silently ignored"
    );

    // The tabular export: a data package whose every CSV header is its schema's fields…
    let out = server.data_dir().join("hsds-csv");
    let (ok, text) = run(
        server.data_dir(),
        &["export", "--format", "hsds-csv", out.to_str().unwrap()],
        &[],
    );
    assert!(ok, "{text}");
    let package: Value =
        serde_json::from_slice(&std::fs::read(out.join("datapackage.json")).unwrap()).unwrap();
    let resources = package["resources"].as_array().unwrap();
    assert!(resources.len() >= 20, "every HSDS table");
    let mut service_rows = 0;
    for resource in resources {
        let path = out.join(resource["path"].as_str().unwrap());
        let text = std::fs::read_to_string(&path).unwrap();
        // Field names need no quoting: the header is the first line, split at commas.
        let header: Vec<&str> = text.lines().next().unwrap().split(',').collect();
        let fields: Vec<&str> = resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(header, fields, "{}", path.display());
        let rows = csv_records(&text) - 1;
        if resource["name"] == "service" {
            service_rows = rows;
        }
    }
    assert_eq!(
        service_rows as u64,
        api.ok("/hsds/services")["total_items"].as_u64().unwrap()
    );

    // …and that Frictionless itself finds valid.
    let probe = std::process::Command::new("python3")
        .args(["-c", "import frictionless"])
        .output();
    match probe {
        Ok(o) if o.status.success() => {
            let report = std::process::Command::new("python3")
                .args([
                    "-c",
                    "import sys, frictionless\n\
                     r = frictionless.validate(sys.argv[1])\n\
                     print(r.to_summary() if not r.valid else 'valid')\n\
                     sys.exit(0 if r.valid else 1)",
                    out.join("datapackage.json").to_str().unwrap(),
                ])
                .output()
                .unwrap();
            assert!(
                report.status.success(),
                "{}{}",
                String::from_utf8_lossy(&report.stdout),
                String::from_utf8_lossy(&report.stderr)
            );
        }
        _ => vecino_e2e::skip(
            "the Frictionless check of the HSDS data package",
            "python3 with the frictionless package is not installed (pip install frictionless)",
        ),
    }
}

/// The records of a CSV text: line ends outside quoted fields.
fn csv_records(text: &str) -> usize {
    let mut quoted = false;
    let mut records = 0;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => records += 1,
            _ => {}
        }
    }
    records
}
