//! Turning templates into responses: the HTML headers every page carries (a strict CSP, no
//! cookies, the language, how long it may be cached), redirects, and the error pages.

use askama::Template;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::ctx::Ctx;

/// Everything from this origin, nothing inline, no frames, forms post only here.
pub const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; \
     script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
     base-uri 'none'; object-src 'none'";

/// The headers of every HTML response.
pub fn security_headers(headers: &mut HeaderMap) {
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static(
            "camera=(), microphone=(), geolocation=(self), interest-cohort=()",
        ),
    );
}

/// A rendered page with its status and headers.
pub fn html(ctx: &Ctx, status: StatusCode, page: &impl Template) -> Response {
    match page.render() {
        Ok(body) => {
            let mut response = (status, body).into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            if let Ok(lang) = HeaderValue::from_str(ctx.tag) {
                headers.insert(header::CONTENT_LANGUAGE, lang);
            }
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static(cache_control(ctx, status)),
            );
            security_headers(headers);
            response
        }
        Err(err) => {
            tracing::error!(error = %err, "template failed");
            let mut response =
                (StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong.").into_response();
            security_headers(response.headers_mut());
            response
        }
    }
}

/// How long a page may be kept. Pages name their language in the address and hold nothing
/// taken from the request's headers (QR codes use the configured public address, never
/// `Host`), so a shared cache may keep a plain page for a few minutes. Never kept: a kiosk's
/// pages (a shared browser), searches and anything with a resident's words or place, errors.
pub fn cache_control(ctx: &Ctx, status: StatusCode) -> &'static str {
    let private = ctx.rest == "/search"
        || ctx
            .query
            .iter()
            .any(|(k, _)| matches!(k.as_str(), "q" | "near"));
    if ctx.kiosk || private || status != StatusCode::OK {
        "no-store"
    } else {
        "public, max-age=300"
    }
}

/// A 303 redirect to `location` (a path on this site). Never stored; it may depend on
/// `Accept-Language` (the root picks the reader's language).
pub fn redirect(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    security_headers(response.headers_mut());
    response
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub detail: String,
}

/// An error page: the title and detail of the Fluent message `error-<code>`.
pub fn render_error(ctx: &Ctx, status: StatusCode, code: &str) -> Response {
    let id = format!("error-{code}");
    let page = ErrorPage {
        c: ctx,
        title: ctx.ta(&id, "title"),
        detail: ctx.t(&id),
    };
    html(ctx, status, &page)
}

pub fn render_not_found(ctx: &Ctx) -> Response {
    render_error(ctx, StatusCode::NOT_FOUND, "not-found")
}

/// An application error as its page, with the status and code the JSON API gives it
/// (`status_and_code`); a server error is logged with its cause chain, never shown.
pub fn render_app_error(ctx: &Ctx, err: &vecino_app::Error) -> Response {
    let (status, code) = crate::error::status_and_code(err);
    if status.is_server_error() {
        crate::error::log_failure(err);
    }
    render_error(ctx, status, code)
}
