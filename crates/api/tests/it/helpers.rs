//! `TestApp`: the router over a fresh seeded SQLite store, driven in-process; never a socket.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;
use vecino_api::web::WebConfig;
use vecino_api::{AppState, router_with};
use vecino_core::{Email, Role, StaffUser, Timestamp};
use vecino_store::Store;

pub use vecino_e2e::staff::{PASSWORD, csrf, form_values, with_changes};

/// A router over a fresh, seeded SQLite store.
pub struct TestApp {
    router: Router,
    pub store: Store,
    /// The staff accounts [`TestAppBuilder::with_staff`] made, in order: (email, role).
    pub staff: Vec<(String, Role)>,
    _dir: tempfile::TempDir,
}

/// What a [`TestApp`] starts with: `TestApp::builder().with_staff(role).with_config(..).build()`.
#[derive(Default)]
pub struct TestAppBuilder {
    staff: Vec<Role>,
    config: WebConfig,
}

impl TestAppBuilder {
    /// A staff account with `role` and [`PASSWORD`], its email `<role>@example.org` (then
    /// `<role>2@example.org`, ...), made through the store as `vecino user add` does.
    pub fn with_staff(mut self, role: Role) -> Self {
        self.staff.push(role);
        self
    }

    /// The web pages' settings (the default is `vecino serve`'s).
    pub fn with_config(mut self, config: WebConfig) -> Self {
        self.config = config;
        self
    }

    pub async fn build(self) -> TestApp {
        TestApp::start(self).await
    }
}

/// A signed-in browser, in-process: its session cookie and its forms' token.
pub struct Session {
    pub cookie: String,
    pub csrf: String,
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
            &vecino_store::AuditNote::new("test", Timestamp::now()),
        )
        .await
        .unwrap();
}

impl TestApp {
    /// The seeded app with no staff and the default settings.
    pub async fn seeded() -> TestApp {
        TestApp::builder().build().await
    }

    pub fn builder() -> TestAppBuilder {
        TestAppBuilder::default()
    }

    async fn start(builder: TestAppBuilder) -> TestApp {
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
        let revision = vecino_app::index_sync::build(&store, &search)
            .await
            .unwrap();
        tokio::spawn(vecino_app::index_sync::follow(
            store.clone(),
            search.clone(),
            revision,
        ));
        let mut staff: Vec<(String, Role)> = Vec::new();
        for role in builder.staff {
            let kind = match role {
                Role::Admin => "admin",
                Role::Editor { .. } => "editor",
                Role::Translator { .. } => "translator",
            };
            let n = staff.iter().filter(|(e, _)| e.starts_with(kind)).count();
            let email = match n {
                0 => format!("{kind}@example.org"),
                n => format!("{kind}{}@example.org", n + 1),
            };
            let user = StaffUser::new(
                Email::parse(&email).unwrap(),
                role.clone(),
                Timestamp::now(),
            )
            .unwrap();
            let hash = vecino_app::auth::hash_password(PASSWORD).unwrap();
            store.add_staff_user(&user, &hash).await.unwrap();
            staff.push((email, role));
        }
        let state = AppState::new(
            vecino_app::App::new(store.clone(), search, i18n),
            vecino_api::bundles::BundleShelf::none(),
        );
        TestApp {
            router: router_with(state, builder.config),
            store,
            staff,
            _dir: dir,
        }
    }

    /// Signs in as `email` with [`PASSWORD`] through the sign-in form; `Err` with the
    /// response when the app refuses.
    pub async fn try_sign_in(&self, email: &str) -> Result<Session, TestResponse> {
        let form = self.get("/admin/en/login", None).await;
        assert_eq!(form.status, StatusCode::OK, "{}", form.text);
        let login_cookie = form.cookie("vecino_login").expect("a sign-in cookie");
        let token = csrf(&form.text);
        let resp = self
            .post_form_as(
                "/admin/en/login",
                Some(&login_cookie),
                &[("csrf", &token), ("email", email), ("password", PASSWORD)],
            )
            .await;
        if resp.status != StatusCode::SEE_OTHER {
            return Err(resp);
        }
        let cookie = resp.cookie("vecino_session").expect("a session cookie");
        let home = self.get_as("/admin/en/", &cookie).await;
        assert_eq!(home.status, StatusCode::OK, "{}", home.text);
        Ok(Session {
            csrf: csrf(&home.text),
            cookie,
        })
    }

