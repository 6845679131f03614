//! HSDS 3.1's tabular form: the directory as a Frictionless Data Package (a
//! `datapackage.json` and one CSV per HSDS table), for 211s and spreadsheets that read CSV.
//! Rows are the fully nested JSON export ([`crate::export`]) flattened table by table, each
//! child linked to its parent by id, so the two forms never disagree. Text is in the language
//! it was written in; translations, trust and the safety facts live only in the JSON export's
//! profile. Must never write a column HSDS 3.1 does not define, nor a row twice.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value, json};

use crate::export::Export;

/// One HSDS table: its name, file and columns (name, Frictionless type, format).
pub struct Table {
    pub name: &'static str,
    pub path: &'static str,
    pub fields: &'static [(&'static str, &'static str, Option<&'static str>)],
}

/// Every HSDS 3.1 table, with the columns of the official per-object schemas
/// (`schema/<name>.json`, one-to-many fields left out), in their order.
pub const TABLES: &[Table] = &[
    Table {
        name: "organization",
        path: "organizations.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("name", "string", None),
            ("alternate_name", "string", None),
            ("description", "string", None),
            ("email", "string", Some("email")),
            ("website", "string", Some("uri")),
            ("tax_status", "string", None),
            ("tax_id", "string", None),
            ("year_incorporated", "number", None),
            ("legal_status", "string", None),
            ("logo", "string", None),
            ("uri", "string", Some("uri")),
            ("parent_organization_id", "string", Some("uuid")),
        ],
    },
    Table {
        name: "program",
        path: "programs.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("organization_id", "string", Some("uuid")),
            ("name", "string", None),
            ("alternate_name", "string", None),
            ("description", "string", None),
        ],
    },
    Table {
        name: "service",
        path: "services.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("organization_id", "string", Some("uuid")),
            ("program_id", "string", Some("uuid")),
            ("name", "string", None),
            ("alternate_name", "string", None),
            ("description", "string", None),
            ("url", "string", Some("uri")),
            ("email", "string", Some("email")),
            ("status", "string", None),
            ("interpretation_services", "string", None),
            ("application_process", "string", None),
            ("fees_description", "string", None),
            ("wait_time", "string", None),
            ("fees", "string", None),
            ("accreditations", "string", None),
            ("eligibility_description", "string", None),
            ("minimum_age", "number", None),
            ("maximum_age", "number", None),
            ("assured_date", "string", None),
            ("assurer_email", "string", Some("email")),
            ("licenses", "string", None),
            ("alert", "string", None),
            ("last_modified", "string", None),
        ],
    },
    Table {
        name: "service_at_location",
        path: "service_at_location.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("service_id", "string", Some("uuid")),
            ("location_id", "string", Some("uuid")),
            ("description", "string", None),
        ],
    },
    Table {
        name: "location",
        path: "locations.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("location_type", "string", None),
            ("url", "string", Some("uri")),
            ("organization_id", "string", Some("uuid")),
            ("name", "string", None),
            ("alternate_name", "string", None),
            ("description", "string", None),
            ("transportation", "string", None),
            ("latitude", "number", None),
            ("longitude", "number", None),
            ("external_identifier", "string", None),
            ("external_identifier_type", "string", None),
        ],
    },
    Table {
        name: "address",
        path: "addresses.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("location_id", "string", Some("uuid")),
            ("attention", "string", None),
            ("address_1", "string", None),
            ("address_2", "string", None),
            ("city", "string", None),
            ("region", "string", None),
            ("state_province", "string", None),
            ("postal_code", "string", None),
            ("country", "string", None),
            ("address_type", "string", None),
        ],
    },
    Table {
        name: "phone",
        path: "phones.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("location_id", "string", Some("uuid")),
            ("service_id", "string", Some("uuid")),
            ("organization_id", "string", Some("uuid")),
            ("contact_id", "string", Some("uuid")),
            ("service_at_location_id", "string", Some("uuid")),
            ("number", "string", None),
            ("extension", "number", None),
            ("type", "string", None),
            ("description", "string", None),
        ],
    },
    Table {
        name: "schedule",
        path: "schedules.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("service_id", "string", Some("uuid")),
            ("location_id", "string", Some("uuid")),
            ("service_at_location_id", "string", Some("uuid")),
            ("valid_from", "string", None),
            ("valid_to", "string", None),
            ("dtstart", "string", None),
            ("timezone", "number", None),
            ("until", "string", None),
            ("count", "number", None),
            ("wkst", "string", None),
            ("freq", "string", None),
            ("interval", "number", None),
            ("byday", "string", None),
            ("byweekno", "string", None),
            ("bymonthday", "string", None),
            ("byyearday", "string", None),
            ("description", "string", None),
            ("opens_at", "string", None),
            ("closes_at", "string", None),
            ("schedule_link", "string", Some("uri")),
            ("attending_type", "string", None),
            ("notes", "string", None),
        ],
    },
    Table {
        name: "language",
        path: "languages.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("service_id", "string", Some("uuid")),
            ("location_id", "string", Some("uuid")),
            ("phone_id", "string", Some("uuid")),
            ("name", "string", None),
            ("code", "string", None),
            ("note", "string", None),
        ],
    },
    Table {
        name: "accessibility",
        path: "accessibility.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("location_id", "string", Some("uuid")),
            ("description", "string", None),
            ("details", "string", None),
            ("url", "string", Some("uri")),
        ],
    },
    Table {
        name: "service_area",
        path: "service_areas.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("service_id", "string", Some("uuid")),
            ("service_at_location_id", "string", Some("uuid")),
            ("name", "string", None),
            ("description", "string", None),
            ("extent", "string", None),
            ("extent_type", "string", None),
            ("uri", "string", None),
        ],
    },
    Table {
        name: "cost_option",
        path: "cost_options.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("service_id", "string", Some("uuid")),
            ("valid_from", "string", None),
            ("valid_to", "string", None),
            ("option", "string", None),
            ("currency", "string", None),
            ("amount", "number", None),
            ("amount_description", "string", None),
        ],
    },
    Table {
        name: "required_document",
        path: "required_documents.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("service_id", "string", Some("uuid")),
            ("document", "string", None),
            ("uri", "string", Some("uri")),
        ],
    },
    Table {
        name: "url",
        path: "url.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("label", "string", None),
            ("url", "string", Some("uri")),
            ("organization_id", "string", Some("uuid")),
            ("service_id", "string", Some("uuid")),
        ],
    },
    Table {
        name: "service_capacity",
        path: "service_capacity.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("service_id", "string", Some("uuid")),
            ("unit_id", "string", Some("uuid")),
            ("available", "number", None),
            ("maximum", "number", None),
            ("description", "string", None),
            ("updated", "string", None),
        ],
    },
    Table {
        name: "unit",
        path: "units.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("name", "string", None),
            ("scheme", "string", None),
            ("identifier", "string", None),
            ("uri", "string", Some("uri")),
        ],
    },
    Table {
        name: "attribute",
        path: "attributes.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("link_id", "string", Some("uuid")),
            ("taxonomy_term_id", "string", Some("uuid")),
            ("link_type", "string", None),
            ("link_entity", "string", None),
            ("value", "string", None),
            ("label", "string", None),
        ],
    },
    Table {
        name: "taxonomy_term",
        path: "taxonomy_terms.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("code", "string", None),
            ("name", "string", None),
            ("description", "string", None),
            ("parent_id", "string", Some("uuid")),
            ("taxonomy", "string", None),
            ("language", "string", None),
            ("taxonomy_id", "string", Some("uuid")),
            ("term_uri", "string", Some("uri")),
        ],
    },
    Table {
        name: "taxonomy",
        path: "taxonomies.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("name", "string", None),
            ("description", "string", None),
            ("uri", "string", Some("uri")),
            ("version", "string", None),
        ],
    },
    Table {
        name: "contact",
        path: "contacts.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("organization_id", "string", Some("uuid")),
            ("service_id", "string", Some("uuid")),
            ("service_at_location_id", "string", Some("uuid")),
            ("location_id", "string", Some("uuid")),
            ("name", "string", None),
            ("title", "string", None),
            ("department", "string", None),
            ("email", "string", Some("email")),
        ],
    },
    Table {
        name: "funding",
        path: "funding.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("organization_id", "string", Some("uuid")),
            ("service_id", "string", Some("uuid")),
            ("source", "string", None),
        ],
    },
    Table {
        name: "organization_identifier",
        path: "organization_identifiers.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("organization_id", "string", Some("uuid")),
            ("identifier_scheme", "string", None),
            ("identifier_type", "string", None),
            ("identifier", "string", None),
        ],
    },
    Table {
        name: "metadata",
        path: "metadata.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("resource_id", "string", Some("uuid")),
            ("resource_type", "string", None),
            ("last_action_date", "string", None),
            ("last_action_type", "string", None),
            ("field_name", "string", None),
            ("previous_value", "string", None),
            ("replacement_value", "string", None),
            ("updated_by", "string", None),
        ],
    },
    Table {
        name: "meta_table_description",
        path: "meta_table_descriptions.csv",
        fields: &[
            ("id", "string", Some("uuid")),
            ("name", "string", None),
            ("language", "string", None),
            ("character_set", "string", None),
        ],
    },
];

