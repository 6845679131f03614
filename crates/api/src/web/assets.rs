//! The static files under `web/static`, embedded in the binary.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::view::security_headers;

const FILES: &[(&str, &str, &str)] = &[
    (
        "vecino.css",
        "text/css; charset=utf-8",
        include_str!("../../../../web/static/vecino.css"),
    ),
    (
        "vecino.js",
        "text/javascript; charset=utf-8",
        include_str!("../../../../web/static/vecino.js"),
    ),
];

/// A static file by name, or 404.
pub fn get(name: &str) -> Option<(&'static str, &'static str)> {
    FILES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, mime, body)| (*mime, *body))
}

pub async fn serve(Path(file): Path<String>) -> Response {
    let Some((mime, body)) = get(&file) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    security_headers(headers);
    response
}
