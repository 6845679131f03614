//! The "due for checking" queue through the real binary: a never-checked listing is in the
//! queue and counted on the staff home; "still correct" by its organization's editor takes it
//! out and the audit log names them; a translator or another organization's editor cannot;
//! "keep in search" is an admin's. And the service form carries the safety facts, refusing a
//! day to come with what was typed kept.

use vecino_e2e::Server;
use vecino_e2e::staff::{
    add_admin, add_editor, add_user, client, form_values, get_json, sign_in, with_changes,
};

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
