//! The HSDS 3.0 and 3.1 JSON reader: single records, arrays, `Page` envelopes (`contents`), fully
//! nested organizations with their services, and Vecino's own profile exports.

use std::collections::HashSet;
use std::path::Path;

use serde_json::Value;

use crate::raw::{
    Dataset, RawAddress, RawCapacity, RawCostOption, RawDetails, RawLanguage, RawLocation,
    RawOrganization, RawPhone, RawPlace, RawSchedule, RawService, RawTerm, text,
};
use crate::report::Origin;
use crate::{Error, Result};

/// Reads a JSON file, or every `*.json` file of a directory (a Vecino export directory's
/// `guides.json` and `events.json` hold Vecino's own records).
pub(crate) fn read(path: &Path) -> Result<Dataset> {
    let mut reader = Reader::default();
    if path.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| Error::Io(path.display().to_string(), e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for file in files {
            let name = file
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let value = load(&file)?;
            match name.as_str() {
                "guides.json" => reader.vecino_records(&name, value, true),
                "events.json" => reader.vecino_records(&name, value, false),
                // The taxonomy of an export is implied by its services' attributes.
                "taxonomy_terms.json" | "taxonomies.json" => {}
                _ => reader.document(&name, &value),
            }
        }
    } else {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let value = load(path)?;
        reader.document(&name, &value);
    }
    Ok(reader.ds)
}

fn load(path: &Path) -> Result<Value> {
    let bytes = std::fs::read(path).map_err(|e| Error::Io(path.display().to_string(), e))?;
    serde_json::from_slice(&bytes).map_err(|e| Error::Json(path.display().to_string(), e))
}

/// Reads an already parsed HSDS 3 document.
pub(crate) fn read_value(name: &str, value: &Value) -> Dataset {
    let mut reader = Reader::default();
    reader.document(name, value);
    reader.ds
}

#[derive(Default)]
struct Reader {
    ds: Dataset,
    organizations: HashSet<String>,
}

impl Reader {
    fn document(&mut self, file: &str, value: &Value) {
        match value {
            Value::Array(items) => {
                for item in items {
                    self.record(file, item);
                }
            }
            Value::Object(map) if map.contains_key("contents") => {
                if let Some(Value::Array(items)) = map.get("contents") {
                    for item in items {
                        self.record(file, item);
                    }
                }
            }
            Value::Object(_) => self.record(file, value),
            _ => {}
        }
    }

    fn vecino_records(&mut self, file: &str, value: Value, guides: bool) {
        if let Value::Array(items) = value {
            for (i, item) in items.into_iter().enumerate() {
                let at = Origin::new(file, None, &format!("#{}", i + 1));
                if guides {
                    self.ds.guides.push((at, item));
                } else {
                    self.ds.events.push((at, item));
                }
            }
        }
    }

    fn record(&mut self, file: &str, value: &Value) {
        let has = |key: &str| value.get(key).is_some();
        if has("taxonomy_detail") || has("parent_id") || has("term_uri") || has("code") {
            // A taxonomy term: read to map the categories services name.
            let id = text(value.get("id"));
            self.ds.terms.insert(id, term_of(value));
            return;
        }
        if has("version") && has("uri") && !has("services") {
            self.ds.ignored.push((
                Origin::new(file, None, &text(value.get("id"))),
                "a taxonomy is read only to map services' categories to Vecino's topics",
            ));
            return;
        }
        if has("location_type") && !has("status") {
            self.location(file, value, "");
            return;
        }
        if value.get("status").is_some() || value.get("service_at_locations").is_some() {
            self.service(file, value, None);
        } else if value.get("service").is_some_and(Value::is_object) {
            // A fully nested service_at_location: its service, at its place.
            let mut service = value["service"].clone();
            if let (Some(obj), Some(loc)) = (service.as_object_mut(), value.get("location")) {
                obj.entry("service_at_locations").or_insert_with(|| {
                    Value::Array(vec![serde_json::json!({
                        "id": value.get("id").cloned().unwrap_or(Value::Null),
                        "location": loc,
                        "schedules": value.get("schedules").cloned().unwrap_or(Value::Null),
                        "service_areas": value.get("service_areas").cloned().unwrap_or(Value::Null),
                        "vecino": value.get("vecino").cloned().unwrap_or(Value::Null),
                    })])
                });
            }
            self.service(file, &service, None);
        } else if value.get("name").is_some() {
            self.organization(file, value);
        }
    }

