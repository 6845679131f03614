//! One `Settings` struct: defaults that work with no file, overridden by `VECINO_*`
//! environment variables (and by command-line flags, which clap reads from the same names).

use std::net::SocketAddr;
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
}

impl Settings {
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

    /// The site's public address (`https://vecino.example.org`), used in QR codes. Unset: the
    /// address the browser asked for.
    #[arg(long, env = "VECINO_PUBLIC_URL")]
    pub public_url: Option<String>,

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
