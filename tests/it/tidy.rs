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

/// A workspace package as `cargo metadata` describes it.
struct Package {
    manifest: PathBuf,
    /// Its direct dependencies: (name, kind: "normal", "dev" or "build").
    deps: Vec<(String, String)>,
    /// Whether another crate can depend on it (it has a library target).
    is_library: bool,
}

/// Each workspace package's direct dependencies (normal, dev and build).
fn packages() -> BTreeMap<String, Package> {
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
                .map(|d| {
                    let kind = d["kind"].as_str().unwrap_or("normal").to_owned();
                    (d["name"].as_str().unwrap().to_owned(), kind)
                })
                .collect();
            let is_library = p["targets"].as_array().unwrap().iter().any(|t| {
                t["kind"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|k| ["lib", "rlib"].contains(&k.as_str().unwrap()))
            });
            let package = Package {
                manifest: PathBuf::from(p["manifest_path"].as_str().unwrap()),
                deps,
                is_library,
            };
            (p["name"].as_str().unwrap().to_owned(), package)
        })
        .collect()
}

/// Libraries any crate may use: small, no runtime, no framework.
const EVERYONE: &[&str] = &[
    "serde",
    "serde_json",
    "thiserror",
    "tracing",
    "jiff",
    "uuid",
    "sha2",
    "hex",
    "toml",
    "url",
    "unic-langid",
    "unicode-normalization",
];

/// Test tools any crate may use as dev-dependencies (never as normal ones).
const TEST_TOOLS: &[&str] = &[
    "vecino-e2e",
    "tempfile",
    "insta",
    "proptest",
    "criterion",
    "jsonschema",
    "tokio",
    "toml_edit",
    "form_urlencoded",
];

/// The allow-list: for each crate, the crates of ours, the frameworks and the other libraries
/// it may use (besides [`EVERYONE`], and [`TEST_TOOLS`] in its tests). A crate not listed here,
/// or a dependency not on its list, fails `crates_depend_only_as_the_architecture_allows`:
/// adding one is a decision for ARCHITECTURE.md, made here.
const ALLOWED: &[(&str, &[&str])] = &[
    // Pure domain types: no crate of ours, no framework, no I/O.
    ("vecino-core", &["pulldown-cmark"]),
    ("vecino-gen", &["vecino-core"]),
    (
        "vecino-i18n",
        &[
            "fluent-bundle",
            "fluent-langneg",
            "intl-memoizer",
            "include_dir",
        ],
    ),
    ("vecino-migration", &["sea-orm-migration", "async-trait"]),
    (
        "vecino-store",
        &[
            "vecino-core",
            "vecino-migration",
            "sea-orm",
            "chrono",
            "include_dir",
        ],
    ),
    (
        "vecino-search",
        &[
            "vecino-core",
            "vecino-gen",
            "tantivy",
            "frostem",
            "icu_segmenter",
            "fast2s",
            "rustc-hash",
        ],
    ),
    (
        "vecino-search-wasm",
        &["vecino-core", "vecino-search", "vecino-i18n", "getrandom"],
    ),
    (
        "vecino-bundle",
        &[
            "vecino-core",
            "vecino-i18n",
            "vecino-gen",
            "ed25519-dalek",
            "zstd",
            "flate2",
            "getrandom",
            "json-patch",
        ],
    ),
    // CSV, and the Windows-1252 decoding older 211 exports need.
    (
        "vecino-hsds",
        &["vecino-core", "csv", "encoding_rs", "encoding_rs_io"],
    ),
    // The use-cases below HTTP: never axum, askama or utoipa.
    (
        "vecino-app",
        &[
            "vecino-core",
            "vecino-store",
            "vecino-search",
            "vecino-bundle",
            "vecino-hsds",
            "vecino-i18n",
            "tokio",
            "argon2",
            "getrandom",
            "flate2",
            "pulldown-cmark",
            "fluent-bundle",
        ],
    ),
    // HTTP only.
    (
        "vecino-api",
        &[
            "vecino-core",
            "vecino-app",
            "vecino-store",
            "vecino-search",
            "vecino-bundle",
            "vecino-hsds",
            "vecino-i18n",
            "axum",
            "askama",
            "utoipa",
            "utoipa-axum",
            "tokio",
            "tower",
            "tower-http",
            "hyper",
            "hyper-util",
            "http-body-util",
            "fluent-bundle",
            "pulldown-cmark",
            "qrcode",
            "form_urlencoded",
            "serde_urlencoded",
            "serde_path_to_error",
            "argon2",
            "getrandom",
            "flate2",
        ],
    ),
    // The `vecino` binary: the one place the server is started from.
    (
        "vecino",
        &[
            "vecino-core",
            "vecino-app",
            "vecino-api",
            "vecino-store",
            "vecino-search",
            "vecino-bundle",
            "vecino-hsds",
            "vecino-i18n",
            "tokio",
            "clap",
            "anyhow",
            "tracing-subscriber",
            "indicatif",
            "mimalloc",
            "rpassword",
            // `vecino import https://…/hsds/`: a live feed's pages (GET only, rustls).
            "reqwest",
        ],
    ),
    (
        "vecino-bench",
        &[
            "vecino-core",
            "vecino-app",
            "vecino-store",
            "vecino-search",
            "vecino-gen",
            "tokio",
            "clap",
            "anyhow",
        ],
    ),
    // The end-to-end tests drive the real binary over HTTP.
    (
        "vecino-e2e",
        &[
            "vecino-core",
            "vecino-api",
            "vecino-app",
            "vecino-i18n",
            "vecino-store",
            "vecino-search",
            "vecino-bundle",
            "vecino-gen",
            "reqwest",
            "tokio",
            "tempfile",
        ],
    ),
    // Build and release chores (`cargo xtask`), if the workspace has them.
    (
        "vecino-xtask",
        &["anyhow", "clap", "vecino-search-wasm", "vecino-bundle"],
    ),
];

