//! A service's page: what it offers, where and when, in which languages, whether it is
//! accredited legal help, how fresh the listing is, and the "report a problem" form (handled by
//! `report`). It only reads.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use vecino_core::{Organization, Schedule, Service, ServiceAtLocation, Timestamp, Topic};

use super::store_failure;
use super::{Link, SourceView, TextLink, TrustView, by_slug, organization_link, qr_code};
use crate::AppState;
use crate::web::ctx::{Ctx, Txt};
use crate::web::report::ReportForm;
use crate::web::view::html;

/// Open now, closed now, or unknown: the words and the CSS class.
pub struct OpenNow {
    pub label: String,
    /// `open`, `closed` or `unknown`.
    pub class: &'static str,
}

/// One day of a weekly schedule: the day's name and its hours (`09:00–17:00`).
pub struct DayHours {
    pub day: String,
    pub range: String,
}

pub struct PlaceView {
    pub name: Option<Txt>,
    pub address: Option<String>,
    pub hours: Vec<DayHours>,
    pub timezone: Option<String>,
}

/// A language the service is offered in: its tag, its name in itself, and how (staff speak
/// it, an interpreter …).
pub struct ServiceLanguage {
    pub tag: String,
    pub name: String,
    pub how: String,
}

/// When an admin checked an accreditation, and the roster or bar listing that shows it.
pub struct Evidence {
    pub as_of: String,
    pub source: SourceView,
}

/// A legal accreditation as a listing shows it: its name, what it means, and (when recorded)
/// the "checked on" line with the roster or bar listing that shows it.
pub struct AccreditationView {
    pub label: String,
    pub why: String,
    pub evidence: Option<Evidence>,
}

#[derive(Template)]
#[template(path = "service.html")]
pub struct ServicePage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub name: Txt,
    pub description: Txt,
    pub organization: Option<TextLink>,
    pub topics: Vec<Link>,
    pub open: OpenNow,
    pub places: Vec<PlaceView>,
    pub own_hours: Option<PlaceView>,
    pub languages: Vec<ServiceLanguage>,
    pub accreditation: Option<AccreditationView>,
    pub unaccredited_legal: bool,
    pub trust: TrustView,
    pub website: Option<String>,
    pub phones: Vec<String>,
    pub email: Option<String>,
    pub qr: String,
    pub report: ReportForm,
}

impl<'a> ServicePage<'a> {
    /// The page of `service` (of `org`, when it is known) at `now`, with the report form as
    /// given.
    pub fn new(
        ctx: &'a Ctx,
        service: &Service,
        org: Option<&Organization>,
        report: ReportForm,
        now: Timestamp,
    ) -> Self {
        let open = match service.is_open_at(now) {
            Some(true) => OpenNow {
                label: ctx.t("open-now"),
                class: "open",
            },
            Some(false) => OpenNow {
                label: ctx.t("closed-now"),
                class: "closed",
            },
            None => OpenNow {
                label: ctx.t("hours-unknown"),
                class: "unknown",
            },
        };
        let name = ctx.text(&service.name);
        ServicePage {
            title: name.text.clone(),
            name,
            description: ctx.text(&service.description),
            organization: org.map(|o| organization_link(ctx, o)),
            topics: service
                .topics
                .iter()
                .map(|t| Link {
                    href: ctx.href(&format!("/topics/{}", t.slug())),
                    label: ctx.t(&format!("topic-{}", t.slug())),
                })
                .collect(),
            open,
            places: service
                .locations
                .iter()
                .map(|at| PlaceView::at(ctx, at))
                .collect(),
            own_hours: service.schedule.as_ref().map(|s| PlaceView {
                name: None,
                address: None,
                hours: hours(ctx, s),
                timezone: Some(ctx.t1("hours-timezone", "zone", s.timezone())),
            }),
            languages: service
                .languages
                .iter()
                .map(|l| ServiceLanguage {
                    tag: l.code.to_string(),
                    name: ctx.language_name(l.code.as_str()),
                    how: ctx.t(&format!("language-how-{}", l.how.slug())),
                })
                .collect(),
            accreditation: AccreditationView::of(ctx, service),
            unaccredited_legal: service.accreditation.is_none()
                && service.topics.contains(&Topic::LegalAid),
            trust: TrustView::new(ctx, &service.trust),
            website: service.url.as_ref().map(|u| u.to_string()),
            phones: service
                .phones
                .iter()
                .map(|p| p.number().to_owned())
                .collect(),
            email: service.email.clone(),
            qr: qr_code(ctx, &format!("/services/{}", service.slug.as_str())),
            report,
            c: ctx,
        }
    }
}

impl PlaceView {
    fn at(ctx: &Ctx, at: &ServiceAtLocation) -> PlaceView {
        PlaceView {
            name: at.location.name.as_ref().map(|n| ctx.text(n)),
            address: at.location.address.as_ref().map(|a| {
                [
                    a.address_1.clone(),
                    Some(a.city.clone()),
                    Some(a.state_province.clone()),
                    a.postal_code.clone(),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ")
            }),
            hours: at
                .schedule
                .as_ref()
                .map(|s| hours(ctx, s))
                .unwrap_or_default(),
            timezone: at
                .schedule
                .as_ref()
                .map(|s| ctx.t1("hours-timezone", "zone", s.timezone())),
        }
    }
}

impl AccreditationView {
    fn of(ctx: &Ctx, service: &Service) -> Option<AccreditationView> {
        let a = service.accreditation?;
        let id = format!("accreditation-{}", a.slug());
        let evidence = service.accreditation_evidence.as_ref().map(|e| Evidence {
            as_of: ctx.t1("accreditation-as-of", "date", &e.as_of.to_string()),
            source: SourceView {
                title: e.source.title.clone(),
                url: e.source.url.to_string(),
            },
        });
        Some(AccreditationView {
            label: ctx.t(&id),
            why: ctx.ta(&id, "explanation"),
            evidence,
        })
    }
}

fn hours(ctx: &Ctx, schedule: &Schedule) -> Vec<DayHours> {
    schedule
        .weekly()
        .iter()
        .map(|h| {
            let day = serde_json::to_value(h.weekday)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            DayHours {
                day: ctx.t(&format!("weekday-{day}")),
                range: format!(
                    "{}–{}",
                    h.hours.opens.strftime("%H:%M"),
                    h.hours.closes.strftime("%H:%M")
                ),
            }
        })
        .collect()
}

pub async fn load_service(state: &AppState, ctx: &Ctx, raw: &str) -> Result<Service, Response> {
    let store = &state.store;
    by_slug(ctx, raw, "service-not-found", |slug| async move {
        store.service_by_slug(&slug).await
    })
    .await
}

pub async fn service(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let service = match load_service(&state, &ctx, &raw).await {
        Ok(s) => s,
        Err(page) => return page,
    };
    let form = ReportForm::empty(&ctx, &service);
    service_page(&state, &ctx, &service, form, StatusCode::OK).await
}

/// The service page, with the report form as given (empty, or with the reader's input and
/// its errors).
async fn service_page(
    state: &AppState,
    ctx: &Ctx,
    service: &Service,
    report: ReportForm,
    status: StatusCode,
) -> Response {
    let org = match state.store.organization(service.organization_id).await {
        Ok(o) => o,
        Err(err) => return store_failure(ctx, err),
    };
    let page = ServicePage::new(ctx, service, org.as_ref(), report, Timestamp::now());
    html(ctx, status, &page)
}
