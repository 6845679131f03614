//! The JSON read API as a client sees it: filters, paging, languages, accreditation, deletions.

use axum::http::StatusCode;
use vecino_core::EntityKind;

use crate::helpers::TestApp;

#[tokio::test]
async fn services_filter_by_topic_and_organization_and_page() {
    let app = TestApp::seeded().await;
    let all = app.get("/api/v1/services?per_page=5", None).await;
    assert_eq!(all.status, StatusCode::OK);
    let total = all.json["total"].as_u64().unwrap();
    assert_eq!(all.json["services"].as_array().unwrap().len(), 5);
    let last_page = total.div_ceil(5);
    let last = app
        .get(
            &format!("/api/v1/services?per_page=5&page={last_page}"),
            None,
        )
        .await;
    let remaining = total - (last_page - 1) * 5;
    assert_eq!(
        last.json["services"].as_array().unwrap().len() as u64,
        remaining
    );

    let id_cards = app
        .get("/api/v1/services?topic=id-card&per_page=100", Some("es"))
        .await;
    let items = id_cards.json["services"].as_array().unwrap();
    assert!(items.len() >= 4, "IDNYC, MARCC, FaithAction, South Bend");
    for s in items {
        let id_card = s["topics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["slug"] == "id-card")
            .expect("every service listed has the topic");
        assert_eq!(
            id_card["name"], "Tarjetas de identificación",
            "the topic's name is the Spanish catalog's (locales/es/main.ftl)"
        );
    }

    let org = items[0]["organization"]["slug"].as_str().unwrap();
    let of_org = app
        .get(&format!("/api/v1/services?organization={org}"), None)
        .await;
    assert!(
        of_org.json["services"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["organization"]["slug"] == org)
    );
    let unknown = app
        .get("/api/v1/services?organization=no-such-org", None)
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.json["code"], "organization-not-found");
}

#[tokio::test]
async fn accredited_legal_services_explain_why_it_matters() {
    let app = TestApp::seeded().await;
    let legal = app
        .get(
            "/api/v1/services?topic=citizenship&per_page=100",
            Some("vi"),
        )
        .await;
    let accredited: Vec<_> = legal.json["services"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| !s["accreditation"].is_null())
        .collect();
    assert!(
        !accredited.is_empty(),
        "a DOJ-recognized organization is listed"
    );
    for s in accredited {
        let a = &s["accreditation"];
        assert_eq!(a["kind"], "doj-recognized-organization");
        assert!(a["explanation"].as_str().unwrap().len() > 20);
        assert!(
            !a["label"]
                .as_str()
                .unwrap()
                .contains("DOJ-recognized organization"),
            "label is in Vietnamese"
        );
    }
}

#[tokio::test]
async fn a_24_7_line_reports_open_now_and_unknown_hours_say_nothing() {
    let app = TestApp::seeded().await;
    let list = app
        .get(
            "/api/v1/services?topic=information-and-referral&per_page=100",
            None,
        )
        .await;
    let services = list.json["services"].as_array().unwrap();
    let helpline = services
        .iter()
        .find(|s| s["phones"][0]["number"] == "2-1-1")
        .expect("211 is listed");
    assert_eq!(helpline["open_now"], true);
    let others = app.get("/api/v1/services?topic=id-card", None).await;
    assert!(
        others.json["services"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["open_now"].is_null()),
        "no hours are known, so Vecino does not guess"
    );
}

#[tokio::test]
async fn a_deleted_service_is_gone_from_the_api() {
    let app = TestApp::seeded().await;
    let list = app.get("/api/v1/services?per_page=1", None).await;
    let id = list.json["services"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        app.get(&format!("/api/v1/services/{id}"), None)
            .await
            .status,
        StatusCode::OK
    );
    app.store
        .delete(EntityKind::Service, vecino_core::Id::parse(&id).unwrap())
        .await
        .unwrap();
    let gone = app.get(&format!("/api/v1/services/{id}"), Some("ko")).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert_eq!(gone.headers["content-language"], "ko");
    assert_eq!(gone.headers["content-type"], "application/problem+json");
}

#[tokio::test]
async fn editing_the_english_text_marks_exactly_that_field_stale_in_translations() {
    let app = TestApp::seeded().await;
    let before = app.get("/api/v1/guides/citizenship?lang=es", None).await;
    assert_eq!(before.json["body"]["stale"], false);
    assert_eq!(before.json["body"]["provenance"], "machine");

    let slug = vecino_core::Slug::parse("citizenship").unwrap();
    let mut guide = app.store.guide_by_slug(&slug).await.unwrap().unwrap();
    let edited = format!(
        "{}\n\nA new paragraph an editor added.",
        guide.body.source_text()
    );
    guide.body.set_source(edited).unwrap();
    app.store
        .put_guide(&guide)
        .await
        .unwrap()
        .expect("a real change is written");

    let after = app.get("/api/v1/guides/citizenship?lang=es", None).await;
    assert_eq!(
        after.json["body"]["stale"], true,
        "the Spanish body predates the edit"
    );
    assert_eq!(
        after.json["title"]["stale"], false,
        "the title did not change"
    );
    assert_eq!(
        after.json["body"]["locale"], "es",
        "stale text is still shown, flagged"
    );
    let english = app.get("/api/v1/guides/citizenship?lang=en", None).await;
    assert_eq!(
        english.json["body"]["stale"], false,
        "the source is never stale"
    );
}
