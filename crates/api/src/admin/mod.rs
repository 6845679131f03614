//! The staff side, under `/admin/{lang}/…`: sign-in, sign-out, the admin home (what the
//! account may edit, marking a service verified), the "due for checking" queue, API tokens
//! and the audit log; and the same
//! actions for automation under `/admin/api/…` with `Authorization: Bearer <token>`.
//!
//! Sessions: the cookie holds only a random token; the database keeps its SHA-256 with an
//! expiry. Cookies are HttpOnly, SameSite=Strict, `Path=/admin` (residents' pages never see
//! them) and Secure when the site is served over https. Every form carries an anti-forgery
//! token checked on POST: the session's, or before sign-in, one tied to a short-lived cookie.
//! Sign-in attempts are limited per account and per client address, in memory, and counted
//! before the password is checked; only a few checks run at once. Sign-in, failed sign-in
//! (of an existing account), sign-out and token changes are audited with the write they go
//! with; the audit names the account, never the client address.
//!
//! Never logs a password, a token, an email typed at sign-in or a client address.

pub mod accounts;
mod accredit;
mod api_edit;
pub mod cookies;
mod due;
pub mod edit;
pub mod extract;
mod forms;
mod home;
pub mod queue;
mod translate;

use std::net::IpAddr;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use vecino_core::{AuditEntry, Id, Organization, Service, StaffUser};
use vecino_i18n::SHIPPED;
use vecino_store::Session;

use crate::web::ctx::{Ctx, ctx_for, negotiated_tag};
use crate::web::view::{html, redirect};
use crate::{ApiError, AppState};
use cookies::{LOGIN_COOKIE, SESSION_COOKIE};
use extract::{AdminOnly, BearerUser, IdPath, StaffForm, StaffSession};
use vecino_app::auth;
use vecino_app::edit::Via;
use vecino_app::staff::{SESSION_HOURS, SignIn};

/// The staff routes: pages under `/admin` and the token-authenticated JSON under
/// `/admin/api`.
pub fn routes(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/admin", get(root))
        .route("/admin/", get(root))
        .route("/admin/{lang}", get(slash))
        .route("/admin/{lang}/", get(home))
        .route("/admin/{lang}/login", get(login_form).post(login))
        .route("/admin/{lang}/logout", post(logout))
        .route("/admin/{lang}/tokens", post(create_token))
        .route("/admin/{lang}/tokens/{id}/revoke", post(revoke_token))
        .route("/admin/{lang}/services/{id}/verify", post(verify))
        .route("/admin/{lang}/audit", get(audit))
        .route(
            "/admin/{lang}/services/{id}/accreditation",
            get(accredit::form).post(accredit::save),
        )
        .merge(editor_routes())
        .merge(translate::routes())
        .merge(api_routes(state))
}

/// `/admin/api`: JSON for automation. Behind `lang::localize` (problems in the request's
/// language), with `WWW-Authenticate: Bearer` on every 401; handlers return
/// `Result<Json<_>, ApiError>`.
fn api_routes(state: &AppState) -> Router<AppState> {
    fn kind<R: edit::Editable>(router: Router<AppState>) -> Router<AppState> {
        let path = R::PATH;
        router
            .route(&format!("/admin/api/{path}"), post(api_edit::create::<R>))
            .route(
                &format!("/admin/api/{path}/{{id}}"),
                get(api_edit::get_one::<R>)
                    .put(api_edit::replace::<R>)
                    .delete(api_edit::delete::<R>),
            )
    }
    let router = Router::new()
        .route("/admin/api/me", get(api_me))
        .route("/admin/api/services/{id}/verify", post(api_verify))
        .route(
            "/admin/api/guides/{id}/checked",
            post(due::api_guide_checked),
        )
        .route(
            "/admin/api/services/{id}/accreditation",
            post(accredit::api),
        )
        .route("/admin/api/reports", get(api_edit::reports))
        .route("/admin/api/reports/{id}", post(api_edit::decide));
    let router = kind::<Organization>(router);
    let router = kind::<Service>(router);
    let router = kind::<vecino_core::Guide>(router);
    let router = kind::<vecino_core::Event>(router);
    // The challenge goes on last (outermost): `localize` re-renders a problem whole.
    router
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::lang::localize,
        ))
        .route_layer(axum::middleware::map_response(extract::with_challenge))
}

