//! Records read back exactly as written; the builders here are test data, never real facts.

use vecino_core::{
    EntityKind, Id, LanguageMode, LanguageOffered, LocaleTag, LocalizedText, Organization, Service,
    ServiceStatus, Slug, Source, Topic, Trust, stable_id,
};
use vecino_store::{Error, Page, ServiceFilter};

use crate::backends::each_backend;

pub fn text(en: &str) -> LocalizedText {
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

pub fn organization(slug: &str) -> Organization {
    let slug = Slug::parse(slug).unwrap();
    Organization {
        id: stable_id("organization", &slug),
        name: text(&format!("Org {slug}")),
        slug,
        description: None,
        url: None,
        email: None,
        phones: vec![],
        trust: trust(),
    }
}

pub fn service(slug: &str, org: &Organization, topics: &[Topic]) -> Service {
    let slug = Slug::parse(slug).unwrap();
    Service {
        id: stable_id("service", &slug),
        organization_id: org.id,
        name: text(&format!("Service {slug}")),
        description: text("What it does."),
        slug,
        status: ServiceStatus::Active,
        topics: topics.to_vec(),
        languages: vec![LanguageOffered {
            code: LocaleTag::parse("es").unwrap(),
            how: LanguageMode::BilingualStaff,
        }],
        accreditation: None,
        accreditation_evidence: None,
        free: Some(true),
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

#[tokio::test]
async fn a_service_reads_back_exactly_as_written() {
    each_backend(|t| async move {
        let org = organization("city-of-somewhere");
        t.store.put_organization(&org).await.unwrap();
        let starter = vecino_store::seed::starter_content().unwrap();
        // A real service with a place, coordinates, a schedule and translations.
        let mut svc = starter
            .services
            .iter()
            .find(|s| s.schedule.is_some() && !s.locations.is_empty())
            .expect("starter content has a 24/7 service with a place")
            .clone();
        svc.organization_id = org.id;
        t.store.put_service(&svc).await.unwrap();
        let back = t.store.service(svc.id).await.unwrap().unwrap();
        assert_eq!(back, svc, "{}", t.name);
        let by_slug = t.store.service_by_slug(&svc.slug).await.unwrap().unwrap();
        assert_eq!(by_slug.id, svc.id, "{}", t.name);
        assert!(t.store.service(Id::new_random()).await.unwrap().is_none());
    })
    .await;
}

#[tokio::test]
async fn a_places_own_service_areas_read_back_and_a_change_to_them_is_a_change() {
    each_backend(|t| async move {
        let org = organization("clinic-with-sites");
        t.store.put_organization(&org).await.unwrap();
        let starter = vecino_store::seed::starter_content().unwrap();
        let mut svc = starter
            .services
            .iter()
            .find(|s| !s.locations.is_empty())
            .expect("starter content has a service with a place")
            .clone();
        svc.organization_id = org.id;
        // Test data: the service serves one county, its first place another.
        svc.details.service_areas = vec![vecino_core::ServiceArea {
            name: "Example County".into(),
            description: None,
        }];
        svc.locations[0].service_areas = vec![vecino_core::ServiceArea {
            name: "Other Example County".into(),
            description: Some("Mobile unit, north half".into()),
        }];
        t.store.put_service(&svc).await.unwrap();
        let back = t.store.service(svc.id).await.unwrap().unwrap();
        assert_eq!(back, svc, "{}", t.name);
        assert_eq!(
            back.locations[0].service_areas[0].name, "Other Example County",
            "{}",
            t.name
        );

        let head = t.store.changes_since(0, 100).await.unwrap().len();
        svc.locations[0].service_areas.clear();
        assert!(
            t.store.put_service(&svc).await.unwrap().is_some(),
            "{}: a place's areas changed",
            t.name
        );
        assert_eq!(
            t.store.changes_since(0, 100).await.unwrap().len(),
            head + 1,
            "{}",
            t.name
        );
        let back = t.store.service(svc.id).await.unwrap().unwrap();
        assert!(back.locations[0].service_areas.is_empty(), "{}", t.name);
        assert_eq!(back, svc, "{}", t.name);
    })
    .await;
}

#[tokio::test]
async fn writing_the_same_record_twice_appends_one_change() {
    each_backend(|t| async move {
        let org = organization("twice");
        let first = t.store.put_organization(&org).await.unwrap();
        let second = t.store.put_organization(&org).await.unwrap();
        assert!(first.is_some(), "{}", t.name);
        assert_eq!(second, None, "{}", t.name);
        assert_eq!(
            t.store.changes_since(0, 100).await.unwrap().len(),
            1,
            "{}",
            t.name
        );
    })
    .await;
}

#[tokio::test]
async fn slugs_are_unique_and_organizations_in_use_cannot_be_deleted() {
    each_backend(|t| async move {
        let org = organization("taken");
        t.store.put_organization(&org).await.unwrap();
        let mut other = organization("other");
        other.slug = org.slug.clone();
        let err = t.store.put_organization(&other).await.unwrap_err();
        assert!(matches!(err, Error::Conflict(_)), "{}: {err:?}", t.name);

        let svc = service("uses-taken", &org, &[Topic::LegalAid]);
        t.store.put_service(&svc).await.unwrap();
        let err = t
            .store
            .delete(EntityKind::Organization, org.id)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Conflict(_)), "{}: {err:?}", t.name);
        assert!(
            t.store.organization(org.id).await.unwrap().is_some(),
            "{}",
            t.name
        );
    })
    .await;
}

#[tokio::test]
async fn invalid_records_are_refused_before_writing() {
    each_backend(|t| async move {
        let org = organization("strict");
        t.store.put_organization(&org).await.unwrap();
        let mut svc = service("no-topics", &org, &[]);
        svc.topics.clear();
        assert!(
            matches!(t.store.put_service(&svc).await, Err(Error::Invalid(_))),
            "{}",
            t.name
        );
        let mut unsourced = organization("unsourced");
        unsourced.trust.sources.clear();
        assert!(matches!(
            t.store.put_organization(&unsourced).await,
            Err(Error::Invalid(_))
        ));
        assert_eq!(t.store.head_revision().await.unwrap(), 1, "{}", t.name);
    })
    .await;
}

#[tokio::test]
async fn services_filter_by_topic_and_page() {
    each_backend(|t| async move {
        let org = organization("many");
        t.store.put_organization(&org).await.unwrap();
        for i in 0..7 {
            let topics = if i % 2 == 0 {
                vec![Topic::Health]
            } else {
                vec![Topic::LegalAid, Topic::Daca]
            };
            t.store
                .put_service(&service(&format!("svc-{i}"), &org, &topics))
                .await
                .unwrap();
        }
        let all = t
            .store
            .services(&ServiceFilter::default(), Page::new(1, 5))
            .await
            .unwrap();
        assert_eq!((all.total, all.items.len()), (7, 5), "{}", t.name);
        let second = t
            .store
            .services(&ServiceFilter::default(), Page::new(2, 5))
            .await
            .unwrap();
        assert_eq!(
            second
                .items
                .iter()
                .map(|s| s.slug.as_str())
                .collect::<Vec<_>>(),
            ["svc-5", "svc-6"]
        );
        let legal = ServiceFilter {
            topic: Some(Topic::LegalAid),
            ..Default::default()
        };
        let found = t.store.services(&legal, Page::new(1, 50)).await.unwrap();
        assert_eq!(found.total, 3, "{}", t.name);
        assert!(
            found
                .items
                .iter()
                .all(|s| s.topics == [Topic::LegalAid, Topic::Daca])
        );
    })
    .await;
}

#[tokio::test]
async fn services_load_by_id_in_the_order_asked() {
    each_backend(|t| async move {
        let org = organization("by-id");
        t.store.put_organization(&org).await.unwrap();
        let mut svcs = Vec::new();
        for slug in ["by-id-a", "by-id-b", "by-id-c"] {
            let svc = service(slug, &org, &[Topic::LegalAid]);
            t.store.put_service(&svc).await.unwrap();
            svcs.push(svc);
        }
        let asked = [svcs[2].id, Id::new_random(), svcs[0].id, svcs[1].id];
        let got = t.store.services_in(&asked).await.unwrap();
        let slugs: Vec<&str> = got.iter().map(|s| s.slug.as_str()).collect();
        assert_eq!(slugs, ["by-id-c", "by-id-a", "by-id-b"], "{}", t.name);
        assert_eq!(got[0], svcs[2], "whole services: {}", t.name);
        assert!(t.store.services_in(&[]).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn services_modified_after_are_paged_in_the_order_written() {
    each_backend(|t| async move {
        let org = organization("feed");
        let other = organization("feed-other");
        t.store.put_organization(&org).await.unwrap();
        t.store.put_organization(&other).await.unwrap();
        let mut svcs = Vec::new();
        for i in 0..5 {
            let svc = service(&format!("feed-{i}"), &org, &[Topic::LegalAid]);
            t.store.put_service(&svc).await.unwrap();
            svcs.push(svc);
        }
        t.store
            .put_service(&service("feed-elsewhere", &other, &[Topic::Health]))
            .await
            .unwrap();
        let epoch: vecino_core::Timestamp = "2000-01-01T00:00:00Z".parse().unwrap();
        let mine = ServiceFilter {
            organization: Some(org.id),
            ..ServiceFilter::default()
        };
        let mut seen = Vec::new();
        for page in 1..=3 {
            let got = t
                .store
                .services_modified_after(epoch, &mine, Page::new(page, 2))
                .await
                .unwrap();
            assert_eq!(got.total, 5, "{}", t.name);
            assert_eq!(got.items.len(), if page == 3 { 1 } else { 2 }, "{}", t.name);
            seen.extend(got.items.into_iter().map(|s| s.id));
        }
        let mut expected: Vec<Id> = svcs.iter().map(|s| s.id).collect();
        let mut sorted = seen.clone();
        sorted.sort_by_key(Id::to_string);
        expected.sort_by_key(Id::to_string);
        assert_eq!(sorted, expected, "every service once: {}", t.name);

        // A service changed later comes last, and alone after the time it was changed.
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        let before_change = jiff::Timestamp::now();
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        let mut changed = svcs[0].clone();
        changed.name = text("A new name");
        t.store.put_service(&changed).await.unwrap();
        let all = t
            .store
            .services_modified_after(epoch, &mine, Page::new(1, 10))
            .await
            .unwrap();
        assert_eq!(all.items.last().unwrap().id, changed.id, "{}", t.name);
        let recent = t
            .store
            .services_modified_after(before_change, &ServiceFilter::default(), Page::new(1, 10))
            .await
            .unwrap();
        assert_eq!(recent.total, 1, "{}", t.name);
        assert_eq!(recent.items, vec![changed.clone()], "{}", t.name);
        assert_eq!(
            t.store
                .service_ids_modified_after(before_change, &ServiceFilter::default())
                .await
                .unwrap(),
            vec![changed.id],
            "{}",
            t.name
        );
        let health = ServiceFilter {
            topic: Some(Topic::Health),
            ..ServiceFilter::default()
        };
        assert_eq!(t.store.service_ids(&health).await.unwrap().len(), 1);
        let modified = t
            .store
            .services_modified_in(&[changed.id, svcs[1].id])
            .await
            .unwrap();
        assert_eq!(modified.len(), 2, "{}", t.name);
        assert!(modified[&changed.id] >= before_change, "{}", t.name);
        assert!(modified[&svcs[1].id] < before_change, "{}", t.name);
    })
    .await;
}

/// A service with every HSDS 3.1 detail, every safety fact and the freshness inputs set: test
/// data, not a real listing.
pub fn service_with_everything(slug: &str, org: &Organization) -> Service {
    use vecino_core::{
        AsksStatus, Assurance, Capacity, CostOption, Date, IdNeeded, Kept, Known, LabeledUrl,
        Phone, PhoneKind, Program, PublicCharge, RequiredDocument, SafetyFacts, ServiceArea,
        ServiceDetails, WebUrl,
    };
    let day: Date = "2026-11-30".parse().unwrap();
    let source = Source::new("Example clinic FAQ", "https://example.org/faq").unwrap();
    let known = |value: AsksStatus| Known {
        value,
        source: source.clone(),
        checked: day,
    };
    let mut s = service(slug, org, &[Topic::Health]);
    s.status = ServiceStatus::TemporarilyClosed;
    s.phones = vec![
        Phone::parse("+1 (408) 555-0100")
            .unwrap()
            .with_extension(Some("12".into()))
            .with_kind(Some(PhoneKind::Voice))
            .with_languages(vec![LocaleTag::parse("es").unwrap()]),
    ];
    s.details = ServiceDetails {
        eligibility: Some(text("Adults in the county.")),
        minimum_age: Some(18),
        maximum_age: Some(64),
        fees: Some(text("Sliding scale.")),
        cost_options: vec![CostOption {
            option: Some("per visit".into()),
            amount: Some(20.0),
            currency: Some("USD".into()),
            amount_description: None,
            valid_from: Some(day),
            valid_to: None,
        }],
        documents: vec![RequiredDocument {
            document: text("Any photo ID."),
            uri: None,
        }],
        application_process: Some(text("Walk in.")),
        alert: Some(text("Closed this week.")),
        program: Some(Program {
            name: "Example program".into(),
            description: None,
        }),
        additional_urls: vec![LabeledUrl {
            label: Some("Form".into()),
            url: WebUrl::parse("https://example.org/form").unwrap(),
        }],
        service_areas: vec![ServiceArea {
            name: "Example County".into(),
            description: None,
        }],
        capacity: vec![Capacity {
            available: 3.0,
            maximum: Some(10.0),
            unit: "appointments".into(),
            description: None,
            updated: "2026-12-01T10:00:00Z".parse().unwrap(),
        }],
        assured: Some(Assurance {
            date: day,
            assurer_email: Some("data@example.org".into()),
        }),
    };
    s.safety = SafetyFacts {
        asks_status: Some(known(AsksStatus::No)),
        id_needed: Some(Known {
            value: IdNeeded::AnyId,
            source: source.clone(),
            checked: day,
        }),
        ssn_needed: Some(Known {
            value: false,
            source: source.clone(),
            checked: day,
        }),
        regardless_of_status: None,
        public_charge: Some(Known {
            value: PublicCharge::NotConsidered,
            source: source.clone(),
            checked: day,
        }),
        public_charge_note: Some(text("Using this clinic is not considered.")),
    };
    s.review_interval_days = Some(60);
    s.trust.source_checked_on = Some(day);
    s.trust.kept = Some(Kept {
        by: "staff:example".into(),
        at: "2026-12-01T10:00:00Z".parse().unwrap(),
    });
    s
}

#[tokio::test]
async fn every_detail_and_safety_fact_reads_back() {
    each_backend(|t| async move {
        let org = organization("clinic-org");
        t.store.put_organization(&org).await.unwrap();
        let svc = service_with_everything("clinic-everything", &org);
        svc.validate().unwrap();
        t.store.put_service(&svc).await.unwrap();
        let back = t.store.service(svc.id).await.unwrap().unwrap();
        // `kept` is an admin's decision: a plain write never brings it (`Trust::carry_over`).
        let mut expected = svc.clone();
        expected.trust.kept = None;
        assert_eq!(back, expected);
        assert_eq!(back.details.intake(), Some(vecino_core::Intake::Accepting));
        assert!(back.safety.doesnt_ask_status());
    })
    .await;
}
