//! The starter listings: `crates/store/seed/listings.toml`'s language-neutral facts joined with
//! each locale's `listings.toml` texts into organizations and services. Every fact comes from
//! the files (a missing one stays unknown); it never invents one.

use super::*;

/// `crates/store/seed/listings.toml`, read one record at a time so that an error names the
/// record.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NeutralListings {
    pub(super) organizations: Vec<toml::Table>,
    pub(super) services: Vec<toml::Table>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NeutralOrganization {
    pub(super) slug: String,
    pub(super) url: Option<String>,
    pub(super) sources: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NeutralService {
    pub(super) slug: String,
    pub(super) organization: String,
    pub(super) topics: Vec<String>,
    /// `active` (the default), `inactive`, `defunct` or `temporarily-closed`.
    pub(super) status: Option<String>,
    #[serde(default)]
    pub(super) languages: Vec<RawLanguage>,
    pub(super) free: Option<bool>,
    pub(super) url: Option<String>,
    #[serde(default)]
    pub(super) phones: Vec<String>,
    #[serde(default)]
    pub(super) open_24_7: bool,
    pub(super) sources: Vec<RawSource>,
    #[serde(default)]
    pub(super) locations: Vec<RawLocation>,
    /// Days between checks, when not the topic's.
    pub(super) review_interval_days: Option<u16>,
    pub(super) minimum_age: Option<u8>,
    pub(super) maximum_age: Option<u8>,
    #[serde(default)]
    pub(super) cost_options: Vec<CostOption>,
    pub(super) program: Option<RawProgram>,
    #[serde(default)]
    pub(super) additional_urls: Vec<RawLabeledUrl>,
    #[serde(default)]
    pub(super) service_areas: Vec<RawServiceArea>,
    /// Optional URLs of the documents to bring, in the order of the English `documents`.
    #[serde(default)]
    pub(super) document_urls: Vec<Option<String>>,
    #[serde(default)]
    pub(super) safety: RawSafety,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawProgram {
    pub(super) name: String,
    pub(super) description: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLabeledUrl {
    pub(super) label: Option<String>,
    pub(super) url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawServiceArea {
    pub(super) name: String,
    pub(super) description: Option<String>,
}

/// The "is it safe for me" facts a source states. A fact left out is unknown.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSafety {
    pub(super) asks_status: Option<RawFactValue>,
    pub(super) id_needed: Option<RawFactValue>,
    pub(super) ssn_needed: Option<RawFactValue>,
    pub(super) regardless_of_status: Option<RawFactValue>,
    pub(super) public_charge: Option<RawFactValue>,
}

/// One known fact: its value, the source that states it and the day it was checked there.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFactValue {
    pub(super) value: toml::Value,
    pub(super) source: RawSource,
    pub(super) checked: Date,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLanguage {
    pub(super) code: String,
    pub(super) how: LanguageMode,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLocation {
    pub(super) slug: String,
    pub(super) city: String,
    pub(super) region: String,
    pub(super) country: String,
    pub(super) timezone: String,
    pub(super) latitude: Option<f64>,
    pub(super) longitude: Option<f64>,
}

/// `locales/<tag>/listings.toml`; records are read one at a time so that an error names the
/// record.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LocalListingsFile {
    pub(super) provenance: Provenance,
    pub(super) translated_from: Option<String>,
    #[serde(default)]
    pub(super) organizations: BTreeMap<String, toml::Table>,
    #[serde(default)]
    pub(super) services: BTreeMap<String, toml::Table>,
}

pub(super) struct LocalListings {
    pub(super) provenance: Provenance,
    pub(super) translated_from: Option<String>,
    pub(super) organizations: BTreeMap<String, LocalRecord>,
    pub(super) services: BTreeMap<String, LocalRecord>,
}

/// A record's text in one locale. Only a service carries the texts after `description`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LocalRecord {
    pub(super) name: String,
    pub(super) description: String,
    /// Who may use it (HSDS `eligibility_description`).
    pub(super) eligibility: Option<String>,
    /// What it costs, in words (HSDS `fees_description`).
    pub(super) fees: Option<String>,
    /// How to apply (HSDS `application_process`).
    pub(super) application_process: Option<String>,
    /// A notice shown first (HSDS `alert`).
    pub(super) alert: Option<String>,
    /// What the public-charge source says, in words.
    pub(super) public_charge_note: Option<String>,
    /// What to bring, one document each (HSDS `required_document`).
    #[serde(default)]
    pub(super) documents: Vec<String>,
    #[serde(default)]
    pub(super) source_sha256: String,
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
    pub(super) fn hash(&self) -> String {
        let extras = self.extras();
        let mut fields = vec![self.name.as_str(), self.description.as_str()];
        for (key, text) in &extras {
            fields.push(key);
            fields.push(text);
        }
        record_hash(&fields)
    }
}

/// Reads `locales/<tag>/listings.toml`.
pub(super) fn local_listings(name: &str, text: &str) -> Result<LocalListings> {
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
pub(super) struct ServiceTexts {
    pub(super) name: LocalizedText,
    pub(super) description: LocalizedText,
    pub(super) eligibility: Option<LocalizedText>,
    pub(super) fees: Option<LocalizedText>,
    pub(super) application_process: Option<LocalizedText>,
    pub(super) alert: Option<LocalizedText>,
    pub(super) public_charge_note: Option<LocalizedText>,
    pub(super) documents: Vec<LocalizedText>,
}

/// The fields of a record's text in the order `ServiceTexts` takes them; `documents` is how
/// many documents the English text lists.
pub(super) fn record_fields(record: &LocalRecord, documents: usize) -> Vec<Option<&str>> {
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

pub(super) fn listings() -> Result<(Vec<Organization>, Vec<Service>)> {
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
pub(super) fn safety(
    what: &str,
    raw: RawSafety,
    note: Option<LocalizedText>,
) -> Result<SafetyFacts> {
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
pub(super) fn give_each_organization_its_places(services: &mut [Service]) {
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

pub(super) fn location(file: &str, raw: &RawLocation) -> Result<Location> {
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
