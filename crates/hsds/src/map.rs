//! From the readers' raw records to core types, reporting everything that could not be read.

use std::collections::{HashMap, HashSet};

use serde_json::{Value, json};
use uuid::Uuid;
use vecino_core::{
    Accessibility, Address, DatedException, Event, ExceptionKind, GeoPoint, GeoPrecision, Guide,
    Id, LanguageMode, LanguageOffered, LocaleTag, LocalizedText, Location, OpeningHours,
    Organization, Phone, Schedule, Service, ServiceAtLocation, ServiceStatus, Slug, TimeRange,
    Topic, Trust, WebUrl,
};

use crate::profile::{VecinoLocation, VecinoOrganization, VecinoPlace, VecinoService};
use crate::raw::{Dataset, RawLocation, RawOrganization, RawPhone, RawSchedule, RawService};
use crate::report::{Origin, Report};
use crate::{Import, ImportOptions, parse};

pub(crate) fn map(ds: Dataset, options: &ImportOptions, mut report: Report) -> Import {
    let mut m = Mapper {
        options,
        namespace: Uuid::new_v5(&Uuid::NAMESPACE_URL, options.source_key.as_bytes()),
        report: &mut report,
        locations: HashMap::new(),
        ds: &ds,
    };
    let mut organizations = Vec::new();
    let mut org_ids = HashMap::new();
    let mut seen = HashSet::new();
    for raw in &ds.organizations {
        if let Some(org) = m.organization(raw)
            && seen.insert(org.id)
        {
            org_ids.insert(raw.id.clone(), org.id);
            organizations.push(org);
        }
    }
    let mut services = Vec::new();
    let mut seen = HashSet::new();
    for raw in &ds.services {
        if let Some(service) = m.service(raw, &org_ids) {
            if seen.insert(service.id) {
                services.push(service);
            } else {
                m.report
                    .skip_record(&raw.at, "id", &raw.id, "the same service appears twice");
            }
        }
    }
    split_shared_places(&mut services);
    let guides: Vec<Guide> = ds
        .guides
        .iter()
        .filter_map(|(at, v)| {
            let mut guide: Guide = m.vecino_record(at, v)?;
            if !options.trust_profile {
                guide.sources = m.trust(at, &guide.slug.to_string())?.sources;
            }
            Some(guide)
        })
        .collect();
    let events: Vec<Event> = ds
        .events
        .iter()
        .filter_map(|(at, v)| {
            let mut event: Event = m.vecino_record(at, v)?;
            if !options.trust_profile {
                event.trust = m.trust(at, &event.slug.to_string())?;
            }
            Some(event)
        })
        .collect();
    for (at, reason) in &ds.ignored {
        m.report.skip_record(at, "record", "", reason);
    }
    let mut unused: Vec<&RawLocation> = ds
        .locations
        .iter()
        .filter(|(id, _)| !m.locations.contains_key(*id))
        .map(|(_, l)| l)
        .collect();
    unused.sort_by(|a, b| {
        (&a.at.table, a.at.line, &a.at.id).cmp(&(&b.at.table, b.at.line, &b.at.id))
    });
    for location in unused {
        m.report.skip_record(
            &location.at,
            "location",
            &location.name,
            "no service in the data is offered at this place (Vecino lists places with their services)",
        );
    }
    let places: HashSet<Id> = services
        .iter()
        .flat_map(|s| s.locations.iter().map(|p| p.location.id))
        .collect();
    report.organizations = organizations.len();
    report.services = services.len();
    report.locations = places.len();
    report.guides = guides.len();
    report.events = events.len();
    Import {
        organizations,
        services,
        guides,
        events,
        report,
    }
}

