//! The "due for checking" queue, `/admin/{lang}/due`: listings and guides past their review
//! interval or never checked, in the risk order of `vecino_app::freshness`, a page at a time,
//! with one-click "Still correct" (a person's check of a listing, as on the home page, or of a
//! guide's text or one changing fact, also on the guide's page), "Changed" (the edit form) and, for an admin, "Keep in search" for an expired listing. Handlers only: the rules
//! are `vecino_app::freshness`. Never writes anything on a GET.

use askama::Template;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use vecino_app::freshness::{Due, DuePage, DueRecord};
use vecino_core::{Freshness, Id, Slug};

use super::edit::Via;
use super::extract::{BearerUser, IdPath, Moderator, StaffForm, StaffSession};
use super::{error_page, page};
use crate::params::Params;
use crate::web::ctx::{Ctx, Txt};
use crate::web::paging::{Pager, page_number};
use crate::web::view::redirect;
use crate::{ApiError, AppState};

/// One row as the page shows it.
struct Row {
    anchor: String,
    title: Txt,
    /// The changing fact of a guide this row is about.
    fact: Option<String>,
    state: String,
    /// "Last checked 2026-01-02 · due 2026-04-02", or "never checked".
    checked: String,
    topic: Option<String>,
    high_risk: bool,
    /// The edit form ("Changed").
    edit: String,
    /// `POST` here for "Still correct", with the changing fact it is about.
    still_correct: Option<(String, Option<String>)>,
    /// An admin's keep form for an expired listing: the address and whether it is kept now.
    keep: Option<(String, bool)>,
}

#[derive(Template)]
#[template(path = "admin/due.html")]
struct DueList<'a> {
    c: &'a Ctx,
    title: String,
    csrf: String,
    rows: Vec<Row>,
    total: usize,
    page_of: Option<String>,
    prev: Option<String>,
    next: Option<String>,
}

/// Where a record stands, and "Last checked 2026-01-02 · due 2026-04-02" (or "never").
pub(super) fn state_and_checked(c: &Ctx, freshness: Freshness) -> (String, String) {
    let state = c.t(&format!("admin-due-state-{}", freshness.slug()));
    let checked = match freshness {
        Freshness::NeverChecked => c.t("admin-due-never-checked"),
        Freshness::Current { checked, due: by }
        | Freshness::Overdue { checked, due: by }
        | Freshness::Expired { checked, due: by } => c.t2(
            "admin-due-checked",
            "checked",
            &checked.to_string(),
            "due",
            &by.to_string(),
        ),
    };
    (state, checked)
}

fn row(c: &Ctx, admin: bool, due: Due) -> Row {
    let (state, checked) = state_and_checked(c, due.freshness);
    let expired = matches!(due.freshness, Freshness::Expired { .. });
    let topic = due.topic.map(|t| c.t(&format!("topic-{}", t.slug())));
    match due.record {
        DueRecord::Service { id, name, kept, .. } => Row {
            anchor: format!("service-{id}"),
            title: c.text(&name),
            fact: None,
            state,
            checked,
            topic,
            high_risk: due.high_risk,
            edit: c.href(&format!("/services/{id}")),
            still_correct: Some((c.href(&format!("/services/{id}/still-correct")), None)),
            keep: (admin && (expired || kept))
                .then(|| (c.href(&format!("/services/{id}/keep")), kept)),
        },
        DueRecord::Guide { id, title, fact } => Row {
            anchor: format!(
                "guide-{id}{}",
                fact.as_ref().map(|f| format!("-{f}")).unwrap_or_default()
            ),
            title: c.text(&title),
            fact: fact
                .as_ref()
                .map(|f| c.t1("admin-due-fact", "fact", f.as_str())),
            state,
            checked,
            topic,
            high_risk: due.high_risk,
            edit: c.href(&format!("/guides/{id}")),
            still_correct: Some((
                c.href(&format!("/guides/{id}/still-correct")),
                fact.map(|f| f.as_str().to_owned()),
            )),
            keep: None,
        },
    }
}

impl<'a> DueList<'a> {
    fn new(c: &'a Ctx, csrf: String, admin: bool, found: DuePage) -> Self {
        let pager = Pager::new(
            found.page as u64,
            found.per_page as u64,
            found.total as u64,
            |n| c.href(&format!("/due?page={n}")),
        );
        DueList {
            c,
            title: c.t("admin-due"),
            csrf,
            total: found.total,
            rows: found.items.into_iter().map(|d| row(c, admin, d)).collect(),
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
        }
    }
}

