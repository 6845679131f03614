//! Reading the format, one reader per format version (the pattern of meilisearch's dump
//! crate): [`read_manifest`] and [`read_key_document`] look at `format_version` first and hand
//! the bytes to that version's reader, which returns today's types. Version 3 (records with
//! listings' details, safety facts and freshness) is what this program writes; versions 2
//! (zstd deltas compressed against their base release) and 1 (plain zstd deltas) are still
//! read, so a publishing directory's earlier releases stay bases of deltas and clients holding
//! an old release keep working; [`upgrade_records`] gives their records today's shape. The key
//! document has not changed since version 1 and keeps that number.

pub mod v1;
pub mod v2;
pub mod v3;

use serde::Deserialize;

use crate::records::Contents;
use crate::{Error, Result};

pub use v1::{
    Blob, DeltaEntry, FileEntry, KeyDocument, Manifest, PublishingKey, SignatureFile,
    ZstdDictionary, safe_path,
};

/// The format version of the manifests this program writes.
pub const FORMAT_VERSION: u64 = 3;

/// The format version of the key documents and delta documents this program writes: they have
/// not changed since version 1.
pub const DOCUMENT_FORMAT_VERSION: u64 = 1;

#[derive(Deserialize)]
struct Versioned {
    format_version: u64,
}

fn version_of(what: &str, bytes: &[u8]) -> Result<u64> {
    serde_json::from_slice::<Versioned>(bytes)
        .map(|v| v.format_version)
        .map_err(|e| Error::Malformed {
            what: what.to_owned(),
            reason: e.to_string(),
        })
}

/// Reads a `manifest.json` of any known format version.
pub fn read_manifest(bytes: &[u8]) -> Result<Manifest> {
    match version_of("manifest.json", bytes)? {
        1 => v1::read_manifest(bytes),
        2 => v2::read_manifest(bytes),
        3 => v3::read_manifest(bytes),
        other => Err(Error::UnknownFormat(other)),
    }
}

/// Reads a `keys.json` of any known format version.
pub fn read_key_document(bytes: &[u8]) -> Result<KeyDocument> {
    match version_of("keys.json", bytes)? {
        1 => v1::read_key_document(bytes),
        other => Err(Error::UnknownFormat(other)),
    }
}

/// Gives the records of a release written in `format_version` today's shape, in place: a
/// guide's changing fact of versions 1 and 2 says `as_of`, the day it was last checked, which
/// version 3 calls `checked` (beside `took_effect`, which older releases never knew). Every
/// member version 3 added is absent from older records, which means "not stated" or
/// "unknown", never a guess. Run it on verified contents only: the hashes are over the bytes
/// as stored, and deltas patch those.
pub fn upgrade_records(format_version: u64, contents: &mut Contents) {
    if format_version >= 3 {
        return;
    }
    let Some(guides) = contents.get_mut("shared/guides") else {
        return;
    };
    for guide in guides.values_mut() {
        let Some(facts) = guide
            .get_mut("changing_facts")
            .and_then(serde_json::Value::as_array_mut)
        else {
            continue;
        };
        for fact in facts
            .iter_mut()
            .filter_map(serde_json::Value::as_object_mut)
        {
            if let Some(day) = fact.remove("as_of") {
                fact.entry("checked").or_insert(day);
            }
        }
    }
}
