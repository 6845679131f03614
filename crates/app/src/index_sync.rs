//! Keeps the search index derived from the store: built in full at start, then kept current
//! by following the change feed (a write is searchable within a second). It only reads the
//! store; it never writes to it.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use vecino_core::{ChangeOp, EntityKind, Organization, Service, ServiceStatus};
use vecino_search::{IndexRecord, SearchIndex};
use vecino_store::{Page, ServiceFilter, Store};

use crate::Error;
use crate::publish::each_service_page;

/// How often the feed is polled.
const POLL: Duration = Duration::from_millis(250);
/// Changes applied per batch (one commit each).
const BATCH: u64 = 500;

/// Indexes every record. Returns the feed revision the index is current with.
pub async fn build(store: &Store, index: &SearchIndex) -> Result<u64, Error> {
    build_with_progress(store, index, &|_, _| {}).await
}

/// [`build`], reporting `(done, total)` records as it goes.
pub async fn build_with_progress(
    store: &Store,
    index: &SearchIndex,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<u64, Error> {
    let head = store.head_revision().await?;
    each_record(store, progress, &mut |record| index.upsert(&record)).await?;
    index.commit(head)?;
    index.optimize()?;
    tracing::info!(records = index.len(), revision = head, "search index built");
    Ok(head)
}

/// Whether the index holds a service: not one ended for good (defunct), which search never
/// shows and bundles leave out. Leaving it out of the index too keeps the server's term
/// statistics those of the records a phone indexes, so offline answers rank as the server's.
fn indexed(service: &Service) -> bool {
    service.status != ServiceStatus::Defunct
}

/// Every record of the directory as the index holds it (a service with its organization's
/// name), organizations first, then services page by page, guides and events, reporting
/// `(done, total)` as it goes.
pub async fn each_record(
    store: &Store,
    progress: &(dyn Fn(u64, u64) + Sync),
    each: &mut (dyn FnMut(IndexRecord) -> Result<(), vecino_search::Error> + Send),
) -> Result<(), Error> {
    let organizations = store.organizations().await?;
    let guides = store.guides().await?;
    let events = store.events().await?;
    let services_total = store
        .services(&ServiceFilter::default(), Page::new(1, 1))
        .await?
        .total;
    let total =
        organizations.len() as u64 + services_total + guides.len() as u64 + events.len() as u64;
    let mut done = 0;
    let by_id: std::collections::HashMap<_, &Organization> =
        organizations.iter().map(|o| (o.id, o)).collect();
    for org in &organizations {
        each(IndexRecord::organization(org))?;
        done += 1;
    }
    progress(done, total);
    each_service_page(store, &ServiceFilter::default(), |services, _| {
        for service in &services {
            let org = by_id.get(&service.organization_id).copied();
            if indexed(service) {
                each(IndexRecord::service(service, org))?;
            }
            done += 1;
        }
        progress(done, total);
        Ok(())
    })
    .await?;
    for guide in &guides {
        each(IndexRecord::guide(guide))?;
    }
    for event in &events {
        each(IndexRecord::event(event))?;
    }
    progress(total, total);
    Ok(())
}

/// Opens the index kept in `dir` for `store`: reused when it is behind or level with the
/// store's feed (the follower catches it up), rebuilt when it was written by another version,
/// is new, or is ahead of the store (a database that was reset). Returns the index and the
/// revision to follow the feed from.
pub async fn open(store: &Store, dir: &Path) -> Result<(Arc<SearchIndex>, u64), Error> {
    let head = store.head_revision().await?;
    let existing = match SearchIndex::open_in_dir(dir) {
        Ok(index) => Some(index),
        Err(vecino_search::Error::SchemaChanged) => {
            tracing::info!("search index written by another version: rebuilding");
            None
        }
        Err(err) => return Err(err.into()),
    };
    if let Some(index) = existing {
        tracing::debug!(revision = ?index.revision(), head, dir = %dir.display(), "search index found");
        match index.revision() {
            Some(revision) if revision <= head => {
                tracing::info!(
                    records = index.len(),
                    revision,
                    head,
                    "search index reopened"
                );
                return Ok((Arc::new(index), revision));
            }
            _ => drop(index),
        }
    }
    let index = SearchIndex::recreate_in_dir(dir)?;
    let revision = build(store, &index).await?;
    // Served from a fresh reopen: what the build held (the writer's buffers, the segments it
    // merged away) goes back to the system rather than staying resident while serving.
    drop(index);
    Ok((Arc::new(SearchIndex::open_in_dir(dir)?), revision))
}

async fn apply(
    store: &Store,
    index: &SearchIndex,
    entity: EntityKind,
    id: vecino_core::Id,
    op: ChangeOp,
) -> Result<(), Error> {
    if op == ChangeOp::Delete {
        index.delete(entity, id)?;
        return Ok(());
    }
    match entity {
        EntityKind::Service => match store.service(id).await? {
            Some(service) if indexed(&service) => {
                let org = store.organization(service.organization_id).await?;
                index.upsert(&IndexRecord::service(&service, org.as_ref()))?;
            }
            _ => index.delete(entity, id)?,
        },
        EntityKind::Organization => match store.organization(id).await? {
            Some(org) => reindex_organization(store, index, &org).await?,
            None => index.delete(entity, id)?,
        },
        EntityKind::Guide => match store.guide(id).await? {
            Some(guide) => index.upsert(&IndexRecord::guide(&guide))?,
            None => index.delete(entity, id)?,
        },
        EntityKind::Event => match store.event(id).await? {
            Some(event) => index.upsert(&IndexRecord::event(&event))?,
            None => index.delete(entity, id)?,
        },
    }
    Ok(())
}

/// An organization's name is part of its services' text: every one of them is indexed again
/// with it.
async fn reindex_organization(
    store: &Store,
    index: &SearchIndex,
    org: &Organization,
) -> Result<(), Error> {
    index.upsert(&IndexRecord::organization(org))?;
    let filter = ServiceFilter {
        organization: Some(org.id),
        topic: None,
    };
    each_service_page(store, &filter, |services, _| {
        for service in services.iter().filter(|s| indexed(s)) {
            index.upsert(&IndexRecord::service(service, Some(org)))?;
        }
        Ok(())
    })
    .await?;
    Ok(())
}

/// Follows the change feed from `since`, forever.
pub async fn follow(store: Store, index: Arc<SearchIndex>, mut since: u64) {
    loop {
        tokio::time::sleep(POLL).await;
        let changes = match store.changes_since(since, BATCH).await {
            Ok(changes) => changes,
            Err(err) => {
                tracing::warn!(error = %err, "reading the change feed failed; retrying");
                continue;
            }
        };
        if changes.is_empty() {
            continue;
        }
        let mut failed = false;
        for change in &changes {
            if let Err(err) = apply(&store, &index, change.entity, change.id, change.op).await {
                tracing::warn!(error = %err, revision = change.revision, "indexing a change failed; retrying");
                failed = true;
                break;
            }
            since = change.revision;
        }
        let committing = index.clone();
        match tokio::task::spawn_blocking(move || committing.commit(since)).await {
            Ok(Ok(())) if !failed => tracing::debug!(revision = since, "search index current"),
            Ok(Ok(())) => {}
            Ok(Err(err)) => tracing::warn!(error = %err, "committing the search index failed"),
            Err(err) => tracing::warn!(error = %err, "the index commit task failed"),
        }
    }
}
