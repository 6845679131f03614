//! The "report a problem" queue's rules: which waiting reports a staff member sees (an editor,
//! those about their organizations' services; an admin, all), and resolving or dismissing one
//! with a note, audited in the same transaction. It never shows the reported organization how
//! to reach the resident who reported, and never loads the queue whole (paged in SQL).

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use vecino_core::{Id, ProblemReport, Role, Service, StaffUser};
use vecino_store::{AuditNote, Page, Paged, ReportOutcome, ReportScope};

use crate::{App, Error};

/// How many reports residents may send per client address and hour, by default.
pub const REPORTS_PER_HOUR: u32 = 5;

/// How many reports each client address may send per hour. In memory only.
#[derive(Debug)]
pub struct ReportThrottle {
    per_hour: u32,
    counts: Mutex<HashMap<IpAddr, (u32, Instant)>>,
}

const HOUR: Duration = Duration::from_secs(3600);
/// Addresses remembered at most; past it (a flood from very many addresses) reports wait.
const MAX_CLIENTS: usize = 100_000;

impl ReportThrottle {
    pub fn new(per_hour: u32) -> ReportThrottle {
        ReportThrottle {
            per_hour,
            counts: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a report from `client` if it is under the limit; `false` when it must wait.
    pub fn take(&self, client: IpAddr) -> bool {
        // An IPv6 client usually holds a whole /64: count the network, not each address.
        let key = match client {
            IpAddr::V6(v6) if v6.to_ipv4_mapped().is_none() => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
            IpAddr::V6(v6) => IpAddr::V4(v6.to_ipv4_mapped().expect("mapped")),
            v4 => v4,
        };
        let now = Instant::now();
        let mut counts = self.counts.lock().expect("throttle lock");
        if counts.len() >= MAX_CLIENTS {
            counts.retain(|_, (_, since)| now.duration_since(*since) < HOUR);
            if counts.len() >= MAX_CLIENTS && !counts.contains_key(&key) {
                return false;
            }
        }
        let entry = counts.entry(key).or_insert((0, now));
        if now.duration_since(entry.1) >= HOUR {
            *entry = (0, now);
        }
        if entry.0 >= self.per_hour {
            return false;
        }
        entry.0 += 1;
        true
    }
}

/// A waiting report and the service it is about (`None` if that was deleted since).
pub struct Waiting {
    pub report: ProblemReport,
    pub service: Option<Service>,
}

/// Reports on one page of the queue.
pub const PER_PAGE: u64 = 50;
/// The longest note a staff member may leave on a handled report, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

impl App {
    /// The page `page` of the reports `user` may handle, oldest first, with how many there are.
    pub async fn waiting_reports(
        &self,
        user: &StaffUser,
        page: Page,
    ) -> Result<Paged<Waiting>, Error> {
        let scope = match &user.role {
            Role::Admin => ReportScope::All,
            Role::Editor { organizations } => ReportScope::Organizations(organizations),
            Role::Translator { .. } => {
                return Ok(Paged {
                    items: Vec::new(),
                    total: 0,
                    page,
                });
            }
        };
        let reports = self.store.waiting_reports(scope, page).await?;
        let mut ids: Vec<Id> = reports.items.iter().map(|r| r.record_id).collect();
        ids.sort_unstable_by_key(|id| id.to_string());
        ids.dedup();
        let services = self.store.services_in(&ids).await?;
        Ok(Paged {
            items: reports
                .items
                .into_iter()
                .map(|report| Waiting {
                    service: services.iter().find(|s| s.id == report.record_id).cloned(),
                    report,
                })
                .collect(),
            total: reports.total,
            page: reports.page,
        })
    }

    /// Queues a resident's problem report for a person to check (outside the change feed).
    pub async fn submit_report(&self, report: &ProblemReport) -> Result<(), Error> {
        Ok(self.store.add_report(report).await?)
    }

    /// How many reports wait for `user`.
    pub async fn waiting_report_count(&self, user: &StaffUser) -> Result<u64, Error> {
        Ok(self.waiting_reports(user, Page::new(1, 1)).await?.total)
    }

    /// Resolves or dismisses report `id` as `user` (`outcome` is `resolved` or `dismissed`),
    /// with its audit row in the same transaction. Only those who may edit the reported
    /// service's organization may (an admin, for a service deleted since); never a translator.
    pub async fn handle_report(
        &self,
        user: &StaffUser,
        id: Id,
        outcome: &str,
        note: &str,
    ) -> Result<(), Error> {
        let outcome = match outcome {
            "resolved" => ReportOutcome::Resolved,
            "dismissed" => ReportOutcome::Dismissed,
            other => return Err(Error::parameter("outcome", other)),
        };
        if note.chars().count() > MAX_NOTE_CHARS {
            return Err(Error::Invalid(vecino_core::Error::invalid(
                vecino_core::ErrorKind::TooLong,
                "note",
                format!("at most {MAX_NOTE_CHARS} characters"),
            )));
        }
        let report = self.store.report(id).await?.ok_or(Error::NotFound)?;
        let service = self.store.service(report.record_id).await?;
        let allowed = match &service {
            Some(s) => user.may_edit_organization(s.organization_id),
            None => user.is_admin(),
        };
        if !allowed || matches!(user.role, Role::Translator { .. }) {
            return Err(Error::Forbidden);
        }
        let note = note.trim();
        let verb = match outcome {
            ReportOutcome::Resolved => "resolve-report",
            ReportOutcome::Dismissed => "dismiss-report",
        };
        let summary = format!(
            "{} {}: {}{}",
            report.kind.slug(),
            report.record_id,
            report.details.chars().take(80).collect::<String>(),
            if note.is_empty() {
                String::new()
            } else {
                format!(" — note: {note}")
            }
        );
        let audit = AuditNote::new(user.email.to_string(), Timestamp::now())
            .action(verb)
            .summary(summary);
        self.store
            .handle_report_audited(id, outcome, Some(note), &audit)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_address_and_each_ipv6_network_gets_its_own_allowance() {
        let throttle = ReportThrottle::new(2);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        assert!(throttle.take(a) && throttle.take(a));
        assert!(!throttle.take(a), "a third within the hour");
        assert!(throttle.take(b), "another address");
        let v6: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let same_net: IpAddr = "2001:db8:1:2::ffff".parse().unwrap();
        assert!(throttle.take(v6) && throttle.take(same_net));
        assert!(
            !throttle.take("2001:db8:1:2:3::9".parse().unwrap()),
            "one /64"
        );
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap();
        assert!(!throttle.take(mapped), "the same IPv4 client");
    }
}
