//! The resident web and the library kiosk: server-rendered HTML pages (askama templates in
//! `web/templates`, assets in `web/static`, both embedded in the binary).
//!
//! Every page lives under a language prefix, `/{lang}/…`, or under `/kiosk/{lang}/…` for a
//! library kiosk, where every link stays in the kiosk. `?lang=` redirects to the prefix;
//! `Accept-Language` is read only at `/` (and `/kiosk/`), to pick the prefix.
//!
//! Pages work without JavaScript; `vecino.js` only enhances (suggestions, the kiosk's idle
//! warning, print buttons). Residents' pages set no cookies; only the staff pages under
//! `/admin` (`crate::admin`) do. Every page carries a strict Content-Security-Policy: everything comes
//! from this origin, and nothing runs inline.

mod assets;
pub(crate) mod client;
pub(crate) mod ctx;
pub(crate) mod facts;
mod kiosk;
mod pages;
pub(crate) mod paging;
mod qr;
mod report;
pub(crate) mod view;

use axum::Router;
use axum::routing::get;

pub use ctx::Ctx;

use crate::AppState;

/// Settings of the web pages, from the binary's `Settings`.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Seconds without a touch before a kiosk starts over (the warning shows before that).
    pub kiosk_idle_secs: u64,
    /// The public address of the site (`https://vecino.example.org`), for QR codes; https
    /// turns on HSTS. Unset: QR codes hold the page's path only (never the request's `Host`).
    pub public_url: Option<String>,
    /// The root public key the offline app (`/offline/`) pins to verify bundles.
    pub bundle_root_key: crate::offline::RootKey,
    /// Reverse proxies whose `X-Forwarded-For` names the client (for the sign-in and report
    /// limits). Empty: the connection's peer is the client, and the header is ignored.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Timeouts and the connection cap.
    pub http: crate::server::HttpLimits,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            kiosk_idle_secs: 120,
            public_url: None,
            bundle_root_key: crate::offline::RootKey::None,
            trusted_proxies: Vec::new(),
            http: crate::server::HttpLimits::default(),
        }
    }
}

/// The routes of one page tree, under `prefix` (`/{lang}` or `/kiosk/{lang}`).
fn pages(prefix: &str) -> Router<AppState> {
    let p = |path: &str| format!("{prefix}{path}");
    Router::new()
        .route(&p(""), get(pages::slash))
        .route(&p("/"), get(pages::home))
        .route(&p("/search"), get(pages::search))
        .route(&p("/topics/{topic}"), get(pages::topic))
        .route(&p("/guides/{slug}"), get(pages::guide))
        .route(&p("/guides/{slug}/card"), get(pages::card))
        .route(&p("/services/{slug}"), get(pages::service))
        .route(
            &p("/services/{slug}/report"),
            get(report::form).post(report::submit),
        )
        .route(&p("/organizations/{slug}"), get(pages::organization))
        .route(&p("/events/{slug}"), get(pages::event))
}

/// The HTML routes, to merge into the application's router. Their settings are the state's
/// (`AppState::web`).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::root))
        .route("/kiosk", get(pages::kiosk_root))
        .route("/kiosk/", get(pages::kiosk_root))
        .route("/kiosk/reset", get(kiosk::home_again).post(kiosk::reset))
        .route("/static/{file}", get(assets::serve))
        .merge(pages("/{lang}"))
        .merge(pages("/kiosk/{lang}"))
}

pub use pages::not_found_page;
