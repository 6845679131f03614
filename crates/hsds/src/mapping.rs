//! Import by a mapping file: a TOML file says which CSV file holds which record kind, how rows
//! link, which column goes to which field and how to transform it; the engine turns the rows
//! into the same raw records the built-in readers produce, so `map`, its free-text parsers
//! (hours, phones, languages) and its report apply unchanged. The mapping is checked whole
//! (unknown keys, fields, transforms, links, columns) before any data row is read, and every
//! error names the mapping file's line. It only cuts text into the raw records' pieces (list
//! items; free-text hours into days and times); reading values is `map`'s job. It never guesses
//! a column the mapping does not name.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::raw::{
    Dataset, RawAddress, RawLocation, RawOrganization, RawPhone, RawPlace, RawSchedule, RawService,
    Table,
};
use crate::report::{Origin, Report};
use crate::{Error, Import, ImportOptions, Result};

/// The record kinds a file can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Organization,
    Service,
    Location,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        match s {
            "organization" => Some(Kind::Organization),
            "service" => Some(Kind::Service),
            "location" => Some(Kind::Location),
            _ => None,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Service => "service",
            Kind::Location => "location",
        }
    }

    /// The fields a record of this kind takes, and whether each is a list.
    fn fields(self) -> &'static [(&'static str, bool)] {
        match self {
            Kind::Organization => &[
                ("name", false),
                ("description", false),
                ("url", false),
                ("email", false),
                ("phones", true),
            ],
            Kind::Service => &[
                ("name", false),
                ("description", false),
                ("url", false),
                ("email", false),
                ("phones", true),
                ("hours", false),
                ("languages", true),
                ("eligibility", false),
                ("fees", false),
                ("application_process", false),
                ("documents", true),
                ("alert", false),
                ("verified_on", false),
                ("status", false),
            ],
            Kind::Location => &[
                ("name", false),
                ("address_1", false),
                ("address_2", false),
                ("city", false),
                ("state", false),
                ("postal_code", false),
                ("country", false),
                ("latitude", false),
                ("longitude", false),
                ("phones", true),
                ("hours", false),
                ("languages", true),
                ("accessibility", true),
            ],
        }
    }

    /// The links a record of this kind may have, and the kind each points to.
    fn links(self) -> &'static [(&'static str, Kind)] {
        match self {
            Kind::Organization => &[],
            Kind::Service => &[
                ("organization", Kind::Organization),
                ("location", Kind::Location),
            ],
            Kind::Location => &[("organization", Kind::Organization)],
        }
    }
}

