//! Vecino's offline bundles: what a promotora's phone downloads, verifies, shares phone to phone
//! and keeps current by small deltas.
//!
//! A **release** of a region is a signed `manifest.json` naming per-language files of canonical
//! JSON records (listings, guides, events, the search glossary, the client's UI strings), each
//! compressed with zstd and with gzip (for browsers' `DecompressionStream`), and the deltas
//! from each of the last few releases as per-record RFC 7396 merge patches plus tombstones.
//! The manifest is signed with Ed25519 by a publishing key, which a key document signed by the
//! root key names (with validity and revocation), so publishing keys can rotate. The format is
//! documented in `crates/bundle/FORMAT.md` and `crates/bundle/schema/`, and read by a reader per
//! format version ([`reader`]).
//!
//! - [`export`](mod@export) builds a release from core types ([`Input`]) and writes it;
//! - [`verify`] checks a release before anything in it is trusted: the signature chain, every
//!   file's hash and size, rollback and equivocation against what was seen before, the base of
//!   a delta, the format version;
//! - [`keys`] creates, rotates and revokes keys in a key directory.
//!
//! It takes and returns core types and never touches the database (it does not depend on
//! vecino-store: the tidy test enforces it); the caller reads the directory and passes it in.
//! It must never trust a byte it has not verified, and never log record contents.

pub mod canonical;
mod compress;
pub mod delta;
pub mod export;
pub mod keys;
pub mod reader;
mod records;
mod region;
pub mod verify;

pub use compress::Encoding;
pub use export::{ExportOptions, ExportReport, export};
pub use reader::{
    Blob, DOCUMENT_FORMAT_VERSION, DeltaEntry, FORMAT_VERSION, FileEntry, KeyDocument, Manifest,
    PublishingKey, ZstdDictionary, upgrade_records,
};
pub use records::{Contents, Glossary, Input, Records, contents, parse_languages};
pub use region::Region;
pub use verify::{KeysSeen, Release, TrustAnchor, TrustState, Verified};

/// The SHA-256 of `bytes`, lower-case hex: how the format names every file.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Why building, reading or verifying a bundle failed. Every verification failure is its own
/// variant, so a client can tell the reader what went wrong.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("JSON error")]
    Json(#[source] serde_json::Error),
    #[error("{what} is malformed: {reason}")]
    Malformed { what: String, reason: String },
    #[error("bundle format version {0} is not one this program reads")]
    UnknownFormat(u64),
    #[error("the signature of {0} does not verify")]
    BadSignature(&'static str),
    #[error("the key document is not signed by the trusted root key")]
    RootMismatch,
    #[error("the manifest is signed by key {0}, which the key document does not name")]
    UnknownKey(String),
    #[error("the manifest is signed by key {0}, which has been revoked")]
    RevokedKey(String),
    #[error("the manifest is signed by key {key}, which was not valid at {at}")]
    KeyNotValid { key: String, at: String },
    #[error("{0} is missing")]
    Missing(String),
    #[error("{path} has {actual} bytes, the manifest says {expected}")]
    SizeMismatch {
        path: String,
        expected: u64,
        actual: u64,
    },
    #[error("{0} does not have the SHA-256 the manifest gives")]
    HashMismatch(String),
    #[error("{0} does not decompress")]
    Decompress(String),
    #[error("{0} is not canonical JSON")]
    NotCanonical(String),
    #[error("rollback: release {got} is older than release {seen}, already seen")]
    Rollback { seen: u64, got: u64 },
    #[error("two different manifests carry release number {0}")]
    Equivocation(u64),
    #[error("release {0} does not follow the release seen before it (prev_manifest_sha256)")]
    BrokenChain(u64),
    #[error("the manifest is of region {got}, not of region {expected}, the one followed")]
    WrongRegion { expected: String, got: String },
    #[error("key document {got} is older than key document {seen}, already seen")]
    KeysRollback { seen: u64, got: u64 },
    #[error("the delta applies to release {expected}, not to the release held ({held})")]
    WrongBase { expected: String, held: String },
    #[error(
        "{0} does not decode against the held release's files: a zstd delta needs exactly the \
         release it was made from (use the gzip delta or the full release)"
    )]
    DeltaDictionary(String),
    #[error("the bundle has no delta from release {0}")]
    NoDelta(u64),
    #[error("not a region: {0}")]
    Region(String),
    #[error("not a language tag: {0}")]
    Language(String),
    #[error("key directory: {0}")]
    Keys(String),
    #[error("the region already has release {0}")]
    AlreadyPublished(u64),
    #[error("publishing directory: {0}")]
    Publish(String),
}

pub type Result<T> = std::result::Result<T, Error>;

pub(crate) fn io_error(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.display().to_string(),
        source,
    }
}
