//! Importing each real fixture dataset gives a sensible report; every skipped record says why.

use vecino_core::{LanguageMode, Provenance, Topic};
use vecino_hsds::{Effect, Format, Import, read};

use crate::{fixture, options};

const SPEC: &str = "https://github.com/openreferral/specification";

fn import(rel: &str, format: Format, url: &str, topic: Option<Topic>) -> Option<Import> {
    let path = fixture(rel)?;
    assert_eq!(Format::detect(&path), Some(format), "{rel} is detected");
    let mut opts = options("source", url);
    opts.fallback_topic = topic;
    Some(read(&path, format, &opts).unwrap())
}

fn skipped<'a>(import: &'a Import, reason: &'a str) -> Vec<&'a vecino_hsds::Entry> {
    import.report.with_reason(reason).collect()
}

#[test]
fn ohana_san_mateo_imports_with_its_open_eligibility_categories_and_language_lists() {
    let ohana = "https://github.com/codeforamerica/ohana-api";
    let Some(strict) = import("realdata/ohana-api-sanmateo", Format::Ohana, ohana, None) else {
        return;
    };
    // Only one service carries categories (105, 108, 108-05, 108-05-01, 111, 111-05): it is
    // the one imported without --topic, with the topics its Open Eligibility codes name.
    assert_eq!(strict.services.len(), 1, "{}", strict.report);
    let tagged = &strict.services[0];
    assert_eq!(
        tagged.topics,
        [
            Topic::InformationAndReferral,
            Topic::LegalAid,
            Topic::LanguageAccess
        ]
    );
    assert_eq!(skipped(&strict, "the service has no category").len(), 22);
    assert_eq!(strict.organizations.len(), 8);

    let all = import(
        "realdata/ohana-api-sanmateo",
        Format::Ohana,
        ohana,
        Some(Topic::InformationAndReferral),
    )
    .unwrap();
    assert_eq!(all.services.len(), 23, "{}", all.report);
    // Location 20 has no address a time zone can be told from.
    assert_eq!(skipped(&all, "time zone").len(), 1);
    // "Chinese (Mandarin), Tagalog, Italian, Spanish" at location 2.
    let at_2 = all
        .services
        .iter()
        .find(|s| s.name.source_text().starts_with("Second Career"))
        .expect("a service at location 2");
    let codes: Vec<&str> = at_2.languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["cmn", "tl", "it", "es"]);
    assert!(
        at_2.languages
            .iter()
            .all(|l| l.how == LanguageMode::BilingualStaff)
    );
    // Text is imported, and cites the source.
    let name = at_2.name.get("en").unwrap();
    assert_eq!(name.provenance, Provenance::Imported);
    assert_eq!(at_2.trust.sources[0].url.as_str(), format!("{ohana}"));
    // Service 22 keeps its hours at its place: Monday 08:00-12:00 and 14:00-16:00.
    let s22 = all
        .services
        .iter()
        .find(|s| s.free.is_none() && s.topics.contains(&Topic::LegalAid))
        .unwrap();
    let hours = s22.locations[0].schedule.as_ref().expect("hours");
    assert_eq!(hours.timezone(), "America/Los_Angeles");
    assert_eq!(hours.weekly().len(), 3, "{hours:?}");
    // What could not be read is said, row by row.
    assert!(!skipped(&all, "closes before it opens").is_empty());
    assert!(!skipped(&all, "year 0001").is_empty());
    assert!(!skipped(&all, "fax numbers").is_empty());
    assert!(!skipped(&all, "contacts are not imported").is_empty());
    let ramp = skipped(&all, "not one of the accessibility features");
    assert!(ramp.iter().any(|e| e.value == "ramp" && e.line.is_some()));
}

