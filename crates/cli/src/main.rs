//! `vecino`: the one binary. It wires the crates together: reads settings, opens the store,
//! builds the API's state and serves it; or runs one maintenance command.
//!
//! It must never log what residents send (see vecino-api); its own logs say what it is doing.

mod bundle;
mod feed;
mod hsds;
mod settings;
mod user;

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use clap::{Parser, Subcommand};
use jiff::{SignedDuration, Timestamp};
use settings::{ServeSettings, Settings};
use tracing_subscriber::EnvFilter;
use vecino_store::Store;
use vecino_store::seed::SeedMode;

/// mimalloc rather than glibc's malloc: it hands freed memory back to the system, so a server
/// that has just built its search index (a peak of a few hundred MB on a large directory)
/// settles back to what serving needs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Vecino: a multilingual directory of community resources for immigrant communities —
/// Know Your Rights, DACA, citizenship, ID cards, legal aid, health, education and more.
///
/// With no configuration it keeps its data in ./data (SQLite) and serves on
/// http://127.0.0.1:8080. Every flag can also be set with its VECINO_* environment variable.
#[derive(Debug, Parser)]
#[command(name = "vecino", version, propagate_version = true)]
struct Cli {
    #[command(flatten)]
    settings: Settings,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the directory. On first run creates the data directory, migrates the database
    /// and loads the starter content.
    Serve(ServeSettings),
    /// Bring the database schema up to date.
    Migrate,
    /// Rebuild the search index from the database, with progress. Stop `vecino serve` first:
    /// the index is kept in the data directory and has one writer.
    Reindex,
    /// Add the starter content (guides and listings) that is missing. Safe to run again;
    /// records already in the directory are kept as editors left them.
    Seed {
        /// Also put starter records that exist back to the shipped version.
        #[arg(long)]
        refresh: bool,
    },
    /// Import HSDS data (3.0 JSON, the 1.1/2.x CSV datapackage, Ohana CSV, Link-SF, or a live
    /// HSDS 3.x API by its address) in one transaction, with a report of everything that could
    /// not be read and why.
    Import(hsds::ImportArgs),
    /// Export the directory as HSDS 3.1: JSON with Vecino's profile, or a CSV data package.
    Export(hsds::ExportArgs),
    /// Offline bundles for promotoras: export a region, verify a bundle, manage signing keys.
    #[command(subcommand)]
    Bundle(bundle::BundleCommand),
    /// Manage staff accounts (residents never sign in).
    #[command(subcommand)]
    User(user::UserCommand),
}

