//! Rebuild when anything under `locales/` changes, including files that did not exist at the last
//! build: `include_dir!` only tracks the files it found.

fn main() {
    println!("cargo::rerun-if-changed=../../locales");
}
