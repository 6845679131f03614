//! /api/v1/search in-process: languages, filters, facets and localized errors for bad input.

use std::time::{Duration, Instant};

use axum::http::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn a_spanish_reader_finds_the_guide_without_accents() {
    let app = TestApp::seeded().await;
    let r = app
        .get("/api/v1/search?q=conozca%20sus%20derechos&lang=es", None)
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let first = &r.json["results"][0];
    assert_eq!(first["slug"], "know-your-rights");
    assert_eq!(first["kind"], "guide");
    assert_eq!(first["locale"], "es");
    assert!(
        first["snippet"].as_str().unwrap().contains("<mark>"),
        "{first}"
    );
    assert_eq!(r.headers["content-language"], "es");
    assert!(r.json["facets"]["kind"]["guide"].as_u64().unwrap() >= 1);
}

#[tokio::test]
async fn filters_narrow_the_results_and_facets_count_them() {
    let app = TestApp::seeded().await;
    let all = app
        .get("/api/v1/search?q=citizenship&per_page=50", None)
        .await;
    let guides = app
        .get("/api/v1/search?q=citizenship&kind=guide&per_page=50", None)
        .await;
    assert!(all.json["total"].as_u64() > guides.json["total"].as_u64());
    assert!(
        guides.json["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["kind"] == "guide")
    );
    let near = app
        .get(
            "/api/v1/search?q=citizenship&near=41.7658,-72.6734&radius_km=20&kind=service",
            None,
        )
        .await;
    let hits = near.json["results"].as_array().unwrap();
    assert!(
        !hits.is_empty(),
        "Hartford's citizenship services are near Hartford"
    );
    assert!(
        hits.iter()
            .all(|h| h["distance_km"].as_f64().unwrap() <= 20.0)
    );
    let accredited = app
        .get("/api/v1/search?q=citizenship&accredited=true", None)
        .await;
    assert!(accredited.json["total"].as_u64().unwrap() >= 1);
    assert!(accredited.json["total"].as_u64() < all.json["total"].as_u64());
}

#[tokio::test]
async fn bad_search_input_gets_clear_localized_errors() {
    let app = TestApp::seeded().await;
    let long = "a".repeat(201);
    for (uri, code, parameter) in [
        ("/api/v1/search?q=%20%20", "empty-query", None),
        ("/api/v1/search", "empty-query", None),
        (
            &format!("/api/v1/search?q={long}") as &str,
            "query-too-long",
            None,
        ),
        (
            "/api/v1/search?q=x&near=91,0",
            "invalid-parameter",
            Some("near"),
        ),
        (
            "/api/v1/search?q=x&near=abc",
            "invalid-parameter",
            Some("near"),
        ),
        (
            "/api/v1/search?q=x&near=37,-122&radius_km=-5",
            "invalid-parameter",
            Some("radius_km"),
        ),
        (
            "/api/v1/search?q=x&kind=planet",
            "invalid-parameter",
            Some("kind"),
        ),
        (
            "/api/v1/search?q=x&open_now=maybe",
            "invalid-parameter",
            Some("open_now"),
        ),
        (
            "/api/v1/search?q=x&sort=price",
            "invalid-parameter",
            Some("sort"),
        ),
    ] {
        let en = app.get(uri, Some("en")).await;
        assert_eq!(en.status, StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(en.json["code"], code, "{uri}");
        if let Some(p) = parameter {
            assert_eq!(en.json["parameter"], p, "{uri}");
        }
        let vi = app.get(uri, Some("vi")).await;
        assert_ne!(en.json["detail"], vi.json["detail"], "{uri}: localized");
    }
}

#[tokio::test]
async fn suggestions_complete_the_word_being_typed() {
    let app = TestApp::seeded().await;
    let r = app.get("/api/v1/suggest?q=ciudada&lang=es", None).await;
    assert_eq!(r.status, StatusCode::OK);
    let suggestions = r.json["suggestions"].as_array().unwrap();
    assert!(!suggestions.is_empty());
    assert!(
        suggestions.iter().any(|s| s["text"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("ciudadan")),
        "{suggestions:?}"
    );
}

#[tokio::test]
async fn a_write_becomes_searchable_through_the_change_feed() {
    let app = TestApp::seeded().await;
    let q = "/api/v1/search?q=Tlaxcaltecatl";
    assert_eq!(app.get(q, None).await.json["total"], 0);
    let slug = vecino_core::Slug::parse("dial-211").unwrap();
    let mut guide = app.store.guide_by_slug(&slug).await.unwrap().unwrap();
    guide
        .title
        .set_source("Dial 211 (Tlaxcaltecatl edition)")
        .unwrap();
    app.store.put_guide(&guide).await.unwrap();
    // The follower polls the feed; give it a generous moment (this is not a speed test).
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let r = app.get(q, None).await;
        if r.json["total"] == 1 {
            assert_eq!(r.json["results"][0]["slug"], "dial-211");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the edit never became searchable"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.store
        .delete(vecino_core::EntityKind::Guide, guide.id)
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.get(q, None).await.json["total"] != 0 {
        assert!(
            Instant::now() < deadline,
            "the deletion never reached the index"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
