//! The problem-report queue: in order, outside the change feed, paged by scope, contacts purged.

use vecino_core::{EntityKind, Id, LocaleTag, ProblemKind, ProblemReport, Timestamp};

use crate::backends::each_backend;

fn report(details: &str, contact: Option<&str>) -> ProblemReport {
    ProblemReport {
        id: Id::new_random(),
        entity: EntityKind::Service,
        record_id: Id::new_random(),
        kind: ProblemKind::Hours,
        details: details.to_owned(),
        contact: contact.map(str::to_owned),
        locale: LocaleTag::parse("vi").unwrap(),
        created_at: Timestamp::now(),
    }
}

#[tokio::test]
async fn reports_are_queued_in_order_outside_the_change_feed() {
    each_backend(|t| async move {
        let s = &t.store;
        let head = s.head_revision().await.unwrap();
        let first = report("Giờ mở cửa đã đổi sang thứ Bảy.", None);
        let mut second = report("They moved to another building.", Some("ana@example.org"));
        second.created_at = first.created_at + jiff::SignedDuration::from_secs(1);
        s.add_report(&first).await.unwrap();
        s.add_report(&second).await.unwrap();
        let queued = s.new_reports().await.unwrap();
        assert_eq!(queued.len(), 2, "{}", t.name);
        assert_eq!(queued[0].id, first.id, "oldest first ({})", t.name);
        assert_eq!(queued[0].details, first.details);
        assert_eq!(queued[0].locale.as_str(), "vi");
        assert_eq!(queued[1].contact.as_deref(), Some("ana@example.org"));
        assert_eq!(
            s.head_revision().await.unwrap(),
            head,
            "reports are not directory changes ({})",
            t.name
        );
        let too_short = report("short", None);
        assert!(s.add_report(&too_short).await.is_err(), "{}", t.name);
        assert_eq!(s.new_reports().await.unwrap().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn the_queue_is_read_a_page_at_a_time_within_a_scope_and_contacts_are_purged() {
    use vecino_store::{AuditNote, Page, ReportOutcome, ReportScope};
    each_backend(|t| async move {
        let s = &t.store;
        let ours = crate::records::organization("ours");
        let theirs = crate::records::organization("theirs");
        let mine = crate::records::service("mine", &ours, &[vecino_core::Topic::Health]);
        let other = crate::records::service("other", &theirs, &[vecino_core::Topic::Health]);
        for org in [&ours, &theirs] {
            s.put_organization(org).await.unwrap();
        }
        for service in [&mine, &other] {
            s.put_service(service).await.unwrap();
        }
        let start = Timestamp::now();
        let mut ids = Vec::new();
        for i in 0..7 {
            let mut r = report("The hours changed last month.", Some("a@example.org"));
            r.record_id = if i % 2 == 0 { mine.id } else { other.id };
            r.created_at = start + jiff::SignedDuration::from_secs(i);
            s.add_report(&r).await.unwrap();
            ids.push(r.id);
        }
        let all = s
            .waiting_reports(ReportScope::All, Page::new(2, 3))
            .await
            .unwrap();
        assert_eq!(all.total, 7, "{}", t.name);
        assert_eq!(
            all.items.iter().map(|r| r.id).collect::<Vec<_>>(),
            ids[3..6],
            "oldest first, page 2 ({})",
            t.name
        );
        let orgs = [ours.id];
        let scoped = s
            .waiting_reports(ReportScope::Organizations(&orgs), Page::new(1, 10))
            .await
            .unwrap();
        assert_eq!(scoped.total, 4, "{}", t.name);
        assert!(scoped.items.iter().all(|r| r.record_id == mine.id));

        let note = AuditNote::new("a@example.org", start).action("resolve-report");
        s.handle_report_audited(ids[0], ReportOutcome::Resolved, Some("done"), &note)
            .await
            .unwrap();
        assert!(
            s.handle_report_audited(ids[0], ReportOutcome::Dismissed, None, &note)
                .await
                .is_err(),
            "handled once"
        );
        assert_eq!(
            s.purge_report_contacts(start).await.unwrap(),
            0,
            "not yet past retention ({})",
            t.name
        );
        let later = start + jiff::SignedDuration::from_secs(1);
        assert_eq!(
            s.purge_report_contacts(later).await.unwrap(),
            1,
            "{}",
            t.name
        );
        assert_eq!(s.report(ids[0]).await.unwrap().unwrap().contact, None);
        assert!(s.report(ids[1]).await.unwrap().unwrap().contact.is_some());
        let audit = s.audit_entries(10).await.unwrap();
        assert!(audit.iter().any(|(e, _)| e.action == "resolve-report"));
    })
    .await;
}