    /// [`TestApp::try_sign_in`] that must succeed.
    pub async fn sign_in(&self, email: &str) -> Session {
        match self.try_sign_in(email).await {
            Ok(session) => session,
            Err(resp) => panic!("{email} could not sign in: {} {}", resp.status, resp.text),
        }
    }

    /// Gets a page with a session's cookie.
    pub async fn get_as(&self, uri: &str, cookie: &str) -> TestResponse {
        let request = Request::get(uri)
            .header("Cookie", cookie)
            .body(Body::empty())
            .unwrap();
        self.send(request).await
    }

    /// Posts a form as `session`, with its token unless `form` brings its own `csrf`.
    pub async fn post_as(
        &self,
        session: &Session,
        uri: &str,
        form: &[(&str, &str)],
    ) -> TestResponse {
        let mut all: Vec<(&str, &str)> = Vec::new();
        if !form.iter().any(|(k, _)| *k == "csrf") {
            all.push(("csrf", &session.csrf));
        }
        all.extend_from_slice(form);
        self.post_form_as(uri, Some(&session.cookie), &all).await
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
        self.post_form_as(uri, None, form).await
    }

    async fn post_form_as(
        &self,
        uri: &str,
        cookie: Option<&str>,
        form: &[(&str, &str)],
    ) -> TestResponse {
        let body = form
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut request =
            Request::post(uri).header("Content-Type", "application/x-www-form-urlencoded");
        if let Some(cookie) = cookie {
            request = request.header("Cookie", cookie);
        }
        self.send(request.body(Body::from(body)).unwrap()).await
    }

    /// Sends `request` as if from a client at 127.0.0.1 (the sign-in and report limits read
    /// the peer's address, which `vecino serve` sets on every request).
    pub async fn send(&self, mut request: Request<Body>) -> TestResponse {
        request
            .extensions_mut()
            .insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
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

impl TestResponse {
    /// `name=value` of the `Set-Cookie` header named `name`.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with(&format!("{name}=")))
            .map(|v| v.split(';').next().unwrap().to_owned())
    }

    /// Where a redirect points.
    pub fn location(&self) -> &str {
        self.headers["location"].to_str().unwrap()
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

/// `value` with what differs from run to run replaced, for snapshots: each record id (a UUID,
/// also inside a link) becomes `[id-N]`, numbered by first appearance so that the same record
/// keeps the same name; each date-time becomes `[time]`; `open_now` (it follows the clock)
/// becomes `[clock]` unless it is null; a search result's `score` (a float that follows the
/// engine's tuning; the order of the results is kept) becomes `[score]`. Dates and everything
/// else are kept: they are the contract.
pub fn redacted(value: &Value) -> Value {
    let mut ids: Vec<String> = Vec::new();
    redact(value, &mut ids)
}

fn redact(value: &Value, ids: &mut Vec<String>) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = if k == "open_now" && !v.is_null() {
                        Value::String("[clock]".into())
                    } else if k == "score" && v.is_number() {
                        Value::String("[score]".into())
                    } else {
                        redact(v, ids)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| redact(v, ids)).collect()),
        Value::String(s) if is_date_time(s) => Value::String("[time]".into()),
        Value::String(s) => Value::String(redact_ids(s, ids)),
        other => other.clone(),
    }
}

/// `2026-12-07T16:40:00Z`, with or without fractions or an offset.
fn is_date_time(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    b.len() >= 19
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && (b[10] == b'T' || b[10] == b' ')
        && digits(11..13)
        && b[13] == b':'
}

/// Replaces every UUID in `s` by its `[id-N]`.
fn redact_ids(s: &str, ids: &mut Vec<String>) -> String {
    const SHAPE: [usize; 5] = [8, 4, 4, 4, 12];
    let is_uuid = |w: &[u8]| {
        let mut at = 0;
        for (n, len) in SHAPE.iter().enumerate() {
            if !w[at..at + len].iter().all(u8::is_ascii_hexdigit) {
                return false;
            }
            at += len;
            if n < 4 {
                if w[at] != b'-' {
                    return false;
                }
                at += 1;
            }
        }
        true
    };
    let bytes = s.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < bytes.len() {
        if i + 36 <= bytes.len() && s.is_char_boundary(i) && is_uuid(&bytes[i..i + 36]) {
            let id = s[i..i + 36].to_ascii_lowercase();
            let n = match ids.iter().position(|known| *known == id) {
                Some(n) => n + 1,
                None => {
                    ids.push(id);
                    ids.len()
                }
            };
            out.push_str(&format!("[id-{n}]"));
            i += 36;
        } else {
            let ch = s[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}
