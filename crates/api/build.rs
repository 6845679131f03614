//! Finds the offline search engine (crates/search-wasm compiled to WebAssembly by `cargo xtask
//! wasm`) so the binary can embed it and serve it at `/offline/search/vecino_search.wasm`, and
//! tells whether it is current. It never builds the engine (a `cargo check` or `clippy` stays
//! cheap): it only hashes the engine's sources, compares with the stamp written beside the
//! module, and warns when the module is stale or missing.
//!
//! The module is `<target>/vecino-engine/vecino_search.wasm`, or the file named by
//! `VECINO_SEARCH_WASM`. Without the `offline-engine` feature nothing is embedded. What it found
//! reaches the code as `VECINO_ENGINE_STATE` (`current`, `stale`, `missing` or `off`) and
//! `VECINO_ENGINE_BUILT_FROM` (the stamp's hash), read by `src/offline/engine.rs`.

#[path = "../xtask/src/stamp.rs"]
#[allow(dead_code)]
mod stamp;

use std::env;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest_dir.join("../..");
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("set by cargo"));
    let embedded = out_dir.join("vecino_search.wasm");
    println!("cargo:rerun-if-env-changed=VECINO_SEARCH_WASM");
    println!("cargo:rerun-if-changed=../xtask/src/stamp.rs");

    if env::var_os("CARGO_FEATURE_OFFLINE_ENGINE").is_none() {
        write(&embedded, &[]);
        return report("off", "");
    }
    for input in stamp::INPUTS {
        println!("cargo:rerun-if-changed={}", root.join(input).display());
    }
    let (module, stamp_path) = match env::var_os("VECINO_SEARCH_WASM") {
        Some(path) => {
            let module = PathBuf::from(path);
            let mut stamp_path = module.clone().into_os_string();
            stamp_path.push(".stamp");
            println!("cargo:rerun-if-changed={}", module.display());
            println!(
                "cargo:rerun-if-changed={}",
                Path::new(&stamp_path).display()
            );
            (module, PathBuf::from(stamp_path))
        }
        None => {
            let dir = target_dir(&out_dir).join(stamp::ENGINE_DIR);
            // Watched as a directory (it holds only the module and its stamp), so a module
            // built later is seen without rerunning this script on every build meanwhile.
            let _ = std::fs::create_dir_all(&dir);
            println!("cargo:rerun-if-changed={}", dir.display());
            (dir.join(stamp::ENGINE_FILE), dir.join(stamp::STAMP_FILE))
        }
    };
    let Ok(bytes) = std::fs::read(&module) else {
        println!(
            "cargo:warning=the offline search engine is missing ({}): the server will run \
             without offline search; build it with `cargo xtask wasm`",
            module.display()
        );
        write(&embedded, &[]);
        return report("missing", "");
    };
    write(&embedded, &bytes);
    let stamp_text = std::fs::read_to_string(&stamp_path).unwrap_or_default();
    let built_from = stamp::read_stamp(&stamp_text).to_owned();
    let sources = stamp::sources_hash(&root);
    if built_from != sources {
        println!(
            "cargo:warning=the offline search engine ({}) is stale: its sources changed since \
             it was built; rebuild it with `cargo xtask wasm`",
            module.display()
        );
        return report("stale", &built_from);
    }
    report("current", &built_from);
}

fn write(path: &Path, bytes: &[u8]) {
    // Unchanged bytes are not rewritten: the embedding crate is not recompiled for nothing.
    if std::fs::read(path).ok().as_deref() != Some(bytes) {
        std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

fn report(state: &str, built_from: &str) {
    println!("cargo:rustc-env=VECINO_ENGINE_STATE={state}");
    println!("cargo:rustc-env=VECINO_ENGINE_BUILT_FROM={built_from}");
}

/// The outer build's target directory (`OUT_DIR` is
/// `<target>[/<triple>]/<profile>/build/<pkg>-<hash>/out`).
fn target_dir(out_dir: &Path) -> PathBuf {
    let build = out_dir
        .ancestors()
        .find(|p| p.file_name().is_some_and(|n| n == "build"))
        .expect("OUT_DIR is inside a build directory");
    let target = build
        .parent()
        .and_then(Path::parent)
        .expect("a target directory");
    if target.join("CACHEDIR.TAG").exists() || target.file_name().is_some_and(|n| n == "target") {
        return target.to_path_buf();
    }
    // A cross build: `<target>/<triple>/<profile>`.
    target.parent().unwrap_or(target).to_path_buf()
}
