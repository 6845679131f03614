//! `vecino import` and `vecino export`: HSDS data in and out (files, or a live feed through
//! `feed.rs`), through vecino-hsds and the store's import path (one transaction, one audit row).
//!
//! An import file is untrusted: without a flag that names the risk, an import never takes a
//! check, accreditation or sources from the file, never changes a record from another source
//! or one staff edited, and never writes guides or events. Nothing here may bypass the store's
//! import path.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use vecino_core::{LocaleTag, Source, Topic};
use vecino_hsds::{Format, ImportOptions};
use vecino_store::{
    AuditNote, Batch, IMPORT_ACTOR, ImportOutcome, ImportPolicy, Page, Refusal, ServiceFilter,
    Store,
};

#[derive(Debug, clap::Args)]
#[command(after_long_help = FEED_HELP)]
pub struct ImportArgs {
    /// A JSON file, a directory of CSV or JSON files, or the http(s) address of a live HSDS
    /// 3.x API (`https://example.org/hsds/`, see below).
    pub path: PathBuf,
    /// hsds3 (JSON), datapackage (HSDS 1.1/2.x/3.0 CSV), ohana (Ohana API CSV), linksf
    /// (Link-SF's Parse export) or auto.
    #[arg(long, default_value = "auto")]
    pub format: String,
    /// A mapping file (TOML, see docs/import-mapping.md) saying which file holds which records
    /// and which column goes to which field: for layouts no --format reads. With --dry-run,
    /// the first records are previewed as they would be stored.
    #[arg(long)]
    pub mapping: Option<PathBuf>,
    /// The web address of the dataset (required for a file; a live feed defaults to its own):
    /// cited as the source of every record, and recorded as where each record it writes came
    /// from.
    #[arg(long)]
    pub source_url: Option<String>,
    /// The source's title (default: the web address's host).
    #[arg(long)]
    pub source_title: Option<String>,
    /// The language the dataset is written in (BCP 47).
    #[arg(long, default_value = "en")]
    pub locale: String,
    /// The IANA time zone of places whose address does not tell it (America/Chicago).
    #[arg(long)]
    pub timezone: Option<String>,
    /// The ISO country code of addresses that do not give one (US).
    #[arg(long)]
    pub country: Option<String>,
    /// The topic for services none of whose categories maps to one (information-and-referral).
    #[arg(long)]
    pub topic: Option<String>,
    /// Read and report, but write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// RISK: believe the file about trust — "checked by a person", accreditation and each
    /// record's own sources. Only for a Vecino export you made yourself.
    #[arg(long)]
    pub trust_vecino_profile: bool,
    /// RISK: change records that exist and came from another source (or from no import: the
    /// starter content, records staff created).
    #[arg(long)]
    pub overwrite_other_sources: bool,
    /// RISK: change records that staff edited (or deleted) since they were imported.
    #[arg(long)]
    pub overwrite_staff_edits: bool,
    /// RISK: also write the file's guides and events (advice residents act on).
    #[arg(long)]
    pub with_guides_and_events: bool,
    /// A live feed only: pull everything, not only what changed since the last run, and mark
    /// inactive (never delete) this feed's services that are no longer in it. A run that asks
    /// only for changes cannot see deletions: run with --full now and then.
    #[arg(long)]
    pub full: bool,
    /// A live feed only: how many records to ask for per page (the source may answer fewer;
    /// its `total_pages` is followed).
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub per_page: u64,
}

const FEED_HELP: &str = "\
A live HSDS feed: `vecino import https://example.org/hsds/` pulls the API's organizations with
their services in full, page by page (progress on stderr), and stores them in one transaction
like a file, citing the address as their source (or --source-url). Later runs ask only for the
services written after the last successful run from that address began (`modified_after`); a
run with no change writes nothing. With --full, every record is pulled again, and services that
came from this feed before and are no longer in it are marked inactive, never deleted, and
listed in the report. Changes to an organization alone are seen only by a --full run.";

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// hsds3: HSDS 3.1 JSON with Vecino's profile; hsds-csv: the HSDS 3.1 tabular form, a
    /// Frictionless Data Package (datapackage.json and one CSV per HSDS table).
    #[arg(long, default_value = "hsds3")]
    pub format: String,
    /// hsds3: a `.json` file (organizations with their services), or a directory (also
    /// taxonomy terms, guides and events); hsds-csv: a directory.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Where to write, when `--out` is not given.
    pub dir: Option<PathBuf>,
}

