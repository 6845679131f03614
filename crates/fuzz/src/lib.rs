//! The fuzz targets' bodies: one per import format `vecino_hsds` reads (HSDS 3 JSON, the HSDS
//! CSV datapackage, Ohana's CSV, Link-SF's JSON) and one for guide Markdown
//! (`vecino_core::markdown`). Each takes
//! arbitrary bytes and must never panic; each also checks a property the review asked for
//! (an import file never sets trust by itself; the import report never prints a control
//! character; raw HTML in a guide never becomes markup). The libFuzzer targets in
//! `fuzz_targets/` and the `drive` fallback both call these.
//!
//! Multi-file formats take their files from the input split at NUL bytes, in the order of the
//! format's `FILES` list; a missing part is a missing file. This crate must never write
//! outside its own scratch directory in the system's temporary directory.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use vecino_core::{LocaleTag, Source};
use vecino_hsds::{Format, Import, ImportOptions};

use vecino_core::markdown;

const SOURCE_URL: &str = "https://fuzz.example.org/feed";

fn options(trust_profile: bool) -> ImportOptions {
    ImportOptions {
        source: Some(Source::new("Fuzz feed", SOURCE_URL).expect("a valid source")),
        source_key: SOURCE_URL.to_owned(),
        text_locale: LocaleTag::parse("en").expect("en"),
        timezone: Some("America/New_York".to_owned()),
        country: Some("US".to_owned()),
        fallback_topic: None,
        trust_profile,
        today: vecino_core::Date::constant(2026, 12, 1),
    }
}

/// What must hold of any import of untrusted data.
fn check_import(import: &Import, trusted: bool) {
    let report = import.report.to_string();
    assert!(
        !report.chars().any(|c| c.is_control() && c != '\n'),
        "the import report prints a control character: {report:?}"
    );
    if trusted {
        return;
    }
    for org in &import.organizations {
        assert!(org.trust.verified_at.is_none() && org.trust.verifier.is_none());
        assert!(
            org.trust
                .sources
                .iter()
                .all(|s| s.url.as_str() == SOURCE_URL)
        );
    }
    for service in &import.services {
        assert!(service.trust.verified_at.is_none() && service.trust.verifier.is_none());
        assert!(service.accreditation.is_none() && service.accreditation_evidence.is_none());
        assert!(service.trust.kept.is_none() && service.safety.is_empty());
        assert!(
            service
                .trust
                .source_checked_on
                .is_none_or(|d| d <= vecino_core::Date::constant(2026, 12, 1)),
            "a source's verification date after the import's day"
        );
        assert!(
            service
                .trust
                .sources
                .iter()
                .all(|s| s.url.as_str() == SOURCE_URL)
        );
        for at in &service.locations {
            let owner = import
                .services
                .iter()
                .filter(|s| s.locations.iter().any(|p| p.location.id == at.location.id))
                .all(|s| s.organization_id == service.organization_id);
            assert!(owner, "a place is shared by two organizations");
        }
    }
    for event in &import.events {
        assert!(event.trust.verified_at.is_none());
        assert!(
            event
                .trust
                .sources
                .iter()
                .all(|s| s.url.as_str() == SOURCE_URL)
        );
    }
    for guide in &import.guides {
        assert!(guide.sources.iter().all(|s| s.url.as_str() == SOURCE_URL));
    }
}

/// HSDS 3 JSON (a record, an array, a page, or Vecino's profile), read both as an untrusted
/// file and as a Vecino export the operator vouches for.
pub fn hsds_json(data: &[u8]) {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    for trusted in [false, true] {
        let import = vecino_hsds::read_json("fuzz.json", &value, &options(trusted));
        check_import(&import, trusted);
    }
}

/// The files of an HSDS 1.1 / 2.x / 3.0 CSV datapackage, in input order.
pub const DATAPACKAGE_FILES: &[&str] = &[
    "organizations.csv",
    "services.csv",
    "locations.csv",
    "services_at_location.csv",
    "phones.csv",
    "schedules.csv",
    "holiday_schedules.csv",
    "physical_addresses.csv",
    "languages.csv",
    "taxonomy_terms.csv",
    "service_attributes.csv",
    "accessibility_for_disabilities.csv",
];

