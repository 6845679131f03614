//! Language negotiation as a request sees it: `?lang=` or `/{lang}/`, then `Accept-Language`.

use std::fmt::Write;

use vecino_i18n::{Direction, Error, I18n, Negotiated};

struct Expect<'a> {
    ui: &'a str,
    requested: Option<&'a str>,
    chain: &'a [&'a str],
    fell_back: bool,
}

#[track_caller]
fn check(explicit: Option<&str>, accept_language: Option<&str>, expect: Expect<'_>) {
    let i18n = I18n::load().unwrap();
    let got = i18n
        .negotiate(explicit, accept_language)
        .unwrap_or_else(|e| panic!("{explicit:?} / {accept_language:?}: {e}"));
    let context = format!("explicit {explicit:?}, Accept-Language {accept_language:?}: {got:?}");
    assert_eq!(got.ui.to_string(), expect.ui, "ui; {context}");
    assert_eq!(
        got.requested.as_ref().map(ToString::to_string).as_deref(),
        expect.requested,
        "requested; {context}"
    );
    assert_eq!(got.content_chain, expect.chain, "content chain; {context}");
    assert_eq!(got.fell_back, expect.fell_back, "fell_back; {context}");
}

fn accept(header: &str, ui: &'static str, chain: &'static [&'static str]) {
    let requested = vecino_i18n::parse_tag(chain[0]).ok().map(|t| t.to_string());
    check(
        None,
        Some(header),
        Expect {
            ui,
            requested: requested.as_deref(),
            chain,
            fell_back: false,
        },
    );
}

#[test]
fn regional_spanish_gets_spanish_ui_and_regional_content_first() {
    accept("es-MX,es;q=0.9,en;q=0.5", "es", &["es-MX", "es", "en"]);
    accept("es-419", "es", &["es-419", "es", "en"]);
}

#[test]
fn traditional_chinese_from_region() {
    accept("zh-TW", "zh-Hant", &["zh-TW", "zh-Hant", "en"]);
    accept(
        "zh-HK,zh;q=0.8",
        "zh-Hant",
        &["zh-HK", "zh-Hant", "zh", "zh-Hans", "en"],
    );
    check(
        Some("zh-TW"),
        None,
        Expect {
            ui: "zh-Hant",
            requested: Some("zh-TW"),
            chain: &["zh-TW", "zh-Hant", "en"],
            fell_back: false,
        },
    );
    check(
        Some("ZH-hant"),
        Some("es"),
        Expect {
            ui: "zh-Hant",
            requested: Some("zh-Hant"),
            chain: &["zh-Hant", "en"],
            fell_back: false,
        },
    );
}

#[test]
fn simplified_chinese() {
    accept("zh-CN", "zh-Hans", &["zh-CN", "zh-Hans", "zh", "en"]);
    accept("zh", "zh-Hans", &["zh", "zh-Hans", "en"]);
    accept("zh-SG", "zh-Hans", &["zh-SG", "zh-Hans", "zh", "en"]);
}

#[test]
fn aliases_without_likely_subtags() {
    accept("fil", "tl", &["fil", "tl", "en"]);
    accept("fil-PH", "tl", &["fil-PH", "fil", "tl", "en"]);
    accept("tl", "tl", &["tl", "fil", "en"]);
    accept("prs", "fa", &["prs", "fa", "en"]);
    accept("prs-AF", "fa", &["prs-AF", "prs", "fa", "en"]);
    accept("pt", "pt-BR", &["pt", "pt-BR", "en"]);
    accept("pt-PT", "pt-BR", &["pt-PT", "pt", "pt-BR", "en"]);
    accept("ht", "ht", &["ht", "en"]);
    accept("hy-AM", "hy", &["hy-AM", "hy", "en"]);
}

#[test]
fn unsupported_language_falls_back_to_english() {
    check(
        None,
        Some("de"),
        Expect {
            ui: "en",
            requested: Some("de"),
            chain: &["de", "en"],
            fell_back: true,
        },
    );
    check(
        Some("so"),
        Some("es"),
        Expect {
            ui: "en",
            requested: Some("so"),
            chain: &["so", "en"],
            fell_back: true,
        },
    );
    // German first, Spanish second: the UI is Spanish, which is still not what was asked for.
    check(
        None,
        Some("de-DE,de;q=0.9,es;q=0.8"),
        Expect {
            ui: "es",
            requested: Some("de-DE"),
            chain: &["de-DE", "de", "es", "en"],
            fell_back: true,
        },
    );
}

#[test]
fn quality_values_order_preferences() {
    accept("en;q=0.1, ar", "ar", &["ar", "en"]);
    accept("vi;q=0.5, ko;q=0.9", "ko", &["ko", "vi", "en"]);
    // Languages ranked below English are never reached for content.
    accept("en-US,en;q=0.9,es;q=0.8", "en", &["en-US", "en"]);
}

#[test]
fn invalid_explicit_locale_is_an_error() {
    let i18n = I18n::load().unwrap();
    for input in ["12@@", "", "*", "english", "es_MX!", "und"] {
        match i18n.negotiate(Some(input), Some("es")) {
            Err(Error::InvalidLocale(echo)) => assert_eq!(echo, input),
            other => panic!("{input:?}: {other:?}"),
        }
    }
}

#[test]
fn garbage_accept_language_is_english_without_error() {
    for header in [
        "",
        "*",
        "12@@",
        ";;;,,,",
        "q=0.5",
        "\u{0}\u{1}",
        "es;q=0",
        "🙂;q=1",
    ] {
        check(
            None,
            Some(header),
            Expect {
                ui: "en",
                requested: None,
                chain: &["en"],
                fell_back: false,
            },
        );
    }
    check(
        None,
        None,
        Expect {
            ui: "en",
            requested: None,
            chain: &["en"],
            fell_back: false,
        },
    );
}

#[test]
fn direction_follows_the_ui_locale() {
    let i18n = I18n::load().unwrap();
    let dir = |header: &str| i18n.negotiate(None, Some(header)).unwrap().direction();
    assert_eq!(dir("ar"), Direction::Rtl);
    assert_eq!(dir("fa"), Direction::Rtl);
    assert_eq!(dir("prs"), Direction::Rtl);
    assert_eq!(dir("es"), Direction::Ltr);
    // Urdu is right to left, but the UI falls back to English, which is not.
    assert_eq!(dir("ur"), Direction::Ltr);
    let tag = |s: &str| vecino_i18n::parse_tag(s).unwrap();
    assert_eq!(vecino_i18n::direction(&tag("ur")), Direction::Rtl);
    assert_eq!(vecino_i18n::direction(&tag("ps")), Direction::Rtl);
    assert_eq!(vecino_i18n::direction(&tag("he")), Direction::Rtl);
}

/// A wider table, as a snapshot: one line per Accept-Language header.
#[test]
fn negotiation_table() {
    let i18n = I18n::load().unwrap();
    let headers = [
        "en-US,en;q=0.9",
        "es-US,es;q=0.9,en-US;q=0.8,en;q=0.7",
        "es-ES",
        "zh-Hant-TW",
        "zh-Hans-CN,zh;q=0.9",
        "zh-MO",
        "yue-HK",
        "vi-VN,vi;q=0.9,en;q=0.8",
        "tl-PH",
        "ko-KR,ko;q=0.9",
        "ar-EG,ar;q=0.9",
        "fa-IR",
        "fa-AF",
        "ru-RU,ru;q=0.9,en-US;q=0.8",
        "hy",
        "ht-HT,fr;q=0.8",
        "fr-HT,ht;q=0.9",
        "pt-BR,pt;q=0.9",
        "pt-AO",
        "uk-UA,ru;q=0.9",
        "so-SO,ar;q=0.8",
        "ps-AF,prs;q=0.9,fa;q=0.8",
    ];
    let mut table = String::new();
    for header in headers {
        let Negotiated {
            ui,
            requested,
            content_chain,
            fell_back,
        } = i18n.negotiate(None, Some(header)).unwrap();
        let ui = ui.to_string();
        let requested = requested.map(|r| r.to_string()).unwrap_or_default();
        writeln!(
            table,
            "{header:40} ui={ui:8} requested={requested:11} fell_back={fell_back:5} content={}",
            content_chain.join(" → ")
        )
        .unwrap();
    }
    insta::assert_snapshot!(table);
}
