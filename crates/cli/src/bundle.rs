//! `vecino bundle …`: export a region's offline bundle, verify one, manage the signing keys.
//!
//! Keys live in `<data dir>/bundle-keys/`, created on the first export (or by `vecino bundle
//! keys`); the private keys never leave it. Rotating and revoking a key each write an audit
//! row in the database (actor `cli`, with the operating-system user when known).
//!
//! [`publish_first_release`]: on a data directory where no bundle has been published yet,
//! `vecino serve` makes the keys and publishes release 1 of region `all` in every shipped
//! language in the background, so the offline app has a bundle from the first start.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use clap::{Args, Subcommand};
use vecino_bundle::keys::KeyDir;
use vecino_bundle::verify::verify_dir;
use vecino_bundle::{ExportOptions, KeysSeen, Region, TrustAnchor, TrustState};

use crate::settings::Settings;

#[derive(Debug, Subcommand)]
// The variants' docs are the CLI's help text, read as plain text: `<data dir>` is not HTML.
#[allow(rustdoc::invalid_html_tags)]
pub enum BundleCommand {
    /// Export a region's offline bundle: signed, per language, with deltas from the last
    /// releases. Writes into <data dir>/bundles/<region id> (where `vecino serve` publishes
    /// it under /bundles/) unless --out says otherwise.
    Export(ExportArgs),
    /// Verify a bundle directory: the signature chain, every file's hash and size, and (with
    /// --state) that it is not a rollback. Exits with an error if anything is wrong.
    Verify(VerifyArgs),
    /// Show the signing keys (creating them if there are none), rotate the publishing key,
    /// or revoke one.
    Keys {
        #[command(subcommand)]
        action: Option<KeysAction>,
    },
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A city or county named by the listings' places (`San José`), `radius:LAT,LON,KM`, or
    /// `all`.
    #[arg(long)]
    region: String,
    /// The languages of the bundle, comma-separated BCP 47 tags.
    #[arg(long, value_delimiter = ',', default_value = "en")]
    langs: Vec<String>,
    /// The region's publishing directory.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Keep this many earlier releases, and write a delta from each.
    #[arg(long, default_value_t = 4)]
    keep: usize,
    /// Days after which a client says the bundle may be out of date.
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=365))]
    expires_days: u32,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The bundle directory (as exported, or as received from another phone).
    dir: PathBuf,
    /// The root public key to trust (hex, or a file holding it). Default: this data
    /// directory's `bundle-keys/root.pub`.
    #[arg(long)]
    root_key: Option<String>,
    /// A file remembering the region followed, the last release seen there and, per root
    /// key, the key documents seen (created if missing): another region, a lower release
    /// number, another manifest with the same number, an older key document or a key revoked
    /// in one seen before are refused.
    #[arg(long)]
    state: Option<PathBuf>,
    /// With a new --state file: the region it follows (default: the first one verified).
    #[arg(long, requires = "state")]
    region: Option<String>,
    /// Accept a bundle that carries only one encoding of each file and no deltas (as shared).
    #[arg(long)]
    partial: bool,
}

#[derive(Debug, Subcommand)]
pub enum KeysAction {
    /// Print the root public key and the publishing keys.
    Show,
    /// Make a new publishing key; the current one stops signing (what it signed stays valid).
    Rotate,
    /// Revoke a publishing key: clients refuse everything it signed.
    Revoke { id: String },
}

fn key_dir(settings: &Settings) -> KeyDir {
    KeyDir::new(settings.data_dir.join("bundle-keys"))
}

fn ensure_keys(keys: &KeyDir) -> anyhow::Result<()> {
    if keys.create(vecino_core::Timestamp::now())? {
        println!(
            "Created bundle signing keys in {}. Root public key (clients pin it): {}",
            keys.path().display(),
            hex_key(keys)?
        );
    }
    Ok(())
}

fn hex_key(keys: &KeyDir) -> anyhow::Result<String> {
    let root = keys.root_public()?;
    Ok(root.as_bytes().iter().map(|b| format!("{b:02x}")).collect())
}

pub async fn run(settings: &Settings, command: BundleCommand) -> anyhow::Result<()> {
    match command {
        BundleCommand::Export(args) => export(settings, args).await,
        BundleCommand::Verify(args) => verify(settings, &args),
        BundleCommand::Keys { action } => keys(settings, action.unwrap_or(KeysAction::Show)).await,
    }
}

fn progress_bar(what: &'static str) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(0).with_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len}")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar.set_message(what);
    bar
}