/// Ohana API's CSV files, in input order.
pub const OHANA_FILES: &[&str] = &[
    "organizations.csv",
    "locations.csv",
    "addresses.csv",
    "services.csv",
    "phones.csv",
    "regular_schedules.csv",
    "holiday_schedules.csv",
    "taxonomy.csv",
];

/// Link-SF's Parse export, in input order.
pub const LINKSF_FILES: &[&str] = &["organizations.json", "locations.json"];

pub fn hsds_csv(data: &[u8]) {
    read_files(data, DATAPACKAGE_FILES, Format::Datapackage);
}

pub fn ohana_csv(data: &[u8]) {
    read_files(data, OHANA_FILES, Format::Ohana);
}

pub fn linksf(data: &[u8]) {
    read_files(data, LINKSF_FILES, Format::LinkSf);
}

/// This process's scratch directory (one per process: libFuzzer runs inputs one at a time).
fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("vecino-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch directory");
        dir
    })
}

fn read_files(data: &[u8], files: &[&str], format: Format) {
    let dir = scratch();
    let mut parts = data.split(|b| *b == 0);
    for name in files {
        let path = dir.join(name);
        match parts.next() {
            Some(part) => std::fs::write(&path, part).expect("write a scratch file"),
            None => match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => panic!("cannot remove a scratch file: {e}"),
            },
        }
    }
    if let Ok(import) = vecino_hsds::read(dir, format, &options(false)) {
        check_import(&import, false);
    }
}

/// A guide body in Markdown, rendered as the public page and the kiosk render it
/// (`vecino_core::markdown`). Raw HTML must come out as text, images as their description,
/// links only to http, https, mailto, tel or relative addresses, and no tag may carry an event
/// handler (a `[changing:…]` notice is put in text, never in an attribute).
pub fn guide_markdown(data: &[u8]) {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    for kiosk in [false, true] {
        let html = markdown::render(source, kiosk, |id| {
            (id == "fee").then(|| "<span class=\"changing\">as of 2026-01-01</span>".to_owned())
        });
        let lower = html.to_ascii_lowercase();
        // Text is escaped, so every `<` opens a tag the renderer wrote (and `"` inside a tag
        // is an attribute's quote).
        for tag in lower.split('<').skip(1) {
            let tag = tag.split('>').next().unwrap_or_default();
            let name = tag.split_whitespace().next().unwrap_or_default();
            let banned = [
                "script", "iframe", "object", "embed", "style", "form", "img",
            ];
            assert!(!banned.contains(&name), "<{tag}> in {html:?}");
            for (at, _) in tag.match_indices("href=\"") {
                let value = &tag[at + 6..];
                let value = value.split('"').next().unwrap_or_default();
                let scheme = value
                    .split_once(':')
                    .map(|(s, _)| s)
                    // What a browser reads as a scheme: a letter, then letters, digits, + - .
                    .filter(|s| {
                        s.starts_with(|c: char| c.is_ascii_alphabetic())
                            && s.bytes()
                                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
                    });
                let allowed = matches!(scheme, None | Some("http" | "https" | "mailto" | "tel"));
                assert!(allowed, "a link to {value:?} in {html:?}");
            }
            let handler = tag.split_whitespace().skip(1).any(|attr| {
                attr.starts_with("on")
                    && attr.find('=').is_some_and(|eq| {
                        eq > 2 && attr[2..eq].bytes().all(|b| b.is_ascii_alphabetic())
                    })
            });
            assert!(!handler, "an event handler in <{tag}> of {html:?}");
        }
    }
    let _ = markdown::first_list_section(source);
}

/// A target: takes any bytes, panics on a finding.
pub type Target = fn(&[u8]);

/// The targets by name, for the `drive` fallback.
pub const TARGETS: &[(&str, Target)] = &[
    ("hsds_json", hsds_json),
    ("hsds_csv", hsds_csv),
    ("ohana_csv", ohana_csv),
    ("linksf", linksf),
    ("guide_markdown", guide_markdown),
];
