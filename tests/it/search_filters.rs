//! The resident search page's "is it safe for me" filters on the real binary, on SQLite and
//! PostgreSQL: in Spanish, each control shows a count that is the number of results once it is
//! applied; "doesn't ask about immigration status" keeps only listings whose sourced fact says
//! so (one that asks, one that asks for some programs and one nobody has checked stay out);
//! an age leaves out a service only for other ages; the filters stay through paging, a
//! language switch and the kiosk.

use reqwest::blocking::Client;
use vecino_e2e::{Server, postgres_scratch};

/// The word every test listing's name holds (and no starter listing's).
const WORD: &str = "zorzal";

/// Writes into the database at `url` one organization and fifteen test services (fictional:
/// no phone, no address), all named with [`WORD`]:
/// - `zorzal-clinica-segura`: does not ask about status, needs no ID, free, accepting;
/// - `zorzal-clinica-pregunta`: asks about status, needs a government ID, free;
/// - `zorzal-clinica-sin-dato`: nobody has checked what it asks (unknown);
/// - `zorzal-centro-juvenil`: does not ask, needs no ID, free, for ages 12 to 24;
/// - `zorzal-centro-mayores`: asks for some programs, 60 and older, with a waitlist;
/// - `zorzal-taller-1` … `zorzal-taller-10`: do not ask about status.
fn directory_in(url: &str) {
    use vecino_core::{
        AsksStatus, Capacity, IdNeeded, Known, LocaleTag, LocalizedText, Organization, SafetyFacts,
        Service, ServiceStatus, Slug, Source, Timestamp, Topic, Trust, stable_id,
    };
    let es = |t: &str| LocalizedText::original(LocaleTag::parse("es").unwrap(), t).unwrap();
    let source = Source::new("Preguntas frecuentes (prueba)", "https://example.org/faq").unwrap();
    let now = Timestamp::now();
    // Checked yesterday (UTC): current, and never a day to come in any time zone.
    let checked = now.in_tz("UTC").unwrap().date().yesterday().unwrap();
    let known = |value| {
        Some(Known {
            value,
            source: source.clone(),
            checked,
        })
    };
    let trust = || Trust {
        sources: vec![source.clone()],
        verified_at: None,
        verifier: None,
        changed_since_check: None,
        kept: None,
        source_checked_on: Some(checked),
    };
    let org_slug = Slug::parse("zorzal-red-comunitaria").unwrap();
    let org = Organization {
        id: stable_id("organization", &org_slug),
        name: es("Red comunitaria Zorzal (prueba)"),
        slug: org_slug,
        description: None,
        url: None,
        email: None,
        phones: vec![],
        trust: trust(),
    };
    let service = |slug: &str, name: &str| {
        let slug = Slug::parse(slug).unwrap();
        Service {
            id: stable_id("service", &slug),
            organization_id: org.id,
            name: es(name),
            description: es("Servicio de prueba de la red Zorzal."),
            slug,
            status: ServiceStatus::Active,
            topics: vec![Topic::Health],
            languages: vec![],
            accreditation: None,
            accreditation_evidence: None,
            free: None,
            url: None,
            email: None,
            phones: vec![],
            schedule: None,
            locations: vec![],
            trust: trust(),
            details: Default::default(),
            review_interval_days: None,
            safety: SafetyFacts::default(),
        }
    };
    let capacity = |available| Capacity {
        available,
        maximum: Some(10.0),
        unit: "clientes".into(),
        description: None,
        updated: now,
    };
    let mut safe = service("zorzal-clinica-segura", "Clínica Zorzal segura");
    safe.free = Some(true);
    safe.safety.asks_status = known(AsksStatus::No);
    safe.safety.id_needed = Some(Known {
        value: IdNeeded::None,
        source: source.clone(),
        checked,
    });
    safe.details.capacity = vec![capacity(3.0)];
    let mut asks = service("zorzal-clinica-pregunta", "Clínica Zorzal que pregunta");
    asks.free = Some(true);
    asks.safety.asks_status = known(AsksStatus::Yes);
    asks.safety.id_needed = Some(Known {
        value: IdNeeded::GovernmentId,
        source: source.clone(),
        checked,
    });
    let unknown = service("zorzal-clinica-sin-dato", "Clínica Zorzal sin dato");
    let mut youth = service("zorzal-centro-juvenil", "Centro juvenil Zorzal");
    youth.free = Some(true);
    youth.safety.asks_status = known(AsksStatus::No);
    youth.safety.id_needed = Some(Known {
        value: IdNeeded::None,
        source: source.clone(),
        checked,
    });
    youth.details.minimum_age = Some(12);
    youth.details.maximum_age = Some(24);
    let mut seniors = service("zorzal-centro-mayores", "Centro Zorzal para mayores");
    seniors.safety.asks_status = known(AsksStatus::SomePrograms);
    seniors.details.minimum_age = Some(60);
    seniors.details.capacity = vec![capacity(0.0)];
    let mut services = vec![safe, asks, unknown, youth, seniors];
    for n in 1..=10 {
        let mut workshop = service(&format!("zorzal-taller-{n}"), &format!("Taller Zorzal {n}"));
        workshop.safety.asks_status = known(AsksStatus::No);
        services.push(workshop);
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let store = vecino_store::Store::connect(url).await.unwrap();
        store.migrate().await.unwrap();
        store.put_organization(&org).await.unwrap();
        for s in &services {
            store.put_service(s).await.unwrap();
        }
        store.close().await.unwrap();
    });
}

