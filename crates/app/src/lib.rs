//! Vecino's use-cases, below HTTP: keeping the search index current from the change feed
//! ([`index_sync`]), reading the directory for an export ([`publish`]), editing with scope
//! checks and audit ([`edit`]), the report queue's rules ([`reports`]), staff sign-in, sessions,
//! tokens and limits ([`auth`], [`staff`]), the "due for checking" queue ([`freshness`]), translations, HSDS query planning ([`hsds_query`]) and searching
//! with a bounded number of searches at once ([`App::search`]).
//!
//! The HTTP layer (`vecino-api`), the CLI and the bench call these; each rule lives here once.
//! It never depends on axum, askama or utoipa, never renders a page or a problem document,
//! and never logs a query, an address or a phone number.

pub mod auth;
mod cards;
pub mod edit;
mod error;
pub mod freshness;
pub mod hsds_query;
pub mod index_sync;
pub mod publish;
pub mod reports;
mod search;
pub mod staff;
mod translations;

use std::sync::Arc;

use vecino_core::ReviewPolicy;
use vecino_i18n::I18n;
use vecino_search::SearchIndex;
use vecino_store::Store;

pub use cards::Listings;
pub use error::{Error, Result};

/// The application: the store, the search index kept current from it, the UI strings, and
/// the limits shared by every request of this process.
#[derive(Clone)]
pub struct App {
    pub store: Store,
    /// The search index, kept current from the change feed by [`index_sync::follow`].
    pub search: Arc<SearchIndex>,
    pub i18n: Arc<I18n>,
    /// Searches running at once (search is CPU-bound: one per core).
    searches: Arc<tokio::sync::Semaphore>,
    /// Sign-in attempts per account and per client.
    pub sign_ins: Arc<auth::Limiter>,
    /// Password checks running at once.
    pub password_checks: Arc<auth::Checks>,
    /// Problem reports per client address and hour.
    pub reports_throttle: Arc<reports::ReportThrottle>,
    /// How often records are checked again: the queue, the pages and search use this one.
    pub review: Arc<ReviewPolicy>,
}

impl App {
    pub fn new(store: Store, search: Arc<SearchIndex>, i18n: Arc<I18n>) -> App {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        App {
            store,
            search,
            i18n,
            searches: Arc::new(tokio::sync::Semaphore::new(cores)),
            sign_ins: Arc::new(auth::Limiter::default()),
            password_checks: Arc::new(auth::Checks::default()),
            reports_throttle: Arc::new(reports::ReportThrottle::new(reports::REPORTS_PER_HOUR)),
            review: Arc::new(ReviewPolicy::default()),
        }
    }

    /// The same application letting each client address send `per_hour` problem reports.
    pub fn with_reports_per_hour(mut self, per_hour: u32) -> App {
        self.reports_throttle = Arc::new(reports::ReportThrottle::new(per_hour));
        self
    }

    /// The same application with this review policy (operators' settings, tests); search
    /// judges freshness by it from now on.
    pub fn with_review_policy(mut self, policy: ReviewPolicy) -> Result<App> {
        self.search.set_review_policy(policy.clone())?;
        self.review = Arc::new(policy);
        Ok(self)
    }

    /// The same application with these sign-in limits (tests and operators' settings).
    pub fn with_sign_in_limits(mut self, limiter: auth::Limiter) -> App {
        self.sign_ins = Arc::new(limiter);
        self
    }
}
