//! Imports are untrusted: through the real binary, an HSDS file cannot make a listing
//! "checked by a person", kept in search or DOJ-recognized, cannot bring "is it safe for me"
//! facts, its verification date is only the source's own, cannot cite a source other than `--source-url`,
//! cannot rewrite a guide, a listing from elsewhere or one staff edited unless the operator
//! passes the flag that names that risk, and every import leaves one audit row with its counts.

use reqwest::blocking::Client;
use serde_json::{Value, json};
use vecino_e2e::staff::{add_admin, form_values, get_json, sign_in, with_changes};
use vecino_e2e::{Server, postgres_scratch, run};

const FEED: &str = "https://211.example.org/feed";

/// `vecino export` of the running server's directory into `<data dir>/<name>`.
fn export(server: &Server, env: &[(&str, &str)], name: &str) -> std::path::PathBuf {
    let out = server.data_dir().join(name);
    let (ok, text) = run(
        server.data_dir(),
        &["export", "--out", out.to_str().unwrap()],
        env,
    );
    assert!(ok, "{text}");
    out
}

fn import(server: &Server, env: &[(&str, &str)], path: &std::path::Path, extra: &[&str]) -> String {
    let mut args = vec!["import", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let (ok, out) = run(server.data_dir(), &args, env);
    assert!(ok, "vecino import {extra:?}:\n{out}");
    out
}

fn page(c: &Client, server: &Server, path: &str) -> String {
    let resp = c.get(server.url(path)).send().unwrap();
    assert_eq!(resp.status(), 200, "{path}");
    resp.text().unwrap()
}

/// The service with Vecino slug `slug` in an export's organizations, mutably.
fn service_mut<'a>(orgs: &'a mut Value, slug: &str) -> &'a mut Value {
    orgs.as_array_mut()
        .unwrap()
        .iter_mut()
        .flat_map(|o| o["services"].as_array_mut().unwrap().iter_mut())
        .find(|s| s["vecino"]["slug"] == slug)
        .unwrap_or_else(|| panic!("{slug} in the export"))
}

/// Sets a Vecino profile text (`{source, texts: {en: {text, …}}}`) and the HSDS field beside it.
fn set_text(record: &mut Value, field: &str, text: &str) {
    record[field] = json!(text);
    let texts = &mut record["vecino"][field]["texts"];
    if let Some(map) = texts.as_object_mut() {
        for (_, t) in map.iter_mut() {
            t["text"] = json!(text);
        }
    }
}

const NOTARIO: &str = "Call our notario at +1 555 0100 for fast papers.";
const SLUG: &str = "san-jose-naturalization-ceremony";

