//! The "report a problem" queue: residents' reports waiting for a person, with the listing
//! each concerns; resolving or dismissing one (with a note) is audited. An editor sees the
//! reports about their organizations' services; an admin sees them all.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use jiff::Timestamp;
use vecino_core::{AuditEntry, Id, ProblemReport, Role, Service, StaffUser};
use vecino_store::ReportOutcome;

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

/// The reports `user` may handle, oldest first.
pub async fn waiting(state: &AppState, user: &StaffUser) -> vecino_store::Result<Vec<Waiting>> {
    if matches!(user.role, Role::Translator { .. }) {
        return Ok(Vec::new());
    }
    let reports = state.store.new_reports().await?;
    let ids: Vec<Id> = reports.iter().map(|r| r.record_id).collect();
    let services = state.store.services_in(&ids).await?;
    Ok(reports
        .into_iter()
        .map(|report| Waiting {
            service: services.iter().find(|s| s.id == report.record_id).cloned(),
            report,
        })
        .filter(|w| match &w.service {
            Some(s) => user.may_edit_organization(s.organization_id),
            // A report about a listing that is gone: only an admin can close it.
            None => user.is_admin(),
        })
        .collect())
}

struct Row {
    id: Id,
    kind: String,
    details: String,
    contact: Option<String>,
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
}

/// `GET /admin/{lang}/reports`.
pub async fn list(State(state): State<AppState>, req: AdminReq) -> Response {
    let session = match req.require(&state).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if matches!(session.user.role, Role::Translator { .. }) {
        return error_page(&req.c, StatusCode::FORBIDDEN, "forbidden");
    }
    let items = match waiting(&state, &session.user).await {
        Ok(w) => w,
        Err(e) => return req.failure(e),
    };
    let c = &req.c;
    let rows = items
        .into_iter()
        .map(|w| Row {
            id: w.report.id,
            kind: c.t(&format!("report-kind-{}", w.report.kind.slug())),
            details: w.report.details,
            contact: w.report.contact,
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

/// Resolves or dismisses report `id` as `user`, then audits it with the note.
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
    let now = Timestamp::now();
    let note = note.trim();
    state
        .store
        .handle_report(id, outcome, user.email.as_str(), Some(note), now)
        .await
        .map_err(HandleError::Store)?;
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
    state
        .store
        .audit_change(
            &AuditEntry {
                at: now,
                actor: user.email.to_string(),
                action: verb.to_owned(),
                record_id: Some(id),
            },
            &summary,
        )
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
