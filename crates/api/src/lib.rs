//! Vecino's HTTP face: the JSON read API (`/api/v1/…`, described by the OpenAPI 3.1 document
//! it serves at `/api/v1/openapi.json`), search, and health check, with language
//! negotiation on every request and RFC 9457 problem+json errors localized from Fluent; and the
//! resident web pages and library kiosk (`web`), server-rendered HTML under `/{lang}/…`; the
//! offline bundles (`bundles`, `/bundles/…`) and the offline app with its search engine
//! (`offline`, `/offline/…`).
//!
//! It is HTTP only: the use-cases live in `vecino-app`. Handlers extract, call one function,
//! map the result. It receives everything it needs in one [`AppState`] built by the caller; it
//! never opens a database or reads configuration itself.
//!
//! Privacy: it never logs a query string, a client address or a user agent (see `log.rs`),
//! and it sets no cookies on residents' pages: only the staff pages under `/admin` do
//! (`admin`). The client address reaches handlers only for the in-memory limits on sign-ins
//! and problem reports (`web::client`). Slow clients are cut off (`server`). Its pages carry a strict Content-Security-Policy and load nothing
//! from other sites.

pub mod admin;
pub mod api_v1;
pub mod bundles;
mod error;
mod headers;
mod hsds;
mod lang;
mod log;
pub mod offline;
mod params;
pub mod server;
pub mod web;

use axum::Router;
use axum::routing::get;
use vecino_app::App;

pub use error::ApiError;

/// What the handlers need, built once by the binary (or a test) and shared: the application
/// (its store, search index, UI strings and limits) and the published bundles. Derefs to the
/// [`App`], so handlers call its use-cases directly (`state.save(…)`, `state.store`).
#[derive(Clone)]
pub struct AppState {
    pub app: App,
    /// Published offline bundles (`vecino bundle export`), served under `/bundles/`.
    pub bundles: bundles::BundleShelf,
    /// The web pages' settings (set by [`router_with`]): kiosk idle time, public address,
    /// pinned bundle key, trusted proxies, HTTP limits.
    pub web: std::sync::Arc<web::WebConfig>,
    /// The offline app's keys floor, kept while the key documents are unchanged.
    pub keys_floor: std::sync::Arc<offline::KeysFloorCache>,
}

impl AppState {
    pub fn new(app: App, bundles: bundles::BundleShelf) -> AppState {
        AppState {
            app,
            bundles,
            web: std::sync::Arc::default(),
            keys_floor: std::sync::Arc::default(),
        }
    }
}

impl std::ops::Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.app
    }
}

/// Serves the application on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, state, web::WebConfig::default(), shutdown).await
}

/// The whole HTTP application, with the web pages' default settings.
pub fn router(state: AppState) -> Router {
    router_with(state, web::WebConfig::default())
}

/// Serves the application with these settings: header, request and body timeouts, a cap on
/// connections and a lifetime for each (`web.http`).
pub async fn serve_with(
    listener: tokio::net::TcpListener,
    state: AppState,
    web: web::WebConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limits = web.http.clone();
    server::run(listener, router_with(state, web), limits, shutdown).await
}

/// The whole HTTP application: the JSON API and the resident web pages.
pub fn router_with(mut state: AppState, web: web::WebConfig) -> Router {
    let limits = web.http.clone();
    let hsts = web
        .public_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://"));
    let body_timeout = limits.body_timeout;
    state.web = std::sync::Arc::new(web);
    Router::new()
        .route("/healthz", get(api_v1::meta::healthz))
        // Every /api/v1 route, from the list its OpenAPI document is built from.
        .merge(api_v1::router(&state))
        .merge(hsds::routes(&state))
        .merge(bundles::routes(&state))
        .merge(offline::routes())
        .merge(admin::routes(&state))
        .merge(web::routes())
        .fallback(web::not_found_page)
        .method_not_allowed_fallback(api_v1::meta::method_not_allowed)
        .layer(axum::middleware::from_fn(move |req, next| {
            server::body_timeout(body_timeout, req, next)
        }))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            limits.request_timeout,
        ))
        .layer(axum::middleware::from_fn(move |req, next| {
            headers::privacy_and_transport(hsts, req, next)
        }))
        .layer(axum::middleware::from_fn(log::log_request))
        .with_state(state)
}

/// Replaces the default panic hook, which prints the panic's message: a message can hold the
/// input that caused it (a resident's query, an imported record). Prints where it happened only.
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        eprintln!("{}", panic_line(info.location()))
    }));
}

fn panic_line(location: Option<&std::panic::Location<'_>>) -> String {
    match location {
        Some(at) => format!(
            "vecino panicked at {}:{}:{} (the message is not shown: it may hold private input)",
            at.file(),
            at.line(),
            at.column()
        ),
        None => "vecino panicked (the message is not shown: it may hold private input)".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_panic_line_names_the_place_and_never_the_message() {
        let line = super::panic_line(Some(std::panic::Location::caller()));
        assert!(line.contains("lib.rs:"), "{line}");
        assert!(line.contains("not shown"), "{line}");
    }
}
