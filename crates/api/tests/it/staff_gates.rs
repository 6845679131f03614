//! What the staff extractors decide before any handler runs, in-process: no session goes to
//! the sign-in page, a form without its session's token is refused with nothing written, an
//! unknown API token is a 401 with a challenge, and a role outside its scope is refused.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use vecino_core::{LocaleTag, Role, Slug, stable_id};

use crate::helpers::{TestApp, TestResponse};

fn org_id(slug: &str) -> vecino_core::Id {
    stable_id("organization", &Slug::parse(slug).unwrap())
}

fn service_id(slug: &str) -> vecino_core::Id {
    stable_id("service", &Slug::parse(slug).unwrap())
}

/// An admin, an editor of one organization and a Spanish translator.
async fn staffed() -> TestApp {
    TestApp::builder()
        .with_staff(Role::Admin)
        .with_staff(Role::Editor {
            organizations: vec![org_id("marcc-cincinnati")],
        })
        .with_staff(Role::Translator {
            locales: vec![LocaleTag::parse("es").unwrap()],
        })
        .build()
        .await
}

fn assert_sign_in(resp: &TestResponse, what: &str) {
    assert_eq!(resp.status, StatusCode::SEE_OTHER, "{what}: {}", resp.text);
    assert_eq!(resp.location(), "/admin/en/login", "{what}");
}

#[tokio::test]
async fn without_a_session_every_staff_page_and_form_goes_to_sign_in() {
    let app = staffed().await;
    let any_service = app.get("/api/v1/services?per_page=1", None).await;
    let id = any_service.json["services"][0]["id"].as_str().unwrap();
    for page in [
        "/admin/en/".to_owned(),
        "/admin/en/accounts".to_owned(),
        "/admin/en/translations".to_owned(),
        "/admin/en/reports".to_owned(),
        format!("/admin/en/services/{id}"),
        format!("/admin/en/services/{id}/accreditation"),
    ] {
        assert_sign_in(&app.get(&page, None).await, &page);
    }
    // A stolen form's token without the session cookie is no better.
    let tokens = app.store.api_tokens().await.unwrap().len();
    let posted = app
        .post_form("/admin/en/tokens", &[("csrf", "x"), ("name", "ci")])
        .await;
    assert_sign_in(&posted, "POST /admin/en/tokens");
    assert_eq!(app.store.api_tokens().await.unwrap().len(), tokens);
}

#[tokio::test]
async fn a_form_with_a_missing_or_wrong_token_is_refused_and_writes_nothing() {
    let app = staffed().await;
    let admin = app.sign_in("admin@example.org").await;
    let accounts = app.store.staff_users().await.unwrap().len();
    let tokens = app.store.api_tokens().await.unwrap().len();
    for token in ["forged", ""] {
        let made = app
            .post_as(
                &admin,
                "/admin/en/tokens",
                &[("csrf", token), ("name", "ci")],
            )
            .await;
        assert_eq!(made.status, StatusCode::FORBIDDEN, "token {token:?}");
        assert!(made.text.contains("Form expired"), "{}", made.text);
        let added = app
            .post_as(
                &admin,
                "/admin/en/accounts",
                &[
                    ("csrf", token),
                    ("email", "new@example.org"),
                    ("password", "a long enough password"),
                    ("role", "admin"),
                ],
            )
            .await;
        assert_eq!(added.status, StatusCode::FORBIDDEN, "token {token:?}");
    }
    assert_eq!(app.store.api_tokens().await.unwrap().len(), tokens);
    assert_eq!(app.store.staff_users().await.unwrap().len(), accounts);
    // The right token still works: the refusals were the token's.
    let made = app
        .post_as(&admin, "/admin/en/tokens", &[("name", "ci")])
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.text);
    assert_eq!(app.store.api_tokens().await.unwrap().len(), tokens + 1);
}

async fn with_bearer(app: &TestApp, method: &str, uri: &str, token: Option<&str>) -> TestResponse {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let body = if method == "GET" {
        Body::empty()
    } else {
        request = request.header(header::CONTENT_TYPE, "application/json");
        Body::from(r#"{"outcome": "resolved"}"#)
    };
    app.send(request.body(body).unwrap()).await
}

#[tokio::test]
async fn an_unknown_or_missing_api_token_is_401_with_a_challenge() {
    let app = staffed().await;
    let id = service_id("littleton-irc-immigration-legal-services");
    let before = app.get(&format!("/api/v1/services/{id}"), None).await;
    for token in [Some("not-a-token"), None] {
        for (method, uri) in [
            ("GET", "/admin/api/me".to_owned()),
            ("GET", format!("/admin/api/services/{id}")),
            ("POST", format!("/admin/api/services/{id}/verify")),
            ("DELETE", format!("/admin/api/services/{id}")),
        ] {
            let resp = with_bearer(&app, method, &uri, token).await;
            assert_eq!(
                resp.status,
                StatusCode::UNAUTHORIZED,
                "{method} {uri} {token:?}"
            );
            assert_eq!(resp.headers[header::WWW_AUTHENTICATE], "Bearer");
            assert_eq!(
                resp.headers[header::CONTENT_TYPE],
                "application/problem+json"
            );
            assert_eq!(resp.json["status"], 401, "{}", resp.text);
        }
    }
    let after = app.get(&format!("/api/v1/services/{id}"), None).await;
    assert_eq!(before.json, after.json, "nothing changed");
}

#[tokio::test]
async fn a_role_outside_its_scope_is_refused() {
    let app = staffed().await;
    let editor = app.sign_in("editor@example.org").await;
    let translator = app.sign_in("translator@example.org").await;
    let accounts = app.store.staff_users().await.unwrap().len();

    // Admin-only pages and forms, to an editor.
    for page in ["/admin/en/accounts", "/admin/en/audit"] {
        let resp = app.get_as(page, &editor.cookie).await;
        assert_eq!(resp.status, StatusCode::FORBIDDEN, "{page}");
    }
    let id = service_id("littleton-irc-immigration-legal-services");
    let resp = app
        .get_as(
            &format!("/admin/en/services/{id}/accreditation"),
            &editor.cookie,
        )
        .await;
    assert_eq!(resp.status, StatusCode::FORBIDDEN);
    let added = app
        .post_as(
            &editor,
            "/admin/en/accounts",
            &[
                ("email", "new@example.org"),
                ("password", "a long enough password"),
                ("role", "admin"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::FORBIDDEN);
    assert_eq!(app.store.staff_users().await.unwrap().len(), accounts);

    // Translations, to an editor; listings and reports, to a translator.
    let resp = app.get_as("/admin/en/translations", &editor.cookie).await;
    assert_eq!(resp.status, StatusCode::FORBIDDEN);
    for page in [
        "/admin/en/organizations",
        "/admin/en/services/new",
        "/admin/en/reports",
    ] {
        let resp = app.get_as(page, &translator.cookie).await;
        assert_eq!(resp.status, StatusCode::FORBIDDEN, "{page}");
    }
    let created = app
        .post_as(&translator, "/admin/en/guides/new", &[("title", "Mine")])
        .await;
    assert_eq!(created.status, StatusCode::FORBIDDEN);
    // A translator's own locale only.
    let resp = app
        .get_as("/admin/en/translations/vi", &translator.cookie)
        .await;
    assert_eq!(resp.status, StatusCode::FORBIDDEN);
    let resp = app
        .get_as("/admin/en/translations/es", &translator.cookie)
        .await;
    assert_eq!(resp.status, StatusCode::OK);
}
