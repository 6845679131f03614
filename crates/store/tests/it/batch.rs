//! Batch writes: one revision per record, nothing twice, nothing at all when one fails.

use vecino_core::{EntityKind, Id, Topic};
use vecino_store::Batch;

use crate::backends::each_backend;
use crate::records::{organization, service, text};

#[tokio::test]
async fn a_batch_writes_every_record_with_its_own_revision_and_nothing_twice() {
    each_backend(|t| async move {
        let s = &t.store;
        let before = s.head_revision().await.unwrap();
        let org = organization("batch-org");
        let a = service("batch-a", &org, &[Topic::Health]);
        let b = service("batch-b", &org, &[Topic::Food]);
        let orgs = [org.clone()];
        let services = [a.clone(), b.clone()];
        let batch = Batch {
            organizations: &orgs,
            services: &services,
            ..Batch::default()
        };
        let calls = std::sync::Mutex::new(Vec::new());
        let outcome = s
            .write_batch(batch, &|done, total| {
                calls.lock().unwrap().push((done, total))
            })
            .await
            .unwrap();
        assert_eq!((outcome.written, outcome.unchanged), (3, 0), "{}", t.name);
        assert_eq!(calls.into_inner().unwrap(), [(1, 3), (2, 3), (3, 3)]);
        let feed = s.changes_since(before, 100).await.unwrap();
        let got: Vec<(u64, EntityKind, Id)> =
            feed.iter().map(|c| (c.revision, c.entity, c.id)).collect();
        assert_eq!(
            got,
            [
                (before + 1, EntityKind::Organization, org.id),
                (before + 2, EntityKind::Service, a.id),
                (before + 3, EntityKind::Service, b.id),
            ],
            "{}",
            t.name
        );
        assert_eq!(s.service(b.id).await.unwrap().as_ref(), Some(&b));

        // The same data again changes nothing and appends nothing.
        let again = s.write_batch(batch, &|_, _| {}).await.unwrap();
        assert_eq!(
            (again.written, again.unchanged, again.revision),
            (0, 3, None)
        );
        assert_eq!(s.head_revision().await.unwrap(), before + 3);

        // One changed record: one new revision.
        let mut renamed = b.clone();
        renamed.name = text("Renamed in the feed");
        let services = [a.clone(), renamed.clone()];
        let changed = s
            .write_batch(
                Batch {
                    organizations: &orgs,
                    services: &services,
                    ..Batch::default()
                },
                &|_, _| {},
            )
            .await
            .unwrap();
        assert_eq!((changed.written, changed.revision), (1, Some(before + 4)));
    })
    .await;
}

#[tokio::test]
async fn a_batch_that_fails_part_way_writes_nothing() {
    each_backend(|t| async move {
        let s = &t.store;
        let before = s.head_revision().await.unwrap();
        let org = organization("half-org");
        let stranger = organization("not-in-the-batch");
        let ok = service("half-ok", &org, &[Topic::Health]);
        // Its organization is neither stored nor in the batch: the database refuses it.
        let orphan = service("half-orphan", &stranger, &[Topic::Health]);
        let orgs = [org.clone()];
        let services = [ok.clone(), orphan];
        let err = s
            .write_batch(
                Batch {
                    organizations: &orgs,
                    services: &services,
                    ..Batch::default()
                },
                &|_, _| {},
            )
            .await;
        assert!(err.is_err(), "{}", t.name);
        assert_eq!(s.head_revision().await.unwrap(), before, "{}", t.name);
        assert!(
            s.organization(org.id).await.unwrap().is_none(),
            "{}",
            t.name
        );
        assert!(s.service(ok.id).await.unwrap().is_none(), "{}", t.name);
        // The head did not move either: the next write takes the next revision.
        let r = s.put_organization(&org).await.unwrap().unwrap();
        assert_eq!(r, before + 1, "{}", t.name);
    })
    .await;
}
