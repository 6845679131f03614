//! The "report a problem" queue's page, `/admin/{lang}/reports`: residents' reports waiting for
//! a person, with the listing each concerns, a page at a time, and the resolve/dismiss form.
//! The rules (who sees which, what is audited) are `vecino_app::reports`. Only an admin sees
//! how to reach the resident who reported: never the reported organization.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use vecino_app::reports::PER_PAGE;
use vecino_app::reports::Waiting;
use vecino_core::Id;
use vecino_store::{Page, Paged};

use crate::web::paging::{Pager, page_number};

use super::extract::{IdPath, Moderator, StaffForm, StaffSession};
use super::{error_page, page};
use crate::AppState;
use crate::web::ctx::{Ctx, Txt};
use crate::web::view::redirect;

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

impl Row {
    /// A report as a moderator sees it; the resident's contact for an admin only.
    fn new(c: &Ctx, admin: bool, w: Waiting) -> Row {
        Row {
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
        }
    }
}

impl<'a> ReportsPage<'a> {
    fn new(c: &'a Ctx, csrf: String, admin: bool, found: Paged<Waiting>) -> Self {
        let pager = Pager::new(found.page.page, PER_PAGE, found.total, |n| {
            c.href(&format!("/reports?page={n}"))
        });
        ReportsPage {
            c,
            title: c.t("admin-reports"),
            csrf,
            rows: found
                .items
                .into_iter()
                .map(|w| Row::new(c, admin, w))
                .collect(),
            page_of: pager.several().then(|| {
                c.t2(
                    "admin-tr-page-of",
                    "page",
                    &pager.page.to_string(),
                    "pages",
                    &pager.pages.to_string(),
                )
            }),
            prev: pager.previous,
            next: pager.next,
            total: found.total,
        }
    }
}

/// `GET /admin/{lang}/reports`.
pub async fn list(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    StaffSession { req, session, .. }: StaffSession<Moderator>,
) -> Response {
    let wanted = Page::new(page_number(query.as_deref()), PER_PAGE);
    match state.waiting_reports(&session.user, wanted).await {
        Ok(found) => {
            let admin = session.user.is_admin();
            let c = &req.c;
            page(
                c,
                StatusCode::OK,
                &ReportsPage::new(c, session.csrf, admin, found),
            )
        }
        Err(e) => req.failure(e),
    }
}

/// `POST /admin/{lang}/reports/{id}`: `outcome` is `resolved` or `dismissed`, `note` optional.
pub async fn decide(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    staff: StaffForm,
) -> Response {
    let StaffForm {
        req,
        session,
        form: posted,
        ..
    } = staff;
    let Ok(id) = Id::parse(&id) else {
        return error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    };
    let (outcome, note) = (posted.get("outcome"), posted.get("note"));
    match state.handle_report(&session.user, id, outcome, note).await {
        Ok(()) => redirect(&req.c.href("/reports")),
        Err(vecino_app::Error::Parameter { .. }) => {
            error_page(&req.c, StatusCode::UNPROCESSABLE_ENTITY, "invalid-record")
        }
        Err(e) => req.failure(e),
    }
}
