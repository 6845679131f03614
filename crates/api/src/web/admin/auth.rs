//! The secrets of staff sign-in: argon2 password hashes, random tokens stored as SHA-256,
//! constant-time comparison, cookies, and the in-memory limit on failed sign-ins.
//!
//! Nothing here logs a password, a token or a client address.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
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

/// The session cookie's name. Both cookies live under `Path=/admin` only: residents' pages
/// never receive or set them.
pub const SESSION_COOKIE: &str = "vecino_session";
/// The sign-in form's own anti-forgery cookie (before there is a session).
pub const LOGIN_COOKIE: &str = "vecino_login";
/// How long a session lasts.
pub const SESSION_HOURS: i64 = 8;

/// A `Set-Cookie` value: HttpOnly, SameSite=Strict, Path=/admin, and Secure over https.
pub fn cookie(name: &str, value: &str, max_age_secs: i64, secure: bool) -> String {
    format!(
        "{name}={value}; Path=/admin; Max-Age={max_age_secs}; HttpOnly; SameSite=Strict{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The value of cookie `name` in a `Cookie` header.
pub fn read_cookie<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (k, v) = pair.trim().split_once('=')?;
        (k == name).then_some(v)
    })
}

/// Limits failed sign-ins: per account (an email) and per client (an address). Kept in this
/// process's memory only: a restart forgets it, and each replica behind a load balancer counts
/// on its own. Addresses are held only here, never logged or stored.
#[derive(Debug)]
pub struct Limiter {
    windows: Mutex<HashMap<Key, Window>>,
    pub per_account: u32,
    pub per_client: u32,
    pub window: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Account(String),
    Client(IpAddr),
}

#[derive(Debug, Clone, Copy)]
struct Window {
    failures: u32,
    since: Instant,
}

impl Default for Limiter {
    fn default() -> Self {
        Limiter {
            windows: Mutex::new(HashMap::new()),
            per_account: 5,
            per_client: 20,
            window: Duration::from_secs(15 * 60),
        }
    }
}

impl Limiter {
    fn keys(account: &str, client: Option<IpAddr>) -> Vec<(Key, bool)> {
        let mut keys = vec![(Key::Account(account.trim().to_lowercase()), true)];
        if let Some(ip) = client {
            keys.push((Key::Client(ip), false));
        }
        keys
    }

    /// If sign-in is blocked for this account or client: how long until it is allowed again.
    pub fn blocked(&self, account: &str, client: Option<IpAddr>) -> Option<Duration> {
        let windows = self.windows.lock().expect("limiter lock");
        let now = Instant::now();
        Self::keys(account, client)
            .into_iter()
            .filter_map(|(key, is_account)| {
                let w = windows.get(&key)?;
                let limit = if is_account {
                    self.per_account
                } else {
                    self.per_client
                };
                let age = now.duration_since(w.since);
                (w.failures >= limit && age < self.window).then(|| self.window - age)
            })
            .max()
    }

    /// Counts a failed sign-in against the account and the client.
    pub fn failed(&self, account: &str, client: Option<IpAddr>) {
        let mut windows = self.windows.lock().expect("limiter lock");
        let now = Instant::now();
        if windows.len() > 100_000 {
            windows.retain(|_, w| now.duration_since(w.since) < self.window);
        }
        for (key, _) in Self::keys(account, client) {
            let w = windows.entry(key).or_insert(Window {
                failures: 0,
                since: now,
            });
            if now.duration_since(w.since) >= self.window {
                *w = Window {
                    failures: 0,
                    since: now,
                };
            }
            w.failures += 1;
        }
    }

    /// A successful sign-in clears the account's failures (not the client's).
    pub fn succeeded(&self, account: &str) {
        self.windows
            .lock()
            .expect("limiter lock")
            .remove(&Key::Account(account.trim().to_lowercase()));
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
        limiter.failed("A@example.org", Some(ip));
        assert!(limiter.blocked("a@example.org", Some(ip)).is_none());
        limiter.failed("a@example.org", Some(ip));
        assert!(
            limiter.blocked("a@example.org", Some(other)).is_some(),
            "account"
        );
        assert!(limiter.blocked("b@example.org", Some(other)).is_none());
        limiter.failed("b@example.org", Some(ip));
        assert!(
            limiter.blocked("c@example.org", Some(ip)).is_some(),
            "client"
        );
        assert!(limiter.blocked("c@example.org", Some(other)).is_none());
        limiter.succeeded("a@example.org");
        assert!(limiter.blocked("a@example.org", Some(other)).is_none());
    }

    #[test]
    fn cookies_are_read_by_name_and_set_with_every_flag() {
        assert_eq!(
            read_cookie("a=1; vecino_session=xyz; b=2", SESSION_COOKIE),
            Some("xyz")
        );
        assert_eq!(read_cookie("vecino_sessionx=1", SESSION_COOKIE), None);
        let c = cookie(SESSION_COOKIE, "t", 60, true);
        for flag in ["Path=/admin", "HttpOnly", "SameSite=Strict", "Secure"] {
            assert!(c.contains(flag), "{c}");
        }
        assert!(!cookie(SESSION_COOKIE, "t", 60, false).contains("Secure"));
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "ab"));
    }
}
