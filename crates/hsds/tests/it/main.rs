//! vecino-hsds against the real fixtures in ../shared/fixtures: every dataset imports with a
//! sensible report, exports validate against the official HSDS 3.0 schemas and Vecino's
//! profile, and export → import → export loses nothing.

mod depth;
mod export;
mod import;
mod mapping;
mod tabular;

use std::path::PathBuf;

use vecino_core::{LocaleTag, Source};
use vecino_hsds::ImportOptions;

/// `../shared/fixtures/<rel>` from the repository root, or `None` (the test says it skips).
pub fn fixture(rel: &str) -> Option<PathBuf> {
    vecino_e2e::shared_fixture(rel)
}

/// Options citing the dataset's public repository (from its SOURCE.txt).
pub fn options(title: &str, url: &str) -> ImportOptions {
    ImportOptions {
        source: Some(Source::new(title, url).unwrap()),
        source_key: url.to_owned(),
        text_locale: LocaleTag::parse("en").unwrap(),
        timezone: None,
        country: None,
        fallback_topic: None,
        trust_profile: false,
        today: vecino_core::Date::constant(2026, 12, 7),
    }
}
