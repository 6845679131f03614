//! Deltas between two releases: per file, the records that changed as RFC 7396 JSON merge
//! patches (a new record is its own patch) and the ids of the records that are gone
//! (tombstones). Records are canonical (no nulls), so a merge patch can say everything:
//! `null` in a patch only ever means "this member was removed".

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::records::{Contents, Records};

/// What changed in one file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileDelta {
    /// Record id → merge patch (for a new record, the record itself).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub upserts: BTreeMap<String, Value>,
    /// Ids of records that are gone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deletes: Vec<String>,
}

impl FileDelta {
    pub fn is_empty(&self) -> bool {
        self.upserts.is_empty() && self.deletes.is_empty()
    }
}

/// A delta file (`r<seq>/deltas/from-<n>.json`): how to turn release `from_seq` into
/// release `to_seq`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeltaDoc {
    pub format_version: u64,
    pub from_seq: u64,
    pub from_manifest_sha256: String,
    pub to_seq: u64,
    /// File name → what changed in it. A file not named did not change.
    pub files: BTreeMap<String, FileDelta>,
}

/// The merge patch that turns `from` into `to`, or `None` when they are equal.
/// `to` must hold no null object members (canonical records never do).
pub fn merge_diff(from: &Value, to: &Value) -> Option<Value> {
    if from == to {
        return None;
    }
    match (from, to) {
        (Value::Object(a), Value::Object(b)) => {
            let mut patch = Map::new();
            for key in a.keys() {
                if !b.contains_key(key) {
                    patch.insert(key.clone(), Value::Null);
                }
            }
            for (key, new) in b {
                match a.get(key) {
                    None => {
                        patch.insert(key.clone(), new.clone());
                    }
                    Some(old) => {
                        if let Some(p) = merge_diff(old, new) {
                            patch.insert(key.clone(), p);
                        }
                    }
                }
            }
            Some(Value::Object(patch))
        }
        // Anything else is replaced whole. An object that replaces a non-object is merged
        // into `{}`, which gives the object itself because it holds no nulls.
        _ => Some(to.clone()),
    }
}

/// Applies an RFC 7396 merge patch (the `json-patch` crate's implementation).
pub fn merge_apply(target: &mut Value, patch: &Value) {
    json_patch::merge(target, patch);
}

/// The delta from `from` to `to`.
pub fn diff_records(from: &Records, to: &Records) -> FileDelta {
    let mut delta = FileDelta::default();
    for id in from.keys() {
        if !to.contains_key(id) {
            delta.deletes.push(id.clone());
        }
    }
    for (id, record) in to {
        match from.get(id) {
            None => {
                delta.upserts.insert(id.clone(), record.clone());
            }
            Some(old) => {
                if let Some(patch) = merge_diff(old, record) {
                    delta.upserts.insert(id.clone(), patch);
                }
            }
        }
    }
    delta
}

/// Applies `delta` to `records`.
pub fn apply_records(records: &mut Records, delta: &FileDelta) {
    for id in &delta.deletes {
        records.remove(id);
    }
    for (id, patch) in &delta.upserts {
        let target = records.entry(id.clone()).or_insert(Value::Null);
        merge_apply(target, patch);
    }
}

/// The delta between two releases' contents, by file name. A file only in `from` has all its
/// records deleted; a file only in `to` has all its records added.
pub fn diff_contents(from: &Contents, to: &Contents) -> BTreeMap<String, FileDelta> {
    let empty = Records::new();
    let mut files = BTreeMap::new();
    for name in from.keys().chain(to.keys()) {
        if files.contains_key(name) {
            continue;
        }
        let delta = diff_records(
            from.get(name).unwrap_or(&empty),
            to.get(name).unwrap_or(&empty),
        );
        if !delta.is_empty() {
            files.insert(name.clone(), delta);
        }
    }
    files
}

/// Applies a release delta to `contents`. The caller then keeps exactly the files the new
/// manifest names (and checks each one's hash).
pub fn apply_contents(contents: &mut Contents, files: &BTreeMap<String, FileDelta>) {
    for (name, delta) in files {
        apply_records(contents.entry(name.clone()).or_default(), delta);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn check(from: Value, to: Value, expect: Option<Value>) {
        let patch = merge_diff(&from, &to);
        assert_eq!(patch, expect);
        if let Some(patch) = patch {
            let mut applied = from.clone();
            merge_apply(&mut applied, &patch);
            assert_eq!(applied, to);
        }
    }

    #[test]
    fn merge_patches_say_only_what_changed() {
        check(json!({"a": 1}), json!({"a": 1}), None);
        check(
            json!({"a": 1, "b": {"c": 1, "d": 2}, "e": [1, 2]}),
            json!({"a": 1, "b": {"c": 1}, "e": [2], "f": "new"}),
            Some(json!({"b": {"d": null}, "e": [2], "f": "new"})),
        );
        check(
            json!({"a": "x"}),
            json!({"a": {"b": {}}}),
            Some(json!({"a": {"b": {}}})),
        );
        check(
            json!({"a": {"b": 1}}),
            json!({"a": 5}),
            Some(json!({"a": 5})),
        );
        check(json!([1]), json!({"x": 1}), Some(json!({"x": 1})));
    }
}
