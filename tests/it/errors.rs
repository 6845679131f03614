//! Bad requests to the real binary get clear, localized problem documents; nothing panics.

use reqwest::blocking::Client;
use serde_json::Value;
use vecino_e2e::Server;

fn problem(client: &Client, url: &str, accept_language: &str) -> (u16, String, Value) {
    let resp = client
        .get(url)
        .header("Accept-Language", accept_language)
        .send()
        .unwrap();
    let status = resp.status().as_u16();
    let ct = resp.headers()["content-type"].to_str().unwrap().to_owned();
    (status, ct, resp.json().unwrap())
}

#[test]
fn bad_requests_get_clear_localized_problems_and_nothing_panics() {
    let server = Server::start(&[]);
    let client = Client::new();
    let cases = [
        (
            "/api/v1/services/NOT%20AN%20ID!",
            400,
            "invalid-id",
            Some("id"),
        ),
        (
            "/api/v1/organizations/%F0%9F%92%A5",
            400,
            "invalid-id",
            Some("id"),
        ),
        ("/api/v1/guides/no-such-guide", 404, "guide-not-found", None),
        (
            "/api/v1/services/00000000-0000-0000-0000-000000000000",
            404,
            "service-not-found",
            None,
        ),
        (
            "/api/v1/guides/daca?lang=12@@",
            400,
            "invalid-locale",
            Some("lang"),
        ),
        (
            "/api/v1/services?page=0",
            400,
            "invalid-parameter",
            Some("page"),
        ),
        (
            "/api/v1/services?per_page=abc",
            400,
            "invalid-parameter",
            Some("per_page"),
        ),
        (
            "/api/v1/services?topic=astrology",
            400,
            "invalid-parameter",
            Some("topic"),
        ),
        (
            "/api/v1/services?colour=red",
            400,
            "invalid-parameter",
            Some("colour"),
        ),
        ("/api/v1/nothing-here", 404, "not-found", None),
    ];
    for (path, status, code, parameter) in cases {
        let (got, ct, en) = problem(&client, &server.url(path), "en");
        assert_eq!(got, status, "{path}: {en}");
        assert_eq!(ct, "application/problem+json", "{path}");
        assert_eq!(en["code"], code, "{path}");
        assert_eq!(en["status"], status, "{path}");
        assert_eq!(en["type"], format!("urn:vecino:problem:{code}"));
        if let Some(p) = parameter {
            assert_eq!(en["parameter"], p, "{path} names its parameter");
        }
        let (_, _, es) = problem(&client, &server.url(path), "es");
        assert!(!en["detail"].as_str().unwrap().is_empty(), "{path}");
        assert_ne!(
            en["detail"], es["detail"],
            "{path}: the message is localized"
        );
        assert_ne!(
            en["detail"], en["code"],
            "{path}: the message is a sentence, not a code"
        );
    }
    let post = client.post(server.url("/api/v1/guides")).send().unwrap();
    assert_eq!(post.status().as_u16(), 405);
    let (status, _, _) = problem(&client, &server.url("/healthz"), "en");
    assert_eq!(status, 200, "the server is still healthy");
    let logs = server.stop();
    assert!(!logs.contains("panicked"), "{logs}");
}