/// The editor's routes: listings, guides, events, places, the reports queue, accounts, and
/// their staff API (`edit.rs`, `queue.rs`, `accounts.rs`, `api_edit.rs`).
fn editor_routes() -> Router<AppState> {
    fn kind<R: edit::Editable>(router: Router<AppState>) -> Router<AppState> {
        let path = R::PATH;
        router
            .route(
                &format!("/admin/{{lang}}/{path}/new"),
                get(edit::new_form::<R>).post(edit::create::<R>),
            )
            .route(
                &format!("/admin/{{lang}}/{path}/{{id}}"),
                get(edit::edit_form::<R>).post(edit::update::<R>),
            )
            .route(
                &format!("/admin/{{lang}}/{path}/{{id}}/delete"),
                get(edit::delete_form::<R>).post(edit::delete::<R>),
            )
    }
    let router = Router::new();
    let router = kind::<Organization>(router);
    let router = kind::<Service>(router);
    let router = kind::<vecino_core::Guide>(router);
    let router = kind::<vecino_core::Event>(router);
    router
        .route(
            "/admin/{lang}/organizations",
            get(edit::list::<Organization>),
        )
        .route(
            "/admin/{lang}/guides",
            get(edit::list::<vecino_core::Guide>),
        )
        .route(
            "/admin/{lang}/events",
            get(edit::list::<vecino_core::Event>),
        )
        .route(
            "/admin/{lang}/services/{id}/places/new",
            get(edit::place_form).post(edit::place_save),
        )
        .route(
            "/admin/{lang}/services/{id}/places/{place}",
            get(edit::place_form).post(edit::place_save),
        )
        .route(
            "/admin/{lang}/services/{id}/places/{place}/delete",
            get(edit::place_delete_form).post(edit::place_delete),
        )
        .route("/admin/{lang}/reports", get(queue::list))
        .route("/admin/{lang}/due", get(due::list))
        .route(
            "/admin/{lang}/services/{id}/still-correct",
            post(due::still_correct),
        )
        .route("/admin/{lang}/services/{id}/keep", post(due::keep))
        .route(
            "/admin/{lang}/guides/{id}/still-correct",
            post(due::guide_still_correct),
        )
        .route("/admin/{lang}/reports/{id}", post(queue::decide))
        .route(
            "/admin/{lang}/accounts",
            get(accounts::list).post(accounts::add),
        )
        .route("/admin/{lang}/accounts/{id}", post(accounts::change))
        .route(
            "/admin/{lang}/accounts/{id}/disable",
            post(accounts::disable),
        )
}

/// One staff page request: its language, whether it came over https, its cookies.
pub struct AdminReq {
    pub c: Ctx,
    secure: bool,
    cookies: String,
    client: Option<IpAddr>,
}

impl FromRequestParts<AppState> for AdminReq {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let config = state.web.clone();
        let segment = parts
            .uri
            .path()
            .trim_start_matches("/admin/")
            .split('/')
            .next()
            .unwrap_or_default()
            .to_owned();
        let tag = SHIPPED.iter().copied().find(|t| *t == segment);
        let c = ctx_for(
            state,
            config.clone(),
            &parts.headers,
            tag.unwrap_or("en"),
            false,
        );
        let Some(tag) = tag else {
            return Err(error_page(&c, StatusCode::NOT_FOUND, "not-found"));
        };
        let mut c = c;
        c.prefix = format!("/admin/{tag}");
        let forwarded_https = parts
            .headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("https"));
        let secure = forwarded_https
            || config
                .public_url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://"));
        Ok(AdminReq {
            c,
            secure,
            cookies: parts
                .headers
                .get(header::COOKIE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned(),
            client: crate::web::client::client_addr(parts, &config),
        })
    }
}

impl AdminReq {
    fn cookie(&self, name: &str) -> Option<&str> {
        cookies::read_cookie(&self.cookies, name)
    }

    /// The signed-in session, if the cookie names one that has not expired.
    async fn session(&self, state: &AppState) -> Result<Option<Session>, Response> {
        let Some(token) = self.cookie(SESSION_COOKIE) else {
            return Ok(None);
        };
        state.session(token).await.map_err(|e| self.failure(e))
    }

