//! HSDS exports of the real fixtures validate against the official HSDS 3.1 schemas; never a network fetch.

use serde_json::Value;
use vecino_core::Topic;
use vecino_hsds::export;
use vecino_hsds::profile::{PATCHES, merge_patch};
use vecino_hsds::{Format, Import, read, read_json};

use crate::{fixture, options};

fn schema(rel: &str) -> Option<Value> {
    let path = fixture(&format!("hsds/3.1/schema/{rel}"))?;
    Some(serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap())
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(schema)
        .expect("a valid JSON Schema")
}

fn assert_valid(validator: &jsonschema::Validator, value: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(value)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

fn dc() -> Option<Import> {
    let path = fixture("realdata/sarapis-orservices-dc/public/HSDS")?;
    Some(
        read(
            &path,
            Format::Datapackage,
            &options("orservices", "https://github.com/sarapis/orservices"),
        )
        .unwrap(),
    )
}

fn ohana() -> Option<Import> {
    let path = fixture("realdata/ohana-api-sanmateo")?;
    let mut opts = options("ohana", "https://github.com/codeforamerica/ohana-api");
    opts.fallback_topic = Some(Topic::InformationAndReferral);
    Some(read(&path, Format::Ohana, &opts).unwrap())
}

#[test]
fn exports_validate_against_the_official_compiled_schemas() {
    let (Some(org_schema), Some(service_schema), Some(dc), Some(ohana)) = (
        schema("compiled/organization.json"),
        schema("compiled/service.json"),
        dc(),
        ohana(),
    ) else {
        return;
    };
    let orgs = validator(&org_schema);
    let services = validator(&service_schema);
    for data in [&dc, &ohana] {
        let out = export::directory(&data.organizations, &data.services, &[], &[]);
        let docs = out.organizations.as_array().unwrap();
        assert_eq!(docs.len(), data.organizations.len());
        for doc in docs {
            assert_valid(&orgs, doc, "organization");
        }
        for service in &data.services {
            let org = data
                .organizations
                .iter()
                .find(|o| o.id == service.organization_id);
            assert_valid(&services, &export::service(service, org, &[]), "service");
        }
    }
    // The schema really checks: a service without its status is refused.
    let mut broken = export::service(&dc.services[0], None, &[]);
    broken.as_object_mut().unwrap().remove("status");
    assert!(!services.is_valid(&broken));
}

#[test]
fn the_profile_patches_give_valid_schemas_that_exports_meet() {
    let (Some(service_schema), Some(ohana)) = (schema("compiled/service.json"), ohana()) else {
        return;
    };
    for (name, patch) in PATCHES {
        let Some(mut base) = schema(name) else { return };
        merge_patch(&mut base, &serde_json::from_str(patch).unwrap());
        if *name == "openapi.json" {
            let params = base["paths"]["/services"]["get"]["parameters"]
                .as_array()
                .unwrap();
            assert!(
                params
                    .iter()
                    .any(|p| p["$ref"] == "#/components/parameters/locale")
            );
            assert_eq!(base["components"]["parameters"]["locale"]["in"], "query");
            assert!(
                base["paths"]["/guides"]["get"].is_object(),
                "the profile adds guides"
            );
            assert!(
                jsonschema::meta::is_valid(&base["components"]["schemas"]["Guide"]),
                "the Guide schema is a valid JSON Schema"
            );
            // The official paths are kept.
            assert!(base["paths"]["/taxonomy_terms"]["get"].is_object());
            continue;
        }
        assert!(
            jsonschema::meta::is_valid(&base),
            "{name} patched is a valid JSON Schema"
        );
    }
    // The service patch over the compiled service: exports meet the profile's stricter
    // rules on the vecino object.
    let mut profiled = service_schema;
    let service_patch: Value = serde_json::from_str(PATCHES[1].1).unwrap();
    merge_patch(&mut profiled, &service_patch);
    let location_patch: Value = serde_json::from_str(PATCHES[2].1).unwrap();
    merge_patch(
        &mut profiled["properties"]["service_at_locations"]["items"]["properties"]["location"],
        &location_patch,
    );
    let v = validator(&profiled);
    for service in &ohana.services {
        assert_valid(&v, &export::service(service, None, &[]), "profiled service");
    }
    let mut bad = export::service(&ohana.services[0], None, &[]);
    bad["vecino"]["topics"] = serde_json::json!(["not-a-topic"]);
    assert!(!v.is_valid(&bad), "the profile checks topics");
    bad = export::service(&ohana.services[0], None, &[]);
    bad["vecino"]["name"]["texts"]["en"]["provenance"] = serde_json::json!("guessed");
    assert!(!v.is_valid(&bad), "the profile checks provenance");
}

#[test]
fn export_then_import_then_export_loses_nothing() {
    let (Some(dc), Some(ohana)) = (dc(), ohana()) else {
        return;
    };
    for data in [dc, ohana] {
        let first = export::directory(&data.organizations, &data.services, &[], &[]);
        // A Vecino export the operator made carries its own sources and checks, believed only
        // when they say so (--trust-vecino-profile): then no --source-url is needed.
        let mut opts = options("unused", "https://example.org/unused");
        opts.source = None;
        opts.trust_profile = true;
        let back = read_json("export.json", &first.organizations, &opts);
        assert!(back.report.entries.is_empty(), "{}", back.report);
        let mut want_orgs = data.organizations.clone();
        let mut got_orgs = back.organizations.clone();
        want_orgs.sort_by_key(|o| o.id);
        got_orgs.sort_by_key(|o| o.id);
        assert!(
            got_orgs == want_orgs,
            "organizations differ after the round trip"
        );
        let mut want = data.services.clone();
        let mut got = back.services.clone();
        want.sort_by_key(|s| s.id);
        got.sort_by_key(|s| s.id);
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert!(g == w, "service {} differs after the round trip", w.id);
        }
        let second = export::directory(&back.organizations, &back.services, &[], &[]);
        assert_eq!(first.organizations, second.organizations);
    }
}

#[test]
fn the_page_envelope_matches_the_openapi_page() {
    let page = export::page(vec![serde_json::json!({"id": "x"})], 21, 3, 10);
    assert_eq!(page["total_pages"], 3);
    assert_eq!(page["last_page"], true);
    assert_eq!(page["first_page"], false);
    assert_eq!(page["size"], 1);
    assert_eq!(page["empty"], false);
}