/// (framework crate, the only packages allowed to depend on it): checked on top of the
/// allow-list, so that allowing a framework to one more crate is a visible decision.
const OWNERS: &[(&str, &[&str])] = &[
    ("sea-orm", &["vecino-store"]),
    ("sea-orm-migration", &["vecino-migration"]),
    ("sqlx", &["vecino-store", "vecino-migration"]),
    ("axum", &["vecino-api"]),
    ("askama", &["vecino-api"]),
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
    // The HTTP layer is reached only by the binary that serves it and the end-to-end tests.
    ("vecino-api", &["vecino", "vecino-e2e"]),
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
    for (name, package) in &packages {
        let Some((_, allowed)) = ALLOWED.iter().find(|(crate_name, _)| crate_name == name) else {
            broken.push(format!(
                "{name} has no allow-list: add it to ALLOWED in tests/it/tidy.rs"
            ));
            continue;
        };
        for (dep, kind) in &package.deps {
            if let Some((_, owners)) = OWNERS.iter().find(|(framework, _)| framework == dep)
                && !owners.contains(&name.as_str())
            {
                broken.push(format!(
                    "{name} depends on {dep}, which only {owners:?} may use"
                ));
                continue;
            }
            let ok = allowed.contains(&dep.as_str())
                || EVERYONE.contains(&dep.as_str())
                || (kind == "dev" && TEST_TOOLS.contains(&dep.as_str()));
            if !ok {
                broken.push(format!(
                    "{name} depends on {dep} ({kind}), which is not on {name}'s allow-list \
                     (ALLOWED in tests/it/tidy.rs)"
                ));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "dependency rules broken:\n{}",
        broken.join("\n")
    );
}

/// The allow-list holds no framework for a crate that must never use it.
#[test]
fn the_allow_list_keeps_the_layers_apart() {
    let never: &[(&str, &[&str])] = &[
        (
            "vecino-core",
            &["tokio", "sea-orm", "axum", "tantivy", "reqwest"],
        ),
        ("vecino-migration", &["vecino-store"]),
        ("vecino-search", &["vecino-store"]),
        ("vecino-bundle", &["vecino-store"]),
        ("vecino-hsds", &["vecino-store"]),
        ("vecino-app", &["axum", "askama", "utoipa", "vecino-api"]),
    ];
    for (name, forbidden) in never {
        let (_, allowed) = ALLOWED.iter().find(|(n, _)| n == name).unwrap();
        for dep in *forbidden {
            assert!(
                !allowed.contains(dep) && !EVERYONE.contains(dep),
                "{name} must never use {dep}"
            );
        }
    }
    let (_, core) = ALLOWED.iter().find(|(n, _)| *n == "vecino-core").unwrap();
    assert!(
        !core.iter().any(|d| d.starts_with("vecino")),
        "vecino-core uses no crate of ours"
    );
}

/// Every library of ours is in `[workspace.dependencies]` (at its own path) and every crate
/// uses it with `.workspace = true`; a plain path is allowed only to turn its default features
/// off (Cargo ignores `default-features = false` on a workspace dependency that keeps them).
#[test]
fn our_crates_are_workspace_dependencies() {
    let packages = packages();
    let root = workspace_root();
    let text = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let doc: toml::Table = text.parse().unwrap();
    let listed = doc["workspace"]["dependencies"].as_table().unwrap();
    let mut broken = Vec::new();
    for (name, package) in &packages {
        if !package.is_library {
            continue;
        }
        let dir = package.manifest.parent().unwrap();
        let path = listed
            .get(name)
            .and_then(|d| d.get("path"))
            .and_then(|p| p.as_str());
        match path {
            Some(p) if root.join(p) == dir => {}
            Some(p) => broken.push(format!(
                "[workspace.dependencies] {name} has path {p:?}, not its directory"
            )),
            None => broken.push(format!(
                "{name} is not in [workspace.dependencies] (Cargo.toml at the root)"
            )),
        }
    }
    for (name, package) in &packages {
        let text = std::fs::read_to_string(&package.manifest).unwrap();
        let doc: toml::Table = text.parse().unwrap();
        let mut tables: Vec<(String, &toml::Table)> = Vec::new();
        for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
            if let Some(t) = doc.get(section).and_then(|t| t.as_table()) {
                tables.push((section.to_owned(), t));
            }
        }
        if let Some(targets) = doc.get("target").and_then(|t| t.as_table()) {
            for (cfg, target) in targets {
                for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
                    if let Some(t) = target.get(section).and_then(|t| t.as_table()) {
                        tables.push((format!("target.{cfg}.{section}"), t));
                    }
                }
            }
        }
        for (section, table) in tables {
            for (dep, spec) in table {
                if !packages.contains_key(dep) {
                    continue;
                }
                let field = |key: &str| spec.get(key).and_then(|v| v.as_bool());
                let inherited = field("workspace") == Some(true);
                let no_defaults = field("default-features") == Some(false);
                if !inherited && !no_defaults {
                    broken.push(format!(
                        "{name} [{section}] {dep}: write `{dep}.workspace = true`"
                    ));
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "internal dependencies:\n{}",
        broken.join("\n")
    );
}

/// Every tracked Rust file, tests included, starts with a `//!` line saying what the module is
/// for (and what it must never do).
#[test]
fn every_module_says_what_it_is_for() {
    let root = workspace_root();
    let out = Command::new("git")
        .args(["ls-files", "-z", "--", "*.rs"])
        .current_dir(&root)
        .output();
    let files = match out {
        Ok(out) if out.status.success() && !out.stdout.is_empty() => out.stdout,
        _ => {
            vecino_e2e::skip(
                "tidy::every_module_says_what_it_is_for",
                "not a git checkout (git ls-files lists no file)",
            );
            return;
        }
    };
    let missing: Vec<String> = String::from_utf8(files)
        .unwrap()
        .split('\0')
        .filter(|f| !f.is_empty())
        .filter(|f| {
            // A file deleted in the working tree but still tracked is not a module any more.
            std::fs::read_to_string(root.join(f))
                .is_ok_and(|src| !src.trim_start().starts_with("//!"))
        })
        .map(str::to_owned)
        .collect();
    assert!(
        missing.is_empty(),
        "these modules do not start with a //! line saying what they are for (and what \
         they must never do):\n{}",
        missing.join("\n")
    );
}

/// The store's writers (method-name beginnings); reads never start so.
const STORE_WRITES: &[&str] = &[
    "put_",
    "delete",
    "write_batch",
    "add_",
    "set_",
    "create_",
    "revoke_",
    "handle_",
    "verify_",
    "accredit_",
    "import",
    "purge_",
    "review_",
    "touch_",
    "disable_",
    "save_",
    "seed",
    "migrate",
    "audit_event",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_http_layer_never_writes_to_the_store() {
    // Every write goes through vecino-app, where its scope checks and audit rows live.
    let mut files = Vec::new();
    rust_files(&workspace_root().join("crates/api/src"), &mut files);
    assert!(!files.is_empty());
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        for write in STORE_WRITES {
            if compact.contains(&format!(".store.{write}")) {
                found.push(format!("{} calls store.{write}…", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "vecino-api writes to the store itself; call vecino-app instead:\n{}",
        found.join("\n")
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
    for (name, Package { manifest, .. }) in packages() {
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
        if !name.starts_with("vecino") && name != "xtask" {
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