    /// The session, or the sign-in page.
    async fn require(&self, state: &AppState) -> Result<Session, Response> {
        match self.session(state).await? {
            Some(s) => Ok(s),
            None => Err(redirect(&self.c.href("/login"))),
        }
    }

    /// The error page for a refused or failed use-case (or a store read).
    fn failure(&self, err: impl Into<vecino_app::Error>) -> Response {
        let err = err.into();
        let (status, code) = crate::error::status_and_code(&err);
        if status.is_server_error() {
            crate::error::log_failure(&err);
        }
        error_page(&self.c, status, code)
    }
}

fn fields(body: &Bytes) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// A staff page: never cached, never framed.
fn page(c: &Ctx, status: StatusCode, template: &impl Template) -> Response {
    let mut response = html(c, status, template);
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[derive(Template)]
#[template(path = "admin/error.html")]
struct ErrorPage<'a> {
    c: &'a Ctx,
    title: String,
    detail: String,
}

fn error_page(c: &Ctx, status: StatusCode, code: &str) -> Response {
    let id = format!("error-{code}");
    page(
        c,
        status,
        &ErrorPage {
            c,
            title: c.ta(&id, "title"),
            detail: c.t(&id),
        },
    )
}

/// `/admin`: to the staff home in the browser's language.
async fn root(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let tag = negotiated_tag(&state.i18n, None, accept);
    redirect(&format!("/admin/{tag}/"))
}

/// `/admin/es` → `/admin/es/`.
async fn slash(req: AdminReq) -> Response {
    redirect(&req.c.href("/"))
}

#[derive(Template)]
#[template(path = "admin/login.html")]
struct LoginPage<'a> {
    c: &'a Ctx,
    title: String,
    csrf: String,
    email: String,
    error: Option<String>,
}

/// Renders the sign-in form with a fresh anti-forgery token in a cookie and a hidden field.
fn login_page(req: &AdminReq, status: StatusCode, email: &str, error: Option<String>) -> Response {
    let csrf = auth::random_token();
    let mut response = page(
        &req.c,
        status,
        &LoginPage {
            c: &req.c,
            title: req.c.t("admin-login-title"),
            csrf: csrf.clone(),
            email: email.to_owned(),
            error,
        },
    );
    set_cookie(
        &mut response,
        &cookies::cookie(LOGIN_COOKIE, &csrf, 3600, req.secure),
    );
    response
}

fn set_cookie(response: &mut Response, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

async fn login_form(State(state): State<AppState>, req: AdminReq) -> Response {
    match req.session(&state).await {
        Ok(Some(_)) => redirect(&req.c.href("/")),
        Ok(None) => login_page(&req, StatusCode::OK, "", None),
        Err(r) => r,
    }
}

/// The sign-in page again, 429, with how long to wait.
fn too_many(req: &AdminReq, email: &str, wait: std::time::Duration) -> Response {
    let minutes = wait.as_secs().div_ceil(60).max(1).to_string();
    let message = req.c.t1("admin-login-too-many", "minutes", &minutes);
    let mut response = login_page(req, StatusCode::TOO_MANY_REQUESTS, email, Some(message));
    if let Ok(v) = HeaderValue::from_str(&wait.as_secs().max(1).to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, v);
    }
    response
}

