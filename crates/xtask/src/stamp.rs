//! The stamp of the offline search engine's inputs: one hash of the sources the WebAssembly
//! module is compiled from, written beside the module by `cargo xtask wasm` and compared by
//! `crates/api/build.rs` (and a test) to tell a stale engine. Standard library only (a build
//! script includes this file); it must never build or write anything.

use std::path::Path;

/// Where `cargo xtask wasm` puts the module (under the target directory), and its stamp.
pub const ENGINE_DIR: &str = "vecino-engine";
pub const ENGINE_FILE: &str = "vecino_search.wasm";
pub const STAMP_FILE: &str = "vecino_search.wasm.stamp";

/// What the module is compiled from, relative to the workspace root: the crates it is made of
/// (their manifests, sources and the files they embed) and the lock file.
pub const INPUTS: &[&str] = &[
    "Cargo.lock",
    "crates/core/Cargo.toml",
    "crates/core/src",
    "crates/i18n/Cargo.toml",
    "crates/i18n/build.rs",
    "crates/i18n/src",
    "crates/search/Cargo.toml",
    "crates/search/glossary.toml",
    "crates/search/src",
    "crates/search-wasm/Cargo.toml",
    "crates/search-wasm/src",
];

/// The inputs' hash as 16 hex digits (FNV-1a over every file's path and bytes, in path order;
/// a change detector, not a security check). Missing inputs count as empty.
pub fn sources_hash(root: &Path) -> String {
    let mut files = Vec::new();
    for input in INPUTS {
        collect(root, &root.join(input), &mut files);
    }
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for (name, path) in files {
        let bytes = std::fs::read(&path).unwrap_or_default();
        eat(name.as_bytes());
        eat(&[0]);
        eat(&(bytes.len() as u64).to_le_bytes());
        eat(&bytes);
    }
    format!("{hash:016x}")
}

/// Every file under `path` (or `path` itself), as (`/`-separated name from `root`, path).
fn collect(root: &Path, path: &Path, out: &mut Vec<(String, std::path::PathBuf)>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        for entry in entries.flatten() {
            collect(root, &entry.path(), out);
        }
    } else if path.is_file() {
        let name = path.strip_prefix(root).unwrap_or(path);
        let name = name
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        out.push((name, path.to_path_buf()));
    }
}

/// The stamp file's text for a hash (what `cargo xtask wasm` writes).
pub fn stamp_text(hash: &str) -> String {
    format!("{hash}\n")
}

/// The hash a stamp file holds.
pub fn read_stamp(text: &str) -> &str {
    text.trim()
}
