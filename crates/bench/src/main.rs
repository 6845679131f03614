//! `vecino-bench`: a benchmarking tool. It loads a synthetic directory (vecino-gen) into a data
//! directory that `vecino serve` then serves, and writes the same records, with the same text
//! per locale, as JSONL documents for Typesense, so `crates/bench/compare.sh` can compare the
//! two engines on the same data.
//!
//! Everything it writes is generated test data (`gen-` slugs, an `example.org` source) plus the
//! starter content. It must never feed a real directory: `load` only writes into a fresh
//! database and refuses one that already holds anything.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use vecino_core::Organization;
use vecino_search::IndexRecord;
use vecino_store::Store;
use vecino_store::seed::SeedMode;

/// Benchmark helper for Vecino: generated directories for load runs and for Typesense.
#[derive(Debug, Parser)]
#[command(name = "vecino-bench")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create a fresh SQLite database in DIR (where `vecino serve --data-dir DIR` finds it),
    /// migrate it, load the starter content and a generated directory of N services.
    Load {
        #[arg(long)]
        data_dir: PathBuf,
        /// Generated services (plus one organization per 20).
        #[arg(long, default_value_t = 100_000)]
        services: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
    /// Write one JSONL document per record and locale (id, kind, slug, locale, title, body,
    /// topics) for the starter content plus N generated services: the text Vecino indexes.
    TypesenseDocs {
        #[arg(long, default_value_t = 100_000)]
        services: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        #[arg(long)]
        out: PathBuf,
    },
    /// Print every generated service as `slug<TAB>locale<TAB>services with this title<TAB>title`,
    /// for writing judged queries (crates/search/relevance/generated.toml).
    Titles {
        #[arg(long, default_value_t = 5_000)]
        services: usize,
        #[arg(long, default_value_t = 7)]
        seed: u64,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Load {
            data_dir,
            services,
            seed,
        } => load(&data_dir, services, seed).await,
        Command::TypesenseDocs {
            services,
            seed,
            out,
        } => typesense_docs(services, seed, &out).await,
        Command::Titles { services, seed } => {
            titles(services, seed);
            Ok(())
        }
    }
}

/// The database file `vecino serve --data-dir DIR` opens (crates/cli/src/settings.rs).
fn database_file(data_dir: &Path) -> PathBuf {
    data_dir.join("vecino.db")
}

async fn connect(file: &Path) -> anyhow::Result<Store> {
    let url = format!("sqlite://{}?mode=rwc", file.display());
    let store = Store::connect(&url)
        .await
        .with_context(|| format!("opening {}", file.display()))?;
    store.migrate().await.context("migrating")?;
    Ok(store)
}

async fn load(data_dir: &Path, services: usize, seed: u64) -> anyhow::Result<()> {
    let file = database_file(data_dir);
    if file.exists() {
        bail!(
            "{} already exists: load writes only into a fresh data directory",
            file.display()
        );
    }
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("creating {}", data_dir.display()))?;
    let store = connect(&file).await?;
    // The starter content too, so the served directory is the one Typesense gets
    // (`vecino serve` seeds only an empty database, and this one is not).
    let report = store
        .seed(SeedMode::AddMissing)
        .await
        .context("loading the starter content")?;
    eprintln!("starter content: {} records", report.added);

    let directory = vecino_gen::directory(services, seed);
    let started = Instant::now();
    // One batch, as generated: the generated checks and accreditations (with their evidence)
    // stand for a real directory's, so searches filtered on them measure what they would.
    let step = ((directory.organizations.len() + directory.services.len()) as u64 / 20).max(1);
    let outcome = store
        .write_batch(
            vecino_store::Batch {
                organizations: &directory.organizations,
                services: &directory.services,
                guides: &[],
                events: &[],
            },
            &|done, total| {
                if done % step == 0 || done == total {
                    eprintln!(
                        "generated records: {done}/{total} ({:.0}/s)",
                        done as f64 / started.elapsed().as_secs_f64().max(1e-9)
                    );
                }
            },
        )
        .await?;
    eprintln!(
        "generated directory: {} records written in {:.1} s",
        outcome.written,
        started.elapsed().as_secs_f64()
    );
    store.close().await?;
    println!(
        "Loaded the starter content and {services} generated services (seed {seed}) into {}.",
        file.display()
    );
    Ok(())
}

/// One Typesense document: a record in one locale.
fn document(record: &IndexRecord) -> impl Iterator<Item = serde_json::Value> + '_ {
    let meta = &record.meta;
    record.texts.iter().map(move |text| {
        serde_json::json!({
            "id": format!("{}:{}:{}", meta.kind.as_str(), meta.slug, text.locale),
            "kind": meta.kind.as_str(),
            "slug": meta.slug.as_str(),
            "locale": text.locale.as_str(),
            "title": text.title,
            "body": text.body,
            "topics": meta.topics.iter().map(|t| t.slug()).collect::<Vec<_>>(),
        })
    })
}