/// Places belong to one organization: a place that services of several organizations name
/// stays with the organization with the smallest id, and every other gets its own copy
/// (`Location::copy_for`, as the migration that split stored places did), so importing the
/// same data again gives the same ids.
fn split_shared_places(services: &mut [Service]) {
    let mut owner: HashMap<Id, Id> = HashMap::new();
    for service in services.iter() {
        for at in &service.locations {
            owner
                .entry(at.location.id)
                .and_modify(|o| *o = (*o).min(service.organization_id))
                .or_insert(service.organization_id);
        }
    }
    for service in services.iter_mut() {
        let org = service.organization_id;
        for at in &mut service.locations {
            if owner.get(&at.location.id) != Some(&org) {
                at.location = at.location.copy_for(org);
            }
        }
    }
}

struct Mapper<'a> {
    options: &'a ImportOptions,
    namespace: Uuid,
    report: &'a mut Report,
    /// Places already mapped, by their id in the source.
    locations: HashMap<String, Option<Location>>,
    ds: &'a Dataset,
}

impl Mapper<'_> {
    /// HSDS 3 ids are UUIDs and are kept; other ids become UUID v5 of the source and the id,
    /// so that importing the same data again updates the same records.
    fn id(&self, kind: &str, raw: &str) -> Id {
        match Id::parse(raw) {
            Ok(id) => id,
            Err(_) => Id::from(Uuid::new_v5(
                &self.namespace,
                format!("{kind}/{}", raw.trim()).as_bytes(),
            )),
        }
    }

    fn text(&mut self, at: &Origin, field: &str, value: &str) -> Option<LocalizedText> {
        if value.trim().is_empty() {
            return None;
        }
        match LocalizedText::imported(self.options.text_locale.clone(), clean(value)) {
            Ok(text) => Some(text),
            Err(e) => {
                self.report.skip_field(at, field, value, &e.to_string());
                None
            }
        }
    }

    fn trust(&mut self, at: &Origin, id: &str) -> Option<Trust> {
        match &self.options.source {
            Some(source) => Some(Trust {
                sources: vec![source.clone()],
                verified_at: None,
                verifier: None,
                changed_since_check: None,
            }),
            None => {
                self.report.skip_record(
                    at,
                    "source",
                    id,
                    "the data names no source to cite: pass --source-url",
                );
                None
            }
        }
    }

    fn url(&mut self, at: &Origin, field: &str, value: &str) -> Option<WebUrl> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        match WebUrl::parse(value) {
            Ok(u) => Some(u),
            Err(_) => {
                self.report
                    .skip_field(at, field, value, "not a web address (http or https)");
                None
            }
        }
    }

    fn email(&mut self, at: &Origin, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        if value.contains('@') && !value.contains(char::is_whitespace) && value.len() <= 254 {
            Some(value.to_owned())
        } else {
            self.report
                .skip_field(at, "email", value, "not an email address");
            None
        }
    }

    fn phones(&mut self, raws: &[RawPhone]) -> Vec<Phone> {
        let mut phones = Vec::new();
        for raw in raws {
            if raw.number.is_empty() {
                continue;
            }
            if raw.kind.eq_ignore_ascii_case("fax") {
                self.report.skip_field(
                    &raw.at,
                    "phone",
                    &raw.number,
                    "fax numbers are not listed (a resident would call them)",
                );
                continue;
            }
            // "415-673-0911 ext. 259": the extension written into the number.
            let (number, extension) = split_extension(&raw.number, &raw.extension);
            let json = json!({
                "number": number,
                "extension": (!extension.is_empty()).then_some(&extension),
                "description": (!raw.description.is_empty()).then_some(&raw.description),
            });
            match serde_json::from_value::<Phone>(json) {
                Ok(phone) => {
                    if !phones.contains(&phone) {
                        phones.push(phone);
                    }
                }
                Err(_) => self.report.skip_field(
                    &raw.at,
                    "phone",
                    &raw.number,
                    "not a phone number (digits with spaces, dashes, dots or parentheses)",
                ),
            }
        }
        phones
    }

    fn slug(&self, kind: &str, name: &str, id: Id) -> Slug {
        let short = &id.as_uuid().simple().to_string()[..8];
        let base = Slug::from_title(name)
            .map(|s| {
                let cut: String = s.as_str().chars().take(60).collect();
                cut.trim_end_matches('-').to_owned()
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| kind.to_owned());
        Slug::parse(&format!("{base}-{short}")).expect("letters, digits and single hyphens")
    }

    fn extension<T: serde::de::DeserializeOwned>(
        &mut self,
        at: &Origin,
        value: Option<&Value>,
    ) -> Option<T> {
        let value = value?;
        match serde_json::from_value(value.clone()) {
            Ok(ext) => Some(ext),
            Err(e) => {
                self.report.skip_field(
                    at,
                    "vecino",
                    "",
                    &format!("Vecino's profile fields cannot be read ({e}); read as plain HSDS"),
                );
                None
            }
        }
    }

    fn vecino_record<T: serde::de::DeserializeOwned>(
        &mut self,
        at: &Origin,
        value: &Value,
    ) -> Option<T> {
        match serde_json::from_value(value.clone()) {
            Ok(record) => Some(record),
            Err(e) => {
                self.report
                    .skip_record(at, "record", "", &format!("cannot be read: {e}"));
                None
            }
        }
    }

    fn organization(&mut self, raw: &RawOrganization) -> Option<Organization> {
        if raw.id.is_empty() {
            self.report
                .skip_record(&raw.at, "id", "", "the organization has no id");
            return None;
        }
        let id = self.id("organization", &raw.id);
        let url = self.url(&raw.at, "url", &raw.url);
        let email = self.email(&raw.at, &raw.email);
        let phones = self.phones(&raw.phones);
        if let Some(ext) = self.extension::<VecinoOrganization>(&raw.at, raw.vecino.as_ref()) {
            let trust = if self.options.trust_profile {
                ext.trust
            } else {
                self.trust(&raw.at, &raw.id)?
            };
            return Some(Organization {
                id,
                slug: ext.slug,
                name: ext.name,
                description: ext.description,
                url,
                email,
                phones: ext.phones.unwrap_or(phones),
                trust,
            });
        }
        let Some(name) = self.text(&raw.at, "name", &raw.name) else {
            self.report
                .skip_record(&raw.at, "name", "", "the organization has no name");
            return None;
        };
        let description = self.text(&raw.at, "description", &raw.description);
        let trust = self.trust(&raw.at, &raw.id)?;
        Some(Organization {
            id,
            slug: self.slug("organization", &raw.name, id),
            name,
            description,
            url,
            email,
            phones,
            trust,
        })
    }

    fn location(&mut self, raw_id: &str) -> Option<Location> {
        if let Some(done) = self.locations.get(raw_id) {
            return done.clone();
        }
        let mapped = match self.ds.locations.get(raw_id) {
            Some(raw) => self.map_location(raw),
            None => None,
        };
        self.locations.insert(raw_id.to_owned(), mapped.clone());
        mapped
    }

    fn map_location(&mut self, raw: &RawLocation) -> Option<Location> {
        let id = self.id("location", &raw.id);
        if let Some(ext) = self.extension::<VecinoLocation>(&raw.at, raw.vecino.as_ref()) {
            return Some(Location {
                id,
                slug: ext.slug,
                name: ext.name,
                address: ext.address,
                point: ext.point,
                timezone: ext.timezone,
                accessibility: ext.accessibility,
            });
        }
        let at = &raw.at;
        let address = raw.address.as_ref().and_then(|a| {
            let given = if a.country.trim().is_empty() {
                self.options.country.clone().unwrap_or_default()
            } else {
                a.country.clone()
            };
            let country = match given.trim().to_uppercase().as_str() {
                "USA" | "UNITED STATES" | "U.S." | "U.S.A." => "US".to_owned(),
                "UK" => "GB".to_owned(),
                other => other.to_owned(),
            };
            if a.city.is_empty() {
                self.report
                    .skip_field(at, "address", &a.address_1, "the address has no city");
                return None;
            }
            if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
                self.report.skip_field(
                    at,
                    "address",
                    &a.country,
                    "the address has no ISO country code",
                );
                return None;
            }
            let street = [a.address_1.as_str(), a.address_2.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            Some(Address {
                address_1: (!street.is_empty()).then_some(street),
                city: a.city.clone(),
                state_province: a.state_province.clone(),
                postal_code: (!a.postal_code.is_empty()).then(|| a.postal_code.clone()),
                country,
            })
        });
        let point = match (raw.latitude.as_str(), raw.longitude.as_str()) {
            ("", "") => None,
            (lat, lon) => match (lat.parse::<f64>(), lon.parse::<f64>()) {
                (Ok(la), Ok(lo)) if la == 0.0 && lo == 0.0 => {
                    self.report
                        .skip_field(at, "coordinates", "0,0", "0,0 is not a real place");
                    None
                }
                (Ok(la), Ok(lo)) => match GeoPoint::new(la, lo, GeoPrecision::Exact) {
                    Ok(p) => Some(p),
                    Err(e) => {
                        self.report.skip_field(
                            at,
                            "coordinates",
                            &format!("{lat},{lon}"),
                            &e.to_string(),
                        );
                        None
                    }
                },
                _ => {
                    self.report.skip_field(
                        at,
                        "coordinates",
                        &format!("{lat},{lon}"),
                        "latitude and longitude must both be numbers",
                    );
                    None
                }
            },
        };
        let zone = raw
            .address
            .as_ref()
            .and_then(|a| parse::timezone(&a.state_province, &a.country))
            .map(str::to_owned)
            .or_else(|| self.options.timezone.clone());
        let Some(timezone) = zone else {
            let state = raw
                .address
                .as_ref()
                .map(|a| format!("{} {}", a.state_province, a.country))
                .unwrap_or_default();
            self.report.skip_record(
                at,
                "timezone",
                &state,
                "the place's time zone cannot be told from its address: pass --timezone",
            );
            return None;
        };
        let mut accessibility: Vec<Accessibility> = Vec::new();
        for note in &raw.accessibility {
            match parse::accessibility(note) {
                Some(feature) if !accessibility.iter().any(|a| a.feature == feature) => {
                    accessibility.push(Accessibility {
                        feature,
                        details: None,
                    })
                }
                Some(_) => {}
                None => self.report.skip_field(
                    at,
                    "accessibility",
                    note,
                    "not one of the accessibility features Vecino lists",
                ),
            }
        }
        let name = self.text(at, "name", &raw.name);
        let slug_from = if raw.name.is_empty() {
            raw.address
                .as_ref()
                .map(|a| a.address_1.clone())
                .unwrap_or_default()
        } else {
            raw.name.clone()
        };
        Some(Location {
            id,
            slug: self.slug("place", &slug_from, id),
            name,
            address,
            point,
            timezone,
            accessibility,
        })
    }

    fn schedule(&mut self, raws: &[RawSchedule], timezone: &str) -> Option<Schedule> {
        let mut weekly: Vec<OpeningHours> = Vec::new();
        let mut exceptions: Vec<DatedException> = Vec::new();
        for raw in raws {
            let at = &raw.at;
            if !raw.start_date.is_empty() {
                self.exception(raw, &mut exceptions);
                continue;
            }
            if !raw.freq.is_empty() && !raw.freq.eq_ignore_ascii_case("weekly") {
                self.report
                    .skip_field(at, "freq", &raw.freq, "only weekly hours are read");
                continue;
            }
            let Some(days) = parse::weekdays(&raw.days) else {
                let value = if raw.days.is_empty() {
                    format!("{} {}", raw.opens_at, raw.closes_at)
                } else {
                    raw.days.clone()
                };
                self.report.skip_field(
                    at,
                    "schedule",
                    &value,
                    if raw.days.is_empty() {
                        "hours without the days they apply to"
                    } else {
                        "not a day of the week"
                    },
                );
                continue;
            };
            let Some(hours) = self.range(at, &raw.opens_at, &raw.closes_at) else {
                continue;
            };
            for weekday in days {
                let opening = OpeningHours { weekday, hours };
                if !weekly.contains(&opening) {
                    weekly.push(opening);
                }
            }
        }
        if weekly.is_empty() && exceptions.is_empty() {
            return None;
        }
        match Schedule::new(timezone, weekly, exceptions) {
            Ok(s) => Some(s),
            Err(e) => {
                if let Some(raw) = raws.first() {
                    self.report
                        .skip_field(&raw.at, "schedule", "", &e.to_string());
                }
                None
            }
        }
    }

    fn range(&mut self, at: &Origin, opens: &str, closes: &str) -> Option<TimeRange> {
        if opens.to_lowercase().contains("24 hours") {
            let midnight = jiff::civil::Time::midnight();
            return Some(TimeRange {
                opens: midnight,
                closes: midnight,
            });
        }
        let (Some(o), Some(c)) = (parse::time(opens), parse::time(closes)) else {
            self.report.skip_field(
                at,
                "schedule",
                &format!("{opens}–{closes}"),
                "not opening and closing clock times",
            );
            return None;
        };
        // Past midnight only from an evening start (a night shelter); 9am–03:00 is a typo.
        if c <= o && c != jiff::civil::Time::midnight() && o.hour() < 12 {
            self.report.skip_field(
                at,
                "schedule",
                &format!("{opens}–{closes}"),
                "closes before it opens",
            );
            return None;
        }
        Some(TimeRange {
            opens: o,
            closes: c,
        })
    }

    fn exception(&mut self, raw: &RawSchedule, out: &mut Vec<DatedException>) {
        let at = &raw.at;
        let end_text = if raw.end_date.is_empty() {
            &raw.start_date
        } else {
            &raw.end_date
        };
        let (Some(start), Some(end)) = (parse::date(&raw.start_date), parse::date(end_text)) else {
            self.report.skip_field(
                at,
                "holiday",
                &format!("{} – {}", raw.start_date, end_text),
                "not a calendar date (a year 0001 'every year' date cannot be kept)",
            );
            return;
        };
        let days = start.until(end).map(|s| s.get_days()).unwrap_or(-1);
        if !(0..=62).contains(&days) {
            self.report.skip_field(
                at,
                "holiday",
                &format!("{start} – {end}"),
                "the dates run backwards or span more than two months",
            );
            return;
        }
        let kind = if raw.closed == Some(true) {
            ExceptionKind::Closed
        } else {
            match self.range(at, &raw.opens_at, &raw.closes_at) {
                Some(hours) => ExceptionKind::Open { hours: vec![hours] },
                None => return,
            }
        };
        let mut date = start;
        loop {
            if out.iter().any(|e| e.date == date) {
                self.report.skip_field(
                    at,
                    "holiday",
                    &date.to_string(),
                    "a second exception that day",
                );
            } else {
                out.push(DatedException {
                    date,
                    kind: kind.clone(),
                    note: None,
                });
            }
            if date >= end {
                break;
            }
            match date.tomorrow() {
                Ok(next) => date = next,
                Err(_) => break,
            }
        }
    }

    fn languages(&mut self, raw: &RawService, places: &[&RawLocation]) -> Vec<LanguageOffered> {
        let mut out: Vec<LanguageOffered> = Vec::new();
        let mut add = |code: LocaleTag, how: LanguageMode| {
            if !out.iter().any(|l| l.code == code && l.how == how) {
                out.push(LanguageOffered { code, how });
            }
        };
        for l in &raw.languages {
            let how = if l.note.to_lowercase().contains("interpret") {
                LanguageMode::Interpreter
            } else {
                LanguageMode::BilingualStaff
            };
            match parse::language(&l.code).or_else(|| parse::language(&l.name)) {
                Some(tag) => add(tag, how),
                None => self.report.skip_field(
                    &l.at,
                    "language",
                    &format!("{} {}", l.name, l.code),
                    "names no language Vecino knows",
                ),
            }
        }
        let lists = raw
            .language_lists
            .iter()
            .map(|(field, text)| (raw.at.clone(), field.clone(), text.clone()))
            .chain(
                places
                    .iter()
                    .filter(|p| !p.languages.is_empty())
                    .map(|p| (p.at.clone(), "languages".to_owned(), p.languages.clone())),
            );
        for (at, field, text) in lists.collect::<Vec<_>>() {
            let (tags, unread) = parse::language_list(&text);
            for tag in tags {
                add(tag, LanguageMode::BilingualStaff);
            }
            for part in unread {
                self.report
                    .skip_field(&at, &field, &part, "names no language Vecino knows");
            }
        }
        for (_, prose) in &raw.language_prose {
            for tag in parse::languages_in_prose(prose) {
                add(tag, LanguageMode::BilingualStaff);
            }
        }
        if !raw.interpretation.is_empty() {
            let tags = parse::languages_in_prose(&raw.interpretation);
            if tags.is_empty() {
                self.report.skip_field(
                    &raw.at,
                    "interpretation_services",
                    &raw.interpretation,
                    "names no language Vecino knows",
                );
            }
            for tag in tags {
                add(tag, LanguageMode::Interpreter);
            }
        }
        for phone in &raw.phones {
            if phone.languages.is_empty() {
                continue;
            }
            let (tags, unread) = parse::language_list(&phone.languages);
            for tag in tags {
                add(tag, LanguageMode::PhoneLine);
            }
            for part in unread {
                self.report.skip_field(
                    &phone.at,
                    "language",
                    &part,
                    "names no language Vecino knows",
                );
            }
        }
        out
    }

    fn topics(&mut self, raw: &RawService) -> (Vec<Topic>, Vec<String>) {
        let mut topics = Vec::new();
        let mut names = Vec::new();
        let terms = raw
            .term_ids
            .iter()
            .filter_map(|id| match self.ds.terms.get(id) {
                Some(t) => Some(t.clone()),
                None if parse::open_eligibility(id).is_some() => Some(crate::raw::RawTerm {
                    code: id.clone(),
                    ..Default::default()
                }),
                None => {
                    self.report.skip_field(
                        &raw.at,
                        "taxonomy_term_id",
                        id,
                        "no such taxonomy term in the data",
                    );
                    None
                }
            })
            .chain(raw.terms.iter().cloned())
            .collect::<Vec<_>>();
        for term in terms {
            match parse::term_topic(&term.code, &term.name, &term.taxonomy) {
                Some(topic) if !topics.contains(&topic) => topics.push(topic),
                Some(_) => {}
                None => names.push(if term.name.is_empty() {
                    term.code
                } else {
                    term.name
                }),
            }
        }
        (topics, names)
    }

    fn service(&mut self, raw: &RawService, orgs: &HashMap<String, Id>) -> Option<Service> {
        let at = &raw.at;
        if raw.id.is_empty() {
            self.report
                .skip_record(at, "id", "", "the service has no id");
            return None;
        }
        let id = self.id("service", &raw.id);
        let Some(&organization_id) = orgs.get(&raw.organization_id) else {
            self.report.skip_record(
                at,
                "organization_id",
                &raw.organization_id,
                "its organization is not in the data or was left out",
            );
            return None;
        };
        let status = match raw.status.trim().to_lowercase().as_str() {
            "active" => ServiceStatus::Active,
            "inactive" => ServiceStatus::Inactive,
            "defunct" => ServiceStatus::Defunct,
            "" => {
                self.report.skip_field(
                    at,
                    "status",
                    "",
                    "no status given: listed as active, as HSDS feeds that omit it mean",
                );
                ServiceStatus::Active
            }
            other => {
                self.report.skip_record(
                    at,
                    "status",
                    other,
                    "not one of active, inactive, defunct",
                );
                return None;
            }
        };
        let url = self.url(at, "url", &raw.url);
        let email = self.email(at, &raw.email);
        let phones = self.phones(&raw.phones);
        let ext = self.extension::<VecinoService>(at, raw.vecino.as_ref());

        // Places, with their hours (the place's own, else the location's).
        let raw_places: Vec<&RawLocation> = raw
            .places
            .iter()
            .filter_map(|p| self.ds.locations.get(&p.location_id))
            .collect();
        let mut locations = Vec::new();
        let lone_place_takes_service_hours =
            raw.places.len() == 1 && raw.places[0].schedules.is_empty() && ext.is_none();
        for place in &raw.places {
            let Some(location) = self.location(&place.location_id) else {
                let reason = if self.ds.locations.contains_key(&place.location_id) {
                    "the place was left out (see its own entry)"
                } else {
                    "no such place in the data"
                };
                self.report
                    .skip_field(&place.at, "location", &place.location_id, reason);
                continue;
            };
            let place_ext = self.extension::<VecinoPlace>(&place.at, place.vecino.as_ref());
            let schedule = match place_ext {
                Some(p) => p.schedule,
                None => {
                    let mut raws = place.schedules.clone();
                    if raws.is_empty() && lone_place_takes_service_hours {
                        raws = raw.schedules.clone();
                    }
                    if raws.is_empty()
                        && let Some(l) = self.ds.locations.get(&place.location_id)
                    {
                        raws = l.schedules.clone();
                    }
                    self.schedule(&raws, &location.timezone)
                }
            };
            let sal_key = if place.id.is_empty() {
                format!("{}/{}", raw.id, place.location_id)
            } else {
                place.id.clone()
            };
            locations.push(ServiceAtLocation {
                id: self.id("service_at_location", &sal_key),
                location,
                schedule,
            });
        }

        if let Some(ext) = ext {
            // Accreditation and a person's check are Vecino's own decisions: a file is
            // believed about them only when the operator vouches for it.
            let trusted = self.options.trust_profile;
            let trust = if trusted {
                ext.trust
            } else {
                self.trust(at, &raw.id)?
            };
            let (accreditation, accreditation_evidence) = if trusted {
                (ext.accreditation, ext.accreditation_evidence)
            } else {
                (None, None)
            };
            return Some(Service {
                id,
                slug: ext.slug,
                organization_id,
                name: ext.name,
                description: ext.description,
                status,
                topics: ext.topics,
                languages: ext.languages,
                accreditation,
                accreditation_evidence,
                free: ext.free,
                url,
                email,
                phones: ext.phones.unwrap_or(phones),
                schedule: ext.schedule,
                locations,
                trust,
            });
        }

        let Some(name) = self.text(at, "name", &raw.name) else {
            self.report
                .skip_record(at, "name", "", "the service has no name");
            return None;
        };
        let Some(description) = self.text(at, "description", &raw.description) else {
            self.report.skip_record(
                at,
                "description",
                &raw.name,
                "the service has no description (Vecino shows one for every service)",
            );
            return None;
        };
        let (mut topics, unmapped) = self.topics(raw);
        if topics.is_empty() {
            match self.options.fallback_topic {
                Some(topic) => topics.push(topic),
                None => {
                    let reason = if unmapped.is_empty() {
                        "the service has no category, so no Vecino topic (pass --topic to give one)"
                    } else {
                        "none of its categories maps to a Vecino topic (pass --topic to give one)"
                    };
                    self.report
                        .skip_record(at, "taxonomy", &unmapped.join("; "), reason);
                    return None;
                }
            }
        }
        let languages = self.languages(raw, &raw_places);
        let free = match raw.fees.trim().to_lowercase().trim_end_matches('.') {
            "free" | "none" | "no fee" | "no fees" | "$0" | "free of charge" | "no cost" => {
                Some(true)
            }
            _ => None,
        };
        let schedule = if lone_place_takes_service_hours || raw.schedules.is_empty() {
            None
        } else {
            let zone = locations
                .first()
                .map(|p| p.location.timezone.clone())
                .or_else(|| self.options.timezone.clone());
            match zone {
                Some(zone) => self.schedule(&raw.schedules, &zone),
                None => {
                    self.report.skip_field(
                        at,
                        "schedule",
                        "",
                        "hours without a place or --timezone to read them in",
                    );
                    None
                }
            }
        };
        let trust = self.trust(at, &raw.id)?;
        let service = Service {
            id,
            slug: self.slug("service", &raw.name, id),
            organization_id,
            name,
            description,
            status,
            topics,
            languages,
            accreditation: None,
            accreditation_evidence: None,
            free,
            url,
            email,
            phones,
            schedule,
            locations,
            trust,
        };
        if let Err(e) = service.validate() {
            self.report.skip_record(at, e.field(), "", &e.to_string());
            return None;
        }
        Some(service)
    }
}