/// Moves the bar, or (off a terminal, where it is hidden) logs now and then.
fn step(
    bar: &indicatif::ProgressBar,
    logged: &std::sync::Mutex<Instant>,
    what: &str,
    done: u64,
    total: u64,
) {
    bar.set_length(total);
    bar.set_position(done);
    if bar.is_hidden() {
        let mut last = logged.lock().expect("progress lock");
        if last.elapsed().as_secs() >= 2 || done == total {
            tracing::info!(done, total, "{what}");
            *last = Instant::now();
        }
    }
}

async fn export(settings: &Settings, args: ExportArgs) -> anyhow::Result<()> {
    let region: Region = args.region.parse()?;
    let languages = vecino_bundle::parse_languages(&args.langs)?;
    let out = args
        .out
        .unwrap_or_else(|| settings.data_dir.join("bundles").join(region.id()));
    let keys = key_dir(settings);
    ensure_keys(&keys)?;
    let now = vecino_core::Timestamp::now();
    let publisher = keys.publisher(now)?;

    // The review intervals the server judges freshness by travel with each record.
    let review = settings.review_policy()?;
    let store = crate::open(settings).await?;
    store.migrate().await.context("migrating the database")?;
    let started = Instant::now();
    let logged = std::sync::Mutex::new(Instant::now());
    let bar = progress_bar("Reading listings");
    let directory = vecino_app::publish::read_directory(&store, &|done, total| {
        step(&bar, &logged, "reading listings", done, total);
    })
    .await
    .context("reading the directory")?;
    bar.finish_and_clear();
    let i18n = vecino_i18n::I18n::load().context("loading UI strings")?;
    let mut opts = ExportOptions::new(region, languages, now);
    // Behind a running export (a server's first-start one) rather than refused.
    opts.wait_for_lock = true;
    opts.keep = args.keep;
    opts.expires_after = jiff::SignedDuration::from_hours(24 * i64::from(args.expires_days));
    let bar = progress_bar("Writing files");
    let report = tokio::task::block_in_place(|| {
        vecino_app::publish::write_release(
            &directory,
            &i18n,
            &review,
            &out,
            &opts,
            &publisher,
            &|done, total| step(&bar, &logged, "writing bundle files", done, total),
        )
    })
    .with_context(|| format!("exporting into {}", out.display()))?;
    bar.finish_and_clear();

    let per = |bytes: u64| {
        let n = report.listings * report.languages as u64;
        if n == 0 { 0.0 } else { bytes as f64 / n as f64 }
    };
    println!(
        "Bundle {} release {} written to {} in {:.1} s: {} listings in {} languages, {} bytes zstd ({:.0} per listing-language; the listings files alone {:.0}), {} bytes gzip, {} bytes uncompressed.",
        report.region_id,
        report.seq,
        out.display(),
        started.elapsed().as_secs_f64(),
        report.listings,
        report.languages,
        report.full_zstd_bytes,
        per(report.full_zstd_bytes),
        per(report.listings_zstd_bytes),
        report.full_gzip_bytes,
        report.raw_bytes,
    );
    if report.listings == 0 {
        eprintln!(
            "Warning: no listing has a place in {:?}. Check the name (a city as the listings \
             give it), or use radius:LAT,LON,KM.",
            args.region
        );
    }
    for (from, zstd, gzip, _) in &report.deltas {
        println!(
            "  delta from release {from}: {zstd} bytes zstd ({:.2}% of full), {gzip} bytes gzip",
            100.0 * *zstd as f64 / report.full_zstd_bytes.max(1) as f64
        );
    }
    Ok(())
}

/// The regions under `<data dir>/bundles/` that have a release.
fn published_regions(settings: &Settings) -> Vec<String> {
    let mut regions: Vec<String> = std::fs::read_dir(settings.data_dir.join("bundles"))
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().join("manifest.json").is_file())
                .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    regions.sort();
    regions
}

/// Whether no region under `<data dir>/bundles/` has a release yet.
pub fn nothing_published(settings: &Settings) -> bool {
    match std::fs::read_dir(settings.data_dir.join("bundles")) {
        Ok(entries) => !entries
            .flatten()
            .any(|e| e.path().join("manifest.json").is_file()),
        Err(_) => true,
    }
}