#[test]
fn the_dc_directory_imports_its_categorised_services_and_reports_its_broken_references() {
    let Some(dc) = import(
        "realdata/sarapis-orservices-dc/public/HSDS",
        Format::Datapackage,
        "https://github.com/sarapis/orservices",
        None,
    ) else {
        return;
    };
    assert_eq!(dc.organizations.len(), 57);
    assert!(dc.services.len() > 350, "{}", dc.services.len());
    assert!(dc.services.len() < 501, "some have no category that maps");
    // The data refers to places, services and phones it does not hold.
    assert!(skipped(&dc, "no such place").len() > 100);
    assert!(skipped(&dc, "none of its categories maps").len() > 20);
    // Hours in the dtstart/until columns are read; "Second Saturday" is not a weekday.
    let with_hours = dc
        .services
        .iter()
        .filter(|s| s.locations.iter().any(|p| p.schedule.is_some()))
        .count();
    assert!(with_hours > 50, "{with_hours}");
    assert!(
        skipped(&dc, "not a day of the week")
            .iter()
            .any(|e| e.value == "Second Saturday")
    );
    assert!(dc.services.iter().all(|s| {
        s.locations
            .iter()
            .all(|p| p.location.timezone == "America/New_York")
    }));
    // Every skip says which file and line.
    assert!(dc.report.entries.iter().all(|e| e.line.is_some()));
}

#[test]
fn the_hsds_1_1_sample_reads_numbered_weekdays_and_holidays() {
    let Some(sample) = import(
        "hsds/sample-HSDS-datapackage-1.1/all_resources",
        Format::Datapackage,
        SPEC,
        None,
    ) else {
        return;
    };
    // Its categories are fictional and its places in no real state: both are reported.
    assert!(sample.services.is_empty());
    assert_eq!(skipped(&sample, "time zone").len(), 9);
    let mut opts = options("sample", SPEC);
    opts.fallback_topic = Some(Topic::InformationAndReferral);
    opts.timezone = Some("America/Los_Angeles".into());
    let path = fixture("hsds/sample-HSDS-datapackage-1.1/all_resources").unwrap();
    let all = read(&path, Format::Datapackage, &opts).unwrap();
    assert_eq!(all.services.len(), 13, "{}", all.report);
    let helpline = all
        .services
        .iter()
        .find(|s| s.name.source_text() == "Never Homeless Helpline")
        .unwrap();
    let hours = helpline.locations[0].schedule.as_ref().unwrap();
    assert!(!hours.weekly().is_empty());
    assert_eq!(hours.exceptions().len(), 3, "24-26 December 2019");
    let codes: Vec<&str> = helpline.languages.iter().map(|l| l.code.as_str()).collect();
    assert!(codes.contains(&"en") && codes.contains(&"es"), "{codes:?}");
}

#[test]
fn the_hsds_3_examples_import_and_say_what_their_placeholders_lack() {
    for rel in [
        "hsds/3.0/examples/service_full.json",
        "hsds/3.0/examples/organization_full.json",
        "hsds/3.0/examples/service_at_location_full.json",
        "hsds/3.0/examples/service_list.json",
    ] {
        let Some(strict) = import(rel, Format::Hsds3, SPEC, None) else {
            return;
        };
        assert_eq!(strict.organizations.len(), 1, "{rel}");
        assert!(
            strict.services.is_empty(),
            "{rel}: the example's only category is 'name'"
        );
        assert!(strict.report.records_skipped() >= 1);
        let all = import(rel, Format::Hsds3, SPEC, Some(Topic::Health)).unwrap();
        assert_eq!(all.services.len(), 1, "{rel}: {}", all.report);
        let service = &all.services[0];
        assert_eq!(
            service.id.to_string(),
            "ac148810-d857-441c-9679-408f346de14b",
            "HSDS ids are kept"
        );
        if rel != "hsds/3.0/examples/service_list.json" {
            // "Interpretation services are available in Urdu, Polish, and Slovak" and a
            // phone line in Urdu.
            let codes: Vec<(&str, LanguageMode)> = service
                .languages
                .iter()
                .map(|l| (l.code.as_str(), l.how))
                .collect();
            assert!(
                codes.contains(&("ur", LanguageMode::Interpreter)),
                "{codes:?}"
            );
            assert!(
                codes.contains(&("sk", LanguageMode::Interpreter)),
                "{codes:?}"
            );
            // Its place is at 100,101 in "MyState": reported, not placed.
            assert!(skipped(&all, "not on Earth").len() == 1, "{}", all.report);
            assert!(
                all.report
                    .entries
                    .iter()
                    .any(|e| e.field == "phone" && e.effect == Effect::FieldSkipped)
            );
        }
    }
    let Some(csv) = import(
        "hsds/3.0/examples/csv",
        Format::Datapackage,
        SPEC,
        Some(Topic::Health),
    ) else {
        return;
    };
    assert_eq!(csv.services.len(), 1, "{}", csv.report);
}

