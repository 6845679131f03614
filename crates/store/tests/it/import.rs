//! Imports keep staff edits and other sources' records, take no check or accreditation, audit once.

use vecino_core::{Accreditation, ServiceStatus, Timestamp, Topic};
use vecino_store::{AuditNote, Batch, IMPORT_ACTOR, ImportPolicy, Refusal};

use crate::backends::each_backend;
use crate::records::{organization, service, text};

const FEED: &str = "https://211.example.org/feed";

fn policy() -> ImportPolicy {
    ImportPolicy {
        source_url: FEED.to_owned(),
        ..ImportPolicy::default()
    }
}

#[tokio::test]
async fn an_import_takes_no_check_or_accreditation_from_the_file_and_leaves_one_audit_row() {
    each_backend(|t| async move {
        let s = &t.store;
        let org = organization("import-org");
        let mut forged = service("import-forged", &org, &[Topic::LegalAid]);
        forged.accreditation = Some(Accreditation::DojRecognizedOrganization);
        forged
            .trust
            .verified("staff:someone".to_owned(), Timestamp::now());
        let orgs = [org.clone()];
        let services = [forged.clone()];
        let batch = Batch {
            organizations: &orgs,
            services: &services,
            ..Batch::default()
        };
        let note = AuditNote::new(IMPORT_ACTOR, Timestamp::now());

        // A dry run checks everything and writes nothing.
        let dry = ImportPolicy {
            dry_run: true,
            ..policy()
        };
        let outcome = s.import(batch, &dry, &note, &|_, _| {}).await.unwrap();
        assert_eq!(outcome.written, 2, "{}", t.name);
        assert!(s.service(forged.id).await.unwrap().is_none(), "{}", t.name);

        let outcome = s.import(batch, &policy(), &note, &|_, _| {}).await.unwrap();
        assert_eq!((outcome.written, outcome.unchanged), (2, 0), "{}", t.name);
        let stored = s.service(forged.id).await.unwrap().unwrap();
        assert!(stored.accreditation.is_none(), "{}", t.name);
        assert!(stored.trust.verified_at.is_none(), "{}", t.name);
        let audit = s.audit_entries(10).await.unwrap();
        let imports: Vec<_> = audit.iter().filter(|(e, _)| e.action == "import").collect();
        assert_eq!(imports.len(), 1, "one row per import, none for the dry run");
        assert_eq!(imports[0].0.actor, IMPORT_ACTOR);
        assert_eq!(
            imports[0].1.as_deref(),
            Some("source https://211.example.org/feed: 2 written, 0 unchanged, 0 refused")
        );

        // Again: the same as stored after the rules, so unchanged.
        let again = s.import(batch, &policy(), &note, &|_, _| {}).await.unwrap();
        assert_eq!((again.written, again.unchanged), (0, 2), "{}", t.name);
    })
    .await;
}

#[tokio::test]
async fn an_import_leaves_staff_edits_and_other_sources_alone_unless_allowed() {
    each_backend(|t| async move {
        let s = &t.store;
        let org = organization("origin-org");
        let ours = service("origin-ours", &org, &[Topic::Health]);
        let seeded = service("origin-seeded", &org, &[Topic::Food]);
        // Not from this feed: written by something else first.
        s.put_organization(&org).await.unwrap();
        s.put_service(&seeded).await.unwrap();
        let note = AuditNote::new(IMPORT_ACTOR, Timestamp::now());
        let orgs = [org.clone()];
        let mut renamed_seeded = seeded.clone();
        renamed_seeded.name = text("Renamed by the feed");
        let services = [ours.clone(), renamed_seeded.clone()];
        let batch = Batch {
            organizations: &orgs,
            services: &services,
            ..Batch::default()
        };
        let outcome = s.import(batch, &policy(), &note, &|_, _| {}).await.unwrap();
        // The organization is as stored; the new service is written; the other is refused.
        assert_eq!((outcome.written, outcome.unchanged), (1, 1), "{}", t.name);
        let why: Vec<Refusal> = outcome.refused.iter().map(|r| r.why).collect();
        assert_eq!(why, [Refusal::OtherSource], "{}", t.name);
        assert_eq!(
            s.service(seeded.id).await.unwrap().unwrap().name,
            seeded.name
        );

        // Staff edit the feed's own service: the next import leaves it.
        let mut edited = ours.clone();
        edited.name = text("Corrected by staff");
        let staff = AuditNote::new("ed@example.org", Timestamp::now());
        s.put_service_audited(&edited, Some(&staff)).await.unwrap();
        let mut renamed_ours = ours.clone();
        renamed_ours.name = text("Renamed again by the feed");
        let services = [renamed_ours.clone()];
        let only = Batch {
            services: &services,
            ..Batch::default()
        };
        let outcome = s.import(only, &policy(), &note, &|_, _| {}).await.unwrap();
        assert_eq!(outcome.refused.len(), 1, "{}", t.name);
        assert_eq!(outcome.refused[0].why, Refusal::StaffEdited);
        assert_eq!(s.service(ours.id).await.unwrap().unwrap().name, edited.name);

        let allowed = ImportPolicy {
            overwrite_staff_edits: true,
            ..policy()
        };
        let outcome = s.import(only, &allowed, &note, &|_, _| {}).await.unwrap();
        assert_eq!(outcome.written, 1, "{}", t.name);
        assert_eq!(
            s.service(ours.id).await.unwrap().unwrap().name,
            renamed_ours.name
        );

        // A feed cannot add a listing to an organization it may not change.
        let other = ImportPolicy {
            source_url: "https://other.example.org/".to_owned(),
            ..ImportPolicy::default()
        };
        let mut claimed = org.clone();
        claimed.name = text("Taken over");
        let added = service("origin-added", &org, &[Topic::Health]);
        let (orgs, services) = ([claimed], [added.clone()]);
        let takeover = Batch {
            organizations: &orgs,
            services: &services,
            ..Batch::default()
        };
        let outcome = s.import(takeover, &other, &note, &|_, _| {}).await.unwrap();
        assert_eq!(outcome.written, 0, "{}", t.name);
        let why: Vec<Refusal> = outcome.refused.iter().map(|r| r.why).collect();
        assert_eq!(
            why,
            [Refusal::OtherSource, Refusal::OtherSource],
            "{}",
            t.name
        );
        assert!(s.service(added.id).await.unwrap().is_none(), "{}", t.name);
    })
    .await;
}