/// The table a key of the nested JSON holds.
fn table_of(key: &str) -> Option<&'static str> {
    Some(match key {
        "services" => "service",
        "phones" => "phone",
        "schedules" => "schedule",
        "service_at_locations" => "service_at_location",
        "location" => "location",
        "addresses" => "address",
        "accessibility" => "accessibility",
        "languages" => "language",
        "attributes" => "attribute",
        "taxonomy_term" => "taxonomy_term",
        "taxonomy_detail" => "taxonomy",
        "cost_options" => "cost_option",
        "required_documents" => "required_document",
        "program" => "program",
        "additional_urls" => "url",
        "service_areas" => "service_area",
        "capacities" => "service_capacity",
        "unit" => "unit",
        _ => return None,
    })
}

fn table(name: &str) -> &'static Table {
    TABLES
        .iter()
        .find(|t| t.name == name)
        .expect("every table the export writes is defined")
}

/// The data package's descriptor: every table as a tabular data resource with its schema.
pub fn datapackage() -> Value {
    let resources: Vec<Value> = TABLES
        .iter()
        .map(|t| {
            let fields: Vec<Value> = t
                .fields
                .iter()
                .map(|(name, kind, format)| {
                    let mut field = json!({"name": name, "type": kind});
                    if let Some(format) = format {
                        field["format"] = json!(format);
                    }
                    field
                })
                .collect();
            json!({
                "name": t.name,
                "path": t.path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": fields, "primaryKey": ["id"]},
            })
        })
        .collect();
    json!({
        "name": "vecino-hsds",
        "title": "Vecino directory as Open Referral HSDS 3.1",
        "profile": "tabular-data-package",
        "licenses": [{
            "name": "CC-BY-SA-4.0",
            "path": "https://creativecommons.org/licenses/by-sa/4.0/",
            "title": "HSDS: Human Services Data Specification, an Open Referral resource (https://openreferral.org/)"
        }],
        "resources": resources,
    })
}

