//! One `Settings` struct: defaults that work with no file, overridden by `VECINO_*`
//! environment variables (and by command-line flags, which clap reads from the same names).

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Where Vecino keeps its files (the SQLite database, the search index, offline bundles
    /// and their signing keys). Created on first run.
    #[arg(long, env = "VECINO_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,

    /// Database URL: `postgres://user@host/db` for PostgreSQL. Unset: SQLite in the data
    /// directory.
    #[arg(
        long,
        env = "VECINO_DATABASE_URL",
        global = true,
        hide_env_values = true
    )]
    pub database_url: Option<String>,

    /// Days within which a listing or guide is checked again, when neither it nor its topics
    /// say otherwise. One topic's interval: `VECINO_REVIEW_DAYS_<TOPIC>` (the topic's slug in
    /// capitals, `-` as `_`: `VECINO_REVIEW_DAYS_LEGAL_AID=60`); legal topics default to 90.
    #[arg(long, env = "VECINO_REVIEW_DAYS", default_value_t = vecino_core::DEFAULT_REVIEW_DAYS, value_parser = clap::value_parser!(u16).range(1..=3650), global = true)]
    pub review_days: u16,
}

/// The environment variable that sets `topic`'s review interval.
pub fn review_days_var(topic: vecino_core::Topic) -> String {
    format!(
        "VECINO_REVIEW_DAYS_{}",
        topic.slug().to_ascii_uppercase().replace('-', "_")
    )
}

impl Settings {
    /// The review policy: [`vecino_core::ReviewPolicy::default`]'s per-topic intervals, the
    /// default from `VECINO_REVIEW_DAYS`, each topic's from `VECINO_REVIEW_DAYS_<TOPIC>`.
    pub fn review_policy(&self) -> anyhow::Result<vecino_core::ReviewPolicy> {
        self.review_policy_from(|name| std::env::var(name).ok())
    }

    fn review_policy_from(
        &self,
        var: impl Fn(&str) -> Option<String>,
    ) -> anyhow::Result<vecino_core::ReviewPolicy> {
        let mut policy = vecino_core::ReviewPolicy {
            default_days: self.review_days,
            ..Default::default()
        };
        for topic in vecino_core::Topic::ALL {
            let name = review_days_var(*topic);
            if let Some(raw) = var(&name) {
                let days: u16 = raw
                    .trim()
                    .parse()
                    .ok()
                    .filter(|d| (1..=3650).contains(d))
                    .ok_or_else(|| {
                        anyhow::anyhow!("{name} must be a number of days from 1 to 3650")
                    })?;
                policy.per_topic.insert(*topic, days);
            }
        }
        Ok(policy)
    }

    /// Where the search index is kept: derived data, rebuilt from the database at will.
    pub fn search_dir(&self) -> PathBuf {
        self.data_dir.join("search")
    }