pub async fn import(store: &Store, args: &ImportArgs) -> anyhow::Result<()> {
    let mapping = match &args.mapping {
        Some(file) => {
            if args.format != "auto" {
                bail!(
                    "--mapping and --format cannot go together: the mapping says how to read the files"
                );
            }
            // Checked whole before any data row is read.
            Some(vecino_hsds::mapping::Mapping::load(file)?)
        }
        None => None,
    };
    let started = vecino_core::Timestamp::now();
    let path_text = args.path.to_string_lossy().to_string();
    let feed = crate::feed::is_feed(&path_text)
        .then(|| crate::feed::base(&path_text))
        .transpose()?;
    if args.full && feed.is_none() {
        bail!("--full is for a live feed (an http or https address), not a file");
    }
    if mapping.is_some() && feed.is_some() {
        bail!("--mapping reads files, not a live feed");
    }
    let format = match args.format.as_str() {
        _ if mapping.is_some() => Format::Hsds3,
        _ if feed.is_some() && matches!(args.format.as_str(), "auto" | "hsds3") => Format::Hsds3,
        _ if feed.is_some() => bail!("a live feed is HSDS 3 JSON: pass --format hsds3 or auto"),
        "hsds3" => Format::Hsds3,
        "datapackage" => Format::Datapackage,
        "ohana" => Format::Ohana,
        "linksf" => Format::LinkSf,
        "auto" => Format::detect(&args.path).with_context(|| {
            format!(
                "cannot tell the format of {}: pass --format",
                args.path.display()
            )
        })?,
        other => bail!("unknown format {other:?}: hsds3, datapackage, ohana, linksf or auto"),
    };
    let feed_url = feed.as_ref().map(url::Url::to_string);
    let Some(source_url) = args.source_url.as_ref().or(feed_url.as_ref()) else {
        bail!(
            "--source-url is required: pass --source-url with the dataset's web address, which every record cites (nothing was written)"
        );
    };
    let parsed = url::Url::parse(source_url).context("--source-url is not a web address")?;
    let title = args
        .source_title
        .clone()
        .or_else(|| parsed.host_str().map(str::to_owned))
        .unwrap_or_else(|| source_url.clone());
    let source = Source::new(&title, source_url)?;
    let options = ImportOptions {
        source_key: source_url.clone(),
        source: Some(source),
        text_locale: LocaleTag::parse(&args.locale)?,
        timezone: args.timezone.clone(),
        country: args.country.clone(),
        fallback_topic: args.topic.as_deref().map(Topic::parse).transpose()?,
        trust_profile: args.trust_vecino_profile,
        today: jiff::tz::Offset::UTC
            .to_datetime(vecino_core::Timestamp::now())
            .date(),
    };
    if let Some(zone) = &options.timezone {
        jiff::tz::TimeZone::get(zone)
            .with_context(|| format!("{zone:?} is not an IANA time zone"))?;
    }
    let mut complete = false;
    let mut import = match &feed {
        Some(base) => {
            let since = if args.full {
                None
            } else {
                store.last_import_of(source_url).await?
            };
            complete = since.is_none();
            match since {
                Some(at) => eprintln!("Asking {base} for what changed since {at}"),
                None => eprintln!("Pulling everything from {base}"),
            }
            let pulled = crate::feed::pull(base, since, args.per_page).await?;
            if since.is_some() && pulled.records.is_empty() {
                println!("Nothing changed at {base} since the last run: nothing written.");
                return Ok(());
            }
            eprintln!(
                "Read {} records in {} pages from {base}",
                pulled.records.len(),
                pulled.pages
            );
            vecino_hsds::read_json(
                base.as_str(),
                &serde_json::Value::Array(pulled.records),
                &options,
            )
        }
        None => match &mapping {
            Some(mapping) => vecino_hsds::mapping::read(&args.path, mapping, &options),
            None => vecino_hsds::read(&args.path, format, &options),
        }
        .with_context(|| format!("reading {}", args.path.display()))?,
    };
    if feed.is_some() && !complete {
        // A changes-only run sees organizations only as the summary nested in each service:
        // it adds the new ones, and never writes that summary over one already stored.
        let mut new = Vec::new();
        for org in std::mem::take(&mut import.organizations) {
            if store.organization(org.id).await?.is_none() {
                new.push(org);
            }
        }
        import.organizations = new;
    }
    if mapping.is_some() && args.dry_run {
        print!("{}", preview(&import, PREVIEWED));
    }
    print!("{}", import.report);
    let unsourced = import
        .report
        .entries
        .iter()
        .filter(|e| e.field == "source")
        .count();
    if unsourced > 0 {
        bail!(
            "{unsourced} records name no source to cite: pass --source-url with the dataset's web address (nothing was written)"
        );
    }
    let policy = ImportPolicy {
        source_url: source_url.clone(),
        trust_file: args.trust_vecino_profile,
        overwrite_other_sources: args.overwrite_other_sources,
        overwrite_staff_edits: args.overwrite_staff_edits,
        guides_and_events: args.with_guides_and_events,
        dry_run: args.dry_run,
        complete,
    };
    let batch = Batch {
        organizations: &import.organizations,
        services: &import.services,
        guides: &import.guides,
        events: &import.events,
    };
    let bar = indicatif::ProgressBar::new(batch.len() as u64).with_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} records")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar.set_message("Importing");
    let logged = std::sync::Mutex::new(std::time::Instant::now());
    // A feed's next run asks for what changed since this run began.
    let note = AuditNote::new(IMPORT_ACTOR, started);
    let outcome = store
        .import(batch, &policy, &note, &|done, total| {
            bar.set_position(done);
            if bar.is_hidden() {
                let mut last = logged.lock().expect("progress lock");
                if last.elapsed().as_secs() >= 2 || done == total {
                    tracing::info!(done, total, "importing");
                    *last = std::time::Instant::now();
                }
            }
        })
        .await
        .context("writing the import (nothing was written)")?;
    bar.finish_and_clear();
    let mut names = std::collections::HashMap::new();
    for id in &outcome.deactivated {
        if let Some(service) = store.service(*id).await? {
            names.insert(*id, service.name.source_text().to_owned());
        }
    }
    print!("{}", outcome_text(&outcome, &names));
    if args.dry_run {
        println!("Dry run: nothing written.");
    } else {
        println!(
            "Imported in one transaction: {} records written, {} unchanged, {} refused.",
            outcome.written,
            outcome.unchanged,
            outcome.refused.len()
        );
    }
    Ok(())
}

