//! Tidy: the dependency rules of ARCHITECTURE.md, checked from `cargo metadata`, and the
//! house rules every crate follows.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// Each workspace package's direct dependencies (normal, dev and build).
fn packages() -> BTreeMap<String, (PathBuf, Vec<String>)> {
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(workspace_root())
        .output()
        .expect("cargo metadata");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: Value = serde_json::from_slice(&out.stdout).unwrap();
    meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let deps = p["dependencies"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["name"].as_str().unwrap().to_owned())
                .collect();
            let manifest = PathBuf::from(p["manifest_path"].as_str().unwrap());
            (p["name"].as_str().unwrap().to_owned(), (manifest, deps))
        })
        .collect()
}

/// (framework crate, the only packages allowed to depend on it)
const OWNERS: &[(&str, &[&str])] = &[
    ("sea-orm", &["vecino-store"]),
    ("sea-orm-migration", &["vecino-migration"]),
    ("sqlx", &["vecino-store", "vecino-migration"]),
    ("axum", &["vecino-api"]),
    // The OpenAPI document describes the HTTP API; core types are described in vecino-api.
    ("utoipa", &["vecino-api"]),
    ("utoipa-axum", &["vecino-api"]),
    ("tower-http", &["vecino-api"]),
    ("hyper", &["vecino-api"]),
    ("hyper-util", &["vecino-api"]),
    ("tantivy", &["vecino-search"]),
    // Bundle signing and encoding live in one place, where the verifier is.
    ("ed25519-dalek", &["vecino-bundle"]),
    ("zstd", &["vecino-bundle"]),
];

#[test]
fn crates_depend_only_as_the_architecture_allows() {
    let packages = packages();
    assert!(
        packages.contains_key("vecino-core") && packages.contains_key("vecino"),
        "{:?}",
        packages.keys()
    );
    let mut broken = Vec::new();
    for (name, (_, deps)) in &packages {
        for dep in deps {
            if let Some((_, owners)) = OWNERS.iter().find(|(framework, _)| framework == dep)
                && !owners.contains(&name.as_str())
            {
                broken.push(format!(
                    "{name} depends on {dep}, which only {owners:?} may use"
                ));
            }
        }
        if name == "vecino-core" {
            for dep in deps {
                if dep.starts_with("vecino")
                    || ["tokio", "sea-orm", "axum", "tantivy", "reqwest"].contains(&dep.as_str())
                {
                    broken.push(format!(
                        "vecino-core depends on {dep}: core uses no crate of ours and no framework"
                    ));
                }
            }
        }
        if name == "vecino-migration" && deps.iter().any(|d| d == "vecino-store") {
            broken.push(
                "vecino-migration depends on vecino-store: migrations never import entities".into(),
            );
        }
        if ["vecino-search", "vecino-bundle", "vecino-hsds"].contains(&name.as_str())
            && deps.iter().any(|d| d == "vecino-store")
        {
            broken.push(format!(
                "{name} depends on vecino-store: it takes core types, never reads the database"
            ));
        }
    }
    assert!(
        broken.is_empty(),
        "dependency rules broken:\n{}",
        broken.join("\n")
    );
}

/// The one crate whose code may contain `unsafe` (its WebAssembly exports, `#[unsafe(no_mangle)]`).
const UNSAFE_FFI_CRATE: &str = "vecino-search-wasm";

fn workspace_lints() -> toml::Table {
    let text = std::fs::read_to_string(workspace_root().join("Cargo.toml")).unwrap();
    let doc: toml::Table = text.parse().unwrap();
    doc["workspace"]["lints"].as_table().unwrap().clone()
}

#[test]
fn every_crate_follows_the_house_rules() {
    let mut broken = Vec::new();
    for (name, (manifest, _)) in packages() {
        let toml_text = std::fs::read_to_string(&manifest).unwrap();
        let doc: toml::Table = toml_text.parse().unwrap();
        let package = doc["package"].as_table().unwrap();
        for key in ["version", "edition", "publish"] {
            let inherited = package
                .get(key)
                .and_then(|v| v.as_table())
                .and_then(|t| t.get("workspace"))
                .and_then(|w| w.as_bool());
            if inherited != Some(true) {
                broken.push(format!("{name}: {key}.workspace = true"));
            }
        }
        let lints = doc
            .get("lints")
            .and_then(|l| l.get("workspace"))
            .and_then(|w| w.as_bool());
        if name == UNSAFE_FFI_CRATE {
            // Its own copy of the workspace's lints, unsafe code denied instead of forbidden
            // (so the exported functions of its C ABI can allow it, one by one).
            let mut expected = workspace_lints();
            expected["rust"]
                .as_table_mut()
                .unwrap()
                .insert("unsafe_code".into(), "deny".into());
            if doc.get("lints") != Some(&toml::Value::Table(expected)) {
                broken.push(format!(
                    "{name}: [lints] are the workspace's with unsafe_code = \"deny\""
                ));
            }
        } else if lints != Some(true) {
            broken.push(format!("{name}: [lints] workspace = true"));
        }
        if !name.starts_with("vecino") {
            broken.push(format!("{name}: package names are vecino-<role>"));
        }
        let dir = manifest.parent().unwrap();
        let root = ["src/lib.rs", "src/main.rs"]
            .iter()
            .map(|f| dir.join(f))
            .find(|p| p.exists());
        match root.map(|p| std::fs::read_to_string(p).unwrap()) {
            Some(src) if src.trim_start().starts_with("//!") => {}
            _ => broken.push(format!(
                "{name}: the crate root starts with //! docs saying what it is for"
            )),
        }
    }
    assert!(
        broken.is_empty(),
        "house rules broken:\n{}",
        broken.join("\n")
    );
}
