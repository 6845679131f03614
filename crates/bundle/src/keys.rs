//! Keys: a root key that signs the key document, and publishing keys that sign manifests.
//!
//! A key directory (`<data dir>/bundle-keys/` for the `vecino` binary) holds:
//!
//! - `root.key` — the root secret key (hex, file mode 0600). Only needed to issue a new key
//!   document (rotate, revoke); an operator may keep it offline in between.
//! - `root.pub` — the root public key (hex): what clients pin.
//! - `publishing/<id>.key` — publishing secret keys (hex, 0600).
//! - `keys/<seq>/keys.json`, `keys/<seq>/keys.json.sig` — each key document and its root
//!   signature (copied into every release), written once and never changed;
//! - `keys.current` — the `seq` of the current key document. It is replaced by one rename
//!   after its pair is complete, so a reader (the server, an export) always reads a document
//!   with its own signature, never a new signature with an old document. A directory made
//!   before this layout has `keys.json` and `keys.json.sig` at its top instead; they are read
//!   until the next key document replaces them.
//!
//! Private keys never leave this directory and are never logged. Moving `root.key` off the
//! server: `crates/bundle/KEYS.md`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use jiff::Timestamp;

use crate::reader::{self, DOCUMENT_FORMAT_VERSION, KeyDocument, PublishingKey, SignatureFile};
use crate::{Error, Result, canonical, io_error, sha256_hex};

/// The id of a public key: the first 16 hex digits of its SHA-256.
pub fn key_id(key: &VerifyingKey) -> String {
    sha256_hex(key.as_bytes())[..16].to_owned()
}

/// A fresh secret key from the operating system's random source.
pub fn generate() -> Result<SigningKey> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| Error::Keys(format!("no random source: {e}")))?;
    Ok(SigningKey::from_bytes(&seed))
}

/// Signs `bytes`, for the `.sig` file beside them.
pub fn sign(key: &SigningKey, bytes: &[u8]) -> Vec<u8> {
    let sig = SignatureFile {
        alg: "Ed25519".to_owned(),
        key_id: key_id(&key.verifying_key()),
        signature: hex::encode(key.sign(bytes).to_bytes()),
    };
    canonical::to_vec_of(&sig).expect("a signature serializes")
}

/// Checks that `sig` (a `.sig` file's bytes) is a signature by `key` over `bytes`.
pub fn check(
    key: &VerifyingKey,
    bytes: &[u8],
    sig: &SignatureFile,
    what: &'static str,
) -> Result<()> {
    let raw: [u8; 64] = hex::decode(&sig.signature)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(Error::BadSignature(what))?;
    key.verify_strict(bytes, &Signature::from_bytes(&raw))
        .map_err(|_| Error::BadSignature(what))
}

pub fn parse_public(hex_key: &str) -> Result<VerifyingKey> {
    let raw: [u8; 32] = hex::decode(hex_key.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| {
            Error::Keys(format!(
                "{:?} is not a 32-byte hex public key",
                hex_key.trim()
            ))
        })?;
    VerifyingKey::from_bytes(&raw).map_err(|_| Error::Keys("not an Ed25519 public key".to_owned()))
}

fn parse_secret(hex_key: &str) -> Result<SigningKey> {
    let raw: [u8; 32] = hex::decode(hex_key.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| Error::Keys("a secret key file is not 32 bytes of hex".to_owned()))?;
    Ok(SigningKey::from_bytes(&raw))
}

/// A signed key document: the exact bytes clients verify.
#[derive(Debug, Clone)]
pub struct SignedKeys {
    pub document: KeyDocument,
    pub bytes: Vec<u8>,
    pub signature: Vec<u8>,
}

impl SignedKeys {
    /// Issues a key document signed by `root`.
    pub fn issue(
        root: &SigningKey,
        seq: u64,
        issued_at: Timestamp,
        keys: Vec<PublishingKey>,
    ) -> SignedKeys {
        let document = KeyDocument {
            format_version: DOCUMENT_FORMAT_VERSION,
            seq,
            issued_at,
            root_key_id: key_id(&root.verifying_key()),
            keys,
        };
        let bytes = canonical::to_vec_of(&document).expect("a key document serializes");
        let signature = sign(root, &bytes);
        SignedKeys {
            document,
            bytes,
            signature,
        }
    }
}

