//! A live HSDS feed through the real binaries: one `vecino serve` with its starter directory
//! is the source, and `vecino import http://…/hsds/` copies it into a second, empty database
//! (SQLite, and PostgreSQL when `VECINO_TEST_POSTGRES_URL` is set); a rerun writes nothing, an
//! edit on the source comes over alone, and a `--full` run marks a removed service inactive.
//!
//! It must never reach past loopback, and never assert a count it did not read from the source.

use std::collections::BTreeMap;
use std::path::Path;

use reqwest::blocking::Client;
use serde_json::Value;
use vecino_e2e::staff::{add_admin, get_json, sign_in};
use vecino_e2e::{Server, postgres_scratch, run};

/// Every service the source's HSDS API lists, by id.
fn source_services(c: &Client, server: &Server) -> BTreeMap<String, Value> {
    let mut all = BTreeMap::new();
    let mut page = 1;
    loop {
        let body = get_json(
            c,
            &server.url(&format!(
                "/hsds/services?full=true&per_page=100&page={page}"
            )),
        );
        for s in body["contents"].as_array().unwrap() {
            all.insert(s["id"].as_str().unwrap().to_owned(), s.clone());
        }
        if page >= body["total_pages"].as_u64().unwrap() {
            return all;
        }
        page += 1;
    }
}

/// A service's key across the two directories (ids differ): its organization's name and its own.
fn key(organization: &Value, service: &Value) -> String {
    format!(
        "{} / {}",
        organization["name"].as_str().unwrap(),
        service["name"].as_str().unwrap()
    )
}

/// The second directory's services as `vecino export` writes them, by [`key`].
fn copied_services(dir: &Path, env: &[(&str, &str)]) -> BTreeMap<String, Value> {
    let out = dir.join("export.json");
    let (ok, text) = run(dir, &["export", "--out", out.to_str().unwrap()], env);
    assert!(ok, "{text}");
    let orgs: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let mut all = BTreeMap::new();
    for org in orgs.as_array().unwrap() {
        for s in org["services"].as_array().into_iter().flatten() {
            assert!(
                all.insert(key(org, s), s.clone()).is_none(),
                "{}",
                key(org, s)
            );
        }
    }
    all
}

fn numbers(service: &Value) -> Vec<String> {
    let mut n: Vec<String> = service["phones"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["number"].as_str().map(str::to_owned))
        .collect();
    n.sort();
    n
}

