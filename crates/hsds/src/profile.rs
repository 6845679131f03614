//! Vecino's HSDS profile: what HSDS 3 has no field for, carried in a `vecino` object on
//! organizations, services, locations and service_at_locations. The profile's JSON merge
//! patches over the HSDS schemas and openapi.json live in `crates/hsds/profile/`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use vecino_core::{
    Accessibility, Accreditation, AccreditationEvidence, Address, GeoPoint, LanguageOffered,
    LocalizedText, Phone, SafetyFacts, Schedule, ServiceDetails, Slug, Topic, Trust,
};

/// Where the official HSDS 3.1 schemas are published; the compiled profile schemas refer to
/// them rather than copy them.
pub const OFFICIAL_SCHEMAS: &str =
    "https://raw.githubusercontent.com/openreferral/specification/3.1/schema/";

/// The profile's identifier, as the HSDS API's `/` and exports name it.
pub const PROFILE_NAME: &str = "vecino";

/// The profile's patches, by the HSDS schema file they apply to (`openapi.json` included).
pub const PATCHES: &[(&str, &str)] = &[
    (
        "organization.json",
        include_str!("../profile/organization.json"),
    ),
    ("service.json", include_str!("../profile/service.json")),
    ("location.json", include_str!("../profile/location.json")),
    (
        "service_at_location.json",
        include_str!("../profile/service_at_location.json"),
    ),
    ("openapi.json", include_str!("../profile/openapi.json")),
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct VecinoOrganization {
    pub slug: Slug,
    pub name: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Phones as Vecino keeps them (HSDS wants a numeric extension).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<Phone>>,
    pub trust: Trust,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct VecinoService {
    pub slug: Slug,
    pub name: LocalizedText,
    pub description: LocalizedText,
    pub topics: Vec<Topic>,
    pub languages: Vec<LanguageOffered>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accreditation: Option<Accreditation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accreditation_evidence: Option<AccreditationEvidence>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<Phone>>,
    pub trust: Trust,
    /// The HSDS 3.1 depth with every translation and its provenance (the top-level HSDS
    /// fields give one language).
    #[serde(default, skip_serializing_if = "ServiceDetails::is_empty")]
    pub details: ServiceDetails,
    /// "Is it safe for me": each fact with its source and the day it was checked there.
    #[serde(default, skip_serializing_if = "SafetyFacts::is_empty")]
    pub safety: SafetyFacts,
    /// Days between checks, when not the topic's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_interval_days: Option<u16>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct VecinoLocation {
    pub slug: Slug,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<LocalizedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point: Option<GeoPoint>,
    pub timezone: String,
    #[serde(default)]
    pub accessibility: Vec<Accessibility>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct VecinoPlace {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
}

fn patch(name: &str) -> Value {
    let text = PATCHES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .expect("a patch of the profile");
    serde_json::from_str(text).expect("the profile's patches are JSON (tested)")
}

/// What the profile adds to a fully nested `service`: its `vecino` object, and its places'
/// and their locations'.
fn service_overlay() -> Value {
    let mut place = patch("service_at_location.json");
    merge_patch(
        &mut place,
        &serde_json::json!({"properties": {"location": patch("location.json")}}),
    );
    let mut service = patch("service.json");
    merge_patch(
        &mut service,
        &serde_json::json!({"properties": {"service_at_locations": {"items": place}}}),
    );
    service
}

/// The compiled profile schemas, by file name: each official 3.1 compiled schema (referred to
/// at [`OFFICIAL_SCHEMAS`]) together with what the profile adds at every level it nests.
pub fn compiled_schemas() -> Value {
    let profiled = |file: &str, overlay: Value| {
        serde_json::json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": format!("HSDS 3.1 {file} with Vecino's profile"),
            "allOf": [
                {"$ref": format!("{OFFICIAL_SCHEMAS}compiled/{file}")},
                overlay,
            ],
        })
    };
    let mut organization = patch("organization.json");
    merge_patch(
        &mut organization,
        &serde_json::json!({"properties": {"services": {"items": service_overlay()}}}),
    );
    let mut place = patch("service_at_location.json");
    merge_patch(
        &mut place,
        &serde_json::json!({"properties": {"location": patch("location.json")}}),
    );
    serde_json::json!({
        "service.json": profiled("service.json", service_overlay()),
        "organization.json": profiled("organization.json", organization),
        "service_at_location.json": profiled("service_at_location.json", place),
    })
}

/// Applies a JSON Merge Patch (RFC 7396) to `target`: objects merge, `null` removes, anything
/// else replaces.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(patch) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(serde_json::Map::new());
    }
    let map = target.as_object_mut().expect("made an object above");
    for (key, value) in patch {
        if value.is_null() {
            map.remove(key);
        } else {
            merge_patch(map.entry(key.clone()).or_insert(Value::Null), value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merge_patch_follows_rfc_7396() {
        let mut doc = json!({"a": "b", "c": {"d": "e", "f": "g"}});
        merge_patch(&mut doc, &json!({"a": "z", "c": {"f": null}}));
        assert_eq!(doc, json!({"a": "z", "c": {"d": "e"}}));
        let mut doc = json!({"a": [1]});
        merge_patch(&mut doc, &json!({"a": {"b": "c"}, "x": null}));
        assert_eq!(doc, json!({"a": {"b": "c"}}));
    }

    #[test]
    fn every_patch_is_json() {
        for (name, text) in PATCHES {
            serde_json::from_str::<Value>(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
}
