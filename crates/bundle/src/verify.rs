//! Verification: nothing in a bundle is trusted before it has passed here.
//!
//! In order: the key document is signed by the pinned root key and is not older than one seen
//! before under that root key (with any floor the state was raised to); the manifest's signing key is named
//! there, not revoked there nor in any key document seen before, and valid when the manifest
//! was issued; the manifest is of the region the state follows; the signature covers the manifest's exact bytes; the format version is known;
//! the release is not older than one seen (rollback), not a second, different manifest for a
//! release number already seen (equivocation), and follows the release seen before it; then
//! every file's size and SHA-256, compressed and uncompressed. A delta is applied only to the
//! release it was made from, and its result must hash to what the new manifest says.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use ed25519_dalek::VerifyingKey;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::compress::{self, Encoding};
use crate::delta::{self, DeltaDoc};
use crate::keys::{self, key_id};
use crate::reader::{
    self, Blob, DeltaEntry, FileEntry, KeyDocument, Manifest, PublishingKey, ZstdDictionary,
};
use crate::records::{Contents, Records};
use crate::{Error, Result, canonical, io_error, sha256_hex};

/// The root key a client pins (shipped with it, or set by its operator). What its publisher
/// said of its key documents when the client got the key (a floor: the offline app's page
/// carries one) goes into the [`TrustState`] with [`TrustState::raise`].
#[derive(Debug, Clone)]
pub struct TrustAnchor {
    pub root: VerifyingKey,
}

impl TrustAnchor {
    pub fn new(root: VerifyingKey) -> TrustAnchor {
        TrustAnchor { root }
    }

    /// The root key's id, under which a [`TrustState`] keeps its key documents' state.
    pub fn root_id(&self) -> String {
        key_id(&self.root)
    }
}

/// What a client knows of one root key's key documents: the highest `seq` verified, and every
/// publishing key a verified document revoked. Kept per root key, never per region: a key
/// revoked is revoked for every region, and an older key document is refused whichever
/// region a manifest claims.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeysSeen {
    #[serde(default)]
    pub seq: u64,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub revoked: BTreeSet<String>,
}

impl KeysSeen {
    /// What a verified key document says.
    pub fn of(doc: &KeyDocument) -> KeysSeen {
        KeysSeen {
            seq: doc.seq,
            revoked: doc
                .keys
                .iter()
                .filter(|k| k.revoked_at.is_some())
                .map(|k| k.id.clone())
                .collect(),
        }
    }

    /// Adds what `other` knows.
    pub fn merge(&mut self, other: &KeysSeen) {
        self.seq = self.seq.max(other.seq);
        self.revoked.extend(other.revoked.iter().cloned());
    }

    /// The floor the key documents `docs` (each `(keys.json, keys.json.sig)`) set under
    /// `root`: only those signed by it count; the others are ignored.
    pub fn from_documents<'a>(
        root: &VerifyingKey,
        docs: impl IntoIterator<Item = (&'a [u8], &'a [u8])>,
    ) -> KeysSeen {
        let mut floor = KeysSeen::default();
        for (bytes, sig) in docs {
            if let Ok(doc) = check_key_document(root, bytes, sig) {
                floor.merge(&KeysSeen::of(&doc));
            }
        }
        floor
    }
}

/// What a client remembers between updates, to refuse rollbacks: the region it follows and
/// the release it last accepted there, and per root key (by id) what the key documents said.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustState {
    /// The region this state follows: a manifest of another region is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seq: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_manifest_sha256: Option<String>,
    /// Root key id → what its key documents said.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub keys: BTreeMap<String, KeysSeen>,
    /// A state file written before key state was kept per root: its key document `seq`,
    /// still honoured as a floor (for any root) and not written again.
    #[serde(default, rename = "keys_seq", skip_serializing)]
    pub legacy_keys_seq: Option<u64>,
}

impl TrustState {
    /// A state that follows `region` and has seen nothing yet.
    pub fn for_region(region: impl Into<String>) -> TrustState {
        TrustState {
            region: Some(region.into()),
            ..TrustState::default()
        }
    }

