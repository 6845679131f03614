//! The HSDS 3.1 depth of a service (eligibility, prices, documents, capacity, safety facts…)
//! out and back in: a service with every field set validates against the official 3.1
//! compiled schemas and Vecino's profile, survives export → import → export, and a file that
//! is not vouched for brings its details but never a check, a keep decision or safety facts.

use serde_json::{Value, json};
use vecino_core::{
    AsksStatus, Assurance, Capacity, CostOption, Date, IdNeeded, Kept, Known, LabeledUrl,
    LocaleTag, LocalizedText, Organization, Phone, PhoneKind, Program, Provenance, PublicCharge,
    RequiredDocument, SafetyFacts, Service, ServiceArea, ServiceDetails, ServiceStatus, Source,
    Topic, Translation, WebUrl,
};
use vecino_hsds::profile::{PATCHES, merge_patch};
use vecino_hsds::{Format, read, read_json};
use vecino_hsds::{ImportOptions, export};

use crate::{fixture, options};

pub fn schema31(rel: &str) -> Option<Value> {
    let path = fixture(&format!("hsds/3.1/schema/{rel}"))?;
    Some(serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap())
}

pub fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .expect("a valid JSON Schema")
}

pub fn assert_valid(validator: &jsonschema::Validator, value: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(value)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

fn text(s: &str) -> LocalizedText {
    let mut t = LocalizedText::original(LocaleTag::parse("en").unwrap(), s).unwrap();
    let es = Translation {
        text: format!("{s} (es)"),
        provenance: Provenance::Human,
        source_hash: Some(vecino_core::content_hash(s)),
        reviewer: Some("staff:translator".into()),
        reviewed_at: Some(day()),
    };
    t.set_translation(LocaleTag::parse("es").unwrap(), es)
        .unwrap();
    t
}

fn day() -> Date {
    "2026-11-30".parse().unwrap()
}

/// The Ohana fixture's first organization and a service of it with every HSDS 3.1 field,
/// safety fact, the source's own check, a person's check and a keep decision set.
pub fn everything() -> Option<(Organization, Service)> {
    let path = fixture("realdata/ohana-api-sanmateo")?;
    let mut opts = options("ohana", "https://github.com/codeforamerica/ohana-api");
    opts.fallback_topic = Some(Topic::InformationAndReferral);
    let data = read(&path, Format::Ohana, &opts).unwrap();
    let mut s = data
        .services
        .iter()
        .find(|s| !s.locations.is_empty())
        .unwrap()
        .clone();
    let org = data
        .organizations
        .iter()
        .find(|o| o.id == s.organization_id)
        .unwrap()
        .clone();
    let source = Source::new("Example clinic FAQ", "https://example.org/faq").unwrap();
    let known = |value| Known {
        value,
        source: source.clone(),
        checked: day(),
    };
    s.topics = vec![Topic::Health];
    s.status = ServiceStatus::TemporarilyClosed;
    s.phones = vec![
        Phone::parse("+1 (408) 555-0100")
            .unwrap()
            .with_extension(Some("12".into()))
            .with_kind(Some(PhoneKind::Voice))
            .with_languages(vec![LocaleTag::parse("es").unwrap()])
            .with_description(Some("Front desk".into())),
        Phone::parse("408-555-0101")
            .unwrap()
            .with_kind(Some(PhoneKind::Textphone)),
    ];
    s.details = ServiceDetails {
        eligibility: Some(text("Adults in the county.")),
        minimum_age: Some(18),
        maximum_age: Some(64),
        fees: Some(text("Sliding scale.")),
        cost_options: vec![CostOption {
            option: Some("per visit".into()),
            amount: Some(20.5),
            currency: Some("USD".into()),
            amount_description: Some("after the first visit".into()),
            valid_from: Some(day()),
            valid_to: Some("2027-06-30".parse().unwrap()),
        }],
        documents: vec![RequiredDocument {
            document: text("Any photo ID, a consular ID included."),
            uri: Some(WebUrl::parse("https://example.org/id").unwrap()),
        }],
        application_process: Some(text("Walk in.")),
        alert: Some(text("Closed this week.")),
        program: Some(Program {
            name: "Example program".into(),
            description: Some("Care for adults.".into()),
        }),
        additional_urls: vec![LabeledUrl {
            label: Some("Form".into()),
            url: WebUrl::parse("https://example.org/form").unwrap(),
        }],
        service_areas: vec![ServiceArea {
            name: "Example County".into(),
            description: Some("Residents of the county".into()),
        }],
        capacity: vec![Capacity {
            available: 3.0,
            maximum: Some(10.0),
            unit: "appointments".into(),
            description: Some("this week".into()),
            updated: "2026-12-01T10:00:00Z".parse().unwrap(),
        }],
        assured: Some(Assurance {
            date: day(),
            assurer_email: Some("data@example.org".into()),
        }),
    };
    s.safety = SafetyFacts {
        asks_status: Some(known(AsksStatus::No)),
        id_needed: Some(Known {
            value: IdNeeded::AnyId,
            source: source.clone(),
            checked: day(),
        }),
        ssn_needed: Some(Known {
            value: false,
            source: source.clone(),
            checked: day(),
        }),
        regardless_of_status: Some(Known {
            value: true,
            source: source.clone(),
            checked: day(),
        }),
        public_charge: Some(Known {
            value: PublicCharge::NotConsidered,
            source: source.clone(),
            checked: day(),
        }),
        public_charge_note: Some(text("Using this clinic is not considered.")),
    };
    // Its (first) place serves an area of its own: a mobile unit's.
    s.locations[0].service_areas = vec![ServiceArea {
        name: "Other Example County".into(),
        description: Some("From the mobile unit".into()),
    }];
    s.review_interval_days = Some(60);
    s.trust.source_checked_on = Some("2026-10-01".parse().unwrap());
    s.trust.verified_at = Some("2026-12-02T09:00:00Z".parse().unwrap());
    s.trust.verifier = Some("staff:checker".into());
    s.trust.kept = Some(Kept {
        by: "staff:admin".into(),
        at: "2026-12-01T10:00:00Z".parse().unwrap(),
    });
    s.validate().unwrap();
    Some((org, s))
}

/// The 3.1 compiled service schema with the profile's service and location patches.
fn profiled_service_schema() -> Option<Value> {
    let mut profiled = schema31("compiled/service.json")?;
    let patch = |name: &str| -> Value {
        let text = PATCHES.iter().find(|(n, _)| *n == name).unwrap().1;
        serde_json::from_str(text).unwrap()
    };
    merge_patch(&mut profiled, &patch("service.json"));
    let sal = &mut profiled["properties"]["service_at_locations"]["items"];
    merge_patch(sal, &patch("service_at_location.json"));
    merge_patch(&mut sal["properties"]["location"], &patch("location.json"));
    Some(profiled)
}

#[test]
fn a_service_with_every_field_validates_against_hsds_3_1_and_the_profile() {
    let (
        Some((org, s)),
        Some(service_schema),
        Some(list_schema),
        Some(sal_schema),
        Some(org_schema),
        Some(profiled),
    ) = (
        everything(),
        schema31("compiled/service.json"),
        schema31("compiled/service_list.json"),
        schema31("compiled/service_at_location.json"),
        schema31("compiled/organization.json"),
        profiled_service_schema(),
    )
    else {
        return;
    };
    let full = export::service(&s, Some(&org), &[]);
    assert_valid(&validator(&service_schema), &full, "service");
    assert_valid(&validator(&profiled), &full, "profiled service");
    let list = export::service_list_item(&s, Some(&org), &[]);
    assert_valid(&validator(&list_schema), &list, "service_list");
    let at = export::service_at_location(&s, Some(&org), &s.locations[0], &[]);
    assert_valid(&validator(&sal_schema), &at, "service_at_location");
    let whole = export::organization(&org, &[&s], &[]);
    assert_valid(&validator(&org_schema), &whole, "organization");

    // What an HSDS 3.1 reader sees, in HSDS's own fields.
    assert_eq!(full["status"], "temporarily closed");
    assert_eq!(full["eligibility_description"], "Adults in the county.");
    assert_eq!(full["minimum_age"], 18);
    assert_eq!(full["maximum_age"], 64);
    assert_eq!(full["fees_description"], "Sliding scale.");
    assert_eq!(full["application_process"], "Walk in.");
    assert_eq!(full["alert"], "Closed this week.");
    assert_eq!(full["assured_date"], "2026-11-30");
    assert_eq!(full["assurer_email"], "data@example.org");
    assert_eq!(full["cost_options"][0]["amount"], 20.5);
    assert_eq!(full["cost_options"][0]["valid_to"], "2027-06-30");
    assert_eq!(
        full["required_documents"][0]["document"],
        "Any photo ID, a consular ID included."
    );
    assert_eq!(full["program"]["name"], "Example program");
    assert_eq!(full["program_id"], full["program"]["id"]);
    assert_eq!(
        full["additional_urls"][0]["url"],
        "https://example.org/form"
    );
    assert_eq!(full["service_areas"][0]["name"], "Example County");
    let place_areas = &full["service_at_locations"][0]["service_areas"];
    assert_eq!(place_areas.as_array().unwrap().len(), 1);
    assert_eq!(place_areas[0]["name"], "Other Example County");
    assert_eq!(place_areas[0]["description"], "From the mobile unit");
    assert_eq!(
        place_areas[0]["service_at_location_id"],
        s.locations[0].id.to_string()
    );
    assert_eq!(at["service_areas"], *place_areas);
    // A place without areas of its own serves the service's: HSDS readers that look only at
    // the place see them.
    let mut plain_place = s.clone();
    plain_place.locations[0].service_areas.clear();
    let inherited = export::service(&plain_place, Some(&org), &[]);
    assert_valid(&validator(&service_schema), &inherited, "service");
    assert_eq!(
        inherited["service_at_locations"][0]["service_areas"][0]["name"],
        "Example County"
    );
    assert_eq!(full["capacities"][0]["unit"]["name"], "appointments");
    assert_eq!(full["capacities"][0]["available"], 3.0);
    assert_eq!(full["phones"][0]["type"], "voice");
    assert_eq!(full["phones"][0]["extension"], 12);
    assert_eq!(full["phones"][0]["languages"][0]["code"], "es");
    assert_eq!(full["phones"][1]["type"], "textphone");
    // A reader's language picks the text.
    let es = export::service(&s, Some(&org), &["es".to_owned()]);
    assert_eq!(es["eligibility_description"], "Adults in the county. (es)");
    // The profile keeps every translation, the safety facts and both dates apart.
    let v = &full["vecino"];
    assert_eq!(
        v["details"]["eligibility"]["texts"]["es"]["provenance"],
        "human"
    );
    assert_eq!(v["safety"]["asks_status"]["value"], "no");
    assert_eq!(
        v["safety"]["asks_status"]["source"]["url"],
        "https://example.org/faq"
    );
    assert_eq!(v["trust"]["source_checked_on"], "2026-10-01");
    assert_eq!(v["trust"]["verified_at"], "2026-12-02T09:00:00Z");
    assert_eq!(v["review_interval_days"], 60);

    // The schemas really check the new fields.
    let strict = validator(&service_schema);
    let mut bad = full.clone();
    bad["status"] = json!("temporarily-closed");
    assert!(!strict.is_valid(&bad), "3.1 spells it with a space");
    let mut bad = full.clone();
    bad["capacities"][0].as_object_mut().unwrap().remove("unit");
    assert!(!strict.is_valid(&bad), "a capacity needs its unit");
    let profiled = validator(&profiled);
    let mut bad = full.clone();
    bad["vecino"]["safety"]["asks_status"]["value"] = json!("maybe");
    assert!(!profiled.is_valid(&bad), "the profile checks safety values");
    let mut bad = full;
    bad["vecino"]["safety"]["id_needed"]
        .as_object_mut()
        .unwrap()
        .remove("source");
    assert!(!profiled.is_valid(&bad), "a safety fact needs its source");
}

fn trusted() -> ImportOptions {
    let mut opts = options("unused", "https://example.org/unused");
    opts.source = None;
    opts.trust_profile = true;
    opts
}

#[test]
fn export_import_export_with_every_field_loses_nothing() {
    let Some((org, s)) = everything() else { return };
    let first = export::directory(
        std::slice::from_ref(&org),
        std::slice::from_ref(&s),
        &[],
        &[],
    );
    let back = read_json("export.json", &first.organizations, &trusted());
    assert!(back.report.entries.is_empty(), "{}", back.report);
    assert_eq!(back.services.len(), 1);
    assert_eq!(
        back.services[0], s,
        "the service differs after the round trip"
    );
    assert_eq!(back.organizations, vec![org]);
    let second = export::directory(&back.organizations, &back.services, &[], &[]);
    assert_eq!(first.organizations, second.organizations);
    assert_eq!(
        serde_json::to_vec(&first.organizations).unwrap(),
        serde_json::to_vec(&second.organizations).unwrap(),
        "byte for byte"
    );
}

#[test]
fn a_place_without_areas_of_its_own_stays_without_them_through_a_round_trip() {
    // The export writes the service's areas at such a place (for HSDS readers); reading them
    // back must not turn them into the place's own.
    let Some((org, mut s)) = everything() else {
        return;
    };
    s.locations[0].service_areas.clear();
    let first = export::directory(
        std::slice::from_ref(&org),
        std::slice::from_ref(&s),
        &[],
        &[],
    );
    let back = read_json("export.json", &first.organizations, &trusted());
    assert_eq!(back.services, vec![s.clone()], "{}", back.report);
    assert!(back.services[0].locations[0].service_areas.is_empty());
    let second = export::directory(&back.organizations, &back.services, &[], &[]);
    assert_eq!(first.organizations, second.organizations);
}

#[test]
fn a_file_not_vouched_for_brings_details_but_no_check_keep_or_safety_facts() {
    let Some((org, s)) = everything() else { return };
    let out = export::directory(
        std::slice::from_ref(&org),
        std::slice::from_ref(&s),
        &[],
        &[],
    );
    let opts = options("A 211", "https://211.example.org/feed");
    let back = read_json("export.json", &out.organizations, &opts);
    let got = &back.services[0];
    assert_eq!(
        got.details, s.details,
        "the details are content, read as written"
    );
    assert!(got.trust.verified_at.is_none() && got.trust.verifier.is_none());
    assert!(
        got.trust.kept.is_none(),
        "a file cannot keep a listing in search"
    );
    assert!(
        got.safety.is_empty(),
        "safety facts need --trust-vecino-profile"
    );
    assert!(
        back.report
            .entries
            .iter()
            .any(|e| e.field == "vecino.safety"),
        "the dropped facts are reported"
    );
    // The source's own verification date is the file's assured date, kept apart.
    assert_eq!(got.trust.source_checked_on, Some(day()));
    assert_eq!(
        got.trust.sources[0].url.as_str(),
        "https://211.example.org/feed"
    );

    // A date the source cannot have verified on yet is refused.
    let mut future = out.organizations.clone();
    future[0]["services"][0]["assured_date"] = json!("2099-01-01");
    let back = read_json("export.json", &future, &opts);
    assert_eq!(back.services[0].trust.source_checked_on, None);
    assert!(
        back.report
            .entries
            .iter()
            .any(|e| e.field == "assured_date")
    );
}

/// Every `vecino` object removed: what any HSDS 3.1 publisher could send.
fn plain(mut value: Value) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                map.remove("vecino");
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut value);
    value
}