/// The starter content as Vecino indexes it: written to a scratch store and read back through
/// `vecino_app::index_sync::each_record`.
async fn starter_records() -> anyhow::Result<Vec<IndexRecord>> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!("vecino-bench-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let result = async {
        let store = connect(&dir.join("starter.db")).await?;
        store.seed(SeedMode::AddMissing).await?;
        let mut records: Vec<IndexRecord> = Vec::new();
        vecino_app::index_sync::each_record(&store, &|_, _| {}, &mut |record| {
            records.push(record);
            Ok(())
        })
        .await?;
        store.close().await?;
        anyhow::Ok(records)
    }
    .await;
    let _ = std::fs::remove_dir_all(&dir);
    result
}

async fn typesense_docs(services: usize, seed: u64, out: &Path) -> anyhow::Result<()> {
    let mut writer = BufWriter::new(
        std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?,
    );
    let mut count = 0usize;
    let mut write = |record: &IndexRecord| -> anyhow::Result<()> {
        for doc in document(record) {
            serde_json::to_writer(&mut writer, &doc)?;
            writer.write_all(b"\n")?;
            count += 1;
        }
        Ok(())
    };
    for record in starter_records().await? {
        write(&record)?;
    }
    if services > 0 {
        let directory = vecino_gen::directory(services, seed);
        let by_id: std::collections::HashMap<_, &Organization> =
            directory.organizations.iter().map(|o| (o.id, o)).collect();
        for org in &directory.organizations {
            write(&IndexRecord::organization(org))?;
        }
        for service in &directory.services {
            let org = by_id.get(&service.organization_id).copied();
            write(&IndexRecord::service(service, org))?;
        }
    }
    writer.flush()?;
    println!("Wrote {count} documents to {}.", out.display());
    Ok(())
}

fn titles(services: usize, seed: u64) {
    let directory = vecino_gen::directory(services, seed);
    let mut count: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for service in &directory.services {
        for (_, t) in service.name.iter() {
            *count.entry(t.text.as_str()).or_default() += 1;
        }
    }
    for service in &directory.services {
        for (locale, t) in service.name.iter() {
            println!(
                "{}\t{locale}\t{}\t{}",
                service.slug,
                count[t.text.as_str()],
                t.text
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vecino_core::Slug;
    use vecino_store::{Page, ServiceFilter};

    #[tokio::test(flavor = "multi_thread")]
    async fn load_fills_a_fresh_data_dir_that_serve_finds_and_refuses_to_reuse_it() {
        let dir = tempfile::tempdir().unwrap();
        load(dir.path(), 40, 3).await.unwrap();

        let store = connect(&database_file(dir.path())).await.unwrap();
        let starter = vecino_store::seed::starter_content().unwrap();
        let services = store
            .services(&ServiceFilter::default(), Page::new(1, 1))
            .await
            .unwrap()
            .total;
        assert_eq!(services as usize, 40 + starter.services.len());
        let last = Slug::parse("gen-svc-39").unwrap();
        assert!(store.service_by_slug(&last).await.unwrap().is_some());
        let guide = Slug::parse("know-your-rights").unwrap();
        assert!(store.guide_by_slug(&guide).await.unwrap().is_some());
        store.close().await.unwrap();

        let again = load(dir.path(), 40, 3).await.unwrap_err();
        assert!(again.to_string().contains("already exists"), "{again}");
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn typesense_docs_hold_each_record_in_each_locale_with_the_text_vecino_indexes() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("docs.jsonl");
        typesense_docs(30, 3, &out).await.unwrap();
        let docs: Vec<serde_json::Value> = std::fs::read_to_string(&out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let find = |id: &str| docs.iter().find(|d| d["id"] == id);

        let ids: std::collections::HashSet<_> = docs.iter().map(|d| &d["id"]).collect();
        assert_eq!(ids.len(), docs.len(), "document ids are unique");

        let directory = vecino_gen::directory(30, 3);
        for service in &directory.services {
            for (locale, title) in service.name.iter() {
                let id = format!("service:{}:{locale}", service.slug);
                let doc = find(&id).unwrap_or_else(|| panic!("no {id}"));
                assert_eq!(doc["title"], title.text.as_str());
                let description = &service.description.get(locale.as_str()).unwrap().text;
                assert!(doc["body"].as_str().unwrap().contains(description.as_str()));
                assert_eq!(doc["kind"], "service");
                assert_eq!(doc["locale"], locale.as_str());
            }
        }
        // Starter guides come in every locale they are written in.
        for locale in ["en", "es", "zh-Hans", "ar"] {
            let id = format!("guide:know-your-rights:{locale}");
            let doc = find(&id).unwrap_or_else(|| panic!("no {id}"));
            assert!(doc["topics"].as_array().is_some_and(|t| !t.is_empty()));
        }
    }
}
