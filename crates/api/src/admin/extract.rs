//! The staff extractors: who is asking, decided once before a handler runs. [`StaffSession`]
//! (the session cookie, or the sign-in page), [`StaffForm`] (the same, plus the form's
//! anti-forgery token and its fields), a [`Gate`] for the role a page needs ([`AdminOnly`],
//! [`Editor`], [`Translator`]) and [`BearerUser`] for the token-authenticated JSON.
//!
//! A rejection is the answer itself (the sign-in redirect, a 403 page, a 401 problem with
//! `WWW-Authenticate`): nothing is read or written once one is returned. Never logs a token.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use vecino_app::auth;
use vecino_core::{Organization, Role, StaffUser};
use vecino_store::Session;

use super::forms::Posted;
use super::{AdminReq, error_page};
use crate::{ApiError, AppState};

/// What a staff page needs of the signed-in account beyond a session, checked after the
/// session (and, for a form, after its anti-forgery token).
pub trait Gate: Sized + Send {
    fn check(
        state: &AppState,
        req: &AdminReq,
        session: &Session,
    ) -> impl Future<Output = Result<Self, Response>> + Send;
}

/// Any signed-in account.
pub struct Anyone;

impl Gate for Anyone {
    async fn check(_: &AppState, _: &AdminReq, _: &Session) -> Result<Self, Response> {
        Ok(Anyone)
    }
}

/// An admin only; anyone else gets the 403 page.
pub struct AdminOnly;

impl Gate for AdminOnly {
    async fn check(_: &AppState, req: &AdminReq, session: &Session) -> Result<Self, Response> {
        if session.user.is_admin() {
            Ok(AdminOnly)
        } else {
            Err(error_page(&req.c, StatusCode::FORBIDDEN, "forbidden"))
        }
    }
}

/// An admin or an editor, with the organizations they may use (a translator gets the 403
/// page).
pub struct Editor {
    pub orgs: Vec<Organization>,
}

impl Gate for Editor {
    async fn check(state: &AppState, req: &AdminReq, session: &Session) -> Result<Self, Response> {
        if matches!(session.user.role, Role::Translator { .. }) {
            return Err(error_page(&req.c, StatusCode::FORBIDDEN, "forbidden"));
        }
        let orgs = state
            .editable_organizations(&session.user)
            .await
            .map_err(|e| req.failure(e))?;
        Ok(Editor { orgs })
    }
}

/// An admin or an editor, who handle residents' reports (a translator gets the 403 page).
pub struct Moderator;

impl Gate for Moderator {
    async fn check(_: &AppState, req: &AdminReq, session: &Session) -> Result<Self, Response> {
        if matches!(session.user.role, Role::Translator { .. }) {
            return Err(error_page(&req.c, StatusCode::FORBIDDEN, "forbidden"));
        }
        Ok(Moderator)
    }
}

/// An admin or a translator (an editor gets the 403 page).
pub struct Translator;

impl Gate for Translator {
    async fn check(_: &AppState, req: &AdminReq, session: &Session) -> Result<Self, Response> {
        if matches!(session.user.role, Role::Editor { .. }) {
            return Err(error_page(&req.c, StatusCode::FORBIDDEN, "forbidden"));
        }
        Ok(Translator)
    }
}

/// A signed-in staff page request: the request, its session and what the gate found. No
/// session: the sign-in page (303).
pub struct StaffSession<G = Anyone> {
    pub req: AdminReq,
    pub session: Session,
    pub gate: G,
}

impl<G: Gate> FromRequestParts<AppState> for StaffSession<G> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let req = AdminReq::from_request_parts(parts, state).await?;
        let session = req.require(state).await?;
        let gate = G::check(state, &req, &session).await?;
        Ok(StaffSession { req, session, gate })
    }
}

/// A posted staff form's fields, read from `name=value` pairs in order.
pub trait FromFields: Sized {
    fn from_fields(fields: Vec<(String, String)>) -> Self;
}

impl FromFields for Posted {
    fn from_fields(fields: Vec<(String, String)>) -> Self {
        Posted(fields)
    }
}

/// A POST from a signed-in page: the session, its anti-forgery token checked (else the 403
/// "csrf" page), the gate, then the form `F`. Nothing is written when it is refused.
pub struct StaffForm<F = Posted, G = Anyone> {
    pub req: AdminReq,
    pub session: Session,
    pub form: F,
    pub gate: G,
}

impl<F: FromFields + Send, G: Gate> FromRequest<AppState> for StaffForm<F, G> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let req = AdminReq::from_request_parts(&mut parts, state).await?;
        let body = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        let fields = super::fields(&body);
        let session = req.require(state).await?;
        if !auth::same_secret(super::field(&fields, "csrf"), &session.csrf) {
            return Err(error_page(&req.c, StatusCode::FORBIDDEN, "csrf"));
        }
        let gate = G::check(state, &req, &session).await?;
        Ok(StaffForm {
            req,
            session,
            form: F::from_fields(fields),
            gate,
        })
    }
}

/// The account an `Authorization: Bearer <token>` acts for. No token, or one that is unknown,
/// revoked or of a disabled account: a 401 problem (in the request's language, with
/// `WWW-Authenticate: Bearer`, from the `/admin/api` layers).
pub struct BearerUser {
    pub user: StaffUser,
}

impl FromRequestParts<AppState> for BearerUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized"))?;
        let user = state.token_user(token).await?;
        Ok(BearerUser { user })
    }
}

/// Adds `WWW-Authenticate: Bearer` to a 401 (the outer layer of `/admin/api`).
pub async fn with_challenge(mut response: Response) -> Response {
    if response.status() == StatusCode::UNAUTHORIZED {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}

/// `/admin/{lang}/…/{id}/…`: the id as typed (parsed by the handler, so a bad one is the
/// 404 page after the session checks).
#[derive(Deserialize)]
pub struct IdPath {
    pub id: String,
}

/// A form only an admin may post.
pub type AdminForm<F = Posted> = StaffForm<F, AdminOnly>;