    /// Remembers a release that verified.
    pub fn accept(&mut self, manifest: &VerifiedManifest) {
        self.region
            .get_or_insert_with(|| manifest.manifest.region.id.clone());
        self.last_seq = Some(manifest.manifest.seq);
        self.last_manifest_sha256 = Some(manifest.sha256.clone());
        let mut seen = KeysSeen::of(&manifest.keys);
        if let Some(legacy) = self.legacy_keys_seq.take() {
            seen.seq = seen.seq.max(legacy);
        }
        self.keys
            .entry(manifest.keys.root_key_id.clone())
            .or_default()
            .merge(&seen);
    }

    /// Raises what is known of root key `root_id`'s key documents to `floor` (what a trusted
    /// source, such as the publisher's own key directory, says): a brand-new client that has
    /// seen nothing yet refuses an older key document and a revoked key all the same.
    pub fn raise(&mut self, root_id: &str, floor: &KeysSeen) {
        if floor != &KeysSeen::default() {
            self.keys
                .entry(root_id.to_owned())
                .or_default()
                .merge(floor);
        }
    }

    /// What is known of root key `root_id`'s key documents.
    fn keys_for(&self, root_id: &str) -> KeysSeen {
        let mut known = self.keys.get(root_id).cloned().unwrap_or_default();
        if let Some(legacy) = self.legacy_keys_seq {
            known.seq = known.seq.max(legacy);
        }
        known
    }

    fn check(&self, manifest: &Manifest, sha256: &str) -> Result<()> {
        if let Some(region) = self.region.as_deref()
            && manifest.region.id != region
        {
            return Err(Error::WrongRegion {
                expected: region.to_owned(),
                got: manifest.region.id.clone(),
            });
        }
        let (Some(seen), Some(seen_sha)) = (self.last_seq, self.last_manifest_sha256.as_deref())
        else {
            return Ok(());
        };
        if manifest.seq < seen {
            return Err(Error::Rollback {
                seen,
                got: manifest.seq,
            });
        }
        if manifest.seq == seen && sha256 != seen_sha {
            return Err(Error::Equivocation(seen));
        }
        if manifest.seq == seen + 1 && manifest.prev_manifest_sha256.as_deref() != Some(seen_sha) {
            return Err(Error::BrokenChain(manifest.seq));
        }
        Ok(())
    }
}

/// A key document that `root` signed (its signature by the root, its `root_key_id`).
fn check_key_document(
    root: &VerifyingKey,
    keys_bytes: &[u8],
    keys_sig: &[u8],
) -> Result<KeyDocument> {
    let root_id = key_id(root);
    let sig = reader::v1::read_signature("keys.json.sig", keys_sig)?;
    if sig.key_id != root_id {
        return Err(Error::RootMismatch);
    }
    keys::check(root, keys_bytes, &sig, "keys.json")?;
    let doc = reader::read_key_document(keys_bytes)?;
    if doc.root_key_id != root_id {
        return Err(Error::RootMismatch);
    }
    Ok(doc)
}

/// A manifest whose signature chain checked out.
#[derive(Debug, Clone)]
pub struct VerifiedManifest {
    pub manifest: Manifest,
    pub bytes: Vec<u8>,
    pub sha256: String,
    pub keys: KeyDocument,
    pub key: PublishingKey,
    /// Past its soft expiry: usable, with a notice that it may be out of date.
    pub expired: bool,
}

