//! The editor under `/admin` through the real binary: an editor creates an organization, a
//! service, a place with its hours and the areas served from it, edits the description, and
//! the change shows on the public page, in search and in the next bundle's delta; scope and
//! anti-forgery are enforced server-side; a bad schedule comes back with its error and what
//! was typed; the report queue; accounts (a disabled account stops working at once). On
//! SQLite and PostgreSQL.
//!
//! Over 800 lines for a reason: each test is one staff flow through the real binary, read top to
//! bottom; the in-process tests of single rules are in crates/api/tests/it.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;
use vecino_bundle::verify::{open_delta, verify_dir};
use vecino_bundle::{Encoding, TrustAnchor, TrustState};
use vecino_e2e::staff::{PASSWORD, add_user, client, get_json, sign_in, try_sign_in};
use vecino_e2e::{Server, postgres_scratch, run};

/// The record id in `/admin/en/services/{id}?saved`.
fn id_in(location: &str) -> String {
    location
        .split('/')
        .next_back()
        .unwrap()
        .trim_end_matches("?saved")
        .to_owned()
}

/// The value of an input in a form page.
fn input_value(html: &str, name: &str) -> String {
    let at = html
        .find(&format!(r#"name="{name}" type="#))
        .unwrap_or_else(|| panic!("input {name}"));
    let rest = &html[at..];
    let v = rest.find("value=\"").unwrap() + 7;
    let end = rest[v..].find('"').unwrap();
    rest[v..v + end].to_owned()
}

fn export(dir: &Path, env: &[(&str, &str)]) -> String {
    let (ok, out) = run(
        dir,
        &["bundle", "export", "--region", "all", "--langs", "en,es"],
        env,
    );
    assert!(ok, "{out}");
    out
}

const SOURCE: &str = "County directory | https://example.org/directory";

fn editor_scenario(env: &[(&str, &str)]) {
    let server = Server::start(env);
    let plain = client();
    let first = export(server.data_dir(), env);
    assert!(first.contains("release 1"), "{first}");

    // An editor of a starter organization.
    let list = get_json(&plain, &server.url("/api/v1/services?per_page=100"));
    let starter = &list["services"][0];
    let starter_org = starter["organization"]["slug"].as_str().unwrap();
    add_user(
        &server,
        env,
        &["--email", "admin@example.org", "--role", "admin"],
    );
    add_user(
        &server,
        env,
        &[
            "--email",
            "ed@example.org",
            "--role",
            "editor",
            "--orgs",
            starter_org,
        ],
    );
    let ed = sign_in(&server, "ed@example.org");

    // A new organization: it becomes the editor's.
    let form = ed.page("/admin/en/organizations/new");
    assert!(form.contains(r#"name="sources""#), "{form}");
    let org_id = id_in(&ed.post_ok(
        "/admin/en/organizations/new",
        &[
            ("language", "en"),
            ("name", "Riverside Workers Center"),
            ("description", "A workers center."),
            ("sources", SOURCE),
        ],
    ));
    let home = ed.page("/admin/en/");
    assert!(home.contains("Riverside Workers Center"), "{home}");
    assert!(
        home.contains(&org_id),
        "its new organization is on its home page"
    );

    // A service of it.
    let location = ed.post_ok(
        "/admin/en/services/new",
        &[
            ("organization", &org_id),
            ("language", "en"),
            ("name", "Evening wage clinic"),
            ("description", "Help with unpaid wages."),
            ("status", "active"),
            ("topics", "employment"),
            ("topics", "legal-aid"),
            ("languages", "es bilingual-staff"),
            ("timezone", "America/Los_Angeles"),
            ("sources", SOURCE),
        ],
    );
    let service_id = id_in(&location);
    let saved = ed.page(&location);
    assert!(saved.contains("Saved."), "{saved}");
    let org_page = ed.page(&format!("/admin/en/organizations/{org_id}"));
    assert!(
        org_page.contains("Evening wage clinic") && org_page.contains(&service_id),
        "the organization lists its service: {org_page}"
    );
    assert!(
        ed.page("/admin/en/organizations")
            .contains("Riverside Workers Center")
    );
    let slug = input_value(&saved, "slug");
    assert_eq!(slug, "evening-wage-clinic", "made from the name");

    // A place with a schedule that has a mistake: shown next to the field, nothing lost,
    // nothing written.
    let places = format!("/admin/en/services/{service_id}/places/new");
    let bad_hours = "mon-fri 09:00-17:00\nmox 10:00-12:00";
    let place = |hours: &str| {
        vec![
            ("place_name", "Riverside office".to_owned()),
            ("city", "San José".to_owned()),
            ("state_province", "CA".to_owned()),
            ("country", "US".to_owned()),
            ("latitude", "37.3382".to_owned()),
            ("longitude", "-121.8863".to_owned()),
            ("precision", "city".to_owned()),
            ("timezone", "America/Los_Angeles".to_owned()),
            ("accessibility", "wheelchair-accessible".to_owned()),
            ("hours", hours.to_owned()),
            // Test data: the areas served from this place.
            (
                "place_areas",
                "Eastside test district | evenings only".to_owned(),
            ),
        ]
    };
    let owned = place(bad_hours);
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let resp = ed.post(&places, &fields);
    assert_eq!(resp.status(), 422);
    let html = resp.text().unwrap();
    assert!(
        html.contains("Line 2: not a day"),
        "the line and the problem: {html}"
    );
    assert!(
        html.contains("mon-fri 09:00-17:00\nmox 10:00-12:00"),
        "the hours as typed"
    );
    assert!(
        html.contains(r#"value="Riverside office""#),
        "the other fields as typed"
    );
    assert!(html.contains(r#"value="wheelchair-accessible" checked"#));
    assert!(html.contains(r#"aria-invalid="true""#));
    let stored = get_json(
        &plain,
        &server.url(&format!("/api/v1/services/{service_id}")),
    );
    assert_eq!(
        stored["locations"].as_array().map(Vec::len),
        Some(0),
        "{stored}"
    );

    let owned = place("mon-fri 09:00-17:00\n2026-12-25 closed Christmas");
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let place_page = ed.post_ok(&places, &fields);
    let shown = ed.page(&place_page);
    assert!(
        shown.contains("mon-fri 09:00-17:00\n2026-12-25 closed Christmas"),
        "the hours read back: {shown}"
    );
    assert!(
        shown.contains("Eastside test district | evenings only"),
        "the place's areas read back: {shown}"
    );
    let stored = get_json(
        &plain,
        &server.url(&format!("/api/v1/services/{service_id}")),
    );
    assert_eq!(
        stored["locations"].as_array().map(Vec::len),
        Some(1),
        "{stored}"
    );
    assert_eq!(
        stored["locations"][0]["service_areas"][0]["name"], "Eastside test district",
        "{stored}"
    );

    // The editor changes the description.
    let new_description = "Help with unpaid wages and quetzalcoatl paperwork.";
    ed.post_ok(
        &format!("/admin/en/services/{service_id}"),
        &[
            ("organization", &org_id),
            ("name", "Evening wage clinic"),
            ("slug", &slug),
            ("description", new_description),
            ("status", "active"),
            ("topics", "employment"),
            ("topics", "legal-aid"),
            ("languages", "es bilingual-staff"),
            ("timezone", "America/Los_Angeles"),
            ("sources", SOURCE),
        ],
    );

    // The public page shows it.
    let public = plain
        .get(server.url(&format!("/en/services/{slug}")))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(public.contains(new_description), "{public}");
    assert!(public.contains("Riverside office"), "the place: {public}");
    assert!(
        public.contains("Serves: Eastside test district — evenings only"),
        "the place's own areas, under it: {public}"
    );
    let spanish = plain
        .get(server.url(&format!("/es/services/{slug}")))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(
        spanish.contains("Atiende a: Eastside test district — evenings only"),
        "{spanish}"
    );

    // Search finds it by a word of the new description, within seconds.
    let saved_at = Instant::now();
    let deadline = saved_at + Duration::from_secs(15);
    loop {
        let found = get_json(&plain, &server.url("/api/v1/search?q=quetzalcoatl"));
        let hit = found["results"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|r| r["id"] == service_id.as_str());
        if hit {
            eprintln!(
                "search found the edit {:?} after it was saved",
                saved_at.elapsed()
            );
            break;
        }
        assert!(Instant::now() < deadline, "search did not find it: {found}");
        std::thread::sleep(Duration::from_millis(200));
    }

    // The next bundle carries it, and its delta from the previous release does.
    let second = export(server.data_dir(), env);
    assert!(
        second.contains("release 2") && second.contains("delta from release 1"),
        "{second}"
    );
    let dir = server.data_dir().join("bundles/all");
    let anchor = TrustAnchor {
        root: vecino_bundle::keys::parse_public(
            &std::fs::read_to_string(server.data_dir().join("bundle-keys/root.pub")).unwrap(),
        )
        .unwrap(),
    };
    let release = verify_dir(
        &dir,
        &anchor,
        &TrustState::default(),
        vecino_core::Timestamp::now(),
        false,
    )
    .unwrap();
    let contents = serde_json::to_string(&release.release.contents).unwrap();
    assert!(contents.contains(new_description));
    assert!(
        contents.contains("Eastside test district"),
        "the place's areas are in the bundle"
    );
    let entry = release.release.manifest.delta_from(1).expect("a delta");
    let bytes = std::fs::read(dir.join(&entry.gzip.path)).unwrap();
    let delta = serde_json::to_string(&open_delta(entry, Encoding::Gzip, &bytes).unwrap()).unwrap();
    assert!(delta.contains("quetzalcoatl"), "{delta}");

    // The audit log says who changed what, before and after.
    let admin = sign_in(&server, "admin@example.org");
    let audit = admin.page("/admin/en/audit");
    for expected in [
        "change-role",
        "create-organization",
        "create-service",
        "create-place",
        "update-service",
        "ed@example.org",
        "description: Help with unpaid wages. → Help with unpaid wages and quetzalcoatl paperwork.",
    ] {
        assert!(audit.contains(expected), "{expected} in:\n{audit}");
    }
    server.stop();
}

#[test]
fn an_editors_change_reaches_the_page_search_and_the_next_bundle() {
    editor_scenario(&[]);
}

#[test]
fn an_editors_change_reaches_search_and_bundles_on_postgres() {
    let Some(db) = postgres_scratch("editor") else {
        return;
    };
    editor_scenario(&[("VECINO_DATABASE_URL", &db.url)]);
}

#[test]
fn editors_keep_to_their_organizations_and_forms_need_their_token() {
    let server = Server::start(&[]);
    let plain = client();
    let list = get_json(&plain, &server.url("/api/v1/services?per_page=100"));
    let services = list["services"].as_array().unwrap();
    let mine = &services[0];
    let theirs = services
        .iter()
        .find(|s| s["organization"]["id"] != mine["organization"]["id"])
        .unwrap();
    let (mine_id, theirs_id) = (mine["id"].as_str().unwrap(), theirs["id"].as_str().unwrap());
    let my_org = mine["organization"]["slug"].as_str().unwrap();
    add_user(
        &server,
        &[],
        &[
            "--email",
            "ed@example.org",
            "--role",
            "editor",
            "--orgs",
            my_org,
        ],
    );
    add_user(
        &server,
        &[],
        &[
            "--email",
            "tr@example.org",
            "--role",
            "translator",
            "--locales",
            "es",
        ],
    );
    let ed = sign_in(&server, "ed@example.org");

    // Their own service's form opens; another organization's does not, and cannot be written.
    let form = ed.page(&format!("/admin/en/services/{mine_id}"));
    assert!(form.contains(&format!("value=\"{}\"", mine["slug"].as_str().unwrap())));
    assert_eq!(
        ed.get(&format!("/admin/en/services/{theirs_id}")).status(),
        403
    );
    let before = get_json(
        &plain,
        &server.url(&format!("/api/v1/services/{theirs_id}")),
    );
    let resp = ed.post(
        &format!("/admin/en/services/{theirs_id}"),
        &[
            ("organization", mine["organization"]["id"].as_str().unwrap()),
            ("name", "Taken over"),
            ("description", "Changed by someone without the right."),
            ("status", "active"),
            ("topics", "health"),
            ("sources", SOURCE),
        ],
    );
    assert_eq!(resp.status(), 403);
    assert_eq!(
        ed.post(&format!("/admin/en/services/{theirs_id}/delete"), &[])
            .status(),
        403
    );
    let after = get_json(
        &plain,
        &server.url(&format!("/api/v1/services/{theirs_id}")),
    );
    assert_eq!(before, after, "nothing changed");
    let home = ed.page("/admin/en/");
    assert!(!home.contains(theirs_id), "not even listed");

    // A form posted without the session's token changes nothing.
    let before = get_json(&plain, &server.url(&format!("/api/v1/services/{mine_id}")));
    let resp = ed.post(
        &format!("/admin/en/services/{mine_id}"),
        &[
            ("csrf", "forged"),
            ("organization", mine["organization"]["id"].as_str().unwrap()),
            ("name", "Forged"),
            ("description", "A forged form."),
            ("status", "active"),
            ("topics", "health"),
            ("sources", SOURCE),
        ],
    );
    assert_eq!(resp.status(), 403);
    let resp = ed.post(
        &format!("/admin/en/services/{mine_id}/delete"),
        &[("csrf", "")],
    );
    assert_eq!(resp.status(), 403);
    assert_eq!(
        before,
        get_json(&plain, &server.url(&format!("/api/v1/services/{mine_id}")))
    );

    // A bad value comes back localized, in the page's language, with what was typed.
    let resp = ed.post(
        &format!("/admin/es/services/{mine_id}"),
        &[
            ("organization", mine["organization"]["id"].as_str().unwrap()),
            ("name", "Clínica"),
            ("slug", "Not A Slug"),
            ("description", "Descripción nueva."),
            ("status", "active"),
            ("phones", "call us"),
            ("sources", SOURCE),
        ],
    );
    assert_eq!(resp.status(), 422);
    let html = resp.text().unwrap();
    assert!(html.contains("Elija al menos un tema."), "{html}");
    assert!(
        html.contains("Línea 1: no es un número de teléfono."),
        "{html}"
    );
    assert!(html.contains("Use minúsculas"), "{html}");
    assert!(html.contains(r#"value="Not A Slug""#));
    assert!(html.contains("Descripción nueva."));

    // An event of no organization is for admins: the editor is told on the field.
    let resp = ed.post(
        "/admin/en/events/new",
        &[
            ("organization", ""),
            ("language", "en"),
            ("title", "Know your rights night"),
            ("description", "A talk."),
            ("starts", "2026-12-05T18:00"),
            ("timezone", "America/Los_Angeles"),
            ("sources", SOURCE),
        ],
    );
    assert_eq!(resp.status(), 422);
    let html = resp.text().unwrap();
    assert!(html.contains("Choose one of your organizations."), "{html}");
    assert!(html.contains(r#"value="Know your rights night""#));

    // A translator edits no listing; guides are for admins.
    let tr = sign_in(&server, "tr@example.org");
    assert_eq!(tr.get("/admin/en/organizations/new").status(), 403);
    assert_eq!(
        tr.get(&format!("/admin/en/services/{mine_id}")).status(),
        403
    );
    assert_eq!(ed.get("/admin/en/guides/new").status(), 403);
    server.stop();
}

#[test]
fn a_resident_report_is_resolved_and_audited_and_a_disabled_account_stops_at_once() {
    let server = Server::start(&[]);
    let plain = client();
    let list = get_json(&plain, &server.url("/api/v1/services?per_page=100"));
    let service = &list["services"][0];
    let slug = service["slug"].as_str().unwrap();
    let org = service["organization"]["slug"].as_str().unwrap();
    add_user(
        &server,
        &[],
        &["--email", "admin@example.org", "--role", "admin"],
    );

    // A resident reports a problem.
    let resp = plain
        .post(server.url(&format!("/en/services/{slug}/report")))
        .form(&[
            ("kind", "hours"),
            (
                "details",
                "The hours on the door say they close at noon on Fridays.",
            ),
        ])
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200);

    let admin = sign_in(&server, "admin@example.org");
    let home = admin.page("/admin/en/");
    assert!(home.contains("Problem reports waiting: 1"), "{home}");

    // The admin adds an editor for that organization; the editor sees and resolves it.
    let location = admin.post_ok(
        "/admin/en/accounts",
        &[
            ("email", "ed@example.org"),
            ("password", PASSWORD),
            ("role", "editor"),
            ("organizations", org),
        ],
    );
    assert_eq!(location, "/admin/en/accounts");
    let resp = admin.post(
        "/admin/en/accounts",
        &[
            ("email", "short@example.org"),
            ("password", "short"),
            ("role", "admin"),
        ],
    );
    assert_eq!(resp.status(), 422);
    let html = resp.text().unwrap();
    assert!(html.contains("at least 12 characters"), "{html}");
    assert!(
        html.contains(r#"value="short@example.org""#),
        "the email as typed"
    );

    let ed = sign_in(&server, "ed@example.org");
    let queue = ed.page("/admin/en/reports");
    assert!(queue.contains("close at noon on Fridays"), "{queue}");
    let at = queue.find("/admin/en/reports/").unwrap() + 18;
    let report_id = queue[at..at + 36].to_owned();
    ed.post_ok(
        &format!("/admin/en/reports/{report_id}"),
        &[
            ("outcome", "resolved"),
            ("note", "Called them; hours updated."),
        ],
    );
    let queue = ed.page("/admin/en/reports");
    assert!(
        !queue.contains("close at noon"),
        "resolved reports leave the queue"
    );
    assert!(ed.page("/admin/en/").contains("Problem reports waiting: 0"));
    let resp = ed.post(
        &format!("/admin/en/reports/{report_id}"),
        &[("outcome", "dismissed")],
    );
    assert_eq!(resp.status(), 409, "handled once");
    let audit = admin.page("/admin/en/audit");
    for expected in ["resolve-report", "Called them; hours updated.", "add-user"] {
        assert!(audit.contains(expected), "{expected} in:\n{audit}");
    }

    // A second admin with an API token is disabled: session and token stop at once.
    admin.post_ok(
        "/admin/en/accounts",
        &[
            ("email", "ops@example.org"),
            ("password", PASSWORD),
            ("role", "admin"),
        ],
    );
    let ops = sign_in(&server, "ops@example.org");
    let resp = ops.post("/admin/en/tokens", &[("name", "nightly")]);
    let html = resp.text().unwrap();
    let at = html.find(r#"<code id="new-token">"#).unwrap() + 21;
    let token = html[at..at + 71].to_owned();
    let me = |t: &str| {
        plain
            .get(server.url("/admin/api/me"))
            .bearer_auth(t)
            .send()
            .unwrap()
            .status()
    };
    assert_eq!(me(&token), 200);
    let accounts = admin.page("/admin/en/accounts");
    let at = accounts.find("ops@example.org").unwrap();
    let id_at = accounts[..at].rfind("id=\"acct-").unwrap() + 9;
    let ops_id = accounts[id_at..id_at + 36].to_owned();
    admin.post_ok(&format!("/admin/en/accounts/{ops_id}/disable"), &[]);
    let resp = ops.get("/admin/en/");
    assert_eq!(resp.status(), 303, "the session no longer works");
    assert_eq!(me(&token), 401, "nor the token");
    assert_eq!(
        try_sign_in(&server, "ops@example.org", PASSWORD).err(),
        Some(401),
        "nor the password"
    );
    assert!(admin.page("/admin/en/accounts").contains("disabled"));
    // An admin cannot disable themselves.
    let admin_id = {
        let accounts = admin.page("/admin/en/accounts");
        let at = accounts.find("admin@example.org").unwrap();
        let id_at = accounts[..at].rfind("id=\"acct-").unwrap() + 9;
        accounts[id_at..id_at + 36].to_owned()
    };
    assert_eq!(
        admin
            .post(&format!("/admin/en/accounts/{admin_id}/disable"), &[])
            .status(),
        403
    );

    // A new role applies at once: the editor made a translator loses the listing.
    let accounts = admin.page("/admin/en/accounts");
    let at = accounts.find("ed@example.org").unwrap();
    let id_at = accounts[..at].rfind("id=\"acct-").unwrap() + 9;
    let ed_id = accounts[id_at..id_at + 36].to_owned();
    admin.post_ok(
        &format!("/admin/en/accounts/{ed_id}"),
        &[("role", "translator"), ("locales", "es")],
    );
    let service_id = service["id"].as_str().unwrap();
    assert_eq!(
        ed.get(&format!("/admin/en/services/{service_id}")).status(),
        403
    );
    let audit = admin.page("/admin/en/audit");
    for expected in ["disable-user", "change-role"] {
        assert!(audit.contains(expected), "{expected} in:\n{audit}");
    }
    server.stop();
}

#[test]
fn the_staff_api_edits_with_the_same_scope_and_audit() {
    let server = Server::start(&[]);
    let plain = client();
    add_user(
        &server,
        &[],
        &["--email", "admin@example.org", "--role", "admin"],
    );
    let admin = sign_in(&server, "admin@example.org");
    let html = admin
        .post("/admin/en/tokens", &[("name", "automation")])
        .text()
        .unwrap();
    let at = html.find(r#"<code id="new-token">"#).unwrap() + 21;
    let token = html[at..at + 71].to_owned();

    let list = get_json(&plain, &server.url("/api/v1/services?per_page=1"));
    let id = list["services"][0]["id"].as_str().unwrap().to_owned();
    let mut record: Value = plain
        .get(server.url(&format!("/admin/api/services/{id}")))
        .bearer_auth(&token)
        .send()
        .unwrap()
        .json()
        .unwrap();
    let source = record["description"]["source_locale"]
        .as_str()
        .unwrap()
        .to_owned();
    record["description"]["texts"][&source]["text"] = "Updated by the nightly import.".into();
    let resp = plain
        .put(server.url(&format!("/admin/api/services/{id}")))
        .bearer_auth(&token)
        .json(&record)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.json::<Value>().unwrap()["changed"], true);
    let public = get_json(
        &plain,
        &server.url(&format!("/api/v1/services/{id}?lang={source}")),
    );
    assert!(
        public
            .to_string()
            .contains("Updated by the nightly import."),
        "{public}"
    );

    // A refused record says which field, and writes nothing.
    record["topics"] = serde_json::json!([]);
    let resp = plain
        .put(server.url(&format!("/admin/api/services/{id}")))
        .bearer_auth(&token)
        .json(&record)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 422);
    assert_eq!(resp.json::<Value>().unwrap()["field"], "topics");
    // Without a token: 401.
    let resp = plain
        .put(server.url(&format!("/admin/api/services/{id}")))
        .json(&record)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 401);
    let audit = admin.page("/admin/en/audit");
    assert!(audit.contains("Updated by the nightly import."), "{audit}");
    server.stop();
}

#[test]
fn guides_and_events_are_edited_and_deletes_ask_first() {
    let server = Server::start(&[]);
    let plain = client();
    add_user(
        &server,
        &[],
        &["--email", "admin@example.org", "--role", "admin"],
    );
    let admin = sign_in(&server, "admin@example.org");

    // A guide whose body marks a changing fact it does not declare is refused, kept as typed.
    let guide = |facts: &str| {
        vec![
            ("language", "en".to_owned()),
            ("title", "Renewing a work permit".to_owned()),
            ("summary", "What to send and when.".to_owned()),
            (
                "body",
                "## Fees\n\n[changing:renewal-fee] Check the fee first.".to_owned(),
            ),
            ("topics", "employment".to_owned()),
            ("reviewed_at", "2026-11-01".to_owned()),
            ("sources", SOURCE.to_owned()),
            ("facts", facts.to_owned()),
        ]
    };
    let owned = guide("");
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let resp = admin.post("/admin/en/guides/new", &fields);
    assert_eq!(resp.status(), 422);
    let html = resp.text().unwrap();
    assert!(
        html.contains("is not listed under “Facts that change”"),
        "{html}"
    );
    assert!(html.contains("[changing:renewal-fee] Check the fee first."));
    let owned = guide("renewal-fee | 2026-11-01 | https://example.org/fees");
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let location = admin.post_ok("/admin/en/guides/new", &fields);
    let guide_id = id_in(&location);
    let public = plain
        .get(server.url("/en/guides/renewing-a-work-permit"))
        .send()
        .unwrap();
    assert_eq!(public.status(), 200);
    assert!(public.text().unwrap().contains("Check the fee first."));
    assert!(
        admin
            .page("/admin/en/guides")
            .contains("Renewing a work permit")
    );

    // Deleting asks first; then the guide is gone.
    let ask = admin.page(&format!("/admin/en/guides/{guide_id}/delete"));
    assert!(
        ask.contains("Delete “Renewing a work permit”? This cannot be undone."),
        "{ask}"
    );
    assert_eq!(
        plain
            .get(server.url("/en/guides/renewing-a-work-permit"))
            .send()
            .unwrap()
            .status(),
        200,
        "asking deletes nothing"
    );
    admin.post_ok(&format!("/admin/en/guides/{guide_id}/delete"), &[]);
    assert_eq!(
        plain
            .get(server.url("/en/guides/renewing-a-work-permit"))
            .send()
            .unwrap()
            .status(),
        404
    );

    // An event read in its own time zone; one that ends before it starts is refused.
    let event = |ends: &str| {
        vec![
            ("organization", String::new()),
            ("language", "en".to_owned()),
            ("title", "Citizenship application day".to_owned()),
            (
                "description",
                "Volunteers help fill in the form.".to_owned(),
            ),
            ("starts", "2026-12-05T10:00".to_owned()),
            ("ends", ends.to_owned()),
            ("timezone", "America/Los_Angeles".to_owned()),
            ("event_languages", "es, en".to_owned()),
            ("topics", "citizenship".to_owned()),
            ("sources", SOURCE.to_owned()),
        ]
    };
    let owned = event("2026-12-05T09:00");
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let resp = admin.post("/admin/en/events/new", &fields);
    assert_eq!(resp.status(), 422);
    assert!(
        resp.text()
            .unwrap()
            .contains("An event cannot end before it starts.")
    );
    let owned = event("2026-12-05T13:00");
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let location = admin.post_ok("/admin/en/events/new", &fields);
    let form = admin.page(&location);
    assert_eq!(
        input_value(&form, "starts"),
        "2026-12-05T10:00",
        "local time kept"
    );
    let public = plain
        .get(server.url("/en/events/citizenship-application-day"))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(public.contains("Citizenship application day"), "{public}");

    // An organization that still has services cannot be deleted: it says why, nothing goes.
    let list = get_json(&plain, &server.url("/api/v1/services?per_page=1"));
    let org_id = list["services"][0]["organization"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let resp = admin.post(&format!("/admin/en/organizations/{org_id}/delete"), &[]);
    assert_eq!(resp.status(), 409);
    assert!(
        resp.text()
            .unwrap()
            .contains("while services or events still belong to it")
    );
    let audit = admin.page("/admin/en/audit");
    for expected in ["create-guide", "delete-guide", "create-event"] {
        assert!(audit.contains(expected), "{expected} in:\n{audit}");
    }
    server.stop();
}

/// Where node, chromium or the npm packages are missing, why (the test then passes without
/// running, as `browser.rs` does; CI has them).
fn browser_missing() -> Option<String> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    let modules = Path::new(env!("CARGO_MANIFEST_DIR")).join("browser/node_modules/axe-core");
    if !Path::new(&chromium).exists() {
        Some(format!("{chromium} is not installed"))
    } else if std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_err()
    {
        Some("node is not installed".to_owned())
    } else if !modules.exists() {
        Some("tests/browser has no node_modules (run npm ci there)".to_owned())
    } else {
        None
    }
}

#[test]
fn the_editor_pages_pass_an_accessibility_scan_and_fit_a_phone() {
    if let Some(why) = browser_missing() {
        vecino_e2e::skip("the editor's browser test", &why);
        return;
    }
    let server = Server::start(&[]);
    let plain = client();
    add_user(
        &server,
        &[],
        &["--email", "admin@example.org", "--role", "admin"],
    );
    let admin = sign_in(&server, "admin@example.org");
    let list = get_json(&plain, &server.url("/api/v1/services?per_page=1"));
    let service = list["services"][0]["id"].as_str().unwrap().to_owned();
    // A report, so the queue has one to show.
    let slug = list["services"][0]["slug"].as_str().unwrap();
    plain
        .post(server.url(&format!("/en/services/{slug}/report")))
        .form(&[
            ("kind", "contact"),
            ("details", "The phone number has changed."),
        ])
        .send()
        .unwrap();
    // A refused form, with its errors shown, is scanned too: saved as a page of its own.
    let paths = [
        "/admin/en/".to_owned(),
        "/admin/en/organizations/new".to_owned(),
        format!("/admin/en/services/{service}"),
        format!("/admin/en/services/{service}/places/new"),
        "/admin/en/guides/new".to_owned(),
        "/admin/en/events/new".to_owned(),
        "/admin/en/reports".to_owned(),
        "/admin/en/accounts".to_owned(),
        "/admin/en/audit".to_owned(),
    ];
    let session = admin
        .cookie
        .trim_start_matches("vecino_session=")
        .to_owned();
    let out = std::process::Command::new("node")
        .arg("admin.mjs")
        .arg(&server.base)
        .arg(&session)
        .args(&paths)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("browser"))
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(
        out.status.success() && stdout.contains("admin: all checks passed"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    server.stop();
}