#[test]
fn plain_hsds_3_1_fields_are_read() {
    let Some((org, s)) = everything() else { return };
    let out = export::directory(
        std::slice::from_ref(&org),
        std::slice::from_ref(&s),
        &[],
        &[],
    );
    let mut opts = options("A 211", "https://211.example.org/feed");
    opts.fallback_topic = Some(Topic::Health);
    opts.timezone = Some("America/Los_Angeles".into());
    let back = read_json("plain.json", &plain(out.organizations), &opts);
    assert_eq!(back.services.len(), 1, "{}", back.report);
    let got = &back.services[0];
    let d = &got.details;
    assert_eq!(got.status, ServiceStatus::TemporarilyClosed);
    assert_eq!(
        d.eligibility.as_ref().unwrap().source_text(),
        "Adults in the county."
    );
    assert_eq!((d.minimum_age, d.maximum_age), (Some(18), Some(64)));
    assert_eq!(d.fees.as_ref().unwrap().source_text(), "Sliding scale.");
    assert_eq!(d.cost_options, s.details.cost_options);
    assert_eq!(
        d.documents[0].document.source_text(),
        "Any photo ID, a consular ID included."
    );
    assert_eq!(d.documents[0].uri, s.details.documents[0].uri);
    assert_eq!(
        d.application_process.as_ref().unwrap().source_text(),
        "Walk in."
    );
    assert_eq!(d.alert.as_ref().unwrap().source_text(), "Closed this week.");
    assert_eq!(d.program, s.details.program);
    assert_eq!(d.additional_urls, s.details.additional_urls);
    assert_eq!(d.service_areas, s.details.service_areas);
    assert_eq!(
        got.locations[0].service_areas, s.locations[0].service_areas,
        "a place's own areas, from service_at_location.service_areas"
    );
    assert_eq!(d.capacity, s.details.capacity);
    assert_eq!(d.assured, s.details.assured);
    assert_eq!(got.trust.source_checked_on, Some(day()));
    assert!(got.trust.verified_at.is_none() && got.trust.kept.is_none());
    assert_eq!(got.phones[0].kind(), Some(PhoneKind::Voice));
    assert_eq!(got.phones[0].extension(), Some("12"));
    assert_eq!(
        got.phones[0].languages(),
        &[LocaleTag::parse("es").unwrap()]
    );
    assert_eq!(got.phones[1].kind(), Some(PhoneKind::Textphone));
}

