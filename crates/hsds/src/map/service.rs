//! Services: an HSDS `service` (or Vecino's profile of one) as a core [`Service`], with its
//! places and hours, languages and topics. Must never believe a file about accreditation or a
//! person's check unless the operator vouches for it, nor keep a service without a topic.

use std::collections::HashMap;

use vecino_core::{
    Id, LanguageMode, LanguageOffered, LocaleTag, Service, ServiceAtLocation, ServiceStatus, Topic,
};

use super::Mapper;
use crate::parse;
use crate::profile::{VecinoPlace, VecinoService};
use crate::raw::{RawLocation, RawService};

impl Mapper<'_> {
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

    pub(super) fn service(
        &mut self,
        raw: &RawService,
        orgs: &HashMap<String, Id>,
    ) -> Option<Service> {
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
        let status = match ServiceStatus::parse(&raw.status) {
            Some(status) => status,
            None if raw.status.trim().is_empty() => {
                self.report.skip_field(
                    at,
                    "status",
                    "",
                    "no status given: listed as active, as HSDS feeds that omit it mean",
                );
                ServiceStatus::Active
            }
            None => {
                self.report.skip_record(
                    at,
                    "status",
                    raw.status.trim(),
                    "not one of active, inactive, defunct, temporarily closed",
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
                service_areas: super::details::areas(&place.areas),
            });
        }

        if let Some(ext) = ext {
            // Accreditation, a person's check, the keep decision and the safety facts' sources
            // are Vecino's own decisions: a file is believed about them only when the operator
            // vouches for it.
            let trusted = self.options.trust_profile;
            let (trust, safety) = if trusted {
                (ext.trust, ext.safety)
            } else {
                if !ext.safety.is_empty() {
                    self.report.skip_field(
                        at,
                        "vecino.safety",
                        "",
                        "safety facts are believed only from an export you made (--trust-vecino-profile)",
                    );
                }
                let mut trust = self.trust(at, &raw.id)?;
                // The export's assured date is the only verification date believed.
                trust.source_checked_on = self.source_checked_on(at, &raw.details.assured_date);
                (trust, Default::default())
            };
            let (accreditation, accreditation_evidence) = if trusted {
                (ext.accreditation, ext.accreditation_evidence)
            } else {
                (None, None)
            };
            let mut service = Service {
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
                details: ext.details,
                review_interval_days: ext.review_interval_days,
                safety,
            };
            service.drop_repeated_place_areas();
            if let Err(e) = service.validate() {
                self.report.skip_record(at, e.field(), "", &e.to_string());
                return None;
            }
            return Some(service);
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
        let fees = self.text(at, "fees_description", &raw.fees);
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
        let mut details = self.details(at, &raw.details);
        details.fees = fees;
        let mut trust = self.trust(at, &raw.id)?;
        // The source's own verification date: its claim, never a person's check here.
        trust.source_checked_on = details.assured.as_ref().map(|a| a.date);
        let mut service = Service {
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
            details,
            review_interval_days: None,
            safety: Default::default(),
        };
        service.drop_repeated_place_areas();
        if let Err(e) = service.validate() {
            self.report.skip_record(at, e.field(), "", &e.to_string());
            return None;
        }
        Some(service)
    }
}
