//! The "due for checking" queue on SQLite and PostgreSQL: a listing whose check is older than
//! its interval is due; "still correct" takes it out and the audit log names who; only those
//! who may verify may; keeping an expired listing in search is an admin's; a staff edit never
//! changes the source's own date nor the keep.

use std::sync::Arc;

use jiff::ToSpan;
use jiff::civil::Date;
use vecino_app::edit::Via;
use vecino_app::freshness::DueRecord;
use vecino_app::{App, Error};
use vecino_core::{
    AsksStatus, ChangingFact, Email, Guide, Id, Known, LocaleTag, LocalizedText, Organization,
    Role, Service, ServiceStatus, Slug, Source, StaffUser, Timestamp, Topic, Trust, WebUrl,
    stable_id,
};
use vecino_search::SearchIndex;
use vecino_store::Store;

fn text(en: &str) -> LocalizedText {
    LocalizedText::original(LocaleTag::parse("en").unwrap(), en).unwrap()
}

fn today() -> Date {
    jiff::tz::Offset::UTC.to_datetime(Timestamp::now()).date()
}

fn organization(slug: &str) -> Organization {
    let slug = Slug::parse(slug).unwrap();
    Organization {
        id: stable_id("organization", &slug),
        name: text(slug.as_str()),
        slug,
        description: None,
        url: None,
        email: None,
        phones: vec![],
        trust: Trust {
            sources: vec![Source::new("Example", "https://example.org/").unwrap()],
            ..Trust::default()
        },
    }
}

/// A service of `org` on `topic` whose source says it checked it `days_ago` (never: `None`).
fn service(slug: &str, org: &Organization, topic: Topic, days_ago: Option<i64>) -> Service {
    let slug = Slug::parse(slug).unwrap();
    Service {
        id: stable_id("service", &slug),
        organization_id: org.id,
        name: text(slug.as_str()),
        description: text("Walk-in visits."),
        slug,
        status: ServiceStatus::Active,
        topics: vec![topic],
        languages: vec![],
        accreditation: None,
        accreditation_evidence: None,
        free: None,
        url: None,
        email: None,
        phones: vec![],
        schedule: None,
        locations: vec![],
        trust: Trust {
            sources: vec![Source::new("Example", "https://example.org/").unwrap()],
            source_checked_on: days_ago.map(|d| today().checked_sub(d.days()).unwrap()),
            ..Trust::default()
        },
        details: Default::default(),
        review_interval_days: None,
        safety: Default::default(),
    }
}

fn user(email: &str, role: Role) -> StaffUser {
    StaffUser::new(Email::parse(email).unwrap(), role, Timestamp::now()).unwrap()
}

async fn app_on(url: &str) -> App {
    let store = Store::connect(url).await.unwrap();
    store.migrate().await.unwrap();
    let search = Arc::new(SearchIndex::in_memory().unwrap());
    let i18n = Arc::new(vecino_i18n::I18n::load().unwrap());
    App::new(store, search, i18n)
}

/// Runs `test` on SQLite and, when `VECINO_TEST_POSTGRES_URL` is set, on a scratch
/// PostgreSQL database named after `name` (one per test: tests run at once).
async fn each_backend<F, Fut>(name: &str, test: F)
where
    F: Fn(App, &'static str) -> Fut,
    Fut: Future<Output = ()>,
{
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("v.db").display());
    test(app_on(&url).await, "sqlite").await;
    if let Some(db) = vecino_e2e::postgres_scratch(name) {
        test(app_on(&db.url).await, "postgres").await;
    }
}

fn due_services(due: &[vecino_app::freshness::Due]) -> Vec<Id> {
    due.iter()
        .filter_map(|d| match d.record {
            DueRecord::Service { id, .. } => Some(id),
            DueRecord::Guide { .. } => None,
        })
        .collect()
}

