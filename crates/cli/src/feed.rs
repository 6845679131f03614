//! `vecino import https://…/hsds/`: pulls a live HSDS 3.x API page by page (GET only, over
//! rustls, with a timeout) and hands the pages to the same HSDS 3 reader as a file.
//!
//! It must never write (the store's import path does, in one transaction), never send
//! anything to the source but GETs of its public API, and never log record contents.

use std::time::Duration;

use anyhow::{Context, bail};
use serde_json::Value;
use vecino_core::Timestamp;

/// How long one page may take before the pull gives up (nothing is written then).
const TIMEOUT: Duration = Duration::from_secs(60);

/// Whether `path` names a live feed rather than a file.
pub fn is_feed(path: &str) -> bool {
    path.starts_with("http://") || path.starts_with("https://")
}

/// The feed's base, ending in `/` so that `services` and `organizations` join under it.
pub fn base(url: &str) -> anyhow::Result<url::Url> {
    let mut base = url::Url::parse(url).with_context(|| format!("{url} is not a web address"))?;
    if !base.path().ends_with('/') {
        let path = format!("{}/", base.path());
        base.set_path(&path);
    }
    base.set_query(None);
    Ok(base)
}

/// What a pull brought back: HSDS 3 records, as the API listed them.
pub struct Pulled {
    pub records: Vec<Value>,
    pub pages: u64,
}

/// Pulls every organization with its services in full, or, with `since`, only the services
/// written after it (each with its organization), `per_page` at a time, following
/// `total_pages`.
pub async fn pull(
    base: &url::Url,
    since: Option<Timestamp>,
    per_page: u64,
) -> anyhow::Result<Pulled> {
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .user_agent(concat!("vecino-import/", env!("CARGO_PKG_VERSION")))
        .build()
        .context("starting the HTTP client")?;
    let mut records = Vec::new();
    let mut page = 1u64;
    loop {
        let mut url = match since {
            None => base.join("organizations")?,
            Some(_) => base.join("services")?,
        };
        {
            let mut query = url.query_pairs_mut();
            query.append_pair("page", &page.to_string());
            query.append_pair("per_page", &per_page.to_string());
            match since {
                None => {
                    query.append_pair("full_service", "true");
                }
                Some(at) => {
                    query.append_pair("full", "true");
                    query.append_pair("modified_after", &at.to_string());
                }
            }
        }
        let response = client
            .get(url.clone())
            .header(reqwest::header::ACCEPT, "application/json")
            .send()
            .await
            .with_context(|| format!("cannot reach {url} (nothing was written)"))?;
        let status = response.status();
        if !status.is_success() {
            bail!("{url} answered {status} (nothing was written)");
        }
        let body: Value = response.json().await.with_context(|| {
            format!("{url} did not answer an HSDS page of JSON (nothing was written)")
        })?;
        let Some(contents) = body.get("contents").and_then(Value::as_array) else {
            bail!("{url} did not answer an HSDS page: no \"contents\" (nothing was written)");
        };
        let total_pages = body
            .get("total_pages")
            .and_then(Value::as_u64)
            .unwrap_or(1)
            .max(1);
        eprintln!("Read page {page} of {total_pages} from {base}");
        let empty = contents.is_empty();
        records.extend(contents.iter().cloned());
        if page >= total_pages || empty {
            return Ok(Pulled {
                records,
                pages: page,
            });
        }
        page += 1;
    }
}