fn forged_trust_scenario(env: &[(&str, &str)]) {
    let server = Server::start(env);
    let c = Client::new();
    let before = page(&c, &server, &format!("/en/services/{SLUG}"));
    for absent in [
        "DOJ-recognized organization",
        "Checked by a person",
        NOTARIO,
    ] {
        assert!(!before.contains(absent), "{absent} before the import");
    }
    let dir = export(&server, env, "export");
    let orgs: Value =
        serde_json::from_slice(&std::fs::read(dir.join("organizations.json")).unwrap()).unwrap();
    let id = {
        let mut orgs = orgs.clone();
        service_mut(&mut orgs, SLUG)["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };

    // The review's file: accreditation, a person's check and a javascript: source, and a
    // notario's text, imported as a 211 feed.
    let mut evil = orgs.clone();
    {
        let s = service_mut(&mut evil, SLUG);
        s["vecino"]["accreditation"] = json!("doj-recognized-organization");
        s["vecino"]["trust"] = json!({
            "sources": [{"title": "USCIS (official)", "url": "javascript:alert(document.cookie)"}],
            "verified_at": "2026-12-01T00:00:00Z",
            "verifier": "staff:00000000-0000-4000-8000-000000000001"
        });
        set_text(s, "description", NOTARIO);
    }
    let evil_path = server.data_dir().join("evil.json");
    std::fs::write(&evil_path, serde_json::to_vec(&evil).unwrap()).unwrap();
    let out = import(&server, env, &evil_path, &["--source-url", FEED]);
    // The listing is the starter content's, not the feed's: left as it is.
    assert!(out.contains("came from another source"), "{out}");
    assert!(out.contains("--overwrite-other-sources"), "{out}");
    let after = page(&c, &server, &format!("/en/services/{SLUG}"));
    assert!(
        !after.contains(NOTARIO),
        "a listing from elsewhere was rewritten"
    );
    assert!(!after.contains("javascript:"));

    // The same forgery with sources a profile can hold, and the operator allowing the feed
    // to replace listings from elsewhere: the text is the feed's, the trust is not.
    let mut forged = orgs.clone();
    {
        let s = service_mut(&mut forged, SLUG);
        s["vecino"]["accreditation"] = json!("doj-recognized-organization");
        s["vecino"]["trust"] = json!({
            "sources": [{"title": "USCIS (official)", "url": "https://uscis.example.net/roster"}],
            "verified_at": "2026-12-01T00:00:00Z",
            "verifier": "staff:00000000-0000-4000-8000-000000000001",
            "kept": {"by": "staff:00000000-0000-4000-8000-000000000001", "at": "2026-12-01T00:00:00Z"},
            "source_checked_on": "2026-12-01"
        });
        // "Is it safe for me" facts the feed claims, with a source of its choosing.
        s["vecino"]["safety"] = json!({
            "asks_status": {"value": "no", "checked": "2026-12-01",
                "source": {"title": "USCIS (official)", "url": "https://uscis.example.net/roster"}}
        });
        // The feed's own verification date (HSDS 3.1 `assured_date`): believed only as the
        // source's claim, apart from a person's check.
        s["assured_date"] = json!("2026-11-15");
        set_text(s, "description", NOTARIO);
    }
    let forged_path = server.data_dir().join("forged.json");
    std::fs::write(&forged_path, serde_json::to_vec(&forged).unwrap()).unwrap();
    let out = import(
        &server,
        env,
        &forged_path,
        &["--source-url", FEED, "--overwrite-other-sources"],
    );
    assert!(out.contains("records written"), "{out}");
    let stored = get_json(&c, &server.url(&format!("/api/v1/services/{id}")));
    assert!(
        stored.to_string().contains(NOTARIO),
        "the feed's text is written: {stored}"
    );
    let shown = page(&c, &server, &format!("/en/services/{SLUG}"));
    assert!(shown.contains(NOTARIO), "{shown}");
    for absent in [
        "DOJ-recognized organization",
        "Checked by a person",
        "javascript:",
        "uscis.example.net",
    ] {
        assert!(!shown.contains(absent), "{absent} on the page:\n{shown}");
    }
    assert!(shown.contains("211.example.org"), "the feed is the source");
    let text = stored.to_string();
    assert!(!text.contains("2026-12-01T00:00:00Z"), "{text}");
    assert!(!text.contains("doj-recognized-organization"), "{text}");
    // Neither a keep decision nor safety facts came in; the assured date is the source's.
    let hsds = get_json(&c, &server.url(&format!("/hsds/services/{id}")));
    let trust = &hsds["vecino"]["trust"];
    assert!(trust["kept"].is_null(), "{trust}");
    assert!(trust["verified_at"].is_null(), "{trust}");
    assert_eq!(trust["source_checked_on"], "2026-11-15", "{trust}");
    assert!(hsds["vecino"]["safety"].is_null(), "{}", hsds["vecino"]);
    assert_eq!(hsds["assured_date"], "2026-11-15");

    // And the review's javascript: file again, now over the feed's own listing.
    import(&server, env, &evil_path, &["--source-url", FEED]);
    let stored = get_json(&c, &server.url(&format!("/api/v1/services/{id}")));
    assert!(!stored.to_string().contains("javascript:"), "{stored}");
    let slug = stored["slug"].as_str().unwrap_or(SLUG).to_owned();
    let shown = page(&c, &server, &format!("/en/services/{slug}"));
    for absent in [
        "DOJ-recognized organization",
        "Checked by a person",
        "javascript:",
    ] {
        assert!(!shown.contains(absent), "{absent} on the page:\n{shown}");
    }
    server.stop();
}

#[test]
fn an_import_file_cannot_make_a_listing_checked_accredited_or_cite_its_own_sources() {
    forged_trust_scenario(&[]);
}

#[test]
fn an_import_file_cannot_forge_trust_on_postgres() {
    let Some(db) = postgres_scratch("import_trust") else {
        return;
    };
    forged_trust_scenario(&[("VECINO_DATABASE_URL", &db.url)]);
}

#[test]
fn a_guides_file_does_not_rewrite_a_guide_without_the_flag_that_allows_it() {
    let server = Server::start(&[]);
    let c = Client::new();
    let dir = export(&server, &[], "export");
    let mut guides: Value =
        serde_json::from_slice(&std::fs::read(dir.join("guides.json")).unwrap()).unwrap();
    let daca = guides
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|g| g["slug"] == "daca")
        .expect("the daca guide");
    let texts = daca["body"]["texts"].as_object_mut().unwrap();
    for (_, t) in texts.iter_mut() {
        t["text"] = json!("DACA is over. Pay a notario $500 to keep your permit.");
    }
    let only = server.data_dir().join("only-guides");
    std::fs::create_dir_all(&only).unwrap();
    std::fs::write(
        only.join("guides.json"),
        serde_json::to_vec(&guides).unwrap(),
    )
    .unwrap();
    let args = ["--format", "hsds3", "--source-url", FEED];
    let out = import(&server, &[], &only, &args);
    assert!(out.contains("--with-guides-and-events"), "{out}");
    assert!(out.contains("0 records written"), "{out}");
    let shown = page(&c, &server, "/en/guides/daca");
    assert!(!shown.contains("Pay a notario"), "the guide was rewritten");

    // The flag for guides alone does not let a feed replace Vecino's own guide either.
    let mut with = args.to_vec();
    with.push("--with-guides-and-events");
    let out = import(&server, &[], &only, &with);
    assert!(out.contains("came from another source"), "{out}");
    assert!(!page(&c, &server, "/en/guides/daca").contains("Pay a notario"));

    // Both risks named: written, citing the feed.
    with.push("--overwrite-other-sources");
    let out = import(&server, &[], &only, &with);
    assert!(out.contains("records written"), "{out}");
    let shown = page(&c, &server, "/en/guides/daca");
    assert!(shown.contains("Pay a notario"), "{shown}");
    assert!(shown.contains("211.example.org"), "the feed is cited");
    server.stop();
}

/// A small HSDS 3 feed: one organization with one service.
fn feed(description: &str) -> Value {
    json!([{
        "id": "7a1f0c4e-3b2d-4c5e-8f9a-0b1c2d3e4f50",
        "name": "Quetzal Community Aid",
        "description": "Neighbours helping neighbours.",
        "services": [{
            "id": "7a1f0c4e-3b2d-4c5e-8f9a-0b1c2d3e4f51",
            "organization_id": "7a1f0c4e-3b2d-4c5e-8f9a-0b1c2d3e4f50",
            "name": "Quetzal paperwork clinic",
            "description": description,
            "status": "active"
        }]
    }])
}

#[test]
fn an_import_over_a_listing_staff_edited_is_refused_without_the_flag_and_audited() {
    let server = Server::start(&[]);
    let c = Client::new();
    let path = server.data_dir().join("feed.json");
    let service = "7a1f0c4e-3b2d-4c5e-8f9a-0b1c2d3e4f51";
    let args = ["--source-url", FEED, "--topic", "legal-aid"];
    std::fs::write(&path, feed("Help with forms on Tuesdays.").to_string()).unwrap();
    let out = import(&server, &[], &path, &args);
    assert!(
        out.contains("2 records written, 0 unchanged, 0 refused"),
        "{out}"
    );

    // Staff correct the listing.
    add_admin(&server, "admin@example.org");
    let admin = sign_in(&server, "admin@example.org");
    let edit = format!("/admin/en/services/{service}");
    let form = form_values(&admin.page(&edit));
    let staff_text = "Help with forms on Tuesdays, now at the library.";
    let fields = with_changes(&form, &[("description", staff_text)]);
    admin.post_values_ok(&edit, &fields);

    // The feed changes too: its next import leaves the staff's correction alone.
    std::fs::write(&path, feed("Help with forms on Wednesdays.").to_string()).unwrap();
    let out = import(&server, &[], &path, &args);
    assert!(out.contains("edited by staff"), "{out}");
    assert!(out.contains("--overwrite-staff-edits"), "{out}");
    let stored = get_json(&c, &server.url(&format!("/api/v1/services/{service}")));
    assert!(stored.to_string().contains(staff_text), "{stored}");

    // Another feed with the same ids changes nothing of this one's.
    let out = import(
        &server,
        &[],
        &path,
        &[
            "--source-url",
            "https://other.example.org/",
            "--topic",
            "legal-aid",
        ],
    );
    assert!(out.contains("came from another source"), "{out}");

    // Named, the risk is taken.
    let mut with = args.to_vec();
    with.push("--overwrite-staff-edits");
    let out = import(&server, &[], &path, &with);
    assert!(out.contains("1 records written"), "{out}");
    let stored = get_json(&c, &server.url(&format!("/api/v1/services/{service}")));
    assert!(stored.to_string().contains("on Wednesdays"), "{stored}");

    // Each import is one audit row with its counts.
    let audit = admin.page("/admin/en/audit");
    for expected in [
        "source https://211.example.org/feed: 2 written, 0 unchanged, 0 refused",
        "source https://211.example.org/feed: 0 written, 1 unchanged, 1 refused (edited-by-staff 1)",
        "source https://other.example.org/: 0 written, 0 unchanged, 2 refused (other-source 1, edited-by-staff 1)",
        "source https://211.example.org/feed: 1 written, 1 unchanged, 0 refused",
        "vecino import",
    ] {
        assert!(
            audit.contains(expected),
            "{expected} in the audit log:\n{audit}"
        );
    }
    assert_eq!(audit.matches("vecino import").count(), 4, "{audit}");
    server.stop();
}

#[test]
fn a_crafted_import_file_neither_crashes_the_importer_nor_writes_to_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crafted.json");
    // A phone number whose lower case is longer than itself, and an id that would clear the
    // operator's screen and print a fake success line.
    let crafted = json!([
        {"id": "org-1", "name": "Test Org", "phones": [{"number": "İİİİx"}]},
        {"id": "x\u{1b}[2J\u{1b}[31mFAKE: all records imported OK\r", "name": ""}
    ]);
    std::fs::write(&path, crafted.to_string()).unwrap();
    let (ok, out) = run(
        dir.path(),
        &[
            "import",
            path.to_str().unwrap(),
            "--source-url",
            FEED,
            "--dry-run",
        ],
        // The report alone (the binary's own log lines are coloured on purpose).
        &[("VECINO_LOG", "warn"), ("NO_COLOR", "1")],
    );
    assert!(ok, "{out}");
    assert!(!out.contains("panicked"), "{out}");
    assert!(out.contains("Dry run: nothing written."), "{out}");
    assert!(
        !out.contains('\u{1b}'),
        "an escape reached the terminal: {out:?}"
    );
    assert!(!out.contains('\r'), "{out:?}");
    assert!(
        out.contains(r"x\u{1b}[2J"),
        "the id is shown, escaped: {out}"
    );
}
