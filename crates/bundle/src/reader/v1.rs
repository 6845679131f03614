//! Format version 1: the manifest, the key document and signature files (see FORMAT.md and
//! `schema/*.json`). The types here are also today's: version 2 ([`super::v2`]) only adds
//! [`DeltaEntry::zstd_dictionary`], which a version 1 manifest never has.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// One encoding of a file, as stored: where, its SHA-256 and its size in bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Blob {
    /// Relative to the release directory (`r3/es/listings.json.zst`).
    pub path: String,
    pub sha256: String,
    pub size: u64,
}

/// A file of records: the canonical JSON's hash and size, and its two encodings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// `shared/listings`, `es/guides`, `vi/ui` …
    pub name: String,
    /// How many records it holds.
    pub records: u64,
    /// SHA-256 and size of the uncompressed canonical JSON.
    pub sha256: String,
    pub size: u64,
    pub zstd: Blob,
    pub gzip: Blob,
}

/// A delta from an earlier release to this one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeltaEntry {
    pub from_seq: u64,
    /// SHA-256 of the earlier release's `manifest.json`: the delta applies to it only.
    pub from_manifest_sha256: String,
    pub sha256: String,
    pub size: u64,
    pub zstd: Blob,
    pub gzip: Blob,
    /// What the zstd encoding was compressed against (format version 2); `None`: nothing,
    /// a plain zstd frame (version 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zstd_dictionary: Option<ZstdDictionary>,
}

/// The dictionary a zstd delta is compressed with, as the manifest names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ZstdDictionary {
    /// `base-files`: the base release's data files, uncompressed canonical JSON, concatenated
    /// in the order of the base manifest's `files`, as a raw-content dictionary (a zstd
    /// prefix).
    #[serde(rename = "base-files")]
    BaseFiles,
}

/// The region a release covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionInfo {
    /// The path segment under `/bundles/` (`san-jose`, `radius_37.3382_-121.8863_25`).
    pub id: String,
    /// As given to `vecino bundle export --region`.
    pub spec: String,
}

/// `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format_version: u64,
    pub region: RegionInfo,
    /// Release number: 1, 2, 3 … for this region; never goes down.
    pub seq: u64,
    pub issued_at: Timestamp,
    /// After this the client shows a staleness notice (it does not refuse the data).
    pub expires_at: Timestamp,
    /// SHA-256 of the previous release's `manifest.json`: a hash chain of releases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev_manifest_sha256: Option<String>,
    pub languages: Vec<String>,
    /// The publishing key that signs this manifest (`manifest.json.sig`).
    pub key_id: String,
    pub files: Vec<FileEntry>,
    #[serde(default)]
    pub deltas: Vec<DeltaEntry>,
}

impl Manifest {
    pub fn file(&self, name: &str) -> Option<&FileEntry> {
        self.files.iter().find(|f| f.name == name)
    }

    pub fn delta_from(&self, seq: u64) -> Option<&DeltaEntry> {
        self.deltas.iter().find(|d| d.from_seq == seq)
    }

    /// Every blob the release consists of.
    pub fn blobs(&self) -> impl Iterator<Item = &Blob> {
        self.files
            .iter()
            .flat_map(|f| [&f.zstd, &f.gzip])
            .chain(self.deltas.iter().flat_map(|d| [&d.zstd, &d.gzip]))
    }
}

/// A publishing key named by the key document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishingKey {
    /// First 16 hex digits of the SHA-256 of the public key.
    pub id: String,
    /// The raw 32-byte Ed25519 public key, hex.
    pub public_key: String,
    pub not_before: Timestamp,
    /// Manifests issued after this are not accepted from this key (it was rotated out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_after: Option<Timestamp>,
    /// A revoked key is never trusted again, whatever date a manifest claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<Timestamp>,
}

/// `keys.json`: the publishing keys, signed by the root key (`keys.json.sig`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyDocument {
    pub format_version: u64,
    /// Increases with every new key document, so an old one (before a revocation) is refused.
    pub seq: u64,
    pub issued_at: Timestamp,
    pub root_key_id: String,
    pub keys: Vec<PublishingKey>,
}

