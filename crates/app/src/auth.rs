//! The secrets of staff sign-in: argon2 password hashes, random tokens stored as SHA-256,
//! constant-time comparison, the in-memory limit on sign-in attempts and the cap on password
//! checks running at once. Cookies are HTTP's business (`vecino-api`).
//!
//! Nothing here logs a password, a token or a client address.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use sha2::{Digest, Sha256};

/// Why a password could not be hashed (the system's random source failed).
#[derive(Debug, thiserror::Error)]
#[error("cannot hash the password: {0}")]
pub struct HashError(String);

/// `n` random bytes from the operating system.
fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system's random source works");
    bytes
}

/// A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`): argon2id with the crate's defaults
/// (OWASP's recommended minimum) and a random 16-byte salt.
pub fn hash_password(password: &str) -> Result<String, HashError> {
    let salt =
        SaltString::encode_b64(&random_bytes::<16>()).map_err(|e| HashError(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashError(e.to_string()))
}

/// Whether `password` matches the PHC string `hash`. A malformed hash never matches.
pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A hash of a password no one has, checked when the email is unknown so that a wrong email
/// takes as long as a wrong password.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| {
        hash_password(&hex::encode(random_bytes::<16>())).expect("hashing a random password")
    })
}

/// A new secret: 32 random bytes, hex (64 characters).
pub fn random_token() -> String {
    hex::encode(random_bytes::<32>())
}

/// What the database keeps of a token: its SHA-256, hex.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Limits sign-in attempts: per account (an email) and per client (an address). An attempt is
/// reserved, atomically, before its password is checked, so concurrent guesses count as soon as
/// they arrive; a failure keeps its reservation, a success gives the account's back.
///
/// An account is slowed rather than shut for long: after `per_account` failures it waits
/// `account_delay`, doubling with each further failure, up to `window`. A client is blocked
/// after `per_client` failures in `window`. Kept in this process's memory only: a restart
/// forgets it, and each replica behind a load balancer counts on its own. Addresses are held
/// only here, never logged or stored.
#[derive(Debug)]
pub struct Limiter {
    windows: Mutex<HashMap<Key, Window>>,
    pub per_account: u32,
    pub per_client: u32,
    pub window: Duration,
    /// The first wait once an account reaches `per_account` failures.
    pub account_delay: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Account(String),
    Client(IpAddr),
}

#[derive(Debug, Clone, Copy)]
struct Window {
    failures: u32,
    /// Attempts reserved and not yet decided.
    in_flight: u32,
    since: Instant,
    last_failure: Instant,
}

impl Window {
    fn new(now: Instant) -> Window {
        Window {
            failures: 0,
            in_flight: 0,
            since: now,
            last_failure: now,
        }
    }
}

impl Default for Limiter {
    fn default() -> Self {
        Limiter {
            windows: Mutex::new(HashMap::new()),
            per_account: 5,
            per_client: 20,
            window: Duration::from_secs(15 * 60),
            account_delay: Duration::from_secs(60),
        }
    }
}

/// A reserved sign-in attempt. Say how it went with [`Attempt::failed`] or
/// [`Attempt::succeeded`]; dropped undecided (an error before the check), it is given back.
#[derive(Debug)]
#[must_use]
pub struct Attempt<'a> {
    limiter: &'a Limiter,
    keys: Vec<Key>,
    decided: bool,
}

impl Limiter {
    fn keys(account: &str, client: Option<IpAddr>) -> Vec<Key> {
        let mut keys = vec![Key::Account(account.trim().to_lowercase())];
        if let Some(ip) = client {
            keys.push(Key::Client(ip));
        }
        keys
    }

