//! The reference JavaScript verifier (`crates/bundle/js/verify.mjs`, only browser APIs:
//! WebCrypto Ed25519 and SHA-256, DecompressionStream, JSON) verifies what `export` writes,
//! applies its deltas to byte-identical canonical JSON, and refuses tampering (dates that do not
//! parse included) — run under Node.
//! Skipped, saying so, when `node` is not installed.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::support::{Publishing, directory, later};

fn node_available() -> bool {
    Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn verify_js(dir: &Path, root: &str, base: Option<&Path>) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("js/verify.mjs");
    let mut cmd = Command::new("node");
    cmd.arg("--no-warnings").arg(&script).arg(dir).arg(root);
    if let Some(base) = base {
        cmd.arg(base);
    }
    let out = cmd.output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.trim()).unwrap_or_else(|_| {
        panic!(
            "node said: {text}\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
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

fn gz_path(dir: &Path, name: &str) -> std::path::PathBuf {
    let m: Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let file = m["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .unwrap();
    dir.join(file["gzip"]["path"].as_str().unwrap())
}

#[test]
fn a_browser_verifies_bundles_and_applies_deltas() {
    if !node_available() {
        vecino_e2e::skip("the JavaScript bundle verifier", "node is not installed");
        return;
    }
    let p = Publishing::new();
    let root = hex::encode(p.keys.root_public().unwrap().as_bytes());
    // Generated listings are written in en, es, vi, zh-Hans, ar and tl: non-ASCII text all
    // through the canonical JSON.
    let mut dir = directory(80, 21);
    p.export(&dir, later(0));
    let tmp = tempfile::tempdir().unwrap();
    let r1 = tmp.path().join("r1");
    copy_dir(&p.out, &r1);
    dir.services.drain(3..9);
    dir.services[0]
        .name
        .set_source("Nombre nuevo — “comillas”, ñ, 中文, عربي")
        .unwrap();
    dir.services[1].free = Some(true);
    p.export(&dir, later(1));

    let ok = verify_js(&p.out, &root, Some(&r1));
    assert_eq!(ok["ok"], true, "{ok}");
    assert_eq!(ok["seq"], 2);
    assert_eq!(ok["delta_from"], 1);
    assert_eq!(ok["delta_matches"], true, "{ok}");

    let refused = |tamper: &dyn Fn(&Path)| {
        let copy = tmp.path().join("tampered");
        let _ = std::fs::remove_dir_all(&copy);
        copy_dir(&p.out, &copy);
        tamper(&copy);
        let result = verify_js(&copy, &root, None);
        assert_eq!(result["ok"], false, "{result}");
        result["error"].as_str().unwrap().to_owned()
    };
    let flip = |path: &Path, at: usize| {
        let mut b = std::fs::read(path).unwrap();
        let at = at.min(b.len() - 1);
        b[at] ^= 1;
        std::fs::write(path, b).unwrap();
    };
    assert_eq!(
        refused(&|d| flip(&gz_path(d, "shared/listings"), 300)),
        "HashMismatch"
    );
    assert_eq!(
        refused(&|d| flip(&d.join("manifest.json"), 50)),
        "BadSignature"
    );
    assert_eq!(refused(&|d| flip(&d.join("keys.json"), 50)), "BadSignature");
    assert_eq!(
        refused(&|d| {
            let path = gz_path(d, "es/ui");
            let b = std::fs::read(&path).unwrap();
            std::fs::write(&path, &b[..b.len() - 10]).unwrap();
        }),
        "SizeMismatch"
    );
    // A date that does not parse, in a manifest the publishing key signed: refused, never
    // compared (NaN is neither before nor after a key's validity).
    let resign = |d: &Path, field: &str| {
        let mut m: Value =
            serde_json::from_slice(&std::fs::read(d.join("manifest.json")).unwrap()).unwrap();
        m[field] = "soon".into();
        let bytes = vecino_bundle::canonical::to_vec_of(&m).unwrap();
        let key = p
            .keys
            .path()
            .join(format!("publishing/{}.key", m["key_id"].as_str().unwrap()));
        let secret = vecino_bundle::keys::read_secret(&key).unwrap();
        std::fs::write(d.join("manifest.json"), &bytes).unwrap();
        std::fs::write(
            d.join("manifest.json.sig"),
            vecino_bundle::keys::sign(&secret, &bytes),
        )
        .unwrap();
    };
    assert_eq!(refused(&|d| resign(d, "issued_at")), "Malformed");
    assert_eq!(refused(&|d| resign(d, "expires_at")), "Malformed");
    let wrong_root = verify_js(&p.out, &"ab".repeat(32), None);
    assert_eq!(wrong_root["error"], "RootMismatch", "{wrong_root}");
    let signed_by: Value =
        serde_json::from_slice(&std::fs::read(p.out.join("manifest.json")).unwrap()).unwrap();
    p.keys
        .revoke(signed_by["key_id"].as_str().unwrap(), later(2))
        .unwrap();
    let revoked = p.keys.keys().unwrap();
    assert_eq!(
        refused(&|d| {
            std::fs::write(d.join("keys.json"), &revoked.bytes).unwrap();
            std::fs::write(d.join("keys.json.sig"), &revoked.signature).unwrap();
        }),
        "RevokedKey"
    );
}