#[test]
fn every_hsds_3_example_file_is_read_for_what_it_holds() {
    let Some(dir) = fixture("hsds/3.0/examples") else {
        return;
    };
    let mut opts = options("spec", SPEC);
    opts.fallback_topic = Some(Topic::Health);
    opts.timezone = Some("Europe/London".into());
    let read_one = |name: &str| read(&dir.join(name), Format::Hsds3, &opts).unwrap();
    // Organizations alone, and services at their places.
    let orgs = read_one("organization_list.json");
    assert_eq!((orgs.organizations.len(), orgs.services.len()), (1, 0));
    let sal = read_one("service_at_location_list.json");
    assert_eq!(sal.services.len(), 1, "{}", sal.report);
    // With --timezone the example's place is kept, without its impossible coordinates.
    let full = read_one("service_full.json");
    let place = &full.services[0].locations[0].location;
    assert_eq!(place.timezone, "Europe/London");
    assert!(place.point.is_none());
    // A place, taxonomies and terms on their own import nothing, and say so or map categories.
    let location = read_one("location.json");
    assert!(location.services.is_empty());
    assert_eq!(location.report.records_skipped(), 1, "{}", location.report);
    assert!(location.report.entries[0].reason.contains("no service"));
    for name in ["taxonomy.json", "taxonomy_list.json"] {
        let t = read_one(name);
        assert!(
            t.organizations.is_empty() && t.services.is_empty(),
            "{name}"
        );
        assert!(
            !t.report
                .with_reason("taxonomy is read only")
                .collect::<Vec<_>>()
                .is_empty()
        );
    }
    for name in ["taxonomy_term.json", "taxonomy_term_list.json", "base.json"] {
        let t = read_one(name);
        assert!(
            t.organizations.is_empty() && t.services.is_empty(),
            "{name}"
        );
    }
}

