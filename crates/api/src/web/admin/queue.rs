//! The "report a problem" queue: residents' reports waiting for a person, with the listing
//! each concerns, a page at a time; resolving or dismissing one (with a note) is audited. An
//! editor sees the reports about their organizations' services; an admin sees them all. Only
//! an admin sees how to reach the resident who reported: never the reported organization.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use jiff::Timestamp;
use vecino_core::{Id, ProblemReport, Role, Service, StaffUser};
use vecino_store::{AuditNote, Page, Paged, ReportOutcome, ReportScope};

use super::forms::Posted;
use super::{AdminReq, error_page, fields, page};
use crate::AppState;
use crate::web::ctx::{Ctx, Txt};
use crate::web::view::redirect;

/// A waiting report and the service it is about (`None` if that was deleted since).
pub struct Waiting {
    pub report: ProblemReport,
    pub service: Option<Service>,
}

/// Reports on one page of the queue.
pub const PER_PAGE: u64 = 50;

/// The page `page` of the reports `user` may handle, oldest first, with how many there are.
/// Paged in SQL: the queue is never loaded whole.
pub async fn waiting(
    state: &AppState,
    user: &StaffUser,
    page: Page,
) -> vecino_store::Result<Paged<Waiting>> {
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
    let reports = state.store.waiting_reports(scope, page).await?;
    let mut ids: Vec<Id> = reports.items.iter().map(|r| r.record_id).collect();
    ids.sort_unstable_by_key(|id| id.to_string());
    ids.dedup();
    let services = state.store.services_in(&ids).await?;
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

/// How many reports wait for `user`.
pub async fn waiting_count(state: &AppState, user: &StaffUser) -> vecino_store::Result<u64> {
    Ok(waiting(state, user, Page::new(1, 1)).await?.total)
}

/// The `page` query parameter (1 when absent or not a number).
pub fn page_param(query: Option<&str>, per_page: u64) -> Page {
    let page = query
        .map(|q| form_urlencoded::parse(q.as_bytes()))
        .and_then(|mut pairs| pairs.find(|(k, _)| k == "page"))
        .and_then(|(_, v)| v.parse::<u64>().ok())
        .unwrap_or(1)
        .min(1_000_000);
    Page::new(page, per_page)
}

struct Row {
    id: Id,
    kind: String,
    details: String,
    contact: Option<String>,
    /// The resident left a contact that only an admin may see.
    contact_hidden: bool,
    locale: String,
    when: String,
    listing: Option<Txt>,
    public: Option<String>,
    edit: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/reports.html")]
struct ReportsPage<'a> {
    c: &'a Ctx,
    title: String,
    csrf: String,
    rows: Vec<Row>,
    /// "Page 2 of 800", when there is more than one.
    page_of: Option<String>,
    prev: Option<String>,
    next: Option<String>,
    total: u64,
}

/// `GET /admin/{lang}/reports`.
pub async fn list(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    req: AdminReq,
) -> Response {
    let session = match req.require(&state).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if matches!(session.user.role, Role::Translator { .. }) {
        return error_page(&req.c, StatusCode::FORBIDDEN, "forbidden");
    }
    let wanted = page_param(query.as_deref(), PER_PAGE);
    let found = match waiting(&state, &session.user, wanted).await {
        Ok(w) => w,
        Err(e) => return req.failure(e),
    };
    let c = &req.c;
    let admin = session.user.is_admin();
    let pages = found.total.div_ceil(PER_PAGE).max(1);
    let at = found.page.page;
    let total = found.total;
    let rows = found
        .items
        .into_iter()
        .map(|w| Row {
            id: w.report.id,
            kind: c.t(&format!("report-kind-{}", w.report.kind.slug())),
            details: w.report.details,
            // A resident's contact is for the moderators (admins) only, never for the
            // organization the report is about.
            contact_hidden: !admin && w.report.contact.is_some(),
            contact: w.report.contact.filter(|_| admin),
            locale: c.language_name(w.report.locale.as_str()),
            when: w
                .report
                .created_at
                .strftime("%Y-%m-%d %H:%M UTC")
                .to_string(),
            listing: w.service.as_ref().map(|s| c.text(&s.name)),
            public: w
                .service
                .as_ref()
                .map(|s| format!("/{}/services/{}", c.tag, s.slug)),
            edit: w
                .service
                .as_ref()
                .map(|s| c.href(&format!("/services/{}", s.id))),
        })
        .collect();
    page(
        c,
        StatusCode::OK,
        &ReportsPage {
            c,
            title: c.t("admin-reports"),
            csrf: session.csrf,
            rows,
            page_of: (pages > 1).then(|| {
                c.t2(
                    "admin-tr-page-of",
                    "page",
                    &at.to_string(),
                    "pages",
                    &pages.to_string(),
                )
            }),
            prev: (at > 1).then(|| c.href(&format!("/reports?page={}", (at - 1).min(pages)))),
            next: (at < pages).then(|| c.href(&format!("/reports?page={}", at + 1))),
            total,
        },
    )
}

/// Why handling a report was refused.
pub enum HandleError {
    NotFound,
    Forbidden,
    Invalid,
    Store(vecino_store::Error),
}

/// Resolves or dismisses report `id` as `user`, with its audit row in the same transaction.
pub async fn handle(
    state: &AppState,
    user: &StaffUser,
    id: Id,
    outcome: &str,
    note: &str,
) -> Result<(), HandleError> {
    let outcome = match outcome {
        "resolved" => ReportOutcome::Resolved,
        "dismissed" => ReportOutcome::Dismissed,
        _ => return Err(HandleError::Invalid),
    };
    if note.chars().count() > 2000 {
        return Err(HandleError::Invalid);
    }
    let report = state
        .store
        .report(id)
        .await
        .map_err(HandleError::Store)?
        .ok_or(HandleError::NotFound)?;
    let service = state
        .store
        .service(report.record_id)
        .await
        .map_err(HandleError::Store)?;
    let allowed = match &service {
        Some(s) => user.may_edit_organization(s.organization_id),
        None => user.is_admin(),
    };
    if !allowed || matches!(user.role, Role::Translator { .. }) {
        return Err(HandleError::Forbidden);
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
    state
        .store
        .handle_report_audited(id, outcome, Some(note), &audit)
        .await
        .map_err(HandleError::Store)
}

/// `POST /admin/{lang}/reports/{id}`: `outcome` is `resolved` or `dismissed`, `note` optional.
pub async fn decide(
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    req: AdminReq,
    body: Bytes,
) -> Response {
    let posted = Posted(fields(&body));
    let session = match req.require_form(&state, &posted.0).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let Ok(id) = Id::parse(&id) else {
        return error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    };
    match handle(
        &state,
        &session.user,
        id,
        posted.get("outcome"),
        posted.get("note"),
    )
    .await
    {
        Ok(()) => redirect(&req.c.href("/reports")),
        Err(HandleError::NotFound) => error_page(&req.c, StatusCode::NOT_FOUND, "not-found"),
        Err(HandleError::Forbidden) => error_page(&req.c, StatusCode::FORBIDDEN, "forbidden"),
        Err(HandleError::Invalid) => {
            error_page(&req.c, StatusCode::UNPROCESSABLE_ENTITY, "invalid-record")
        }
        Err(HandleError::Store(vecino_store::Error::Conflict(_))) => {
            error_page(&req.c, StatusCode::CONFLICT, "conflict")
        }
        Err(HandleError::Store(e)) => req.failure(e),
    }
}
