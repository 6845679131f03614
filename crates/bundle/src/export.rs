//! Writing a release into a region's publishing directory.
//!
//! ```text
//! OUT/manifest.json, manifest.json.sig   the current release (replaced last, atomically)
//! OUT/keys.json, keys.json.sig           the key document that names its signing key
//! OUT/r<seq>/…                           that release's files, deltas, and copies of the above
//! ```
//!
//! Each release's files live under their own `r<seq>/`, so a server keeps serving the release
//! it has while the next is written; the last `keep` releases stay, as the bases of deltas.

use std::fs;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use jiff::{SignedDuration, Timestamp};

use crate::compress::{self, Encoding};
use crate::delta::{DeltaDoc, diff_contents};
use crate::keys::{Publisher, sign, write_file};
use crate::reader::v1::RegionInfo;
use crate::reader::{
    self, Blob, DOCUMENT_FORMAT_VERSION, DeltaEntry, FORMAT_VERSION, FileEntry, Manifest,
    ZstdDictionary,
};
use crate::records::{self, Contents, Input};
use crate::verify::{Release, open_blob, parse_records, records_bytes};
use crate::{Error, Region, Result, canonical, io_error, sha256_hex};

/// How to export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub region: Region,
    pub languages: Vec<String>,
    pub now: Timestamp,
    /// Soft expiry: after this long a client says the bundle may be out of date.
    pub expires_after: SignedDuration,
    /// Deltas are written from each of this many earlier releases.
    pub keep: usize,
    pub zstd_level: i32,
    /// zstd level of deltas (compressed against their base release).
    pub delta_zstd_level: i32,
    /// Write release 1 only: if the directory already holds a release, write nothing and
    /// fail with [`Error::AlreadyPublished`] (checked under the directory's lock, so a
    /// first-start export and an operator's never both write release 1).
    pub first_release_only: bool,
    /// When another export holds the directory: wait for it (`true`) or refuse at once.
    pub wait_for_lock: bool,
}

impl ExportOptions {
    pub fn new(region: Region, languages: Vec<String>, now: Timestamp) -> ExportOptions {
        ExportOptions {
            region,
            languages,
            now,
            expires_after: SignedDuration::from_hours(24 * 30),
            keep: 4,
            zstd_level: compress::ZSTD_LEVEL,
            delta_zstd_level: compress::DELTA_ZSTD_LEVEL,
            first_release_only: false,
            wait_for_lock: false,
        }
    }
}

/// What an export wrote.
#[derive(Debug, Clone)]
pub struct ExportReport {
    pub seq: u64,
    pub region_id: String,
    pub manifest_sha256: String,
    /// Records in `shared/listings` (services in the region).
    pub listings: u64,
    pub languages: usize,
    /// The full release (every file once), per encoding.
    pub full_zstd_bytes: u64,
    pub full_gzip_bytes: u64,
    pub raw_bytes: u64,
    /// The listings alone (`shared/listings` and every language's `listings`), zstd.
    pub listings_zstd_bytes: u64,
    /// Per delta: (from release, zstd bytes, gzip bytes, uncompressed bytes).
    pub deltas: Vec<(u64, u64, u64, u64)>,
}

/// Reads the release whose manifest is `manifest_bytes` back from `dir` (our own output: its
/// hashes are checked, its signature is not).
pub fn load_release(dir: &Path, manifest_bytes: Vec<u8>) -> Result<Release> {
    load_base(dir, manifest_bytes).map(|(release, _)| release)
}

/// [`load_release`], and the release's files as a zstd delta's dictionary
/// ([`crate::verify::delta_dictionary`]), from the bytes as read rather than serialized again.
fn load_base(dir: &Path, manifest_bytes: Vec<u8>) -> Result<(Release, Vec<u8>)> {
    let manifest = reader::read_manifest(&manifest_bytes)?;
    let mut contents = Contents::new();
    let mut dictionary = Vec::new();
    for entry in &manifest.files {
        let path = dir.join(&entry.zstd.path);
        let data = fs::read(&path).map_err(io_error(&path))?;
        let raw = open_blob(
            &entry.zstd,
            &entry.sha256,
            entry.size,
            Encoding::Zstd,
            &data,
        )?;
        contents.insert(entry.name.clone(), parse_records(&entry.name, &raw)?);
        dictionary.extend_from_slice(&raw);
    }
    let release = Release {
        manifest,
        manifest_bytes,
        contents,
    };
    Ok((release, dictionary))
}

