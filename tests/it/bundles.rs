//! Offline bundles end to end: `vecino bundle export` and `verify` on the starter content, then
//! `vecino serve` publishing them under `/bundles/`: a client downloads a release over HTTP,
//! verifies it with the library's verifier, and updates from release 1 to 2 by the delta the
//! server points it to. ETags answer 304; nothing outside a release is served.

use std::path::Path;

use reqwest::blocking::Client;
use serde_json::Value;
use vecino_bundle::verify::{apply_delta, verify_dir};
use vecino_bundle::{Encoding, TrustAnchor, TrustState};
use vecino_e2e::{Server, postgres_scratch, run};

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

fn export(dir: &Path) -> String {
    let (ok, out) = run(
        dir,
        &[
            "bundle",
            "export",
            "--region",
            "San José",
            "--langs",
            "es,en,vi",
        ],
        &[],
    );
    assert!(ok, "{out}");
    out
}

/// Downloads the release the server publishes for `region` into `to`, as a client would:
/// the four top-level files, then every file the manifest names.
fn download(client: &Client, server: &Server, region: &str, to: &Path) -> Value {
    std::fs::create_dir_all(to).unwrap();
    for name in [
        "manifest.json",
        "manifest.json.sig",
        "keys.json",
        "keys.json.sig",
    ] {
        let bytes = client
            .get(server.url(&format!("/bundles/{region}/{name}")))
            .send()
            .unwrap()
            .bytes()
            .unwrap();
        std::fs::write(to.join(name), bytes).unwrap();
    }
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(to.join("manifest.json")).unwrap()).unwrap();
    for file in manifest["files"].as_array().unwrap() {
        for enc in ["zstd", "gzip"] {
            let path = file[enc]["path"].as_str().unwrap();
            let resp = client
                .get(server.url(&format!("/bundles/{region}/{path}")))
                .send()
                .unwrap();
            assert_eq!(resp.status(), 200, "{path}");
            let bytes = resp.bytes().unwrap();
            let target = to.join(path);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(target, bytes).unwrap();
        }
    }
    manifest
}