/// Checks the key document and the manifest's signature chain (not the files).
pub fn verify_manifest(
    anchor: &TrustAnchor,
    keys_bytes: &[u8],
    keys_sig: &[u8],
    manifest_bytes: &[u8],
    manifest_sig: &[u8],
    state: &TrustState,
    now: Timestamp,
) -> Result<VerifiedManifest> {
    let doc = check_key_document(&anchor.root, keys_bytes, keys_sig)?;
    // Per root key, with the anchor's floor: an old key document is refused, and a revoked
    // key stays revoked, whichever region the manifest claims.
    let known = state.keys_for(&doc.root_key_id);
    if doc.seq < known.seq {
        return Err(Error::KeysRollback {
            seen: known.seq,
            got: doc.seq,
        });
    }

    let sig = reader::v1::read_signature("manifest.json.sig", manifest_sig)?;
    let key = doc
        .keys
        .iter()
        .find(|k| k.id == sig.key_id)
        .ok_or_else(|| Error::UnknownKey(sig.key_id.clone()))?
        .clone();
    if key.revoked_at.is_some() || known.revoked.contains(&key.id) {
        return Err(Error::RevokedKey(key.id));
    }
    let public = keys::parse_public(&key.public_key)?;
    if key_id(&public) != key.id {
        return Err(Error::UnknownKey(key.id));
    }
    keys::check(&public, manifest_bytes, &sig, "manifest.json")?;
    let manifest = reader::read_manifest(manifest_bytes)?;
    if manifest.key_id != key.id {
        return Err(Error::BadSignature("manifest.json"));
    }
    if manifest.issued_at < key.not_before
        || key.not_after.is_some_and(|end| manifest.issued_at >= end)
    {
        return Err(Error::KeyNotValid {
            key: key.id,
            at: manifest.issued_at.to_string(),
        });
    }
    let sha256 = sha256_hex(manifest_bytes);
    state.check(&manifest, &sha256)?;
    Ok(VerifiedManifest {
        expired: now > manifest.expires_at,
        manifest,
        bytes: manifest_bytes.to_vec(),
        sha256,
        keys: doc,
        key,
    })
}

/// Checks stored bytes against the manifest's size and SHA-256 for them.
fn check_stored(blob: &Blob, data: &[u8]) -> Result<()> {
    if data.len() as u64 != blob.size {
        return Err(Error::SizeMismatch {
            path: blob.path.clone(),
            expected: blob.size,
            actual: data.len() as u64,
        });
    }
    if sha256_hex(data) != blob.sha256 {
        return Err(Error::HashMismatch(blob.path.clone()));
    }
    Ok(())
}

/// The uncompressed bytes of one encoding of a file, checked against the manifest.
pub fn open_blob(
    blob: &Blob,
    raw_sha256: &str,
    raw_size: u64,
    encoding: Encoding,
    data: &[u8],
) -> Result<Vec<u8>> {
    check_stored(blob, data)?;
    let raw = compress::decompress(data, encoding, raw_size, &blob.path)?;
    if raw.len() as u64 != raw_size || sha256_hex(&raw) != raw_sha256 {
        return Err(Error::HashMismatch(format!("{} (uncompressed)", blob.path)));
    }
    Ok(raw)
}

pub(crate) fn parse_records(name: &str, raw: &[u8]) -> Result<Records> {
    let value: Value = serde_json::from_slice(raw).map_err(Error::Json)?;
    match value {
        Value::Object(map) => Ok(map.into_iter().collect()),
        _ => Err(Error::Malformed {
            what: name.to_owned(),
            reason: "a file of records is a JSON object".to_owned(),
        }),
    }
}

pub(crate) fn records_bytes(records: &Records) -> Vec<u8> {
    canonical::records_to_vec(records)
}

/// The records of a file, from one of its encodings.
pub fn open_file(entry: &FileEntry, encoding: Encoding, data: &[u8]) -> Result<Records> {
    let blob = blob_of(&entry.zstd, &entry.gzip, encoding);
    let raw = open_blob(blob, &entry.sha256, entry.size, encoding, data)?;
    parse_records(&entry.name, &raw)
}

/// The dictionary of a zstd delta from `base` ([`ZstdDictionary::BaseFiles`]): the base's
/// data files, uncompressed canonical JSON, concatenated in the order of its manifest's
/// `files`. A client holding only some of them uses the gzip delta.
pub fn delta_dictionary(base: &Release) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(base.manifest.files.iter().map(|f| f.size as usize).sum());
    for file in &base.manifest.files {
        let records = base.contents.get(&file.name).ok_or_else(|| {
            Error::Missing(format!(
                "{} of release {} (a zstd delta's dictionary)",
                file.name, base.manifest.seq
            ))
        })?;
        out.extend_from_slice(&records_bytes(records));
    }
    Ok(out)
}

fn check_base(entry: &DeltaEntry, base: &Release) -> Result<()> {
    let held = base.sha256();
    if entry.from_seq != base.manifest.seq || entry.from_manifest_sha256 != held {
        return Err(Error::WrongBase {
            expected: format!("{} ({})", entry.from_seq, &entry.from_manifest_sha256[..12]),
            held: format!("{} ({})", base.manifest.seq, &held[..12]),
        });
    }
    Ok(())
}

