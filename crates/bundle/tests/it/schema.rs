//! What `export` writes matches the JSON Schemas in `crates/bundle/schema/`, so the documented
//! format and the code cannot drift apart.

use std::path::Path;

use serde_json::Value;
use vecino_bundle::TrustState;
use vecino_bundle::verify::verify_dir;

use crate::support::{Publishing, directory, later};

fn schema(name: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(name);
    let schema: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[track_caller]
fn check(validator: &jsonschema::Validator, what: &str, instance: &Value) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{what}:\n{}", errors.join("\n"));
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn exported_files_match_the_schemas() {
    let p = Publishing::new();
    let mut dir = directory(30, 11);
    // A place that serves an area of its own (test data).
    dir.services[0].locations[0].service_areas = vec![vecino_core::ServiceArea {
        name: "Test district".into(),
        description: Some("mobile unit".into()),
    }];
    p.export(&dir, later(0));
    dir.services.remove(2);
    dir.services[4].name.set_source("Another name").unwrap();
    p.export(&dir, later(1));

    let manifest = schema("manifest.v3.schema.json");
    let keys = schema("keys.v1.schema.json");
    let signature = schema("signature.v1.schema.json");
    let delta = schema("delta.v1.schema.json");
    let records = schema("records.v2.schema.json");

    let m = json(&p.out.join("manifest.json"));
    check(&manifest, "manifest.json", &m);
    check(&keys, "keys.json", &json(&p.out.join("keys.json")));
    check(
        &signature,
        "manifest.json.sig",
        &json(&p.out.join("manifest.json.sig")),
    );
    check(
        &signature,
        "keys.json.sig",
        &json(&p.out.join("keys.json.sig")),
    );

    let v = verify_dir(&p.out, &p.anchor(), &TrustState::default(), later(1), true).unwrap();
    for (name, file) in &v.release.contents {
        let value = Value::Object(file.iter().map(|(k, v)| (k.clone(), v.clone())).collect());
        check(&records, name, &value);
    }
    // Each listing against the listing's own definition (the file schema accepts any kind).
    let listing = record_schema("listing");
    for (id, r) in &v.release.contents["shared/listings"] {
        check(&listing, id, r);
    }
    // A place's own areas are on that place; a place without them has no member at all.
    let listings = &v.release.contents["shared/listings"];
    let with_areas = &listings[&dir.services[0].id.to_string()];
    assert_eq!(
        with_areas["locations"][0]["service_areas"],
        serde_json::json!([{"name": "Test district", "description": "mobile unit"}])
    );
    let without = listings
        .values()
        .flat_map(|r| r["locations"].as_array().into_iter().flatten())
        .filter(|place| place.get("service_areas").is_none())
        .count();
    assert!(without > 0, "places without areas of their own carry none");
    let mut bad = with_areas.clone();
    bad["locations"][0]["service_areas"][0]
        .as_object_mut()
        .unwrap()
        .remove("name");
    assert!(!listing.is_valid(&bad), "an area needs its name");
    let entry = &v.release.manifest.deltas[0];
    let raw = gzip_decode(&std::fs::read(p.out.join(&entry.gzip.path)).unwrap());
    let doc: Value = serde_json::from_slice(&raw).unwrap();
    check(&delta, "delta", &doc);
    assert!(
        !doc["files"]["shared/listings"]["deletes"]
            .as_array()
            .unwrap()
            .is_empty()
    );

    // The schemas are not vacuous: a manifest without its signature key, or with a path that
    // leaves the release, fails them.
    let mut bad = m.clone();
    bad.as_object_mut().unwrap().remove("key_id");
    assert!(!manifest.is_valid(&bad));
    let mut bad = m.clone();
    bad["files"][0]["gzip"]["path"] = "../x".into();
    assert!(!manifest.is_valid(&bad));
    // A version 2 delta names its zstd dictionary; version 1 has none.
    let mut bad = m.clone();
    bad["deltas"][0]
        .as_object_mut()
        .unwrap()
        .remove("zstd_dictionary");
    assert!(!manifest.is_valid(&bad));
    let mut v2 = m.clone();
    v2["format_version"] = 2.into();
    assert!(schema("manifest.v2.schema.json").is_valid(&v2));
    assert!(!manifest.is_valid(&v2));
    let mut v1 = bad;
    v1["format_version"] = 1.into();
    assert!(schema("manifest.v1.schema.json").is_valid(&v1));
    assert!(!schema("manifest.v1.schema.json").is_valid(&m));
}

/// One record kind of `records.v2.schema.json` (`listing`, `guide` …) as a schema of its own.
pub fn record_schema(def: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/records.v2.schema.json");
    let mut schema: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let defs = schema["$defs"].take();
    let one = serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": defs,
        "$ref": format!("#/$defs/{def}"),
    });
    jsonschema::validator_for(&one).unwrap()
}

fn gzip_decode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(data), &mut out).unwrap();
    out
}
