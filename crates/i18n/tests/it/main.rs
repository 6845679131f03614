//! Integration tests of `vecino-i18n`: the Fluent files under `locales/`, language negotiation as
//! a request sees it, and message lookup with fallback.

mod ftl;
mod messages;
mod negotiate;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The repository's `locales/` folder.
fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// Folder name → contents of `locales/<folder>/main.ftl`, for every folder that has one.
fn main_ftl_files() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(locales_dir()).expect("locales/ exists") {
        let entry = entry.unwrap();
        let path = entry.path().join("main.ftl");
        if path.is_file() {
            let folder = entry.file_name().into_string().expect("UTF-8 folder name");
            let source = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            files.insert(folder, source);
        }
    }
    files
}
