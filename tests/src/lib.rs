//! Helpers for end-to-end tests: start the real `vecino` binary on a free loopback port with
//! its own data directory, wait until it serves, and collect everything it logs; and [`skip`],
//! the one way any test of the workspace says it could not run (never silently).
//!
//! The binary is the one `cargo test --workspace` builds next to this test
//! (`target/<profile>/vecino`); the `vecino` package's own integration test makes cargo build it.

pub mod staff;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Says that `test` (or a part of it) could not run, and why. A skip is never silent: it is
/// printed, and appended to the run's skip list (`$VECINO_SKIP_LOG`, by default
/// `target/skipped-tests.log`), which `.ci/test` prints when the suite ends. Under `CI=true` a
/// skip fails the test instead.
pub fn skip(test: &str, why: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{test} could not run, and CI=true does not allow a skip: {why}");
    }
    eprintln!("SKIPPED {test}: {why}");
    let log = std::env::var_os("VECINO_SKIP_LOG")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("skipped-tests.log"));
    use std::io::Write;
    if let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log)
    {
        let why = why.replace('\n', " ");
        let _ = writeln!(file, "{test}: {why}");
    }
}

/// The name of the running test (`module::test_name`), as the test harness names its thread;
/// `what` when the thread has no name (a test run on the main thread).
pub fn current_test(what: &str) -> String {
    match std::thread::current().name() {
        Some(name) if name != "main" => name.to_owned(),
        _ => what.to_owned(),
    }
}

/// `fixtures/<rel>` of the shared data beside the repository (`../shared`, or the directory
/// `$VECINO_SHARED_DIR` names), or `None` after recording the running test as skipped, by name:
/// a clone without `../shared` reports every fixture test it could not run.
pub fn shared_fixture(rel: &str) -> Option<PathBuf> {
    let shared = std::env::var_os("VECINO_SHARED_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .parent()
                .unwrap()
                .join("../shared")
        });
    let path = shared.join("fixtures").join(rel);
    if path.exists() {
        return Some(path);
    }
    // `cargo test` names the package of the running test binary (every one is called `it`).
    let package = std::env::var("CARGO_PKG_NAME").unwrap_or_default();
    skip(
        &format!("{package} {}", current_test(rel)),
        &format!(
            "the fixture {rel} is absent ({} not found)",
            shared.join("fixtures").display()
        ),
    );
    None
}

/// `target/` of this workspace (the test executables live in `target/<profile>/deps/`).
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    exe.ancestors()
        .find(|dir| dir.file_name().is_some_and(|n| n == "target"))
        .map(Path::to_path_buf)
        .unwrap_or_else(std::env::temp_dir)
}

/// The PostgreSQL server the suite may use (`VECINO_TEST_POSTGRES_URL`), or `None` after
/// recording `test`'s PostgreSQL half as skipped.
pub fn postgres_url(test: &str) -> Option<String> {
    match std::env::var("VECINO_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            skip(
                &format!("{test} on PostgreSQL"),
                "VECINO_TEST_POSTGRES_URL is not set",
            );
            None
        }
    }
}

/// The `vecino` executable built for this test run.
pub fn vecino_exe() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    // target/<profile>/deps/it-<hash> → target/<profile>/vecino
    let dir = exe.parent().and_then(Path::parent).expect("target dir");
    let bin = dir.join(format!("vecino{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.exists(),
        "{} not found: run the suite with `cargo test --workspace`",
        bin.display()
    );
    bin
}

/// A running `vecino serve`.
pub struct Server {
    child: Child,
    pub base: String,
    data_dir: PathBuf,
    /// Removes a fresh data directory when the test is done.
    guard: Option<tempfile::TempDir>,
    logs: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts `vecino serve` with a fresh data directory and extra environment.
    pub fn start(env: &[(&str, &str)]) -> Server {
        let guard = tempfile::tempdir().unwrap();
        Server::spawn(guard.path().to_owned(), Some(guard), env)
    }

