//! The fallback when cargo-fuzz cannot run: a bounded-time random driver. For one target it
//! runs every seed, then mutates seeds (byte flips, insertions, deletions, splices, interesting
//! bytes) with a seeded xorshift generator until the time is up. A panic aborts with the
//! failing input written to `artifacts/<target>/crash-<n>` and a non-zero exit. Must never
//! run longer than asked.
//!
//! Usage: `drive <target> <seconds> <seed dir>...`

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const INTERESTING: &[&[u8]] = &[
    b"\0",
    b",",
    b"\"",
    b"\n",
    b"\r\n",
    b"{",
    b"}",
    b"[",
    b"]",
    b"null",
    b"\"vecino\":{}",
    b"[changing:",
    b"<script>",
    b"](javascript:",
    "İ".as_bytes(),
    "\u{1b}[2J".as_bytes(),
    "\u{202e}".as_bytes(),
    b"ext.",
    b"-1",
    b"99999999999999999999",
    b"2026-13-40",
    b"25:61",
];

fn mutate(rng: &mut Rng, input: &mut Vec<u8>, seeds: &[Vec<u8>]) {
    for _ in 0..=rng.below(4) {
        match rng.below(6) {
            0 if !input.is_empty() => {
                let at = rng.below(input.len());
                input[at] ^= 1 << rng.below(8);
            }
            1 => {
                let at = rng.below(input.len() + 1);
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                input.splice(at..at, piece.iter().copied());
            }
            2 if !input.is_empty() => {
                let at = rng.below(input.len());
                let len = rng.below((input.len() - at).min(64) + 1);
                input.drain(at..at + len);
            }
            3 if !seeds.is_empty() => {
                let other = &seeds[rng.below(seeds.len())];
                if !other.is_empty() {
                    let from = rng.below(other.len());
                    let len = rng.below((other.len() - from).min(256) + 1);
                    let at = rng.below(input.len() + 1);
                    input.splice(at..at, other[from..from + len].iter().copied());
                }
            }
            4 if !input.is_empty() => {
                let at = rng.below(input.len());
                let len = rng.below((input.len() - at).min(32) + 1);
                let copy = input[at..at + len].to_vec();
                let to = rng.below(input.len() + 1);
                input.splice(to..to, copy);
            }
            _ => {
                let at = rng.below(input.len() + 1);
                input.insert(at, rng.next() as u8);
            }
        }
    }
    input.truncate(1 << 16);
}

fn seeds(dirs: &[PathBuf]) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            if let Ok(bytes) = std::fs::read(&path) {
                out.push((path, bytes));
            }
        }
    }
    out
}

fn save(target: &str, input: &[u8]) -> PathBuf {
    let dir = Path::new("artifacts").join(target);
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("crash-{}", std::process::id()));
    let _ = std::fs::write(&path, input);
    path
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, target, secs, dirs @ ..] = args.as_slice() else {
        eprintln!("usage: drive <target> <seconds> <seed dir>...");
        std::process::exit(2);
    };
    let Some(&(_, run)) = vecino_fuzz::TARGETS.iter().find(|(n, _)| n == target) else {
        eprintln!("no target {target:?}");
        std::process::exit(2);
    };
    let budget = Duration::from_secs(secs.parse().unwrap_or(30));
    let dirs: Vec<PathBuf> = dirs.iter().map(PathBuf::from).collect();
    let seeds = seeds(&dirs);
    // Panics print only where the input was saved, never the input (it may be large).
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| l.to_string()).unwrap_or_default();
        eprintln!("panic at {at}");
    }));
    let attempt = |input: &[u8]| {
        if std::panic::catch_unwind(|| run(input)).is_err() {
            let path = save(target, input);
            eprintln!("{target}: CRASH, input saved to {}", path.display());
            std::process::exit(1);
        }
    };
    for (_, bytes) in &seeds {
        attempt(bytes);
    }
    let bytes: Vec<Vec<u8>> = seeds.into_iter().map(|(_, b)| b).collect();
    let start = Instant::now();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ u64::from(std::process::id()));
    let mut runs = 0u64;
    while start.elapsed() < budget {
        let mut input = if bytes.is_empty() {
            Vec::new()
        } else {
            bytes[rng.below(bytes.len())].clone()
        };
        mutate(&mut rng, &mut input, &bytes);
        attempt(&input);
        runs += 1;
    }
    println!(
        "{target}: {runs} inputs in {:.0?}, {} seeds, no crash",
        start.elapsed(),
        bytes.len()
    );
}
