//! The real binary in a real headless Chromium (tests/browser/run.mjs, playwright-core driving
//! the system's chromium): search in Spanish and Arabic, lang/dir, the kiosk's idle reset, no
//! request leaving 127.0.0.1, an axe-core scan, and screenshots in target/screenshots/.
//!
//! Needs node, chromium and `npm ci` in tests/browser; `.ci/run` installs them. Where one is
//! missing the test says so and passes without running (CI always has them).

use std::path::{Path, PathBuf};
use std::process::Command;

use vecino_e2e::Server;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn missing() -> Option<String> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    if !Path::new(&chromium).exists() {
        return Some(format!(
            "{chromium} is not installed (apt-get install chromium)"
        ));
    }
    if Command::new("node").arg("--version").output().is_err() {
        return Some("node is not installed".to_owned());
    }
    let modules = workspace().join("tests/browser/node_modules/playwright-core");
    if !modules.exists() {
        return Some("tests/browser has no node_modules (run npm ci there)".to_owned());
    }
    None
}

#[test]
fn residents_and_the_kiosk_in_a_real_browser() {
    if let Some(why) = missing() {
        vecino_e2e::skip("the browser test", &why);
        return;
    }
    let server = Server::start(&[("VECINO_KIOSK_IDLE_SECS", "6")]);
    let shots = workspace().join("target/screenshots");
    let out = Command::new("node")
        .arg("run.mjs")
        .arg(&server.base)
        .arg(&shots)
        .current_dir(workspace().join("tests/browser"))
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    let logs = server.stop();
    assert!(
        out.status.success(),
        "browser checks failed:\n{stdout}\n{stderr}\nserver:\n{logs}"
    );
    assert!(stdout.contains("browser: all checks passed"), "{stdout}");
    for page in ["home", "results", "detail"] {
        for lang in ["en", "es", "zh-Hant", "ar"] {
            let shot = shots.join(format!("{page}-{lang}.png"));
            assert!(shot.exists(), "{} was not saved", shot.display());
        }
    }
    assert!(
        !logs.contains("ciudadania"),
        "the query text is never logged"
    );
}