fn init_logging() {
    let filter = EnvFilter::try_from_env("VECINO_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .init();
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    vecino_api::quiet_panics();
    init_logging();
    match cli.command {
        Command::Serve(serve_settings) => serve(&cli.settings, &serve_settings).await,
        Command::Migrate => {
            let store = open(&cli.settings).await?;
            store.migrate().await.context("migrating the database")?;
            println!("Database is up to date.");
            Ok(())
        }
        Command::Reindex => reindex(&cli.settings).await,
        Command::Import(args) => {
            let store = open(&cli.settings).await?;
            store.migrate().await.context("migrating the database")?;
            hsds::import(&store, &args).await
        }
        Command::Export(args) => {
            let store = open(&cli.settings).await?;
            store.migrate().await.context("migrating the database")?;
            hsds::export(&store, &args).await
        }
        Command::Bundle(command) => bundle::run(&cli.settings, command).await,
        Command::User(command) => {
            let store = open(&cli.settings).await?;
            store.migrate().await.context("migrating the database")?;
            user::run(&store, &command).await
        }
        Command::Seed { refresh } => {
            let store = open(&cli.settings).await?;
            store.migrate().await.context("migrating the database")?;
            let mode = if refresh {
                SeedMode::Refresh
            } else {
                SeedMode::AddMissing
            };
            let report = store
                .seed(mode)
                .await
                .context("loading the starter content")?;
            println!(
                "Starter content: {} added, {} refreshed, {} kept as they were.",
                report.added, report.refreshed, report.kept
            );
            Ok(())
        }
    }
}

async fn open(settings: &Settings) -> anyhow::Result<Store> {
    let url = settings.database_url()?;
    let store = Store::connect(&url).await.context("opening the database")?;
    tracing::info!(backend = store.backend(), "database opened");
    Ok(store)
}

async fn serve(settings: &Settings, serve: &ServeSettings) -> anyhow::Result<()> {
    let review = settings.review_policy()?;
    let store = open(settings).await?;
    store.migrate().await.context("migrating the database")?;
    if store.is_empty().await? {
        let report = store
            .seed(SeedMode::AddMissing)
            .await
            .context("loading the starter content")?;
        tracing::info!(records = report.added, "first run: starter content loaded");
    }
    let i18n = Arc::new(vecino_i18n::I18n::load().context("loading UI strings")?);
    let (search, revision) = vecino_app::index_sync::open(&store, &settings.search_dir())
        .await
        .map_err(|e| index_error(e, settings))?;
    tokio::spawn(vecino_app::index_sync::follow(
        store.clone(),
        search.clone(),
        revision,
    ));
    if serve.bundle_first_release
        && serve.bundle_root_key.is_none()
        && bundle::nothing_published(settings)
    {
        bundle::publish_first_release(settings, store.clone(), i18n.clone())
            .context("making the bundle signing keys")?;
    }
    tokio::spawn(purge_report_contacts(
        store.clone(),
        serve.report_contact_retention_days,
    ));
    if serve.public_url.is_none() {
        tracing::warn!(
            "VECINO_PUBLIC_URL is not set: QR codes hold page paths only; set it to the site's https address"
        );
    }
    let listener = tokio::net::TcpListener::bind(serve.addr)
        .await
        .with_context(|| format!("cannot listen on {}", serve.addr))?;
    let addr = listener.local_addr()?;
    println!("Vecino is serving on http://{addr}/");
    vecino_api::serve_with(
        listener,
        vecino_api::AppState::new(
            vecino_app::App::new(store, search, i18n)
                .with_reports_per_hour(serve.reports_per_hour)
                .with_review_policy(review)
                .context("setting the review intervals")?,
            vecino_api::bundles::BundleShelf::new(settings.data_dir.join("bundles")),
        ),
        vecino_api::web::WebConfig {
            kiosk_idle_secs: serve.kiosk_idle_secs,
            public_url: serve.public_url.clone(),
            bundle_root_key: match &serve.bundle_root_key {
                Some(hex) => vecino_api::offline::RootKey::Hex(hex.clone()),
                None => vecino_api::offline::RootKey::File(
                    settings.data_dir.join("bundle-keys/root.pub"),
                ),
            },
            trusted_proxies: serve.trusted_proxy.clone(),
            http: vecino_api::server::HttpLimits {
                header_timeout: Duration::from_secs(serve.header_timeout_secs),
                request_timeout: Duration::from_secs(serve.request_timeout_secs),
                body_timeout: Duration::from_secs(serve.body_timeout_secs),
                connection_lifetime: Duration::from_secs(serve.connection_lifetime_secs),
                max_connections: usize::try_from(serve.max_connections).unwrap_or(usize::MAX),
            },
        },
        shutdown(),
    )
    .await
    .context("serving")?;
    Ok(())
}

/// Deletes the contact details of problem reports handled more than `days` ago: now, then
/// daily. A failure is logged and tried again the next day.
async fn purge_report_contacts(store: Store, days: u32) {
    let mut daily = tokio::time::interval(Duration::from_secs(24 * 3600));
    loop {
        daily.tick().await;
        let before = Timestamp::now() - SignedDuration::from_hours(24 * i64::from(days));
        match store.purge_report_contacts(before).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(reports = n, "deleted contact details of handled reports"),
            Err(e) => tracing::warn!(error = %e, "cannot delete old report contact details"),
        }
    }
}

/// Says what to do when the index is held by a running server.
fn index_error(err: vecino_app::Error, settings: &Settings) -> anyhow::Error {
    let mut chain = String::new();
    let mut source: Option<&dyn std::error::Error> = Some(&err);
    while let Some(cause) = source {
        chain.push_str(&cause.to_string());
        chain.push(' ');
        source = cause.source();
    }
    if chain.contains("LockBusy") {
        anyhow::anyhow!(
            "the search index in {} is in use by another vecino process: stop it first",
            settings.search_dir().display()
        )
    } else {
        anyhow::Error::new(err)
    }
}

async fn reindex(settings: &Settings) -> anyhow::Result<()> {
    let store = open(settings).await?;
    store.migrate().await.context("migrating the database")?;
    let dir = settings.search_dir();
    let index = vecino_search::SearchIndex::recreate_in_dir(&dir)
        .map_err(|e| index_error(e.into(), settings))?;
    let bar = indicatif::ProgressBar::new(0).with_style(
        indicatif::ProgressStyle::with_template(
            "{msg} [{bar:40}] {pos}/{len} records ({eta} left)",
        )
        .expect("a valid template")
        .progress_chars("=> "),
    );
    bar.set_message("Indexing");
    let started = std::time::Instant::now();
    let logged = std::sync::Mutex::new(std::time::Instant::now());
    let revision = vecino_app::index_sync::build_with_progress(&store, &index, &|done, total| {
        bar.set_length(total);
        bar.set_position(done);
        // Without a terminal the bar is hidden: log progress instead, now and then.
        if bar.is_hidden() {
            let mut last = logged.lock().expect("progress lock");
            if last.elapsed().as_secs() >= 2 || done == total {
                tracing::info!(done, total, "indexing");
                *last = std::time::Instant::now();
            }
        }
    })
    .await
    .map_err(|e| index_error(e, settings))?;
    bar.finish_and_clear();
    println!(
        "Search index rebuilt: {} records at revision {revision} in {:.1} s.",
        index.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = term => {} }
    tracing::info!("shutting down");
}
