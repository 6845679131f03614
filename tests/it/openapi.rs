//! `/api/v1/openapi.json` through the real binary: the document is OpenAPI 3.1 whose `$ref`s
//! resolve and whose schemas are valid JSON Schema; every documented path is served (with its
//! documented examples) and answers what its schema says; an undocumented `/api/v1` path is
//! not; the documented parameters and limits are the ones the server enforces; errors are the
//! documented problem details. README's API table and the document list the same routes.

use std::collections::BTreeSet;

use reqwest::blocking::{Client, Response};
use serde_json::{Value, json};
use vecino_e2e::Server;

const DOC: &str = "/api/v1/openapi.json";

/// Every `$ref` in `value`.
fn refs<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("$ref", Value::String(r)) => out.push(r),
                    _ => refs(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

/// A validator for `schema` (which may `$ref` the document's components), formats checked.
fn validator(doc: &Value, schema: &Value) -> jsonschema::Validator {
    let mut root = schema.clone();
    root["components"] = doc["components"].clone();
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&root)
        .unwrap_or_else(|e| panic!("schema {schema} does not compile: {e}"))
}

fn check(doc: &Value, schema: &Value, value: &Value, what: &str) {
    let validator = validator(doc, schema);
    let errors: Vec<String> = validator
        .iter_errors(value)
        .take(5)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}\n{value:#}");
}

/// The schema a path documents for `status`, and its media type.
fn response_schema(doc: &Value, path: &str, status: &str) -> (String, Value) {
    let content = doc["paths"][path]["get"]["responses"][status]["content"]
        .as_object()
        .unwrap_or_else(|| panic!("{path} documents no {status} response"));
    let (media, body) = content.iter().next().unwrap();
    (media.clone(), body["schema"].clone())
}