#[tokio::test]
async fn an_overdue_listing_is_due_until_someone_who_may_verify_says_it_is_still_correct() {
    each_backend("app_due", |app, backend| async move {
        let (a, b) = (organization("clinic-a"), organization("clinic-b"));
        app.store.put_organization(&a).await.unwrap();
        app.store.put_organization(&b).await.unwrap();
        let overdue = service("overdue-health", &a, Topic::Health, Some(200));
        let legal = service("overdue-legal", &a, Topic::LegalAid, Some(100));
        let never = service("never-checked", &a, Topic::Health, None);
        let current = service("current-health", &a, Topic::Health, Some(10));
        let other = service("other-org", &b, Topic::Health, Some(200));
        let mut closed = service("ended-program", &a, Topic::Health, Some(400));
        closed.status = ServiceStatus::Defunct;
        for s in [&overdue, &legal, &never, &current, &other, &closed] {
            app.store.put_service(s).await.unwrap();
        }
        let admin = user("admin@example.org", Role::Admin);
        let editor_a = user(
            "a@example.org",
            Role::new("editor", vec![a.id], vec![]).unwrap(),
        );
        let editor_b = user(
            "b@example.org",
            Role::new("editor", vec![b.id], vec![]).unwrap(),
        );
        let translator = user(
            "t@example.org",
            Role::new("translator", vec![], vec![LocaleTag::parse("es").unwrap()]).unwrap(),
        );
        for u in [&admin, &editor_a, &editor_b, &translator] {
            app.store.add_staff_user(u, "$argon2id$fake").await.unwrap();
        }

        // Legal help first (90 days), then the topic's, never checked before the oldest.
        let due = app.due_for_checking(&editor_a, today()).await.unwrap();
        assert_eq!(
            due_services(&due),
            vec![legal.id, never.id, overdue.id],
            "{backend}: the editor's due listings in risk order"
        );
        assert!(due[0].high_risk && !due[1].high_risk, "{backend}");
        assert_eq!(due[2].freshness.slug(), "overdue", "{backend}");
        let all = due_services(&app.due_for_checking(&admin, today()).await.unwrap());
        assert!(
            all.contains(&other.id) && !all.contains(&current.id),
            "{backend}"
        );
        assert!(
            !all.contains(&closed.id),
            "{backend}: an ended program is not checked"
        );
        assert!(matches!(
            app.due_for_checking(&translator, today()).await,
            Err(Error::Forbidden)
        ));

        // Neither a translator nor another organization's editor may say it is correct.
        for who in [&translator, &editor_b] {
            assert!(
                matches!(
                    app.still_correct(who, Via::Session, overdue.id).await,
                    Err(Error::Forbidden)
                ),
                "{backend}: {}",
                who.email
            );
        }
        assert!(
            due_services(&app.due_for_checking(&editor_a, today()).await.unwrap())
                .contains(&overdue.id)
        );

        let checked = app
            .still_correct(&editor_a, Via::Session, overdue.id)
            .await
            .unwrap();
        assert_eq!(checked.last_checked(), Some(today()), "{backend}");
        let due = due_services(&app.due_for_checking(&editor_a, today()).await.unwrap());
        assert_eq!(
            due,
            vec![legal.id, never.id],
            "{backend}: it left the queue"
        );
        let log = app.store.audit_log(20).await.unwrap();
        assert!(
            log.iter().any(|e| e.actor == "a@example.org"
                && e.action == "verify-service"
                && e.record_id == Some(overdue.id)),
            "{backend}: the audit log names who checked it: {log:?}"
        );
        assert_eq!(
            app.due_count(&editor_a, today()).await.unwrap(),
            Some(2),
            "{backend}"
        );
        assert_eq!(app.due_count(&translator, today()).await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn only_an_admin_keeps_an_expired_listing_in_search_and_an_edit_keeps_what_it_did_not_decide()
{
    each_backend("app_keep", |app, backend| async move {
        let a = organization("clinic-a");
        app.store.put_organization(&a).await.unwrap();
        let expired = service("long-unchecked", &a, Topic::Health, Some(400));
        app.store.put_service(&expired).await.unwrap();
        let admin = user("admin@example.org", Role::Admin);
        let editor = user(
            "a@example.org",
            Role::new("editor", vec![a.id], vec![]).unwrap(),
        );
        for u in [&admin, &editor] {
            app.store.add_staff_user(u, "$argon2id$fake").await.unwrap();
        }
        assert!(!expired.is_listed(&app.review, today()), "{backend}");
        assert!(matches!(
            app.keep_in_search(&editor, Via::Session, expired.id, true)
                .await,
            Err(Error::Forbidden)
        ));
        let kept = app
            .keep_in_search(&admin, Via::Session, expired.id, true)
            .await
            .unwrap();
        assert_eq!(
            kept.trust.kept.as_ref().map(|k| k.by.clone()),
            Some(admin.public_id()),
            "{backend}"
        );
        assert!(
            kept.is_listed(&app.review, today()),
            "{backend}: shown again"
        );
        let log = app.store.audit_log(20).await.unwrap();
        assert!(
            log.iter()
                .any(|e| e.actor == "admin@example.org" && e.action == "keep-service"),
            "{backend}: {log:?}"
        );

        // The editor's edit brings another source date and no keep: both stay as stored.
        let mut edited = kept.clone();
        edited.description = text("Walk-in visits on Mondays.");
        edited.trust.source_checked_on = Some(today());
        edited.trust.kept = None;
        assert!(
            app.save(&editor, Via::Session, &edited, None)
                .await
                .unwrap()
        );
        let stored = app.store.service(expired.id).await.unwrap().unwrap();
        assert_eq!(stored.description, edited.description, "{backend}");
        assert_eq!(
            stored.trust.source_checked_on, expired.trust.source_checked_on,
            "{backend}: the source's date is the import's"
        );
        assert_eq!(
            stored.trust.kept, kept.trust.kept,
            "{backend}: the keep is the admin's"
        );

        // A safety fact checked on a day to come is refused.
        let mut future = stored.clone();
        future.safety.asks_status = Some(Known {
            value: AsksStatus::No,
            source: Source::new("Clinic FAQ", "https://example.org/faq").unwrap(),
            checked: today().checked_add(3.days()).unwrap(),
        });
        assert!(matches!(
            app.save(&editor, Via::Session, &future, None).await,
            Err(Error::Invalid(e)) if e.code() == "in-the-future"
        ));

        let unkept = app
            .keep_in_search(&admin, Via::Session, expired.id, false)
            .await
            .unwrap();
        assert!(unkept.trust.kept.is_none(), "{backend}");
        assert!(!unkept.is_listed(&app.review, today()), "{backend}");
    })
    .await;
}

#[tokio::test]
async fn the_review_interval_comes_from_the_policy_on_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("v.db").display());
    let mut policy = vecino_core::ReviewPolicy::default();
    policy.per_topic.insert(Topic::Health, 30);
    let app = app_on(&url).await.with_review_policy(policy).unwrap();
    let a = organization("clinic-a");
    app.store.put_organization(&a).await.unwrap();
    let s = service("checked-last-month", &a, Topic::Health, Some(45));
    app.store.put_service(&s).await.unwrap();
    let admin = user("admin@example.org", Role::Admin);
    let due = app.due_for_checking(&admin, today()).await.unwrap();
    assert_eq!(due_services(&due), vec![s.id]);
    assert_eq!(due[0].interval_days, 30);
}

/// A guide on `topic` whose text was checked `reviewed_days_ago`, with one changing fact
/// checked `fact_days_ago` that took effect on a fictional day.
fn guide(slug: &str, topic: Topic, reviewed_days_ago: i64, fact_days_ago: i64) -> Guide {
    let slug = Slug::parse(slug).unwrap();
    let ago = |d: i64| today().checked_sub(d.days()).unwrap();
    Guide {
        id: stable_id("guide", &slug),
        title: text(slug.as_str()),
        slug,
        summary: text("What to know."),
        body: text("The fee: [changing:example-fee] see the source."),
        topics: vec![topic],
        sources: vec![Source::new("Example", "https://example.org/").unwrap()],
        reviewed_at: ago(reviewed_days_ago),
        changing_facts: vec![ChangingFact {
            id: Slug::parse("example-fee").unwrap(),
            checked: ago(fact_days_ago),
            took_effect: Some(Date::constant(2001, 2, 3)),
            source: WebUrl::parse("https://example.org/fees").unwrap(),
        }],
        review_interval_days: None,
    }
}

fn due_guides(due: &[vecino_app::freshness::Due]) -> Vec<(Id, Option<String>)> {
    due.iter()
        .filter_map(|d| match &d.record {
            DueRecord::Guide { id, fact, .. } => {
                Some((*id, fact.as_ref().map(|f| f.as_str().to_owned())))
            }
            DueRecord::Service { .. } => None,
        })
        .collect()
}

#[tokio::test]
async fn a_guide_fact_past_its_review_leaves_the_queue_when_an_admin_says_it_is_still_correct() {
    each_backend("app_due_guide", |app, backend| async move {
        let a = organization("clinic-a");
        app.store.put_organization(&a).await.unwrap();
        // Legal help: checked every 90 days. The text is current, the fee is not.
        let g = guide("citizenship-fees", Topic::Citizenship, 10, 100);
        app.store.put_guide(&g).await.unwrap();
        let admin = user("admin@example.org", Role::Admin);
        let editor = user(
            "a@example.org",
            Role::new("editor", vec![a.id], vec![]).unwrap(),
        );
        let translator = user(
            "t@example.org",
            Role::new("translator", vec![], vec![LocaleTag::parse("es").unwrap()]).unwrap(),
        );
        for u in [&admin, &editor, &translator] {
            app.store.add_staff_user(u, "$argon2id$fake").await.unwrap();
        }
        let fee = g.changing_facts[0].id.clone();
        let due = app.due_for_checking(&admin, today()).await.unwrap();
        assert_eq!(
            due_guides(&due),
            vec![(g.id, Some("example-fee".to_owned()))],
            "{backend}: the fact is due, the guide's text is not"
        );
        assert_eq!(
            app.due_count(&admin, today()).await.unwrap(),
            Some(due.len()),
            "{backend}"
        );

        // Guides are an admin's: neither a translator nor an editor may check one.
        for who in [&translator, &editor] {
            assert!(
                matches!(
                    app.check_guide(who, Via::Session, g.id, Some(&fee)).await,
                    Err(Error::Forbidden)
                ),
                "{backend}: {}",
                who.email
            );
        }
        assert!(matches!(
            app.check_guide(
                &admin,
                Via::Session,
                g.id,
                Some(&Slug::parse("not-declared").unwrap())
            )
            .await,
            Err(Error::NotFound)
        ));
        assert_eq!(
            due_guides(&app.due_for_checking(&admin, today()).await.unwrap()).len(),
            1,
            "{backend}: still due"
        );

        let checked = app
            .check_guide(&admin, Via::Session, g.id, Some(&fee))
            .await
            .unwrap();
        let stored = app.store.guide(g.id).await.unwrap().unwrap();
        assert_eq!(stored, checked, "{backend}");
        assert_eq!(stored.changing_facts[0].checked, today(), "{backend}");
        assert_eq!(
            stored.changing_facts[0].took_effect,
            Some(Date::constant(2001, 2, 3)),
            "{backend}: the day it took effect stays"
        );
        assert_eq!(stored.reviewed_at, g.reviewed_at, "{backend}");
        let due = app.due_for_checking(&admin, today()).await.unwrap();
        assert!(due_guides(&due).is_empty(), "{backend}: it left the queue");
        assert_eq!(
            app.due_count(&admin, today()).await.unwrap(),
            Some(due.len()),
            "{backend}"
        );
        let log = app.store.audit_log(20).await.unwrap();
        assert!(
            log.iter().any(|e| e.actor == "admin@example.org"
                && e.action == "check-fact"
                && e.record_id == Some(g.id)),
            "{backend}: the audit log names who checked it: {log:?}"
        );

        // The guide's own text, once past its interval, is checked the same way.
        let old = guide("daca-renewals", Topic::Daca, 100, 5);
        app.store.put_guide(&old).await.unwrap();
        assert_eq!(
            due_guides(&app.due_for_checking(&admin, today()).await.unwrap()),
            vec![(old.id, None)],
            "{backend}"
        );
        let checked = app
            .check_guide(&admin, Via::Session, old.id, None)
            .await
            .unwrap();
        assert_eq!(checked.reviewed_at, today(), "{backend}");
        assert_eq!(checked.changing_facts, old.changing_facts, "{backend}");
        assert!(
            due_guides(&app.due_for_checking(&admin, today()).await.unwrap()).is_empty(),
            "{backend}"
        );
        let log = app.store.audit_log(20).await.unwrap();
        assert!(
            log.iter()
                .any(|e| e.action == "check-guide" && e.record_id == Some(old.id)),
            "{backend}: {log:?}"
        );
    })
    .await;
}

#[tokio::test]
async fn the_store_reads_only_listings_past_the_shortest_interval_and_the_app_keeps_the_exact_rule()
{
    each_backend("app_due_candidates", |app, backend| async move {
        let a = organization("clinic-a");
        app.store.put_organization(&a).await.unwrap();
        // Legal help is checked every 90 days, the shortest interval of the default policy.
        let inside = service("legal-day-90", &a, Topic::LegalAid, Some(90));
        let past = service("legal-day-91", &a, Topic::LegalAid, Some(91));
        // Health: 180 days; at 91 days it is read but not due.
        let health = service("health-day-91", &a, Topic::Health, Some(91));
        let recent = service("health-day-10", &a, Topic::Health, Some(10));
        // Its own interval (30 days) is shorter than any of the policy's.
        let mut own = service("own-interval", &a, Topic::Health, Some(31));
        own.review_interval_days = Some(30);
        let never = service("never-checked", &a, Topic::Health, None);
        for s in [&inside, &past, &health, &recent, &own, &never] {
            app.store.put_service(s).await.unwrap();
        }
        let read: Vec<Id> = app
            .store
            .services_for_review(None, app.review.candidates(today()))
            .await
            .unwrap()
            .iter()
            .map(|s| s.id)
            .collect();
        let mut expected = vec![past.id, health.id, own.id, never.id];
        expected.sort_by_key(Id::to_string);
        assert_eq!(read, expected, "{backend}: only candidates are read");

        let admin = user("admin@example.org", Role::Admin);
        let due = due_services(&app.due_for_checking(&admin, today()).await.unwrap());
        assert_eq!(
            due,
            vec![past.id, never.id, own.id],
            "{backend}: legal first, then never checked, then the oldest check"
        );
        assert_eq!(
            app.due_count(&admin, today()).await.unwrap(),
            Some(due.len()),
            "{backend}"
        );

        // A check here today (a stored instant, unlike the source's day) ends the candidacy.
        app.store
            .add_staff_user(&admin, "$argon2id$fake")
            .await
            .unwrap();
        app.still_correct(&admin, Via::Session, past.id)
            .await
            .unwrap();
        let read: Vec<Id> = app
            .store
            .services_for_review(None, app.review.candidates(today()))
            .await
            .unwrap()
            .iter()
            .map(|s| s.id)
            .collect();
        expected.retain(|id| *id != past.id);
        assert_eq!(read, expected, "{backend}: checked today, not read");
    })
    .await;
}