/// `POST /admin/{lang}/login`. The attempt is counted before the password is checked, and
/// checks run a few at a time (`vecino_app::staff`).
async fn login(State(state): State<AppState>, req: AdminReq, body: Bytes) -> Response {
    let fields = fields(&body);
    let (email, password) = (field(&fields, "email"), field(&fields, "password"));
    let expected = req.cookie(LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !auth::same_secret(field(&fields, "csrf"), expected) {
        return error_page(&req.c, StatusCode::FORBIDDEN, "csrf");
    }
    let token = match state.sign_in(email, password, req.client).await {
        Ok(SignIn::Session { token, .. }) => token,
        Ok(SignIn::TooMany(wait)) => return too_many(&req, email, wait),
        Ok(SignIn::Busy) => {
            let message = req.c.t("admin-login-busy");
            let mut response =
                login_page(&req, StatusCode::TOO_MANY_REQUESTS, email, Some(message));
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
            return response;
        }
        Ok(SignIn::Refused) => {
            let message = req.c.t("admin-login-failed");
            return login_page(&req, StatusCode::UNAUTHORIZED, email, Some(message));
        }
        Err(e) => return req.failure(e),
    };
    let mut response = redirect(&req.c.href("/"));
    set_cookie(
        &mut response,
        &cookies::cookie(SESSION_COOKIE, &token, SESSION_HOURS * 3600, req.secure),
    );
    set_cookie(
        &mut response,
        &cookies::cookie(LOGIN_COOKIE, "", 0, req.secure),
    );
    response
}

async fn logout(
    State(state): State<AppState>,
    StaffForm { req, session, .. }: StaffForm,
) -> Response {
    if let Some(token) = req.cookie(SESSION_COOKIE)
        && let Err(e) = state.sign_out(&session, token).await
    {
        return req.failure(e);
    }
    let mut response = redirect(&req.c.href("/login"));
    set_cookie(
        &mut response,
        &cookies::cookie(SESSION_COOKIE, "", 0, req.secure),
    );
    response
}

async fn home(State(state): State<AppState>, staff: StaffSession) -> Response {
    home::home_page(&state, &staff.req, staff.session, None).await
}

async fn create_token(State(state): State<AppState>, staff: StaffForm) -> Response {
    let StaffForm {
        req, session, form, ..
    } = staff;
    match state.create_token(&session.user, form.get("name")).await {
        // Shown this once, in the answer to the POST: never stored, never in an address.
        Ok(secret) => home::home_page(&state, &req, session, Some(secret)).await,
        Err(vecino_app::Error::Invalid(_)) => {
            error_page(&req.c, StatusCode::UNPROCESSABLE_ENTITY, "token-name")
        }
        Err(e) => req.failure(e),
    }
}

async fn revoke_token(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    StaffForm { req, session, .. }: StaffForm,
) -> Response {
    let Ok(id) = Id::parse(&id) else {
        return error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    };
    match state.revoke_token(&session.user, id).await {
        Ok(()) => redirect(&req.c.href("/")),
        Err(e) => req.failure(e),
    }
}

async fn verify(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    StaffForm { req, session, .. }: StaffForm,
) -> Response {
    let Ok(id) = Id::parse(&id) else {
        return error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    };
    match state.verify(&session.user, Via::Session, id).await {
        Ok(_) => redirect(&req.c.href("/")),
        Err(e) => req.failure(e),
    }
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage<'a> {
    c: &'a Ctx,
    title: String,
    csrf: String,
    entries: Vec<(AuditEntry, Option<String>)>,
}

async fn audit(
    State(state): State<AppState>,
    StaffSession { req, session, .. }: StaffSession<AdminOnly>,
) -> Response {
    match state.store.audit_entries(500).await {
        Ok(entries) => page(
            &req.c,
            StatusCode::OK,
            &AuditPage {
                c: &req.c,
                title: req.c.t("admin-audit"),
                csrf: session.csrf,
                entries,
            },
        ),
        Err(e) => req.failure(e),
    }
}

fn user_json(user: &StaffUser) -> serde_json::Value {
    serde_json::json!({
        "id": user.id,
        "email": user.email,
        "role": user.role,
    })
}

/// `GET /admin/api/me`: the account a token acts for.
async fn api_me(BearerUser { user }: BearerUser) -> Json<serde_json::Value> {
    Json(user_json(&user))
}

/// `POST /admin/api/services/{id}/verify`: marks a service verified, as the token's account.
async fn api_verify(
    State(state): State<AppState>,
    Path(id): Path<String>,
    BearerUser { user }: BearerUser,
) -> Result<Json<serde_json::Value>, ApiError> {
    let not_found = || ApiError::not_found("service-not-found").arg("id", id.clone());
    let parsed = Id::parse(&id).map_err(|_| not_found())?;
    match state.verify(&user, Via::Token, parsed).await {
        Ok(service) => Ok(Json(serde_json::json!({
            "id": service.id,
            "verified_at": service.trust.verified_at,
            "verifier": service.trust.verifier,
        }))),
        Err(vecino_app::Error::NotFound) => Err(not_found()),
        Err(e) => Err(e.into()),
    }
}
