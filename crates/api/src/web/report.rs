//! "Report a problem" with a listing: a plain POST form (no cookies, no script), validated
//! here, queued in the store for a person to check. Bad input comes back with its errors and
//! everything the person typed. Each client address may send a few reports an hour (`vecino_app::reports`, counted in
//! memory only: the address is never logged or stored, and a restart forgets it).

use std::net::IpAddr;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use vecino_core::{EntityKind, Id, LocaleTag, ProblemKind, ProblemReport, Service, Timestamp};

use super::client::client_addr;
use super::ctx::{Ctx, Txt};
use super::pages::load_service;
use super::view::{html, render_app_error, render_error};
use crate::AppState;

/// The client's address, for the report throttle ([`submit`]); never logged or stored.
pub struct Client {
    addr: Option<IpAddr>,
}

impl FromRequestParts<AppState> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Client {
            addr: client_addr(parts, &state.web),
        })
    }
}

/// A radio button of the form: a kind of problem.
pub struct KindChoice {
    pub value: &'static str,
    pub label: String,
    pub checked: bool,
}

/// The report form's state: the values as typed and the error of each field.
pub struct ReportForm {
    pub action: String,
    pub kinds: Vec<KindChoice>,
    pub details: String,
    pub contact: String,
    pub kind_error: Option<String>,
    pub details_error: Option<String>,
    pub contact_error: Option<String>,
    pub has_errors: bool,
}

impl ReportForm {
    /// The form as posted (`body`), with the error of each field, and the kind of problem
    /// when every field is valid (`None`: show the form again).
    pub fn read(ctx: &Ctx, service: &Service, body: &[u8]) -> (ReportForm, Option<ProblemKind>) {
        let fields: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
        let field = |name: &str| {
            fields
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let (kind_raw, details, contact) = (field("kind"), field("details"), field("contact"));
        let mut form = ReportForm::with(ctx, service, &kind_raw, &details, &contact);
        let kind = ProblemKind::parse(&kind_raw).ok();
        if kind.is_none() {
            form.kind_error = Some(ctx.t("report-error-kind"));
        }
        let length = details.trim().chars().count();
        let too_long = |max: usize| ctx.t1("report-error-too-long", "max", &max.to_string());
        if length < ProblemReport::MIN_DETAILS {
            let min = ProblemReport::MIN_DETAILS.to_string();
            form.details_error = Some(ctx.t1("report-error-details", "min", &min));
        } else if length > ProblemReport::MAX_DETAILS {
            form.details_error = Some(too_long(ProblemReport::MAX_DETAILS));
        }
        if contact.chars().count() > ProblemReport::MAX_CONTACT {
            form.contact_error = Some(too_long(ProblemReport::MAX_CONTACT));
        }
        form.has_errors = form.kind_error.is_some()
            || form.details_error.is_some()
            || form.contact_error.is_some();
        let kind = kind.filter(|_| !form.has_errors);
        (form, kind)
    }

    pub fn empty(ctx: &Ctx, service: &Service) -> ReportForm {
        ReportForm::with(ctx, service, "", "", "")
    }

    fn with(ctx: &Ctx, service: &Service, kind: &str, details: &str, contact: &str) -> ReportForm {
        ReportForm {
            action: ctx.href(&format!("/services/{}/report", service.slug.as_str())),
            kinds: ProblemKind::ALL
                .iter()
                .map(|k| KindChoice {
                    value: k.slug(),
                    label: ctx.t(&format!("report-kind-{}", k.slug())),
                    checked: k.slug() == kind,
                })
                .collect(),
            details: details.to_owned(),
            contact: contact.to_owned(),
            kind_error: None,
            details_error: None,
            contact_error: None,
            has_errors: false,
        }
    }
}

#[derive(Template)]
#[template(path = "report.html")]
pub struct ReportPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub name: Txt,
    pub back: String,
    pub report: ReportForm,
}

impl<'a> ReportPage<'a> {
    pub fn new(ctx: &'a Ctx, service: &Service, report: ReportForm) -> Self {
        ReportPage {
            title: ctx.t("report-title"),
            name: ctx.text(&service.name),
            back: ctx.href(&format!("/services/{}", service.slug.as_str())),
            report,
            c: ctx,
        }
    }
}

#[derive(Template)]
#[template(path = "thanks.html")]
pub struct ThanksPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub back: String,
}

/// `GET …/services/{slug}/report`: the form on its own page.
pub async fn form(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let service = match load_service(&state, &ctx, &raw).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let page = ReportPage::new(&ctx, &service, ReportForm::empty(&ctx, &service));
    let mut response = html(&ctx, StatusCode::OK, &page);
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `POST …/services/{slug}/report`.
pub async fn submit(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    client: Client,
    ctx: Ctx,
    body: Bytes,
) -> Response {
    let service = match load_service(&state, &ctx, &raw).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let (form, kind) = ReportForm::read(&ctx, &service, &body);
    let Some(kind) = kind else {
        let page = ReportPage::new(&ctx, &service, form);
        return html(&ctx, StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let (details, contact) = (form.details, form.contact);
    if !client
        .addr
        .is_none_or(|addr| state.reports_throttle.take(addr))
    {
        let mut response = render_error(&ctx, StatusCode::TOO_MANY_REQUESTS, "too-many-reports");
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("3600"));
        return response;
    }
    let report = ProblemReport {
        id: Id::new_random(),
        entity: EntityKind::Service,
        record_id: service.id,
        kind,
        details: details.trim().to_owned(),
        contact: Some(contact.trim().to_owned()).filter(|c| !c.is_empty()),
        locale: LocaleTag::parse(ctx.tag).unwrap_or_else(|_| LocaleTag::parse("en").unwrap()),
        created_at: Timestamp::now(),
    };
    if let Err(err) = state.submit_report(&report).await {
        return render_app_error(&ctx, &err);
    }
    let page = ThanksPage {
        title: ctx.t("report-thanks-title"),
        back: ctx.href(&format!("/services/{}", service.slug.as_str())),
        c: &ctx,
    };
    let mut response = html(&ctx, StatusCode::OK, &page);
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