    fn organization(&mut self, file: &str, value: &Value) {
        let id = text(value.get("id"));
        let at = Origin::new(file, None, &id);
        if self.organizations.insert(id.clone()) {
            self.ds.organizations.push(RawOrganization {
                at: at.clone(),
                id: id.clone(),
                name: text(value.get("name")),
                description: text(value.get("description")),
                url: first_text(value, &["website", "url"]),
                email: text(value.get("email")),
                phones: phones(&at, value.get("phones")),
                vecino: value.get("vecino").cloned(),
            });
        }
        for service in array(value.get("services")) {
            self.service(file, service, Some(&id));
        }
        for location in array(value.get("locations")) {
            self.location(file, location, &id);
        }
    }

    fn service(&mut self, file: &str, value: &Value, organization: Option<&str>) {
        let id = text(value.get("id"));
        let at = Origin::new(file, None, &id);
        let mut organization_id = text(value.get("organization_id"));
        if let Some(org) = value.get("organization").filter(|o| o.is_object()) {
            if organization_id.is_empty() {
                organization_id = text(org.get("id"));
            }
            if org.get("name").is_some() {
                self.organization(file, org);
            }
        }
        if organization_id.is_empty() {
            organization_id = organization.unwrap_or_default().to_owned();
        }
        let mut terms = Vec::new();
        let mut term_ids = Vec::new();
        for attribute in array(value.get("attributes")) {
            if let Some(term) = attribute.get("taxonomy_term").filter(|t| t.is_object()) {
                terms.push(term_of(term));
            } else {
                let id = text(attribute.get("taxonomy_term_id"));
                if !id.is_empty() {
                    term_ids.push(id);
                }
            }
        }
        let mut places = Vec::new();
        let details = details(value);
        for sal in array(value.get("service_at_locations")) {
            let place_id = text(sal.get("id"));
            let place_at = Origin::new(file, None, &place_id);
            let mut location_id = text(sal.get("location_id"));
            if let Some(location) = sal.get("location").filter(|l| l.is_object()) {
                location_id = text(location.get("id"));
                self.location(file, location, &organization_id);
            }
            places.push(RawPlace {
                at: place_at.clone(),
                id: place_id,
                location_id,
                schedules: schedules(&place_at, sal.get("schedules")),
                areas: areas(sal.get("service_areas")),
                vecino: sal.get("vecino").filter(|v| !v.is_null()).cloned(),
            });
        }
        self.ds.services.push(RawService {
            at: at.clone(),
            id,
            organization_id,
            name: text(value.get("name")),
            description: text(value.get("description")),
            url: text(value.get("url")),
            email: text(value.get("email")),
            status: text(value.get("status")),
            fees: first_text(value, &["fees_description", "fees"]),
            phones: phones(&at, value.get("phones")),
            languages: array(value.get("languages"))
                .map(|l| RawLanguage {
                    at: at.clone(),
                    name: text(l.get("name")),
                    code: text(l.get("code")),
                    note: text(l.get("note")),
                })
                .collect(),
            language_lists: Vec::new(),
            language_prose: Vec::new(),
            interpretation: text(value.get("interpretation_services")),
            schedules: schedules(&at, value.get("schedules")),
            term_ids,
            terms,
            places,
            details,
            vecino: value.get("vecino").cloned(),
        });
    }

    fn location(&mut self, file: &str, value: &Value, organization: &str) {
        let id = text(value.get("id"));
        if self.ds.locations.contains_key(&id) {
            return;
        }
        let at = Origin::new(file, None, &id);
        let addresses: Vec<&Value> = array(value.get("addresses")).collect();
        let address = addresses
            .iter()
            .find(|a| text(a.get("address_type")) == "physical")
            .or_else(|| addresses.first())
            .map(|a| RawAddress {
                address_1: text(a.get("address_1")),
                address_2: text(a.get("address_2")),
                city: text(a.get("city")),
                state_province: text(a.get("state_province")),
                postal_code: text(a.get("postal_code")),
                country: text(a.get("country")),
            });
        let location = RawLocation {
            at: at.clone(),
            id: id.clone(),
            organization_id: organization.to_owned(),
            name: text(value.get("name")),
            latitude: text(value.get("latitude")),
            longitude: text(value.get("longitude")),
            address,
            accessibility: array(value.get("accessibility"))
                .map(|a| {
                    let description = text(a.get("description"));
                    if description.is_empty() {
                        text(a.get("details"))
                    } else {
                        description
                    }
                })
                .filter(|a| !a.is_empty())
                .collect(),
            schedules: schedules(&at, value.get("schedules")),
            languages: array(value.get("languages"))
                .map(|l| first_text(l, &["name", "code"]))
                .collect::<Vec<_>>()
                .join(", "),
            phones: phones(&at, value.get("phones")),
            vecino: value.get("vecino").cloned(),
        };
        self.ds.locations.insert(id, location);
    }
}