#[derive(Default)]
struct Rows {
    tables: HashMap<&'static str, Vec<Vec<String>>>,
    seen: HashSet<(&'static str, String)>,
}

fn cell(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

impl Rows {
    /// Adds `record` to `name` (once per id) and walks into its nested records. `parents`
    /// are the records above it, nearest last, by table.
    fn add(
        &mut self,
        name: &'static str,
        record: &Map<String, Value>,
        parents: &[(&str, &Map<String, Value>)],
    ) {
        let t = table(name);
        let id = cell(record.get("id"));
        if self.seen.insert((name, id)) {
            let row = t
                .fields
                .iter()
                .map(|(field, _, _)| {
                    let own = cell(record.get(*field));
                    if !own.is_empty() {
                        return own;
                    }
                    // A child names its parent (`service_id` of a phone in a service).
                    if let Some((parent, p)) = parents.last()
                        && *field == format!("{parent}_id")
                    {
                        return cell(p.get("id"));
                    }
                    // A place belongs to the organization of the service offered there.
                    if name == "location" && *field == "organization_id" {
                        return parents
                            .iter()
                            .rev()
                            .find(|(n, _)| *n == "service")
                            .map(|(_, s)| cell(s.get("organization_id")))
                            .unwrap_or_default();
                    }
                    String::new()
                })
                .collect();
            self.tables.entry(name).or_default().push(row);
        }
        let mut below = parents.to_vec();
        below.push((name, record));
        for (key, value) in record {
            let Some(child) = table_of(key) else { continue };
            match value {
                Value::Object(map) => self.add(child, map, &below),
                Value::Array(items) => {
                    for item in items.iter().filter_map(Value::as_object) {
                        self.add(child, item, &below);
                    }
                }
                _ => {}
            }
        }
    }
}

/// The export as CSV files, by path, every table included (a table Vecino has no rows for is
/// its header alone).
pub fn tables(export: &Export) -> Vec<(&'static str, String)> {
    let mut rows = Rows::default();
    for org in export.organizations.as_array().into_iter().flatten() {
        if let Some(org) = org.as_object() {
            rows.add("organization", org, &[]);
        }
    }
    for term in export.taxonomy_terms.as_array().into_iter().flatten() {
        if let Some(term) = term.as_object() {
            rows.add("taxonomy_term", term, &[]);
        }
    }
    TABLES
        .iter()
        .map(|t| {
            let mut out = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(Vec::new());
            out.write_record(t.fields.iter().map(|(name, _, _)| *name))
                .expect("writing to memory");
            for row in rows.tables.get(t.name).into_iter().flatten() {
                out.write_record(row).expect("writing to memory");
            }
            let bytes = out.into_inner().expect("writing to memory");
            (
                t.path,
                String::from_utf8(bytes).expect("UTF-8 in, UTF-8 out"),
            )
        })
        .collect()
}
