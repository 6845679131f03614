//! Headers every response gets from one place: `Cache-Control: no-store` on anything that
//! carries a resident's search (`q`) or location (`near`), so neither shared caches nor a
//! shared browser keep it; and `Strict-Transport-Security` when the site's public address is
//! https.
//!
//! It never reads or logs the values it looks for; only the parameter names.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// One year, the usual HSTS lifetime.
const HSTS: &str = "max-age=31536000";

/// Whether the query string names a parameter that is a resident's private words or place.
pub fn private_query(query: Option<&str>) -> bool {
    query.is_some_and(|q| {
        form_urlencoded::parse(q.as_bytes()).any(|(k, _)| matches!(k.as_ref(), "q" | "near"))
    })
}

pub async fn privacy_and_transport(hsts: bool, req: Request, next: Next) -> Response {
    let private = private_query(req.uri().query());
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    if private {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    #[test]
    fn searches_and_places_are_private_other_parameters_are_not() {
        assert!(super::private_query(Some("q=clinica")));
        assert!(super::private_query(Some(
            "topic=health&near=37.3%2C-121.9"
        )));
        assert!(!super::private_query(Some("page=2&topic=health")));
        assert!(!super::private_query(None));
    }
}
