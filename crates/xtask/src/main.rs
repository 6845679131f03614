//! `cargo xtask`: Vecino's build steps beyond cargo. `wasm` builds the offline search engine
//! (crates/search-wasm compiled to WebAssembly) into `<target>/vecino-engine/` with a stamp of
//! its inputs, when the stamp is stale; `run [ARGS]` does that, then `cargo run --release --
//! ARGS` (`serve` when none). It must never be a dependency of another crate, nor run from a
//! build script: building the engine is always an explicit step.

mod stamp;

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const TARGET: &str = "wasm32-unknown-unknown";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("wasm") => wasm(args[1..].iter().any(|a| a == "--force")).map(|_| ()),
        Some("run") => run(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask wasm [--force]   build the offline search engine if its sources changed\n       \
                 cargo xtask run [ARGS]         that, then `cargo run --release -- ARGS` (default: serve)"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

/// The target directory cargo uses (`CARGO_TARGET_DIR`, else `<root>/target`).
fn target_dir(root: &Path) -> PathBuf {
    env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { root.join(p) })
        .unwrap_or_else(|| root.join("target"))
}

fn cargo() -> Command {
    Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
}

/// Builds the engine unless its stamp matches its sources; says which. Returns whether it built.
fn wasm(force: bool) -> Result<bool, String> {
    let root = root();
    let target = target_dir(&root);
    let dir = target.join(stamp::ENGINE_DIR);
    let module = dir.join(stamp::ENGINE_FILE);
    let stamp_path = dir.join(stamp::STAMP_FILE);
    let hash = stamp::sources_hash(&root);
    let held = std::fs::read_to_string(&stamp_path).unwrap_or_default();
    if !force && module.is_file() && stamp::read_stamp(&held) == hash {
        eprintln!("offline search engine up to date ({})", module.display());
        return Ok(false);
    }
    add_target();
    eprintln!("building the offline search engine (crates/search-wasm, {TARGET}, profile wasm)");
    // Its own target directory, so this build never waits on (or invalidates) the host's.
    let nested = target.join("wasm-search");
    let status = cargo()
        .current_dir(&root)
        .args([
            "build",
            "--locked",
            "--package",
            "vecino-search-wasm",
            "--lib",
        ])
        .args(["--target", TARGET, "--profile", "wasm"])
        .arg("--target-dir")
        .arg(&nested)
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
        .env_remove("CARGO_BUILD_TARGET")
        .status()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    if !status.success() {
        return Err(format!(
            "building the offline search engine failed; is the target installed? \
             `rustup target add {TARGET}`"
        ));
    }
    let built = nested.join(format!("{TARGET}/wasm/vecino_search_wasm.wasm"));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    std::fs::copy(&built, &module).map_err(|e| format!("{}: {e}", built.display()))?;
    std::fs::write(&stamp_path, stamp::stamp_text(&hash))
        .map_err(|e| format!("{}: {e}", stamp_path.display()))?;
    eprintln!("offline search engine built: {}", module.display());
    Ok(true)
}

/// `rustup target add` when rustup is there and the target is not (a no-op otherwise).
fn add_target() {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    if let Ok(out) = installed
        && out.status.success()
        && !String::from_utf8_lossy(&out.stdout)
            .lines()
            .any(|l| l.trim() == TARGET)
    {
        let _ = Command::new("rustup")
            .args(["target", "add", TARGET])
            .status();
    }
}

fn run(args: &[String]) -> Result<(), String> {
    wasm(false)?;
    let args: Vec<&str> = if args.is_empty() {
        vec!["serve"]
    } else {
        args.iter().map(String::as_str).collect()
    };
    let status = cargo()
        .current_dir(root())
        .args(["run", "--release", "--"])
        .args(&args)
        .status()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "`cargo run --release -- {}` failed",
            args.join(" ")
        ))
    }
}
