//! The JSON API's and the HSDS API's responses as snapshots (`tests/it/snapshots/*.snap`):
//! the contract a client reads, ids and times redacted. A changed snapshot is a changed API;
//! review it (`cargo insta review`) before accepting it. Never a snapshot of an HTML page.

use axum::http::StatusCode;

use crate::helpers::{TestApp, redacted};

/// The seeded service snapshots look at: an accredited legal service, so that its
/// accreditation and its organization are part of the contract.
const SERVICE: &str = "littleton-irc-immigration-legal-services";

async fn json(app: &TestApp, uri: &str, lang: Option<&str>) -> serde_json::Value {
    let r = app.get(uri, lang).await;
    assert_eq!(r.status, StatusCode::OK, "{uri}: {}", r.text);
    redacted(&r.json)
}

fn service_id() -> String {
    vecino_core::stable_id("service", &vecino_core::Slug::parse(SERVICE).unwrap()).to_string()
}

#[tokio::test]
async fn api_v1_service_in_english_and_spanish() {
    let app = TestApp::seeded().await;
    let id = service_id();
    insta::assert_json_snapshot!(
        "api_v1_service_en",
        json(&app, &format!("/api/v1/services/{id}"), None).await
    );
    insta::assert_json_snapshot!(
        "api_v1_service_es",
        json(&app, &format!("/api/v1/services/{id}"), Some("es")).await
    );
}

#[tokio::test]
async fn api_v1_lists_and_errors() {
    let app = TestApp::seeded().await;
    insta::assert_json_snapshot!(
        "api_v1_services_citizenship_page",
        json(&app, "/api/v1/services?topic=citizenship&per_page=2", None).await
    );
    insta::assert_json_snapshot!(
        "api_v1_topics_es",
        json(&app, "/api/v1/topics", Some("es")).await
    );
    let missing = app
        .get("/api/v1/services?organization=no-such-org", Some("es"))
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    insta::assert_json_snapshot!("api_v1_problem_es", redacted(&missing.json));
}

#[tokio::test]
async fn api_v1_guide_and_search() {
    let app = TestApp::seeded().await;
    insta::assert_json_snapshot!(
        "api_v1_guide_citizenship_es",
        json(&app, "/api/v1/guides/citizenship?lang=es", None).await
    );
    insta::assert_json_snapshot!(
        "api_v1_search_ciudadania",
        json(&app, "/api/v1/search?q=ciudadania&per_page=3", Some("es")).await
    );
}

#[tokio::test]
async fn hsds_service_and_organization() {
    let app = TestApp::seeded().await;
    let id = service_id();
    let service = json(&app, &format!("/hsds/services/{id}"), None).await;
    insta::assert_json_snapshot!("hsds_service", service);
    let org = app.get(&format!("/hsds/services/{id}"), None).await;
    let org_id = org.json["organization_id"]
        .as_str()
        .expect("an organization")
        .to_owned();
    insta::assert_json_snapshot!(
        "hsds_organization",
        json(&app, &format!("/hsds/organizations/{org_id}"), None).await
    );
    insta::assert_json_snapshot!("hsds_root", json(&app, "/hsds/", None).await);
}