/// Two test clinics (not real listings) in a fresh data directory's database: one free, open
/// around the clock, whose (test) source says it does not ask about status; one with a fee,
/// closed today, that asks. Both say "gratis" and "con o sin papeles" in their descriptions, so
/// the query finds both whatever the glossary knows.
async fn add_clinics(dir: &Path) {
    use vecino_core::{
        Address, AsksStatus, DatedException, ExceptionKind, GeoPoint, GeoPrecision, Known,
        LanguageMode, LanguageOffered, LocaleTag, LocalizedText, Location, OpeningHours, Phone,
        PhoneKind, SafetyFacts, Schedule, Service, ServiceAtLocation, ServiceStatus, Slug, Source,
        TimeRange, Topic, Trust, Weekday, stable_id,
    };
    let url = format!("sqlite://{}?mode=rwc", dir.join("vecino.db").display());
    let store = vecino_store::Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    store
        .seed(vecino_store::seed::SeedMode::AddMissing)
        .await
        .unwrap();
    let org = store.organizations().await.unwrap().remove(0);
    let now = vecino_core::Timestamp::now();
    let tz = "America/Los_Angeles";
    let today = now.in_tz(tz).unwrap().date();
    let es = |t: &str| LocalizedText::original(LocaleTag::parse("es").unwrap(), t).unwrap();
    let source = Source::new("Preguntas frecuentes (prueba)", "https://example.org/faq").unwrap();
    let midnight = "00:00".parse().unwrap();
    let whole_day = TimeRange {
        opens: midnight,
        closes: midnight,
    };
    let week: Vec<OpeningHours> = Weekday::ALL
        .iter()
        .map(|weekday| OpeningHours {
            weekday: *weekday,
            hours: whole_day,
        })
        .collect();
    for (slug, name, description, asks, free, closed) in [
        (
            "e2e-clinica-abierta",
            "Clínica Abierta",
            "Clínica comunitaria gratis. Atendemos a todas las personas, con o sin papeles.",
            AsksStatus::No,
            true,
            false,
        ),
        (
            "e2e-clinica-cerrada",
            "Clínica Cerrada",
            "Clínica comunitaria: la primera consulta es gratis y las demás tienen costo. \
             Atendemos a personas con o sin papeles.",
            AsksStatus::Yes,
            false,
            true,
        ),
    ] {
        let slug = Slug::parse(slug).unwrap();
        // Closed yesterday, today and tomorrow in its zone: closed now, overnight hours too.
        let exceptions = [today.yesterday(), Ok(today), today.tomorrow()]
            .into_iter()
            .filter(|_| closed)
            .map(|date| DatedException {
                date: date.unwrap(),
                kind: ExceptionKind::Closed,
                note: None,
            })
            .collect();
        let place = Location {
            id: stable_id("location", &slug),
            slug: slug.clone(),
            name: None,
            address: Some(Address {
                address_1: None,
                city: "San José".into(),
                state_province: "CA".into(),
                postal_code: None,
                country: "US".into(),
            }),
            point: Some(GeoPoint::new(37.3382, -121.8863, GeoPrecision::Exact).unwrap()),
            timezone: tz.into(),
            accessibility: vec![],
        };
        let service = Service {
            id: stable_id("service", &slug),
            organization_id: org.id,
            name: es(name),
            description: es(description),
            status: ServiceStatus::Active,
            topics: vec![Topic::Health],
            languages: vec![LanguageOffered {
                code: LocaleTag::parse("es").unwrap(),
                how: LanguageMode::BilingualStaff,
            }],
            accreditation: None,
            accreditation_evidence: None,
            free: Some(free),
            url: None,
            email: None,
            phones: vec![
                Phone::parse("+1 (408) 555-0100")
                    .unwrap()
                    .with_kind(Some(PhoneKind::Voice)),
            ],
            schedule: None,
            locations: vec![ServiceAtLocation {
                id: stable_id("service-at-location", &slug),
                location: place,
                schedule: Some(Schedule::new(tz, week.clone(), exceptions).unwrap()),
                service_areas: vec![],
            }],
            trust: Trust {
                sources: vec![source.clone()],
                verified_at: None,
                verifier: None,
                changed_since_check: None,
                kept: None,
                source_checked_on: Some(today),
            },
            details: Default::default(),
            safety: SafetyFacts {
                asks_status: Some(Known {
                    value: asks,
                    source: source.clone(),
                    checked: today,
                }),
                ..SafetyFacts::default()
            },
            review_interval_days: None,
            slug,
        };
        store.put_service(&service).await.unwrap();
    }
    store.close().await.unwrap();
}

#[test]
fn a_resident_on_a_phone_sees_which_clinics_are_free_safe_and_open_and_can_call() {
    if let Some(why) = missing() {
        vecino_e2e::skip("the result-card browser test", &why);
        return;
    }
    let data = tempfile::tempdir().unwrap();
    tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(add_clinics(data.path()));
    let server = Server::start_in(data.path(), &[]);
    let shots = workspace().join("target/screenshots");
    let out = Command::new("node")
        .arg("cards.mjs")
        .arg(&server.base)
        .arg(&shots)
        .current_dir(workspace().join("tests/browser"))
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    let logs = server.stop();
    assert!(
        out.status.success(),
        "browser checks failed:\n{stdout}\n{stderr}\nserver:\n{logs}"
    );
    assert!(stdout.contains("cards: all checks passed"), "{stdout}");
    for lang in ["es", "ar"] {
        assert!(shots.join(format!("cards-{lang}-360.png")).exists());
    }
    assert!(!logs.contains("papeles"), "the query text is never logged");
}
