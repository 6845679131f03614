//! The CSV datapackage reader: HSDS 1.1 and 2.x (`physical_addresses.csv`,
//! `services_at_location.csv`, `service_attributes.csv`) and the 3.0 tabular layout
//! (`addresses.csv`, `service_at_location.csv`, `attributes.csv`) with 3.1's tables
//! (`url.csv`, `service_capacity.csv`, `units.csv`). Missing tables are empty.

use std::collections::HashMap;
use std::path::Path;

use crate::Result;
use crate::raw::{
    Dataset, RawAddress, RawCapacity, RawCostOption, RawDetails, RawLanguage, RawLocation,
    RawOrganization, RawPhone, RawPlace, RawSchedule, RawService, RawTerm, Table, col,
};
use crate::report::{Origin, Report};

/// The directory holding the CSV files: `path` itself, or `data/datapackage` or `data` below
/// it, wherever `services.csv` is.
pub(crate) fn data_dir(path: &Path) -> Option<std::path::PathBuf> {
    let dir = if path.is_file() { path.parent()? } else { path };
    [
        dir.to_path_buf(),
        dir.join("data/datapackage"),
        dir.join("data"),
    ]
    .into_iter()
    .find(|d| d.join("services.csv").exists())
}

fn first(dir: &Path, names: &[&str]) -> Result<Table> {
    for name in names {
        if dir.join(name).exists() {
            return Table::read(dir, name);
        }
    }
    Table::read(dir, names[0])
}

fn either(row: &HashMap<String, String>, names: &[&str]) -> String {
    names
        .iter()
        .map(|n| col(row, n))
        .find(|v| !v.is_empty())
        .unwrap_or_default()
}

