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
