//! Issue 17 on the resident pages, in-process: result cards a person can act on, each safety
//! fact shown with its source or said to be unknown, the listing's details and directions,
//! freshness warnings, ended and closed listings, and guides' changing facts. The clinics here
//! are test data written to the test's own store, never real listings.

use std::time::{Duration, Instant};

use vecino_core::{
    Address, AsksStatus, Capacity, CostOption, Date, GeoPoint, GeoPrecision, IdNeeded, Known,
    LabeledUrl, LanguageMode, LanguageOffered, LocaleTag, LocalizedText, Location, OpeningHours,
    Phone, PhoneKind, Program, PublicCharge, RequiredDocument, SafetyFacts, Schedule, Service,
    ServiceArea, ServiceAtLocation, ServiceDetails, ServiceStatus, Slug, Source, TimeRange, Topic,
    Trust, WebUrl, Weekday, stable_id,
};

use crate::helpers::TestApp;
use crate::web::assert_page;

fn es(text: &str) -> LocalizedText {
    LocalizedText::original(LocaleTag::parse("es").unwrap(), text).unwrap()
}

fn today() -> Date {
    jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
}

fn always_open() -> Schedule {
    let whole_day = TimeRange {
        opens: jiff::civil::time(0, 0, 0, 0),
        closes: jiff::civil::time(0, 0, 0, 0),
    };
    let week = Weekday::ALL
        .iter()
        .map(|weekday| OpeningHours {
            weekday: *weekday,
            hours: whole_day,
        })
        .collect();
    Schedule::new("America/Los_Angeles", week, vec![]).unwrap()
}

/// A clinic of the first seeded organization; `asks` is what its (test) source says about
/// asking for status, and `None` leaves every safety fact unknown.
async fn clinic(
    app: &TestApp,
    slug: &str,
    name: &str,
    asks: Option<AsksStatus>,
    checked: Option<Date>,
) -> Service {
    let org = app.store.organizations().await.unwrap().remove(0);
    let slug = Slug::parse(slug).unwrap();
    let source = Source::new(
        "Preguntas frecuentes de la clínica",
        "https://example.org/faq",
    )
    .unwrap();
    let day = today();
    let known = |value| Known {
        value,
        source: source.clone(),
        checked: day,
    };
    let place_slug = slug.clone();
    let place = Location {
        id: stable_id("location", &slug),
        slug: slug.clone(),
        name: None,
        address: Some(Address {
            address_1: Some("1 Calle de Prueba".into()),
            city: "San José".into(),
            state_province: "CA".into(),
            postal_code: None,
            country: "US".into(),
        }),
        point: Some(GeoPoint::new(37.338_2, -121.886_3, GeoPrecision::Exact).unwrap()),
        timezone: "America/Los_Angeles".into(),
        accessibility: vec![],
    };
    let safety = match asks {
        None => SafetyFacts::default(),
        Some(asks) => SafetyFacts {
            asks_status: Some(known(asks)),
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
            public_charge_note: Some(es("Usar esta clínica no cuenta para la carga pública.")),
        },
    };
    let service = Service {
        id: stable_id("service", &slug),
        organization_id: org.id,
        name: es(name),
        description: es("Clínica comunitaria gratis. Consultas médicas."),
        slug,
        status: ServiceStatus::Active,
        topics: vec![Topic::Health],
        languages: vec![LanguageOffered {
            code: LocaleTag::parse("es").unwrap(),
            how: LanguageMode::BilingualStaff,
        }],
        accreditation: None,
        accreditation_evidence: None,
        free: Some(true),
        url: None,
        email: None,
        phones: vec![
            Phone::parse("+1 (408) 555-0100")
                .unwrap()
                .with_extension(Some("12".into()))
                .with_kind(Some(PhoneKind::Voice))
                .with_languages(vec![LocaleTag::parse("es").unwrap()]),
            Phone::parse("+1 (408) 555-0199")
                .unwrap()
                .with_kind(Some(PhoneKind::Fax)),
        ],
        schedule: None,
        locations: vec![ServiceAtLocation {
            id: stable_id("service-at-location", &place_slug),
            location: place,
            schedule: Some(always_open()),
            // Test data: this place serves an area of its own besides the county.
            service_areas: vec![ServiceArea {
                name: "Zona norte de prueba".into(),
                description: Some("unidad móvil".into()),
            }],
        }],
        trust: Trust {
            sources: vec![source.clone()],
            verified_at: None,
            verifier: None,
            changed_since_check: None,
            kept: None,
            source_checked_on: checked,
        },
        details: ServiceDetails {
            eligibility: Some(es("Adultos del condado, sin importar su estatus.")),
            minimum_age: Some(18),
            maximum_age: Some(64),
            fees: None,
            cost_options: vec![CostOption {
                option: Some("per visit".into()),
                amount: Some(0.0),
                currency: Some("USD".into()),
                amount_description: None,
                valid_from: None,
                valid_to: None,
            }],
            documents: vec![RequiredDocument {
                document: es("Cualquier identificación con foto."),
                uri: None,
            }],
            application_process: Some(es("Llegue sin cita.")),
            alert: None,
            program: Some(Program {
                name: "Programa de prueba".into(),
                description: None,
            }),
            additional_urls: vec![LabeledUrl {
                label: Some("Formulario".into()),
                url: WebUrl::parse("https://example.org/form").unwrap(),
            }],
            service_areas: vec![ServiceArea {
                name: "Condado de prueba".into(),
                description: None,
            }],
            capacity: vec![Capacity {
                available: 3.0,
                maximum: Some(10.0),
                unit: "appointments".into(),
                description: None,
                updated: "2026-12-01T10:00:00Z".parse().unwrap(),
            }],
            assured: None,
        },
        safety,
        review_interval_days: None,
    };
    service.validate().unwrap();
    app.store.put_service(&service).await.unwrap();
    service
}