/// Ids in a column that may hold several, comma-separated (real feeds do this).
fn ids(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty() && *v != "0")
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
            url: either(&row, &["url", "website"]),
            email: col(&row, "email"),
            ..RawOrganization::default()
        });
    }

    // The first organization with each id (a linear join, whatever the file's size).
    let mut org_index: HashMap<String, usize> = HashMap::new();
    for (i, org) in ds.organizations.iter().enumerate() {
        org_index.entry(org.id.clone()).or_insert(i);
    }

    let mut programs = HashMap::new();
    for (_, row) in Table::read(&dir, "programs.csv")?.rows {
        programs.insert(
            col(&row, "id"),
            (col(&row, "name"), col(&row, "description")),
        );
    }
    let mut service_index = HashMap::new();
    for (line, row) in Table::read(&dir, "services.csv")?.rows {
        let id = col(&row, "id");
        service_index.insert(id.clone(), ds.services.len());
        ds.services.push(RawService {
            at: Origin::new("services.csv", Some(line), &id),
            id,
            organization_id: col(&row, "organization_id"),
            name: col(&row, "name"),
            description: col(&row, "description"),
            url: col(&row, "url"),
            email: col(&row, "email"),
            status: col(&row, "status"),
            fees: either(&row, &["fees_description", "fees"]),
            interpretation: col(&row, "interpretation_services"),
            term_ids: ids(&col(&row, "taxonomy_ids")),
            details: RawDetails {
                eligibility: either(&row, &["eligibility_description", "eligibility"]),
                minimum_age: col(&row, "minimum_age"),
                maximum_age: col(&row, "maximum_age"),
                application_process: col(&row, "application_process"),
                alert: col(&row, "alert"),
                assured_date: col(&row, "assured_date"),
                assurer_email: col(&row, "assurer_email"),
                program: programs.get(&col(&row, "program_id")).cloned(),
                ..RawDetails::default()
            },
            ..RawService::default()
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
                ..RawLocation::default()
            },
        );
    }

    let addresses = first(&dir, &["physical_addresses.csv", "addresses.csv"])?;
    for (line, row) in addresses.rows {
        let kind = col(&row, "address_type");
        if !kind.is_empty() && kind != "physical" {
            continue;
        }
        let location_id = col(&row, "location_id");
        let at = Origin::new(&addresses.name, Some(line), &col(&row, "id"));
        match ds.locations.get_mut(&location_id) {
            Some(location) if location.address.is_none() => {
                location.address = Some(RawAddress {
                    address_1: col(&row, "address_1"),
                    address_2: col(&row, "address_2"),
                    city: col(&row, "city"),
                    state_province: col(&row, "state_province"),
                    postal_code: col(&row, "postal_code"),
                    country: col(&row, "country"),
                });
            }
            Some(_) => {}
            None => report.skip_record(&at, "location_id", &location_id, "no such place"),
        }
    }

    let places = first(
        &dir,
        &["services_at_location.csv", "service_at_location.csv"],
    )?;
    let mut place_index: HashMap<String, (usize, usize)> = HashMap::new();
    // Each service's first place at a location, for hours that name the service and location.
    let mut place_of: HashMap<(usize, String), usize> = HashMap::new();
    for (line, row) in places.rows {
        let id = col(&row, "id");
        let at = Origin::new(&places.name, Some(line), &id);
        let service_id = col(&row, "service_id");
        let Some(&s) = service_index.get(&service_id) else {
            report.skip_record(&at, "service_id", &service_id, "no such service");
            continue;
        };
        let service = &mut ds.services[s];
        place_index.insert(id.clone(), (s, service.places.len()));
        let location_id = col(&row, "location_id");
        place_of
            .entry((s, location_id.clone()))
            .or_insert(service.places.len());
        service.places.push(RawPlace {
            at,
            id,
            location_id,
            ..RawPlace::default()
        });
    }

    let phones = Table::read(&dir, "phones.csv")?;
    // Where each phone row went, for the languages that name it (`languages.csv` `phone_id`).
    let mut phone_rows: HashMap<String, Vec<(PhoneOwner, usize, usize)>> = HashMap::new();
    for (line, row) in phones.rows {
        let at = Origin::new("phones.csv", Some(line), &col(&row, "id"));
        let phone = RawPhone {
            at: at.clone(),
            number: col(&row, "number"),
            extension: col(&row, "extension"),
            kind: col(&row, "type"),
            description: col(&row, "description"),
            languages: col(&row, "language"),
        };
        let services = ids(&col(&row, "service_id"));
        let phone_id = col(&row, "id");
        let mut owned = false;
        for service_id in &services {
            if let Some(&s) = service_index.get(service_id) {
                phone_rows.entry(phone_id.clone()).or_default().push((
                    PhoneOwner::Service,
                    s,
                    ds.services[s].phones.len(),
                ));
                ds.services[s].phones.push(phone.clone());
                owned = true;
            }
        }
        if services.is_empty() {
            for org_id in ids(&col(&row, "organization_id")) {
                if let Some(&o) = org_index.get(&org_id) {
                    phone_rows.entry(phone_id.clone()).or_default().push((
                        PhoneOwner::Organization,
                        o,
                        ds.organizations[o].phones.len(),
                    ));
                    ds.organizations[o].phones.push(phone.clone());
                    owned = true;
                }
            }
            if !owned {
                for location_id in ids(&col(&row, "location_id")) {
                    if let Some(location) = ds.locations.get_mut(&location_id) {
                        location.phones.push(phone.clone());
                        owned = true;
                    }
                }
            }
        }
        if !owned {
            report.skip_record(
                &at,
                "service_id",
                &col(&row, "service_id"),
                "the phone belongs to no service, organization or place in the data",
            );
        }
    }

    for (table, holiday) in [
        ("schedules.csv", false),
        ("regular_schedules.csv", false),
        ("holiday_schedules.csv", true),
    ] {
        for (line, row) in Table::read(&dir, table)?.rows {
            let at = Origin::new(table, Some(line), &col(&row, "id"));
            let schedule = RawSchedule {
                at: at.clone(),
                days: either(&row, &["byday", "weekday"]),
                // Some feeds put clock times in the date columns; the time parser says so if not.
                opens_at: either(&row, &["opens_at", "dtstart", "valid_from"]),
                closes_at: either(&row, &["closes_at", "until", "valid_to"]),
                freq: col(&row, "freq"),
                start_date: col(&row, "start_date"),
                end_date: col(&row, "end_date"),
                closed: holiday.then(|| col(&row, "closed").eq_ignore_ascii_case("true")),
            };
            let sal = col(&row, "service_at_location_id");
            let service_ids = ids(&col(&row, "service_id"));
            let location_id = col(&row, "location_id");
            let mut owned = false;
            if let Some(&(s, p)) = place_index.get(&sal) {
                ds.services[s].places[p].schedules.push(schedule.clone());
                owned = true;
            } else {
                for service_id in &service_ids {
                    let Some(&s) = service_index.get(service_id) else {
                        continue;
                    };
                    let service = &mut ds.services[s];
                    let place = if location_id.is_empty() {
                        None
                    } else {
                        place_of.get(&(s, location_id.clone())).copied()
                    };
                    match place {
                        Some(p) => service.places[p].schedules.push(schedule.clone()),
                        None => service.schedules.push(schedule.clone()),
                    }
                    owned = true;
                }
                if !owned
                    && service_ids.is_empty()
                    && let Some(location) = ds.locations.get_mut(&location_id)
                {
                    location.schedules.push(schedule.clone());
                    owned = true;
                }
            }
            if !owned {
                report.skip_record(
                    &at,
                    "service_id",
                    &col(&row, "service_id"),
                    "the hours belong to no service or place in the data",
                );
            }
        }
    }

    for (line, row) in Table::read(&dir, "languages.csv")?.rows {
        let at = Origin::new("languages.csv", Some(line), &col(&row, "id"));
        let language = RawLanguage {
            at: at.clone(),
            name: either(&row, &["language", "name"]),
            code: col(&row, "code"),
            note: col(&row, "note"),
        };
        let service_id = col(&row, "service_id");
        let location_id = col(&row, "location_id");
        let phone_id = col(&row, "phone_id");
        if !phone_id.is_empty() {
            let name = if language.code.is_empty() {
                language.name.clone()
            } else {
                language.code.clone()
            };
            match phone_rows.get(&phone_id) {
                Some(owners) => {
                    for &(kind, i, j) in owners {
                        let phone = match kind {
                            PhoneOwner::Service => &mut ds.services[i].phones[j],
                            PhoneOwner::Organization => &mut ds.organizations[i].phones[j],
                        };
                        if !phone.languages.is_empty() {
                            phone.languages.push_str(", ");
                        }
                        phone.languages.push_str(&name);
                    }
                }
                None => report.skip_record(&at, "phone_id", &phone_id, "no such phone"),
            }
        } else if let Some(&s) = service_index.get(&service_id) {
            ds.services[s].languages.push(language);
        } else if let Some(location) = ds.locations.get_mut(&location_id) {
            if !location.languages.is_empty() {
                location.languages.push_str(", ");
            }
            location.languages.push_str(&language.name);
        } else {
            report.skip_record(&at, "service_id", &service_id, "no such service or place");
        }
    }

    let terms = first(&dir, &["taxonomy_terms.csv", "taxonomy.csv"])?;
    for (_, row) in terms.rows {
        let id = col(&row, "id");
        ds.terms.insert(
            id,
            RawTerm {
                code: col(&row, "code"),
                name: either(&row, &["name", "term"]),
                taxonomy: either(&row, &["taxonomy", "vocabulary"]),
            },
        );
    }
    let attributes = first(
        &dir,
        &[
            "service_attributes.csv",
            "attributes.csv",
            "services_taxonomy.csv",
        ],
    )?;
    for (line, row) in attributes.rows {
        let link_type = col(&row, "link_type");
        if !link_type.is_empty() && link_type != "service" {
            continue;
        }
        let service_id = either(&row, &["service_id", "link_id"]);
        // HSDS 1.1's services_taxonomy.csv names the term `taxonomy_id`.
        let term_id = either(&row, &["taxonomy_term_id", "taxonomy_id"]);
        match service_index.get(&service_id) {
            Some(&s) => ds.services[s].term_ids.push(term_id),
            None => report.skip_record(
                &Origin::new(&attributes.name, Some(line), &col(&row, "id")),
                "service_id",
                &service_id,
                "no such service",
            ),
        }
    }

    let accessibility = first(
        &dir,
        &["accessibility_for_disabilities.csv", "accessibility.csv"],
    )?;
    for (line, row) in accessibility.rows {
        let location_id = col(&row, "location_id");
        let value = either(&row, &["accessibility", "description", "details"]);
        match ds.locations.get_mut(&location_id) {
            Some(location) if !value.is_empty() => location.accessibility.push(value),
            Some(_) => {}
            None => report.skip_record(
                &Origin::new(&accessibility.name, Some(line), &col(&row, "id")),
                "location_id",
                &location_id,
                "no such place",
            ),
        }
    }
    details(&dir, &mut ds, &service_index, report)?;
    Ok(ds)
}