/// First start: makes the signing keys now (before the server answers, so the offline app
/// pins the root key from its first page), then publishes release 1 of region `all` in every
/// shipped language in the background, as `vecino bundle export --region all` would. It only
/// ever writes release 1 (checked under the region's export lock), so an operator's export
/// that runs first or at the same time wins and this one writes nothing.
pub fn publish_first_release(
    settings: &Settings,
    store: vecino_store::Store,
    i18n: std::sync::Arc<vecino_i18n::I18n>,
) -> anyhow::Result<()> {
    let keys = key_dir(settings);
    if keys.create(vecino_core::Timestamp::now())? {
        tracing::info!(
            dir = %keys.path().display(),
            root_public_key = %hex_key(&keys)?,
            "created bundle signing keys (clients pin the root public key)"
        );
    }
    let languages: Vec<String> = vecino_i18n::SHIPPED
        .iter()
        .map(|l| (*l).to_owned())
        .collect();
    tracing::info!(
        region = "all",
        languages = languages.len(),
        "first start: publishing an offline bundle in the background"
    );
    let out = settings.data_dir.join("bundles").join(Region::All.id());
    let review = settings.review_policy()?;
    tokio::spawn(async move {
        let started = Instant::now();
        match first_release(&keys, &out, &store, &i18n, &review, languages).await {
            Ok(report) => tracing::info!(
                region = %report.region_id,
                release = report.seq,
                listings = report.listings,
                languages = report.languages,
                zstd_bytes = report.full_zstd_bytes,
                seconds = started.elapsed().as_secs_f64(),
                "first start: offline bundle published under /bundles/"
            ),
            Err(e)
                if matches!(
                    e.downcast_ref::<vecino_bundle::Error>(),
                    Some(vecino_bundle::Error::AlreadyPublished(_))
                ) =>
            {
                tracing::info!("first start: a bundle was exported meanwhile; nothing to publish")
            }
            Err(e) => tracing::warn!(
                error = format!("{e:#}"),
                "first start: no offline bundle published (run `vecino bundle export`)"
            ),
        }
    });
    Ok(())
}

async fn first_release(
    keys: &KeyDir,
    out: &Path,
    store: &vecino_store::Store,
    i18n: &vecino_i18n::I18n,
    review: &vecino_core::ReviewPolicy,
    languages: Vec<String>,
) -> anyhow::Result<vecino_bundle::ExportReport> {
    let directory = vecino_app::publish::read_directory(store, &|_, _| {})
        .await
        .context("reading the directory")?;
    let now = vecino_core::Timestamp::now();
    let publisher = keys.publisher(now)?;
    let mut opts = ExportOptions::new(Region::All, languages, now);
    opts.first_release_only = true;
    let report = tokio::task::block_in_place(|| {
        vecino_app::publish::write_release(
            &directory,
            i18n,
            review,
            out,
            &opts,
            &publisher,
            &|_, _| {},
        )
    })?;

    Ok(report)
}

fn root_key(settings: &Settings, given: Option<&str>) -> anyhow::Result<TrustAnchor> {
    let root = match given {
        Some(value) if Path::new(value).is_file() => {
            let text =
                std::fs::read_to_string(value).with_context(|| format!("reading {value}"))?;
            vecino_bundle::keys::parse_public(&text)?
        }
        Some(value) => vecino_bundle::keys::parse_public(value)?,
        None => key_dir(settings)
            .root_public()
            .context("no root key to trust: give --root-key (the publisher's root public key)")?,
    };
    Ok(TrustAnchor::new(root))
}

/// What this data directory's key document says of `anchor`'s key documents, when it is under
/// that root key: what its publisher revoked, or an older key document, is refused even by a
/// verify with no --state.
fn local_floor(settings: &Settings, anchor: &TrustAnchor) -> KeysSeen {
    match key_dir(settings).keys() {
        Ok(current) => KeysSeen::from_documents(
            &anchor.root,
            [(current.bytes.as_slice(), current.signature.as_slice())],
        ),
        Err(_) => KeysSeen::default(),
    }
}

