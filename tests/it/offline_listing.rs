//! A listing a resident can act on, in the offline app (tests/browser/offline-listing.mjs, a
//! real headless Chromium at 360 px against the real binary): after installing a region, a
//! search's result card shows the organization, today's hours, a tap-to-call link for the
//! callable phone only (never the fax), free, the safety facts that are known and when it was
//! checked; the listing page adds who can use it, what to bring, how to apply, capacity, the
//! alert, every safety fact (the unknown ones said to be unknown), the areas its place serves,
//! and directions as `geo:` and OpenStreetMap links that request nothing until tapped; a
//! listing past its review interval says it may be out of date and "call to confirm" the
//! hours; the "doesn't ask about status" filter keeps the first and drops the second. The
//! filters show the counts the server's `/api/v1/search` gives, and "no ID needed" narrows to
//! the server's set. Under an operator's review interval (`VECINO_REVIEW_DAYS_YOUTH`, which the
//! bundle carries), a listing checked 100 days ago is expired: it is absent from the topic's
//! browse list and the home list, as from the server's topic page (under the default interval
//! it would be current). In Spanish and in Arabic (right to left), with axe clean, and nothing
//! requested from another site. Skipped, saying so, like the other browser tests.

use std::path::Path;

use vecino_core::{
    AsksStatus, Capacity, Date, IdNeeded, Known, LocaleTag, LocalizedText, Phone, PhoneKind,
    RequiredDocument, ServiceArea, Slug, Source, Timestamp,
};
use vecino_e2e::{Server, run};

use crate::offline::{missing, run_script};

/// A seeded listing with one place, given every fact here (test values, example.org sources).
const RICH: &str = "caron-youth-mentorship";
/// A seeded listing whose check is made older than its review interval.
const OVERDUE: &str = "caron-family-outreach";
/// A seeded youth listing checked 100 days ago: current under the default 180 days, expired
/// under the operator's 40 days for youth.
const EXPIRED: &str = "caron-violence-prevention-workshops";
/// The operator's review interval for the youth topic, for the export and the server alike.
const OPERATOR: (&str, &str) = ("VECINO_REVIEW_DAYS_YOUTH", "40");

fn en(text: &str) -> LocalizedText {
    LocalizedText::original(LocaleTag::parse("en").unwrap(), text).unwrap()
}

fn prepare(dir: &Path) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let url = format!("sqlite://{}?mode=rwc", dir.join("vecino.db").display());
        let store = vecino_store::Store::connect(&url).await.unwrap();
        let day = |t: Timestamp| -> Date { t.strftime("%Y-%m-%d").to_string().parse().unwrap() };
        let today = day(Timestamp::now());
        let source = Source::new("Example FAQ (test)", "https://example.org/faq").unwrap();

        let mut s = store
            .service_by_slug(&Slug::parse(RICH).unwrap())
            .await
            .unwrap()
            .expect(RICH);
        s.free = Some(true);
        s.phones = vec![
            Phone::parse("+1 (408) 555-0100")
                .unwrap()
                .with_kind(Some(PhoneKind::Voice))
                .with_languages(vec![LocaleTag::parse("es").unwrap()]),
            Phone::parse("+1 (408) 555-0199")
                .unwrap()
                .with_kind(Some(PhoneKind::Fax)),
        ];
        s.details.eligibility = Some(en("Young people aged 12 to 18 (test)."));
        s.details.documents = vec![RequiredDocument {
            document: en("A school ID (test)."),
            uri: None,
        }];
        s.details.application_process = Some(en("Call first (test)."));
        s.details.alert = Some(en("Test alert: closed on holidays."));
        s.details.capacity = vec![Capacity {
            available: 2.0,
            maximum: Some(10.0),
            unit: "places".into(),
            description: None,
            updated: Timestamp::now(),
        }];
        s.safety.asks_status = Some(Known {
            value: AsksStatus::No,
            source: source.clone(),
            checked: today,
        });
        s.safety.id_needed = Some(Known {
            value: IdNeeded::None,
            source,
            checked: today,
        });
        s.locations[0].service_areas = vec![ServiceArea {
            name: "Test district".into(),
            description: Some("mobile unit (test)".into()),
        }];
        s.trust.source_checked_on = Some(today);
        store.put_service(&s).await.unwrap();

        let mut o = store
            .service_by_slug(&Slug::parse(OVERDUE).unwrap())
            .await
            .unwrap()
            .expect(OVERDUE);
        let checked =
            day(Timestamp::from_second(Timestamp::now().as_second() - 120 * 86_400).unwrap());
        o.trust.source_checked_on = Some(checked);
        o.review_interval_days = Some(90);
        store.put_service(&o).await.unwrap();

        let mut e = store
            .service_by_slug(&Slug::parse(EXPIRED).unwrap())
            .await
            .unwrap()
            .expect(EXPIRED);
        e.trust.source_checked_on = Some(day(Timestamp::from_second(
            Timestamp::now().as_second() - 100 * 86_400,
        )
        .unwrap()));
        e.review_interval_days = None;
        store.put_service(&e).await.unwrap();
        store.close().await.unwrap();
    });
}

#[test]
fn the_offline_app_shows_a_listing_a_resident_can_act_on() {
    if let Some(why) = missing() {
        vecino_e2e::skip("the offline listing browser test", &why);
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let (ok, out) = run(&data, &["seed"], &[]);
    assert!(ok, "{out}");
    prepare(&data);
    let (ok, out) = run(
        &data,
        &["bundle", "export", "--region", "all", "--langs", "es,en,ar"],
        &[OPERATOR],
    );
    assert!(ok, "{out}");

    let server = Server::start_in(&data, &[OPERATOR]);
    let engine = reqwest::blocking::get(server.url("/offline/search/search.mjs"))
        .map(|r| r.status().is_success())
        .unwrap_or(false);
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots");
    let fixtures = root.path().join("fixtures.json");
    std::fs::write(
        &fixtures,
        serde_json::json!({ "rich": RICH, "overdue": OVERDUE, "expired": EXPIRED, "topic": "youth", "engine": engine })
            .to_string(),
    )
    .unwrap();
    run_script(
        "offline-listing.mjs",
        &[
            &server.base,
            &shots.display().to_string(),
            &fixtures.display().to_string(),
        ],
        "offline-listing: all checks passed",
        Some(&server),
        |_, _| {},
    );
    server.stop();
}