    /// How long `key` must wait with window `w` at `now`, counting attempts in flight.
    fn wait(&self, key: &Key, w: &Window, now: Instant) -> Option<Duration> {
        let used = w.failures + w.in_flight;
        match key {
            Key::Account(_) => {
                if used < self.per_account {
                    return None;
                }
                let over = w.failures.saturating_sub(self.per_account).min(16);
                let delay = self
                    .account_delay
                    .saturating_mul(1 << over)
                    .min(self.window);
                let waited = now.duration_since(w.last_failure);
                if w.failures < self.per_account {
                    // Full of attempts in flight: wait for them.
                    Some(Duration::from_secs(1))
                } else if waited < delay {
                    Some(delay - waited)
                } else {
                    // Past the limit, one attempt at a time.
                    (w.in_flight > 0).then_some(Duration::from_secs(1))
                }
            }
            Key::Client(_) => {
                let age = now.duration_since(w.since);
                (used >= self.per_client && age < self.window).then(|| self.window - age)
            }
        }
    }

    /// Reserves an attempt for this account and client, or says how long until one is allowed.
    pub fn reserve(&self, account: &str, client: Option<IpAddr>) -> Result<Attempt<'_>, Duration> {
        let mut windows = self.windows.lock().expect("limiter lock");
        let now = Instant::now();
        if windows.len() > 100_000 {
            windows.retain(|_, w| w.in_flight > 0 || now.duration_since(w.since) < self.window);
        }
        if windows.len() > 100_000 {
            // Still full (many addresses, many emails): keep only what blocks or is in flight.
            let (per_account, per_client) = (self.per_account, self.per_client);
            windows.retain(|key, w| {
                w.in_flight > 0
                    || match key {
                        Key::Account(_) => w.failures >= per_account,
                        Key::Client(_) => w.failures >= per_client,
                    }
            });
        }
        let keys = Self::keys(account, client);
        let mut longest = None;
        for key in &keys {
            if let Some(w) = windows.get_mut(key) {
                if w.in_flight == 0 && now.duration_since(w.since) >= self.window {
                    *w = Window::new(now);
                }
                if let Some(wait) = self.wait(key, w, now) {
                    longest = longest.max(Some(wait));
                }
            }
        }
        if let Some(wait) = longest {
            return Err(wait);
        }
        for key in &keys {
            windows
                .entry(key.clone())
                .or_insert_with(|| Window::new(now))
                .in_flight += 1;
        }
        Ok(Attempt {
            limiter: self,
            keys,
            decided: false,
        })
    }

    /// If sign-in is blocked for this account or client now: how long until it is allowed.
    pub fn blocked(&self, account: &str, client: Option<IpAddr>) -> Option<Duration> {
        self.reserve(account, client).err()
    }

    fn settle(&self, keys: &[Key], failed: bool) {
        let mut windows = self.windows.lock().expect("limiter lock");
        let now = Instant::now();
        for key in keys {
            if let Some(w) = windows.get_mut(key) {
                w.in_flight = w.in_flight.saturating_sub(1);
                if failed {
                    w.failures += 1;
                    w.last_failure = now;
                }
            }
        }
        if !failed && let Some(account) = keys.first() {
            // A success clears the account's failures (not the client's).
            if windows.get(account).is_some_and(|w| w.in_flight == 0) {
                windows.remove(account);
            } else if let Some(w) = windows.get_mut(account) {
                w.failures = 0;
            }
        }
    }
}

impl Attempt<'_> {
    /// The password was wrong (or the account unknown): the reservation stays as a failure.
    pub fn failed(mut self) {
        self.decided = true;
        self.limiter.settle(&self.keys, true);
    }

    /// The password was right: the account's failures are forgiven.
    pub fn succeeded(mut self) {
        self.decided = true;
        self.limiter.settle(&self.keys, false);
    }
}

impl Drop for Attempt<'_> {
    fn drop(&mut self) {
        if !self.decided {
            let mut windows = self.limiter.windows.lock().expect("limiter lock");
            for key in &self.keys {
                if let Some(w) = windows.get_mut(key) {
                    w.in_flight = w.in_flight.saturating_sub(1);
                }
            }
        }
    }
}