#[derive(Clone, Copy)]
enum PhoneOwner {
    Service,
    Organization,
}

/// The HSDS 3.1 (and 2.x) tables of a service's details: prices, documents, eligibility (2.x),
/// web pages, areas and capacity with its units.
fn details(
    dir: &Path,
    ds: &mut Dataset,
    service_index: &HashMap<String, usize>,
    report: &mut Report,
) -> Result<()> {
    let mut owner = |table: &str, line: u64, row: &HashMap<String, String>| {
        let service_id = col(row, "service_id");
        let found = service_index.get(&service_id).copied();
        if found.is_none() {
            report.skip_record(
                &Origin::new(table, Some(line), &col(row, "id")),
                "service_id",
                &service_id,
                "no such service",
            );
        }
        found
    };
    for (line, row) in Table::read(dir, "cost_options.csv")?.rows {
        if let Some(s) = owner("cost_options.csv", line, &row) {
            ds.services[s].details.cost_options.push(RawCostOption {
                option: col(&row, "option"),
                amount: col(&row, "amount"),
                currency: col(&row, "currency"),
                amount_description: col(&row, "amount_description"),
                valid_from: col(&row, "valid_from"),
                valid_to: col(&row, "valid_to"),
            });
        }
    }
    for (line, row) in Table::read(dir, "required_documents.csv")?.rows {
        if let Some(s) = owner("required_documents.csv", line, &row) {
            ds.services[s]
                .details
                .documents
                .push((col(&row, "document"), col(&row, "uri")));
        }
    }
    // HSDS 2.x keeps eligibility in its own table.
    for (line, row) in Table::read(dir, "eligibility.csv")?.rows {
        if let Some(s) = owner("eligibility.csv", line, &row) {
            let details = &mut ds.services[s].details;
            if details.eligibility.is_empty() {
                details.eligibility = either(&row, &["eligibility", "eligibility_description"]);
            }
        }
    }
    for (line, row) in Table::read(dir, "url.csv")?.rows {
        // A url row may belong to an organization instead (3.1 `additional_websites`).
        if col(&row, "service_id").is_empty() {
            continue;
        }
        if let Some(s) = owner("url.csv", line, &row) {
            ds.services[s]
                .details
                .urls
                .push((col(&row, "label"), col(&row, "url")));
        }
    }
    let places: HashMap<String, (usize, usize)> = ds
        .services
        .iter()
        .enumerate()
        .flat_map(|(s, service)| {
            service
                .places
                .iter()
                .enumerate()
                .map(move |(p, place)| (place.id.clone(), (s, p)))
        })
        .collect();
    for (line, row) in first(dir, &["service_areas.csv", "service_area.csv"])?.rows {
        let area = (
            either(&row, &["name", "service_area"]),
            col(&row, "description"),
        );
        // 3.1: an area named at a place (`service_at_location_id`) is served from that place.
        let areas = match places.get(&col(&row, "service_at_location_id")) {
            Some(&(s, p)) => &mut ds.services[s].places[p].areas,
            None => match owner("service_areas.csv", line, &row) {
                Some(s) => &mut ds.services[s].details.areas,
                None => continue,
            },
        };
        if !areas.contains(&area) {
            areas.push(area);
        }
    }
    let units: HashMap<String, String> = Table::read(dir, "units.csv")?
        .rows
        .into_iter()
        .map(|(_, row)| (col(&row, "id"), col(&row, "name")))
        .collect();
    for (line, row) in Table::read(dir, "service_capacity.csv")?.rows {
        if let Some(s) = owner("service_capacity.csv", line, &row) {
            ds.services[s].details.capacities.push(RawCapacity {
                available: col(&row, "available"),
                maximum: col(&row, "maximum"),
                unit: units
                    .get(&col(&row, "unit_id"))
                    .cloned()
                    .unwrap_or_default(),
                description: col(&row, "description"),
                updated: col(&row, "updated"),
            });
        }
    }
    Ok(())
}
