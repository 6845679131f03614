//! A service's page: its alert first, what it offers, where and when, who may use it, what it
//! costs, what to bring and how to apply, whether it takes new clients, the "is it safe for me"
//! facts (each with its source and date, or "we don't know yet"), in which languages, whether
//! it is accredited legal help, how fresh the listing is, directions (links, or a QR code on
//! the kiosk), and the "report a problem" form (handled by `report`). It only reads.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use vecino_core::{
    Intake, Organization, ReviewPolicy, Schedule, Service, ServiceArea, ServiceAtLocation,
    ServiceStatus, Timestamp, Topic,
};

use super::store_failure;
use super::{Link, SourceView, TextLink, TrustView, by_slug, organization_link, qr_code};
use crate::AppState;
use crate::web::ctx::{Ctx, Txt};
use crate::web::facts::{
    Badge, CallView, Directions, FreshnessView, OpenNow, SafetyRow, cost_badge, review_policy,
    safety_rows, today,
};
use crate::web::qr;
use crate::web::report::ReportForm;
use crate::web::view::html;

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
    /// Map links to the place (only for a point on the building itself).
    pub directions: Option<Directions>,
    /// On the kiosk: the OpenStreetMap link as a QR code to take to a phone.
    pub directions_qr: Option<String>,
    /// "Serves: …" when the place serves areas of its own (not the service's).
    pub serves: Option<String>,
}

/// A document to bring, and the page that describes it.
pub struct DocumentView {
    pub text: Txt,
    pub href: Option<String>,
}

/// The HSDS 3.1 depth of a listing, as the page prints it; each part only when stated.
pub struct DetailsView {
    pub eligibility: Option<Txt>,
    pub ages: Option<String>,
    pub cost: Option<Badge>,
    pub fees: Option<Txt>,
    pub cost_options: Vec<String>,
    pub documents: Vec<DocumentView>,
    pub apply: Option<Txt>,
    /// "Accepting new clients (as of …)" or "Waitlist (as of …)".
    pub intake: Option<String>,
    pub program: Option<String>,
    pub links: Vec<Link>,
    pub areas: Vec<String>,
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
    /// The listing's alert (HSDS `alert`), shown first.
    pub alert: Option<Txt>,
    /// Said plainly when the service is not running (inactive, ended).
    pub status_note: Option<String>,
    pub freshness: FreshnessView,
    pub description: Txt,
    pub details: DetailsView,
    pub safety: Vec<SafetyRow>,
    pub public_charge_note: Option<Txt>,
    /// The first callable phone, as a button near the top.
    pub call: Option<CallView>,
    /// Directions to the first place with an exact point, near the top.
    pub directions: Option<Directions>,
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
    pub phones: Vec<CallView>,
    pub email: Option<String>,
    pub qr: String,
    pub report: ReportForm,
}

impl<'a> ServicePage<'a> {
    /// The page of `service` (of `org`, when it is known) at `now`, its freshness judged by
    /// `policy`, with the report form as given.
    pub fn new(
        ctx: &'a Ctx,
        service: &Service,
        org: Option<&Organization>,
        report: ReportForm,
        policy: &ReviewPolicy,
        now: Timestamp,
    ) -> Self {
        let freshness = FreshnessView::of(ctx, service.freshness(policy, today(now)));
        let open = OpenNow::of(ctx, service, now, freshness.doubtful);
        let name = ctx.text(&service.name);
        let safety = &service.safety;
        ServicePage {
            title: name.text.clone(),
            name,
            alert: service.details.alert.as_ref().map(|a| ctx.text(a)),
            status_note: match service.status {
                ServiceStatus::Inactive => Some(ctx.t("status-inactive")),
                ServiceStatus::Defunct => Some(ctx.t("status-defunct")),
                ServiceStatus::Active | ServiceStatus::TemporarilyClosed => None,
            },
            freshness,
            description: ctx.text(&service.description),
            details: DetailsView::of(ctx, service),
            safety: safety_rows(ctx, safety),
            public_charge_note: safety.public_charge_note.as_ref().map(|n| ctx.text(n)),
            call: service
                .phones
                .iter()
                .find(|p| p.is_callable())
                .map(|p| CallView::of(ctx, p)),
            directions: Directions::of(service),
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
                directions: None,
                directions_qr: None,
                serves: None,
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
                .map(|p| CallView::of(ctx, p))
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
        let directions = at.location.point.as_ref().and_then(Directions::to);
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
            directions: directions.as_ref().map(|d| Directions {
                geo: d.geo.clone(),
                osm: d.osm.clone(),
            }),
            directions_qr: directions
                .filter(|_| ctx.kiosk)
                .map(|d| qr::svg(&d.osm, &ctx.t("directions-qr"))),
            serves: (!at.service_areas.is_empty())
                .then(|| ctx.t1("place-serves", "areas", &areas(&at.service_areas))),
        }
    }
}