/// Today, in UTC: the day the queue is computed for.
fn today() -> jiff::civil::Date {
    jiff::tz::Offset::UTC
        .to_datetime(jiff::Timestamp::now())
        .date()
}

/// `GET /admin/{lang}/due`.
pub async fn list(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    StaffSession { req, session, .. }: StaffSession<Moderator>,
) -> Response {
    let number = page_number(query.as_deref()) as usize;
    match state.due_page(&session.user, today(), number).await {
        Ok(found) => {
            let c = &req.c;
            let admin = session.user.is_admin();
            page(
                c,
                StatusCode::OK,
                &DueList::new(c, session.csrf, admin, found),
            )
        }
        Err(e) => req.failure(e),
    }
}

/// `POST /admin/{lang}/services/{id}/still-correct`: a person's check, back to the queue.
pub async fn still_correct(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    StaffForm { req, session, .. }: StaffForm,
) -> Response {
    let Ok(id) = Id::parse(&id) else {
        return error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    };
    match state.still_correct(&session.user, Via::Session, id).await {
        Ok(_) => redirect(&req.c.href("/due")),
        Err(e) => req.failure(e),
    }
}

/// `POST /admin/{lang}/guides/{id}/still-correct`: a person checked the guide's text, or the
/// changing fact `fact`, against its sources today; back to the queue, or to the guide's page
/// with `back=guide`.
pub async fn guide_still_correct(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    StaffForm {
        req, session, form, ..
    }: StaffForm,
) -> Response {
    let Ok(id) = Id::parse(&id) else {
        return error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    };
    let fact = match form.get("fact") {
        "" => None,
        f => match Slug::parse(f) {
            Ok(f) => Some(f),
            Err(_) => return error_page(&req.c, StatusCode::NOT_FOUND, "not-found"),
        },
    };
    match state
        .check_guide(&session.user, Via::Session, id, fact.as_ref())
        .await
    {
        Ok(_) if form.get("back") == "guide" => {
            redirect(&req.c.href(&format!("/guides/{id}?checked")))
        }
        Ok(_) => redirect(&req.c.href("/due")),
        Err(e) => req.failure(e),
    }
}

/// `POST /admin/api/guides/{id}/checked`'s parameter.
#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CheckedQuery {
    /// The changing fact (its id) a person checked; without it, the guide's own text.
    #[param(max_length = 100)]
    fact: Option<String>,
}

/// `POST /admin/api/guides/{id}/checked[?fact=…]`: "still correct" for a guide's text or one
/// of its changing facts, from automation with a bearer token; the same use-case, rules and
/// audit as the queue's button. Answers the guide's review date and each fact's check.
pub async fn api_guide_checked(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    BearerUser { user }: BearerUser,
    Params(CheckedQuery { fact }): Params<CheckedQuery>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let not_found = || ApiError::not_found("not-found");
    let id = Id::parse(&id).map_err(|_| not_found())?;
    let fact = fact
        .as_deref()
        .map(|f| Slug::parse(f).map_err(|_| ApiError::invalid_parameter("fact", f)))
        .transpose()?;
    match state
        .check_guide(&user, Via::Token, id, fact.as_ref())
        .await
    {
        Ok(guide) => Ok(Json(serde_json::json!({
            "id": guide.id,
            "reviewed_at": guide.reviewed_at,
            "changing_facts": guide
                .changing_facts
                .iter()
                .map(|f| serde_json::json!({ "id": f.id, "checked": f.checked }))
                .collect::<Vec<_>>(),
        }))),
        Err(vecino_app::Error::NotFound) => Err(not_found()),
        Err(e) => Err(e.into()),
    }
}

/// `POST /admin/{lang}/services/{id}/keep` with `keep=yes` or `keep=no` (admins only).
pub async fn keep(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    StaffForm {
        req, session, form, ..
    }: StaffForm,
) -> Response {
    let Ok(id) = Id::parse(&id) else {
        return error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    };
    let keep = match form.get("keep") {
        "yes" => true,
        "no" => false,
        _ => return error_page(&req.c, StatusCode::UNPROCESSABLE_ENTITY, "invalid-record"),
    };
    match state
        .keep_in_search(&session.user, Via::Session, id, keep)
        .await
    {
        Ok(_) => redirect(&req.c.href("/due")),
        Err(e) => req.failure(e),
    }
}
