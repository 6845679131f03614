//! From the readers' raw records to core types, reporting everything that could not be read:
//! `map()`, the `Mapper` and the helpers its parts share (ids, slugs, text, sources, web
//! addresses, Vecino's profile fields). Each kind of record is mapped in its own child module.
//! Mapping must never guess a value the data does not state clearly (it reports the field and
//! leaves it out) and never touches the database.

mod details;
mod organization;
mod phone;
mod place;
mod schedule;
mod service;

use std::collections::{HashMap, HashSet};

use serde_json::Value;
use uuid::Uuid;
use vecino_core::{Event, Guide, Id, LocalizedText, Location, Service, Slug, Trust, WebUrl};

use crate::raw::{Dataset, RawLocation};
use crate::report::{Origin, Report};
use crate::{Import, ImportOptions};

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
                kept: None,
                source_checked_on: None,
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
    fn html_entities_left_in_feeds_are_decoded() {
        assert_eq!(clean("the community&rsquo;s  "), "the community’s");
        assert_eq!(clean("A &amp; B\r\nC"), "A & B\nC");
    }
}