#[test]
fn the_official_3_1_and_3_0_examples_import_with_their_details() {
    for version in ["3.1", "3.0"] {
        let Some(path) = fixture(&format!("hsds/{version}/examples/service_full.json")) else {
            return;
        };
        let mut opts = options(
            "Open Referral",
            "https://github.com/openreferral/specification",
        );
        opts.fallback_topic = Some(Topic::Health);
        opts.timezone = Some("Europe/London".into());
        opts.country = Some("GB".into());
        let got = read(&path, Format::Hsds3, &opts).unwrap();
        assert_eq!(got.services.len(), 1, "{version}: {}", got.report);
        let s = &got.services[0];
        let d = &s.details;
        assert!(
            d.eligibility
                .as_ref()
                .unwrap()
                .source_text()
                .starts_with("This service is intended for all people aged 12")
        );
        assert_eq!((d.minimum_age, d.maximum_age), (Some(12), Some(100)));
        assert_eq!(d.cost_options[0].amount, Some(35.0));
        assert_eq!(
            d.program.as_ref().unwrap().name,
            "Community Mental Health Support"
        );
        assert!(!d.documents.is_empty() && !d.service_areas.is_empty());
        // 3.1's place repeats the service's area: it says nothing of its own.
        assert!(
            s.locations.iter().all(|at| at.service_areas.is_empty()),
            "{version}"
        );
        assert!(d.alert.is_some() && d.application_process.is_some());
        assert_eq!(
            s.trust.source_checked_on,
            Some("2005-01-01".parse().unwrap())
        );
        // The example's phone number is written in quotes (`"+44 1234 234567"`): not a number.
        if version == "3.1" {
            assert_eq!(d.capacity[0].unit, "Kilogram");
            assert_eq!(d.additional_urls[0].url.as_str(), "https://example.org/");
        }
    }
}

