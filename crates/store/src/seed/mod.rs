//! Starter content: real programs and guides, embedded in the binary so that `vecino serve`
//! has a useful directory on first run with no other setup.
//!
//! Language-neutral facts live in `crates/store/seed/*.toml`; text lives with its locale in
//! `locales/<tag>/listings.toml` and `locales/<tag>/guides/<slug>.md`. A translation records
//! the hash of the English record it was made from (`source_sha256`); when the English text
//! changes, that translation loads as stale and says so, until a translator updates it.
//! Seeding is idempotent: unchanged records are not written again.

use std::collections::{BTreeMap, HashMap};

use include_dir::{Dir, include_dir};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use vecino_core::{
    AsksStatus, ChangingFact, CostOption, Date, GeoPoint, GeoPrecision, Guide, IdNeeded, Known,
    LabeledUrl, LanguageMode, LanguageOffered, LocaleTag, LocalizedText, Location, Organization,
    Phone, Program, Provenance, PublicCharge, RequiredDocument, SafetyFacts, Schedule, Service,
    ServiceArea, ServiceAtLocation, ServiceDetails, ServiceStatus, Slug, Source, Topic,
    Translation, Trust, content_hash, stable_id,
};

use crate::{Error, Result, Store};

mod guide_files;
mod listing_files;

use guide_files::{front_matter, guides};
use listing_files::{listings, local_listings};

static LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");
const LISTINGS: &str = include_str!("../../seed/listings.toml");
const GUIDES: &str = include_str!("../../seed/guides.toml");
const SOURCE_LOCALE: &str = "en";

/// Everything the starter content holds, validated.
#[derive(Debug, Clone)]
pub struct StarterContent {
    pub organizations: Vec<Organization>,
    pub services: Vec<Service>,
    pub guides: Vec<Guide>,
}

/// How seeding treats records that are already in the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeedMode {
    /// Add starter records that are missing; never touch one that exists, so an editor's
    /// corrections survive.
    AddMissing,
    /// Also put existing starter records back to the shipped version.
    Refresh,
}

/// What a seeding run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SeedReport {
    pub added: usize,
    pub refreshed: usize,
    /// Already there and left as they were.
    pub kept: usize,
}

impl Store {
    /// Writes the starter content. Running it again changes nothing.
    pub async fn seed(&self, mode: SeedMode) -> Result<SeedReport> {
        let content = starter_content()?;
        let mut report = SeedReport::default();
        for org in &content.organizations {
            let exists = self.organization(org.id).await?.is_some();
            if exists && mode == SeedMode::AddMissing {
                report.kept += 1;
            } else {
                report.count(exists, self.put_organization(org).await?);
            }
        }
        for service in &content.services {
            let exists = self.service(service.id).await?.is_some();
            if exists && mode == SeedMode::AddMissing {
                report.kept += 1;
            } else {
                report.count(exists, self.put_service(service).await?);
            }
        }
        for guide in &content.guides {
            let exists = self.guide(guide.id).await?.is_some();
            if exists && mode == SeedMode::AddMissing {
                report.kept += 1;
            } else {
                report.count(exists, self.put_guide(guide).await?);
            }
        }
        Ok(report)
    }

    /// True when the directory holds nothing yet (a first run).
    pub async fn is_empty(&self) -> Result<bool> {
        Ok(self.head_revision().await? == 0)
    }
}