/// A publishing key named in a key document, for describing a new key.
pub fn publishing_entry(key: &SigningKey, not_before: Timestamp) -> PublishingKey {
    let public = key.verifying_key();
    PublishingKey {
        id: key_id(&public),
        public_key: hex::encode(public.as_bytes()),
        not_before,
        not_after: None,
        revoked_at: None,
    }
}

/// A key directory on disk.
pub struct KeyDir {
    dir: PathBuf,
}

/// What signs a release: the publishing key and the key document that names it.
pub struct Publisher {
    pub key: SigningKey,
    pub keys: SignedKeys,
}

impl KeyDir {
    pub fn new(dir: impl Into<PathBuf>) -> KeyDir {
        KeyDir { dir: dir.into() }
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// The root public key (hex), for clients to pin.
    pub fn root_public(&self) -> Result<VerifyingKey> {
        let path = self.dir.join("root.pub");
        let text = fs::read_to_string(&path).map_err(io_error(&path))?;
        parse_public(&text)
    }

    /// Whether the directory holds keys already.
    pub fn exists(&self) -> bool {
        self.dir.join(CURRENT).exists() || self.dir.join("keys.json").exists()
    }

    /// Where the current key document and its signature are.
    fn current_pair(&self) -> Result<(PathBuf, PathBuf)> {
        let pointer = self.dir.join(CURRENT);
        let dir = match fs::read_to_string(&pointer) {
            Ok(text) => {
                let seq: u64 = text.trim().parse().map_err(|_| {
                    Error::Keys(format!("{} does not hold a number", pointer.display()))
                })?;
                self.dir.join("keys").join(seq.to_string())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => self.dir.clone(),
            Err(e) => return Err(io_error(&pointer)(e)),
        };
        Ok((dir.join("keys.json"), dir.join("keys.json.sig")))
    }

    /// Creates a root key, a publishing key and the first key document, unless the directory
    /// has them already. Returns whether it created them.
    pub fn create(&self, now: Timestamp) -> Result<bool> {
        let now = whole_second(now);
        if self.exists() {
            return Ok(false);
        }
        let root = generate()?;
        let publishing = generate()?;
        fs::create_dir_all(self.dir.join("publishing")).map_err(io_error(&self.dir))?;
        write_secret(&self.dir.join("root.key"), &root)?;
        write_file(
            &self.dir.join("root.pub"),
            hex::encode(root.verifying_key().as_bytes()).as_bytes(),
        )?;
        self.add_publishing(&publishing)?;
        let signed = SignedKeys::issue(&root, 1, now, vec![publishing_entry(&publishing, now)]);
        self.store_keys(&signed)?;
        Ok(true)
    }

    /// The current key document.
    pub fn keys(&self) -> Result<SignedKeys> {
        let (path, sig_path) = self.current_pair()?;
        let bytes = fs::read(&path).map_err(io_error(&path))?;
        let signature = fs::read(&sig_path).map_err(io_error(&sig_path))?;
        Ok(SignedKeys {
            document: reader::read_key_document(&bytes)?,
            bytes,
            signature,
        })
    }

    /// The key to sign with now: the newest publishing key that is named, valid at `now`,
    /// not revoked, and whose secret is here.
    pub fn publisher(&self, now: Timestamp) -> Result<Publisher> {
        let keys = self.keys()?;
        for entry in keys.document.keys.iter().rev() {
            let usable = entry.revoked_at.is_none()
                && entry.not_before <= now
                && entry.not_after.is_none_or(|end| now < end);
            let path = self
                .dir
                .join("publishing")
                .join(format!("{}.key", entry.id));
            if usable && path.exists() {
                let text = fs::read_to_string(&path).map_err(io_error(&path))?;
                let key = parse_secret(&text)?;
                return Ok(Publisher { key, keys });
            }
        }
        Err(Error::Keys(format!(
            "no valid publishing key in {}: run `vecino bundle keys rotate`",
            self.dir.display()
        )))
    }

    fn root(&self) -> Result<SigningKey> {
        let path = self.dir.join("root.key");
        let text = fs::read_to_string(&path).map_err(|_| {
            Error::Keys(format!(
                "the root key {} is not here (kept offline?)",
                path.display()
            ))
        })?;
        parse_secret(&text)
    }

    /// A new publishing key; the keys in use until now stop signing at `now` (what they
    /// signed before stays valid). Returns the new key's id.
    pub fn rotate(&self, now: Timestamp) -> Result<String> {
        let now = whole_second(now);
        let root = self.root()?;
        let current = self.keys()?;
        let key = generate()?;
        self.add_publishing(&key)?;
        let mut entries = current.document.keys;
        for entry in &mut entries {
            if entry.not_after.is_none_or(|end| end > now) {
                entry.not_after = Some(now);
            }
        }
        let entry = publishing_entry(&key, now);
        let id = entry.id.clone();
        entries.push(entry);
        self.store_keys(&SignedKeys::issue(
            &root,
            current.document.seq + 1,
            now,
            entries,
        ))?;
        Ok(id)
    }

    /// Revokes a publishing key: nothing it signed is trusted any more. Returns the new key
    /// document's `seq`.
    pub fn revoke(&self, id: &str, now: Timestamp) -> Result<u64> {
        let now = whole_second(now);
        let root = self.root()?;
        let current = self.keys()?;
        let mut entries = current.document.keys;
        let entry = entries
            .iter_mut()
            .find(|k| k.id == id)
            .ok_or_else(|| Error::Keys(format!("no publishing key {id}")))?;
        entry.revoked_at.get_or_insert(now);
        let seq = current.document.seq + 1;
        self.store_keys(&SignedKeys::issue(&root, seq, now, entries))?;
        Ok(seq)
    }

    fn add_publishing(&self, key: &SigningKey) -> Result<()> {
        let id = key_id(&key.verifying_key());
        write_secret(&self.dir.join("publishing").join(format!("{id}.key")), key)
    }

    /// Writes a key document and its signature into their own `keys/<seq>/`, then points
    /// `keys.current` at it with one rename: the pair becomes current at once, or not at all.
    fn store_keys(&self, signed: &SignedKeys) -> Result<()> {
        let dir = self.dir.join("keys").join(signed.document.seq.to_string());
        fs::create_dir_all(&dir).map_err(io_error(&dir))?;
        write_file(&dir.join("keys.json.sig"), &signed.signature)?;
        write_file(&dir.join("keys.json"), &signed.bytes)?;
        sync_dir(&dir);
        write_file(
            &self.dir.join(CURRENT),
            signed.document.seq.to_string().as_bytes(),
        )?;
        sync_dir(&self.dir);
        // A directory of the layout before: its top-level pair is no longer read.
        for legacy in ["keys.json", "keys.json.sig"] {
            let _ = fs::remove_file(self.dir.join(legacy));
        }
        Ok(())
    }
}

/// The pointer to the current key document (its `seq`).
const CURRENT: &str = "keys.current";

/// Flushes a directory's entries (its renames) to disk, where the platform allows it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// A secret key from a file as a key directory keeps it (`publishing/<id>.key`): for tools
/// and tests that must sign as that key (never logged, never copied).
pub fn read_secret(path: &Path) -> Result<SigningKey> {
    let text = fs::read_to_string(path).map_err(io_error(path))?;
    parse_secret(&text)
}

/// Dates in the format are whole seconds (a manifest issued in the second a key was made
/// is in its validity).
pub(crate) fn whole_second(t: Timestamp) -> Timestamp {
    Timestamp::from_second(t.as_second()).expect("a valid instant")
}

/// Writes `bytes` to `path` through a temporary file and a rename, so a reader never sees
/// half a file.
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("tmp");
    fs::write(&tmp, bytes).map_err(io_error(&tmp))?;
    fs::rename(&tmp, path).map_err(io_error(path))
}

fn write_secret(path: &Path, key: &SigningKey) -> Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(io_error(path))?;
    file.write_all(hex::encode(key.to_bytes()).as_bytes())
        .map_err(io_error(path))
}
