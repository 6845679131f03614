//! Every `locales/*/main.ftl` parses and has exactly English's messages, attributes and variables.

use std::collections::BTreeSet;

use vecino_i18n::lint::{compare, shape, syntax_errors};
use vecino_i18n::{DEFAULT_LOCALE, SHIPPED};

use crate::main_ftl_files;

/// Messages other crates look up by id.
const REQUIRED: &[&str] = &[
    "language-self-name",
    "language-english-name",
    "error-not-found",
    "error-guide-not-found",
    "error-service-not-found",
    "error-organization-not-found",
    "error-invalid-id",
    "error-invalid-locale",
    "error-invalid-parameter",
    "error-method-not-allowed",
    "error-internal",
    "error-conflict",
    "error-empty-query",
    "error-query-too-long",
    "provenance-original",
    "provenance-human",
    "provenance-machine",
    "provenance-imported",
    "translation-stale",
    "fallback-notice",
    "topic-know-your-rights",
    "topic-daca",
    "topic-citizenship",
    "topic-id-card",
    "topic-legal-aid",
    "topic-immigration-fraud",
    "topic-health",
    "topic-education",
    "topic-youth",
    "topic-parents",
    "topic-employment",
    "topic-housing",
    "topic-food",
    "topic-language-classes",
    "topic-language-access",
    "topic-safety",
    "topic-policing",
    "topic-emergency-preparedness",
    "topic-driving",
    "topic-consular-services",
    "topic-civic-engagement",
    "topic-information-and-referral",
    "welcoming-government-leadership",
    "welcoming-civic-engagement",
    "welcoming-equitable-access",
    "welcoming-education",
    "welcoming-connected-communities",
    "welcoming-economic-development",
    "welcoming-safe-communities",
    "accreditation-doj-recognized-organization",
    "accreditation-accredited-representative",
    "accreditation-licensed-attorney",
    "language-how-bilingual-staff",
    "language-how-interpreter",
    "language-how-phone-line",
    "language-how-written-material",
    "changing-fact-notice",
];

#[test]
fn every_main_ftl_parses() {
    let mut errors = Vec::new();
    for (folder, source) in main_ftl_files() {
        for error in syntax_errors(&source) {
            errors.push(format!("locales/{folder}/main.ftl {error}"));
        }
    }
    assert!(
        errors.is_empty(),
        "Fluent syntax errors:\n{}",
        errors.join("\n")
    );
}

#[test]
fn every_locale_has_exactly_the_messages_of_english() {
    let files = main_ftl_files();
    let english = shape(&files[DEFAULT_LOCALE]);
    assert!(
        english.duplicates.is_empty(),
        "en duplicates {:?}",
        english.duplicates
    );
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|id| !english.messages.contains_key(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "en lacks messages other crates use: {missing:?}"
    );

    let mut report = Vec::new();
    for (folder, source) in &files {
        let problems = compare(&english, &shape(source));
        if !problems.is_empty() {
            report.push(format!(
                "locales/{folder}/main.ftl:\n  {}",
                problems.join("\n  ")
            ));
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn shipped_locales_and_locale_folders_agree() {
    let folders: BTreeSet<String> = main_ftl_files().into_keys().collect();
    let shipped: BTreeSet<String> = SHIPPED.iter().map(|s| (*s).to_owned()).collect();
    let missing: Vec<_> = shipped.difference(&folders).collect();
    let unshipped: Vec<_> = folders.difference(&shipped).collect();
    assert!(missing.is_empty(), "shipped but no main.ftl: {missing:?}");
    assert!(
        unshipped.is_empty(),
        "main.ftl for a locale not in SHIPPED: {unshipped:?}"
    );
}

/// `language-english-name` stays in English, and no two locales share a name (a copied file).
#[test]
fn language_names_are_distinct_and_english_names_are_english() {
    let i18n = vecino_i18n::I18n::load().unwrap();
    let mut self_names = BTreeSet::new();
    let mut english_names = BTreeSet::new();
    for locale in i18n.locales() {
        assert!(
            locale
                .english_name
                .chars()
                .all(|c| c.is_ascii_alphabetic() || " ()".contains(c)),
            "{}: language-english-name {:?} is not plain English",
            locale.tag,
            locale.english_name
        );
        assert!(
            self_names.insert(locale.self_name.clone()),
            "{}",
            locale.tag
        );
        assert!(
            english_names.insert(locale.english_name.clone()),
            "{}",
            locale.tag
        );
    }
}

/// The checks above can fail: a translation with a message missing, an extra one, a lost
/// attribute and a variable English never passes is reported on every count.
#[test]
fn a_broken_translation_is_reported() {
    let files = main_ftl_files();
    let english = shape(&files[DEFAULT_LOCALE]);
    let broken = files["es"]
        .lines()
        .filter(|line| !line.starts_with("topic-housing ="))
        .filter(|line| !line.contains(".title = Guía no encontrada"))
        .map(|line| {
            if line.starts_with("topic-food =") {
                "topic-food = Alimentos para { $nombre }"
            } else {
                line
            }
        })
        .chain(["topic-extra = Extra"])
        .collect::<Vec<_>>()
        .join("\n");
    assert!(syntax_errors(&broken).is_empty());
    let problems = compare(&english, &shape(&broken));
    assert_eq!(
        problems,
        [
            "missing message `topic-housing`",
            "`error-guide-not-found` is missing attribute `.title`",
            "extra message `topic-extra`, which en does not have",
            "`topic-food` uses `$nombre`, which en does not",
        ]
    );
}
