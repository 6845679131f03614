//! Reading the format, one reader per format version (the pattern of meilisearch's dump
//! crate): [`read_manifest`] and [`read_key_document`] look at `format_version` first and hand
//! the bytes to that version's reader, which returns today's types. Version 2 (zstd deltas
//! compressed against their base release) is what this program writes; version 1 manifests
//! (plain zstd deltas) are still read, so a publishing directory's earlier releases stay bases
//! of deltas and clients holding an old release keep working. The key document has not changed
//! since version 1 and keeps that number.

pub mod v1;
pub mod v2;

use serde::Deserialize;

use crate::{Error, Result};

pub use v1::{
    Blob, DeltaEntry, FileEntry, KeyDocument, Manifest, PublishingKey, SignatureFile,
    ZstdDictionary,
};

/// The format version of the manifests this program writes.
pub const FORMAT_VERSION: u64 = 2;

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
