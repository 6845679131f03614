//! Errors as RFC 9457 problem details. The `detail` and `title` come from the Fluent message
//! `error-<code>` in the request's language; the `code` is stable for programs.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use fluent_bundle::FluentArgs;
use serde_json::json;
use unic_langid::LanguageIdentifier;

use crate::lang::set_language_headers;

/// An error a handler returns. It knows its status, its stable code and the values its
/// message needs; it is localized when it becomes a response (by the `lang::localize` middleware
/// when the handler did not localize it).
#[derive(Clone, Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    args: Vec<(&'static str, String)>,
    /// Extra members of the problem document (e.g. `parameter`).
    extra: Vec<(&'static str, String)>,
    localized: Option<Box<Localized>>,
}

#[derive(Clone, Debug)]
struct Localized {
    ui: LanguageIdentifier,
    title: String,
    detail: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str) -> Self {
        ApiError {
            status,
            code,
            args: Vec::new(),
            extra: Vec::new(),
            localized: None,
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub(crate) fn extra(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.extra.push((name, value.into()));
        self
    }

    pub fn not_found(code: &'static str) -> Self {
        ApiError::new(StatusCode::NOT_FOUND, code)
    }

    /// A query or path parameter that could not be read.
    pub fn invalid_parameter(name: &str, value: &str) -> Self {
        let name: String = name.chars().take(40).collect();
        ApiError::new(StatusCode::BAD_REQUEST, "invalid-parameter")
            .arg("name", name.clone())
            .arg("value", truncate(value))
            .extra("parameter", name)
    }

    pub fn invalid_id(value: &str) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid-id")
            .arg("value", truncate(value))
            .extra("parameter", "id")
    }

    pub fn invalid_locale(value: &str) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid-locale")
            .arg("value", truncate(value))
            .extra("parameter", "lang")
    }

    pub fn internal() -> Self {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal")
    }

    /// The parameter and value an `invalid-parameter` names (for tests).
    #[cfg(test)]
    pub(crate) fn parameter_and_value(&self) -> (String, String) {
        let arg = |name| {
            self.args
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        (arg("name"), arg("value"))
    }

    /// Renders the message in `ui`.
    pub(crate) fn localize(mut self, i18n: &vecino_i18n::I18n, ui: &LanguageIdentifier) -> Self {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(*name, value.clone());
        }
        let id = format!("error-{}", self.code);
        self.localized = Some(Box::new(Localized {
            ui: ui.clone(),
            title: i18n.attribute(ui, &id, "title", Some(&args)),
            detail: i18n.message(ui, &id, Some(&args)),
        }));
        self
    }
}

/// Echoed values are cut short: an error must not become a way to reflect large input.
fn truncate(value: &str) -> String {
    const MAX: usize = 80;
    match value.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &value[..at]),
        None => value.to_owned(),
    }
}

/// The status and stable code of an application error: the one table both renderers use (the
/// problem document here, the HTML error page in `web`).
pub(crate) fn status_and_code(err: &vecino_app::Error) -> (StatusCode, &'static str) {
    use vecino_app::Error as E;
    match err {
        E::NotFound => (StatusCode::NOT_FOUND, "not-found"),
        E::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
        E::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
        E::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid-record"),
        E::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
        E::Parameter { .. } => (StatusCode::BAD_REQUEST, "invalid-parameter"),
        E::Busy => (StatusCode::SERVICE_UNAVAILABLE, "internal"),
        E::Store(_) | E::Search(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
    }
}

/// Logs a failure's cause chain (never a resident's input: errors carry none).
pub(crate) fn log_failure(err: &dyn std::error::Error) {
    let mut chain = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        chain.push_str(": ");
        chain.push_str(&cause.to_string());
        source = cause.source();
    }
    tracing::error!(error = %chain, "failure");
}

/// A 422 naming the field and why (at most 40 and 200 characters of them).
pub(crate) fn invalid_field(field: &str, reason: &str) -> ApiError {
    let field: String = field.chars().take(40).collect();
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid-record")
        .arg("field", field.clone())
        .arg("reason", reason.chars().take(200).collect::<String>())
        .extra("field", field)
}

impl From<vecino_app::Error> for ApiError {
    fn from(err: vecino_app::Error) -> Self {
        use vecino_app::Error as E;
        match err {
            E::Invalid(e) => invalid_field(e.field(), &e.to_string()),
            E::Parameter { parameter, value } => ApiError::invalid_parameter(parameter, &value),
            E::Conflict(why) => ApiError::new(StatusCode::CONFLICT, "conflict")
                .extra("reason", why.to_string())
                .extra("code", why.code()),
            other => {
                let (status, code) = status_and_code(&other);
                if status.is_server_error() {
                    log_failure(&other);
                }
                ApiError::new(status, code)
            }
        }
    }
}

impl From<vecino_store::Error> for ApiError {
    fn from(err: vecino_store::Error) -> Self {
        ApiError::from(vecino_app::Error::from(err))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (ui, title, detail) = match &self.localized {
            Some(l) => (Some(&l.ui), l.title.as_str(), l.detail.as_str()),
            // Not localized (should not happen): fall back to the code itself.
            None => (None, self.code, self.code),
        };
        let mut body = json!({
            "type": format!("urn:vecino:problem:{}", self.code),
            "title": title,
            "status": self.status.as_u16(),
            "detail": detail,
            "code": self.code,
        });
        for (name, value) in &self.extra {
            body[*name] = json!(value);
        }
        let mut response = (self.status, axum::Json(body)).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        match ui {
            Some(ui) => set_language_headers(response.headers_mut(), ui),
            // For `lang::localize` to render in the request's language.
            None => {
                response.extensions_mut().insert(self.clone());
            }
        }
        response
    }
}