fn verify(settings: &Settings, args: &VerifyArgs) -> anyhow::Result<()> {
    let anchor = root_key(settings, args.root_key.as_deref())?;
    let mut state: TrustState = match &args.state {
        Some(path) if path.exists() => serde_json::from_slice(
            &std::fs::read(path).with_context(|| format!("reading {}", path.display()))?,
        )
        .with_context(|| format!("{} is not a bundle state file", path.display()))?,
        _ => TrustState {
            region: args.region.clone(),
            ..TrustState::default()
        },
    };
    if let (Some(asked), Some(followed)) = (&args.region, &state.region)
        && asked != followed
    {
        anyhow::bail!(
            "{} follows region {followed}, not {asked}",
            args.state.as_deref().unwrap_or(Path::new("")).display()
        );
    }
    let mut checked = state.clone();
    checked.raise(&anchor.root_id(), &local_floor(settings, &anchor));
    let verified = verify_dir(
        &args.dir,
        &anchor,
        &checked,
        vecino_core::Timestamp::now(),
        !args.partial,
    )
    .with_context(|| format!("{} did not verify: do not use it", args.dir.display()))?;
    let m = &verified.manifest.manifest;
    println!(
        "Verified: region {} release {} issued {} by key {}, languages {}; {} files checked{}{}.",
        m.region.id,
        m.seq,
        m.issued_at,
        m.key_id,
        m.languages.join(","),
        verified.blobs_checked,
        if verified.blobs_absent > 0 {
            format!(", {} absent", verified.blobs_absent)
        } else {
            String::new()
        },
        if verified.deltas_without_base > 0 {
            format!(
                ", {} zstd deltas checked as stored only (their base release is not here)",
                verified.deltas_without_base
            )
        } else {
            String::new()
        }
    );
    if verified.manifest.expired {
        println!(
            "Note: it expired on {}; it may be out of date.",
            m.expires_at
        );
    }
    if let Some(path) = &args.state {
        state.accept(&verified.manifest);
        std::fs::write(path, serde_json::to_vec_pretty(&state)?)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// Who ran a command, for the audit log: `cli`, with the operating-system user when known.
fn cli_actor() -> String {
    match ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|u| !u.trim().is_empty()))
    {
        Some(user) => format!("cli ({})", user.trim()),
        None => "cli".to_owned(),
    }
}

/// Appends the audit row of a key change (no record of the directory is concerned).
async fn audit_keys(
    store: &vecino_store::Store,
    note: &vecino_store::AuditNote,
) -> anyhow::Result<()> {
    let entry = vecino_core::AuditEntry {
        at: note.at,
        actor: note.actor.clone(),
        action: note.action.clone().unwrap_or_default(),
        record_id: None,
    };
    store
        .audit_change(&entry, note.summary.as_deref().unwrap_or(""))
        .await
        .context("writing the audit row")
}

async fn keys(settings: &Settings, action: KeysAction) -> anyhow::Result<()> {
    let keys = key_dir(settings);
    // The database first: a key change that cannot be audited is not made.
    let store = match action {
        KeysAction::Show => None,
        KeysAction::Rotate | KeysAction::Revoke { .. } => {
            let store = crate::open(settings).await?;
            store.migrate().await.context("migrating the database")?;
            Some(store)
        }
    };
    ensure_keys(&keys)?;
    let now = vecino_core::Timestamp::now();
    let note = |action: &str, summary: String| {
        vecino_store::AuditNote::new(cli_actor(), now)
            .action(action)
            .summary(summary)
    };
    match (action, &store) {
        (KeysAction::Rotate, Some(store)) => {
            let id = keys.rotate(now)?;
            let seq = keys.keys()?.document.seq;
            println!("New publishing key {id}.");
            let summary = format!("new publishing key {id}; key document {seq}");
            audit_keys(store, &note("rotate-bundle-key", summary)).await?;
        }
        (KeysAction::Revoke { id }, Some(store)) => {
            let seq = keys.revoke(&id, now)?;
            println!("Revoked {id}.");
            let summary = format!("revoked publishing key {id}; key document {seq}");
            audit_keys(store, &note("revoke-bundle-key", summary)).await?;
        }
        _ => {}
    }
    if let Some(store) = store {
        store.close().await.ok();
        // Phones keep the key document per root key: once one has seen the new document, a
        // release that still carries an older one is refused, in every region.
        let regions = published_regions(settings);
        if !regions.is_empty() {
            println!(
                "Export every published region again so phones receive the new key document \
                 (a phone that has seen it refuses releases under an older one): {}.",
                regions.join(", ")
            );
        }
    }
    let doc = keys.keys()?.document;
    println!("Root public key: {}", hex_key(&keys)?);
    println!("Key document {} issued {}:", doc.seq, doc.issued_at);
    for k in &doc.keys {
        let status = match (&k.revoked_at, &k.not_after) {
            (Some(at), _) => format!("revoked {at}"),
            (None, Some(end)) => format!("retired {end}"),
            (None, None) => "signing".to_owned(),
        };
        println!("  {} from {} — {status}", k.id, k.not_before);
    }
    Ok(())
}
