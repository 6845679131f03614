//! What a release carries of a listing a resident can act on (format version 3): details,
//! the safety facts that are known (an unknown one is absent, never a guess), phone type and
//! languages, a temporarily closed status, freshness inputs, and guides' changing facts with
//! both dates; each text once as written and per language only where it differs. And that a
//! release of an older version still reads, its records given today's shape.

use serde_json::{Value, json};
use vecino_bundle::keys::sign;
use vecino_bundle::verify::verify_dir;
use vecino_bundle::{Region, TrustState, canonical, upgrade_records};
use vecino_core::{
    AsksStatus, Capacity, IdNeeded, Kept, Known, LocaleTag, LocalizedText, Phone, PhoneKind,
    Provenance, PublicCharge, RequiredDocument, ReviewPolicy, ServiceStatus, Source, Topic,
    Translation, content_hash,
};

use crate::schema::record_schema;
use crate::support::{Dir, Publishing, directory, export_to, later, now};

fn en(text: &str) -> LocalizedText {
    LocalizedText::original(LocaleTag::parse("en").unwrap(), text).unwrap()
}

fn translated(text: &str, es: &str) -> LocalizedText {
    let mut t = en(text);
    t.set_translation(
        LocaleTag::parse("es").unwrap(),
        Translation {
            text: es.to_owned(),
            provenance: Provenance::Human,
            source_hash: Some(content_hash(text)),
            reviewer: None,
            reviewed_at: None,
        },
    )
    .unwrap();
    t
}

/// A directory whose first service has every new fact set (the rest as generated).
fn rich() -> Dir {
    let mut dir = directory(12, 5);
    let day = "2026-11-20".parse().unwrap();
    let source = Source::new("Clinic FAQ", "https://example.org/faq").unwrap();
    let s = &mut dir.services[0];
    s.status = ServiceStatus::TemporarilyClosed;
    s.phones = vec![
        Phone::parse("+1 (408) 555-0100")
            .unwrap()
            .with_extension(Some("12".into()))
            .with_kind(Some(PhoneKind::Voice))
            .with_languages(vec![LocaleTag::parse("es").unwrap()]),
        Phone::parse("+1 (408) 555-0199")
            .unwrap()
            .with_kind(Some(PhoneKind::Fax)),
    ];
    s.details.eligibility = Some(translated("Adults in the county.", "Adultos del condado."));
    s.details.fees = Some(en("Sliding scale."));
    s.details.minimum_age = Some(18);
    s.details.documents = vec![RequiredDocument {
        document: translated("Any photo ID.", "Cualquier identificación con foto."),
        uri: None,
    }];
    s.details.application_process = Some(en("Walk in."));
    s.details.alert = Some(en("Closed this week."));
    s.details.capacity = vec![Capacity {
        available: 3.0,
        maximum: Some(10.0),
        unit: "appointments".into(),
        description: None,
        updated: "2026-11-20T10:00:00Z".parse().unwrap(),
    }];
    s.safety.asks_status = Some(Known {
        value: AsksStatus::No,
        source: source.clone(),
        checked: day,
    });
    s.safety.id_needed = Some(Known {
        value: IdNeeded::AnyId,
        source: source.clone(),
        checked: day,
    });
    s.safety.public_charge = Some(Known {
        value: PublicCharge::NotConsidered,
        source,
        checked: day,
    });
    s.safety.public_charge_note = Some(translated(
        "Using this clinic is not considered.",
        "Usar esta clínica no se considera.",
    ));
    s.review_interval_days = Some(60);
    s.trust.source_checked_on = Some(day);
    s.validate().unwrap();
    dir
}

fn contents(dir: &Dir) -> vecino_bundle::Contents {
    contents_under(dir, &ReviewPolicy::default())
}

fn contents_under(dir: &Dir, review: &ReviewPolicy) -> vecino_bundle::Contents {
    let glossary = crate::support::glossary();
    let ui = crate::support::ui();
    let input = vecino_bundle::Input {
        organizations: &dir.organizations,
        services: &dir.services,
        guides: &dir.guides,
        events: &[],
        glossary: &glossary,
        ui: &ui,
        review,
    };
    vecino_bundle::contents(
        &input,
        &"all".parse::<Region>().unwrap(),
        &["es".into(), "en".into()],
        now(),
    )
}