/// The `<input>` tag of the control named `name`.
fn input<'a>(html: &'a str, name: &str) -> &'a str {
    let at = html
        .find(&format!("name=\"{name}\""))
        .unwrap_or_else(|| panic!("no control {name}"));
    let start = html[..at].rfind("<input").unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

/// The label and the count of the checkbox named `name`: `(label, count)`.
fn checkbox(html: &str, name: &str) -> (String, usize) {
    let tag = input(html, name);
    let after = &html[html.find(tag).unwrap() + tag.len()..];
    let (label, rest) = after.split_once("<span class=\"count\">(").unwrap();
    let count = rest[..rest.find(')').unwrap()].parse().unwrap();
    (label.trim().to_owned(), count)
}

fn checked(html: &str, name: &str) -> bool {
    input(html, name).contains(" checked")
}

/// The text beside the age input.
fn age_count(html: &str) -> String {
    let tag = input(html, "age");
    let after = &html[html.find(tag).unwrap() + tag.len()..];
    let rest = after.split_once("<span class=\"count\">").unwrap().1;
    rest[..rest.find('<').unwrap()].to_owned()
}

/// The first whole number in `text` (Fluent may isolate it with direction marks).
fn number(text: &str) -> usize {
    text.chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("no number in {text:?}"))
}

/// "Resultados: N".
fn total(html: &str) -> usize {
    let at = html.find("role=\"status\">").expect("a result count");
    number(&html[at..at + html[at..].find('<').unwrap()])
}

/// The test services listed on the page, in order (a card links its listing more than once).
fn listed(html: &str, prefix: &str) -> Vec<String> {
    let mark = format!("href=\"{prefix}/services/{WORD}-");
    let mut slugs: Vec<String> = Vec::new();
    for (at, _) in html.match_indices(&mark) {
        let slug = &html[at + mark.len() - WORD.len() - 1..];
        let slug = &slug[..slug.find('"').unwrap()];
        if !slugs.iter().any(|s| s == slug) {
            slugs.push(slug.to_owned());
        }
    }
    slugs
}

/// The address of a link whose `rel` or `hreflang` is `which`, unescaped.
fn link(html: &str, which: &str) -> Option<String> {
    let at = html.find(which)?;
    let start = html[..at].rfind("href=\"").unwrap() + 6;
    let end = start + html[start..].find('"').unwrap();
    Some(html[start..end].replace("&#38;", "&").replace("&amp;", "&"))
}