#[test]
fn export_verify_serve_and_update_by_delta() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path();
    let (ok, out) = run(dir, &["seed"], &[]);
    assert!(ok, "{out}");

    let first = export(dir);
    assert!(first.contains("Created bundle signing keys"), "{first}");
    assert!(first.contains("release 1"), "{first}");
    let published = dir.join("bundles/san-jose");
    let r1_copy = dir.join("r1-copy");
    copy_dir(&published, &r1_copy);
    let second = export(dir);
    assert!(
        second.contains("release 2") && second.contains("delta from release 1"),
        "{second}"
    );
    assert!(
        !second.contains("Created bundle signing keys"),
        "keys are made once"
    );

    // verify: fine, remembered; then a rollback to release 1 and a flipped bit are refused.
    let state = dir.join("state.json");
    let verify = |target: &Path| {
        run(
            dir,
            &[
                "bundle",
                "verify",
                target.to_str().unwrap(),
                "--state",
                state.to_str().unwrap(),
            ],
            &[],
        )
    };
    let (ok, out) = verify(&published);
    assert!(
        ok && out.contains("Verified: region san-jose release 2"),
        "{out}"
    );
    let (ok, out) = verify(&r1_copy);
    assert!(!ok && out.contains("rollback"), "{out}");
    let tampered = dir.join("tampered");
    copy_dir(&published, &tampered);
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(published.join("manifest.json")).unwrap()).unwrap();
    let listings = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "es/listings")
        .unwrap();
    let path = tampered.join(listings["gzip"]["path"].as_str().unwrap());
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x10;
    std::fs::write(&path, bytes).unwrap();
    let (ok, out) = verify(&tampered);
    assert!(!ok && out.contains("did not verify"), "{out}");

    // The server publishes what was exported.
    let server = Server::start_in(dir, &[]);
    let client = Client::new();
    let index: Value = client
        .get(server.url("/bundles/"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let region = &index["regions"][0];
    assert_eq!(
        (region["id"].as_str(), region["seq"].as_u64()),
        (Some("san-jose"), Some(2))
    );
    assert_eq!(region["languages"], serde_json::json!(["es", "en", "vi"]));

    // ETag / If-None-Match.
    let resp = client
        .get(server.url("/bundles/san-jose/manifest.json"))
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["cache-control"], "no-cache");
    let etag = resp.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(
        resp.bytes().unwrap(),
        std::fs::read(published.join("manifest.json")).unwrap()
    );
    let resp = client
        .get(server.url("/bundles/san-jose/manifest.json"))
        .header("If-None-Match", &etag)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 304);
    assert!(resp.bytes().unwrap().is_empty());
    let zst = listings["zstd"]["path"].as_str().unwrap();
    let resp = client
        .get(server.url(&format!("/bundles/san-jose/{zst}")))
        .send()
        .unwrap();
    assert_eq!(resp.headers()["content-type"], "application/zstd");
    assert!(
        resp.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(
        resp.headers().get("content-encoding").is_none(),
        "served as stored"
    );
    let file_etag = resp.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(
        vecino_bundle::sha256_hex(&resp.bytes().unwrap()),
        listings["zstd"]["sha256"].as_str().unwrap()
    );
    let resp = client
        .get(server.url(&format!("/bundles/san-jose/{zst}")))
        .header("If-None-Match", format!("\"other\", {file_etag}"))
        .send()
        .unwrap();
    assert_eq!(resp.status(), 304);

    // Nothing but releases: no database, no keys, no path tricks, no unknown region.
    for bad in [
        "/bundles/san-jose/..%2F..%2Fvecino.db",
        "/bundles/..%2Fbundle-keys/root.key",
        "/bundles/san-jose/r2/..%2F..%2F..%2Fbundle-keys%2Froot.key",
        "/bundles/san-jose/r2/manifest.json.tmp",
        "/bundles/nowhere/manifest.json",
        "/bundles/nowhere/changes",
    ] {
        let resp = client.get(server.url(bad)).send().unwrap();
        assert_eq!(resp.status(), 404, "{bad}");
    }

    // "Changes since": current, delta, or the full release.
    let changes = |q: &str| -> Value {
        client
            .get(server.url(&format!("/bundles/san-jose/changes{q}")))
            .send()
            .unwrap()
            .json()
            .unwrap()
    };
    assert_eq!(changes("?since=2")["status"], "current");
    // The answer names the release's immutable copies, the same bytes as the current ones.
    let answer = changes("?since=1");
    for (key, current) in [
        ("manifest", "manifest.json"),
        ("signature", "manifest.json.sig"),
        ("keys", "keys.json"),
        ("keys_signature", "keys.json.sig"),
    ] {
        let path = answer[key].as_str().unwrap();
        assert!(path.starts_with("r2/"), "{path}");
        let resp = client
            .get(server.url(&format!("/bundles/san-jose/{path}")))
            .send()
            .unwrap();
        assert!(
            resp.headers()["cache-control"]
                .to_str()
                .unwrap()
                .contains("immutable")
        );
        assert_eq!(
            resp.bytes().unwrap(),
            std::fs::read(published.join(current)).unwrap()
        );
    }
    let delta = changes("?since=1");
    assert_eq!(delta["status"], "delta");
    assert_eq!(delta["delta"]["from_seq"], 1);
    assert_eq!(changes("")["status"], "full");
    assert_eq!(changes("?since=99")["status"], "full");
    let full = changes("?since=0");
    assert_eq!(full["code"], "invalid-parameter", "{full}");

    // A client that holds release 1 (verified) updates to release 2 over HTTP by the delta.
    let anchor = TrustAnchor {
        root: vecino_bundle::keys::parse_public(
            &std::fs::read_to_string(dir.join("bundle-keys/root.pub")).unwrap(),
        )
        .unwrap(),
    };
    let now = vecino_core::Timestamp::now();
    let held = verify_dir(&r1_copy, &anchor, &TrustState::default(), now, true).unwrap();
    let mut client_state = TrustState::default();
    client_state.accept(&held.manifest);
    let fresh = dir.join("downloaded");
    download(&client, &server, "san-jose", &fresh);
    // Deltas are not downloaded: the full download verifies as a shared bundle would.
    let full = verify_dir(&fresh, &anchor, &client_state, now, false).unwrap();
    assert_eq!(full.release.manifest.seq, 2);
    let gz = delta["delta"]["gzip"]["path"].as_str().unwrap();
    let bytes = client
        .get(server.url(&format!("/bundles/san-jose/{gz}")))
        .send()
        .unwrap()
        .bytes()
        .unwrap();
    let entry = full.release.manifest.delta_from(1).unwrap();
    let updated =
        apply_delta(&held.release, &full.manifest, entry, Encoding::Gzip, &bytes).unwrap();
    assert_eq!(updated.contents, full.release.contents);
    assert!(
        full.release.contents["shared/guides"].len() >= 7,
        "every guide is in the bundle"
    );
    // The Spanish UI strings: what the offline app and its search engine show (offline-*,
    // error-*, provenance-*), not the staff pages' or the kiosk's.
    let ui = &full.release.contents["es/ui"];
    for id in [
        "offline-title",
        "offline-no-results",
        "error-not-found",
        "provenance-machine",
        "translation-stale",
        "topic-legal-aid",
    ] {
        assert!(ui[id].as_str().is_some_and(|t| !t.is_empty()), "{id}");
    }
    assert!(
        !ui.keys()
            .any(|id| id.starts_with("admin-") || id.starts_with("kiosk-")),
        "no staff or kiosk strings in a bundle"
    );

    // A new export while the server runs is published at once.
    export(dir);
    let resp = client
        .get(server.url("/bundles/san-jose/manifest.json"))
        .header("If-None-Match", &etag)
        .send()
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(changes("?since=2")["status"], "delta");
    server.stop();
}

/// The same directory gives the same bundle, byte for byte, from SQLite and from PostgreSQL.
#[test]
fn postgresql_and_sqlite_export_the_same_bundle() {
    let Some(database) = postgres_scratch("bundle") else {
        return;
    };
    let files = |env: &[(&str, &str)]| {
        let data = tempfile::tempdir().unwrap();
        let (ok, out) = run(data.path(), &["seed"], env);
        assert!(ok, "{out}");
        let (ok, out) = run(
            data.path(),
            &["bundle", "export", "--region", "all", "--langs", "es,en"],
            env,
        );
        assert!(ok, "{out}");
        let manifest: Value = serde_json::from_slice(
            &std::fs::read(data.path().join("bundles/all/manifest.json")).unwrap(),
        )
        .unwrap();
        manifest["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| (f["name"].clone(), f["sha256"].clone(), f["records"].clone()))
            .collect::<Vec<_>>()
    };
    let sqlite = files(&[]);
    let postgres = files(&[("VECINO_DATABASE_URL", &database.url)]);
    assert!(
        sqlite
            .iter()
            .any(|f| f.0 == "shared/listings" && f.2.as_u64() > Some(30))
    );
    assert_eq!(sqlite, postgres);
}
