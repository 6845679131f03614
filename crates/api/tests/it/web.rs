//! The resident web pages, in-process: languages and redirects, headers, pages, the kiosk and
//! the report form.

use axum::http::StatusCode;
use vecino_core::{
    Event, Guide, Id, LocaleTag, LocalizedText, OpeningHours, Schedule, Slug, Source, TimeRange,
    Topic, Trust, Weekday,
};

use crate::helpers::{TestApp, TestResponse};

fn header<'a>(r: &'a TestResponse, name: &str) -> &'a str {
    r.headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

/// Every page: HTML in its language, a strict CSP, no cookie.
pub(crate) fn assert_page(r: &TestResponse, lang: &str, dir: &str) {
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert!(header(r, "content-type").starts_with("text/html"));
    assert!(
        r.text
            .contains(&format!(r#"<html lang="{lang}" dir="{dir}">"#)),
        "{}",
        &r.text[..200.min(r.text.len())]
    );
    let csp = header(r, "content-security-policy");
    assert!(csp.contains("default-src 'self'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(r.headers.get("set-cookie").is_none());
    assert!(!r.text.contains("<script>"), "no inline script");
    assert!(!r.text.contains(" style=\""), "no inline style");
}

#[tokio::test]
async fn the_root_redirects_by_accept_language_and_lang_moves_to_the_prefix() {
    let app = TestApp::seeded().await;
    let r = app.get("/", Some("es-MX,es;q=0.9,en;q=0.5")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(header(&r, "location"), "/es/");
    assert_eq!(header(&r, "vary"), "Accept-Language");
    let r = app.get("/", Some("zh-TW")).await;
    assert_eq!(header(&r, "location"), "/zh-Hant/");
    let r = app.get("/", None).await;
    assert_eq!(header(&r, "location"), "/en/");
    let r = app.get("/?lang=ar", Some("es")).await;
    assert_eq!(header(&r, "location"), "/ar/");

    // Below the root, only the path decides: Accept-Language is ignored.
    let r = app.get("/en/", Some("es")).await;
    assert_page(&r, "en", "ltr");
    let r = app
        .get("/es/search?q=abogado&lang=ar&topic=legal-aid", None)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        header(&r, "location"),
        "/ar/search?q=abogado&topic=legal-aid"
    );
    let r = app.get("/es-MX/guides/daca", None).await;
    assert_eq!(header(&r, "location"), "/es/guides/daca");
    let r = app.get("/kiosk/es/?lang=vi", None).await;
    assert_eq!(header(&r, "location"), "/kiosk/vi/");
    let r = app.get("/es", None).await;
    assert_eq!(header(&r, "location"), "/es/");
    let r = app.get("/xx-nope/", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.text.contains("<html lang=\"en\""));
    // The API keeps its JSON errors.
    let r = app.get("/api/v1/nothing-here", None).await;
    assert_eq!(r.json["code"], "not-found");
}

#[tokio::test]
async fn the_home_page_names_each_language_in_itself_and_offers_the_topics() {
    let app = TestApp::seeded().await;
    let r = app.get("/es/", None).await;
    assert_page(&r, "es", "ltr");
    for (tag, name) in [
        ("en", "English"),
        ("zh-Hant", "中文（繁體）"),
        ("ar", "العربية"),
        ("vi", "Tiếng Việt"),
    ] {
        assert!(
            r.text
                .contains(&format!(r#"<a href="/{tag}/" lang="{tag}""#)),
            "{tag}"
        );
        assert!(r.text.contains(name), "{name}");
    }
    for topic in [
        "know-your-rights",
        "daca",
        "citizenship",
        "id-card",
        "legal-aid",
        "health",
        "education",
        "safety",
    ] {
        assert!(
            r.text.contains(&format!(r#"href="/es/topics/{topic}""#)),
            "{topic}"
        );
    }
    assert!(
        r.text.contains("Conozca sus derechos"),
        "topic names in Spanish"
    );
    assert!(r.text.contains(r#"action="/es/search""#));
    assert!(r.text.contains(r##"<a class="skip" href="#main">"##));
    assert!(r.text.contains(r#"<main id="main""#));

    let ar = app.get("/ar/", None).await;
    assert_page(&ar, "ar", "rtl");
    let fa = app.get("/fa/", None).await;
    assert_page(&fa, "fa", "rtl");
}

#[tokio::test]
async fn search_results_show_facets_filters_and_distance_within_budget() {
    let app = TestApp::seeded().await;
    let r = app.get("/es/search?q=abogado+inmigracion", None).await;
    assert_page(&r, "es", "ltr");
    assert!(
        r.text.contains(r#"href="/es/services/"#),
        "a result links to a listing"
    );
    assert!(r.text.contains("<mark>"), "matched words are marked");
    assert!(
        r.text.contains(r#"name="topic" value="legal-aid""#),
        "topic facet"
    );
    assert!(r.text.contains(r#"name="accredited""#));
    assert!(r.text.contains(r#"name="open_now""#));
    // The 50 KB budget of a results page, HTML and CSS together.
    let css = app.get("/static/vecino.css", None).await;
    assert_eq!(css.status, StatusCode::OK);
    let total = r.text.len() + css.text.len();
    assert!(total < 50_000, "results page is {total} bytes with its CSS");

    let near = app
        // The San Mateo County Know Your Rights workshops meet within the default radius
        // (the county's citizenship workshops ended and are no longer found).
        .get("/en/search?q=rights&near=37.5630,-122.3255", None)
        .await;
    assert_page(&near, "en", "ltr");
    assert!(
        near.text.contains(" km away"),
        "distance shown when near is given"
    );

    let filtered = app
        .get(
            "/en/search?q=citizenship&topic=legal-aid&accredited=1",
            None,
        )
        .await;
    assert!(filtered.text.contains(r#"value="legal-aid" checked"#));
    let accredited_only = filtered.text.matches("<li>").count();
    assert!(accredited_only > 0);

    let ar = app
        .get("/ar/search?q=%D8%AD%D9%82%D9%88%D9%82%D9%83", None)
        .await;
    assert_page(&ar, "ar", "rtl");
    assert!(ar.text.contains(r#"href="/ar/guides/know-your-rights""#));

    let empty = app.get("/es/search?q=", None).await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(
        empty.text.contains("Escriba una o dos palabras") || empty.text.contains("class=\"error\"")
    );
    let long = "a".repeat(201);
    let too_long = app.get(&format!("/es/search?q={long}"), None).await;
    assert_eq!(too_long.status, StatusCode::BAD_REQUEST);
    assert!(too_long.text.contains("200"), "says the limit");
}

#[tokio::test]
async fn a_guide_shows_its_review_date_sources_changing_facts_and_qr_code() {
    let app = TestApp::seeded().await;
    let r = app.get("/es/guides/know-your-rights", None).await;
    assert_page(&r, "es", "ltr");
    assert!(r.text.contains("Revisado el 20"), "reviewed date");
    assert!(
        r.text.contains(r#"class="changing"#),
        "changing fact notice"
    );
    assert!(
        r.text.contains("Traducción automática"),
        "machine translation said"
    );
    assert!(r.text.contains(r#"<svg class="qr""#));
    assert!(
        r.text
            .contains(r#"href="/es/guides/know-your-rights/card""#)
    );
    assert!(r.text.contains(r#"<a href="https://"#), "sources link out");

    let card = app.get("/es/guides/know-your-rights/card", None).await;
    assert_page(&card, "es", "ltr");
    assert!(card.text.contains("pocket-card"));
    assert!(card.text.contains("<li>"), "the main points");

    let none = app.get("/es/guides/no-such-guide", None).await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);
    assert!(none.text.contains("no-such-guide"));
}

#[tokio::test]
async fn a_service_page_shows_trust_languages_and_hours_in_its_time_zone() {
    let app = TestApp::seeded().await;
    let slug = Slug::parse("littleton-irc-immigration-legal-services").unwrap();
    let r = app
        .get(&format!("/es/services/{}", slug.as_str()), None)
        .await;
    assert_page(&r, "es", "ltr");
    assert!(
        r.text.contains("Organización reconocida por el DOJ"),
        "badge"
    );
    assert!(r.text.contains("notarios"), "why it matters");
    assert!(r.text.contains("Aún no verificado por una persona."));
    assert!(
        r.text.contains("El personal habla este idioma"),
        "how a language is offered"
    );
    assert!(r.text.contains(r#"<svg class="qr""#));
    assert!(r.text.contains(r#"method="post""#), "report form");
    let org = app
        .get(
            "/es/organizations/littleton-immigrant-resources-center",
            None,
        )
        .await;
    assert_page(&org, "es", "ltr");
    assert!(
        org.text
            .contains(&format!("/es/services/{}", slug.as_str()))
    );

    // Open all day on today's weekday as reckoned in Kiritimati (UTC+14): open there, and closed
    // in Pago Pago (UTC−11), where it is always another day.
    let mut service = app.store.service_by_slug(&slug).await.unwrap().unwrap();
    // Checked by its source today: hours past a listing's review date say "call to confirm".
    service.trust.source_checked_on = Some(
        jiff::Timestamp::now()
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .date(),
    );
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::get("Pacific/Kiritimati").unwrap())
        .weekday();
    let weekday = Weekday::ALL[today.to_monday_zero_offset() as usize];
    let whole_day = TimeRange {
        opens: jiff::civil::time(0, 0, 0, 0),
        closes: jiff::civil::time(0, 0, 0, 0),
    };
    let hours = |tz: &str| {
        Schedule::new(
            tz,
            vec![OpeningHours {
                weekday,
                hours: whole_day,
            }],
            vec![],
        )
        .unwrap()
    };
    service.schedule = Some(hours("Pacific/Kiritimati"));
    app.store.put_service(&service).await.unwrap();
    let open = app
        .get(
            "/en/services/littleton-irc-immigration-legal-services",
            None,
        )
        .await;
    assert!(
        open.text.contains(r#"class="status open""#),
        "open in Kiritimati"
    );
    assert!(open.text.contains("Pacific/Kiritimati"));
    service.schedule = Some(hours("Pacific/Pago_Pago"));
    app.store.put_service(&service).await.unwrap();
    let closed = app
        .get(
            "/en/services/littleton-irc-immigration-legal-services",
            None,
        )
        .await;
    assert!(
        closed.text.contains(r#"class="status closed""#),
        "closed in Pago Pago"
    );
}

#[tokio::test]
async fn the_kiosk_keeps_links_inside_and_a_get_or_a_bare_post_clears_nothing() {
    let app = TestApp::seeded().await;
    let r = app
        .get(
            "/kiosk/es/services/littleton-irc-immigration-legal-services",
            None,
        )
        .await;
    assert_page(&r, "es", "ltr");
    assert!(
        r.text.contains(r#"action="/kiosk/reset" method="post""#),
        "start over"
    );
    assert!(
        r.text.contains("data-idle=\"120\""),
        "idle time from the settings"
    );
    assert!(
        r.text.contains(
            r#"<noscript><meta http-equiv="refresh" content="360;url=/kiosk/"></noscript>"#
        ),
        "without script the kiosk still starts over"
    );
    for action in r.text.split("action=\"").skip(1) {
        assert!(
            action.starts_with("/kiosk/es/") || action.starts_with("/kiosk/reset\""),
            "forms stay in the kiosk"
        );
    }
    assert!(
        !r.text.contains(r#"href="http"#),
        "no link leaves the kiosk"
    );
    assert!(!r.text.contains(r#"href="tel:"#));
    for href in r.text.split("href=\"").skip(1) {
        let href = &href[..href.find('"').unwrap()];
        assert!(
            href.starts_with("/kiosk/") || href.starts_with("/static/") || href == "#main",
            "{href}"
        );
    }
    assert!(
        r.text.contains("https://www.library.littletonco.gov"),
        "addresses as text"
    );
    assert_eq!(header(&r, "cache-control"), "no-store");
    let guide = app.get("/kiosk/es/guides/know-your-rights", None).await;
    assert!(!guide.text.contains(r#"href="http"#));

    // A GET (a link, an image) only goes home: it clears nothing.
    let home = app.get("/kiosk/reset", Some("vi")).await;
    assert_eq!(home.status, StatusCode::SEE_OTHER);
    assert_eq!(header(&home, "location"), "/kiosk/vi/");
    assert!(home.headers.get("clear-site-data").is_none());
    // A POST that does not say it comes from this site is refused.
    let refused = app.post_form("/kiosk/reset", &[("from", "kiosk")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.headers.get("clear-site-data").is_none());
    assert!(refused.headers.get("set-cookie").is_none());
}

#[tokio::test]
async fn a_report_is_validated_kept_as_typed_and_queued() {
    let app = TestApp::seeded().await;
    let url = "/es/services/littleton-irc-immigration-legal-services/report";
    let form = app.get(url, None).await;
    assert_page(&form, "es", "ltr");

    let bad = app
        .post_form(
            url,
            &[("details", "corto <b>"), ("contact", "ana@example.org")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.text.contains("Elija qué está mal."),
        "kind error in Spanish"
    );
    assert!(bad.text.contains("Escriba al menos 10 caracteres."));
    assert!(
        bad.text.contains("corto &#60;b&#62;</textarea>"),
        "what they typed, escaped"
    );
    assert!(bad.text.contains(r#"value="ana@example.org""#));
    assert!(app.store.new_reports().await.unwrap().is_empty());

    let ok = app
        .post_form(
            url,
            &[
                ("kind", "hours"),
                ("details", "Ahora abren los sábados por la mañana."),
                ("contact", ""),
            ],
        )
        .await;
    assert_page(&ok, "es", "ltr");
    assert!(
        ok.text
            .contains("Gracias. Una persona revisará su reporte.")
    );
    let queued = app.store.new_reports().await.unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].kind.slug(), "hours");
    assert_eq!(queued[0].locale.as_str(), "es");
    assert_eq!(queued[0].contact, None);
    assert!(ok.headers.get("set-cookie").is_none());
}

#[tokio::test]
async fn static_files_and_unknown_pages() {
    let app = TestApp::seeded().await;
    let js = app.get("/static/vecino.js", None).await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(header(&js, "content-type").starts_with("text/javascript"));
    assert!(js.text.contains("/api/v1/suggest"));
    assert_eq!(
        app.get("/static/nope.js", None).await.status,
        StatusCode::NOT_FOUND
    );
    let r = app.get("/es/topics/not-a-topic", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.text.contains("<html lang=\"es\""));
}

fn english(text: &str) -> LocalizedText {
    LocalizedText::original(LocaleTag::parse("en").unwrap(), text).unwrap()
}

#[tokio::test]
async fn text_missing_in_the_readers_language_says_so_in_its_own_language_and_direction() {
    let app = TestApp::seeded().await;
    let guide = Guide {
        id: Id::new_random(),
        slug: Slug::parse("english-only-test-guide").unwrap(),
        title: english("Only in English"),
        summary: english("A guide written only in English."),
        body: english("Some *text*."),
        topics: vec![Topic::KnowYourRights],
        sources: vec![Source::new("Example", "https://example.org/guide").unwrap()],
        reviewed_at: jiff::civil::date(2026, 1, 15),
        changing_facts: vec![],
        review_interval_days: None,
    };
    app.store.put_guide(&guide).await.unwrap();
    let r = app.get("/ar/guides/english-only-test-guide", None).await;
    assert_page(&r, "ar", "rtl");
    assert!(
        r.text
            .contains(r#"<h1 lang="en" dir="ltr">Only in English</h1>"#)
    );
    assert!(r.text.contains(r#"class="body" lang="en" dir="ltr""#));
    assert!(
        r.text
            .contains("هذا غير متوفر باللغة العربية بعد، لذا يُعرض باللغة English."),
        "the fallback notice, in Arabic"
    );
    assert!(r.text.contains("2026-01-15"), "reviewed date");
}

#[tokio::test]
async fn upcoming_events_are_listed_and_have_a_page_with_local_time() {
    let app = TestApp::seeded().await;
    let starts = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24 * 10);
    let event = Event {
        id: Id::new_random(),
        slug: Slug::parse("test-citizenship-day").unwrap(),
        organization_id: None,
        title: english("Test citizenship day"),
        description: english("Free help with the N-400 form."),
        starts_at: starts,
        ends_at: Some(starts + jiff::SignedDuration::from_hours(3)),
        timezone: "America/Los_Angeles".into(),
        location: None,
        languages: vec![
            LocaleTag::parse("es").unwrap(),
            LocaleTag::parse("vi").unwrap(),
        ],
        topics: vec![Topic::Citizenship],
        free: Some(true),
        trust: Trust {
            sources: vec![Source::new("Example", "https://example.org/event").unwrap()],
            verified_at: None,
            verifier: None,
            changed_since_check: None,
            kept: None,
            source_checked_on: None,
        },
    };
    app.store.put_event(&event).await.unwrap();
    let home = app.get("/es/", None).await;
    assert!(
        home.text
            .contains(r#"href="/es/events/test-citizenship-day""#)
    );
    let local = starts
        .to_zoned_datetime(jiff::tz::TimeZone::get("America/Los_Angeles").unwrap())
        .strftime("%Y-%m-%d %H:%M")
        .to_string();
    let r = app.get("/es/events/test-citizenship-day", None).await;
    assert_page(&r, "es", "ltr");
    assert!(
        r.text.contains(&local),
        "{local} in the event's own time zone"
    );
    assert!(
        r.text.contains("Español, Tiếng Việt"),
        "languages named in themselves"
    );
    assert!(r.text.contains("Gratis"));
}

#[tokio::test]
async fn an_https_public_address_turns_on_hsts_and_none_leaves_it_off() {
    let plain = TestApp::seeded().await;
    let r = plain.get("/en/", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.headers.contains_key("strict-transport-security"));

    let config = vecino_api::web::WebConfig {
        public_url: Some("https://vecino.example.org".into()),
        ..Default::default()
    };
    let https = TestApp::builder().with_config(config).build().await;
    let r = https.get("/en/", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.headers.contains_key("strict-transport-security"),
        "{:?}",
        r.headers
    );
}
