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
