//! Vecino's user-interface language layer.
//!
//! This crate owns three things:
//!
//! - **UI strings.** Every message a page, an API error or the kiosk shows comes from Fluent files,
//!   `locales/<tag>/main.ftl`, one per shipped locale ([`SHIPPED`]). They are embedded into the
//!   binary at compile time and parsed once by [`I18n::load`]. Every shipped locale has exactly the
//!   same message ids and attributes as `en` (the integration tests enforce it); at run time a
//!   missing message still falls back to English rather than failing.
//! - **Language negotiation.** [`I18n::negotiate`] turns an explicit choice (`?lang=`, `/{lang}/`)
//!   or an `Accept-Language` header into a [`Negotiated`]: the shipped locale to render the UI in,
//!   and a *content chain*, the tags to try for content (guides, listings), most preferred first,
//!   always ending in `en` (`es-MX → es → en`, `zh-TW → zh-Hant → en`, `fil → tl → en`).
//! - **Text direction.** [`direction`] says whether a language is written right to left (Arabic,
//!   Persian, Dari, Pashto, Urdu, Hebrew, …), so pages can set `dir="rtl"`.
//!
//! What it must never do:
//!
//! - no I/O at run time beyond the files embedded at compile time (no reading `locales/` from disk,
//!   no network);
//! - no HTTP or web-framework types: callers pass plain strings (`Option<&str>` for a header) and
//!   map [`Error`] to responses themselves;
//! - never log a resident's `Accept-Language` header or requested language: together with other
//!   signals it identifies people. Logs may name message ids and shipped locales only.

#[cfg(feature = "catalog")]
mod bundles;
mod chain;
mod direction;
#[cfg(feature = "catalog")]
pub mod lint;
mod negotiate;
mod tag;

#[cfg(feature = "catalog")]
pub use bundles::{I18n, LocaleInfo};
pub use direction::{Direction, RTL_LANGUAGES, RTL_SCRIPTS, direction};
pub use negotiate::Negotiated;
pub use tag::parse_tag;

/// Negotiation without the UI strings (see [`I18n::negotiate`]): what the offline search engine
/// uses to read `lang` exactly as the server does.
pub fn negotiate(explicit: Option<&str>, accept_language: Option<&str>) -> Result<Negotiated> {
    negotiate::negotiate(explicit, accept_language)
}

/// Re-exported so callers can build message arguments without naming `fluent-bundle` themselves.
#[cfg(feature = "catalog")]
pub use fluent_bundle::{FluentArgs, FluentValue};
/// Re-exported: the language tag type of every signature here.
pub use unic_langid::LanguageIdentifier;

/// The tier-1 locales: folder names under `locales/`, each with a complete `main.ftl`.
pub const SHIPPED: &[&str] = &[
    "en", "es", "zh-Hans", "zh-Hant", "vi", "tl", "ko", "ar", "fa", "ru", "hy", "ht", "pt-BR",
];

/// The locale everything falls back to; every chain ends here.
pub const DEFAULT_LOCALE: &str = "en";

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An explicitly chosen language (`?lang=`, `/{lang}/`) is not a well-formed BCP 47 tag. Holds
    /// the input as given (cut to 64 characters), for the `error-invalid-locale` message.
    #[error("not a valid language tag: {0:?}")]
    InvalidLocale(String),
    /// A shipped locale has no `main.ftl` among the embedded files.
    #[error("locales/{locale}/main.ftl is missing from the embedded files")]
    MissingLocale {
        /// The shipped tag whose file is missing.
        locale: &'static str,
    },
    /// A `main.ftl` does not parse as Fluent.
    #[error("locales/{locale}/main.ftl has Fluent syntax errors: {}", .errors.join("; "))]
    Syntax {
        /// The folder name of the locale.
        locale: String,
        /// One entry per error, `line N: what is wrong`.
        errors: Vec<String>,
    },
    /// A `main.ftl` parses but cannot be added to its bundle (a message id defined twice).
    #[error("locales/{locale}/main.ftl could not be loaded: {}", .errors.join("; "))]
    Bundle {
        /// The folder name of the locale.
        locale: String,
        /// One entry per error.
        errors: Vec<String>,
    },
}

/// This crate's result type.
pub type Result<T> = std::result::Result<T, Error>;
