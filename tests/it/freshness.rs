//! The "due for checking" queue through the real binary: a never-checked listing is in the
//! queue and counted on the staff home; "still correct" by its organization's editor takes it
//! out and the audit log names them; a translator or another organization's editor cannot;
//! "keep in search" is an admin's. A guide's changing fact past its review date is in the
//! queue and flagged on the resident page until an admin says it is still correct, from the
//! queue or the guide's page (SQLite and PostgreSQL); the home's count is the queue's length. And the service form carries the safety facts, refusing a
//! day to come with what was typed kept.

use vecino_e2e::staff::{
    Staff, add_admin, add_editor, add_user, client, form_values, get_json, sign_in, with_changes,
};
use vecino_e2e::{Server, postgres_scratch};

/// Today in UTC, as `2026-12-07`.
fn today() -> String {
    vecino_core::Timestamp::now().to_string()[..10].to_owned()
}

#[test]
fn a_due_listing_leaves_the_queue_when_its_editor_says_it_is_still_correct() {
    let server = Server::start(&[]);
    let plain = client();
    let list = get_json(&plain, &server.url("/api/v1/services?per_page=100"));
    let services = list["services"].as_array().unwrap();
    let first = &services[0];
    let id = first["id"].as_str().unwrap().to_owned();
    let org = first["organization"]["slug"].as_str().unwrap().to_owned();
    let other_org = services
        .iter()
        .map(|s| s["organization"]["slug"].as_str().unwrap())
        .find(|o| *o != org)
        .expect("a second organization")
        .to_owned();
    add_admin(&server, "admin@example.org");
    add_editor(&server, "ed@example.org", &org);
    add_editor(&server, "other@example.org", &other_org);
    add_user(
        &server,
        &[],
        &[
            "--email",
            "tr@example.org",
            "--role",
            "translator",
            "--locales",
            "vi",
        ],
    );
    let admin = sign_in(&server, "admin@example.org");
    let ed = sign_in(&server, "ed@example.org");
    let other = sign_in(&server, "other@example.org");
    let tr = sign_in(&server, "tr@example.org");
    let anchor = format!("id=\"service-{id}\"");

    // Starter listings were never checked here: they are due, and the home counts them.
    let home = ed.page("/admin/en/");
    assert!(home.contains("id=\"due-link\""), "{home}");
    assert!(home.contains("Due for checking: "), "{home}");
    let due = ed.page("/admin/en/due");
    assert!(due.contains(&anchor), "the editor's listing is due: {due}");
    assert!(due.contains("Never checked"), "{due}");
    assert!(due.contains("Still correct"), "{due}");
    assert!(
        !due.contains("Keep in search"),
        "an editor is not offered the keep"
    );
    assert_eq!(tr.get("/admin/en/due").status(), 403);

    // A translator and another organization's editor cannot say it is correct.
    let path = format!("/admin/en/services/{id}/still-correct");
    assert_eq!(tr.post(&path, &[]).status(), 403);
    assert_eq!(other.post(&path, &[]).status(), 403);
    assert!(!other.page("/admin/en/due").contains(&anchor));
    // Nor without the form's anti-forgery token.
    assert_eq!(ed.post(&path, &[("csrf", "forged")]).status(), 403);
    assert!(ed.page("/admin/en/due").contains(&anchor), "still due");

    assert_eq!(ed.post_ok(&path, &[]), "/admin/en/due");
    let due = ed.page("/admin/en/due");
    assert!(
        !due.contains(&anchor),
        "checked today, it left the queue: {due}"
    );
    let audit = admin.page("/admin/en/audit");
    let row = audit
        .lines()
        .find(|l| l.contains("verify-service"))
        .unwrap_or_default()
        .to_owned();
    assert!(
        audit.contains("ed@example.org") && audit.contains("verify-service"),
        "the audit log shows who: {row}"
    );
    let service = get_json(
        &plain,
        &server.url(&format!(
            "/api/v1/services/{}",
            first["slug"].as_str().unwrap()
        )),
    );
    assert!(
        service.to_string().contains(&today()),
        "the listing says it was checked today: {service}"
    );

    // Keep in search is an admin's, audited and removable.
    let keep = format!("/admin/en/services/{id}/keep");
    assert_eq!(ed.post(&keep, &[("keep", "yes")]).status(), 403);
    assert_eq!(admin.post_ok(&keep, &[("keep", "yes")]), "/admin/en/due");
    assert!(admin.page("/admin/en/audit").contains("keep-service"));
    assert_eq!(admin.post_ok(&keep, &[("keep", "no")]), "/admin/en/due");
    assert!(admin.page("/admin/en/audit").contains("unkeep-service"));
    assert_eq!(admin.post(&keep, &[("keep", "maybe")]).status(), 422);
    server.stop();
}

