//! `TestApp`: the router over a fresh seeded SQLite store, driven in-process; never a socket.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;
use vecino_api::{AppState, router};
use vecino_store::Store;

/// A router over a fresh, seeded SQLite store.
pub struct TestApp {
    router: Router,
    pub store: Store,
    _dir: tempfile::TempDir,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub json: Value,
    /// The body as text (HTML pages).
    pub text: String,
}

/// Records a DOJ recognition for the service `slug`, as an admin's accreditation action does.
pub async fn accredit(store: &Store, slug: &str) {
    let id = vecino_core::stable_id("service", &vecino_core::Slug::parse(slug).unwrap());
    let evidence = vecino_core::AccreditationEvidence {
        as_of: vecino_core::Date::constant(2026, 12, 1),
        source: vecino_core::Source::new("Test roster", "https://example.org/roster").unwrap(),
        decided_by: "staff:test".into(),
    };
    store
        .accredit_service(
            id,
            Some((
                vecino_core::Accreditation::DojRecognizedOrganization,
                evidence,
            )),
            &vecino_store::AuditNote::new("test", vecino_core::Timestamp::now()),
        )
        .await
        .unwrap();
}

impl TestApp {
    pub async fn seeded() -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("api.db").display());
        let store = Store::connect(&url).await.unwrap();
        store.migrate().await.unwrap();
        store
            .seed(vecino_store::seed::SeedMode::AddMissing)
            .await
            .unwrap();
        // Starter content ships no accreditation (an admin's decision): these tests record the
        // two legal services' as an admin would, with a (test) roster as the source.
        for slug in [
            "hartford-public-library-citizenship-legal-services",
            "littleton-irc-immigration-legal-services",
        ] {
            accredit(&store, slug).await;
        }
        let i18n = Arc::new(vecino_i18n::I18n::load().unwrap());
        let search = Arc::new(vecino_search::SearchIndex::in_memory().unwrap());
        let revision = vecino_api::indexer::build(&store, &search).await.unwrap();
        tokio::spawn(vecino_api::indexer::follow(
            store.clone(),
            search.clone(),
            revision,
        ));
        TestApp {
            router: router(AppState {
                store: store.clone(),
                i18n,
                search,
                bundles: vecino_api::bundles::BundleShelf::none(),
            }),
            store,
            _dir: dir,
        }
    }

    pub async fn get(&self, uri: &str, accept_language: Option<&str>) -> TestResponse {
        let mut request = Request::get(uri);
        if let Some(al) = accept_language {
            request = request.header("Accept-Language", al);
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    /// Posts a form, as a browser does.
    pub async fn post_form(&self, uri: &str, form: &[(&str, &str)]) -> TestResponse {
        let body = form
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let request = Request::post(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    async fn send(&self, request: Request<Body>) -> TestResponse {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        TestResponse {
            status,
            headers,
            json,
            text: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }
}

/// Percent-encodes a form value.
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
