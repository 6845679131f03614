//! Starting a library kiosk over. `POST /kiosk/reset`, sent only by the kiosk page's own
//! "start over" form (or its idle timer), tells the browser to forget everything this site left
//! in it (`Clear-Site-Data`) and returns to the kiosk's home. It must never clear anything for a
//! GET, a cross-site request or a subresource: a link, an image or another site's form must not
//! be able to wipe a reader's offline bundles or a staff session.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;

use super::WebConfig;
use super::ctx::{ctx_for, negotiated_tag};
use super::pages::root_for;
use super::view::render_error;
use crate::AppState;

/// The hidden field of the kiosk's "start over" form.
const FORM_FIELD: (&str, &str) = ("from", "kiosk");

/// `GET /kiosk/reset` (an old link, the no-script refresh): the kiosk's home, clearing nothing.
pub async fn home_again(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let mut response = root_for(&state, &headers, None, "/kiosk");
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `POST /kiosk/reset`: from the kiosk page of this site, the browser forgets this site's
/// cache, cookies and storage, then goes to the kiosk's home. Anything else is refused (403)
/// and clears nothing.
pub async fn reset(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let from_form = form_urlencoded::parse(&body).any(|(k, v)| (&*k, &*v) == FORM_FIELD);
    if !(from_form && same_origin(&state.web, &headers)) {
        let accept = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        let tag = negotiated_tag(&state.i18n, None, accept);
        let ctx = ctx_for(&state, state.web.clone(), &headers, tag, true);
        return render_error(&ctx, StatusCode::FORBIDDEN, "csrf");
    }
    let mut response = root_for(&state, &headers, None, "/kiosk");
    let h = response.headers_mut();
    h.insert(
        header::HeaderName::from_static("clear-site-data"),
        HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Whether a request comes from a page of this site: `Sec-Fetch-Site: same-origin` when the
/// browser sends it, an `Origin` naming this site when it sends one, and at least one of them
/// (every browser that can show the kiosk sends both on a POST). Pages here send no referrer,
/// so a plain form's POST says `Origin: null`: that counts as no origin, which only
/// `Sec-Fetch-Site: same-origin` can then vouch for.
fn same_origin(config: &WebConfig, headers: &HeaderMap) -> bool {
    let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let fetch_site = get("sec-fetch-site");
    let origin = get("origin").filter(|o| *o != "null");
    if fetch_site.is_none() && origin.is_none() {
        return false;
    }
    if fetch_site.is_some_and(|site| site != "same-origin") {
        return false;
    }
    match origin {
        None => true,
        Some(origin) => {
            let ours = match &config.public_url {
                Some(url) => authority(url).to_owned(),
                None => get("host").unwrap_or_default().to_owned(),
            };
            !ours.is_empty() && authority(origin).eq_ignore_ascii_case(&ours)
        }
    }
}

/// `host[:port]` of an origin or URL.
fn authority(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split('/').next().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(public_url: Option<&str>, pairs: &[(&'static str, &'static str)], expect: bool) {
        let config = WebConfig {
            public_url: public_url.map(str::to_owned),
            ..WebConfig::default()
        };
        let mut headers = HeaderMap::new();
        for (k, v) in pairs {
            headers.insert(*k, HeaderValue::from_static(v));
        }
        assert_eq!(same_origin(&config, &headers), expect, "{pairs:?}");
    }

    #[test]
    fn only_this_sites_pages_may_reset() {
        let host = ("host", "kiosk.example:8080");
        check(
            None,
            &[
                host,
                ("sec-fetch-site", "same-origin"),
                ("origin", "http://kiosk.example:8080"),
            ],
            true,
        );
        check(
            None,
            &[host, ("origin", "https://kiosk.example:8080")],
            true,
        );
        check(None, &[host, ("sec-fetch-site", "same-origin")], true);
        check(None, &[host], false);
        check(
            None,
            &[
                host,
                ("sec-fetch-site", "cross-site"),
                ("origin", "http://kiosk.example:8080"),
            ],
            false,
        );
        check(None, &[host, ("sec-fetch-site", "same-site")], false);
        check(None, &[host, ("sec-fetch-site", "none")], false);
        check(None, &[host, ("origin", "http://evil.example")], false);
        check(None, &[host, ("origin", "null")], false);
        check(
            None,
            &[host, ("sec-fetch-site", "same-origin"), ("origin", "null")],
            true,
        );
        check(
            None,
            &[host, ("sec-fetch-site", "cross-site"), ("origin", "null")],
            false,
        );
        check(
            Some("https://vecino.example.org"),
            &[host, ("origin", "https://vecino.example.org")],
            true,
        );
        check(
            Some("https://vecino.example.org"),
            &[host, ("origin", "http://kiosk.example:8080")],
            false,
        );
    }
}
