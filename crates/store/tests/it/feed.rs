//! The change feed: exactly the later changes with tombstones, gapless under concurrent writers.

use vecino_core::{ChangeOp, EntityKind};

use crate::backends::each_backend;
use crate::records::{organization, service, text};

#[tokio::test]
async fn changes_since_n_returns_exactly_the_later_changes_with_tombstones() {
    each_backend(|t| async move {
        let s = &t.store;
        let org = organization("feed-org");
        let r1 = s.put_organization(&org).await.unwrap().unwrap();
        let svc = service("feed-svc", &org, &[vecino_core::Topic::Health]);
        let r2 = s.put_service(&svc).await.unwrap().unwrap();
        let mut renamed = svc.clone();
        renamed.name = text("A new name");
        let r3 = s.put_service(&renamed).await.unwrap().unwrap();
        let r4 = s
            .delete(EntityKind::Service, svc.id)
            .await
            .unwrap()
            .unwrap();
        assert!(r1 < r2 && r2 < r3 && r3 < r4, "{}", t.name);
        assert_eq!(
            s.delete(EntityKind::Service, svc.id).await.unwrap(),
            None,
            "deleting twice"
        );

        let since = s.changes_since(r2, 100).await.unwrap();
        let got: Vec<_> = since
            .iter()
            .map(|c| (c.revision, c.entity, c.id, c.op))
            .collect();
        assert_eq!(
            got,
            [
                (r3, EntityKind::Service, svc.id, ChangeOp::Upsert),
                (r4, EntityKind::Service, svc.id, ChangeOp::Delete),
            ],
            "{}",
            t.name
        );
        assert_eq!(s.changes_since(0, 100).await.unwrap().len(), 4);
        assert_eq!(s.changes_since(0, 2).await.unwrap().len(), 2, "limit");
        assert!(s.changes_since(r4, 100).await.unwrap().is_empty());
        assert_eq!(s.head_revision().await.unwrap(), r4);
        assert!(s.service(svc.id).await.unwrap().is_none(), "{}", t.name);
    })
    .await;
}

#[tokio::test]
async fn concurrent_writers_get_distinct_gapless_revisions() {
    each_backend(|t| async move {
        let org = organization("busy");
        t.store.put_organization(&org).await.unwrap();
        let writers = (0..12).map(|i| {
            let store = t.store.clone();
            let svc = service(&format!("busy-{i}"), &org, &[vecino_core::Topic::Food]);
            tokio::spawn(async move { store.put_service(&svc).await.unwrap().unwrap() })
        });
        let mut revisions = Vec::new();
        for w in writers {
            revisions.push(w.await.unwrap());
        }
        revisions.sort();
        assert_eq!(revisions, (2..=13).collect::<Vec<u64>>(), "{}", t.name);
        let feed: Vec<u64> = t
            .store
            .changes_since(0, 100)
            .await
            .unwrap()
            .iter()
            .map(|c| c.revision)
            .collect();
        assert_eq!(feed, (1..=13).collect::<Vec<u64>>(), "{}", t.name);
    })
    .await;
}

/// A stored instant outside what the domain can hold (here the year 14645, written with raw SQL
/// in SQLite's text form) is reported as corrupt data, not a panic.
#[tokio::test]
async fn an_out_of_range_stored_time_is_corrupt_not_a_panic() {
    use sea_orm::{ConnectionTrait, Database};

    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("vecino.db").display()
    );
    let s = vecino_store::Store::connect(&url).await.unwrap();
    s.migrate().await.unwrap();
    s.put_organization(&organization("far-future"))
        .await
        .unwrap();

    let raw = Database::connect(&url).await.unwrap();
    raw.execute_unprepared("UPDATE changes SET at = '+14645-01-01 00:00:00+00:00'")
        .await
        .unwrap();
    raw.close().await.unwrap();

    let err = s.changes_since(0, 10).await.unwrap_err();
    assert!(
        matches!(err, vecino_store::Error::Corrupt { what: "time", .. }),
        "{err:?}"
    );
}
