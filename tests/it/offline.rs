//! The offline app (`/offline/`) in a real headless Chromium against the real binary
//! (tests/browser/offline.mjs): install a region from the server, airplane mode (reload,
//! search, a listing, a guide), an update by delta after the content changes, share to
//! another phone, and every tampering refused with nothing stored — rollback, another
//! release with the same number, another root key, a revoked key, a flipped bit, truncation,
//! a file from another release, a delta on the wrong base — and the staleness banner. The
//! search index is saved once built and reopened at the next opening, answering as the built
//! one; a damaged one, or one from another engine build or release, is built again; after a
//! delta the saved index is release 2's and has the edit; removing the bundle removes it.
//!
//! What the app costs on data (tests/browser/offline-cache.mjs): opened again online, it
//! downloads neither the search engine nor any file of the app; a changed app (here another
//! pinned key) reaches the phone at its next opening, asking for each file with its ETag, so
//! the unchanged engine costs a 304.
//!
//! This test prepares what a hostile network or phone would offer (a fork of the publishing
//! directory, another key set, a revoked key document) and, when the script asks, edits the
//! content and exports new releases. Skipped, saying so, where node, chromium or
//! tests/browser/node_modules are missing (like the browser test).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use vecino_e2e::{Server, run};

const REGION: &str = "all";
const LANGS: &str = "es,en,ar";
/// The listing the edit changes (an editor marks it verified today); its number is 2-1-1.
const EDITED: &str = "211-santa-clara-county-helpline";
/// A word the edit adds to that listing's description (a test marker, found nowhere else), so
/// a search shows whether the phone's index has the edit.
const EDITED_WORD: &str = "testeditmarker";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub(crate) fn missing() -> Option<String> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    if !Path::new(&chromium).exists() {
        return Some(format!("{chromium} is not installed"));
    }
    if Command::new("node").arg("--version").output().is_err() {
        return Some("node is not installed".to_owned());
    }
    if !workspace()
        .join("tests/browser/node_modules/playwright-core")
        .exists()
    {
        return Some("tests/browser has no node_modules (run npm ci there)".to_owned());
    }
    None
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn export(dir: &Path, extra: &[&str]) -> String {
    let mut args = vec!["bundle", "export", "--region", REGION, "--langs", LANGS];
    args.extend_from_slice(extra);
    let (ok, out) = run(dir, &args, &[]);
    assert!(ok, "export failed: {out}");
    out
}

/// Adds [`EDITED_WORD`] to the helpline's description, then marks it checked now through the
/// store's verify action (as an editor's "mark verified" does).
fn edit(dir: &Path) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let url = format!("sqlite://{}?mode=rwc", dir.join("vecino.db").display());
        let store = vecino_store::Store::connect(&url).await.unwrap();
        let slug = vecino_core::Slug::parse(EDITED).unwrap();
        let mut service = store.service_by_slug(&slug).await.unwrap().expect(EDITED);
        let description = format!("{} {EDITED_WORD}", service.description.source_text());
        service.description.set_source(description).unwrap();
        store.put_service(&service).await.unwrap();
        let note = vecino_store::AuditNote {
            at: vecino_core::Timestamp::now(),
            actor: "an editor (e2e test)".to_owned(),
            action: Some("verify-service".to_owned()),
            summary: None,
        };
        store
            .verify_service(service.id, "an editor (e2e test)".to_owned(), &note)
            .await
            .unwrap();
        store.close().await.unwrap();
    });
}