impl SeedReport {
    fn count(&mut self, existed: bool, written: Option<u64>) {
        match (written, existed) {
            (Some(_), false) => self.added += 1,
            (Some(_), true) => self.refreshed += 1,
            (None, _) => self.kept += 1,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    title: String,
    url: String,
}

// ---- loading ------------------------------------------------------------------------------

fn seed_err(file: &str, reason: impl std::fmt::Display) -> Error {
    Error::Seed(format!("{file}: {reason}"))
}

/// The fingerprint of a whole record's source text, which translation files record.
pub fn record_hash(fields: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for field in fields {
        hasher.update(field.trim().as_bytes());
        hasher.update([0u8]);
    }
    hex::encode(hasher.finalize())
}

/// One locale's text of a record, with what to record about its provenance. A field is `None`
/// where the record has no such text in that locale.
struct LocalText<'a> {
    locale: LocaleTag,
    provenance: Provenance,
    fields: Vec<Option<&'a str>>,
    declared_hash: &'a str,
}

/// Builds one `LocalizedText` per field the source record has, from it and its translations.
/// A translation whose declared hash matches `current` (the source record's hash) is current;
/// otherwise it keeps the declared hash and so reads as stale. A translation of a text the
/// source does not have is refused (`what` names the record).
fn localize(
    what: &str,
    source: &LocalText<'_>,
    current: &str,
    translations: &[LocalText<'_>],
) -> Result<Vec<Option<LocalizedText>>> {
    let mut out = Vec::with_capacity(source.fields.len());
    for (i, text) in source.fields.iter().enumerate() {
        let Some(text) = text else {
            if let Some(t) = translations.iter().find(|t| t.fields[i].is_some()) {
                return Err(Error::Seed(format!(
                    "{what}: the {} text has a field the English text does not",
                    t.locale
                )));
            }
            out.push(None);
            continue;
        };
        let mut localized = LocalizedText::original(source.locale.clone(), *text)
            .map_err(|e| Error::Seed(format!("{what}: {e}")))?;
        for t in translations {
            let Some(translated) = t.fields[i] else {
                continue;
            };
            let source_hash = if t.declared_hash == current {
                content_hash(text)
            } else {
                t.declared_hash.to_owned()
            };
            localized.set_translation(
                t.locale.clone(),
                Translation {
                    text: translated.trim().to_owned(),
                    provenance: t.provenance,
                    source_hash: Some(source_hash),
                    reviewer: None,
                    reviewed_at: None,
                },
            )?;
        }
        out.push(Some(localized));
    }
    Ok(out)
}

fn locale_dirs() -> impl Iterator<Item = (&'static str, &'static Dir<'static>)> {
    LOCALES
        .dirs()
        .filter_map(|d| Some((d.path().file_name()?.to_str()?, d)))
}

fn sources(file: &str, raw: &[RawSource]) -> Result<Vec<Source>> {
    raw.iter()
        .map(|s| Source::new(&s.title, &s.url).map_err(|e| seed_err(file, e)))
        .collect()
}

fn topics(file: &str, raw: &[String]) -> Result<Vec<Topic>> {
    raw.iter()
        .map(|t| Topic::parse(t).map_err(|e| seed_err(file, e)))
        .collect()
}

fn parse_slug(file: &str, raw: &str) -> Result<Slug> {
    Slug::parse(raw).map_err(|e| seed_err(file, e))
}

/// Parses and validates all starter content.
pub fn starter_content() -> Result<StarterContent> {
    let (organizations, services) = listings()?;
    Ok(StarterContent {
        organizations,
        services,
        guides: guides()?,
    })
}

/// Reads one record of a table-per-record file; an error names the file and the record.
fn record<T: serde::de::DeserializeOwned>(
    file: &str,
    kind: &str,
    table: &toml::Table,
) -> Result<T> {
    let slug = table
        .get("slug")
        .and_then(|v| v.as_str())
        .unwrap_or("(no slug)");
    T::deserialize(toml::Value::Table(table.clone()))
        .map_err(|e| seed_err(file, format!("{kind} {slug}: {}", e.message())))
}

fn check_provenance(
    file: &str,
    locale: &LocaleTag,
    provenance: Provenance,
    translated_from: Option<&str>,
) -> Result<()> {
    let is_source = locale.as_str() == SOURCE_LOCALE;
    match (is_source, provenance, translated_from) {
        (true, Provenance::Original, None) => Ok(()),
        (
            false,
            Provenance::Machine | Provenance::Human | Provenance::Imported,
            Some(SOURCE_LOCALE),
        ) => Ok(()),
        _ => Err(seed_err(
            file,
            "the English text is the original; every other locale is a translation from en",
        )),
    }
}

/// For the bless tool and tests: every translation file's declared hash next to the hash of
/// the English record it should match. `(file, record key, declared, current)`.
pub fn translation_hashes() -> Result<Vec<(String, String, String, String)>> {
    let mut out = Vec::new();
    let en_listings = local_listings(
        "locales/en/listings.toml",
        LOCALES
            .get_file("en/listings.toml")
            .and_then(|f| f.contents_utf8())
            .ok_or_else(|| seed_err("locales/en/listings.toml", "missing"))?,
    )?;
    for (tag, dir) in locale_dirs().filter(|(tag, _)| *tag != SOURCE_LOCALE) {
        if let Some(file) = dir.get_file(dir.path().join("listings.toml")) {
            let name = format!("locales/{tag}/listings.toml");
            let parsed = local_listings(&name, file.contents_utf8().unwrap_or_default())?;
            for (kind, mine, theirs) in [
                (
                    "organizations",
                    &parsed.organizations,
                    &en_listings.organizations,
                ),
                ("services", &parsed.services, &en_listings.services),
            ] {
                for (key, record) in mine {
                    let Some(en) = theirs.get(key) else { continue };
                    out.push((
                        name.clone(),
                        format!("{kind}.{key}"),
                        record.source_sha256.clone(),
                        en.hash(),
                    ));
                }
            }
        }
        if let Some(guides) = dir.get_dir(dir.path().join("guides")) {
            for file in guides.files() {
                let file_name = file
                    .path()
                    .file_name()
                    .and_then(|f| f.to_str())
                    .unwrap_or_default();
                let name = format!("locales/{tag}/guides/{file_name}");
                let Some(en) = LOCALES.get_file(format!("en/guides/{file_name}")) else {
                    continue;
                };
                let (meta, _) = front_matter(&name, file.contents_utf8().unwrap_or_default())?;
                let (en_meta, en_body) =
                    front_matter(&name, en.contents_utf8().unwrap_or_default())?;
                out.push((
                    name,
                    String::new(),
                    meta.source_sha256,
                    record_hash(&[&en_meta.title, &en_meta.summary, &en_body]),
                ));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::guide_files::NeutralGuide;
    use super::listing_files::*;
    use super::*;

    fn table(text: &str) -> toml::Table {
        text.parse().unwrap()
    }

    fn refused<T: serde::de::DeserializeOwned>(kind: &str, text: &str) -> String {
        match record::<T>("crates/store/seed/x.toml", kind, &table(text)) {
            Ok(_) => panic!("{text} was read"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn an_unknown_field_is_refused_naming_the_file_and_the_record() {
        let e = refused::<NeutralService>(
            "service",
            r#"slug = "clinic"
               organization = "o"
               topics = ["health"]
               sources = []
               eligibilty = "typo""#,
        );
        assert!(
            e.contains("crates/store/seed/x.toml") && e.contains("service clinic"),
            "{e}"
        );
        assert!(e.contains("eligibilty"), "{e}");
        let e = refused::<NeutralService>(
            "service",
            r#"slug = "clinic"
               organization = "o"
               topics = ["health"]
               sources = []
               [safety.asks_status]
               value = "no"
               checked = "2026-12-07""#,
        );
        assert!(e.contains("service clinic") && e.contains("source"), "{e}");
    }

    #[test]
    fn an_effective_date_is_never_read_as_a_check() {
        let e = refused::<NeutralGuide>(
            "guide",
            r#"slug = "fees"
               topics = ["citizenship"]
               reviewed_at = "2026-11-24"
               sources = []
               [[changing_facts]]
               id = "n400-fee"
               as_of = "2024-04-01"
               source = "https://www.uscis.gov/n-400""#,
        );
        assert!(e.contains("guide fees") && e.contains("as_of"), "{e}");
    }

    #[test]
    fn a_record_without_new_texts_hashes_as_before() {
        let record: LocalRecord = toml::from_str("name = \"N\"\ndescription = \"D\"").unwrap();
        assert_eq!(record.hash(), record_hash(&["N", "D"]));
        let with: LocalRecord =
            toml::from_str("name = \"N\"\ndescription = \"D\"\neligibility = \"E\"").unwrap();
        assert_ne!(with.hash(), record.hash());
        let fees: LocalRecord =
            toml::from_str("name = \"N\"\ndescription = \"D\"\nfees = \"E\"").unwrap();
        assert_ne!(
            with.hash(),
            fees.hash(),
            "the same words in another field differ"
        );
    }

    #[test]
    fn an_unknown_status_or_fact_value_is_refused() {
        let raw = RawSafety {
            asks_status: Some(RawFactValue {
                value: toml::Value::String("never".into()),
                source: RawSource {
                    title: "Page".into(),
                    url: "https://example.org".into(),
                },
                checked: "2026-12-07".parse().unwrap(),
            }),
            ..Default::default()
        };
        let e = safety("service clinic", raw, None).unwrap_err().to_string();
        assert!(e.contains("service clinic: safety.asks_status"), "{e}");
    }
}