/// The delta document, from its gzip encoding (or a version 1 zstd one). A zstd delta of
/// format version 2 or later needs its base: [`open_delta_with_base`].
pub fn open_delta(entry: &DeltaEntry, encoding: Encoding, data: &[u8]) -> Result<DeltaDoc> {
    open_delta_with_base(entry, encoding, data, None)
}

/// The delta document, from one of its encodings. A zstd delta of format version 2 or later is
/// compressed against its base release, so it needs `base` (which must be the release it was
/// made from); gzip and version 1 zstd deltas do not.
pub fn open_delta_with_base(
    entry: &DeltaEntry,
    encoding: Encoding,
    data: &[u8],
    base: Option<&Release>,
) -> Result<DeltaDoc> {
    let blob = blob_of(&entry.zstd, &entry.gzip, encoding);
    let raw = match (encoding, entry.zstd_dictionary) {
        (Encoding::Zstd, Some(ZstdDictionary::BaseFiles)) => {
            let base = base.ok_or_else(|| {
                Error::Missing(format!(
                    "release {} (the dictionary of {})",
                    entry.from_seq, blob.path
                ))
            })?;
            check_base(entry, base)?;
            check_stored(blob, data)?;
            let dictionary = delta_dictionary(base)?;
            // The stored bytes are the signed ones: if they do not decode to the signed
            // hash, the dictionary — the held release's files — is not the base's.
            match compress::decompress_with_prefix(data, entry.size, &dictionary, &blob.path) {
                Ok(raw) if raw.len() as u64 == entry.size && sha256_hex(&raw) == entry.sha256 => {
                    raw
                }
                _ => return Err(Error::DeltaDictionary(blob.path.clone())),
            }
        }
        _ => open_blob(blob, &entry.sha256, entry.size, encoding, data)?,
    };
    let doc: DeltaDoc = serde_json::from_slice(&raw).map_err(|e| Error::Malformed {
        what: blob.path.clone(),
        reason: e.to_string(),
    })?;
    if doc.from_seq != entry.from_seq || doc.from_manifest_sha256 != entry.from_manifest_sha256 {
        return Err(Error::Malformed {
            what: blob.path.clone(),
            reason: "the delta does not say the base the manifest gives".to_owned(),
        });
    }
    Ok(doc)
}

fn blob_of<'a>(zstd: &'a Blob, gzip: &'a Blob, encoding: Encoding) -> &'a Blob {
    match encoding {
        Encoding::Zstd => zstd,
        Encoding::Gzip => gzip,
    }
}

/// A verified release: its manifest and every file's records.
#[derive(Debug, Clone)]
pub struct Release {
    pub manifest: Manifest,
    pub manifest_bytes: Vec<u8>,
    pub contents: Contents,
}

impl Release {
    pub fn sha256(&self) -> String {
        sha256_hex(&self.manifest_bytes)
    }
}

/// What [`verify_dir`] found.
#[derive(Debug)]
pub struct Verified {
    pub manifest: VerifiedManifest,
    pub release: Release,
    /// Blobs checked (each encoding of each file and delta that was present).
    pub blobs_checked: usize,
    /// Blobs the manifest names that were not there (allowed only when not `complete`).
    pub blobs_absent: usize,
    /// zstd deltas whose stored bytes were checked but which were not decompressed: their
    /// base release (their dictionary) is not in the directory as `r<from_seq>/`.
    pub deltas_without_base: usize,
}

fn read_required(dir: &Path, name: &str) -> Result<Vec<u8>> {
    let path = dir.join(name);
    match fs::read(&path) {
        Ok(bytes) => Ok(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::Missing(name.to_owned())),
        Err(e) => Err(io_error(&path)(e)),
    }
}

fn read_optional(dir: &Path, path: &str) -> Result<Option<Vec<u8>>> {
    let full = dir.join(path);
    match fs::read(&full) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_error(&full)(e)),
    }
}