#[test]
fn the_offline_app_installs_works_offline_updates_shares_and_refuses_tampering() {
    if let Some(why) = missing() {
        vecino_e2e::skip("the offline browser test", &why);
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let fork = root.path().join("fork");
    let other = root.path().join("other");
    let revoked = root.path().join("revoked");
    for dir in [&data, &other] {
        std::fs::create_dir_all(dir).unwrap();
        let (ok, out) = run(dir, &["seed"], &[]);
        assert!(ok, "{out}");
        let out = export(dir, &[]);
        assert!(out.contains("release 1"), "{out}");
    }
    // Another region from the same publisher, to be served in this region's place.
    let (ok, out) = run(
        &data,
        &["bundle", "export", "--region", "San José", "--langs", LANGS],
        &[],
    );
    assert!(ok, "{out}");
    // Another release 2 from the same keys: what an equivocating publisher would sign.
    copy_dir(&data, &fork);
    let out = export(&fork, &["--expires-days", "7"]);
    assert!(out.contains("release 2"), "{out}");
    // The publishing key, revoked in a newer key document.
    let manifest: serde_json::Value = serde_json::from_slice(
        &std::fs::read(data.join(format!("bundles/{REGION}/manifest.json"))).unwrap(),
    )
    .unwrap();
    let key_id = manifest["key_id"].as_str().unwrap().to_owned();
    copy_dir(&data.join("bundle-keys"), &revoked.join("bundle-keys"));
    let (ok, out) = run(&revoked, &["bundle", "keys", "revoke", &key_id], &[]);
    assert!(ok, "{out}");
    // The revoking key document and its signature, as a hostile mirror would serve them.
    let current = vecino_bundle::keys::KeyDir::new(revoked.join("bundle-keys"))
        .keys()
        .unwrap();
    std::fs::write(revoked.join("keys.json"), &current.bytes).unwrap();
    std::fs::write(revoked.join("keys.json.sig"), &current.signature).unwrap();

    let server = Server::start_in(&data, &[]);
    let engine = reqwest::blocking::get(server.url("/offline/search/search.mjs"))
        .map(|r| r.status().is_success())
        .unwrap_or(false);
    let fixtures = root.path().join("fixtures.json");
    std::fs::write(
        &fixtures,
        serde_json::json!({
            "region": REGION,
            "data": data,
            "fork": fork,
            "other": other,
            "revoked": revoked,
            "engine": engine,
            "edited_slug": EDITED,
            "edited_phone": "211",
            "edited_word": EDITED_WORD,
        })
        .to_string(),
    )
    .unwrap();
    let shots = workspace().join("target/screenshots");
    run_script(
        "offline.mjs",
        &[
            &server.base,
            &shots.display().to_string(),
            &fixtures.display().to_string(),
        ],
        "offline: all checks passed",
        Some(&server),
        |step, stdin| match step {
            "edit" => {
                edit(&data);
                let out = export(&data, &[]);
                assert!(
                    out.contains("release 2") && out.contains("delta from release 1"),
                    "{out}"
                );
                writeln!(stdin, "ok").unwrap();
            }
            "release3" => {
                let out = export(&data, &[]);
                assert!(out.contains("release 3"), "{out}");
                writeln!(stdin, "ok").unwrap();
            }
            "READY" => {}
            other => panic!("unknown step {other}"),
        },
    );
    server.stop();
    for shot in [
        "offline-setup-es",
        "offline-home-es",
        "offline-listing-es",
        "offline-guide-ar",
        "offline-stale-es",
    ] {
        assert!(shots.join(format!("{shot}.png")).exists(), "{shot}.png");
    }
}

/// A valid Ed25519 public key other than the server's, pinned to change the app's version.
const NEW_KEY: &str = "640304ee7048808a1e2feaec44f1cf8c8365af7cd94c05593756899b49bfa79d";

/// Runs `node <script> <args>` in tests/browser, answering its `STEP <name>` lines with
/// `on_step`, and returns its output if it says `<done>`, else fails with the server's logs.
pub(crate) fn run_script(
    script: &str,
    args: &[&str],
    done: &str,
    server: Option<&Server>,
    mut on_step: impl FnMut(&str, &mut std::process::ChildStdin),
) -> String {
    let mut child = Command::new("node")
        .arg(script)
        .args(args)
        .current_dir(workspace().join("tests/browser"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run node");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = String::new();
    for line in BufReader::new(child.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok)
    {
        println!("{line}");
        if let Some(name) = line.strip_prefix("STEP ") {
            on_step(name, &mut stdin);
        } else if line == "READY" {
            on_step("READY", &mut stdin);
        }
        stdout.push_str(&line);
        stdout.push('\n');
    }
    let output = child.wait_with_output().expect("node");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let logs = server.map(Server::logs).unwrap_or_default();
    assert!(
        output.status.success() && stdout.contains(done),
        "{script} failed:\n{stdout}\n{stderr}\nserver:\n{logs}"
    );
    stdout
}

#[test]
fn the_offline_app_downloads_its_engine_once_and_then_only_what_changed() {
    if let Some(why) = missing() {
        vecino_e2e::skip("the offline data-cost test", &why);
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let (ok, out) = run(&data, &["seed"], &[]);
    assert!(ok, "{out}");
    export(&data, &[]);
    let server = Server::start_in(&data, &[]);
    // The server compresses the engine once, off the request path; a phone asking before that
    // gets it as is. Wait for it (a bound on waiting, no timing assertion).
    let client = reqwest::blocking::Client::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let mut polls = 0;
    while {
        let answer = client
            .get(server.url("/offline/search/vecino_search.wasm"))
            .header("accept-encoding", "gzip")
            .send()
            .ok();
        polls += usize::from(answer.is_some());
        answer
            .and_then(|r| r.headers().get("content-encoding").cloned())
            .is_none()
    } {
        assert!(
            std::time::Instant::now() < deadline,
            "the engine is never gzipped"
        );
        std::thread::sleep(std::time::Duration::from_millis(250));
    }
    // The server's log line of the last poll can reach us after its answer: wait for every
    // poll to be in the log, so none is counted as the app's.
    let polled = || {
        answers(&server.logs())
            .iter()
            .filter(|a| a.starts_with("/offline/search/vecino_search.wasm "))
            .count()
    };
    while polled() < polls {
        assert!(
            std::time::Instant::now() < deadline,
            "the server never logged the test's own requests"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let fixtures = root.path().join("fixtures.json");
    std::fs::write(
        &fixtures,
        serde_json::json!({ "new_key": NEW_KEY }).to_string(),
    )
    .unwrap();
    let fixtures = fixtures.display().to_string();
    // What the server answered for the app's files in each stretch of the script, from its
    // request log (route and status): what the browser may not report, the server saw.
    let mut stretches: Vec<(String, Vec<String>)> = Vec::new();
    let mut seen = answers(&server.logs()).len(); // not the test's own requests above
    run_script(
        "offline-cache.mjs",
        &["cache", &server.base, &fixtures],
        "offline-cache: all checks passed",
        Some(&server),
        |step, stdin| {
            let answers = answers(&server.logs());
            stretches.push((step.to_owned(), answers[seen..].to_vec()));
            seen = answers.len();
            if step == "new-key" {
                // The operator pins another root key: the app's version changes (as with a
                // new engine build), and only the page that carries the key changes with it.
                std::fs::write(data.join("bundle-keys/root.pub"), format!("{NEW_KEY}\n")).unwrap();
            }
            writeln!(stdin, "ok").unwrap();
        },
    );
    let stretch = |name: &str| {
        let (_, answers) = stretches.iter().find(|(n, _)| n == name).expect(name);
        answers.clone()
    };
    const WASM: &str = "/offline/search/vecino_search.wasm 200";
    let count = |answers: &[String], what: &str| answers.iter().filter(|a| *a == what).count();
    let first = stretch("first-opened");
    assert_eq!(count(&first, WASM), 1, "first opening: {first:?}");
    let second = stretch("second-opened");
    let downloaded: Vec<&String> = second
        .iter()
        .filter(|a| a.ends_with(" 200") && !a.starts_with("/offline/strings/"))
        .collect();
    assert!(
        downloaded.is_empty(),
        "the second opening downloads no file of the app nor the engine: {second:?}"
    );
    let update = stretch("updated");
    assert_eq!(count(&update, WASM), 0, "the update: {update:?}");
    assert!(
        count(&update, "/offline/search/vecino_search.wasm 304") >= 1,
        "the update asks for the engine with its ETag: {update:?}"
    );
    assert!(
        count(&update, "/offline/ 200") >= 1,
        "the changed page is downloaded: {update:?}"
    );
    println!("server answers: second opening {second:?}; update {update:?}");
    let logs = server.stop();
    assert!(
        !logs.contains("ciudadania"),
        "the query text is never logged"
    );
}

/// The server's answers under `/offline/`, in order, as "route status" (its request log, with
/// any terminal colours taken out).
fn answers(logs: &str) -> Vec<String> {
    let mut plain = String::with_capacity(logs.len());
    let mut chars = logs.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
        .lines()
        .filter_map(|line| {
            let route = line.split("route=\"").nth(1)?.split('"').next()?;
            let status = line.split("status=").nth(1)?.split_whitespace().next()?;
            route
                .starts_with("/offline/")
                .then(|| format!("{route} {status}"))
        })
        .collect()
}
