//! Canonical JSON: object keys sorted by their UTF-8 bytes, no insignificant whitespace, object
//! members whose value is `null` left out, numbers as serde_json writes them (shortest
//! round-trip form). The same records always give the same bytes, so a file's SHA-256 names
//! its content and a delta can be checked by hashing its result.

use serde::Serialize;
use serde_json::Value;

use crate::{Error, Result};

/// `value` as canonical JSON bytes.
pub fn to_vec(value: &Value) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    write(value, &mut out);
    out
}

/// Any serializable value as canonical JSON bytes.
pub fn to_vec_of<T: Serialize>(value: &T) -> Result<Vec<u8>> {
    let value = serde_json::to_value(value).map_err(Error::Json)?;
    Ok(to_vec(&value))
}

/// A file of records (id → record) as canonical JSON, without copying the records. A
/// `BTreeMap` of `String` keys iterates in byte order, which is the canonical order.
pub fn records_to_vec(records: &std::collections::BTreeMap<String, Value>) -> Vec<u8> {
    let mut out = Vec::with_capacity(records.len() * 256);
    out.push(b'{');
    let mut first = true;
    for (id, record) in records.iter().filter(|(_, v)| !v.is_null()) {
        if !first {
            out.push(b',');
        }
        first = false;
        write_string(id, &mut out);
        out.push(b':');
        write(record, &mut out);
    }
    out.push(b'}');
    out
}

/// Whether `bytes` are exactly the canonical form of the JSON they hold.
pub fn is_canonical(bytes: &[u8]) -> bool {
    match serde_json::from_slice::<Value>(bytes) {
        Ok(value) => to_vec(&value) == bytes,
        Err(_) => false,
    }
}

fn write(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Object(map) => {
            let mut members: Vec<(&String, &Value)> =
                map.iter().filter(|(_, v)| !v.is_null()).collect();
            members.sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push(b'{');
            for (i, (key, value)) in members.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_string(key, out);
                out.push(b':');
                write(value, out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write(item, out);
            }
            out.push(b']');
        }
        Value::String(s) => write_string(s, out),
        // null (in arrays only), booleans and numbers: serde_json's own form.
        other => out.extend_from_slice(other.to_string().as_bytes()),
    }
}

fn write_string(s: &str, out: &mut Vec<u8>) {
    // serde_json escapes only what JSON requires (", \, control characters) and writes the
    // rest as UTF-8, which is the canonical choice.
    out.extend_from_slice(
        serde_json::to_string(s)
            .expect("a string always serializes")
            .as_bytes(),
    );
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn check(input: Value, expect: &str) {
        assert_eq!(String::from_utf8(to_vec(&input)).unwrap(), expect);
    }

    #[test]
    fn keys_sorted_nulls_dropped_no_spaces() {
        check(
            json!({"b": 1, "a": {"z": null, "y": [null, true, "é\"\n"]}, "c": null}),
            r#"{"a":{"y":[null,true,"é\"\n"]},"b":1}"#,
        );
        check(json!({"é": 1, "z": 2, "Z": 3}), r#"{"Z":3,"z":2,"é":1}"#);
        check(json!(1.5), "1.5");
    }

    #[test]
    fn a_file_of_records_is_the_canonical_form_of_its_object() {
        let records: std::collections::BTreeMap<String, Value> = [
            ("b".to_owned(), json!({"z": 1, "a": null})),
            ("a".to_owned(), json!("x")),
            ("é".to_owned(), json!([1])),
        ]
        .into_iter()
        .collect();
        let object = Value::Object(records.clone().into_iter().collect());
        assert_eq!(records_to_vec(&records), to_vec(&object));
        assert_eq!(records_to_vec(&Default::default()), b"{}");
    }

    #[test]
    fn canonical_bytes_are_recognised() {
        assert!(is_canonical(br#"{"a":1,"b":[1,2]}"#));
        assert!(!is_canonical(br#"{"b":1,"a":2}"#));
        assert!(!is_canonical(br#"{"a": 1}"#));
        assert!(!is_canonical(br#"{"a":null}"#));
    }
}
