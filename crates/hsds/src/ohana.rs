//! The Ohana API CSV reader (Code for America's pre-HSDS import format): services belong to
//! a location, which belongs to an organization; languages and accessibility are lists in
//! one column; categories are Open Eligibility codes (`taxonomy_ids`).

use std::collections::HashMap;
use std::path::Path;

use crate::Result;
use crate::raw::{
    Dataset, RawAddress, RawDetails, RawLocation, RawOrganization, RawPhone, RawPlace, RawSchedule,
    RawService, RawTerm, Table, col,
};
use crate::report::{Origin, Report};

/// The directory with Ohana's CSV files (`path` or its `sample-csv`/`data/sample-csv`).
pub(crate) fn data_dir(path: &Path) -> Option<std::path::PathBuf> {
    let dir = if path.is_file() { path.parent()? } else { path };
    [
        dir.to_path_buf(),
        dir.join("sample-csv"),
        dir.join("data/sample-csv"),
    ]
    .into_iter()
    .find(|d| {
        d.join("locations.csv").exists()
            && d.join("regular_schedules.csv").exists()
            && !d.join("datapackage.json").exists()
    })
}

fn list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

pub(crate) fn read(path: &Path, report: &mut Report) -> Result<Dataset> {
    let dir = data_dir(path).unwrap_or_else(|| path.to_path_buf());
    let mut ds = Dataset::default();

    for (line, row) in Table::read(&dir, "organizations.csv")?.rows {
        let id = col(&row, "id");
        ds.organizations.push(RawOrganization {
            at: Origin::new("organizations.csv", Some(line), &id),
            id,
            name: col(&row, "name"),
            description: col(&row, "description"),
            url: col(&row, "website"),
            email: col(&row, "email"),
            ..RawOrganization::default()
        });
    }

    for (line, row) in Table::read(&dir, "locations.csv")?.rows {
        let id = col(&row, "id");
        ds.locations.insert(
            id.clone(),
            RawLocation {
                at: Origin::new("locations.csv", Some(line), &id),
                id,
                organization_id: col(&row, "organization_id"),
                name: col(&row, "name"),
                latitude: col(&row, "latitude"),
                longitude: col(&row, "longitude"),
                accessibility: list(&col(&row, "accessibility")),
                languages: col(&row, "languages"),
                ..RawLocation::default()
            },
        );
    }

    for (line, row) in Table::read(&dir, "addresses.csv")?.rows {
        let location_id = col(&row, "location_id");
        match ds.locations.get_mut(&location_id) {
            Some(location) => {
                location.address = Some(RawAddress {
                    address_1: col(&row, "address_1"),
                    address_2: col(&row, "address_2"),
                    city: col(&row, "city"),
                    state_province: col(&row, "state_province"),
                    postal_code: col(&row, "postal_code"),
                    country: col(&row, "country"),
                });
            }
            None => report.skip_record(
                &Origin::new("addresses.csv", Some(line), &col(&row, "id")),
                "location_id",
                &location_id,
                "no such place",
            ),
        }
    }

    let mut programs = HashMap::new();
    for (_, row) in Table::read(&dir, "programs.csv")?.rows {
        programs.insert(col(&row, "id"), (col(&row, "name"), String::new()));
    }
    let mut service_index = HashMap::new();
    for (line, row) in Table::read(&dir, "services.csv")?.rows {
        let id = col(&row, "id");
        let at = Origin::new("services.csv", Some(line), &id);
        let location_id = col(&row, "location_id");
        let Some(location) = ds.locations.get(&location_id) else {
            report.skip_record(&at, "location_id", &location_id, "no such place");
            continue;
        };
        service_index.insert(id.clone(), ds.services.len());
        let languages = col(&row, "languages");
        ds.services.push(RawService {
            at: at.clone(),
            organization_id: location.organization_id.clone(),
            name: col(&row, "name"),
            description: col(&row, "description"),
            url: col(&row, "website"),
            email: col(&row, "email"),
            status: col(&row, "status"),
            fees: col(&row, "fees"),
            interpretation: col(&row, "interpretation_services"),
            language_lists: if languages.is_empty() {
                Vec::new()
            } else {
                vec![("languages".to_owned(), languages)]
            },
            term_ids: list(&col(&row, "taxonomy_ids")),
            details: RawDetails {
                eligibility: col(&row, "eligibility"),
                application_process: col(&row, "application_process"),
                program: programs.get(&col(&row, "program_id")).cloned(),
                // One document per comma-separated item, as Ohana's API splits them.
                documents: list(&col(&row, "required_documents"))
                    .into_iter()
                    .map(|d| (d, String::new()))
                    .collect(),
                areas: list(&col(&row, "service_areas"))
                    .into_iter()
                    .map(|a| (a, String::new()))
                    .collect(),
                assured_date: col(&row, "verified_at"),
                ..RawDetails::default()
            },
            places: vec![RawPlace {
                at: at.clone(),
                id: format!("{id}@{location_id}"),
                location_id,
                ..RawPlace::default()
            }],
            id,
            ..RawService::default()
        });
    }

    for (line, row) in Table::read(&dir, "phones.csv")?.rows {
        let at = Origin::new("phones.csv", Some(line), &col(&row, "id"));
        let phone = RawPhone {
            at: at.clone(),
            number: col(&row, "number"),
            extension: col(&row, "extension"),
            kind: col(&row, "number_type"),
            description: col(&row, "department"),
            languages: String::new(),
        };
        let service_id = col(&row, "service_id");
        let location_id = col(&row, "location_id");
        let org_id = col(&row, "organization_id");
        if let Some(&s) = service_index.get(&service_id) {
            ds.services[s].phones.push(phone);
        } else if let Some(location) = ds.locations.get_mut(&location_id) {
            location.phones.push(phone);
        } else if let Some(org) = ds.organizations.iter_mut().find(|o| o.id == org_id) {
            org.phones.push(phone);
        } else if !col(&row, "contact_id").is_empty() {
            report.skip_record(
                &at,
                "contact_id",
                &col(&row, "contact_id"),
                "a contact person's phone: contacts are not imported",
            );
        } else {
            report.skip_record(
                &at,
                "service_id",
                &service_id,
                "the phone belongs to no service, place or organization in the data",
            );
        }
    }

    for (table, holiday) in [
        ("regular_schedules.csv", false),
        ("holiday_schedules.csv", true),
    ] {
        for (line, row) in Table::read(&dir, table)?.rows {
            let at = Origin::new(table, Some(line), &col(&row, "id"));
            let schedule = RawSchedule {
                at: at.clone(),
                days: col(&row, "weekday"),
                opens_at: col(&row, "opens_at"),
                closes_at: col(&row, "closes_at"),
                start_date: col(&row, "start_date"),
                end_date: col(&row, "end_date"),
                closed: holiday.then(|| col(&row, "closed") == "true"),
                ..RawSchedule::default()
            };
            let service_id = col(&row, "service_id");
            let location_id = col(&row, "location_id");
            if let Some(&s) = service_index.get(&service_id) {
                ds.services[s].schedules.push(schedule);
            } else if let Some(location) = ds.locations.get_mut(&location_id) {
                location.schedules.push(schedule);
            } else {
                report.skip_record(
                    &at,
                    "service_id",
                    &service_id,
                    "the hours belong to no service or place in the data",
                );
            }
        }
    }

    for (_, row) in Table::read(&dir, "taxonomy.csv")?.rows {
        let code = col(&row, "taxonomy_id");
        ds.terms.insert(
            code.clone(),
            RawTerm {
                code,
                name: col(&row, "name"),
                taxonomy: "Open Eligibility".to_owned(),
            },
        );
    }
    Ok(ds)
}