// The file as written (serde), with spans for line numbers.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    version: Spanned<u32>,
    files: BTreeMap<Spanned<String>, Spanned<EntryToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryToml {
    path: Option<Spanned<String>>,
    kind: Spanned<String>,
    id: Spanned<String>,
    only: Option<Spanned<FilterToml>>,
    #[serde(default)]
    links: BTreeMap<Spanned<String>, Spanned<LinkToml>>,
    #[serde(default)]
    fields: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FilterToml {
    column: Spanned<String>,
    equals: OneOrMany,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LinkToml {
    file: Spanned<String>,
    column: Spanned<String>,
}

// The mapping once checked.

/// How a field's value is made from a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transform {
    /// One column as it is.
    Column(String),
    /// The non-empty columns joined with a separator.
    Join { columns: Vec<String>, with: String },
    /// The same text for every row.
    Constant(String),
    /// One column split into a list on any of several separators.
    Split { column: String, on: Vec<String> },
}

impl Transform {
    fn columns(&self) -> Vec<&str> {
        match self {
            Transform::Column(c) | Transform::Split { column: c, .. } => vec![c.as_str()],
            Transform::Join { columns, .. } => columns.iter().map(String::as_str).collect(),
            Transform::Constant(_) => Vec::new(),
        }
    }

    /// The values of the field in `row` (empty ones left out).
    fn apply(&self, row: &HashMap<String, String>) -> Vec<String> {
        let get = |c: &str| row.get(c).map(|v| v.trim()).unwrap_or_default().to_owned();
        let values = match self {
            Transform::Column(c) => vec![get(c)],
            Transform::Constant(v) => vec![v.clone()],
            Transform::Join { columns, with } => vec![
                columns
                    .iter()
                    .map(|c| get(c))
                    .filter(|v| !v.is_empty())
                    .collect::<Vec<_>>()
                    .join(with),
            ],
            Transform::Split { column, on } => split(&get(column), on),
        };
        values.into_iter().filter(|v| !v.is_empty()).collect()
    }
}

/// `text` cut at every occurrence of any separator (`parse::split_words`: words like ` and `
/// in any case), each piece trimmed, empty ones left out.
fn split(text: &str, on: &[String]) -> Vec<String> {
    let on: Vec<String> = on
        .iter()
        .map(|s| s.to_ascii_lowercase())
        .filter(|s| !s.is_empty())
        .collect();
    let on: Vec<&str> = on.iter().map(String::as_str).collect();
    crate::parse::split_words(text, &on)
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

#[derive(Debug, Clone)]
struct Link {
    /// The column in this file holding the other record's id.
    column: String,
    /// The name of the file entry linked to.
    file: String,
}

#[derive(Debug, Clone)]
struct Entry {
    name: String,
    /// Relative to the import path; `None` reads the import path itself.
    path: Option<String>,
    kind: Kind,
    id: String,
    only: Option<(String, Vec<String>)>,
    links: BTreeMap<String, Link>,
    fields: BTreeMap<String, Transform>,
    /// The mapping file's line of each column name, for errors about missing columns.
    column_lines: Vec<(String, usize)>,
}

/// A checked mapping file.
#[derive(Debug, Clone)]
pub struct Mapping {
    /// The mapping file's name, for errors.
    name: String,
    entries: Vec<Entry>,
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .bytes()
        .filter(|b| *b == b'\n')
        .count()
        + 1
}

impl Mapping {
    /// Reads and checks the mapping file at `path`.
    pub fn load(path: &Path) -> Result<Mapping> {
        let text =
            std::fs::read_to_string(path).map_err(|e| Error::Io(path.display().to_string(), e))?;
        Mapping::parse(&path.display().to_string(), &text)
    }

    /// Checks a mapping file's text (`name` is used in errors).
    pub fn parse(name: &str, text: &str) -> Result<Mapping> {
        let err = |offset: usize, message: String| Error::Mapping {
            file: name.to_owned(),
            line: line_of(text, offset),
            message,
        };
        let file: FileToml = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            err(offset, e.message().trim().to_owned())
        })?;
        if *file.version.get_ref() != 1 {
            return Err(err(
                file.version.span().start,
                format!(
                    "mapping version {} is not known (this Vecino reads version 1)",
                    file.version.get_ref()
                ),
            ));
        }
        if file.files.is_empty() {
            return Err(err(0, "the mapping names no files ([files.NAME])".into()));
        }
        let kinds: HashMap<&str, Kind> = file
            .files
            .iter()
            .filter_map(|(n, e)| {
                Some((
                    n.get_ref().as_str(),
                    Kind::parse(e.get_ref().kind.get_ref())?,
                ))
            })
            .collect();
        let mut entries = Vec::new();
        for (entry_name, entry) in &file.files {
            let entry = entry.get_ref();
            let Some(kind) = Kind::parse(entry.kind.get_ref()) else {
                return Err(err(
                    entry.kind.span().start,
                    format!(
                        "unknown kind {:?}: organization, service or location",
                        entry.kind.get_ref()
                    ),
                ));
            };
            let mut column_lines = vec![(
                entry.id.get_ref().clone(),
                line_of(text, entry.id.span().start),
            )];
            let only = match &entry.only {
                None => None,
                Some(f) => {
                    let f = f.get_ref();
                    column_lines.push((
                        f.column.get_ref().clone(),
                        line_of(text, f.column.span().start),
                    ));
                    let values = match &f.equals {
                        OneOrMany::One(v) => vec![v.clone()],
                        OneOrMany::Many(v) => v.clone(),
                    };
                    Some((f.column.get_ref().clone(), values))
                }
            };
            let mut links = BTreeMap::new();
            for (link_name, link) in &entry.links {
                let Some((_, target_kind)) =
                    kind.links().iter().find(|(n, _)| n == link_name.get_ref())
                else {
                    return Err(err(
                        link_name.span().start,
                        format!(
                            "a {} cannot link to {:?} (it links to: {})",
                            kind.as_str(),
                            link_name.get_ref(),
                            names(kind.links().iter().map(|(n, _)| *n))
                        ),
                    ));
                };
                let link = link.get_ref();
                match kinds.get(link.file.get_ref().as_str()) {
                    None => {
                        return Err(err(
                            link.file.span().start,
                            format!(
                                "links to the file {:?}, which the mapping does not define",
                                link.file.get_ref()
                            ),
                        ));
                    }
                    Some(k) if k != target_kind => {
                        return Err(err(
                            link.file.span().start,
                            format!(
                                "the link {:?} must point to a file of {} records; {:?} holds {} records",
                                link_name.get_ref(),
                                target_kind.as_str(),
                                link.file.get_ref(),
                                k.as_str()
                            ),
                        ));
                    }
                    Some(_) => {}
                }
                column_lines.push((
                    link.column.get_ref().clone(),
                    line_of(text, link.column.span().start),
                ));
                links.insert(
                    link_name.get_ref().clone(),
                    Link {
                        column: link.column.get_ref().clone(),
                        file: link.file.get_ref().clone(),
                    },
                );
            }
            let mut fields = BTreeMap::new();
            for (field, value) in &entry.fields {
                let Some((_, is_list)) = kind.fields().iter().find(|(n, _)| n == field.get_ref())
                else {
                    return Err(err(
                        field.span().start,
                        format!(
                            "unknown field {:?} for a {} (fields: {})",
                            field.get_ref(),
                            kind.as_str(),
                            names(kind.fields().iter().map(|(n, _)| *n))
                        ),
                    ));
                };
                let at = value.span().start;
                let transform = transform(value.get_ref()).map_err(|m| err(at, m))?;
                if matches!(transform, Transform::Split { .. }) && !is_list {
                    return Err(err(
                        at,
                        format!(
                            "{:?} takes one value: split only makes lists (phones, languages, documents, accessibility)",
                            field.get_ref()
                        ),
                    ));
                }
                for c in transform.columns() {
                    column_lines.push((c.to_owned(), line_of(text, at)));
                }
                fields.insert(field.get_ref().clone(), transform);
            }
            if !fields.contains_key("name") {
                return Err(err(
                    entry_name.span().start,
                    format!(
                        "the file {:?} maps no column to \"name\" (every record needs one)",
                        entry_name.get_ref()
                    ),
                ));
            }
            entries.push(Entry {
                name: entry_name.get_ref().clone(),
                path: entry.path.as_ref().map(|p| p.get_ref().clone()),
                kind,
                id: entry.id.get_ref().clone(),
                only,
                links,
                fields,
                column_lines,
            });
        }
        Ok(Mapping {
            name: name.to_owned(),
            entries,
        })
    }
}

