//! Offline bundle keys against the real binary: a publishing key that was revoked signs
//! nothing a phone (the offline app's own trust code and verifier, under Node, with the floor
//! the served app page carries) or `vecino bundle verify` accepts, even with the old key
//! document and whichever region the forged bundle claims; `bundle verify --state` follows one
//! region; the real app on a brand-new phone refuses the forgery as a shared file (Chromium);
//! rotating and revoking a key is audited; and a phone that opened the app once online shows
//! its labels in its language offline when it imports a shared bundle (Chromium).
//! Skipped, saying so, where node (or chromium) is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use vecino_e2e::{Server, run};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
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

fn json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let (ok, out) = run(dir, args, &[]);
    assert!(ok, "vecino {args:?} failed: {out}");
    out
}

/// Release 1's manifest relabelled region `region`, release `seq`, signed with the publishing
/// key `key` (its secret file), beside release 1's key document: what someone holding a
/// leaked key, and an old public `keys.json`, passes around.
fn forge(release1: &Path, key: &Path, region: &str, seq: u64, into: &Path) {
    copy_dir(release1, into);
    let mut manifest = json(&into.join("manifest.json"));
    manifest["region"]["id"] = region.into();
    manifest["seq"] = seq.into();
    let bytes = vecino_bundle::canonical::to_vec_of(&manifest).unwrap();
    let secret = vecino_bundle::keys::read_secret(key).unwrap();
    std::fs::write(into.join("manifest.json"), &bytes).unwrap();
    std::fs::write(
        into.join("manifest.json.sig"),
        vecino_bundle::keys::sign(&secret, &bytes),
    )
    .unwrap();
}