impl DetailsView {
    fn of(ctx: &Ctx, service: &Service) -> DetailsView {
        let d = &service.details;
        let day = |t: Timestamp| today(t).to_string();
        DetailsView {
            eligibility: d.eligibility.as_ref().map(|t| ctx.text(t)),
            ages: match (d.minimum_age, d.maximum_age) {
                (Some(min), Some(max)) => Some(ctx.t2(
                    "ages-range",
                    "min",
                    &min.to_string(),
                    "max",
                    &max.to_string(),
                )),
                (Some(min), None) => Some(ctx.t1("ages-min", "min", &min.to_string())),
                (None, Some(max)) => Some(ctx.t1("ages-max", "max", &max.to_string())),
                (None, None) => None,
            },
            cost: cost_badge(ctx, service),
            fees: d.fees.as_ref().map(|t| ctx.text(t)),
            cost_options: d
                .cost_options
                .iter()
                .map(|c| {
                    let amount = c.amount.map(|a| {
                        let a = if a.fract() == 0.0 {
                            format!("{a:.0}")
                        } else {
                            format!("{a:.2}")
                        };
                        match &c.currency {
                            Some(cur) => format!("{a} {cur}"),
                            None => a,
                        }
                    });
                    [amount, c.option.clone(), c.amount_description.clone()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · ")
                })
                .filter(|line| !line.is_empty())
                .collect(),
            documents: d
                .documents
                .iter()
                .map(|doc| DocumentView {
                    text: ctx.text(&doc.document),
                    href: doc.uri.as_ref().map(|u| u.to_string()),
                })
                .collect(),
            apply: d.application_process.as_ref().map(|t| ctx.text(t)),
            intake: d.intake().map(|intake| {
                let updated = d.capacity.iter().map(|c| c.updated).max();
                let date = updated.map(day).unwrap_or_default();
                let id = match intake {
                    Intake::Accepting => "intake-accepting",
                    Intake::Waitlist => "intake-waitlist",
                };
                ctx.t1(id, "date", &date)
            }),
            program: d.program.as_ref().map(|p| match &p.description {
                Some(desc) => format!("{} — {desc}", p.name),
                None => p.name.clone(),
            }),
            links: d
                .additional_urls
                .iter()
                .map(|u| Link {
                    href: u.url.to_string(),
                    label: u.label.clone().unwrap_or_else(|| u.url.to_string()),
                })
                .collect(),
            areas: d.service_areas.iter().map(area).collect(),
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

/// An area as the page prints it: its name, and its description after a dash.
fn area(a: &ServiceArea) -> String {
    match &a.description {
        Some(desc) => format!("{} — {desc}", a.name),
        None => a.name.clone(),
    }
}

/// A place's areas on one line.
fn areas(list: &[ServiceArea]) -> String {
    list.iter().map(area).collect::<Vec<_>>().join(", ")
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
                // Opening and closing at the same time: open around the clock.
                range: if h.hours.opens == h.hours.closes {
                    ctx.t("hours-all-day")
                } else {
                    format!(
                        "{}–{}",
                        h.hours.opens.strftime("%H:%M"),
                        h.hours.closes.strftime("%H:%M")
                    )
                },
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
    let policy = review_policy(state);
    let page = ServicePage::new(
        ctx,
        service,
        org.as_ref(),
        report,
        &policy,
        Timestamp::now(),
    );
    html(ctx, status, &page)
}