/// Verifies the release in `dir` (as `vecino bundle export` writes it, or as a phone received
/// it). With `complete`, every blob the manifest names must be present (an export); without,
/// each file needs one of its encodings and deltas may be absent (a shared bundle).
pub fn verify_dir(
    dir: &Path,
    anchor: &TrustAnchor,
    state: &TrustState,
    now: Timestamp,
    complete: bool,
) -> Result<Verified> {
    let manifest = verify_manifest(
        anchor,
        &read_required(dir, "keys.json")?,
        &read_required(dir, "keys.json.sig")?,
        &read_required(dir, "manifest.json")?,
        &read_required(dir, "manifest.json.sig")?,
        state,
        now,
    )?;
    let mut checked = 0;
    let mut absent = 0;
    let mut contents = Contents::new();
    for entry in &manifest.manifest.files {
        let mut records = None;
        for encoding in Encoding::ALL {
            let blob = blob_of(&entry.zstd, &entry.gzip, encoding);
            match read_optional(dir, &blob.path)? {
                Some(data) => {
                    let opened = open_file(entry, encoding, &data)?;
                    checked += 1;
                    records.get_or_insert(opened);
                }
                None if complete => return Err(Error::Missing(blob.path.clone())),
                None => absent += 1,
            }
        }
        let records = records.ok_or_else(|| Error::Missing(entry.zstd.path.clone()))?;
        contents.insert(entry.name.clone(), records);
    }
    let mut without_base = 0;
    for entry in &manifest.manifest.deltas {
        for encoding in Encoding::ALL {
            let blob = blob_of(&entry.zstd, &entry.gzip, encoding);
            match read_optional(dir, &blob.path)? {
                Some(data) => {
                    let base = if encoding == Encoding::Zstd && entry.zstd_dictionary.is_some() {
                        let Some(base) = kept_base(dir, entry)? else {
                            check_stored(blob, &data)?;
                            without_base += 1;
                            continue;
                        };
                        Some(base)
                    } else {
                        None
                    };
                    let doc = open_delta_with_base(entry, encoding, &data, base.as_ref())?;
                    if doc.to_seq != manifest.manifest.seq {
                        return Err(Error::Malformed {
                            what: blob.path.clone(),
                            reason: "the delta leads to another release".to_owned(),
                        });
                    }
                    checked += 1;
                }
                None if complete => return Err(Error::Missing(blob.path.clone())),
                None => absent += 1,
            }
        }
    }
    Ok(Verified {
        release: Release {
            manifest: manifest.manifest.clone(),
            manifest_bytes: manifest.bytes.clone(),
            contents,
        },
        manifest,
        blobs_checked: checked,
        blobs_absent: absent,
        deltas_without_base: without_base,
    })
}

/// The base release of a delta, when a publishing directory keeps it (`r<from_seq>/` with its
/// manifest copy) and it is the one the delta names. Its files' hashes are checked as read.
fn kept_base(dir: &Path, entry: &DeltaEntry) -> Result<Option<Release>> {
    let Some(bytes) = read_optional(dir, &format!("r{}/manifest.json", entry.from_seq))? else {
        return Ok(None);
    };
    if sha256_hex(&bytes) != entry.from_manifest_sha256 {
        return Ok(None);
    }
    crate::export::load_release(dir, bytes).map(Some)
}

/// Applies the delta `entry` of the verified manifest `new` (its bytes in `data`, in
/// `encoding`) to `base`, and checks that every resulting file is exactly what `new` names.
pub fn apply_delta(
    base: &Release,
    new: &VerifiedManifest,
    entry: &DeltaEntry,
    encoding: Encoding,
    data: &[u8],
) -> Result<Release> {
    check_base(entry, base)?;
    let doc = open_delta_with_base(entry, encoding, data, Some(base))?;
    if doc.to_seq != new.manifest.seq {
        return Err(Error::Malformed {
            what: "delta".to_owned(),
            reason: "the delta leads to another release".to_owned(),
        });
    }
    let mut contents = base.contents.clone();
    delta::apply_contents(&mut contents, &doc.files);
    let mut result = BTreeMap::new();
    for file in &new.manifest.files {
        let records = contents.remove(&file.name).unwrap_or_default();
        let bytes = records_bytes(&records);
        if bytes.len() as u64 != file.size || sha256_hex(&bytes) != file.sha256 {
            return Err(Error::HashMismatch(format!(
                "{} after the delta",
                file.name
            )));
        }
        result.insert(file.name.clone(), records);
    }
    Ok(Release {
        manifest: new.manifest.clone(),
        manifest_bytes: new.bytes.clone(),
        contents: result,
    })
}