#[tokio::test]
async fn a_complete_batch_marks_only_this_sources_missing_services_inactive() {
    each_backend(|t| async move {
        let s = &t.store;
        let org = organization("complete-org");
        let kept = service("complete-kept", &org, &[Topic::Health]);
        let gone = service("complete-gone", &org, &[Topic::Health]);
        let edited = service("complete-edited", &org, &[Topic::Health]);
        let started = Timestamp::now();
        let note = AuditNote::new(IMPORT_ACTOR, started);
        assert_eq!(s.last_import_of(FEED).await.unwrap(), None, "{}", t.name);
        let (orgs, services) = ([org.clone()], [kept.clone(), gone.clone(), edited.clone()]);
        let all = Batch {
            organizations: &orgs,
            services: &services,
            ..Batch::default()
        };
        let outcome = s.import(all, &policy(), &note, &|_, _| {}).await.unwrap();
        assert_eq!(outcome.written, 4, "{}", t.name);
        // The run's start, to the microsecond the database keeps.
        let last = s.last_import_of(FEED).await.unwrap().expect("a run");
        assert_eq!(
            last.as_microsecond(),
            started.as_microsecond(),
            "{}",
            t.name
        );
        assert_eq!(
            s.last_import_of("https://other.example.org/")
                .await
                .unwrap(),
            None
        );
        // Another source's service and a staff edit of this source's service.
        let theirs = service("complete-theirs", &org, &[Topic::Health]);
        s.put_service(&theirs).await.unwrap();
        let mut fixed = edited.clone();
        fixed.name = text("Fixed by staff");
        let staff = AuditNote::new("ed@example.org", Timestamp::now());
        s.put_service_audited(&fixed, Some(&staff)).await.unwrap();

        // Only `kept` is still in the source.
        let services = [kept.clone()];
        let only = Batch {
            organizations: &orgs,
            services: &services,
            ..Batch::default()
        };
        let complete = ImportPolicy {
            complete: true,
            ..policy()
        };
        let outcome = s.import(only, &complete, &note, &|_, _| {}).await.unwrap();
        assert_eq!(outcome.deactivated, [gone.id], "{}", t.name);
        assert_eq!(outcome.written, 1, "{}", t.name);
        let why: Vec<Refusal> = outcome.refused.iter().map(|r| r.why).collect();
        assert_eq!(why, [Refusal::StaffEdited], "{}", t.name);
        let status = |id| async move { s.service(id).await.unwrap().unwrap().status };
        assert_eq!(status(gone.id).await, ServiceStatus::Inactive, "{}", t.name);
        assert_eq!(status(kept.id).await, ServiceStatus::Active, "{}", t.name);
        assert_eq!(status(edited.id).await, ServiceStatus::Active, "{}", t.name);
        assert_eq!(status(theirs.id).await, ServiceStatus::Active, "{}", t.name);

        // Again: nothing more to mark.
        let outcome = s.import(only, &complete, &note, &|_, _| {}).await.unwrap();
        assert!(outcome.deactivated.is_empty(), "{}", t.name);
        assert_eq!(outcome.written, 0, "{}", t.name);
    })
    .await;
}