/// A number with its extension written in (`555-0100 ext. 12`, `555-0100 x12`) split in two,
/// when the data has no extension of its own. The markers are found case-insensitively in the
/// number itself (never in a lower-cased copy, whose byte offsets differ), so any text is safe.
fn split_extension(number: &str, extension: &str) -> (String, String) {
    if !extension.trim().is_empty() {
        return (number.trim().to_owned(), extension.trim().to_owned());
    }
    for marker in ["extension", "ext.", "ext", " x", "x"] {
        if let Some(at) = find_ascii_ignoring_case(number, marker) {
            let rest = number[at + marker.len()..]
                .trim()
                .trim_start_matches(['.', ':'])
                .trim();
            if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()) {
                return (number[..at].trim().to_owned(), rest.to_owned());
            }
        }
    }
    (number.trim().to_owned(), String::new())
}

/// The byte offset of the first match of the ASCII `needle` in `haystack`, ignoring ASCII case.
/// An ASCII byte never occurs inside a multi-byte UTF-8 character, so a match starts and ends
/// on character boundaries.
fn find_ascii_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    debug_assert!(needle.is_ascii());
    let needle = needle.as_bytes();
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// HTML entities real feeds leave in text (`&rsquo;`), decoded; anything else as written.
fn clean(text: &str) -> String {
    const ENTITIES: &[(&str, &str)] = &[
        ("&rsquo;", "’"),
        ("&lsquo;", "‘"),
        ("&rdquo;", "”"),
        ("&ldquo;", "“"),
        ("&ndash;", "–"),
        ("&mdash;", "—"),
        ("&nbsp;", " "),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&amp;", "&"),
    ];
    let mut out = text.trim().replace("\r\n", "\n");
    for (entity, ch) in ENTITIES {
        out = out.replace(entity, ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_written_into_numbers_are_split_off() {
        let check = |n: &str, e: &str, expect: (&str, &str)| {
            let (number, extension) = split_extension(n, e);
            assert_eq!((number.as_str(), extension.as_str()), expect, "{n:?}");
        };
        check("415-673-0911 ext. 259", "", ("415-673-0911", "259"));
        check("(415) 431-1180 ext. 11", "", ("(415) 431-1180", "11"));
        check("650 403-4300", "4385", ("650 403-4300", "4385"));
        check("555-0100 x12", "", ("555-0100", "12"));
        check("call 311", "", ("call 311", ""));
        check("555-0100 EXT. 7", "", ("555-0100", "7"));
        // Text whose lower case is longer than itself: no panic, nothing split off.
        check("İİİİx", "", ("İİİİx", ""));
        check("İİİİ x12", "", ("İİİİ", "12"));
        check("ÉXT 5", "", ("ÉXT 5", ""));
    }

    #[test]
    fn html_entities_left_in_feeds_are_decoded() {
        assert_eq!(clean("the community&rsquo;s  "), "the community’s");
        assert_eq!(clean("A &amp; B\r\nC"), "A & B\nC");
    }
}