#[test]
fn ohana_details_are_read() {
    let Some(path) = fixture("realdata/ohana-api-sanmateo") else {
        return;
    };
    let mut opts = options("ohana", "https://github.com/codeforamerica/ohana-api");
    opts.fallback_topic = Some(Topic::InformationAndReferral);
    let data = read(&path, Format::Ohana, &opts).unwrap();
    let with =
        |f: fn(&ServiceDetails) -> bool| data.services.iter().filter(|s| f(&s.details)).count();
    assert!(with(|d| d.eligibility.is_some()) > 10);
    assert!(with(|d| d.fees.is_some()) > 10);
    assert!(with(|d| d.application_process.is_some()) > 10);
    assert!(with(|d| !d.service_areas.is_empty()) > 10);
    let walk_in = data
        .services
        .iter()
        .filter_map(|s| s.details.application_process.as_ref())
        .any(|a| a.source_text() == "Walk in or apply by phone.");
    assert!(walk_in);
    // Ohana's phone types: voice, tty and sms are read; fax numbers are not listed.
    let kinds: Vec<PhoneKind> = data
        .services
        .iter()
        .chain(std::iter::empty())
        .flat_map(|s| s.phones.iter().filter_map(|p| p.kind()))
        .collect();
    assert!(kinds.contains(&PhoneKind::Voice));
    assert!(!kinds.contains(&PhoneKind::Fax));
}
