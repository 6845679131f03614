//! The offline app's own unit tests (web/offline/test/*.test.mjs, `node --test`): its pure
//! logic (strings, the language it picks, right to left, each refusal's message, texts,
//! times, schedules, routes) and its release state machine (verify, keep, update, share) with
//! a fake verifier and in-memory storage. The right-to-left rule and what
//! `vecino_i18n::direction` says of a set of tags go to node, so the app and the server agree.
//! Skipped, saying so, where node is missing; it must never need a browser or the binary.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// Tags whose direction the app must tell as the server does (scripts, regions, odd cases).
const TAGS: &[&str] = &[
    "en",
    "es-MX",
    "fa",
    "fa-IR",
    "ar",
    "ar-EG",
    "prs",
    "ps",
    "ur",
    "he",
    "yi",
    "ckb",
    "az-Arab",
    "az-Latn",
    "ku-Latn",
    "pa-Arab",
    "pa",
    "uz-Arab",
    "zh-Hant-TW",
    "ru",
    "ht",
    "ko",
    "sd-Deva",
];

#[test]
fn the_offline_apps_unit_tests_pass_under_node() {
    if Command::new("node").arg("--version").output().is_err() {
        vecino_e2e::skip("offline app unit tests", "node is not installed");
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/offline");
    let mut files: Vec<String> = std::fs::read_dir(dir.join("test"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".test.mjs"))
        .map(|name| format!("test/{name}"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "{files:?}");

    let rule = serde_json::json!({
        "scripts": vecino_i18n::RTL_SCRIPTS,
        "languages": vecino_i18n::RTL_LANGUAGES,
    });
    let expected: BTreeMap<&str, &str> = TAGS
        .iter()
        .map(|tag| {
            let id = vecino_i18n::parse_tag(tag).unwrap();
            (*tag, vecino_i18n::direction(&id).as_str())
        })
        .collect();
    assert_eq!(expected["az-Arab"], "rtl");
    assert_eq!(expected["az-Latn"], "ltr");

    let out = Command::new("node")
        .arg("--test")
        .args(&files)
        .current_dir(&dir)
        .env("VECINO_RTL_RULE", rule.to_string())
        .env(
            "VECINO_RTL_EXPECTED",
            serde_json::to_string(&expected).unwrap(),
        )
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "node --test failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("# fail 0"), "{stdout}");
}