/// How many records a dry run with a mapping shows.
const PREVIEWED: usize = 5;

/// The first `n` services as they would be stored: name, organization, phones, hours,
/// languages, places and details, so an operator can check a new mapping.
fn preview(import: &vecino_hsds::Import, n: usize) -> String {
    use std::fmt::Write;
    use vecino_hsds::Printable as P;
    let mut out = String::new();
    let shown = import.services.len().min(n);
    let _ = writeln!(
        out,
        "Preview: the first {shown} of {} services as they would be stored",
        import.services.len()
    );
    let join = |items: Vec<String>| {
        if items.is_empty() {
            "(none)".to_owned()
        } else {
            items.join(", ")
        }
    };
    for (i, s) in import.services.iter().take(n).enumerate() {
        let org = import
            .organizations
            .iter()
            .find(|o| o.id == s.organization_id)
            .map_or("(none)", |o| o.name.source_text());
        let _ = writeln!(out, "{}. {}", i + 1, P(s.name.source_text()));
        let _ = writeln!(out, "   organization: {}", P(org));
        let phones = s.phones.iter().map(|p| p.number().to_owned()).collect();
        let _ = writeln!(out, "   phones: {}", P(&join(phones)));
        let hours = s
            .schedule
            .iter()
            .chain(s.locations.iter().filter_map(|l| l.schedule.as_ref()))
            .flat_map(|sch| sch.weekly())
            .map(|h| {
                format!(
                    "{:?} {}-{}",
                    h.weekday,
                    h.hours.opens.strftime("%H:%M"),
                    h.hours.closes.strftime("%H:%M")
                )
            })
            .collect();
        let _ = writeln!(out, "   hours: {}", join(hours));
        let languages = s
            .languages
            .iter()
            .map(|l| l.code.as_str().to_owned())
            .collect();
        let _ = writeln!(out, "   languages: {}", join(languages));
        let places = s
            .locations
            .iter()
            .map(|l| match &l.location.address {
                Some(a) => format!("{}, {}", a.address_1.as_deref().unwrap_or(""), a.city),
                None => l
                    .location
                    .name
                    .as_ref()
                    .map_or(String::new(), |n| n.source_text().to_owned()),
            })
            .collect();
        let _ = writeln!(out, "   places: {}", P(&join(places)));
        let d = &s.details;
        let text =
            |t: &Option<vecino_core::LocalizedText>| t.as_ref().map(|t| t.source_text().to_owned());
        for (label, value) in [
            ("eligibility", text(&d.eligibility)),
            ("fees", text(&d.fees)),
            ("how to apply", text(&d.application_process)),
            (
                "documents",
                (!d.documents.is_empty()).then(|| {
                    d.documents
                        .iter()
                        .map(|x| x.document.source_text())
                        .collect::<Vec<_>>()
                        .join(", ")
                }),
            ),
        ] {
            if let Some(value) = value {
                let _ = writeln!(out, "   {label}: {}", P(&value));
            }
        }
    }
    out
}