#[test]
fn the_service_form_carries_safety_facts_and_refuses_a_day_to_come() {
    let server = Server::start(&[]);
    let plain = client();
    let list = get_json(&plain, &server.url("/api/v1/services?per_page=1"));
    let id = list["services"][0]["id"].as_str().unwrap().to_owned();
    add_admin(&server, "admin@example.org");
    let admin = sign_in(&server, "admin@example.org");
    let path = format!("/admin/en/services/{id}");
    let form = admin.page(&path);
    assert!(form.contains("Asks about immigration status"), "{form}");
    assert!(
        form.contains("Closed for now"),
        "temporarily closed is a status"
    );
    let values = form_values(&form);

    let fact = [
        ("asks_status", "no"),
        ("asks_status_source", "Clinic intake FAQ"),
        ("asks_status_url", "https://example.org/intake-faq"),
        ("eligibility", "Adults who live in the county."),
        ("minimum_age", "18"),
        (
            "documents",
            "Any photo ID\nProof of address | https://example.org/address",
        ),
        ("review_interval_days", "60"),
    ];
    let mut future = fact.to_vec();
    future.push(("asks_status_checked", "2999-01-01"));
    let refused = admin.post_values(&path, &with_changes(&values, &future));
    assert_eq!(refused.status(), 422);
    let page = refused.text().unwrap();
    assert!(
        page.contains("cannot be in the future"),
        "a localized error: {page}"
    );
    assert!(page.contains("Clinic intake FAQ"), "what was typed is kept");
    assert!(page.contains("Adults who live in the county."));

    let mut ok = fact.to_vec();
    let day = today();
    ok.push(("asks_status_checked", &day));
    admin.post_values_ok(&path, &with_changes(&values, &ok));
    let again = admin.page(&path);
    let saved = form_values(&again);
    let value = |name: &str| {
        saved
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert_eq!(value("asks_status"), "no");
    assert_eq!(value("asks_status_checked"), day);
    assert_eq!(value("minimum_age"), "18");
    assert_eq!(value("review_interval_days"), "60");
    assert_eq!(value("id_needed"), "", "an unstated fact stays unknown");
    assert_eq!(
        value("documents"),
        "Any photo ID\nProof of address | https://example.org/address"
    );

    // A fact with a source but no answer is refused rather than dropped.
    let half = [("id_needed_source", "Clinic intake FAQ")];
    let refused = admin.post_values(&path, &with_changes(&form_values(&again), &half));
    assert_eq!(refused.status(), 422);
    server.stop();
}

/// The number in the staff home's "Due for checking: N".
fn home_count(staff: &Staff) -> usize {
    let home = staff.page("/admin/en/");
    let at = home.find("id=\"due-link\"").expect("the due link");
    let text = &home[at..at + home[at..].find("</a>").unwrap()];
    let text = &text[text.find('>').unwrap()..];
    text.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

/// Every row of the queue, page by page.
fn queue_rows(staff: &Staff) -> Vec<String> {
    let mut rows = Vec::new();
    for page in 1.. {
        let html = staff.page(&format!("/admin/en/due?page={page}"));
        let before = rows.len();
        for part in html.split("<li id=\"").skip(1) {
            rows.push(part[..part.find('"').unwrap()].to_owned());
        }
        if rows.len() == before || !html.contains("rel=\"next\"") {
            break;
        }
    }
    rows
}

fn guide_checks(env: &[(&str, &str)], backend: &str) {
    let mut env = env.to_vec();
    // Citizenship checked every day: the starter guide and its fee are past their review.
    env.push(("VECINO_REVIEW_DAYS_CITIZENSHIP", "1"));
    let server = Server::start(&env);
    add_user(
        &server,
        &env,
        &["--email", "admin@example.org", "--role", "admin"],
    );
    add_user(
        &server,
        &env,
        &[
            "--email",
            "tr@example.org",
            "--role",
            "translator",
            "--locales",
            "es",
        ],
    );
    let admin = sign_in(&server, "admin@example.org");
    let tr = sign_in(&server, "tr@example.org");
    let plain = client();
    let guide = get_json(&plain, &server.url("/api/v1/guides/citizenship"));
    let id = guide["id"].as_str().unwrap().to_owned();
    let resident = || {
        let resp = plain
            .get(server.url("/en/guides/citizenship"))
            .send()
            .unwrap();
        assert_eq!(resp.status(), 200);
        resp.text().unwrap()
    };
    // The guide has an interval of its own (2 days), set through the staff API.
    let token = admin.api_token("automation");
    let record_url = server.url(&format!("/admin/api/guides/{id}"));
    let own_interval = || -> serde_json::Value {
        let record: serde_json::Value = plain
            .get(&record_url)
            .bearer_auth(&token)
            .send()
            .unwrap()
            .json()
            .unwrap();
        record["review_interval_days"].clone()
    };
    let mut record: serde_json::Value = plain
        .get(&record_url)
        .bearer_auth(&token)
        .send()
        .unwrap()
        .json()
        .unwrap();
    record["review_interval_days"] = 2.into();
    let resp = plain
        .put(&record_url)
        .bearer_auth(&token)
        .json(&record)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(own_interval(), 2, "{backend}");

    let page = resident();
    assert!(
        page.contains("class=\"changing overdue\"") && page.contains("past its review date"),
        "{backend}: the resident page flags the guide and its facts: {page}"
    );

    let fee = format!("guide-{id}-n400-fee");
    let rows = queue_rows(&admin);
    assert!(rows.contains(&fee), "{backend}: the fee is due: {rows:?}");
    assert!(rows.contains(&format!("guide-{id}")), "{backend}: {rows:?}");
    assert_eq!(
        home_count(&admin),
        rows.len(),
        "{backend}: the home counts the queue"
    );
    let due = admin.page("/admin/en/due");
    assert!(
        due.contains(&format!("/admin/en/guides/{id}/still-correct"))
            && due.contains("name=\"fact\" value=\"n400-fee\""),
        "{backend}: a still-correct button on the fact's row: {due}"
    );

    // A translator cannot say it is still correct; nor can a forged form.
    let path = format!("/admin/en/guides/{id}/still-correct");
    assert_eq!(tr.post(&path, &[("fact", "n400-fee")]).status(), 403);
    assert_eq!(
        admin
            .post(&path, &[("csrf", "forged"), ("fact", "n400-fee")])
            .status(),
        403
    );
    assert_eq!(
        admin.post(&path, &[("fact", "not-declared")]).status(),
        404,
        "{backend}"
    );
    assert!(queue_rows(&admin).contains(&fee), "{backend}: still due");

    assert_eq!(
        admin.post_ok(&path, &[("fact", "n400-fee")]),
        "/admin/en/due"
    );
    let rows = queue_rows(&admin);
    assert!(!rows.contains(&fee), "{backend}: it left the queue");
    assert_eq!(home_count(&admin), rows.len(), "{backend}");
    let audit = admin.page("/admin/en/audit");
    assert!(
        audit.contains("check-fact") && audit.contains("admin@example.org"),
        "{backend}: the audit log shows who: {audit}"
    );
    let guide = get_json(&plain, &server.url("/api/v1/guides/citizenship"));
    assert!(
        guide.to_string().contains(&today()),
        "{backend}: the fact says it was checked today: {guide}"
    );

    // The rest from the guide's own page: its text and each remaining fact.
    let form = admin.page(&format!("/admin/en/guides/{id}"));
    assert!(form.contains("Checked against the sources"), "{form}");
    let facts: Vec<String> = form
        .split("name=\"fact\" value=\"")
        .skip(1)
        .map(|p| p[..p.find('"').unwrap()].to_owned())
        .collect();
    assert!(facts.contains(&"civics-test".to_owned()), "{facts:?}");
    assert_eq!(
        admin.post_ok(&path, &[("back", "guide")]),
        format!("/admin/en/guides/{id}?checked")
    );
    assert!(
        admin
            .page(&format!("/admin/en/guides/{id}?checked"))
            .contains("Recorded: checked against the sources today.")
    );
    // One fact through the staff JSON API (automation with a token), the rest by the form.
    let (by_api, by_form) = facts.split_first().expect("a fact left to check");
    let api = server.url(&format!("/admin/api/guides/{id}/checked"));
    let refused = plain.post(format!("{api}?fact={by_api}")).send().unwrap();
    assert_eq!(refused.status(), 401, "{backend}: no token, no check");
    let resp = plain
        .post(format!("{api}?fact=not-declared"))
        .bearer_auth(&token)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 404, "{backend}: an undeclared fact");
    let resp = plain
        .post(format!("{api}?fact={by_api}"))
        .bearer_auth(&token)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200, "{backend}");
    let checked: serde_json::Value = resp.json().unwrap();
    let fact = checked["changing_facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == by_api.as_str())
        .unwrap_or_else(|| panic!("{backend}: the answer names the fact: {checked}"));
    assert_eq!(fact["checked"], today().as_str(), "{backend}: {checked}");
    for f in by_form {
        admin.post_ok(&path, &[("back", "guide"), ("fact", f)]);
    }
    let rows = queue_rows(&admin);
    assert!(
        !rows.iter().any(|r| r.starts_with(&format!("guide-{id}"))),
        "{backend}: nothing of the guide is due: {rows:?}"
    );
    assert_eq!(home_count(&admin), rows.len(), "{backend}");
    assert!(admin.page("/admin/en/audit").contains("check-guide"));

    // "Changed": the guide's form saved as it is keeps its own interval and its checks.
    let form_path = format!("/admin/en/guides/{id}");
    admin.post_values_ok(&form_path, &form_values(&admin.page(&form_path)));
    assert_eq!(
        own_interval(),
        2,
        "{backend}: the form keeps the guide's interval"
    );
    assert!(
        !queue_rows(&admin)
            .iter()
            .any(|r| r.starts_with(&format!("guide-{id}"))),
        "{backend}"
    );
    let page = resident();
    assert!(
        !page.contains("class=\"changing overdue\"") && !page.contains("past its review date"),
        "{backend}: the resident page no longer flags it: {page}"
    );
    server.stop();
}

#[test]
fn a_guide_fact_past_its_review_leaves_the_queue_and_the_flag_when_an_admin_says_it_is_still_correct()
 {
    guide_checks(&[], "sqlite");
}

#[test]
fn guide_checks_work_on_postgres() {
    let Some(db) = postgres_scratch("due_guides") else {
        return;
    };
    guide_checks(&[("VECINO_DATABASE_URL", &db.url)], "postgres");
}
