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
    ChangingFact, Date, GeoPoint, GeoPrecision, Guide, LanguageMode, LanguageOffered, LocaleTag,
    LocalizedText, Location, Organization, Phone, Provenance, Schedule, Service, ServiceAtLocation,
    ServiceStatus, Slug, Source, Topic, Translation, Trust, content_hash, stable_id,
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NeutralListings {
    organizations: Vec<NeutralOrganization>,
    services: Vec<NeutralService>,
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

/// `locales/<tag>/listings.toml`.
#[derive(Deserialize)]
struct LocalListings {
    provenance: Provenance,
    translated_from: Option<String>,
    #[serde(default)]
    organizations: BTreeMap<String, LocalRecord>,
    #[serde(default)]
    services: BTreeMap<String, LocalRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocalRecord {
    name: String,
    description: String,
    #[serde(default)]
    source_sha256: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NeutralGuides {
    guides: Vec<NeutralGuide>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NeutralGuide {
    slug: String,
    topics: Vec<String>,
    reviewed_at: Date,
    sources: Vec<RawSource>,
    #[serde(default)]
    changing_facts: Vec<RawFact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    id: String,
    /// The day the fact was last checked against its source.
    #[serde(alias = "as_of")]
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

/// One locale's text of a record, with what to record about its provenance.
struct LocalText<'a> {
    locale: LocaleTag,
    provenance: Provenance,
    fields: Vec<&'a str>,
    declared_hash: &'a str,
}

/// Builds one `LocalizedText` per field from the source record and its translations. A
/// translation whose declared hash matches the current source is current; otherwise it keeps
/// the declared hash and so reads as stale.
fn localize(source: &LocalText<'_>, translations: &[LocalText<'_>]) -> Result<Vec<LocalizedText>> {
    let current = record_hash(&source.fields);
    let mut out = Vec::with_capacity(source.fields.len());
    for (i, text) in source.fields.iter().enumerate() {
        let mut localized = LocalizedText::original(source.locale.clone(), *text)?;
        for t in translations {
            let source_hash = if t.declared_hash == current {
                content_hash(text)
            } else {
                t.declared_hash.to_owned()
            };
            localized.set_translation(
                t.locale.clone(),
                Translation {
                    text: t.fields[i].trim().to_owned(),
                    provenance: t.provenance,
                    source_hash: Some(source_hash),
                    reviewer: None,
                    reviewed_at: None,
                },
            )?;
        }
        out.push(localized);
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

fn listings() -> Result<(Vec<Organization>, Vec<Service>)> {
    const FILE: &str = "crates/store/seed/listings.toml";
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
        let parsed: LocalListings = toml::from_str(text).map_err(|e| seed_err(&name, e))?;
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
        return Err(seed_err("locales/en/listings.toml", "missing"));
    };

    let texts = |kind: &str,
                 slug: &str,
                 pick: fn(&LocalListings) -> &BTreeMap<String, LocalRecord>|
     -> Result<Vec<LocalizedText>> {
        let record = pick(source).get(slug).ok_or_else(|| {
            seed_err(
                "locales/en/listings.toml",
                format!("no text for {kind} {slug}"),
            )
        })?;
        let source_text = LocalText {
            locale: LocaleTag::parse(SOURCE_LOCALE).expect("en is a tag"),
            provenance: Provenance::Original,
            fields: vec![&record.name, &record.description],
            declared_hash: "",
        };
        let translated: Vec<LocalText<'_>> = translations
            .iter()
            .filter_map(|(tag, file)| {
                pick(file).get(slug).map(|r| LocalText {
                    locale: tag.clone(),
                    provenance: file.provenance,
                    fields: vec![&r.name, &r.description],
                    declared_hash: &r.source_sha256,
                })
            })
            .collect();
        localize(&source_text, &translated)
    };

    let mut organizations = Vec::new();
    let mut org_ids = HashMap::new();
    for org in &neutral.organizations {
        let slug = parse_slug(FILE, &org.slug)?;
        let [name, description]: [LocalizedText; 2] =
            texts("organization", &org.slug, |l| &l.organizations)?
                .try_into()
                .expect("two fields");
        let id = stable_id("organization", &slug);
        org_ids.insert(org.slug.clone(), id);
        let organization = Organization {
            id,
            slug,
            name,
            description: Some(description),
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
            .map_err(|e| seed_err(FILE, format!("{}: {e}", org.slug)))?;
        organizations.push(organization);
    }

    let mut services = Vec::new();
    for s in &neutral.services {
        let slug = parse_slug(FILE, &s.slug)?;
        let organization_id = *org_ids.get(&s.organization).ok_or_else(|| {
            seed_err(
                FILE,
                format!("{} names unknown organization {}", s.slug, s.organization),
            )
        })?;
        let [name, description]: [LocalizedText; 2] = texts("service", &s.slug, |l| &l.services)?
            .try_into()
            .expect("two fields");
        let locations = s
            .locations
            .iter()
            .map(|l| location(FILE, l))
            .collect::<Result<Vec<_>>>()?;
        let schedule = if s.open_24_7 {
            let tz = locations
                .first()
                .map_or("America/Los_Angeles", |l| l.timezone.as_str());
            Some(Schedule::always_open(tz).map_err(|e| seed_err(FILE, e))?)
        } else {
            None
        };
        let service = Service {
            id: stable_id("service", &slug),
            organization_id,
            name,
            description,
            status: ServiceStatus::Active,
            topics: topics(FILE, &s.topics)?,
            languages: s
                .languages
                .iter()
                .map(|l| {
                    Ok(LanguageOffered {
                        code: LocaleTag::parse(&l.code).map_err(|e| seed_err(FILE, e))?,
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
                .map_err(|e| seed_err(FILE, e))?,
            email: None,
            phones: s
                .phones
                .iter()
                .map(|p| Phone::parse(p).map_err(|e| seed_err(FILE, e)))
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
            details: Default::default(),
            review_interval_days: None,
            safety: Default::default(),
        };
        service
            .validate()
            .map_err(|e| seed_err(FILE, format!("{}: {e}", s.slug)))?;
        services.push(service);
    }
    give_each_organization_its_places(&mut services);
    Ok((organizations, services))
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
    for g in &neutral.guides {
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
        let [title, summary, body]: [LocalizedText; 3] =
            localize(&guide_text(source), &translations)?
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
                        source: f.source.parse().map_err(|e| seed_err(FILE, e))?,
                    })
                })
                .collect::<Result<_>>()?,
            review_interval_days: None,
        };
        guide
            .validate()
            .map_err(|e| seed_err(FILE, format!("{}: {e}", g.slug)))?;
        guides.push(guide);
    }
    Ok(guides)
}

fn guide_text((tag, meta, body): &(LocaleTag, GuideFrontMatter, String)) -> LocalText<'_> {
    LocalText {
        locale: tag.clone(),
        provenance: meta.provenance,
        fields: vec![meta.title.as_str(), meta.summary.as_str(), body.as_str()],
        declared_hash: meta.source_sha256.as_str(),
    }
}

/// For the bless tool and tests: every translation file's declared hash next to the hash of
/// the English record it should match. `(file, record key, declared, current)`.
pub fn translation_hashes() -> Result<Vec<(String, String, String, String)>> {
    let mut out = Vec::new();
    let en_listings: LocalListings = toml::from_str(
        LOCALES
            .get_file("en/listings.toml")
            .and_then(|f| f.contents_utf8())
            .ok_or_else(|| seed_err("locales/en/listings.toml", "missing"))?,
    )
    .map_err(|e| seed_err("locales/en/listings.toml", e))?;
    for (tag, dir) in locale_dirs().filter(|(tag, _)| *tag != SOURCE_LOCALE) {
        if let Some(file) = dir.get_file(dir.path().join("listings.toml")) {
            let name = format!("locales/{tag}/listings.toml");
            let parsed: LocalListings = toml::from_str(file.contents_utf8().unwrap_or_default())
                .map_err(|e| seed_err(&name, e))?;
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
                        record_hash(&[&en.name, &en.description]),
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