/// A value a parameter's schema allows: its example, first allowed value or default.
fn sample(schema: &Value) -> String {
    let value = schema["examples"]
        .get(0)
        .or_else(|| schema["enum"].get(0))
        .or_else(|| schema["items"]["enum"].get(0))
        .or_else(|| schema.get("default"))
        .or_else(|| schema.get("minimum"))
        .unwrap_or_else(|| panic!("no sample value in {schema}"));
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn parameters(doc: &Value, path: &str) -> Vec<Value> {
    doc["paths"][path]["get"]["parameters"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// `path` with its path parameters replaced by their documented examples, plus the required
/// query parameters (with their examples) and `extra`.
fn url_for(doc: &Value, path: &str, extra: &[(&str, String)]) -> String {
    let mut url = path.to_owned();
    let mut query: Vec<(String, String)> = Vec::new();
    for p in parameters(doc, path) {
        let name = p["name"].as_str().unwrap();
        match p["in"].as_str().unwrap() {
            "path" => url = url.replace(&format!("{{{name}}}"), &encode(&sample(&p["schema"]))),
            "query" if p["required"] == true && !extra.iter().any(|(n, _)| *n == name) => {
                query.push((name.to_owned(), sample(&p["schema"])))
            }
            _ => {}
        }
    }
    query.extend(extra.iter().map(|(n, v)| ((*n).to_owned(), v.clone())));
    assert!(
        !url.contains('{'),
        "{url}: a path parameter is not documented"
    );
    let query: Vec<String> = query
        .iter()
        .map(|(n, v)| format!("{n}={}", encode(v)))
        .collect();
    if query.is_empty() {
        url
    } else {
        format!("{url}?{}", query.join("&"))
    }
}

struct Api {
    client: Client,
    server: Server,
    doc: Value,
}

impl Api {
    fn get(&self, url: &str) -> (u16, String, Value) {
        let (status, media, _, body) = self.get_with_headers(url);
        (status, media, body)
    }

    fn get_with_headers(&self, url: &str) -> (u16, String, reqwest::header::HeaderMap, Value) {
        let resp: Response = self.client.get(self.server.url(url)).send().unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let media = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let body = resp.json().unwrap_or(Value::Null);
        (status, media, headers, body)
    }

    /// Requests `url` and checks the answer is `status` with the body and headers `path`
    /// documents for it.
    fn expect(&self, path: &str, url: &str, status: u16) -> Value {
        let (got, media, headers, body) = self.get_with_headers(url);
        assert_eq!(got, status, "GET {url}: {body:#}");
        let (documented_media, schema) = response_schema(&self.doc, path, &status.to_string());
        assert!(
            media.starts_with(&documented_media),
            "GET {url}: {media}, documented {documented_media}"
        );
        let documented = &self.doc["paths"][path]["get"]["responses"][status.to_string()];
        for name in documented["headers"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|h| h.0)
        {
            assert!(
                headers.contains_key(name.as_str()),
                "GET {url}: no {name} header"
            );
        }
        check(&self.doc, &schema, &body, &format!("GET {url}"));
        body
    }

    /// A 400 problem naming `parameter`.
    fn refused(&self, path: &str, url: &str, code: &str, parameter: Option<&str>) {
        let body = self.expect(path, url, 400);
        assert_eq!(body["code"], code, "GET {url}: {body:#}");
        if let Some(parameter) = parameter {
            assert_eq!(body["parameter"], parameter, "GET {url}: {body:#}");
        }
    }
}

fn start() -> Api {
    let server = Server::start(&[]);
    let client = Client::new();
    let resp = client.get(server.url(DOC)).send().unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert!(
        resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let doc: Value = resp.json().expect("the document is JSON");
    Api {
        client,
        server,
        doc,
    }
}

#[test]
fn document_is_openapi_3_1_and_every_path_is_served_as_documented() {
    let api = start();
    let doc = &api.doc;

    // OpenAPI 3.1, every $ref resolves, every schema is valid JSON Schema 2020-12.
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        doc["openapi"]
    );
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    let mut found = Vec::new();
    refs(doc, &mut found);
    assert!(!found.is_empty());
    for r in &found {
        let pointer = r.strip_prefix('#').expect("only local $refs");
        assert!(doc.pointer(pointer).is_some(), "{r} does not resolve");
    }
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        assert!(
            jsonschema::draft202012::meta::validate(schema).is_ok(),
            "components.schemas.{name} is not valid JSON Schema: {schema}"
        );
    }

    // Only /api/v1, only GET, unique operation ids, every parameter documented with a schema.
    let paths = doc["paths"].as_object().unwrap();
    let mut operation_ids = BTreeSet::new();
    for (path, item) in paths {
        assert!(
            path.starts_with("/api/v1/"),
            "{path} is not Vecino's own API"
        );
        let methods: Vec<_> = item.as_object().unwrap().keys().collect();
        assert_eq!(methods, ["get"], "{path}");
        let op = &item["get"];
        assert!(
            operation_ids.insert(op["operationId"].as_str().unwrap().to_owned()),
            "{path}: duplicate operationId"
        );
        assert!(op["responses"]["200"].is_object(), "{path}");
        for p in parameters(doc, path) {
            assert!(p["schema"].is_object(), "{path}: {p}");
            assert!(
                jsonschema::draft202012::meta::validate(&p["schema"]).is_ok(),
                "{path}: {p}"
            );
            if p["in"] == "path" {
                assert!(path.contains(&format!("{{{}}}", p["name"].as_str().unwrap())));
            }
        }
    }
    for expected in [
        "/api/v1/search",
        "/api/v1/suggest",
        "/api/v1/services",
        "/api/v1/services/{id}",
        "/api/v1/organizations/{id}",
        "/api/v1/guides",
        "/api/v1/guides/{slug}",
        "/api/v1/topics",
        "/api/v1/locales",
        DOC,
    ] {
        assert!(paths.contains_key(expected), "{expected} is not documented");
    }

    // Only GET is documented, and only GET is served.
    for path in paths.keys() {
        let url = api.server.url(&url_for(doc, path, &[]));
        let post = api.client.post(url).send().unwrap();
        assert_eq!(post.status().as_u16(), 405, "POST {path}");
    }
    // An /api/v1 path the router does not serve answers the fallback's 404 `not-found`, so a
    // documented path answering 200 is one the router serves.
    let (status, _, body) = api.get("/api/v1/nowhere");
    assert_eq!((status, body["code"].as_str()), (404, Some("not-found")));

    // Every documented path, with its documented examples, answers 200 with what its schema
    // describes; in another language too.
    for path in paths.keys() {
        api.expect(path, &url_for(doc, path, &[]), 200);
        if path != DOC {
            api.expect(path, &url_for(doc, path, &[("lang", "es".into())]), 200);
            api.expect(path, &url_for(doc, path, &[("lang", "ar".into())]), 200);
        }
    }

    // Search results of several shapes: distances with `near`, guides and services, another
    // script; and a page of services large enough to hold schedules, accreditation, phones.
    let search = "/api/v1/search";
    for extra in [
        vec![("q", "daca".to_owned())],
        vec![
            ("q", "abogado inmigración gratis".to_owned()),
            ("lang", "es".into()),
        ],
        vec![("q", "محامي".to_owned()), ("lang", "ar".into())],
        vec![
            ("q", "citizenship".to_owned()),
            ("near", "37.3382,-121.8863".into()),
            ("radius_km", "100".into()),
        ],
    ] {
        let body = api.expect(search, &url_for(doc, search, &extra), 200);
        assert!(body["total"].as_u64().unwrap() > 0, "{extra:?}: no results");
    }
    let near = api.expect(
        search,
        &url_for(
            doc,
            search,
            &[
                ("q", "citizenship".into()),
                ("near", "37.3382,-121.8863".into()),
            ],
        ),
        200,
    );
    assert!(near["results"][0]["distance_km"].is_number(), "{near:#}");
    let services = api.expect(
        "/api/v1/services",
        &url_for(doc, "/api/v1/services", &[("per_page", "100".into())]),
        200,
    );
    // The schemas are strict: a response with a member they do not describe, without one they
    // require, or with a value they do not allow, fails them.
    let (_, service_schema) = response_schema(doc, "/api/v1/services/{id}", "200");
    let strict = validator(doc, &service_schema);
    let service = services["services"][0].clone();
    assert!(strict.is_valid(&service));
    let mut broken = Vec::new();
    let mut extra = service.clone();
    extra["rating"] = json!(5);
    broken.push(extra);
    let mut missing = service.clone();
    missing.as_object_mut().unwrap().remove("open_now");
    broken.push(missing);
    let mut status = service.clone();
    status["status"] = json!("closed");
    broken.push(status);
    let mut url = service.clone();
    url["sources"] = json!([{ "title": "x", "url": "not a web address" }]);
    broken.push(url);
    let mut text = service.clone();
    text["name"]["provenance"] = json!("guessed");
    broken.push(text);
    for b in &broken {
        assert!(!strict.is_valid(b), "the Service schema accepts {b:#}");
    }
    let (_, search_schema) = response_schema(doc, search, "200");
    let mut hit = near.clone();
    hit["results"][0]["kind"] = json!("person");
    assert!(!validator(doc, &search_schema).is_valid(&hit));

    // Every service, one by one, by slug and by id.
    for service in services["services"].as_array().unwrap() {
        for key in ["slug", "id"] {
            let url = format!("/api/v1/services/{}", service[key].as_str().unwrap());
            api.expect("/api/v1/services/{id}", &url, 200);
        }
    }
    // A missing record is the documented 404 problem.
    api.expect(
        "/api/v1/services/{id}",
        "/api/v1/services/no-such-service",
        404,
    );
    api.expect(
        "/api/v1/organizations/{id}",
        "/api/v1/organizations/no-such-org",
        404,
    );
    api.expect("/api/v1/guides/{slug}", "/api/v1/guides/no-such-guide", 404);
}

#[test]
fn documented_parameters_and_limits_are_the_servers() {
    let api = start();
    let doc = &api.doc;
    for path in doc["paths"].as_object().unwrap().keys() {
        if path == DOC {
            continue;
        }
        // Each documented query parameter, with a value its schema allows, is accepted.
        for p in parameters(doc, path) {
            if p["in"] != "query" {
                continue;
            }
            let name = p["name"].as_str().unwrap();
            let mut extra = vec![(name, sample(&p["schema"]))];
            if name == "radius_km" {
                extra.push(("near", "37.3382,-121.8863".into()));
            }
            api.expect(path, &url_for(doc, path, &extra), 200);
        }
        // An undocumented one is refused, naming it.
        api.refused(
            path,
            &url_for(doc, path, &[("undocumented", "1".into())]),
            "invalid-parameter",
            Some("undocumented"),
        );
        // So is a language that is no language.
        api.refused(
            path,
            &url_for(doc, path, &[("lang", "not a tag!".into())]),
            "invalid-locale",
            Some("lang"),
        );
    }

    let param = |path: &str, name: &str| -> Value {
        parameters(doc, path)
            .into_iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{path} documents no {name}"))
    };
    // The query's documented length is the server's.
    for path in ["/api/v1/search", "/api/v1/suggest"] {
        let q = param(path, "q");
        assert_eq!(q["required"], true, "{path}");
        let max = q["schema"]["maxLength"].as_u64().unwrap() as usize;
        api.expect(path, &url_for(doc, path, &[("q", "é".repeat(max))]), 200);
        api.refused(
            path,
            &url_for(doc, path, &[("q", "é".repeat(max + 1))]),
            "query-too-long",
            None,
        );
        api.refused(path, path, "empty-query", None);
    }
    // So are the page sizes and numbers.
    for path in ["/api/v1/search", "/api/v1/services"] {
        for name in ["per_page", "page"] {
            let schema = param(path, name)["schema"].clone();
            let max = schema["maximum"].as_u64().unwrap();
            assert_eq!(schema["minimum"], 1);
            api.expect(path, &url_for(doc, path, &[(name, max.to_string())]), 200);
            for bad in [(max + 1).to_string(), "0".into(), "two".into()] {
                api.refused(
                    path,
                    &url_for(doc, path, &[(name, bad)]),
                    "invalid-parameter",
                    Some(name),
                );
            }
        }
    }
    // Every documented topic is one the server filters by, and no other is.
    let search = "/api/v1/search";
    let topics = param(search, "topic")["schema"]["items"]["enum"].clone();
    for topic in topics.as_array().unwrap() {
        let t = topic.as_str().unwrap().to_owned();
        api.expect(search, &url_for(doc, search, &[("topic", t.clone())]), 200);
        let services = "/api/v1/services";
        api.expect(services, &url_for(doc, services, &[("topic", t)]), 200);
    }
    api.refused(
        search,
        &url_for(doc, search, &[("topic", "astrology".into())]),
        "invalid-parameter",
        Some("topic"),
    );
    let radius = param(search, "radius_km")["schema"]["maximum"]
        .as_f64()
        .unwrap();
    api.refused(
        search,
        &url_for(
            doc,
            search,
            &[
                ("near", "37.3382,-121.8863".into()),
                ("radius_km", (radius + 1.0).to_string()),
            ],
        ),
        "invalid-parameter",
        Some("radius_km"),
    );
}

/// The routes README's API table lists are the documented ones.
#[test]
fn readme_lists_the_documented_routes() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let normalize = |path: &str| -> String {
        let path = path.split('?').next().unwrap();
        // `{id or slug}` and `{id}` are the same template.
        let mut out = String::new();
        let mut in_param = false;
        for c in path.chars() {
            match c {
                '{' => {
                    in_param = true;
                    out.push_str("{}");
                }
                '}' => in_param = false,
                _ if in_param => {}
                _ => out.push(c),
            }
        }
        out
    };
    let listed: BTreeSet<String> = readme
        .lines()
        .filter_map(|line| line.strip_prefix("| `GET /api/v1/"))
        .map(|rest| normalize(&format!("/api/v1/{}", rest.split('`').next().unwrap())))
        .collect();
    let doc = serde_json::to_value(vecino_api::api_v1::openapi::openapi()).unwrap();
    let documented: BTreeSet<String> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(|p| normalize(p))
        .collect();
    assert_eq!(
        listed, documented,
        "README's API table and the OpenAPI document differ"
    );
}

/// Every /api/v1 route is registered through the OpenAPI route list (`api_v1::routes`), never
/// straight on the router, so none can be served undocumented.
#[test]
fn api_v1_routes_are_registered_only_with_their_documentation() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/api/src");
    let mut stack = vec![src];
    let mut offenders = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let flat: String = text.split_whitespace().collect();
                for pattern in [".route(\"/api", ".nest(\"/api", ".route_service(\"/api"] {
                    if flat.contains(pattern) {
                        offenders.push(format!("{}: {pattern}", path.display()));
                    }
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "register /api/v1 routes with routes!(…) in api_v1::routes: {offenders:?}"
    );
}