    /// Starts `vecino serve` on an existing data directory (a restart), which it leaves in place.
    pub fn start_in(dir: &Path, env: &[(&str, &str)]) -> Server {
        Server::spawn(dir.to_owned(), None, env)
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    fn spawn(data_dir: PathBuf, guard: Option<tempfile::TempDir>, env: &[(&str, &str)]) -> Server {
        let mut cmd = Command::new(vecino_exe());
        cmd.args(["serve", "--addr", "127.0.0.1:0"])
            .env("VECINO_DATA_DIR", &data_dir)
            .env_remove("VECINO_DATABASE_URL")
            .env_remove("VECINO_ADDR")
            // A fresh server would publish a first bundle in the background; tests that export
            // their own and count releases must not race it. Tests of that turn it back on.
            .env("VECINO_BUNDLE_FIRST_RELEASE", "false")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start vecino");
        let logs = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let logs = logs.clone();
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    if let Some(url) = line.strip_prefix("Vecino is serving on ") {
                        let _ = tx.send(url.trim_end_matches('/').to_owned());
                    }
                    logs.lock().unwrap().push(line);
                }
            });
        }
        let base = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(base) => base,
            Err(_) => {
                let _ = child.kill();
                panic!("vecino did not start:\n{}", logs.lock().unwrap().join("\n"));
            }
        };
        Server {
            child,
            base,
            data_dir,
            guard,
            logs,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Everything the server printed so far.
    pub fn logs(&self) -> String {
        self.logs.lock().unwrap().join("\n")
    }

    /// Stops the server, leaves its data directory in place (the caller removes it), and returns
    /// what it printed.
    pub fn stop_keeping_data(mut self) -> String {
        if let Some(guard) = self.guard.take() {
            let _ = guard.keep();
        }
        self.stop()
    }

    /// Stops the server and returns everything it printed.
    pub fn stop(mut self) -> String {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        std::thread::sleep(Duration::from_millis(100));
        self.logs()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `vecino <args>` to completion with a data directory; returns (success, stdout+stderr).
pub fn run(data_dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (bool, String) {
    let mut cmd = Command::new(vecino_exe());
    cmd.args(args)
        .env("VECINO_DATA_DIR", data_dir)
        .env_remove("VECINO_DATABASE_URL");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run vecino");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// Runs `vecino <args>` with `input` on its standard input; returns (success, stdout+stderr).
pub fn run_with_input(
    data_dir: &Path,
    args: &[&str],
    env: &[(&str, &str)],
    input: &str,
) -> (bool, String) {
    use std::io::Write;
    let mut cmd = Command::new(vecino_exe());
    cmd.args(args)
        .env("VECINO_DATA_DIR", data_dir)
        .env_remove("VECINO_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("run vecino");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait for vecino");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// A scratch PostgreSQL database for one test, dropped when this value is.
pub struct ScratchDatabase {
    admin: String,
    name: String,
    pub url: String,
}

fn psql(admin: &str, sql: &str) -> bool {
    Command::new("psql")
        .args([admin, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

impl Drop for ScratchDatabase {
    fn drop(&mut self) {
        psql(
            &self.admin,
            &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
        );
    }
}

/// Makes a scratch database when `VECINO_TEST_POSTGRES_URL` is set; otherwise records test
/// `name`'s PostgreSQL half as skipped.
pub fn postgres_scratch(name: &str) -> Option<ScratchDatabase> {
    let admin = postgres_url(name)?;
    let db = format!("vecino_e2e_{name}_{}", std::process::id());
    assert!(
        psql(
            &admin,
            &format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        ),
        "psql is needed to make a scratch database"
    );
    assert!(psql(&admin, &format!("CREATE DATABASE {db}")));
    let base = admin.split('?').next().unwrap();
    let host = &base[..base.rfind('/').unwrap()];
    Some(ScratchDatabase {
        url: format!("{host}/{db}"),
        admin,
        name: db,
    })
}
