//! Open Referral HSDS import and export.
//!
//! Readers for HSDS 3.0 and 3.1 JSON, the HSDS 1.1 / 2.x CSV datapackage that many 211s publish,
//! Ohana's CSV import format and Link-SF's Parse export turn a dataset into core records ([`read`]), with a row-by-row
//! [`Report`] of everything that could not be read and why. Free text (language lists,
//! clock times, weekdays, accessibility notes, categories) is read where its meaning is
//! clear; otherwise the field is left out and reported, never guessed. Imported text is
//! marked `imported` and every record cites the source it came from. Ids are stable: HSDS 3
//! UUIDs are kept, other ids become UUID v5 of the source and the id, so importing the same
//! data again updates rather than duplicates. A file is never trusted about trust: a person's
//! check, accreditation and sources in Vecino's profile are read only with
//! [`ImportOptions::trust_profile`]. A place that services of several organizations name is
//! split (places belong to one organization): the organization with the smallest id keeps it,
//! every other gets `Location::copy_for` its id.
//!
//! [`export`] writes the directory as HSDS 3.1 JSON that validates against the official
//! schemas (and [`tabular`] as the HSDS 3.1 CSV data package), with Vecino's extras (translations with provenance, trust, accreditation) in a
//! `vecino` object described by the profile in `crates/hsds/profile/`.
//!
//! This crate takes and returns core types. It must never touch the database (the caller
//! stores what it returns, in one transaction) and never invent a fact to fill a gap.

mod datapackage;
pub mod export;
mod hsds3;
mod linksf;
mod map;
pub mod mapping;
mod ohana;
mod parse;
pub mod profile;
mod raw;
mod report;
pub mod tabular;
mod text;

use std::path::Path;

use vecino_core::{Event, Guide, LocaleTag, Organization, Service, Source, Topic};

pub use report::{Effect, Entry, Printable, Report};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {0}")]
    Io(String, #[source] std::io::Error),
    #[error("{0} is not valid JSON")]
    Json(String, #[source] serde_json::Error),
    #[error("{0} is not readable CSV")]
    Csv(String, #[source] csv::Error),
    #[error("cannot tell the format of {0}: pass --format")]
    UnknownFormat(String),
    /// A mapping file that cannot be used, at its line (nothing was read).
    #[error("{file}, line {line}: {message}")]
    Mapping {
        file: String,
        line: usize,
        message: String,
    },
}

pub type Result<T> = std::result::Result<T, Error>;

/// The formats [`read`] understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// HSDS 3.0 or 3.1 JSON: a record, an array, a `Page`, or a directory of such files.
    Hsds3,
    /// HSDS 1.1 / 2.x (or 3.0 tabular) CSV files with a datapackage.json.
    Datapackage,
    /// Ohana API's CSV import files.
    Ohana,
    /// Link-SF's Parse export (`locations.json`, `organizations.json` keyed by id).
    LinkSf,
}

impl Format {
    /// Guesses nothing: looks for the files each format is made of.
    pub fn detect(path: &Path) -> Option<Format> {
        if path.is_file() {
            return path
                .extension()
                .is_some_and(|x| x == "json")
                .then_some(Format::Hsds3);
        }
        if linksf::data_dir(path).is_some() {
            Some(Format::LinkSf)
        } else if ohana::data_dir(path).is_some() {
            Some(Format::Ohana)
        } else if datapackage::data_dir(path).is_some() {
            Some(Format::Datapackage)
        } else if ["organizations.json", "services.json"]
            .iter()
            .any(|f| starts_with_array(&path.join(f)))
        {
            Some(Format::Hsds3)
        } else {
            None
        }
    }
}

/// Whether a JSON file holds an array (HSDS lists do; Link-SF's files are objects keyed by
/// id, which are not HSDS).
fn starts_with_array(path: &Path) -> bool {
    first_byte(path) == Some(b'[')
}

/// The first byte of a file that is not white space.
pub(crate) fn first_byte(path: &Path) -> Option<u8> {
    use std::io::Read;
    let mut head = [0u8; 64];
    let mut file = std::fs::File::open(path).ok()?;
    let n = file.read(&mut head).unwrap_or(0);
    head[..n].iter().copied().find(|b| !b.is_ascii_whitespace())
}

/// How to read a dataset.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Cited as the source of every record that does not carry its own (Vecino's profile
    /// does). Without it such records are left out.
    pub source: Option<Source>,
    /// What makes ids stable across imports of the same data: the source's URL, say.
    pub source_key: String,
    /// The language the dataset's text is written in (HSDS does not say).
    pub text_locale: LocaleTag,
    /// The IANA time zone for places whose address does not tell it.
    pub timezone: Option<String>,
    /// The ISO 3166 country of addresses that do not give one.
    pub country: Option<String>,
    /// The topic for services none of whose categories names one; without it they are left out.
    pub fallback_topic: Option<Topic>,
    /// Whether to believe what Vecino's profile says about trust: a person's check
    /// (`verified_at`, verifier), accreditation and its evidence, and the records' own sources.
    /// Only for a Vecino export the operator made themselves (`--trust-vecino-profile`).
    /// Without it those are dropped and every record cites [`ImportOptions::source`].
    pub trust_profile: bool,
    /// The import's day (the caller's clock): a source cannot have verified a record, nor
    /// counted its capacity, after it.
    pub today: jiff::civil::Date,
}

/// What a dataset holds, as core records, and what could not be read.
#[derive(Debug, Clone)]
pub struct Import {
    pub organizations: Vec<Organization>,
    pub services: Vec<Service>,
    pub guides: Vec<Guide>,
    pub events: Vec<Event>,
    pub report: Report,
}

/// Reads the dataset at `path` (a file or a directory) in `format`.
pub fn read(path: &Path, format: Format, options: &ImportOptions) -> Result<Import> {
    let mut report = Report::default();
    let dataset = match format {
        Format::Hsds3 => hsds3::read(path)?,
        Format::Datapackage => datapackage::read(path, &mut report)?,
        Format::Ohana => ohana::read(path, &mut report)?,
        Format::LinkSf => linksf::read(path)?,
    };
    Ok(map::map(dataset, options, report))
}

/// Reads an HSDS 3 JSON document already in memory (`name` is used in the report).
pub fn read_json(name: &str, value: &serde_json::Value, options: &ImportOptions) -> Import {
    map::map(hsds3::read_value(name, value), options, Report::default())
}