/// The content of `<meta name="{name}" content="…">` in a page (attribute-escaped).
fn meta(html: &str, name: &str) -> String {
    let tag = html
        .split("<meta ")
        .find(|t| t.contains(&format!("name=\"{name}\"")))
        .unwrap_or_else(|| panic!("no meta {name}"));
    let content = tag
        .split("content=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    content
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn a_revoked_bundle_key_signs_nothing_a_phone_or_the_cli_accepts_whichever_region_it_claims() {
    let node = Command::new("node").arg("--version").output().is_ok();
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    ok(&data, &["seed"]);
    // 1. Release 1 of "all", signed by the first publishing key; its key document is seq 1.
    ok(
        &data,
        &["bundle", "export", "--region", "all", "--langs", "es"],
    );
    let release1 = root.path().join("release1");
    copy_dir(&data.join("bundles/all"), &release1);
    let leaked = json(&release1.join("manifest.json"))["key_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(json(&release1.join("keys.json"))["seq"], 1);
    // 2. The key leaks: rotate, revoke it, and export release 2 under the new key document.
    ok(&data, &["bundle", "keys", "rotate"]);
    ok(&data, &["bundle", "keys", "revoke", &leaked]);
    ok(
        &data,
        &["bundle", "export", "--region", "all", "--langs", "es"],
    );
    let release2 = data.join("bundles/all");
    assert_eq!(json(&release2.join("keys.json"))["seq"], 3);
    // 3. The forgery: region "x", release 99, signed with the revoked key, old keys.json.
    let forged = root.path().join("forged");
    let key = data.join(format!("bundle-keys/publishing/{leaked}.key"));
    forge(&release1, &key, "x", 99, &forged);
    let root_hex = std::fs::read_to_string(data.join("bundle-keys/root.pub"))
        .unwrap()
        .trim()
        .to_owned();

    // The CLI on a machine that knows only the root key accepts it: the forgery is otherwise
    // perfect, which is why the floor matters.
    let elsewhere = root.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let forged_arg = forged.display().to_string();
    let (accepted, out) = run(
        &elsewhere,
        &["bundle", "verify", &forged_arg, "--root-key", &root_hex],
        &[],
    );
    assert!(accepted, "without any floor the forgery verifies: {out}");
    // The publisher's CLI (its key directory is the floor) refuses it.
    let (accepted, out) = run(&data, &["bundle", "verify", &forged_arg], &[]);
    assert!(
        !accepted,
        "the publisher's verify refuses the forgery: {out}"
    );
    assert!(
        out.contains("key document 1 is older than key document 3"),
        "{out}"
    );
    // A --state file that saw release 2 of "all" keeps the key documents per root key and the
    // region: the forgery is refused, even on a machine with no key directory.
    let state = root.path().join("state.json");
    let state_arg = state.display().to_string();
    let release2_arg = release2.display().to_string();
    ok(
        &elsewhere,
        &[
            "bundle",
            "verify",
            &release2_arg,
            "--root-key",
            &root_hex,
            "--state",
            &state_arg,
        ],
    );
    let saved = json(&state);
    assert_eq!(saved["region"], "all", "{saved}");
    let root_id = &json(&release2.join("keys.json"))["root_key_id"];
    let per_root = &saved["keys"][root_id.as_str().unwrap()];
    assert_eq!(per_root["seq"], 3, "{saved}");
    assert!(
        per_root["revoked"]
            .as_array()
            .unwrap()
            .iter()
            .any(|id| id == leaked.as_str()),
        "{saved}"
    );
    let (accepted, out) = run(
        &elsewhere,
        &[
            "bundle",
            "verify",
            &forged_arg,
            "--root-key",
            &root_hex,
            "--state",
            &state_arg,
        ],
        &[],
    );
    assert!(
        !accepted && out.contains("is older than key document 3"),
        "{out}"
    );
    // A release of another region, signed by the current key: the state follows "all" only
    // (without the state, it verifies).
    let current_key = json(&release2.join("manifest.json"))["key_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let relabelled = root.path().join("relabelled");
    let key = data.join(format!("bundle-keys/publishing/{current_key}.key"));
    forge(&release2, &key, "x", 2, &relabelled);
    let relabelled_arg = relabelled.display().to_string();
    let (accepted, out) = run(
        &elsewhere,
        &["bundle", "verify", &relabelled_arg, "--root-key", &root_hex],
        &[],
    );
    assert!(accepted, "{out}");
    let (accepted, out) = run(
        &elsewhere,
        &[
            "bundle",
            "verify",
            &relabelled_arg,
            "--root-key",
            &root_hex,
            "--state",
            &state_arg,
        ],
        &[],
    );
    assert!(!accepted && out.contains("not of region all"), "{out}");
    assert_eq!(
        json(&state)["region"],
        "all",
        "the state is not overwritten"
    );
    // The same key state, for a client that follows region "x": refused by the key state.
    let mut for_x = saved.clone();
    for_x["region"] = "x".into();
    let state_x = root.path().join("state-x.json");
    std::fs::write(&state_x, for_x.to_string()).unwrap();
    let (accepted, out) = run(
        &elsewhere,
        &[
            "bundle",
            "verify",
            &forged_arg,
            "--root-key",
            &root_hex,
            "--state",
            &state_x.display().to_string(),
        ],
        &[],
    );
    assert!(
        !accepted && out.contains("is older than key document 3"),
        "{out}"
    );

    // The phone: the app page the server serves carries the floor beside the pinned key.
    let server = Server::start_in(&data, &[]);
    let page = reqwest::blocking::get(server.url("/offline/"))
        .unwrap()
        .text()
        .unwrap();
    assert_eq!(meta(&page, "vecino-root-key"), root_hex);
    let floor_meta = meta(&page, "vecino-keys-floor");
    let floor: Value = serde_json::from_str(&floor_meta).unwrap();
    assert_eq!(floor["seq"], 3, "{floor_meta}");
    assert!(
        floor["revoked"]
            .as_array()
            .is_some_and(|ids| ids.iter().any(|id| id == leaked.as_str())),
        "{floor_meta}"
    );
    if !node {
        vecino_e2e::skip(
            "the offline app's verifier against a revoked key",
            "node is not installed",
        );
        return;
    }
    let out = Command::new("node")
        .arg(workspace().join("tests/it/offline_keys.mjs"))
        .arg(&root_hex)
        .arg(&floor_meta)
        .arg(&forged)
        .arg(&release2)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let decided: Value = serde_json::from_str(text.trim()).unwrap();
    let case = |name: &str| decided["cases"][name].clone();
    let without = case("new phone without a floor");
    assert_eq!(
        without["ok"], true,
        "the forgery is otherwise valid: {decided}"
    );
    assert_eq!(without["key"], leaked.as_str());
    for refused in [
        "new phone with the page's floor",
        "new phone asking for the forged region",
        "phone holding all, shared file of another region",
    ] {
        let c = case(refused);
        assert_eq!(c["ok"], false, "{refused}: {decided}");
        assert!(
            c["error"] == "KeysRollback" || c["error"] == "RevokedKey",
            "{refused}: {decided}"
        );
    }
    assert_eq!(
        case("new phone with the page's floor, the current release")["ok"],
        true,
        "the floor refuses nothing current: {decided}"
    );

    // The same forgery, as a shared file, in the real app on a brand-new phone.
    if let Some(why) = crate::offline::missing() {
        vecino_e2e::skip("the offline app refusing a revoked key (Chromium)", &why);
        return;
    }
    let fixtures = root.path().join("fixtures.json");
    std::fs::write(
        &fixtures,
        serde_json::json!({ "forged": forged, "good": release2, "good_seq": 2, "lang": "es" })
            .to_string(),
    )
    .unwrap();
    run_phone("offline-revoked", &server, &fixtures);
    server.stop();
}

#[test]
fn rotating_and_revoking_a_bundle_key_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    ok(data, &["seed"]);
    ok(data, &["bundle", "keys"]);
    let first = vecino_bundle::keys::KeyDir::new(data.join("bundle-keys"))
        .keys()
        .unwrap()
        .document
        .keys[0]
        .id
        .clone();
    let env = [("USER", "operator-ana")];
    let (rotated, out) = run(data, &["bundle", "keys", "rotate"], &env);
    assert!(rotated, "{out}");
    let (revoked, out) = run(data, &["bundle", "keys", "revoke", &first], &env);
    assert!(revoked, "{out}");
    let rt = tokio::runtime::Runtime::new().unwrap();
    let entries = rt.block_on(async {
        let url = format!("sqlite://{}?mode=rwc", data.join("vecino.db").display());
        let store = vecino_store::Store::connect(&url).await.unwrap();
        let entries = store.audit_entries(20).await.unwrap();
        store.close().await.unwrap();
        entries
    });
    let find = |action: &str| {
        entries
            .iter()
            .find(|(e, _)| e.action == action)
            .unwrap_or_else(|| panic!("no {action} in the audit log: {entries:?}"))
            .clone()
    };
    let (rotate, rotate_summary) = find("rotate-bundle-key");
    assert_eq!(rotate.actor, "cli (operator-ana)");
    assert!(
        rotate_summary.is_some_and(|s| s.contains("key document 2")),
        "{entries:?}"
    );
    let (revoke, revoke_summary) = find("revoke-bundle-key");
    assert_eq!(revoke.actor, "cli (operator-ana)");
    assert!(
        revoke_summary.is_some_and(|s| s.contains(&first) && s.contains("key document 3")),
        "{entries:?}"
    );
}

#[test]
fn a_phone_that_opened_the_app_once_shows_its_labels_offline_when_it_imports_a_shared_bundle() {
    if let Some(why) = crate::offline::missing() {
        vecino_e2e::skip("the offline strings browser test", &why);
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    ok(&data, &["seed"]);
    ok(
        &data,
        &["bundle", "export", "--region", "all", "--langs", "es,en"],
    );
    let server = Server::start_in(&data, &[]);
    let fixtures = root.path().join("fixtures.json");
    std::fs::write(
        &fixtures,
        serde_json::json!({ "bundle": data.join("bundles/all"), "lang": "es" }).to_string(),
    )
    .unwrap();
    run_phone("offline-strings", &server, &fixtures);
    server.stop();
}

/// Runs `tests/browser/{name}.mjs` against `server` with `fixtures` (its screenshots in
/// `target/screenshots`); it must end with "{name}: all checks passed".
fn run_phone(name: &str, server: &Server, fixtures: &Path) {
    let shots = workspace().join("target/screenshots");
    crate::offline::run_script(
        &format!("{name}.mjs"),
        &[
            &server.base,
            &shots.display().to_string(),
            &fixtures.display().to_string(),
        ],
        &format!("{name}: all checks passed"),
        Some(server),
        |_, stdin| {
            use std::io::Write;
            writeln!(stdin, "ok").unwrap();
        },
    );
}
