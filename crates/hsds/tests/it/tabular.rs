//! The HSDS 3.1 tabular export: every table has the official columns, every CSV's header is
//! its schema's fields, rows link to their parents, and the data package reads back.

use std::collections::HashSet;

use vecino_core::Topic;
use vecino_hsds::tabular::{TABLES, datapackage, tables};
use vecino_hsds::{Format, export, read};

use crate::depth::{everything, schema31};
use crate::{fixture, options};

#[test]
fn every_table_has_the_columns_of_the_official_3_1_schema() {
    for t in TABLES {
        let Some(schema) = schema31(&format!("{}.json", t.name)) else {
            return;
        };
        // (serde_json reads objects sorted, so the columns are compared as sets; their order is
        // the schema file's.)
        let mut official: Vec<&str> = schema["properties"]
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, v)| !matches!(v["type"].as_str(), Some("array" | "object") | None))
            .map(|(k, _)| k.as_str())
            .collect();
        let mut ours: Vec<&str> = t.fields.iter().map(|f| f.0).collect();
        official.sort_unstable();
        ours.sort_unstable();
        assert_eq!(ours, official, "{}", t.name);
    }
}

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn every_csv_header_is_its_schema_and_rows_link_to_their_parents() {
    let (Some((org, s)), Some(dc)) = (
        everything(),
        fixture("realdata/sarapis-orservices-dc/public/HSDS"),
    ) else {
        return;
    };
    let dc = read(
        &dc,
        Format::Datapackage,
        &options("orservices", "https://github.com/sarapis/orservices"),
    )
    .unwrap();
    let mut orgs = dc.organizations.clone();
    orgs.push(org);
    let mut services = dc.services.clone();
    services.push(s.clone());
    let out = export::directory(&orgs, &services, &[], &[]);
    let files = tables(&out);
    let package = datapackage();
    let resources = package["resources"].as_array().unwrap();
    assert_eq!(files.len(), resources.len());
    let mut by_path = std::collections::HashMap::new();
    for ((path, text), resource) in files.iter().zip(resources) {
        assert_eq!(resource["path"], *path);
        let fields: Vec<&str> = resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        let rows = csv_rows(text);
        assert_eq!(rows[0], fields, "{path}: the header is the schema's fields");
        let mut ids = HashSet::new();
        for row in &rows[1..] {
            assert_eq!(row.len(), fields.len(), "{path}");
            assert!(ids.insert(row[0].clone()), "{path}: id {} twice", row[0]);
        }
        by_path.insert(*path, rows);
    }
    let col = |path: &str, name: &str| -> Vec<String> {
        let rows = &by_path[path];
        let i = rows[0].iter().position(|h| h == name).unwrap();
        rows[1..].iter().map(|r| r[i].clone()).collect()
    };
    assert_eq!(col("services.csv", "id").len(), services.len());
    assert_eq!(col("organizations.csv", "id").len(), orgs.len());
    let service_ids: HashSet<String> = col("services.csv", "id").into_iter().collect();
    // Every phone names its service or organization; every capacity its unit.
    let phones = by_path["phones.csv"].len() - 1;
    let owned = col("phones.csv", "service_id")
        .iter()
        .zip(col("phones.csv", "organization_id"))
        .filter(|(s, o)| service_ids.contains(*s) || !o.is_empty())
        .count();
    assert_eq!(owned, phones);
    let units: HashSet<String> = col("units.csv", "id").into_iter().collect();
    assert!(
        col("service_capacity.csv", "unit_id")
            .iter()
            .all(|u| units.contains(u))
    );
    assert!(
        col("locations.csv", "organization_id")
            .iter()
            .all(|o| !o.is_empty())
    );
    assert!(
        col("services.csv", "status").contains(&"temporarily closed".to_owned()),
        "3.1's status spelling"
    );
    assert_eq!(col("taxonomy_terms.csv", "id").len(), Topic::ALL.len());

    // The package reads back as HSDS with the details it carries.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("datapackage.json"),
        serde_json::to_vec_pretty(&package).unwrap(),
    )
    .unwrap();
    for (path, text) in &files {
        std::fs::write(dir.path().join(path), text).unwrap();
    }
    let mut opts = options("A 211", "https://211.example.org/feed");
    opts.timezone = Some("America/Los_Angeles".into());
    let back = read(dir.path(), Format::Datapackage, &opts).unwrap();
    assert_eq!(back.services.len(), services.len(), "{}", back.report);
    let got = back.services.iter().find(|b| b.id == s.id).unwrap();
    let (d, want) = (&got.details, &s.details);
    assert_eq!(
        d.eligibility.as_ref().unwrap().source_text(),
        want.eligibility.as_ref().unwrap().source_text()
    );
    assert_eq!(d.cost_options, want.cost_options);
    assert_eq!(d.capacity, want.capacity);
    assert_eq!(d.additional_urls, want.additional_urls);
    assert_eq!(d.service_areas, want.service_areas);
    // A place's own areas: `service_areas.csv` rows naming its `service_at_location_id`.
    assert_eq!(got.locations[0].service_areas, s.locations[0].service_areas);
    assert_eq!(d.program, want.program);
    assert_eq!(d.assured, want.assured);
    assert_eq!(d.documents.len(), 1);
    assert_eq!(got.phones.len(), s.phones.len());
    assert_eq!(got.phones[0].languages(), s.phones[0].languages());
    assert_eq!(got.status, s.status);
}