/// A service with every HSDS 3.1 detail, safety fact and phone member set (written through the
/// staff JSON API) is served as the document says, and a Spanish reader gets the Spanish
/// eligibility text with its provenance; a fact nobody stated is `null`, not missing.
#[test]
fn a_service_with_every_field_is_served_as_documented() {
    use vecino_core::{
        AsksStatus, Assurance, Capacity, CostOption, Date, IdNeeded, Known, LabeledUrl, LocaleTag,
        LocalizedText, Phone, PhoneKind, Program, Provenance, PublicCharge, RequiredDocument,
        SafetyFacts, Service, ServiceArea, ServiceDetails, ServiceStatus, Source, Translation,
        WebUrl, content_hash,
    };
    use vecino_e2e::staff::{add_admin, client, get_json, sign_in};

    let api = start();
    add_admin(&api.server, "admin@example.org");
    let admin = sign_in(&api.server, "admin@example.org");
    let token = admin.api_token("openapi");
    let plain = client();
    let list = get_json(&plain, &api.server.url("/api/v1/services?per_page=1"));
    let id = list["services"][0]["id"].as_str().unwrap().to_owned();
    let record: Value = plain
        .get(api.server.url(&format!("/admin/api/services/{id}")))
        .bearer_auth(&token)
        .send()
        .unwrap()
        .json()
        .unwrap();
    let mut service: Service = serde_json::from_value(record).unwrap();

    let day: Date = "2026-11-30".parse().unwrap();
    let source = Source::new("Example clinic FAQ", "https://example.org/faq").unwrap();
    let known = |value| Known {
        value,
        source: source.clone(),
        checked: day,
    };
    let english = "Adults who live in the county.";
    let mut eligibility =
        LocalizedText::original(LocaleTag::parse("en").unwrap(), english).unwrap();
    eligibility
        .set_translation(
            LocaleTag::parse("es").unwrap(),
            Translation {
                text: "Adultos que viven en el condado.".into(),
                provenance: Provenance::Human,
                source_hash: Some(content_hash(english)),
                reviewer: None,
                reviewed_at: None,
            },
        )
        .unwrap();
    let text = |t: &str| LocalizedText::original(LocaleTag::parse("en").unwrap(), t).unwrap();
    service.status = ServiceStatus::TemporarilyClosed;
    service.phones = vec![
        Phone::parse("+1 (408) 555-0100")
            .unwrap()
            .with_extension(Some("12".into()))
            .with_kind(Some(PhoneKind::Voice))
            .with_languages(vec![LocaleTag::parse("es").unwrap()]),
    ];
    service.details = ServiceDetails {
        eligibility: Some(eligibility),
        minimum_age: Some(18),
        maximum_age: Some(64),
        fees: Some(text("Sliding scale.")),
        cost_options: vec![CostOption {
            option: Some("per visit".into()),
            amount: Some(20.0),
            currency: Some("USD".into()),
            amount_description: None,
            valid_from: Some(day),
            valid_to: None,
        }],
        documents: vec![RequiredDocument {
            document: text("Any photo ID."),
            uri: Some(WebUrl::parse("https://example.org/id").unwrap()),
        }],
        application_process: Some(text("Walk in.")),
        alert: Some(text("Closed this week.")),
        program: Some(Program {
            name: "Example program".into(),
            description: Some("A county program.".into()),
        }),
        additional_urls: vec![LabeledUrl {
            label: Some("Form".into()),
            url: WebUrl::parse("https://example.org/form").unwrap(),
        }],
        service_areas: vec![ServiceArea {
            name: "Example County".into(),
            description: None,
        }],
        capacity: vec![Capacity {
            available: 0.0,
            maximum: Some(10.0),
            unit: "appointments".into(),
            description: None,
            updated: "2026-12-01T10:00:00Z".parse().unwrap(),
        }],
        assured: Some(Assurance {
            date: day,
            assurer_email: Some("data@example.org".into()),
        }),
    };
    service.safety = SafetyFacts {
        asks_status: Some(known(AsksStatus::No)),
        id_needed: Some(Known {
            value: IdNeeded::AnyId,
            source: source.clone(),
            checked: day,
        }),
        ssn_needed: Some(Known {
            value: false,
            source: source.clone(),
            checked: day,
        }),
        regardless_of_status: None,
        public_charge: Some(Known {
            value: PublicCharge::NotConsidered,
            source: source.clone(),
            checked: day,
        }),
        public_charge_note: Some(text("Using this clinic is not considered.")),
    };
    service.review_interval_days = Some(60);
    let resp = plain
        .put(api.server.url(&format!("/admin/api/services/{id}")))
        .bearer_auth(&token)
        .json(&service)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200, "{}", resp.text().unwrap());

    let path = "/api/v1/services/{id}";
    let es = api.expect(path, &format!("/api/v1/services/{id}?lang=es"), 200);
    assert_eq!(
        es["eligibility"]["text"],
        "Adultos que viven en el condado."
    );
    assert_eq!(es["eligibility"]["locale"], "es");
    assert_eq!(es["eligibility"]["provenance"], "human");
    assert_eq!(es["eligibility"]["stale"], false);
    assert_eq!(es["status"], "temporarily-closed");
    assert_eq!(es["intake"], "waitlist", "no room left: a waitlist");
    assert_eq!(es["phones"][0]["type"], "voice");
    assert_eq!(es["phones"][0]["extension"], "12");
    assert_eq!(es["phones"][0]["languages"], json!(["es"]));
    let safety = es["safety"].as_object().unwrap();
    assert_eq!(safety["asks_status"]["value"], "no");
    assert_eq!(safety["asks_status"]["checked"], "2026-11-30");
    assert_eq!(
        safety["asks_status"]["source"]["url"],
        "https://example.org/faq"
    );
    assert_eq!(safety["id_needed"]["value"], "any-id");
    assert_eq!(safety["ssn_needed"]["value"], false);
    assert!(
        safety["regardless_of_status"].is_null(),
        "unknown is null, and present: {safety:?}"
    );
    // An English text falls back, saying so.
    assert_eq!(es["fees"]["text"], "Sliding scale.");
    assert_eq!(es["fees"]["fell_back"], true);
    // Nobody here checked it and the source gave no date: never checked.
    assert_eq!(es["freshness"]["state"], "never-checked");
    assert!(es["freshness"]["last_checked"].is_null());

    // A person's check makes it current, due again after its own 60 days.
    let resp = plain
        .post(api.server.url(&format!("/admin/api/services/{id}/verify")))
        .bearer_auth(&token)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200);
    let en = api.expect(path, &format!("/api/v1/services/{id}"), 200);
    assert_eq!(en["freshness"]["state"], "current");
    let checked: Date = en["freshness"]["last_checked"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let due: Date = en["freshness"]["due"].as_str().unwrap().parse().unwrap();
    assert_eq!(checked.until(due).unwrap().get_days(), 60);
    // The list serves the same body.
    let list = api.expect("/api/v1/services", "/api/v1/services?per_page=100", 200);
    assert!(
        list["services"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == id.as_str() && s["safety"]["id_needed"]["value"] == "any-id")
    );
}
