//! Publishing offline bundles: reading the directory as an export takes it, the UI strings and
//! glossary a bundle carries, and one release written from them ([`write_release`]). Serving
//! the files is HTTP's job (`vecino-api`); this never serves, signs keys or deletes releases.

use std::collections::BTreeMap;
use std::path::Path;

use vecino_bundle::keys::Publisher;
use vecino_bundle::{ExportOptions, ExportReport, Glossary, Input};
use vecino_core::{Event, Guide, Organization, ReviewPolicy, Service};
use vecino_i18n::I18n;
use vecino_store::{Page, ServiceFilter, Store};

use crate::Error;

/// The directory's records, as an export takes them.
pub struct Directory {
    pub organizations: Vec<Organization>,
    pub services: Vec<Service>,
    pub guides: Vec<Guide>,
    pub events: Vec<Event>,
}

/// Calls `each` with every page of the services `filter` selects (in slug order) and how many
/// it selects in all. The one walk over the services: index builds, re-indexing an
/// organization's services and exports all page through the store with it.
pub(crate) async fn each_service_page(
    store: &Store,
    filter: &ServiceFilter,
    mut each: impl FnMut(Vec<Service>, u64) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut page = 1;
    loop {
        let batch = store
            .services(filter, Page::new(page, Page::MAX_PER_PAGE))
            .await?;
        let total = batch.total;
        each(batch.items, total)?;
        if page * Page::MAX_PER_PAGE >= total {
            return Ok(());
        }
        page += 1;
    }
}

/// Reads every record an export may need, reporting `(done, total)` services as it goes.
pub async fn read_directory(
    store: &Store,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<Directory, Error> {
    let organizations = store.organizations().await?;
    let guides = store.guides().await?;
    let events = store.events().await?;
    let mut services = Vec::new();
    each_service_page(store, &ServiceFilter::default(), |batch, total| {
        services.extend(batch);
        progress(services.len() as u64, total);
        Ok(())
    })
    .await?;
    Ok(Directory {
        organizations,
        services,
        guides,
        events,
    })
}

/// The search glossary the server searches with, for the offline client.
pub fn glossary() -> Glossary {
    Glossary::from_toml(vecino_search::glossary::SOURCE).expect("the glossary is valid (tested)")
}

/// Every UI string in each of `languages` (a language Vecino does not ship gets its fallback).
pub fn ui_strings(i18n: &I18n, languages: &[String]) -> BTreeMap<String, BTreeMap<String, String>> {
    languages
        .iter()
        .map(|lang| {
            let ui = i18n
                .negotiate(Some(lang), None)
                .map(|n| n.ui)
                .unwrap_or_else(|_| unic_langid::langid!("en"));
            (lang.clone(), i18n.catalog(&ui))
        })
        .collect()
}

/// Writes one release of `directory` into `out`: the directory with the UI strings of
/// `opts.languages` and the glossary, each record with its interval under `review` (the
/// operator's, as the server judges freshness by: `App::review`), signed by `publisher`,
/// reporting `(done, total)` files as it goes. Blocking (file writes and compression): run it
/// off the async workers.
pub fn write_release(
    directory: &Directory,
    i18n: &I18n,
    review: &ReviewPolicy,
    out: &Path,
    opts: &ExportOptions,
    publisher: &Publisher,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<ExportReport, vecino_bundle::Error> {
    let ui = ui_strings(i18n, &opts.languages);
    let glossary = glossary();
    let input = Input {
        organizations: &directory.organizations,
        services: &directory.services,
        guides: &directory.guides,
        events: &directory.events,
        glossary: &glossary,
        ui: &ui,
        review,
    };
    vecino_bundle::export(out, &input, opts, publisher, progress)
}