/// What the import marked inactive (with the services' `names`), and what it refused, by
/// reason, with the flag that would allow it, and record by record.
fn outcome_text(
    outcome: &ImportOutcome,
    names: &std::collections::HashMap<vecino_core::Id, String>,
) -> String {
    let mut text = String::new();
    if !outcome.deactivated.is_empty() {
        text.push_str(&format!(
            "{} services from this source are no longer in it and were marked inactive (not deleted):\n",
            outcome.deactivated.len()
        ));
        for id in &outcome.deactivated {
            match names.get(id) {
                Some(name) => text.push_str(&format!(
                    "  service {id}: {}\n",
                    vecino_hsds::Printable(name)
                )),
                None => text.push_str(&format!("  service {id}\n")),
            }
        }
    }
    if outcome.refused.is_empty() {
        return text;
    }
    text.push_str(&format!(
        "{} records were refused (left as they are). By reason:\n",
        outcome.refused.len()
    ));
    for (why, count) in outcome.refused_by_reason() {
        text.push_str(&format!("  {count:>5}  {}\n", refusal_text(why)));
    }
    text.push_str("Record by record:\n");
    for r in &outcome.refused {
        text.push_str(&format!(
            "  {} {}: {}",
            r.kind.as_str(),
            r.id,
            why_short(r.why)
        ));
        if let Some(detail) = &r.detail {
            text.push_str(&format!(" ({})", vecino_hsds::Printable(detail)));
        }
        text.push('\n');
    }
    text
}

fn why_short(why: Refusal) -> &'static str {
    match why {
        Refusal::OtherSource => "came from another source",
        Refusal::StaffEdited => "edited by staff",
        Refusal::GuidesAndEvents => "a guide or event",
        Refusal::Conflict => "conflicts with another record",
        Refusal::Invalid => "not a valid record",
    }
}

fn refusal_text(why: Refusal) -> &'static str {
    match why {
        Refusal::OtherSource => {
            "the record exists and came from another source or from no import (pass --overwrite-other-sources to change it)"
        }
        Refusal::StaffEdited => {
            "staff edited or deleted the record (pass --overwrite-staff-edits to change it)"
        }
        Refusal::GuidesAndEvents => {
            "guides and events are imported only with --with-guides-and-events"
        }
        Refusal::Conflict => "the record conflicts with another (a slug or a place taken)",
        Refusal::Invalid => "the record is not valid",
    }
}

pub async fn export(store: &Store, args: &ExportArgs) -> anyhow::Result<()> {
    if !matches!(args.format.as_str(), "hsds3" | "hsds-csv") {
        bail!("unknown format {:?}: hsds3 or hsds-csv", args.format);
    }
    let Some(out) = args.out.as_ref().or(args.dir.as_ref()) else {
        bail!(
            "say where to write: vecino export --format {} DIR",
            args.format
        );
    };
    let organizations = store.organizations().await?;
    let mut services = Vec::new();
    let mut page = 1;
    loop {
        let got = store
            .services(
                &ServiceFilter::default(),
                Page::new(page, Page::MAX_PER_PAGE),
            )
            .await?;
        let n = got.items.len();
        services.extend(got.items);
        if n == 0 || services.len() as u64 >= got.total {
            break;
        }
        page += 1;
    }
    let guides = store.guides().await?;
    let events = store.events().await?;
    let export = vecino_hsds::export::directory(&organizations, &services, &guides, &events);
    if args.format == "hsds-csv" {
        std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
        let package = serde_json::to_string_pretty(&vecino_hsds::tabular::datapackage())?;
        let path = out.join("datapackage.json");
        std::fs::write(&path, package + "\n")
            .with_context(|| format!("writing {}", path.display()))?;
        for (file, text) in vecino_hsds::tabular::tables(&export) {
            let path = out.join(file);
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
        }
        println!(
            "Exported {} organizations and {} services as an HSDS 3.1 data package to {}.",
            organizations.len(),
            services.len(),
            out.display()
        );
        return Ok(());
    }
    let write = |path: &Path, value: &serde_json::Value| -> anyhow::Result<()> {
        let text = serde_json::to_string_pretty(value)?;
        std::fs::write(path, text + "\n").with_context(|| format!("writing {}", path.display()))
    };
    if out.extension().is_some_and(|x| x == "json") {
        write(out, &export.organizations)?;
        println!(
            "Exported {} organizations and {} services to {} (guides and events go only to a directory).",
            organizations.len(),
            services.len(),
            out.display()
        );
    } else {
        std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
        write(&out.join("organizations.json"), &export.organizations)?;
        write(&out.join("taxonomy_terms.json"), &export.taxonomy_terms)?;
        write(&out.join("guides.json"), &export.guides)?;
        write(&out.join("events.json"), &export.events)?;
        println!(
            "Exported {} organizations, {} services, {} guides and {} events to {}.",
            organizations.len(),
            services.len(),
            guides.len(),
            events.len(),
            out.display()
        );
    }
    Ok(())
}
