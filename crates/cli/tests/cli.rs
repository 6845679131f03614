//! The binary's own smoke test. Its presence also makes `cargo test --workspace` build the
//! `vecino` executable that the end-to-end suite (vecino-e2e) starts.

use std::process::Command;

#[test]
fn version_names_the_program() {
    let out = Command::new(env!("CARGO_BIN_EXE_vecino"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("vecino "));
}

#[test]
fn an_unknown_command_fails_with_usage() {
    let out = Command::new(env!("CARGO_BIN_EXE_vecino"))
        .arg("frobnicate")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Usage"));
}