/// Caps how many password checks run at once: each holds ~19 MiB (argon2's memory) and a
/// blocking thread. Twice the processors; a sign-in waits briefly for a free slot, and is
/// refused (429) if none frees up.
#[derive(Debug)]
pub struct Checks(Arc<tokio::sync::Semaphore>);

impl Default for Checks {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Checks(Arc::new(tokio::sync::Semaphore::new(2 * cores)))
    }
}

impl Checks {
    /// How long a sign-in waits for a free slot.
    pub const WAIT: Duration = Duration::from_secs(2);

    /// Checks `password` against `hash` on the blocking pool once a slot is free; `None` when
    /// every slot stayed busy for [`Checks::WAIT`].
    pub async fn verify(&self, hash: String, password: String) -> Option<bool> {
        let permit = tokio::time::timeout(Self::WAIT, self.0.clone().acquire_owned())
            .await
            .ok()?
            .ok()?;
        let matches = tokio::task::spawn_blocking(move || {
            let matches = verify_password(&hash, &password);
            drop(permit);
            matches
        })
        .await
        .unwrap_or(false);
        Some(matches)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("correct horse battery staple").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains("correct horse"));
        assert!(verify_password(&hash, "correct horse battery staple"));
        assert!(!verify_password(&hash, "correct horse battery stapler"));
        assert!(!verify_password("not a hash", "x"));
        assert_ne!(
            hash,
            hash_password("correct horse battery staple").unwrap(),
            "salted"
        );
    }

    #[test]
    fn the_limiter_blocks_an_account_and_a_client_separately() {
        let limiter = Limiter {
            per_account: 2,
            per_client: 3,
            ..Limiter::default()
        };
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        let other: IpAddr = "192.0.2.8".parse().unwrap();
        limiter.reserve("A@example.org", Some(ip)).unwrap().failed();
        assert!(limiter.blocked("a@example.org", Some(ip)).is_none());
        limiter.reserve("a@example.org", Some(ip)).unwrap().failed();
        assert!(
            limiter.blocked("a@example.org", Some(other)).is_some(),
            "account"
        );
        assert!(limiter.blocked("b@example.org", Some(other)).is_none());
        limiter.reserve("b@example.org", Some(ip)).unwrap().failed();
        assert!(
            limiter.blocked("c@example.org", Some(ip)).is_some(),
            "client"
        );
        assert!(limiter.blocked("c@example.org", Some(other)).is_none());
    }

    #[test]
    fn attempts_in_flight_count_before_their_password_is_checked() {
        let limiter = Limiter {
            per_account: 3,
            per_client: 100,
            ..Limiter::default()
        };
        let held: Vec<_> = (0..3)
            .map(|_| limiter.reserve("a@example.org", None).unwrap())
            .collect();
        assert!(limiter.reserve("a@example.org", None).is_err(), "full");
        drop(held);
        let first = limiter.reserve("a@example.org", None).unwrap();
        first.succeeded();
        assert!(limiter.blocked("a@example.org", None).is_none());
    }

    #[test]
    fn an_account_waits_longer_after_each_failure_past_the_limit() {
        let limiter = Limiter {
            per_account: 1,
            account_delay: Duration::from_secs(60),
            ..Limiter::default()
        };
        limiter.reserve("a@example.org", None).unwrap().failed();
        let first = limiter.blocked("a@example.org", None).unwrap();
        assert!(first <= Duration::from_secs(60) && first > Duration::from_secs(50));
        // Past the delay, one more failure doubles it.
        {
            let mut w = limiter.windows.lock().unwrap();
            let win = w.get_mut(&Key::Account("a@example.org".into())).unwrap();
            win.last_failure -= Duration::from_secs(61);
        }
        limiter.reserve("a@example.org", None).unwrap().failed();
        let second = limiter.blocked("a@example.org", None).unwrap();
        assert!(second > Duration::from_secs(110), "{second:?}");
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "ab"));
    }
}
