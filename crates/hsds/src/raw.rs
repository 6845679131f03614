//! What the readers produce: the records of any supported format in HSDS 3 terms, as text,
//! before anything is interpreted. `map` turns them into core types and reports what it
//! could not read.

use std::collections::HashMap;

use serde_json::Value;

use crate::report::Origin;

#[derive(Debug, Default)]
pub(crate) struct Dataset {
    pub organizations: Vec<RawOrganization>,
    pub services: Vec<RawService>,
    /// Places by their id in the source.
    pub locations: HashMap<String, RawLocation>,
    /// Taxonomy terms by their id in the source.
    pub terms: HashMap<String, RawTerm>,
    /// Vecino's own records (guides, events) from a Vecino profile export, as JSON.
    pub guides: Vec<(Origin, Value)>,
    pub events: Vec<(Origin, Value)>,
    /// Records read but not imported, and why.
    pub ignored: Vec<(Origin, &'static str)>,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct RawOrganization {
    pub at: Origin,
    pub id: String,
    pub name: String,
    pub description: String,
    pub url: String,
    pub email: String,
    pub phones: Vec<RawPhone>,
    /// Vecino's profile extension, when the data came from Vecino.
    pub vecino: Option<Value>,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct RawPhone {
    pub at: Origin,
    pub number: String,
    pub extension: String,
    pub kind: String,
    pub description: String,
    /// Languages the line is answered in (free text or codes).
    pub languages: String,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct RawLanguage {
    pub at: Origin,
    pub name: String,
    pub code: String,
    pub note: String,
}

/// One row of hours, in whichever columns the source put them.
#[derive(Debug, Default, Clone)]
pub(crate) struct RawSchedule {
    pub at: Origin,
    /// RFC 5545 `byday` (`MO,TU`) or a weekday name or range (`Monday - Friday`).
    pub days: String,
    pub opens_at: String,
    pub closes_at: String,
    pub freq: String,
    /// A dated exception (Ohana's holiday schedules): first and last date.
    pub start_date: String,
    pub end_date: String,
    pub closed: Option<bool>,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct RawPlace {
    pub at: Origin,
    pub id: String,
    pub location_id: String,
    pub schedules: Vec<RawSchedule>,
    /// The areas served from this place (3.1 `service_at_location.service_areas`): name and
    /// description.
    pub areas: Vec<(String, String)>,
    pub vecino: Option<Value>,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct RawService {
    pub at: Origin,
    pub id: String,
    pub organization_id: String,
    pub name: String,
    pub description: String,
    pub url: String,
    pub email: String,
    pub status: String,
    pub fees: String,
    pub phones: Vec<RawPhone>,
    /// Structured language rows (HSDS `language`).
    pub languages: Vec<RawLanguage>,
    /// Free-text lists of languages (`Spanish, Tagalog`), each with the column it came from.
    pub language_lists: Vec<(String, String)>,
    /// Prose that may name languages staff speak (`Free. English, Spanish.`), by column.
    pub language_prose: Vec<(String, String)>,
    /// Free text about interpretation (`Interpretation services are available in Urdu`).
    pub interpretation: String,
    pub schedules: Vec<RawSchedule>,
    /// Ids of taxonomy terms (looked up in `Dataset::terms`).
    pub term_ids: Vec<String>,
    /// Terms given inline.
    pub terms: Vec<RawTerm>,
    pub places: Vec<RawPlace>,
    /// The HSDS 3.1 depth: eligibility, prices, documents, how to apply…
    pub details: RawDetails,
    pub vecino: Option<Value>,
}

/// A service's HSDS 3.1 details as the source wrote them.
#[derive(Debug, Default, Clone)]
pub(crate) struct RawDetails {
    pub eligibility: String,
    pub minimum_age: String,
    pub maximum_age: String,
    pub application_process: String,
    pub alert: String,
    /// The source's own verification date (HSDS `assured_date`, Ohana's and iCarol's verified
    /// dates) and who gave it.
    pub assured_date: String,
    pub assurer_email: String,
    pub program: Option<(String, String)>,
    pub cost_options: Vec<RawCostOption>,
    /// Documents to bring, each with its web address (may be empty).
    pub documents: Vec<(String, String)>,
    /// Other web pages: label and address.
    pub urls: Vec<(String, String)>,
    /// Areas served: name and description.
    pub areas: Vec<(String, String)>,
    pub capacities: Vec<RawCapacity>,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct RawCostOption {
    pub option: String,
    pub amount: String,
    pub currency: String,
    pub amount_description: String,
    pub valid_from: String,
    pub valid_to: String,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct RawCapacity {
    pub available: String,
    pub maximum: String,
    pub unit: String,
    pub description: String,
    pub updated: String,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct RawAddress {
    pub address_1: String,
    pub address_2: String,
    pub city: String,
    pub state_province: String,
    pub postal_code: String,
    pub country: String,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct RawLocation {
    pub at: Origin,
    pub id: String,
    pub organization_id: String,
    pub name: String,
    pub latitude: String,
    pub longitude: String,
    pub address: Option<RawAddress>,
    pub accessibility: Vec<String>,
    pub schedules: Vec<RawSchedule>,
    /// Free-text languages spoken at the place (Ohana).
    pub languages: String,
    pub phones: Vec<RawPhone>,
    pub vecino: Option<Value>,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct RawTerm {
    pub code: String,
    pub name: String,
    pub taxonomy: String,
}

/// A CSV table read whole: rows as column → value, with their line numbers.
pub(crate) struct Table {
    pub name: String,
    /// The header's column names (empty for a missing file).
    pub headers: Vec<String>,
    pub rows: Vec<(u64, HashMap<String, String>)>,
}

impl Table {
    /// Reads `path`; a missing file is an empty table.
    pub(crate) fn read(dir: &std::path::Path, name: &str) -> crate::Result<Table> {
        let path = dir.join(name);
        let mut rows = Vec::new();
        let mut columns = Vec::new();
        if path.exists() {
            let (text, _) = crate::text::open(&path)
                .map_err(|e| crate::Error::Io(path.display().to_string(), e))?;
            let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text);
            let headers: Vec<String> = reader
                .headers()
                .map_err(|e| crate::Error::Csv(path.display().to_string(), e))?
                .iter()
                .map(|h| h.trim().trim_start_matches('\u{feff}').to_owned())
                .collect();
            columns.clone_from(&headers);
            for record in reader.records() {
                let record =
                    record.map_err(|e| crate::Error::Csv(path.display().to_string(), e))?;
                let line = record.position().map_or(0, |p| p.line());
                let row = headers
                    .iter()
                    .zip(record.iter())
                    .map(|(h, v)| (h.clone(), v.trim().to_owned()))
                    .collect();
                rows.push((line, row));
            }
        }
        Ok(Table {
            name: name.to_owned(),
            headers: columns,
            rows,
        })
    }
}

/// A column's value, empty when absent.
pub(crate) fn col(row: &HashMap<String, String>, name: &str) -> String {
    row.get(name).cloned().unwrap_or_default()
}

/// A JSON value as text: strings as they are, numbers printed, anything else empty.
pub(crate) fn text(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}