fn names<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.collect::<Vec<_>>().join(", ")
}

/// A field's value in the mapping file: a column name, or a table naming one transform.
fn transform(value: &toml::Value) -> std::result::Result<Transform, String> {
    let strings = |v: &toml::Value, key: &str| -> std::result::Result<Vec<String>, String> {
        v.as_array()
            .and_then(|a| {
                a.iter()
                    .map(|x| x.as_str().map(str::to_owned))
                    .collect::<Option<Vec<_>>>()
            })
            .filter(|a| !a.is_empty())
            .ok_or_else(|| format!("{key} takes a list of texts"))
    };
    let string = |v: &toml::Value, key: &str| -> std::result::Result<String, String> {
        v.as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("{key} takes a text"))
    };
    let table = match value {
        toml::Value::String(column) => return Ok(Transform::Column(column.clone())),
        toml::Value::Table(t) => t,
        _ => {
            return Err(
                "a field takes a column name or a transform ({ column = .. }, { join = [..] }, { constant = .. }, { split = .., on = [..] })"
                    .into(),
            );
        }
    };
    const TRANSFORMS: &str = "column, join, constant, split";
    let chosen: Vec<&str> = table
        .keys()
        .map(String::as_str)
        .filter(|k| !matches!(*k, "with" | "on"))
        .collect();
    for key in table.keys() {
        if !matches!(
            key.as_str(),
            "column" | "join" | "constant" | "split" | "with" | "on"
        ) {
            return Err(format!(
                "unknown transform {key:?} (transforms: {TRANSFORMS})"
            ));
        }
    }
    let [only] = chosen.as_slice() else {
        return Err(format!(
            "a field takes exactly one transform ({TRANSFORMS})"
        ));
    };
    let allowed_extra = match *only {
        "join" => "with",
        "split" => "on",
        _ => "",
    };
    for extra in ["with", "on"] {
        if table.contains_key(extra) && extra != allowed_extra {
            return Err(format!("{extra:?} does not go with {only:?}"));
        }
    }
    match *only {
        "column" => Ok(Transform::Column(string(&table["column"], "column")?)),
        "constant" => Ok(Transform::Constant(string(&table["constant"], "constant")?)),
        "join" => Ok(Transform::Join {
            columns: strings(&table["join"], "join")?,
            with: match table.get("with") {
                Some(v) => string(v, "with")?,
                None => " ".into(),
            },
        }),
        _ => Ok(Transform::Split {
            column: string(&table["split"], "split")?,
            on: match table.get("on") {
                Some(v) => strings(v, "on")?,
                None => return Err("split needs the separators: on = [\",\", \";\"]".into()),
            },
        }),
    }
}