fn written(out: &str) -> usize {
    out.split("Imported in one transaction: ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("the import says what it wrote:\n{out}"))
}

fn feed_copies_the_source(env: &[(&str, &str)]) {
    let source = Server::start(&[]);
    let c = Client::new();
    let feed = source.url("/hsds/");
    let dir = tempfile::tempdir().unwrap();

    // The first run pulls everything, page by page, into the empty directory.
    let organizations = get_json(&c, &source.url("/hsds/organizations?per_page=1"));
    let pages = organizations["total_items"].as_u64().unwrap().div_ceil(10);
    assert!(
        pages > 1,
        "the starter directory fills more than one page of 10"
    );
    let (ok, out) = run(dir.path(), &["import", &feed, "--per-page", "10"], env);
    assert!(ok, "{out}");
    for page in 1..=pages {
        assert!(
            out.contains(&format!("Read page {page} of {pages} ")),
            "{out}"
        );
    }
    let theirs = source_services(&c, &source);
    assert!(!theirs.is_empty(), "the source serves its starter listings");
    let ours = copied_services(dir.path(), env);
    assert_eq!(ours.len(), theirs.len(), "{out}");
    // A sample with phones: the same name, numbers and details.
    let sample = theirs
        .values()
        .find(|s| !numbers(s).is_empty() && s["fees_description"].is_string())
        .or_else(|| theirs.values().find(|s| !numbers(s).is_empty()))
        .expect("a starter listing with a phone");
    let name = &key(&sample["organization"], sample);
    let copy = &ours[name];
    assert!(
        sample["description"]
            .as_str()
            .is_some_and(|d| !d.is_empty())
    );
    assert_eq!(numbers(copy), numbers(sample), "{name}");
    for field in [
        "description",
        "fees_description",
        "eligibility_description",
        "url",
    ] {
        assert_eq!(copy[field], sample[field], "{name}: {field}");
    }

    // Again without a change on the source: nothing is asked for again, nothing written.
    let (ok, out) = run(dir.path(), &["import", &feed], env);
    assert!(ok, "{out}");
    assert!(out.contains("nothing written"), "{out}");
    assert_eq!(copied_services(dir.path(), env).len(), theirs.len());

    // An edit on the source through its staff API comes over alone.
    add_admin(&source, "admin@example.org");
    let admin = sign_in(&source, "admin@example.org");
    let token = admin.api_token("feed-test");
    let id = sample["id"].as_str().unwrap();
    let mut record: Value = c
        .get(source.url(&format!("/admin/api/services/{id}")))
        .bearer_auth(&token)
        .send()
        .unwrap()
        .json()
        .unwrap();
    let locale = record["description"]["source_locale"]
        .as_str()
        .unwrap()
        .to_owned();
    record["description"]["texts"][&locale]["text"] = "Changed at the source for the feed.".into();
    let resp = c
        .put(source.url(&format!("/admin/api/services/{id}")))
        .bearer_auth(&token)
        .json(&record)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200);
    let (ok, out) = run(dir.path(), &["import", &feed], env);
    assert!(ok, "{out}");
    assert_eq!(written(&out), 1, "{out}");
    let ours = copied_services(dir.path(), env);
    assert_eq!(
        ours[name]["description"], "Changed at the source for the feed.",
        "{out}"
    );

    // Removed at the source: a run asking only for changes cannot see it; --full marks it
    // inactive (kept, not deleted) and names it.
    let gone = theirs.values().find(|s| s["id"] != sample["id"]).unwrap();
    let gone_name = &key(&gone["organization"], gone);
    let resp = c
        .delete(source.url(&format!(
            "/admin/api/services/{}",
            gone["id"].as_str().unwrap()
        )))
        .bearer_auth(&token)
        .send()
        .unwrap();
    assert!(resp.status().is_success(), "{}", resp.status());
    let (ok, out) = run(dir.path(), &["import", &feed, "--full"], env);
    assert!(ok, "{out}");
    assert!(
        out.contains("1 services from this source are no longer in it and were marked inactive"),
        "{out}"
    );
    assert_eq!(written(&out), 1, "{out}");
    let ours = copied_services(dir.path(), env);
    assert_eq!(ours.len(), theirs.len(), "kept, not deleted");
    assert_eq!(ours[gone_name]["status"], "inactive", "{gone_name}");
    let line = format!(
        "service {}: {}",
        gone["id"].as_str().unwrap(),
        gone["name"].as_str().unwrap()
    );
    assert!(out.contains(&line), "{line} in:\n{out}");
    assert_eq!(ours[name]["status"], "active");
    source.stop();
}

#[test]
fn a_live_feed_copies_a_vecino_and_then_only_its_changes() {
    feed_copies_the_source(&[]);
}

#[test]
fn a_live_feed_copies_a_vecino_into_postgresql() {
    let Some(database) = postgres_scratch("hsds_feed") else {
        return;
    };
    feed_copies_the_source(&[("VECINO_DATABASE_URL", database.url.as_str())]);
}

#[test]
fn an_unreachable_feed_names_its_address_and_writes_nothing() {
    let source = Server::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let missing = source.url("/nowhere/");
    let (ok, out) = run(dir.path(), &["import", &missing], &[]);
    assert!(!ok, "{out}");
    assert!(out.contains("/nowhere/organizations"), "{out}");
    assert!(out.contains("404"), "{out}");
    assert!(out.contains("nothing was written"), "{out}");
    source.stop();
}