/// The earlier releases kept in `out`, newest first: (release number, manifest bytes).
fn history(out: &Path, before: u64, keep: usize) -> Result<Vec<(u64, Vec<u8>)>> {
    let mut seqs: Vec<u64> = match fs::read_dir(out) {
        Ok(entries) => entries
            .filter_map(|e| {
                e.ok()?
                    .file_name()
                    .to_str()?
                    .strip_prefix('r')?
                    .parse()
                    .ok()
            })
            .filter(|seq| *seq < before)
            .collect(),
        Err(_) => Vec::new(),
    };
    seqs.sort_unstable_by(|a, b| b.cmp(a));
    let mut releases = Vec::new();
    for seq in seqs.into_iter().take(keep) {
        let path = out.join(format!("r{seq}/manifest.json"));
        if let Ok(bytes) = fs::read(&path) {
            releases.push((seq, bytes));
        }
    }
    Ok(releases)
}

/// Writes `raw` in both encodings; the zstd one against `prefix` when given (a delta's base).
fn write_encoded(
    out: &Path,
    base: &str,
    raw: &[u8],
    level: i32,
    prefix: Option<&[u8]>,
) -> Result<(Blob, Blob)> {
    let mut blobs = Vec::new();
    for encoding in Encoding::ALL {
        let path = format!("{base}.json.{}", encoding.extension());
        let data = match (encoding, prefix) {
            (Encoding::Zstd, Some(prefix)) => compress::compress_with_prefix(raw, level, prefix),
            _ => compress::compress(raw, encoding, level),
        };
        let full = out.join(&path);
        if let Some(parent) = full.parent() {
            fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
        fs::write(&full, &data).map_err(io_error(&full))?;
        blobs.push(Blob {
            path,
            sha256: sha256_hex(&data),
            size: data.len() as u64,
        });
    }
    let gzip = blobs.pop().expect("two encodings");
    let zstd = blobs.pop().expect("two encodings");
    Ok((zstd, gzip))
}

/// Builds the release of `opts.region` from `input` and writes it into `out`, signed by
/// `publisher`, with deltas from the releases kept there. `progress(done, total)` counts
/// files and deltas written.
pub fn export(
    out: &Path,
    input: &Input<'_>,
    opts: &ExportOptions,
    publisher: &Publisher,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<ExportReport> {
    let languages = records::parse_languages(&opts.languages)?;
    let now = crate::keys::whole_second(opts.now);
    let region_id = opts.region.id();
    fs::create_dir_all(out).map_err(io_error(out))?;
    // One export at a time per directory: the lock goes with the process, even if it dies.
    let lock_path = out.join(".lock");
    let lock = fs::File::create(&lock_path).map_err(io_error(&lock_path))?;
    let busy = || {
        Error::Publish(format!(
            "another export is writing into {} right now",
            out.display()
        ))
    };
    match lock.try_lock() {
        Ok(()) => {}
        Err(fs::TryLockError::WouldBlock) if opts.wait_for_lock => {
            lock.lock().map_err(|_| busy())?;
        }
        Err(_) => return Err(busy()),
    }

    let previous = match fs::read(out.join("manifest.json")) {
        Ok(bytes) => Some(reader::read_manifest(&bytes)?).map(|m| (m, bytes)),
        Err(_) => None,
    };
    if let Some((manifest, _)) = &previous
        && manifest.region.id != region_id
    {
        return Err(Error::Publish(format!(
            "{} holds region {:?}, not {region_id:?}",
            out.display(),
            manifest.region.id
        )));
    }
    if let Some((manifest, _)) = &previous
        && opts.first_release_only
    {
        return Err(Error::AlreadyPublished(manifest.seq));
    }
    let seq = previous.as_ref().map_or(1, |(m, _)| m.seq + 1);
    let prev_sha = previous.as_ref().map(|(_, bytes)| sha256_hex(bytes));
    let bases = history(out, seq, opts.keep)?;

    let contents = records::contents(input, &opts.region, &languages, now);
    let files: Vec<(&String, &crate::Records)> = contents.iter().collect();
    let total = (files.len() + bases.len()) as u64;
    let release_dir = format!("r{seq}");
    let _ = fs::remove_dir_all(out.join(&release_dir));

    // Every file and every delta (loading its base) is one task, run on every core: zstd at a
    // high level and reading earlier releases are the slow parts of an export.
    let write_file_task = |i: usize| -> Result<FileEntry> {
        let (name, records) = files[i];
        let raw = records_bytes(records);
        let (zstd, gzip) = write_encoded(
            out,
            &format!("{release_dir}/{name}"),
            &raw,
            opts.zstd_level,
            None,
        )?;
        Ok(FileEntry {
            name: name.clone(),
            records: records.len() as u64,
            sha256: sha256_hex(&raw),
            size: raw.len() as u64,
            zstd,
            gzip,
        })
    };
    let write_delta_task = |(base_seq, manifest_bytes): &(u64, Vec<u8>)| -> Result<DeltaEntry> {
        let (base, dictionary) = load_base(out, manifest_bytes.clone())?;
        let doc = DeltaDoc {
            format_version: DOCUMENT_FORMAT_VERSION,
            from_seq: *base_seq,
            from_manifest_sha256: base.sha256(),
            to_seq: seq,
            files: diff_contents(&base.contents, &contents),
        };
        drop(base);
        let raw = canonical::to_vec_of(&doc)?;
        let (zstd, gzip) = write_encoded(
            out,
            &format!("{release_dir}/deltas/from-{base_seq}"),
            &raw,
            opts.delta_zstd_level,
            Some(&dictionary),
        )?;
        Ok(DeltaEntry {
            from_seq: *base_seq,
            from_manifest_sha256: doc.from_manifest_sha256,
            sha256: sha256_hex(&raw),
            size: raw.len() as u64,
            zstd,
            gzip,
            zstd_dictionary: Some(ZstdDictionary::BaseFiles),
        })
    };
    let tasks = files.len() + bases.len();
    let done = AtomicU64::new(0);
    let next = AtomicUsize::new(0);
    let written: Mutex<Vec<Option<Result<FileEntry>>>> =
        Mutex::new((0..files.len()).map(|_| None).collect());
    let made: Mutex<Vec<Option<Result<DeltaEntry>>>> =
        Mutex::new((0..bases.len()).map(|_| None).collect());
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(tasks.max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    // Deltas first: each loads a whole earlier release, the longest tasks.
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= tasks {
                        break;
                    }
                    if i < bases.len() {
                        let entry = write_delta_task(&bases[i]);
                        made.lock().expect("no panic while holding it")[i] = Some(entry);
                    } else {
                        let i = i - bases.len();
                        let entry = write_file_task(i);
                        written.lock().expect("no panic while holding it")[i] = Some(entry);
                    }
                    progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
                }
            });
        }
    });
    let files: Vec<FileEntry> = written
        .into_inner()
        .expect("no panic while holding it")
        .into_iter()
        .map(|f| f.expect("every file written"))
        .collect::<Result<_>>()?;
    let deltas: Vec<DeltaEntry> = made
        .into_inner()
        .expect("no panic while holding it")
        .into_iter()
        .map(|d| d.expect("every delta written"))
        .collect::<Result<_>>()?;

    let manifest = Manifest {
        format_version: FORMAT_VERSION,
        region: RegionInfo {
            id: region_id.clone(),
            spec: opts.region.to_string(),
        },
        seq,
        issued_at: now,
        expires_at: now + opts.expires_after,
        prev_manifest_sha256: prev_sha,
        languages: languages.clone(),
        key_id: crate::keys::key_id(&publisher.key.verifying_key()),
        files,
        deltas,
    };
    let bytes = canonical::to_vec_of(&manifest)?;
    let signature = sign(&publisher.key, &bytes);
    let rel = out.join(&release_dir);
    for dir in [&rel, out] {
        write_file(&dir.join("keys.json"), &publisher.keys.bytes)?;
        write_file(&dir.join("keys.json.sig"), &publisher.keys.signature)?;
    }
    write_file(&rel.join("manifest.json.sig"), &signature)?;
    write_file(&rel.join("manifest.json"), &bytes)?;
    write_file(&out.join("manifest.json.sig"), &signature)?;
    write_file(&out.join("manifest.json"), &bytes)?;

    // Keep this release and the `keep` before it.
    let mut kept: Vec<u64> = bases.iter().map(|(seq, _)| *seq).collect();
    kept.push(seq);
    if let Ok(entries) = fs::read_dir(out) {
        for entry in entries.flatten() {
            let name = entry.file_name();
            let old = name
                .to_str()
                .and_then(|n| n.strip_prefix('r')?.parse::<u64>().ok());
            if old.is_some_and(|old| !kept.contains(&old)) {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
    }

    Ok(ExportReport {
        seq,
        region_id,
        manifest_sha256: sha256_hex(&bytes),
        listings: manifest.file("shared/listings").map_or(0, |f| f.records),
        languages: languages.len(),
        full_zstd_bytes: manifest.files.iter().map(|f| f.zstd.size).sum(),
        full_gzip_bytes: manifest.files.iter().map(|f| f.gzip.size).sum(),
        raw_bytes: manifest.files.iter().map(|f| f.size).sum(),
        listings_zstd_bytes: manifest
            .files
            .iter()
            .filter(|f| f.name.ends_with("/listings"))
            .map(|f| f.zstd.size)
            .sum(),
        deltas: manifest
            .deltas
            .iter()
            .map(|d| (d.from_seq, d.zstd.size, d.gzip.size, d.size))
            .collect(),
    })
}