#[test]
fn a_listing_carries_what_a_resident_acts_on_and_only_known_facts() {
    let dir = rich();
    let c = contents(&dir);
    let id = dir.services[0].id.to_string();
    let r = &c["shared/listings"][&id];
    check_listing(r);
    assert_eq!(r["status"], "temporarily-closed");
    assert_eq!(r["phones"][0]["type"], "voice");
    assert_eq!(r["phones"][0]["languages"], json!(["es"]));
    assert_eq!(r["phones"][0]["extension"], "12");
    assert_eq!(r["phones"][1]["type"], "fax");
    assert_eq!(r["details"]["eligibility"]["text"], "Adults in the county.");
    assert_eq!(r["details"]["minimum_age"], 18);
    // Whole numbers as integers, as JSON.stringify writes them (a phone re-serializes records).
    assert_eq!(
        canonical::to_vec(&r["details"]["capacity"][0]),
        br#"{"available":3,"maximum":10,"unit":"appointments","updated":"2026-11-20T10:00:00Z"}"#
    );
    assert_eq!(
        r["safety"]["asks_status"],
        json!({"value": "no", "checked": "2026-11-20",
               "source": {"title": "Clinic FAQ", "url": "https://example.org/faq"}})
    );
    assert_eq!(r["safety"]["id_needed"]["value"], "any-id");
    // Unknown facts are absent: no "false", no default.
    let safety = r["safety"].as_object().unwrap();
    assert!(!safety.contains_key("ssn_needed") && !safety.contains_key("regardless_of_status"));
    assert_eq!(r["source_checked_on"], "2026-11-20");
    assert_eq!(r["review_days"], 60);
    assert!(r.get("kept").is_none());

    // Texts once as written; Spanish gets only what differs, English nothing.
    let es = &c["es/listings"][&id];
    assert_eq!(es["eligibility"]["text"], "Adultos del condado.");
    assert_eq!(
        es["documents"]["0"]["text"],
        "Cualquier identificación con foto."
    );
    assert_eq!(
        es["public_charge_note"]["text"],
        "Usar esta clínica no se considera."
    );
    assert!(
        es.get("fees").is_none(),
        "an untranslated text is the original's"
    );
    assert!(!c["en/listings"].contains_key(&id));

    // A generated listing with no facts carries no empty details or safety.
    let plain = &c["shared/listings"][&dir.services[1].id.to_string()];
    check_listing(plain);
    assert!(plain.get("details").is_none() && plain.get("safety").is_none());
    assert!(plain["review_days"].as_u64().unwrap() >= 1);
}

