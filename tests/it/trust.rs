//! What residents rely on cannot be forged by staff who are not entitled to it, through the real
//! binary: a place belongs to one organization (an editor of another cannot move it, by form or
//! API), a changed place puts every listing that shows it in the change feed, "checked by a
//! person" is emptied by a material edit and never taken from a request body, an accreditation
//! is an admin's audited decision with its date and source, only web links are stored, and a
//! directory edit commits with its audit row or not at all.

use reqwest::blocking::Client;
use serde_json::{Value, json};
use vecino_e2e::Server;
use vecino_e2e::staff::{
    Staff, add_admin, add_editor, client, editor_token, form_values, get_json, sign_in,
    with_changes,
};

const HELPLINE: &str = "211-santa-clara-county-helpline";
const WORKSHOPS: &str = "san-jose-citizenship-workshops";
const CEREMONY: &str = "san-jose-naturalization-ceremony";
const LEGAL: &str = "oakland-unified-immigration-legal-services";

fn service(c: &Client, server: &Server, slug: &str) -> Value {
    get_json(c, &server.url(&format!("/api/v1/services/{slug}")))
}

fn city(service: &Value) -> String {
    service["locations"][0]["address"]["city"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// A JSON request with a bearer token.
fn api(
    c: &Client,
    server: &Server,
    method: reqwest::Method,
    path: &str,
    token: &str,
    body: Option<&Value>,
) -> (u16, Value) {
    let mut req = c
        .request(method, server.url(path))
        .header("Authorization", format!("Bearer {token}"));
    if let Some(body) = body {
        req = req.json(body);
    }
    let resp = req.send().unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().unwrap_or(Value::Null))
}

fn get(c: &Client, server: &Server, path: &str, token: &str) -> Value {
    let (status, body) = api(c, server, reqwest::Method::GET, path, token, None);
    assert_eq!(status, 200, "{path}: {body}");
    body
}

fn put(c: &Client, server: &Server, path: &str, token: &str, body: &Value) -> (u16, Value) {
    api(c, server, reqwest::Method::PUT, path, token, Some(body))
}

/// The edit form of a service's first place, posted back with `changes`.
fn edit_first_place(staff: &Staff, service_id: &str, at_id: &str, changes: &[(&str, &str)]) {
    let path = format!("/admin/en/services/{service_id}/places/{at_id}");
    let form = staff.page(&path);
    let values = with_changes(&form_values(&form), changes);
    staff.post_values_ok(&path, &values);
}

fn now() -> String {
    serde_json::to_value(vecino_core::Timestamp::now())
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

fn feed_slugs(c: &Client, server: &Server, since: &str) -> Vec<String> {
    let feed = get_json(
        c,
        &server.url(&format!(
            "/hsds/services?modified_after={}&per_page=100",
            urlencode(since)
        )),
    );
    let ids: Vec<String> = feed["contents"]
        .as_array()
        .unwrap_or_else(|| panic!("a page of services: {feed}"))
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    ids.iter()
        .map(|id| service(c, server, id)["slug"].as_str().unwrap().to_owned())
        .collect()
}

fn urlencode(s: &str) -> String {
    s.replace(':', "%3A").replace('+', "%2B")
}

#[test]
fn an_editor_cannot_move_a_place_that_another_organizations_listing_shows() {
    let server = Server::start(&[]);
    let c = client();
    add_editor(&server, "ed@example.org", "211-santa-clara-county");
    add_editor(
        &server,
        "sj@example.org",
        "san-jose-office-of-immigrant-affairs",
    );
    let helpline = service(&c, &server, HELPLINE);
    let workshops = service(&c, &server, WORKSHOPS);
    assert_eq!(city(&helpline), "San José");
    assert_eq!(city(&workshops), "San José");
    assert_ne!(
        helpline["locations"][0]["id"], workshops["locations"][0]["id"],
        "each organization has its own copy of a place both named"
    );
    let helpline_id = helpline["id"].as_str().unwrap();
    add_admin(&server, "admin@example.org");
    let admin = sign_in(&server, "admin@example.org");

    // Through the form: the editor moves the helpline's place; only the helpline shows it.
    let ed = sign_in(&server, "ed@example.org");
    let token = editor_token(&admin, "ed-api@example.org", "211-santa-clara-county");
    let stored = get(
        &c,
        &server,
        &format!("/admin/api/services/{helpline_id}"),
        &token,
    );
    let at_id = stored["locations"][0]["id"].as_str().unwrap().to_owned();
    edit_first_place(&ed, helpline_id, &at_id, &[("city", "Fraudville")]);
    assert_eq!(city(&service(&c, &server, HELPLINE)), "Fraudville");
    assert_eq!(
        city(&service(&c, &server, WORKSHOPS)),
        "San José",
        "another organization's listing does not move"
    );
    let page = c
        .get(server.url(&format!("/en/services/{WORKSHOPS}")))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(!page.contains("Fraudville"), "{page}");

    // Through the staff API: naming another organization's place, or its service-at-place
    // row, is refused and changes nothing.
    let theirs = get_json(&c, &server.url(&format!("/api/v1/services/{WORKSHOPS}")));
    let their_place_id = theirs["locations"][0]["id"].as_str().unwrap();
    let stored = get(
        &c,
        &server,
        &format!("/admin/api/services/{helpline_id}"),
        &token,
    );
    let mut forged = stored.clone();
    forged["locations"][0]["location"]["id"] = json!(their_place_id);
    forged["locations"][0]["location"]["address"]["city"] = json!("Fraudville");
    let (status, body) = put(
        &c,
        &server,
        &format!("/admin/api/services/{helpline_id}"),
        &token,
        &forged,
    );
    assert_eq!(status, 409, "{body}");
    assert!(
        body["reason"]
            .as_str()
            .unwrap_or_default()
            .contains("another organization"),
        "{body}"
    );
    assert_eq!(city(&service(&c, &server, WORKSHOPS)), "San José");

    let sj = sign_in(&server, "sj@example.org");
    let sj_token = editor_token(
        &admin,
        "sj-api@example.org",
        "san-jose-office-of-immigrant-affairs",
    );
    let workshops_id = workshops["id"].as_str().unwrap();
    let theirs_stored = get(
        &c,
        &server,
        &format!("/admin/api/services/{workshops_id}"),
        &sj_token,
    );
    let their_at = theirs_stored["locations"][0]["id"].clone();
    let mut forged = stored.clone();
    forged["locations"][0]["id"] = their_at;
    let (status, body) = put(
        &c,
        &server,
        &format!("/admin/api/services/{helpline_id}"),
        &token,
        &forged,
    );
    assert_eq!(status, 409, "another listing's place row: {body}");

    // Within one organization a place is shared, and moving it puts both of its listings in
    // the change feed.
    let since = now();
    std::thread::sleep(std::time::Duration::from_millis(20));
    edit_first_place(
        &sj,
        workshops_id,
        their_at_id(&theirs_stored),
        &[("city", "San Jose Downtown")],
    );
    assert_eq!(city(&service(&c, &server, CEREMONY)), "San Jose Downtown");
    let changed = feed_slugs(&c, &server, &since);
    for slug in [WORKSHOPS, CEREMONY] {
        assert!(
            changed.iter().any(|s| s == slug),
            "{slug} in the feed: {changed:?}"
        );
    }
    assert!(
        !changed.iter().any(|s| s == HELPLINE),
        "not another organization's: {changed:?}"
    );
}

fn their_at_id(stored: &Value) -> &str {
    stored["locations"][0]["id"].as_str().unwrap()
}

fn public_page(c: &Client, server: &Server, slug: &str) -> String {
    c.get(server.url(&format!("/en/services/{slug}")))
        .send()
        .unwrap()
        .text()
        .unwrap()
}

#[test]
fn a_check_by_a_person_and_an_accreditation_are_set_only_by_those_entitled() {
    let server = Server::start(&[]);
    let c = client();
    add_admin(&server, "admin@example.org");
    add_editor(
        &server,
        "ed@example.org",
        "211-santa-clara-county,immigrant-legal-defense",
    );
    let admin = sign_in(&server, "admin@example.org");
    let ed = sign_in(&server, "ed@example.org");
    let token = editor_token(
        &admin,
        "ed-api@example.org",
        "211-santa-clara-county,immigrant-legal-defense",
    );
    let helpline_id = service(&c, &server, HELPLINE)["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let edit_path = format!("/admin/en/services/{helpline_id}");

    // An admin checks the helpline; a wording edit keeps the check.
    admin.post_ok(&format!("{edit_path}/verify"), &[]);
    let checked = service(&c, &server, HELPLINE);
    assert!(checked["verified_at"].is_string(), "{checked}");
    assert!(public_page(&c, &server, HELPLINE).contains("Checked by a person on"));
    let form = ed.page(&edit_path);
    let values = form_values(&form);
    let description = values
        .iter()
        .find(|(k, _)| k == "description")
        .unwrap()
        .1
        .clone();
    let reworded = with_changes(
        &values,
        &[(
            "description",
            &format!("{description} It answers day and night."),
        )],
    );
    ed.post_values_ok(&edit_path, &reworded);
    assert!(
        service(&c, &server, HELPLINE)["verified_at"].is_string(),
        "a change of wording keeps the check"
    );

    // Changing the phone empties it, and the page says it changed since the check.
    let form = ed.page(&edit_path);
    let changed = with_changes(&form_values(&form), &[("phones", "+1 408 555 0199")]);
    ed.post_values_ok(&edit_path, &changed);
    let after = service(&c, &server, HELPLINE);
    assert!(after["verified_at"].is_null(), "{after}");
    assert!(after["changed_since_check"].is_string(), "{after}");
    let page = public_page(&c, &server, HELPLINE);
    assert!(!page.contains("Checked by a person on"), "{page}");
    assert!(
        page.contains("not checked by a person since the change"),
        "{page}"
    );

    // The staff API cannot bring a check of its own, nor an accreditation.
    let path = format!("/admin/api/services/{helpline_id}");
    let stored = get(&c, &server, &path, &token);
    let (status, body) = put(&c, &server, &path, &token, &stored);
    assert_eq!(status, 200, "the record as read round-trips: {body}");
    let mut forged = stored.clone();
    forged["trust"]["verified_at"] = json!("2026-12-01T00:00:00Z");
    forged["trust"]["verifier"] = json!("staff:someone");
    let (status, body) = put(&c, &server, &path, &token, &forged);
    assert_eq!(status, 422, "{body}");
    assert!(service(&c, &server, HELPLINE)["verified_at"].is_null());

    let legal_id = service(&c, &server, LEGAL)["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let legal_path = format!("/admin/api/services/{legal_id}");
    let mut forged = get(&c, &server, &legal_path, &token);
    forged["accreditation"] = json!("doj-recognized-organization");
    forged["accreditation_evidence"] = json!({
        "as_of": "2026-12-01",
        "source": {"title": "EOIR roster", "url": "https://example.org/roster"},
        "decided_by": "staff:someone",
    });
    let (status, body) = put(&c, &server, &legal_path, &token, &forged);
    assert_eq!(status, 422, "{body}");
    assert!(service(&c, &server, LEGAL)["accreditation"].is_null());

    // An editor cannot reach the accreditation action, by page or API.
    let accredit_page = format!("/admin/en/services/{legal_id}/accreditation");
    assert_eq!(ed.get(&accredit_page).status(), 403);
    let decision = [
        ("accreditation", "doj-recognized-organization"),
        ("as_of", "2026-12-01"),
        ("source", "EOIR roster | https://example.org/roster"),
    ];
    assert_eq!(ed.post(&accredit_page, &decision).status(), 403);
    let (status, _) = api(
        &c,
        &server,
        reqwest::Method::POST,
        &format!("/admin/api/services/{legal_id}/accreditation"),
        &token,
        Some(
            &json!({"kind": "doj-recognized-organization", "as_of": "2026-12-01",
            "source": {"title": "EOIR roster", "url": "https://example.org/roster"}}),
        ),
    );
    assert_eq!(status, 403);
    assert!(!public_page(&c, &server, LEGAL).contains("DOJ-recognized organization"));

    // An admin records it with the day and the source; a day in the future is refused.
    let future = [
        ("accreditation", "doj-recognized-organization"),
        ("as_of", "2099-01-01"),
        ("source", "EOIR roster | https://example.org/roster"),
    ];
    let refused = admin.post(&accredit_page, &future);
    assert_eq!(refused.status(), 422);
    assert!(refused.text().unwrap().contains("cannot be in the future"));
    admin.post_ok(&accredit_page, &decision);
    let accredited = service(&c, &server, LEGAL);
    assert_eq!(
        accredited["accreditation"]["kind"], "doj-recognized-organization",
        "{accredited}"
    );
    assert_eq!(accredited["accreditation"]["as_of"], "2026-12-01");
    assert_eq!(
        accredited["accreditation"]["source"]["url"],
        "https://example.org/roster"
    );
    let page = public_page(&c, &server, LEGAL);
    assert!(page.contains("DOJ-recognized organization"), "{page}");
    assert!(page.contains("https://example.org/roster"), "{page}");

    // The editor's later edit keeps it (only an admin removes it); the audit shows who decided.
    let mut edited = get(&c, &server, &legal_path, &token);
    edited["email"] = json!("intake@example.org");
    let (status, body) = put(&c, &server, &legal_path, &token, &edited);
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        service(&c, &server, LEGAL)["accreditation"]["kind"],
        "doj-recognized-organization"
    );
    let audit = admin.page("/admin/en/audit");
    assert!(audit.contains("accredit-service"), "{audit}");
    assert!(audit.contains("verify-service"), "{audit}");
    assert!(audit.contains("(API token)"), "token edits say so: {audit}");
}

#[test]
fn only_web_links_are_stored_for_a_listing_or_its_sources() {
    let server = Server::start(&[]);
    let c = client();
    add_editor(&server, "ed@example.org", "211-santa-clara-county");
    add_admin(&server, "admin@example.org");
    let admin = sign_in(&server, "admin@example.org");
    let ed = sign_in(&server, "ed@example.org");
    let token = editor_token(&admin, "ed-api@example.org", "211-santa-clara-county");
    let helpline_id = service(&c, &server, HELPLINE)["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/admin/api/services/{helpline_id}");
    let stored = get(&c, &server, &path, &token);
    let mut forged = stored.clone();
    forged["url"] = json!("javascript:alert(document.cookie)");
    let (status, body) = put(&c, &server, &path, &token, &forged);
    assert_eq!(status, 422, "{body}");
    let mut forged = stored.clone();
    forged["trust"]["sources"][0]["url"] = json!("javascript:alert(1)");
    let (status, body) = put(&c, &server, &path, &token, &forged);
    assert_eq!(status, 422, "{body}");

    let edit_path = format!("/admin/en/services/{helpline_id}");
    let form = ed.page(&edit_path);
    for change in [
        ("url", "javascript:alert(1)"),
        ("sources", "USCIS (official) | javascript:alert(1)"),
    ] {
        let values = with_changes(&form_values(&form), &[change]);
        let resp = ed.post_values(&edit_path, &values);
        assert_eq!(resp.status(), 422, "{change:?}");
    }
    let page = public_page(&c, &server, HELPLINE);
    assert!(!page.contains("javascript:"), "{page}");
}

#[test]
fn a_directory_edit_is_not_kept_when_its_audit_row_cannot_be_written() {
    let server = Server::start(&[]);
    let c = client();
    add_editor(&server, "ed@example.org", "211-santa-clara-county");
    let ed = sign_in(&server, "ed@example.org");
    let helpline_id = service(&c, &server, HELPLINE)["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let db = server.data_dir().join("vecino.db");
    let sql = "CREATE TRIGGER no_audit BEFORE INSERT ON audit_log \
               BEGIN SELECT RAISE(ABORT, 'the audit log is full'); END;";
    let ok = std::process::Command::new("python3")
        .args([
            "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()",
        ])
        .arg(&db)
        .arg(sql)
        .status()
        .expect("python3 runs");
    assert!(ok.success());
    let edit_path = format!("/admin/en/services/{helpline_id}");
    let form = ed.page(&edit_path);
    let values = with_changes(&form_values(&form), &[("phones", "+1 408 555 0199")]);
    let resp = ed.post_values(&edit_path, &values);
    assert!(resp.status().is_server_error(), "{}", resp.status());
    let after = service(&c, &server, HELPLINE);
    assert_eq!(
        after["phones"][0]["number"], "2-1-1",
        "the edit was not kept without its audit row: {after}"
    );
}