fn scenario(env: &[(&str, &str)], fixture_url: impl FnOnce(&std::path::Path) -> String) {
    let data = tempfile::tempdir().unwrap();
    directory_in(&fixture_url(data.path()));
    let server = Server::start_in(data.path(), env);
    let client = Client::new();
    let page = |path: &str| -> String {
        let response = client.get(server.url(path)).send().unwrap();
        assert_eq!(response.status(), 200, "{path}");
        response.text().unwrap()
    };
    let base = format!("/es/search?q={WORD}&kind=service");
    // The test services on every page of a search, following "next".
    let every = |path: &str, prefix: &str| -> Vec<String> {
        let mut html = page(path);
        let mut found = listed(&html, prefix);
        while let Some(next) = link(&html, "rel=\"next\"") {
            html = page(&next);
            found.extend(listed(&html, prefix));
        }
        found
    };

    // The Spanish page offers each control in Spanish, with a count.
    let all = page(&base);
    assert_eq!(total(&all), 15, "{all}");
    let controls = [
        (
            "no_status_questions",
            "No pregunta por el estatus migratorio",
            12,
        ),
        ("no_id", "No se necesita identificación", 2),
        ("accepting", "Acepta clientes nuevos", 1),
        ("free", "Gratis", 3),
    ];
    for (name, label, expected) in controls {
        let (shown, count) = checkbox(&all, name);
        assert_eq!(shown, label, "{name}");
        assert_eq!(count, expected, "{name}: {all}");
        assert!(!checked(&all, name), "{name} is off until chosen");
    }
    assert!(all.contains("Edad de la persona"), "{all}");
    assert_eq!(
        number(&age_count(&all)),
        2,
        "two services are only for some ages"
    );
    assert!(
        all.contains("Los que todavía no sabemos quedan fuera."),
        "{all}"
    );

    // Applying each: as many results as its count said, and the box shown checked.
    for (name, _, expected) in controls {
        let only = page(&format!("{base}&{name}=1"));
        assert_eq!(total(&only), expected, "{name}: {only}");
        assert!(checked(&only, name), "{name} shows as on");
        assert_eq!(checkbox(&only, name).1, expected, "{name}");
    }

    // "Doesn't ask": only a known "no". It asks, it asks for some programs, nobody knows: out.
    let safe = page(&format!("{base}&no_status_questions=1"));
    let mut found = every(&format!("{base}&no_status_questions=1"), "/es");
    found.sort();
    let mut expected: Vec<String> = ["zorzal-centro-juvenil", "zorzal-clinica-segura"]
        .into_iter()
        .map(str::to_owned)
        .chain((1..=10).map(|n| format!("zorzal-taller-{n}")))
        .collect();
    expected.sort();
    assert_eq!(found, expected);
    // Kept on the next page and in every language's link.
    let next = link(&safe, "rel=\"next\"").expect("a second page");
    let second = page(&next);
    assert!(
        next.contains("no_status_questions=1") && next.contains("page=2"),
        "{next}"
    );
    assert!(checked(&second, "no_status_questions"));
    assert_eq!(total(&second), 12);
    let arabic = link(&safe, "hreflang=\"ar\"").unwrap();
    assert!(arabic.starts_with("/ar/search?"), "{arabic}");
    let ar = page(&arabic);
    assert!(checked(&ar, "no_status_questions"), "{arabic}");
    assert_eq!(total(&ar), 12);
    assert!(ar.contains("لا يسألون عن وضع الهجرة"), "{ar}");

    // Age 70: the youth-only service is left out; 60 and older, and those that state no ages,
    // stay; the count beside the age is the results'.
    let seventy = page(&format!("{base}&age=70"));
    let found = every(&format!("{base}&age=70"), "/es");
    assert!(
        !found.iter().any(|s| s == "zorzal-centro-juvenil"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|s| s == "zorzal-centro-mayores"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|s| s == "zorzal-clinica-sin-dato"),
        "{found:?}"
    );
    assert_eq!(total(&seventy), 14, "{seventy}");
    assert_eq!(number(&age_count(&seventy)), 14);
    assert!(input(&seventy, "age").contains("value=\"70\""));
    let found = every(&format!("{base}&age=16"), "/es");
    assert!(
        found.iter().any(|s| s == "zorzal-centro-juvenil"),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|s| s == "zorzal-centro-mayores"),
        "{found:?}"
    );

    // Together, and on the kiosk: the same controls, shown as chosen.
    let kiosk = page(&format!(
        "/kiosk/es/search?q={WORD}&kind=service&no_status_questions=1&age=70"
    ));
    assert!(checked(&kiosk, "no_status_questions"));
    assert!(input(&kiosk, "age").contains("value=\"70\""));
    let found = every(
        &format!("/kiosk/es/search?q={WORD}&kind=service&no_status_questions=1&age=70"),
        "/kiosk/es",
    );
    assert_eq!(total(&kiosk), 11, "{kiosk}");
    assert_eq!(found.len(), 11, "{found:?}");
    assert!(
        !found.iter().any(|s| s == "zorzal-centro-juvenil"),
        "{found:?}"
    );
    for name in ["no_id", "accepting", "free"] {
        let (_, count) = checkbox(&kiosk, name);
        let narrowed = page(&format!(
            "/kiosk/es/search?q={WORD}&kind=service&no_status_questions=1&age=70&{name}=1"
        ));
        assert_eq!(total(&narrowed), count, "{name} on the kiosk");
    }

    let logs = server.stop();
    assert!(!logs.contains(WORD), "the query text is never logged");
}

#[test]
fn the_search_page_filters_by_the_safety_facts_and_age_on_sqlite() {
    scenario(&[], |dir| {
        format!("sqlite://{}?mode=rwc", dir.join("vecino.db").display())
    });
}

#[test]
fn the_search_page_filters_by_the_safety_facts_and_age_on_postgres() {
    let Some(db) = postgres_scratch("safe_filters") else {
        return;
    };
    let url = db.url.clone();
    scenario(&[("VECINO_DATABASE_URL", &db.url)], move |_| url);
}
