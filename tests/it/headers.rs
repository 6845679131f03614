//! What every response tells browsers and caches, from the real binary: QR codes that no
//! request can point elsewhere, caching that never keeps a resident's search, HSTS over https.

use reqwest::blocking::Client;
use vecino_e2e::Server;

const GUIDE: &str = "/en/guides/know-your-rights";

/// The QR code's SVG in a page.
fn qr(html: &str) -> &str {
    let at = html.find(r#"<svg class="qr""#).expect("a QR code");
    let end = html[at..].find("</svg>").expect("the QR code ends") + at;
    &html[at..end]
}

fn page_as_host(server: &Server, path: &str, host: &str) -> (reqwest::header::HeaderMap, String) {
    let resp = Client::new()
        .get(server.url(path))
        .header("Host", host)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200, "{path} as {host}");
    let headers = resp.headers().clone();
    (headers, resp.text().unwrap())
}

#[test]
fn a_qr_code_is_the_same_whatever_host_the_request_names() {
    for env in [
        vec![],
        vec![("VECINO_PUBLIC_URL", "https://vecino.example.org")],
    ] {
        let server = Server::start(&env);
        let own = server.base.trim_start_matches("http://").to_owned();
        for path in [GUIDE, "/en/guides/know-your-rights/card"] {
            let (headers, honest) = page_as_host(&server, path, &own);
            let (_, poisoned) = page_as_host(&server, path, "evil.example");
            assert_eq!(qr(&honest), qr(&poisoned), "{path} with {env:?}");
            assert_eq!(headers["cache-control"], "public, max-age=300", "{path}");
        }
    }
}

#[test]
fn searches_and_places_are_never_kept_by_a_cache() {
    let server = Server::start(&[]);
    let c = Client::new();
    for path in [
        "/en/search?q=clinic",
        "/en/search?q=clinic&near=37.33,-121.89",
        "/kiosk/en/",
        "/api/v1/search?q=clinic",
        "/api/v1/suggest?q=cli",
    ] {
        let resp = c.get(server.url(path)).send().unwrap();
        assert!(resp.status().as_u16() < 500, "{path}");
        assert_eq!(resp.headers()["cache-control"], "no-store", "{path}");
    }
    let home = c.get(server.url("/en/")).send().unwrap();
    assert_eq!(home.headers()["cache-control"], "public, max-age=300");
    let root = Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(server.url("/"))
        .header("Accept-Language", "es")
        .send()
        .unwrap();
    assert_eq!(root.status(), 303);
    assert_eq!(root.headers()["vary"], "Accept-Language");
}

#[test]
fn browsers_are_told_to_keep_to_https_only_when_the_site_is_https() {
    let https = Server::start(&[("VECINO_PUBLIC_URL", "https://vecino.example.org")]);
    let resp = reqwest::blocking::get(https.url("/en/")).unwrap();
    assert_eq!(
        resp.headers()["strict-transport-security"],
        "max-age=31536000"
    );
    drop(https);
    let plain = Server::start(&[]);
    let resp = reqwest::blocking::get(plain.url("/en/")).unwrap();
    assert!(resp.headers().get("strict-transport-security").is_none());
}