/// Free-text hours (`Mon-Fri 9:00 AM - 5:00 PM; Sat 10am-2pm`) as schedule rows: days before
/// the first digit, opening and closing times around the dash. The rows are read (or
/// reported) by `map` like any other source's.
fn hours(at: &Origin, text: &str) -> Vec<RawSchedule> {
    text.split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|segment| {
            let cut = segment
                .find(|c: char| c.is_ascii_digit())
                .unwrap_or(segment.len());
            let (days, times) = segment.split_at(cut);
            let days = days.trim().trim_end_matches([':', ',']).trim();
            let (opens, closes) = if times.to_lowercase().starts_with("24 hours") {
                (times.trim().to_owned(), String::new())
            } else {
                let times = times.replace(['–', '—'], "-").replace(" to ", "-");
                match times.split_once('-') {
                    Some((o, c)) => (o.trim().to_owned(), c.trim().to_owned()),
                    None => (times.trim().to_owned(), String::new()),
                }
            };
            RawSchedule {
                at: at.clone(),
                days: days.to_owned(),
                opens_at: opens,
                closes_at: closes,
                ..RawSchedule::default()
            }
        })
        .collect()
}

/// Reads the data at `path` (a directory, or the one file the mapping's path-less entries
/// read) by `mapping`, then maps it like any other format.
pub fn read(path: &Path, mapping: &Mapping, options: &ImportOptions) -> Result<Import> {
    let mut tables: HashMap<PathBuf, Table> = HashMap::new();
    let dir = if path.is_file() {
        path.parent().unwrap_or(Path::new(".")).to_path_buf()
    } else {
        path.to_path_buf()
    };
    // Every file's header, before any row is used.
    for entry in &mapping.entries {
        let file = match &entry.path {
            Some(p) => dir.join(p),
            None if path.is_file() => path.to_path_buf(),
            None => {
                return Err(Error::Mapping {
                    file: mapping.name.clone(),
                    line: entry.column_lines[0].1,
                    message: format!(
                        "the file {:?} gives no path, so the import path must be a file (it is a directory)",
                        entry.name
                    ),
                });
            }
        };
        if !file.is_file() {
            return Err(Error::Io(
                file.display().to_string(),
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ));
        }
        if !tables.contains_key(&file) {
            let table = Table::read(
                file.parent().unwrap_or(Path::new(".")),
                &file.file_name().unwrap_or_default().to_string_lossy(),
            )?;
            tables.insert(file.clone(), table);
        }
        let table = &tables[&file];
        if let Some((column, line)) = entry
            .column_lines
            .iter()
            .find(|(c, _)| !table.headers.iter().any(|h| h == c))
        {
            return Err(Error::Mapping {
                file: mapping.name.clone(),
                line: *line,
                message: format!(
                    "{} has no column {column:?} (its columns: {})",
                    table.name,
                    table.headers.join(", ")
                ),
            });
        }
    }
    let mut ds = Dataset::default();
    let mut report = Report::default();
    // Services by id: a service listed at several places, one row each, is one service.
    let mut services: HashMap<String, usize> = HashMap::new();
    // Locations first: services take their organization from their place when they name none.
    let mut order: Vec<&Entry> = mapping.entries.iter().collect();
    order.sort_by_key(|e| match e.kind {
        Kind::Organization => 0,
        Kind::Location => 1,
        Kind::Service => 2,
    });
    for entry in order {
        let file = match &entry.path {
            Some(p) => dir.join(p),
            None => path.to_path_buf(),
        };
        let table = &tables[&file];
        for (line, row) in &table.rows {
            if let Some((column, values)) = &entry.only {
                let value = row.get(column).map(|v| v.trim()).unwrap_or_default();
                if !values.iter().any(|v| v == value) {
                    continue;
                }
            }
            if row.get(&entry.id).is_none_or(|v| v.trim().is_empty()) {
                let at = Origin::new(&table.name, Some(*line), "");
                let name = entry.fields["name"].apply(row).join(" ");
                report.skip_record(
                    &at,
                    &entry.id,
                    &name,
                    "the row has no id, so it cannot be linked or updated by a later import",
                );
                continue;
            }
            read_row(&mut ds, &mut services, entry, &table.name, *line, row);
        }
    }
    Ok(crate::map::map(ds, options, report))
}