#[track_caller]
fn check_listing(r: &Value) {
    let schema = record_schema("listing");
    let errors: Vec<String> = schema.iter_errors(r).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn a_listing_long_past_its_review_still_travels_with_what_decides_it() {
    let mut dir = rich();
    let stale = "2025-01-01".parse().unwrap();
    for s in &mut dir.services[1..3] {
        s.trust.source_checked_on = Some(stale);
        s.review_interval_days = Some(90);
    }
    dir.services[2].trust.kept = Some(Kept {
        by: "staff:example".into(),
        at: "2026-11-01T00:00:00Z".parse().unwrap(),
    });
    let c = contents(&dir);
    let listings = &c["shared/listings"];
    let expired = &listings[&dir.services[1].id.to_string()];
    assert_eq!(expired["source_checked_on"], "2025-01-01");
    assert!(expired.get("kept").is_none());
    let kept = &listings[&dir.services[2].id.to_string()];
    assert_eq!(kept["kept"], true);
    assert!(
        !kept.to_string().contains("staff:"),
        "who kept it stays on the server"
    );
}

/// An operator's review intervals (`VECINO_REVIEW_DAYS…`) travel with each record, so a phone
/// judges freshness as the server does: a listing of a topic given its own interval carries
/// it, one of another topic the operator's default, one with its own interval that; a guide
/// the default. The same records under the same policy give the same bytes (deltas stay
/// deterministic), and another policy changes `review_days` and nothing else.
#[test]
fn the_operators_review_intervals_travel_with_each_record() {
    let mut dir = directory(12, 5);
    dir.services[0].topics = vec![Topic::Health];
    dir.services[0].review_interval_days = None;
    dir.services[1].topics = vec![Topic::Education];
    dir.services[1].review_interval_days = None;
    dir.services[2].topics = vec![Topic::Health];
    dir.services[2].review_interval_days = Some(60);
    let operator = ReviewPolicy {
        default_days: 120,
        per_topic: [(Topic::Health, 30)].into_iter().collect(),
    };
    let c = contents_under(&dir, &operator);
    let days = |c: &vecino_bundle::Contents, i: usize| {
        c["shared/listings"][&dir.services[i].id.to_string()]["review_days"].clone()
    };
    assert_eq!(days(&c, 0), 30, "the operator's interval for health");
    assert_eq!(days(&c, 1), 120, "the operator's default");
    assert_eq!(days(&c, 2), 60, "the listing's own interval wins");
    assert_eq!(
        c["shared/guides"][&dir.guides[0].id.to_string()]["review_days"],
        120
    );
    assert_eq!(
        c,
        contents_under(&dir, &operator),
        "same input, same records"
    );
    let default = contents(&dir);
    assert_eq!(days(&default, 0), 180);
    assert_eq!(days(&default, 1), 180);
    let without_days = |c: &vecino_bundle::Contents| {
        let mut c = c.clone();
        for file in ["shared/listings", "shared/guides"] {
            for r in c.get_mut(file).unwrap().values_mut() {
                r.as_object_mut().unwrap().remove("review_days");
            }
        }
        c
    };
    assert_eq!(without_days(&c), without_days(&default));
}

#[test]
fn a_guides_changing_fact_says_when_it_was_checked_and_when_it_took_effect() {
    let mut dir = rich();
    dir.guides[0].changing_facts = vec![vecino_core::ChangingFact {
        id: vecino_core::Slug::parse("fee").unwrap(),
        checked: "2026-11-01".parse().unwrap(),
        took_effect: Some("2024-04-01".parse().unwrap()),
        source: vecino_core::WebUrl::parse("https://example.org/fee").unwrap(),
    }];
    let c = contents(&dir);
    let g = &c["shared/guides"][&dir.guides[0].id.to_string()];
    assert_eq!(
        g["changing_facts"][0],
        json!({"id": "fee", "checked": "2026-11-01", "took_effect": "2024-04-01",
               "source": "https://example.org/fee"})
    );
    assert_eq!(g["review_days"], 180);
}

/// A phone holding a version 2 release (written before listings had details) still verifies
/// it, and reads its guides' `as_of` as the day the fact was checked.
#[test]
fn a_version_2_release_still_reads_and_its_records_get_todays_shape() {
    let p = Publishing::new();
    let dir = rich();
    export_to(&p.keys, &p.out, &dir, later(0));
    let bytes = std::fs::read(p.out.join("manifest.json")).unwrap();
    let mut m: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(m["format_version"], 3);
    m["format_version"] = 2.into();
    let bytes = canonical::to_vec(&m);
    let signature = sign(&p.keys.publisher(later(0)).unwrap().key, &bytes);
    std::fs::write(p.out.join("manifest.json"), &bytes).unwrap();
    std::fs::write(p.out.join("manifest.json.sig"), &signature).unwrap();
    let v = verify_dir(&p.out, &p.anchor(), &TrustState::default(), later(0), true).unwrap();
    assert_eq!(v.release.manifest.format_version, 2);

    let mut contents = v.release.contents.clone();
    let gid = dir.guides[0].id.to_string();
    let old = json!({"id": "fee", "as_of": "2025-03-01", "source": "https://example.org/fee"});
    contents
        .get_mut("shared/guides")
        .unwrap()
        .get_mut(&gid)
        .unwrap()["changing_facts"] = json!([old]);
    let mut v3 = contents.clone();
    upgrade_records(3, &mut v3);
    assert_eq!(v3, contents, "today's records are left as they are");
    upgrade_records(2, &mut contents);
    assert_eq!(
        contents["shared/guides"][&gid]["changing_facts"][0],
        json!({"id": "fee", "checked": "2025-03-01", "source": "https://example.org/fee"})
    );
}
