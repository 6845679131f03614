//! Message lookup as a page or an API error sees it.

use vecino_i18n::{FluentArgs, I18n, LanguageIdentifier, SHIPPED};

use crate::main_ftl_files;

fn tag(s: &str) -> LanguageIdentifier {
    vecino_i18n::parse_tag(s).unwrap()
}

#[test]
fn a_message_missing_in_a_locale_falls_back_to_english() {
    let files = main_ftl_files();
    let spanish_without_housing: String = files["es"]
        .lines()
        .filter(|line| !line.starts_with("topic-housing ="))
        .map(|line| format!("{line}\n"))
        .collect();
    let i18n =
        I18n::from_sources(&[("en", &files["en"]), ("es", &spanish_without_housing)]).unwrap();
    let es = tag("es-MX");
    assert_eq!(i18n.message(&es, "topic-housing", None), "Housing");
    assert_eq!(i18n.message(&es, "topic-food", None), "Alimentos");
    assert_eq!(
        i18n.message(&es, "no-such-message", None),
        "no-such-message"
    );
}

#[test]
fn every_error_has_a_title_and_every_accreditation_an_explanation() {
    let i18n = I18n::load().unwrap();
    // Every error English defines, so a new error is covered without touching this test.
    let english = vecino_i18n::lint::shape(&main_ftl_files()["en"]);
    let ids: Vec<&str> = english
        .messages
        .keys()
        .map(String::as_str)
        .filter(|id| id.starts_with("error-"))
        .collect();
    assert!(ids.len() >= 12, "{ids:?}");
    for locale in SHIPPED {
        let ui = tag(locale);
        for &id in &ids {
            let title = i18n.attribute(&ui, id, "title", None);
            assert_ne!(title, format!("{id}.title"), "{locale}");
            assert!(!title.is_empty(), "{locale} {id}");
        }
        for id in [
            "accreditation-doj-recognized-organization",
            "accreditation-accredited-representative",
            "accreditation-licensed-attorney",
        ] {
            let explanation = i18n.attribute(&ui, id, "explanation", None);
            assert_ne!(explanation, format!("{id}.explanation"), "{locale}");
        }
    }
}

#[test]
fn arguments_reach_every_translation() {
    let i18n = I18n::load().unwrap();
    let mut args = FluentArgs::new();
    args.set("value", "xx-??");
    let mut fallback = FluentArgs::new();
    fallback.set("requested", "Kreyòl ayisyen");
    fallback.set("shown", "English");
    let mut date = FluentArgs::new();
    date.set("date", "2025-01-31");
    for locale in SHIPPED {
        let ui = tag(locale);
        let text = i18n.message(&ui, "error-invalid-locale", Some(&args));
        assert!(
            text.contains("xx-??") && text.contains("zh-Hant"),
            "{locale}: {text}"
        );
        let text = i18n.message(&ui, "fallback-notice", Some(&fallback));
        assert!(
            text.contains("Kreyòl ayisyen") && text.contains("English"),
            "{locale}: {text}"
        );
        let text = i18n.message(&ui, "changing-fact-notice", Some(&date));
        assert!(text.contains("2025-01-31"), "{locale}: {text}");
        assert!(
            !text.contains(['\u{2068}', '\u{2069}']),
            "{locale}: isolation marks"
        );
    }
}

#[test]
fn translations_are_not_english_copies() {
    let i18n = I18n::load().unwrap();
    let en = tag("en");
    for locale in SHIPPED.iter().filter(|l| **l != "en") {
        let ui = tag(locale);
        for id in ["error-not-found", "provenance-machine", "translation-stale"] {
            assert_ne!(
                i18n.message(&ui, id, None),
                i18n.message(&en, id, None),
                "{locale}: {id} is still English"
            );
        }
    }
}