    /// The database to use, creating the data directory for SQLite if needed.
    pub fn database_url(&self) -> anyhow::Result<String> {
        match &self.database_url {
            Some(url) if !url.trim().is_empty() => Ok(url.clone()),
            _ => {
                std::fs::create_dir_all(&self.data_dir).map_err(|e| {
                    anyhow::anyhow!(
                        "cannot create data directory {}: {e}",
                        self.data_dir.display()
                    )
                })?;
                Ok(format!(
                    "sqlite://{}?mode=rwc",
                    self.data_dir.join("vecino.db").display()
                ))
            }
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct ServeSettings {
    /// Address to listen on. Use 0.0.0.0:8080 to accept connections from other machines.
    #[arg(long, env = "VECINO_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Seconds without a touch before a library kiosk (`/kiosk/…`) warns, then starts over.
    #[arg(long, env = "VECINO_KIOSK_IDLE_SECS", default_value_t = 120, value_parser = clap::value_parser!(u64).range(5..=3600))]
    pub kiosk_idle_secs: u64,

    /// The site's public address (`https://vecino.example.org`), used in QR codes and pocket
    /// cards; https also turns on HSTS. Set it in production. Unset: QR codes hold the page's
    /// path only (the request's `Host` is never trusted), which a phone cannot open alone.
    #[arg(long, env = "VECINO_PUBLIC_URL", value_parser = public_url)]
    pub public_url: Option<String>,

    /// The reverse proxy (or proxies, comma-separated) in front of Vecino. Only when a
    /// connection comes from one of these addresses is the client taken from the last
    /// `X-Forwarded-For` hop, for the sign-in and report limits. Unset: the header is ignored.
    #[arg(long, env = "VECINO_TRUSTED_PROXY", value_delimiter = ',')]
    pub trusted_proxy: Vec<IpAddr>,

    /// Seconds a connection may take to send a request's headers; an idle kept-alive
    /// connection is closed after as long.
    #[arg(long, env = "VECINO_HEADER_TIMEOUT_SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout_secs: u64,

    /// Seconds a whole request may take, body and answer included (then 408).
    #[arg(long, env = "VECINO_REQUEST_TIMEOUT_SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub request_timeout_secs: u64,

    /// Seconds a request body may go silent while it is being sent (then 408).
    #[arg(long, env = "VECINO_BODY_TIMEOUT_SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub body_timeout_secs: u64,

    /// Seconds after which a kept-alive connection is closed (once its current request is
    /// answered).
    #[arg(long, env = "VECINO_CONNECTION_LIFETIME_SECS", default_value_t = 300, value_parser = clap::value_parser!(u64).range(1..=86400))]
    pub connection_lifetime_secs: u64,

    /// Connections served at once; more wait in the operating system's queue.
    #[arg(long, env = "VECINO_MAX_CONNECTIONS", default_value_t = 1024, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_connections: u64,

    /// Problem reports one client address may send per hour (counted in memory only).
    #[arg(long, env = "VECINO_REPORTS_PER_HOUR", default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub reports_per_hour: u32,

    /// Days a handled problem report keeps the resident's contact details; then they are
    /// deleted (checked at start and daily).
    #[arg(long, env = "VECINO_REPORT_CONTACT_RETENTION_DAYS", default_value_t = 30, value_parser = clap::value_parser!(u32).range(0..=3650))]
    pub report_contact_retention_days: u32,

    /// The root public key (hex) the offline app at /offline/ pins to verify bundles. Unset:
    /// this data directory's `bundle-keys/root.pub` (made by the first `vecino bundle
    /// export`). Set it on replicas that publish bundles exported elsewhere.
    #[arg(long, env = "VECINO_BUNDLE_ROOT_KEY", value_parser = root_key)]
    pub bundle_root_key: Option<String>,

    /// When no offline bundle has been published in this data directory yet (a first start),
    /// publish one in the background: region `all`, every shipped language, keys made as
    /// `vecino bundle export` makes them. `false`: only `vecino bundle export` publishes.
    /// Never done with --bundle-root-key (bundles are exported elsewhere).
    #[arg(
        long,
        env = "VECINO_BUNDLE_FIRST_RELEASE",
        default_value_t = true,
        action = clap::ArgAction::Set,
        value_parser = clap::builder::BoolishValueParser::new()
    )]
    pub bundle_first_release: bool,
}

fn root_key(value: &str) -> Result<String, String> {
    vecino_bundle::keys::parse_public(value)
        .map(|key| key.as_bytes().iter().map(|b| format!("{b:02x}")).collect())
        .map_err(|e| e.to_string())
}

fn public_url(value: &str) -> Result<String, String> {
    let value = value.trim();
    match url::Url::parse(value) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {
            Ok(value.trim_end_matches('/').to_owned())
        }
        _ => Err("give the site's address, like https://vecino.example.org".to_owned()),
    }
}

#[cfg(test)]
mod review_tests {
    use super::*;

    fn settings(days: u16) -> Settings {
        Settings {
            data_dir: PathBuf::from("data"),
            database_url: None,
            review_days: days,
        }
    }

    #[test]
    fn a_topic_interval_comes_from_its_own_variable() {
        let env = |name: &str| (name == "VECINO_REVIEW_DAYS_LEGAL_AID").then(|| "60".to_owned());
        let policy = settings(200).review_policy_from(env).unwrap();
        assert_eq!(
            policy.interval_days(&[vecino_core::Topic::LegalAid], None),
            60
        );
        assert_eq!(
            policy.interval_days(&[vecino_core::Topic::Health], None),
            200
        );
        // Another legal topic keeps the legal default.
        assert_eq!(policy.interval_days(&[vecino_core::Topic::Daca], None), 90);
        let bad = |_: &str| Some("soon".to_owned());
        assert!(settings(180).review_policy_from(bad).is_err());
    }
}
