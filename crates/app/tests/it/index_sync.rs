//! The search index follows the change feed: what is written is what is found.

use std::sync::Arc;
use std::time::Duration;

use vecino_core::{
    EntityKind, LocaleTag, LocalizedText, Organization, Service, ServiceStatus, Slug, Source,
    Topic, Trust, stable_id,
};
use vecino_search::{Filters, SearchIndex, SearchRequest};
use vecino_store::Store;

fn text(en: &str) -> LocalizedText {
    LocalizedText::original(LocaleTag::parse("en").unwrap(), en).unwrap()
}

fn trust() -> Trust {
    Trust {
        sources: vec![Source::new("Example source", "https://example.org/source").unwrap()],
        verified_at: None,
        verifier: None,
        changed_since_check: None,
        kept: None,
        source_checked_on: None,
    }
}

fn organization(slug: &str, name: &str) -> Organization {
    let slug = Slug::parse(slug).unwrap();
    Organization {
        id: stable_id("organization", &slug),
        name: text(name),
        slug,
        description: None,
        url: None,
        email: None,
        phones: vec![],
        trust: trust(),
    }
}

fn service(n: usize, org: &Organization) -> Service {
    let slug = Slug::parse(&format!("clinic-hours-{n:03}")).unwrap();
    Service {
        id: stable_id("service", &slug),
        organization_id: org.id,
        name: text(&format!("Clinic hours {n}")),
        description: text("Walk-in visits."),
        slug,
        status: ServiceStatus::Active,
        topics: vec![Topic::ALL[0]],
        languages: vec![],
        accreditation: None,
        accreditation_evidence: None,
        free: None,
        url: None,
        email: None,
        phones: vec![],
        schedule: None,
        locations: vec![],
        trust: trust(),
        details: Default::default(),
        review_interval_days: None,
        safety: Default::default(),
    }
}

async fn services_found(index: &SearchIndex, query: &str) -> usize {
    let request = SearchRequest {
        query: query.to_owned(),
        locales: vec!["en".to_owned()],
        filters: Filters {
            kinds: vec![EntityKind::Service],
            ..Filters::default()
        },
        page: 1,
        per_page: 10,
    };
    index.search(&request).unwrap().total
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn renaming_an_organization_reindexes_every_one_of_its_services() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("v.db").display());
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    // More services than one page of the store (100), so a rename must walk every page.
    let org = organization("riverside-health", "Riverside Health");
    store.put_organization(&org).await.unwrap();
    for n in 0..130 {
        store.put_service(&service(n, &org)).await.unwrap();
    }
    let index = Arc::new(SearchIndex::in_memory().unwrap());
    let revision = vecino_app::index_sync::build(&store, &index).await.unwrap();
    assert_eq!(services_found(&index, "riverside").await, 130);
    tokio::spawn(vecino_app::index_sync::follow(
        store.clone(),
        index.clone(),
        revision,
    ));

    let mut renamed = org.clone();
    renamed.name = text("Lakeshore Health");
    store.put_organization(&renamed).await.unwrap();

    let mut found = 0;
    for _ in 0..100 {
        found = services_found(&index, "lakeshore").await;
        if found == 130 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(found, 130, "every service carries the new name");
    assert_eq!(
        services_found(&index, "riverside").await,
        0,
        "and none the old"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_defunct_service_leaves_the_index_as_it_leaves_bundles() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("v.db").display());
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    let org = organization("riverside-health", "Riverside Health");
    store.put_organization(&org).await.unwrap();
    let mut ended = service(1, &org);
    ended.status = ServiceStatus::Defunct;
    store.put_service(&ended).await.unwrap();
    store.put_service(&service(2, &org)).await.unwrap();
    let index = Arc::new(SearchIndex::in_memory().unwrap());
    let revision = vecino_app::index_sync::build(&store, &index).await.unwrap();
    // The organization and the running service: the defunct one is not held at all.
    assert_eq!(
        index.len(),
        2,
        "a fresh index leaves the defunct service out"
    );
    tokio::spawn(vecino_app::index_sync::follow(
        store.clone(),
        index.clone(),
        revision,
    ));

    let mut closed = service(2, &org);
    closed.status = ServiceStatus::Defunct;
    store.put_service(&closed).await.unwrap();
    let mut held = index.len();
    for _ in 0..100 {
        held = index.len();
        if held == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(held, 1, "a service that ends for good is taken out");
}
