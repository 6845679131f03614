//! Builds the offline search engine (crates/search-wasm: the search crate compiled to
//! WebAssembly) so the binary can serve it at `/offline/search/vecino_search.wasm`.
//!
//! It runs a nested `cargo build` for `wasm32-unknown-unknown` with the workspace's `wasm`
//! profile (size-optimized, LTO), in its own target directory beside the outer one (so the two
//! builds never wait on each other's lock, and later builds are incremental), then copies the
//! module into `OUT_DIR`, where `src/offline_search.rs` embeds it. Needs the target:
//! `rustup target add wasm32-unknown-unknown`.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest_dir.join("../..");
    for path in [
        "Cargo.toml",
        "Cargo.lock",
        "crates/core",
        "crates/i18n/src",
        "crates/i18n/Cargo.toml",
        "crates/search",
        "crates/search-wasm",
    ] {
        println!("cargo:rerun-if-changed={}", root.join(path).display());
    }
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("set by cargo"));
    let target_dir = wasm_target_dir(&out_dir);
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = Command::new(cargo);
    command
        .current_dir(&root)
        .args([
            "build",
            "--package",
            "vecino-search-wasm",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            "wasm",
        ])
        .arg("--target-dir")
        .arg(&target_dir)
        // The outer build's flags and wrappers (clippy's, a host target's) are not for this one.
        // getrandom has no source of randomness in a browser without JavaScript glue: the
        // engine gives it one for what it is asked (names of in-memory segments).
        .env(
            "CARGO_ENCODED_RUSTFLAGS",
            "--cfg\u{1f}getrandom_backend=\"custom\"",
        )
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET");
    let status = command
        .status()
        .expect("could not run cargo to build the offline search engine");
    if !status.success() {
        panic!(
            "building the offline search engine (crates/search-wasm) for WebAssembly failed; \
             is the target installed? `rustup target add wasm32-unknown-unknown`"
        );
    }
    let built = target_dir.join("wasm32-unknown-unknown/wasm/vecino_search_wasm.wasm");
    std::fs::copy(&built, out_dir.join("vecino_search.wasm"))
        .unwrap_or_else(|e| panic!("{}: {e}", built.display()));
}

/// `<target>/wasm-search`, where `<target>` is the outer build's target directory
/// (`OUT_DIR` is `<target>[/<triple>]/<profile>/build/<pkg>-<hash>/out`).
fn wasm_target_dir(out_dir: &Path) -> PathBuf {
    let build = out_dir
        .ancestors()
        .find(|p| p.file_name().is_some_and(|n| n == "build"))
        .expect("OUT_DIR is inside a build directory");
    let mut target = build
        .parent()
        .and_then(Path::parent)
        .expect("a target directory");
    if target.join("CACHEDIR.TAG").exists() || target.file_name().is_some_and(|n| n == "target") {
        return target.join("wasm-search");
    }
    // A cross build: `<target>/<triple>/<profile>`.
    target = target.parent().unwrap_or(target);
    target.join("wasm-search")
}
