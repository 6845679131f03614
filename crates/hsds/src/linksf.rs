//! The Link-SF reader: the Parse export behind San Francisco's Link-SF and SF Service Guide
//! (`locations.json` and `organizations.json`, objects keyed by Parse id). A location nests
//! its services with their weekly hours (`opens_at` as hhmm numbers) and one category word
//! (`taxonomy`); organizations carry phones and a web address. Addresses give only a street
//! and a city (no state or country), so a place's time zone needs `--timezone`.

use std::path::Path;

use serde_json::Value;

use crate::raw::{
    Dataset, RawAddress, RawLocation, RawOrganization, RawPhone, RawPlace, RawSchedule, RawService,
    RawTerm, text,
};
use crate::report::Origin;
use crate::{Error, Result};

/// The directory with `locations.json` and `organizations.json` keyed by id (`path` or its
/// `linksf` folder).
pub(crate) fn data_dir(path: &Path) -> Option<std::path::PathBuf> {
    let dir = if path.is_file() { path.parent()? } else { path };
    [dir.to_path_buf(), dir.join("linksf")]
        .into_iter()
        .find(|d| {
            crate::first_byte(&d.join("locations.json")) == Some(b'{')
                && crate::first_byte(&d.join("organizations.json")) == Some(b'{')
        })
}

fn load(path: &Path) -> Result<Value> {
    let bytes = std::fs::read(path).map_err(|e| Error::Io(path.display().to_string(), e))?;
    serde_json::from_slice(&bytes).map_err(|e| Error::Json(path.display().to_string(), e))
}

fn sorted(value: &Value) -> Vec<(&String, &Value)> {
    let mut items: Vec<_> = value.as_object().into_iter().flatten().collect();
    items.sort_by_key(|(k, _)| *k);
    items
}

pub(crate) fn read(path: &Path) -> Result<Dataset> {
    let dir = data_dir(path).unwrap_or_else(|| path.to_path_buf());
    let organizations = load(&dir.join("organizations.json"))?;
    let locations = load(&dir.join("locations.json"))?;
    let mut ds = Dataset::default();
    for (id, org) in sorted(&organizations) {
        let at = Origin::new("organizations.json", None, id);
        let long = text(org.get("long_description"));
        ds.organizations.push(RawOrganization {
            at: at.clone(),
            id: id.clone(),
            name: text(org.get("name")),
            description: if long.is_empty() {
                text(org.get("short_description"))
            } else {
                long
            },
            url: text(org.get("url")),
            email: String::new(),
            phones: org
                .get("phones")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|p| RawPhone {
                    at: at.clone(),
                    number: text(p.get("number")),
                    description: text(p.get("department")),
                    ..RawPhone::default()
                })
                .collect(),
            vecino: None,
        });
    }
    for (id, location) in sorted(&locations) {
        let at = Origin::new("locations.json", None, id);
        let organization_id = text(location.get("organization_id"));
        let address = location.get("physical_address").map(|a| RawAddress {
            address_1: text(a.get("address_1")),
            city: text(a.get("city")),
            ..RawAddress::default()
        });
        ds.locations.insert(
            id.clone(),
            RawLocation {
                at: at.clone(),
                id: id.clone(),
                organization_id: organization_id.clone(),
                name: text(location.get("name")),
                latitude: text(location.get("latitude")),
                longitude: text(location.get("longitude")),
                address,
                ..RawLocation::default()
            },
        );
        for (service_id, service) in sorted(location.get("services").unwrap_or(&Value::Null)) {
            let service_at = Origin::new("locations.json", None, service_id);
            let schedules = service
                .get("schedules")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|s| RawSchedule {
                    at: service_at.clone(),
                    days: text(s.get("weekday")),
                    opens_at: text(s.get("opens_at")),
                    closes_at: text(s.get("closes_at")),
                    ..RawSchedule::default()
                })
                .collect();
            let category = text(service.get("taxonomy"));
            ds.services.push(RawService {
                at: service_at.clone(),
                id: service_id.clone(),
                organization_id: organization_id.clone(),
                name: text(service.get("name")),
                description: text(service.get("description")),
                status: "active".to_owned(),
                language_prose: vec![(
                    "application_process".to_owned(),
                    text(service.get("application_process")),
                )],
                terms: if category.is_empty() {
                    Vec::new()
                } else {
                    vec![RawTerm {
                        code: String::new(),
                        name: category,
                        taxonomy: "Link-SF".to_owned(),
                    }]
                },
                places: vec![RawPlace {
                    at: service_at.clone(),
                    id: format!("{service_id}@{id}"),
                    location_id: id.clone(),
                    schedules,
                    areas: Vec::new(),
                    vecino: None,
                }],
                ..RawService::default()
            });
        }
    }
    Ok(ds)
}