/// `manifest.json.sig` and `keys.json.sig`: an Ed25519 signature over the exact bytes of the
/// file it sits beside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureFile {
    /// Always `Ed25519`.
    pub alg: String,
    pub key_id: String,
    /// The 64-byte signature, hex.
    pub signature: String,
}

pub(super) fn malformed(what: &str, reason: impl ToString) -> Error {
    Error::Malformed {
        what: what.to_owned(),
        reason: reason.to_string(),
    }
}

fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A path a manifest may name: relative, inside the release directory (every segment starts
/// with a letter or digit, so there is no `.`, `..` or hidden file).
pub fn safe_path(path: &str) -> bool {
    !path.is_empty()
        && path.len() <= 200
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-/".contains(&b))
        && path.split('/').all(|part| {
            part.bytes()
                .next()
                .is_some_and(|b| b.is_ascii_alphanumeric())
        })
}

fn check_blob(blob: &Blob) -> Result<()> {
    if !safe_path(&blob.path) {
        return Err(malformed(
            "manifest.json",
            format!("unsafe path {:?}", blob.path),
        ));
    }
    if !is_hex(&blob.sha256, 64) {
        return Err(malformed(
            "manifest.json",
            format!("bad sha256 for {}", blob.path),
        ));
    }
    Ok(())
}

/// Version 1: no delta names a zstd dictionary.
pub fn read_manifest(bytes: &[u8]) -> Result<Manifest> {
    let manifest = parse_manifest(bytes)?;
    if manifest.deltas.iter().any(|d| d.zstd_dictionary.is_some()) {
        return Err(malformed(
            "manifest.json",
            "format version 1 has no zstd dictionaries",
        ));
    }
    Ok(manifest)
}

/// The checks every version makes: the shape, safe paths, hashes, delta bases.
pub(super) fn parse_manifest(bytes: &[u8]) -> Result<Manifest> {
    let manifest: Manifest =
        serde_json::from_slice(bytes).map_err(|e| malformed("manifest.json", e))?;
    for file in &manifest.files {
        check_blob(&file.zstd)?;
        check_blob(&file.gzip)?;
        if !is_hex(&file.sha256, 64) {
            return Err(malformed(
                "manifest.json",
                format!("bad sha256 for {}", file.name),
            ));
        }
    }
    for delta in &manifest.deltas {
        check_blob(&delta.zstd)?;
        check_blob(&delta.gzip)?;
        if delta.from_seq >= manifest.seq || !is_hex(&delta.from_manifest_sha256, 64) {
            return Err(malformed(
                "manifest.json",
                "a delta must come from an earlier release",
            ));
        }
    }
    if manifest.seq == 0 {
        return Err(malformed("manifest.json", "releases are numbered from 1"));
    }
    Ok(manifest)
}

pub fn read_key_document(bytes: &[u8]) -> Result<KeyDocument> {
    let doc: KeyDocument = serde_json::from_slice(bytes).map_err(|e| malformed("keys.json", e))?;
    for key in &doc.keys {
        if !is_hex(&key.public_key, 64) || !is_hex(&key.id, 16) {
            return Err(malformed("keys.json", format!("bad key {}", key.id)));
        }
    }
    Ok(doc)
}

pub fn read_signature(what: &str, bytes: &[u8]) -> Result<SignatureFile> {
    let sig: SignatureFile = serde_json::from_slice(bytes).map_err(|e| malformed(what, e))?;
    if sig.alg != "Ed25519" || !is_hex(&sig.signature, 128) {
        return Err(malformed(what, "not an Ed25519 signature"));
    }
    Ok(sig)
}

#[cfg(test)]
mod tests {
    use super::safe_path;

    #[test]
    fn paths_stay_inside_the_release() {
        for ok in ["r3/es/listings.json.zst", "r1/zh-Hant/ui.json.gz"] {
            assert!(safe_path(ok), "{ok}");
        }
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "r1/../../x",
            "r1//x",
            "a\\b",
            "r1/./x",
            "r1/.hidden",
        ] {
            assert!(!safe_path(bad), "{bad}");
        }
    }
}