fn read_row(
    ds: &mut Dataset,
    services: &mut HashMap<String, usize>,
    entry: &Entry,
    table: &str,
    line: u64,
    row: &HashMap<String, String>,
) {
    let id = row.get(&entry.id).map(|v| v.trim()).unwrap_or_default();
    // Ids are kept apart by file entry, so an agency and a program with the same number
    // stay two records.
    let at = Origin::new(table, Some(line), id);
    let many = |field: &str| {
        entry
            .fields
            .get(field)
            .map(|t| t.apply(row))
            .unwrap_or_default()
    };
    let one = |field: &str| many(field).join("\n");
    let link = |name: &str| {
        entry.links.get(name).and_then(|l| {
            let v = row.get(&l.column).map(|v| v.trim()).unwrap_or_default();
            (!v.is_empty()).then(|| key(&l.file, v))
        })
    };
    let phones = |at: &Origin| {
        many("phones")
            .into_iter()
            .map(|number| RawPhone {
                at: at.clone(),
                number,
                ..RawPhone::default()
            })
            .collect::<Vec<_>>()
    };
    let own = key(&entry.name, id);
    match entry.kind {
        Kind::Organization => ds.organizations.push(RawOrganization {
            at: at.clone(),
            id: own,
            name: one("name"),
            description: one("description"),
            url: one("url"),
            email: one("email"),
            phones: phones(&at),
            vecino: None,
        }),
        Kind::Location => {
            let address = RawAddress {
                address_1: one("address_1"),
                address_2: one("address_2"),
                city: one("city"),
                state_province: one("state"),
                postal_code: one("postal_code"),
                country: one("country"),
            };
            let has_address = !(address.address_1.is_empty() && address.city.is_empty());
            ds.locations.insert(
                own.clone(),
                RawLocation {
                    at: at.clone(),
                    id: own,
                    organization_id: link("organization").unwrap_or_default(),
                    name: one("name"),
                    latitude: one("latitude"),
                    longitude: one("longitude"),
                    address: has_address.then_some(address),
                    accessibility: many("accessibility"),
                    schedules: hours(&at, &one("hours")),
                    languages: many("languages").join(", "),
                    phones: phones(&at),
                    vecino: None,
                },
            );
        }
        Kind::Service => {
            let location = link("location");
            if let Some(&i) = services.get(&own) {
                // Another row of a service already read: it adds a place, nothing else.
                let service = &mut ds.services[i];
                if let Some(l) = location
                    && !service.places.iter().any(|p| p.location_id == l)
                {
                    service.places.push(RawPlace {
                        at: at.clone(),
                        id: format!("{}@{l}", at.id),
                        location_id: l,
                        ..RawPlace::default()
                    });
                }
                return;
            }
            services.insert(own.clone(), ds.services.len());
            let organization = link("organization")
                .or_else(|| {
                    location
                        .as_ref()
                        .and_then(|l| ds.locations.get(l))
                        .map(|l| l.organization_id.clone())
                })
                .unwrap_or_default();
            let mut service = RawService {
                at: at.clone(),
                id: own,
                organization_id: organization,
                name: one("name"),
                description: one("description"),
                url: one("url"),
                email: one("email"),
                status: one("status"),
                fees: one("fees"),
                phones: phones(&at),
                schedules: hours(&at, &one("hours")),
                places: location
                    .map(|l| RawPlace {
                        at: at.clone(),
                        id: format!("{}@{l}", at.id),
                        location_id: l,
                        ..RawPlace::default()
                    })
                    .into_iter()
                    .collect(),
                ..RawService::default()
            };
            let languages = many("languages");
            if !languages.is_empty() {
                let column = entry
                    .fields
                    .get("languages")
                    .and_then(|t| t.columns().first().map(|c| (*c).to_owned()))
                    .unwrap_or_else(|| "languages".into());
                service.language_lists.push((column, languages.join(", ")));
            }
            let d = &mut service.details;
            d.eligibility = one("eligibility");
            d.application_process = one("application_process");
            d.alert = one("alert");
            d.assured_date = one("verified_on");
            d.documents = many("documents")
                .into_iter()
                .map(|doc| (doc, String::new()))
                .collect();
            ds.services.push(service);
        }
    }
}

/// A record's id in the dataset: its file entry and its id there.
fn key(entry: &str, id: &str) -> String {
    format!("{entry}/{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_cuts_on_every_separator() {
        let on = vec![",".to_owned(), ";".to_owned(), " and ".to_owned()];
        assert_eq!(
            split("Español; Tagalog, Vietnamese AND Korean", &on),
            ["Español", "Tagalog", "Vietnamese", "Korean"]
        );
    }

    #[test]
    fn free_text_hours_become_day_and_time_rows() {
        let rows = hours(
            &Origin::default(),
            "Mon-Fri: 9:00 AM - 5:00 PM; Sat 10am to 2pm",
        );
        let got: Vec<_> = rows
            .iter()
            .map(|r| (r.days.as_str(), r.opens_at.as_str(), r.closes_at.as_str()))
            .collect();
        assert_eq!(
            got,
            [("Mon-Fri", "9:00 AM", "5:00 PM"), ("Sat", "10am", "2pm")]
        );
    }
}