/// Waits until the index has `slug` (the follower polls the feed; not a speed test).
async fn searchable(app: &TestApp, q: &str, slug: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let r = app
            .get(&format!("/api/v1/search?q={q}&kind=service"), None)
            .await;
        let found = r.json["results"]
            .as_array()
            .is_some_and(|a| a.iter().any(|h| h["slug"] == slug));
        if found {
            return;
        }
        assert!(Instant::now() < deadline, "{slug} never became searchable");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn position(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not on the page"))
}

#[tokio::test]
async fn a_listing_shows_each_known_fact_with_its_source_and_says_which_are_unknown() {
    let app = TestApp::seeded().await;
    clinic(
        &app,
        "test-clinica-todo",
        "Clínica de prueba",
        Some(AsksStatus::No),
        Some(today()),
    )
    .await;
    let r = app.get("/es/services/test-clinica-todo", None).await;
    assert_page(&r, "es", "ltr");
    let t = &r.text;
    // Safety facts: each known one with its answer, source and checked date …
    assert!(t.contains("¿Es seguro para mí?"));
    assert!(t.contains("No pregunta por el estatus migratorio"));
    assert!(t.contains("Aceptan cualquier identificación, incluida la consular o municipal"));
    assert!(t.contains("No se necesita número de Seguro Social"));
    assert!(t.contains("Usarlo no cuenta para la carga pública"));
    assert!(
        t.contains("Usar esta clínica no cuenta para la carga pública."),
        "the note"
    );
    assert!(
        t.contains(r#"<a href="https://example.org/faq""#),
        "the source links out"
    );
    assert!(
        t.contains(&format!("revisado el {}", today())),
        "checked date"
    );
    // … and the unknown one said honestly.
    assert_eq!(
        t.matches("Todavía no lo sabemos — pregunte cuando llame.")
            .count(),
        1,
        "only 'serves regardless of status' is unknown"
    );
    // The HSDS 3.1 depth.
    assert!(t.contains("Adultos del condado, sin importar su estatus."));
    assert!(t.contains("de 18 a 64 años"));
    assert!(t.contains("Gratis"));
    assert!(t.contains("0 USD · per visit"));
    assert!(t.contains("Qué llevar") && t.contains("Cualquier identificación con foto."));
    assert!(t.contains("Llegue sin cita."));
    assert!(t.contains("Aceptan nuevos clientes (al 2026-12-01)"));
    assert!(t.contains("Programa de prueba") && t.contains("Condado de prueba"));
    // The place's own area, under the place.
    assert!(
        t.contains(r#"<p class="place-areas">Atiende a: Zona norte de prueba — unidad móvil</p>"#)
    );
    assert!(t.contains(r#"href="https://example.org/form""#));
    // Phones: the callable one with its extension and languages near the top; a fax is
    // shown, never as a link to call.
    assert!(t.contains(r#"href="tel:+14085550100;ext=12""#));
    assert!(t.contains("ext. 12"));
    assert!(t.contains("idiomas en esta línea: Español"));
    assert!(t.contains("Fax: <span dir=\"ltr\">+1 (408) 555-0199</span>"));
    assert!(!t.contains("tel:+14085550199"));
    assert!(position(t, "tel:+14085550100") < position(t, "¿Es seguro para mí?"));
    // Directions: plain links, nothing loaded from the map's site.
    assert!(t.contains(r#"href="geo:37.338200,-121.886300""#));
    assert!(t.contains(
        r#"href="https://www.openstreetmap.org/?mlat=37.338200&#38;mlon=-121.886300#map=17/37.338200/-121.886300""#
    ));
    assert!(
        !t.contains("<img src=\"http"),
        "nothing requested from another site"
    );
    // Fresh and open around the clock.
    assert!(t.contains(r#"class="status open""#));
    assert!(t.contains("Abierto las 24 horas"));
    assert!(t.contains(&format!("Última revisión: {}", today())));
    assert!(!t.contains("Puede estar desactualizado"));

    // The kiosk: no link out of it; directions are a QR code to take along.
    let k = app.get("/kiosk/es/services/test-clinica-todo", None).await;
    assert_page(&k, "es", "ltr");
    assert!(
        !k.text.contains("href=\"geo:") && !k.text.contains("href=\"https://www.openstreetmap")
    );
    assert!(!k.text.contains("href=\"tel:"));
    assert_eq!(
        k.text.matches(r#"<svg class="qr""#).count(),
        2,
        "the page's and the directions'"
    );
    assert!(
        k.text
            .contains("Escanee este código para ver cómo llegar en su teléfono.")
    );

    // In Arabic, the same facts in Arabic around the Spanish content.
    let ar = app.get("/ar/services/test-clinica-todo", None).await;
    assert_page(&ar, "ar", "rtl");
    assert!(ar.text.contains("لا يسألون عن وضع الهجرة"));
    assert!(ar.text.contains("لا نعرف بعد — اسأل عندما تتصل."));
    assert!(
        ar.text
            .contains("يخدم: Zona norte de prueba — unidad móvil")
    );
}

#[tokio::test]
async fn a_listing_with_no_safety_facts_says_unknown_for_each() {
    let app = TestApp::seeded().await;
    clinic(
        &app,
        "test-clinica-sin-datos",
        "Clínica sin datos",
        None,
        Some(today()),
    )
    .await;
    let r = app.get("/en/services/test-clinica-sin-datos", None).await;
    assert_page(&r, "en", "ltr");
    assert_eq!(
        r.text
            .matches("We don&#39;t know yet — ask when you call.")
            .count()
            + r.text
                .matches("We don't know yet — ask when you call.")
                .count(),
        5,
        "every safety question answered 'unknown'"
    );
    assert!(!r.text.contains("Doesn"), "no fact claimed");
}

#[tokio::test]
async fn a_listing_past_its_review_date_warns_and_asks_to_call_about_hours() {
    let app = TestApp::seeded().await;
    // Health listings are checked every 180 days: 200 days ago is past due.
    let old = today().checked_sub(jiff::Span::new().days(200)).unwrap();
    clinic(
        &app,
        "test-clinica-vieja",
        "Clínica vieja",
        Some(AsksStatus::No),
        Some(old),
    )
    .await;
    let r = app.get("/es/services/test-clinica-vieja", None).await;
    assert_page(&r, "es", "ltr");
    assert!(
        r.text.contains(&format!(
            "Puede estar desactualizado — última revisión: {old}"
        )),
        "the warning with the date"
    );
    assert!(r.text.contains("Llame para confirmar el horario"));
    assert!(
        !r.text.contains(r#"class="status open""#),
        "no 'open now' on old hours"
    );

    clinic(
        &app,
        "test-clinica-nunca",
        "Clínica nunca revisada",
        Some(AsksStatus::No),
        None,
    )
    .await;
    let never = app.get("/en/services/test-clinica-nunca", None).await;
    assert!(never.text.contains("May be out of date — not checked yet."));
    assert!(never.text.contains("Call to confirm the hours"));
}

#[tokio::test]
async fn ended_listings_say_so_and_a_temporarily_closed_one_shows_its_alert_first() {
    let app = TestApp::seeded().await;
    let mut s = clinic(
        &app,
        "test-clinica-cerrada",
        "Clínica cerrada",
        Some(AsksStatus::No),
        Some(today()),
    )
    .await;
    s.status = ServiceStatus::TemporarilyClosed;
    s.details.alert = Some(es("Cerrado por reparaciones hasta enero."));
    app.store.put_service(&s).await.unwrap();
    let r = app.get("/es/services/test-clinica-cerrada", None).await;
    assert!(r.text.contains("Cerrado temporalmente"));
    assert!(
        position(&r.text, "Cerrado por reparaciones hasta enero.")
            < position(&r.text, "Clínica comunitaria gratis."),
        "the alert comes before the description"
    );
    assert!(!r.text.contains(r#"class="status open""#));
    for (status, words) in [
        (
            ServiceStatus::Inactive,
            "Este servicio no está funcionando por ahora.",
        ),
        (ServiceStatus::Defunct, "Este servicio ya terminó."),
    ] {
        s.status = status;
        app.store.put_service(&s).await.unwrap();
        let r = app.get("/es/services/test-clinica-cerrada", None).await;
        assert!(r.text.contains(words), "{status:?}");
    }
}

#[tokio::test]
async fn result_cards_show_what_a_person_needs_to_act_and_read_services_for_the_page() {
    let app = TestApp::seeded().await;
    clinic(
        &app,
        "test-clinica-xochitl",
        "Clínica Xochitl",
        Some(AsksStatus::No),
        Some(today()),
    )
    .await;
    clinic(
        &app,
        "test-clinica-xochitl-dos",
        "Clínica Xochitl Dos",
        Some(AsksStatus::Yes),
        Some(today()),
    )
    .await;
    searchable(&app, "xochitl", "test-clinica-xochitl-dos").await;
    searchable(&app, "xochitl", "test-clinica-xochitl").await;
    let r = app.get("/es/search?q=xochitl", None).await;
    assert_page(&r, "es", "ltr");
    let t = &r.text;
    assert_eq!(t.matches(r#"<li class="card">"#).count(), 2, "{t}");
    assert!(t.contains("No pregunta por el estatus migratorio"));
    assert!(t.contains("Pregunta por el estatus migratorio"));
    assert!(t.contains(r#"class="chip ok">Gratis"#));
    assert!(t.contains(
        r#"class="status open"><strong>Abierto ahora</strong> · Hoy: Abierto las 24 horas"#
    ));
    assert_eq!(
        t.matches(r#"class="button call" href="tel:+14085550100;ext=12""#)
            .count(),
        2
    );
    assert_eq!(t.matches(">Cómo llegar</a>").count(), 2);
    assert!(t.contains("Idiomas: Español"));
    assert!(t.contains(&format!("Última revisión: {}", today())));
    let org = app.store.organizations().await.unwrap().remove(0);
    let org_name = org
        .name
        .resolve(&["es".to_owned(), "en".to_owned()])
        .text
        .to_owned();
    assert!(
        t.contains(&format!(">{}</p>", org_name.replace('\'', "&#39;"))),
        "the organization"
    );

    // The same cards on the health topic page; the kiosk's keep every link inside.
    let topic = app.get("/es/topics/health", None).await;
    assert!(topic.text.contains("No pregunta por el estatus migratorio"));
    assert!(topic.text.contains(r#"href="tel:+14085550100;ext=12""#));
    let kiosk = app.get("/kiosk/es/search?q=xochitl", None).await;
    assert!(kiosk.text.contains("No pregunta por el estatus migratorio"));
    assert!(
        !kiosk.text.contains("href=\"tel:")
            && !kiosk.text.contains("href=\"https://www.openstreetmap")
    );
}

#[tokio::test]
async fn a_changing_fact_shows_when_it_took_effect_and_when_it_was_checked_apart() {
    let app = TestApp::seeded().await;
    let slug = Slug::parse("know-your-rights").unwrap();
    let mut guide = app.store.guide_by_slug(&slug).await.unwrap().unwrap();
    for fact in &mut guide.changing_facts {
        fact.checked = today();
    }
    let fact = guide
        .changing_facts
        .first_mut()
        .expect("the guide has a changing fact");
    fact.took_effect = Some(jiff::civil::date(2024, 4, 1));
    guide.reviewed_at = today();
    app.store.put_guide(&guide).await.unwrap();
    let r = app.get("/es/guides/know-your-rights", None).await;
    assert_page(&r, "es", "ltr");
    assert!(r.text.contains("Entró en vigor el 2024-04-01."));
    assert!(r.text.contains(&format!("Última revisión: {}.", today())));
    assert!(!r.text.contains("Pasó su fecha de revisión"));
    assert!(!r.text.contains("Esta guía pasó su fecha de revisión"));

    // Long unchecked: the fact and the guide are flagged.
    let old = jiff::civil::date(2020, 1, 1);
    guide.changing_facts[0].checked = old;
    guide.reviewed_at = old;
    app.store.put_guide(&guide).await.unwrap();
    let r = app.get("/es/guides/know-your-rights", None).await;
    assert!(r.text.contains(
        "Entró en vigor el 2024-04-01. Última revisión: 2020-01-01. Pasó su fecha de revisión"
    ));
    assert!(r.text.contains(r#"class="changing overdue""#));
    assert!(r.text.contains("Esta guía pasó su fecha de revisión y puede estar desactualizada. Última revisión: 2020-01-01."));
}
