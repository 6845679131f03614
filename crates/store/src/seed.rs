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

static LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");
const LISTINGS: &str = include_str!("../seed/listings.toml");
const GUIDES: &str = include_str!("../seed/guides.toml");
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

// ---- the files' shapes ----------------------------------------------------------------

/// `crates/store/seed/listings.toml`, read one record at a time so that an error names the
/// record.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NeutralListings {
    organizations: Vec<toml::Table>,
    services: Vec<toml::Table>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NeutralOrganization {
    slug: String,
    url: Option<String>,
    sources: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NeutralService {
    slug: String,
    organization: String,
    topics: Vec<String>,
    /// `active` (the default), `inactive`, `defunct` or `temporarily-closed`.
    status: Option<String>,
    #[serde(default)]
    languages: Vec<RawLanguage>,
    free: Option<bool>,
    url: Option<String>,
    #[serde(default)]
    phones: Vec<String>,
    #[serde(default)]
    open_24_7: bool,
    sources: Vec<RawSource>,
    #[serde(default)]
    locations: Vec<RawLocation>,
    /// Days between checks, when not the topic's.
    review_interval_days: Option<u16>,
    minimum_age: Option<u8>,
    maximum_age: Option<u8>,
    #[serde(default)]
    cost_options: Vec<CostOption>,
    program: Option<RawProgram>,
    #[serde(default)]
    additional_urls: Vec<RawLabeledUrl>,
    #[serde(default)]
    service_areas: Vec<RawServiceArea>,
    /// Optional URLs of the documents to bring, in the order of the English `documents`.
    #[serde(default)]
    document_urls: Vec<Option<String>>,
    #[serde(default)]
    safety: RawSafety,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProgram {
    name: String,
    description: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLabeledUrl {
    label: Option<String>,
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServiceArea {
    name: String,
    description: Option<String>,
}

/// The "is it safe for me" facts a source states. A fact left out is unknown.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawSafety {
    asks_status: Option<RawFactValue>,
    id_needed: Option<RawFactValue>,
    ssn_needed: Option<RawFactValue>,
    regardless_of_status: Option<RawFactValue>,
    public_charge: Option<RawFactValue>,
}

/// One known fact: its value, the source that states it and the day it was checked there.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFactValue {
    value: toml::Value,
    source: RawSource,
    checked: Date,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    title: String,
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: String,
    how: LanguageMode,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocation {
    slug: String,
    city: String,
    region: String,
    country: String,
    timezone: String,
    latitude: Option<f64>,
    longitude: Option<f64>,
}

/// `locales/<tag>/listings.toml`; records are read one at a time so that an error names the
/// record.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocalListingsFile {
    provenance: Provenance,
    translated_from: Option<String>,
    #[serde(default)]
    organizations: BTreeMap<String, toml::Table>,
    #[serde(default)]
    services: BTreeMap<String, toml::Table>,
}

struct LocalListings {
    provenance: Provenance,
    translated_from: Option<String>,
    organizations: BTreeMap<String, LocalRecord>,
    services: BTreeMap<String, LocalRecord>,
}

/// A record's text in one locale. Only a service carries the texts after `description`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocalRecord {
    name: String,
    description: String,
    /// Who may use it (HSDS `eligibility_description`).
    eligibility: Option<String>,
    /// What it costs, in words (HSDS `fees_description`).
    fees: Option<String>,
    /// How to apply (HSDS `application_process`).
    application_process: Option<String>,
    /// A notice shown first (HSDS `alert`).
    alert: Option<String>,
    /// What the public-charge source says, in words.
    public_charge_note: Option<String>,
    /// What to bring, one document each (HSDS `required_document`).
    #[serde(default)]
    documents: Vec<String>,
    #[serde(default)]
    source_sha256: String,
}

impl LocalRecord {
    /// The optional texts this record carries, named (documents numbered), in a fixed order.
    fn extras(&self) -> Vec<(String, &str)> {
        let mut out: Vec<(String, &str)> = [
            ("eligibility", &self.eligibility),
            ("fees", &self.fees),
            ("application_process", &self.application_process),
            ("alert", &self.alert),
            ("public_charge_note", &self.public_charge_note),
        ]
        .into_iter()
        .filter_map(|(k, v)| Some((k.to_owned(), v.as_deref()?)))
        .collect();
        out.extend(
            self.documents
                .iter()
                .enumerate()
                .map(|(i, d)| (format!("document.{i}"), d.as_str())),
        );
        out
    }

    /// What the record's hash covers: the name and description, then each optional text with
    /// its name (so a record without them hashes as it always did).
    fn hash(&self) -> String {
        let extras = self.extras();
        let mut fields = vec![self.name.as_str(), self.description.as_str()];
        for (key, text) in &extras {
            fields.push(key);
            fields.push(text);
        }
        record_hash(&fields)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NeutralGuides {
    guides: Vec<toml::Table>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NeutralGuide {
    slug: String,
    topics: Vec<String>,
    reviewed_at: Date,
    /// Days between reviews, when not the topic's.
    review_interval_days: Option<u16>,
    sources: Vec<RawSource>,
    #[serde(default)]
    changing_facts: Vec<RawFact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    id: String,
    /// The day someone last checked the fact against its source. Never the day it took effect:
    /// the old name `as_of` is refused so that no effective date is read as a check.
    checked: Date,
    /// The day it took effect, when the source says.
    #[serde(default)]
    took_effect: Option<Date>,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideFrontMatter {
    title: String,
    summary: String,
    provenance: Provenance,
    translated_from: Option<String>,
    #[serde(default)]
    source_sha256: String,
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

/// Reads `locales/<tag>/listings.toml`.
fn local_listings(name: &str, text: &str) -> Result<LocalListings> {
    let file: LocalListingsFile = toml::from_str(text).map_err(|e| seed_err(name, e))?;
    let read = |kind: &str, records: BTreeMap<String, toml::Table>| {
        records
            .into_iter()
            .map(|(slug, table)| {
                let record = LocalRecord::deserialize(toml::Value::Table(table))
                    .map_err(|e| seed_err(name, format!("{kind} {slug}: {}", e.message())))?;
                Ok((slug, record))
            })
            .collect::<Result<BTreeMap<_, _>>>()
    };
    let organizations = read("organization", file.organizations)?;
    for (slug, record) in &organizations {
        if !record.extras().is_empty() {
            return Err(seed_err(
                name,
                format!(
                    "organization {slug}: only a service carries eligibility, fees and the like"
                ),
            ));
        }
    }
    Ok(LocalListings {
        provenance: file.provenance,
        translated_from: file.translated_from,
        organizations,
        services: read("service", file.services)?,
    })
}

/// The text of a service in every locale, as `LocalizedText`s.
struct ServiceTexts {
    name: LocalizedText,
    description: LocalizedText,
    eligibility: Option<LocalizedText>,
    fees: Option<LocalizedText>,
    application_process: Option<LocalizedText>,
    alert: Option<LocalizedText>,
    public_charge_note: Option<LocalizedText>,
    documents: Vec<LocalizedText>,
}

/// The fields of a record's text in the order `ServiceTexts` takes them; `documents` is how
/// many documents the English text lists.
fn record_fields(record: &LocalRecord, documents: usize) -> Vec<Option<&str>> {
    let mut fields = vec![
        Some(record.name.as_str()),
        Some(record.description.as_str()),
        record.eligibility.as_deref(),
        record.fees.as_deref(),
        record.application_process.as_deref(),
        record.alert.as_deref(),
        record.public_charge_note.as_deref(),
    ];
    if record.documents.is_empty() {
        fields.extend(std::iter::repeat_n(None, documents));
    } else {
        fields.extend(record.documents.iter().map(|d| Some(d.as_str())));
    }
    fields
}

fn listings() -> Result<(Vec<Organization>, Vec<Service>)> {
    const FILE: &str = "crates/store/seed/listings.toml";
    const EN: &str = "locales/en/listings.toml";
    let neutral: NeutralListings = toml::from_str(LISTINGS).map_err(|e| seed_err(FILE, e))?;
    let mut local: Vec<(LocaleTag, LocalListings)> = Vec::new();
    for (tag, dir) in locale_dirs() {
        let Some(file) = dir.get_file(dir.path().join("listings.toml")) else {
            continue;
        };
        let name = format!("locales/{tag}/listings.toml");
        let text = file
            .contents_utf8()
            .ok_or_else(|| seed_err(&name, "not UTF-8"))?;
        let parsed = local_listings(&name, text)?;
        let locale = LocaleTag::parse(tag).map_err(|e| seed_err(&name, e))?;
        check_provenance(
            &name,
            &locale,
            parsed.provenance,
            parsed.translated_from.as_deref(),
        )?;
        local.push((locale, parsed));
    }
    let (source, translations): (Vec<_>, Vec<_>) = local
        .iter()
        .partition(|(tag, _)| tag.as_str() == SOURCE_LOCALE);
    let Some((_, source)) = source.first() else {
        return Err(seed_err(EN, "missing"));
    };

    let texts = |kind: &str,
                 slug: &str,
                 pick: fn(&LocalListings) -> &BTreeMap<String, LocalRecord>|
     -> Result<Vec<Option<LocalizedText>>> {
        let record = pick(source)
            .get(slug)
            .ok_or_else(|| seed_err(EN, format!("no text for {kind} {slug}")))?;
        let documents = record.documents.len();
        let source_text = LocalText {
            locale: LocaleTag::parse(SOURCE_LOCALE).expect("en is a tag"),
            provenance: Provenance::Original,
            fields: record_fields(record, documents),
            declared_hash: "",
        };
        let mut translated: Vec<LocalText<'_>> = Vec::new();
        for (tag, file) in &translations {
            let Some(r) = pick(file).get(slug) else {
                continue;
            };
            if !r.documents.is_empty() && r.documents.len() != documents {
                return Err(seed_err(
                    &format!("locales/{tag}/listings.toml"),
                    format!(
                        "{kind} {slug}: {} documents, the English text lists {documents}",
                        r.documents.len()
                    ),
                ));
            }
            translated.push(LocalText {
                locale: tag.clone(),
                provenance: file.provenance,
                fields: record_fields(r, documents),
                declared_hash: &r.source_sha256,
            });
        }
        localize(
            &format!("{EN}: {kind} {slug}"),
            &source_text,
            &record.hash(),
            &translated,
        )
    };
    let service_texts = |slug: &str| -> Result<ServiceTexts> {
        let mut fields = texts("service", slug, |l| &l.services)?.into_iter();
        let mut next = || fields.next().flatten();
        Ok(ServiceTexts {
            name: next().expect("a name"),
            description: next().expect("a description"),
            eligibility: next(),
            fees: next(),
            application_process: next(),
            alert: next(),
            public_charge_note: next(),
            documents: std::iter::from_fn(next).collect(),
        })
    };

    let mut organizations = Vec::new();
    let mut org_ids = HashMap::new();
    for table in &neutral.organizations {
        let org: NeutralOrganization = record(FILE, "organization", table)?;
        let slug = parse_slug(FILE, &org.slug)?;
        let mut fields = texts("organization", &org.slug, |l| &l.organizations)?.into_iter();
        let name = fields.next().flatten().expect("a name");
        let description = fields.next().flatten();
        let id = stable_id("organization", &slug);
        org_ids.insert(org.slug.clone(), id);
        let organization = Organization {
            id,
            slug,
            name,
            description,
            url: org
                .url
                .as_deref()
                .map(|u| u.parse())
                .transpose()
                .map_err(|e| seed_err(FILE, e))?,
            email: None,
            phones: Vec::new(),
            trust: Trust {
                sources: sources(FILE, &org.sources)?,
                verified_at: None,
                verifier: None,
                changed_since_check: None,
                kept: None,
                source_checked_on: None,
            },
        };
        organization
            .validate()
            .map_err(|e| seed_err(FILE, format!("organization {}: {e}", org.slug)))?;
        organizations.push(organization);
    }

    let mut services = Vec::new();
    for table in &neutral.services {
        let s: NeutralService = record(FILE, "service", table)?;
        let what = format!("service {}", s.slug);
        let err = |e: &dyn std::fmt::Display| seed_err(FILE, format!("{what}: {e}"));
        let slug = parse_slug(FILE, &s.slug)?;
        let organization_id = *org_ids
            .get(&s.organization)
            .ok_or_else(|| err(&format!("names unknown organization {}", s.organization)))?;
        let text = service_texts(&s.slug)?;
        let locations = s
            .locations
            .iter()
            .map(|l| location(FILE, l))
            .collect::<Result<Vec<_>>>()?;
        let schedule = if s.open_24_7 {
            let tz = locations
                .first()
                .map_or("America/Los_Angeles", |l| l.timezone.as_str());
            Some(Schedule::always_open(tz).map_err(|e| err(&e))?)
        } else {
            None
        };
        let status = match s.status.as_deref() {
            None => ServiceStatus::Active,
            Some(raw) => ServiceStatus::parse(raw).ok_or_else(|| {
                err(&format!(
                    "unknown status {raw:?} (active, inactive, defunct, temporarily-closed)"
                ))
            })?,
        };
        if s.document_urls.len() > text.documents.len() {
            return Err(err(
                &"more document_urls than documents in locales/en/listings.toml",
            ));
        }
        let documents = text
            .documents
            .into_iter()
            .enumerate()
            .map(|(i, document)| {
                let uri = s
                    .document_urls
                    .get(i)
                    .cloned()
                    .flatten()
                    .map(|u| u.parse())
                    .transpose()
                    .map_err(|e| err(&e))?;
                Ok(RequiredDocument { document, uri })
            })
            .collect::<Result<Vec<_>>>()?;
        let details = ServiceDetails {
            eligibility: text.eligibility,
            minimum_age: s.minimum_age,
            maximum_age: s.maximum_age,
            fees: text.fees,
            cost_options: s.cost_options,
            documents,
            application_process: text.application_process,
            alert: text.alert,
            program: s.program.map(|p| Program {
                name: p.name,
                description: p.description,
            }),
            additional_urls: s
                .additional_urls
                .iter()
                .map(|u| {
                    Ok(LabeledUrl {
                        label: u.label.clone(),
                        url: u.url.parse().map_err(|e| err(&e))?,
                    })
                })
                .collect::<Result<_>>()?,
            service_areas: s
                .service_areas
                .into_iter()
                .map(|a| ServiceArea {
                    name: a.name,
                    description: a.description,
                })
                .collect(),
            capacity: Vec::new(),
            assured: None,
        };
        let safety = safety(&what, s.safety, text.public_charge_note)?;
        let service = Service {
            id: stable_id("service", &slug),
            organization_id,
            name: text.name,
            description: text.description,
            status,
            topics: topics(FILE, &s.topics)?,
            languages: s
                .languages
                .iter()
                .map(|l| {
                    Ok(LanguageOffered {
                        code: LocaleTag::parse(&l.code).map_err(|e| err(&e))?,
                        how: l.how,
                    })
                })
                .collect::<Result<_>>()?,
            // Accreditation is an admin's decision, recorded with the roster or bar listing that
            // shows it (`Store::accredit_service`): never shipped as starter content.
            accreditation: None,
            accreditation_evidence: None,
            free: s.free,
            url: s
                .url
                .as_deref()
                .map(|u| u.parse())
                .transpose()
                .map_err(|e| err(&e))?,
            email: None,
            phones: s
                .phones
                .iter()
                .map(|p| Phone::parse(p).map_err(|e| err(&e)))
                .collect::<Result<_>>()?,
            schedule,
            locations: locations
                .into_iter()
                .map(|location| ServiceAtLocation {
                    id: stable_id(
                        "service_at_location",
                        &Slug::parse(&format!("{}-at-{}", s.slug, location.slug))
                            .unwrap_or_else(|_| slug.clone()),
                    ),
                    location,
                    schedule: None,
                    service_areas: Vec::new(),
                })
                .collect(),
            trust: Trust {
                sources: sources(FILE, &s.sources)?,
                verified_at: None,
                verifier: None,
                changed_since_check: None,
                kept: None,
                source_checked_on: None,
            },
            slug,
            details,
            review_interval_days: s.review_interval_days,
            safety,
        };
        service.validate().map_err(|e| err(&e))?;
        services.push(service);
    }
    give_each_organization_its_places(&mut services);
    Ok((organizations, services))
}

/// The safety facts of service `what` as its TOML states them; each needs a source and the
/// day it was checked there (the TOML refuses one without), and `note` (the public-charge
/// note's text) needs the public-charge fact.
fn safety(what: &str, raw: RawSafety, note: Option<LocalizedText>) -> Result<SafetyFacts> {
    const FILE: &str = "crates/store/seed/listings.toml";
    fn known<T>(
        what: &str,
        name: &str,
        raw: Option<RawFactValue>,
        parse: impl Fn(&toml::Value) -> Option<T>,
    ) -> Result<Option<Known<T>>> {
        let Some(raw) = raw else { return Ok(None) };
        let value = parse(&raw.value).ok_or_else(|| {
            seed_err(
                FILE,
                format!(
                    "{what}: safety.{name} value {} is not one of its values",
                    raw.value
                ),
            )
        })?;
        Ok(Some(Known {
            value,
            source: Source::new(&raw.source.title, &raw.source.url)
                .map_err(|e| seed_err(FILE, format!("{what}: safety.{name}: {e}")))?,
            checked: raw.checked,
        }))
    }
    let facts = SafetyFacts {
        asks_status: known(what, "asks_status", raw.asks_status, |v| {
            AsksStatus::parse(v.as_str()?)
        })?,
        id_needed: known(what, "id_needed", raw.id_needed, |v| {
            IdNeeded::parse(v.as_str()?)
        })?,
        ssn_needed: known(what, "ssn_needed", raw.ssn_needed, toml::Value::as_bool)?,
        regardless_of_status: known(
            what,
            "regardless_of_status",
            raw.regardless_of_status,
            toml::Value::as_bool,
        )?,
        public_charge: known(what, "public_charge", raw.public_charge, |v| {
            PublicCharge::parse(v.as_str()?)
        })?,
        public_charge_note: note,
    };
    if facts.public_charge_note.is_some() && facts.public_charge.is_none() {
        return Err(seed_err(
            FILE,
            format!("{what}: a public_charge_note text needs safety.public_charge with its source"),
        ));
    }
    Ok(facts)
}

/// A place belongs to one organization: where services of several organizations name the same
/// starter place, the organization with the smallest id keeps it and every other gets its own
/// copy (`Location::copy_for`, as the migration that split shared places made them).
fn give_each_organization_its_places(services: &mut [Service]) {
    let mut owners: HashMap<vecino_core::Id, vecino_core::Id> = HashMap::new();
    for service in services.iter() {
        for at in &service.locations {
            owners
                .entry(at.location.id)
                .and_modify(|o| *o = (*o).min(service.organization_id))
                .or_insert(service.organization_id);
        }
    }
    for service in services.iter_mut() {
        for at in &mut service.locations {
            if owners[&at.location.id] != service.organization_id {
                at.location = at.location.copy_for(service.organization_id);
            }
        }
    }
}

fn location(file: &str, raw: &RawLocation) -> Result<Location> {
    let slug = parse_slug(file, &raw.slug)?;
    let point = match (raw.latitude, raw.longitude) {
        (Some(lat), Some(lon)) => {
            Some(GeoPoint::new(lat, lon, GeoPrecision::City).map_err(|e| seed_err(file, e))?)
        }
        _ => None,
    };
    let location = Location {
        id: stable_id("location", &slug),
        slug,
        name: None,
        address: Some(vecino_core::Address {
            address_1: None,
            city: raw.city.clone(),
            state_province: raw.region.clone(),
            postal_code: None,
            country: raw.country.clone(),
        }),
        point,
        timezone: raw.timezone.clone(),
        accessibility: Vec::new(),
    };
    location
        .validate()
        .map_err(|e| seed_err(file, format!("{}: {e}", raw.slug)))?;
    Ok(location)
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

/// Splits `+++\n<toml>\n+++\n<body>`.
fn front_matter(file: &str, text: &str) -> Result<(GuideFrontMatter, String)> {
    let rest = text
        .strip_prefix("+++")
        .ok_or_else(|| seed_err(file, "no +++ front matter"))?;
    let (head, body) = rest
        .split_once("\n+++")
        .ok_or_else(|| seed_err(file, "front matter not closed"))?;
    let meta: GuideFrontMatter = toml::from_str(head).map_err(|e| seed_err(file, e))?;
    Ok((meta, body.trim().to_owned()))
}

fn guides() -> Result<Vec<Guide>> {
    const FILE: &str = "crates/store/seed/guides.toml";
    let neutral: NeutralGuides = toml::from_str(GUIDES).map_err(|e| seed_err(FILE, e))?;
    let mut guides = Vec::new();
    for table in &neutral.guides {
        let g: NeutralGuide = record(FILE, "guide", table)?;
        let mut texts: Vec<(LocaleTag, GuideFrontMatter, String)> = Vec::new();
        for (tag, dir) in locale_dirs() {
            let Some(file) = dir.get_file(dir.path().join("guides").join(format!("{}.md", g.slug)))
            else {
                continue;
            };
            let name = format!("locales/{tag}/guides/{}.md", g.slug);
            let text = file
                .contents_utf8()
                .ok_or_else(|| seed_err(&name, "not UTF-8"))?;
            let (meta, body) = front_matter(&name, text)?;
            let locale = LocaleTag::parse(tag).map_err(|e| seed_err(&name, e))?;
            check_provenance(
                &name,
                &locale,
                meta.provenance,
                meta.translated_from.as_deref(),
            )?;
            texts.push((locale, meta, body));
        }
        let Some(source) = texts.iter().find(|(tag, ..)| tag.as_str() == SOURCE_LOCALE) else {
            return Err(seed_err(
                FILE,
                format!("guide {} has no English text", g.slug),
            ));
        };
        let translations: Vec<_> = texts
            .iter()
            .filter(|(tag, ..)| tag.as_str() != SOURCE_LOCALE)
            .map(guide_text)
            .collect();
        let (_, en_meta, en_body) = source;
        let current = record_hash(&[&en_meta.title, &en_meta.summary, en_body]);
        let [title, summary, body]: [LocalizedText; 3] = localize(
            &format!("locales/en/guides/{}.md", g.slug),
            &guide_text(source),
            &current,
            &translations,
        )?
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .try_into()
        .expect("three fields");
        let slug = parse_slug(FILE, &g.slug)?;
        let guide = Guide {
            id: stable_id("guide", &slug),
            slug,
            title,
            summary,
            body,
            topics: topics(FILE, &g.topics)?,
            sources: sources(FILE, &g.sources)?,
            reviewed_at: g.reviewed_at,
            changing_facts: g
                .changing_facts
                .iter()
                .map(|f| {
                    Ok(ChangingFact {
                        id: parse_slug(FILE, &f.id)?,
                        checked: f.checked,
                        took_effect: f.took_effect,
                        source: f
                            .source
                            .parse()
                            .map_err(|e| seed_err(FILE, format!("guide {}: {e}", g.slug)))?,
                    })
                })
                .collect::<Result<_>>()?,
            review_interval_days: g.review_interval_days,
        };
        guide
            .validate()
            .map_err(|e| seed_err(FILE, format!("guide {}: {e}", g.slug)))?;
        guides.push(guide);
    }
    Ok(guides)
}

fn guide_text((tag, meta, body): &(LocaleTag, GuideFrontMatter, String)) -> LocalText<'_> {
    LocalText {
        locale: tag.clone(),
        provenance: meta.provenance,
        fields: vec![
            Some(meta.title.as_str()),
            Some(meta.summary.as_str()),
            Some(body.as_str()),
        ],
        declared_hash: meta.source_sha256.as_str(),
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