#[test]
fn importing_the_same_data_twice_gives_the_same_ids() {
    let ohana = "https://github.com/codeforamerica/ohana-api";
    let Some(a) = import(
        "realdata/ohana-api-sanmateo",
        Format::Ohana,
        ohana,
        Some(Topic::Health),
    ) else {
        return;
    };
    let b = import(
        "realdata/ohana-api-sanmateo",
        Format::Ohana,
        ohana,
        Some(Topic::Health),
    )
    .unwrap();
    let ids = |i: &Import| {
        i.services
            .iter()
            .map(|s| (s.id, s.slug.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&a), ids(&b));
    // Another source's "1" is another record.
    let c = import(
        "realdata/ohana-api-sanmateo",
        Format::Ohana,
        "https://example.org/other",
        Some(Topic::Health),
    )
    .unwrap();
    assert_ne!(a.services[0].id, c.services[0].id);
}

#[test]
fn link_sf_imports_with_its_categories_hours_and_languages() {
    let url = "https://github.com/ShelterTechSF/askdarcel-api";
    let Some(strict) = import("realdata/askdarcel-linksf", Format::LinkSf, url, None) else {
        return;
    };
    // Its addresses have a street and a city but no state: no time zone can be told.
    assert_eq!(strict.organizations.len(), 217);
    assert!(
        skipped(&strict, "time zone").len() > 200,
        "{}",
        strict.report
    );
    // "technology" and "hygiene" name no Vecino topic.
    let unmapped = skipped(&strict, "none of its categories maps");
    assert!(unmapped.iter().any(|e| e.value == "technology"));
    assert!(unmapped.iter().any(|e| e.value == "hygiene"));

    let path = fixture("realdata/askdarcel-linksf").unwrap();
    let mut opts = options("askdarcel", url);
    opts.timezone = Some("America/Los_Angeles".into());
    let sf = read(&path, Format::LinkSf, &opts).unwrap();
    // medical, food and housing services (105 + 44 + 24 in the data), less three that have
    // no name.
    assert_eq!(sf.services.len(), 170, "{}", sf.report);
    assert_eq!(skipped(&sf, "the service has no name").len(), 3);
    // "415-673-0911 ext. 259" is a number and its extension.
    assert!(
        skipped(&sf, "not a phone number").is_empty(),
        "{}",
        sf.report
    );
    assert!(sf.services.iter().all(|s| !s.topics.is_empty()));
    // The addresses are kept out (no state, no country) and said so.
    assert!(skipped(&sf, "no ISO country code").len() > 100);
    // Unless the operator says which country they are in.
    opts.country = Some("US".into());
    let with_country = read(&path, Format::LinkSf, &opts).unwrap();
    assert!(skipped(&with_country, "no ISO country code").is_empty());
    let address = with_country.services[0].locations[0]
        .location
        .address
        .clone()
        .expect("an address");
    assert_eq!(
        (address.city.as_str(), address.country.as_str()),
        ("San Francisco", "US")
    );
    assert_eq!(address.state_province, "", "no state is made up");
    let plowshares = sf
        .services
        .iter()
        .find(|s| {
            s.name.source_text() == "Mental Health Services"
                && s.locations[0]
                    .location
                    .name
                    .as_ref()
                    .is_some_and(|n| n.source_text() == "Swords to Plowshares")
        })
        .expect("Swords to Plowshares' mental health services");
    // "Drop in M-F 9am-12pm & 1-5pm … English, Spanish."
    let codes: Vec<&str> = plowshares
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    assert_eq!(codes, ["en", "es"]);
    let hours = plowshares.locations[0].schedule.as_ref().unwrap();
    assert!(
        hours.weekly().len() >= 10,
        "two ranges a weekday: {hours:?}"
    );
    assert!(plowshares.locations[0].location.point.is_some());
}

/// A service in Vecino's profile claiming a person's check, DOJ recognition and its own source.
fn claiming_trust() -> serde_json::Value {
    let text = |t: &str| serde_json::json!({"source_locale": "en", "texts": {"en": {"text": t, "provenance": "original"}}});
    let trust = serde_json::json!({
        "sources": [{"title": "USCIS (official)", "url": "https://uscis.example.net/roster"}],
        "verified_at": "2026-12-01T00:00:00Z",
        "verifier": "staff:00000000-0000-4000-8000-000000000001",
        "source_checked_on": "2026-11-30",
        "kept": {"by": "staff:00000000-0000-4000-8000-000000000001", "at": "2026-12-01T00:00:00Z"}
    });
    let roster =
        serde_json::json!({"title": "EOIR roster", "url": "https://uscis.example.net/roster"});
    serde_json::json!([{
        "id": "0b1c3f7e-1d2a-4b8e-9f00-000000000001",
        "name": "Evil",
        "vecino": {"slug": "evil", "name": text("Evil"), "trust": trust},
        "services": [{
            "id": "0b1c3f7e-1d2a-4b8e-9f00-000000000002",
            "organization_id": "0b1c3f7e-1d2a-4b8e-9f00-000000000001",
            "name": "Ceremony",
            "description": "Call our notario",
            "status": "active",
            "vecino": {
                "slug": "ceremony",
                "name": text("Ceremony"),
                "description": text("Call our notario"),
                "topics": ["legal-aid"],
                "languages": [],
                "accreditation": "doj-recognized-organization",
                "accreditation_evidence": {"as_of": "2026-11-01", "source": roster,
                    "decided_by": "staff:00000000-0000-4000-8000-000000000001"},
                "safety": {"asks_status": {"value": "no", "source": roster, "checked": "2026-11-01"}},
                "trust": trust
            }
        }]
    }])
}

#[test]
fn a_file_is_believed_about_trust_only_when_the_operator_vouches_for_it() {
    let feed = "https://211.example.org/feed";
    let untrusted = vecino_hsds::read_json("evil.json", &claiming_trust(), &options("211", feed));
    // Only the dropped safety facts are reported.
    assert!(
        untrusted
            .report
            .entries
            .iter()
            .all(|e| e.field == "vecino.safety"),
        "{}",
        untrusted.report
    );
    let org = &untrusted.organizations[0];
    let service = &untrusted.services[0];
    assert_eq!(
        service.slug.as_str(),
        "ceremony",
        "the profile's content is read"
    );
    for trust in [&org.trust, &service.trust] {
        assert!(trust.verified_at.is_none() && trust.verifier.is_none());
        let urls: Vec<&str> = trust.sources.iter().map(|s| s.url.as_str()).collect();
        assert_eq!(urls, [feed]);
        // Neither an admin's keep decision nor a verification date the file claims for itself
        // (only HSDS `assured_date` is read as the source's own check).
        assert!(trust.kept.is_none() && trust.source_checked_on.is_none());
    }
    assert!(service.accreditation.is_none() && service.accreditation_evidence.is_none());
    assert!(
        service.safety.is_empty(),
        "safety facts are believed only when vouched for"
    );

    let mut vouched = options("211", feed);
    vouched.trust_profile = true;
    let trusted = vecino_hsds::read_json("export.json", &claiming_trust(), &vouched);
    assert!(trusted.services[0].trust.verified_at.is_some());
    assert!(trusted.services[0].accreditation.is_some());
    assert!(trusted.services[0].trust.kept.is_some());
    assert!(trusted.services[0].safety.doesnt_ask_status());
    assert_eq!(
        trusted.services[0].trust.sources[0].url.as_str(),
        "https://uscis.example.net/roster"
    );
}

#[test]
fn a_place_two_organizations_name_is_split_between_them() {
    let doc = serde_json::json!([
        {"id": "org-b", "name": "B", "services": [{"id": "s-b", "organization_id": "org-b",
          "name": "B clinic", "description": "Help", "status": "active",
          "service_at_locations": [{"id": "sal-b", "location": {"id": "shared", "name": "Hall",
            "addresses": [{"address_1": "1 Main St", "city": "Washington", "state_province": "DC",
              "postal_code": "20001", "country": "US", "address_type": "physical"}]}}]}]},
        {"id": "org-a", "name": "A", "services": [{"id": "s-a", "organization_id": "org-a",
          "name": "A clinic", "description": "Help", "status": "active",
          "service_at_locations": [{"id": "sal-a", "location": {"id": "shared", "name": "Hall",
            "addresses": [{"address_1": "1 Main St", "city": "Washington", "state_province": "DC",
              "postal_code": "20001", "country": "US", "address_type": "physical"}]}}]}]}
    ]);
    let mut opts = options("feed", "https://211.example.org/feed");
    opts.fallback_topic = Some(Topic::LegalAid);
    let import = vecino_hsds::read_json("shared.json", &doc, &opts);
    assert_eq!(import.services.len(), 2, "{}", import.report);
    let place = |s: &vecino_core::Service| s.locations.first().map(|p| p.location.clone());
    let (a, b) = (place(&import.services[0]), place(&import.services[1]));
    let (a, b) = (a.expect("a place"), b.expect("a place"));
    assert_ne!(a.id, b.id, "each organization has its own copy");
    assert_ne!(a.slug, b.slug);
    assert_eq!(a.address, b.address);
    let orgs: Vec<_> = import.services.iter().map(|s| s.organization_id).collect();
    let keeper = *orgs.iter().min().unwrap();
    let kept = import
        .services
        .iter()
        .find(|s| s.organization_id == keeper)
        .unwrap();
    let other = import
        .services
        .iter()
        .find(|s| s.organization_id != keeper)
        .unwrap();
    assert_eq!(
        other.locations[0].location,
        kept.locations[0].location.copy_for(other.organization_id),
        "the copy is the one the trust migration makes"
    );
    // The same file again: the same ids.
    let again = vecino_hsds::read_json("shared.json", &doc, &opts);
    assert_eq!(
        again.services.iter().map(place).collect::<Vec<_>>(),
        import.services.iter().map(place).collect::<Vec<_>>()
    );
}

/// An Ohana CSV export saved as Windows-1252 with old Mac line endings (CR only), as older 211
/// exports are: every row is read and the accented names come out right.
#[test]
fn a_windows_1252_export_with_cr_line_endings_reads_with_its_accents() {
    let dir = tempfile::tempdir().unwrap();
    // Fictional records; 0xE9 is "é" and 0xF1 is "ñ" in Windows-1252.
    let organizations: &[u8] = b"id,name,description\r\
1,Caf\xe9 Comunitario,Ayuda para la ni\xf1ez\r\
2,Second Example Org,Plain text\r";
    std::fs::write(dir.path().join("organizations.csv"), organizations).unwrap();
    let opts = options("test export", "https://example.org/export");
    let data = read(dir.path(), Format::Ohana, &opts).unwrap();
    let names: Vec<String> = data
        .organizations
        .iter()
        .map(|o| o.name.source_text().to_owned())
        .collect();
    assert_eq!(names.len(), 2, "both rows are read: {names:?}");
    assert!(names.contains(&"Café Comunitario".to_owned()), "{names:?}");
    let org = data
        .organizations
        .iter()
        .find(|o| o.name.source_text() == "Café Comunitario")
        .unwrap();
    assert_eq!(
        org.description.as_ref().map(|d| d.source_text()),
        Some("Ayuda para la niñez")
    );
}