fn array(value: Option<&Value>) -> impl Iterator<Item = &Value> {
    value.and_then(Value::as_array).into_iter().flatten()
}

fn first_text(value: &Value, keys: &[&str]) -> String {
    keys.iter()
        .map(|k| text(value.get(*k)))
        .find(|t| !t.is_empty())
        .unwrap_or_default()
}

fn areas(value: Option<&Value>) -> Vec<(String, String)> {
    array(value)
        .map(|a| (text(a.get("name")), text(a.get("description"))))
        .filter(|(n, d)| !n.is_empty() || !d.is_empty())
        .collect()
}

/// A service's HSDS 3.1 details (3.0 has all but `additional_urls` and `capacities`).
fn details(value: &Value) -> RawDetails {
    let program = value
        .get("program")
        .filter(|p| p.is_object())
        .map(|p| (text(p.get("name")), text(p.get("description"))));
    RawDetails {
        eligibility: text(value.get("eligibility_description")),
        minimum_age: text(value.get("minimum_age")),
        maximum_age: text(value.get("maximum_age")),
        application_process: text(value.get("application_process")),
        alert: text(value.get("alert")),
        assured_date: text(value.get("assured_date")),
        assurer_email: text(value.get("assurer_email")),
        program,
        cost_options: array(value.get("cost_options"))
            .map(|c| RawCostOption {
                option: text(c.get("option")),
                amount: text(c.get("amount")),
                currency: text(c.get("currency")),
                amount_description: text(c.get("amount_description")),
                valid_from: text(c.get("valid_from")),
                valid_to: text(c.get("valid_to")),
            })
            .collect(),
        documents: array(value.get("required_documents"))
            .map(|d| (text(d.get("document")), text(d.get("uri"))))
            .collect(),
        urls: array(value.get("additional_urls"))
            .map(|u| (text(u.get("label")), text(u.get("url"))))
            .collect(),
        areas: areas(value.get("service_areas")),
        capacities: array(value.get("capacities"))
            .map(|c| RawCapacity {
                available: text(c.get("available")),
                maximum: text(c.get("maximum")),
                unit: match c.get("unit").filter(|u| u.is_object()) {
                    Some(unit) => text(unit.get("name")),
                    None => text(c.get("unit")),
                },
                description: text(c.get("description")),
                updated: text(c.get("updated")),
            })
            .collect(),
    }
}

fn term_of(term: &Value) -> RawTerm {
    let taxonomy = match term.get("taxonomy_detail").filter(|t| t.is_object()) {
        Some(t) => text(t.get("name")),
        None => text(term.get("taxonomy")),
    };
    RawTerm {
        code: text(term.get("code")),
        name: text(term.get("name")),
        taxonomy,
    }
}

fn phones(at: &Origin, value: Option<&Value>) -> Vec<RawPhone> {
    array(value)
        .map(|p| RawPhone {
            at: at.clone(),
            number: text(p.get("number")),
            extension: text(p.get("extension")),
            kind: text(p.get("type")),
            description: text(p.get("description")),
            languages: array(p.get("languages"))
                .map(|l| first_text(l, &["name", "code"]))
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect()
}

fn schedules(at: &Origin, value: Option<&Value>) -> Vec<RawSchedule> {
    array(value)
        .map(|s| RawSchedule {
            at: at.clone(),
            days: text(s.get("byday")),
            opens_at: text(s.get("opens_at")),
            closes_at: text(s.get("closes_at")),
            freq: text(s.get("freq")),
            ..RawSchedule::default()
        })
        .collect()
}
