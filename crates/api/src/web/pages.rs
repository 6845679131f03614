//! The page handlers: extract, read the store or the search index, fill a template.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use vecino_core::{
    EntityKind, Event, Guide, Organization, Schedule, Service, Slug, Timestamp, Topic, Trust,
    markdown,
};
use vecino_search::request::{self, Rules};

use super::WebConfig;
use super::ctx::{Ctx, Txt, ctx_for, encode, negotiated_tag};
use super::qr;
use super::report::ReportForm;
use super::view::{html, redirect, render_error, render_internal, render_not_found};
use crate::AppState;

/// The topic tiles of the home page, each with the guide that answers it first, if any.
pub const TILES: &[(Topic, Option<&str>)] = &[
    (Topic::KnowYourRights, Some("know-your-rights")),
    (Topic::Daca, Some("daca")),
    (Topic::Citizenship, Some("citizenship")),
    (Topic::IdCard, Some("municipal-id")),
    (Topic::LegalAid, Some("find-legal-help")),
    (Topic::Health, None),
    (Topic::Education, None),
    (Topic::Safety, None),
];

const PER_PAGE: usize = 10;

/// `/`: the language from `?lang=` or `Accept-Language`, then its home page.
pub async fn root(
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    root_for(&state, &headers, query.as_deref(), "")
}

/// `/kiosk`: the same, into the kiosk.
pub async fn kiosk_root(
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    root_for(&state, &headers, query.as_deref(), "/kiosk")
}

pub(super) fn root_for(
    state: &AppState,
    headers: &HeaderMap,
    query: Option<&str>,
    base: &str,
) -> Response {
    let explicit = query.and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.into_owned())
    });
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let tag = negotiated_tag(&state.i18n, explicit.as_deref(), accept);
    let mut response = redirect(&format!("{base}/{tag}/"));
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}

/// `/{lang}` without the slash.
pub async fn slash(ctx: Ctx) -> Response {
    redirect(&ctx.href("/"))
}

/// Anything else: the API's JSON 404 under `/api/`, an HTML page elsewhere.
pub async fn not_found_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: axum::http::Uri,
    lang: Result<crate::lang::Lang, Response>,
) -> Response {
    if uri.path().starts_with("/api/") {
        return crate::api_v1::meta::not_found(State(state), lang)
            .await
            .into_response();
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let tag = negotiated_tag(&state.i18n, None, accept);
    let ctx = ctx_for(&state, Arc::new(WebConfig::default()), &headers, tag, false);
    render_not_found(&ctx)
}

/// What a template needs of a link: where it goes and what it says.
pub struct Link {
    pub href: String,
    pub label: String,
}

pub struct GuideLink {
    pub href: String,
    pub title: Txt,
    pub summary: Txt,
}

pub struct EventView {
    pub href: String,
    pub title: Txt,
    pub when: String,
    pub place: Option<String>,
    pub languages: String,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub tiles: Vec<Link>,
    pub guides: Vec<GuideLink>,
    pub events: Vec<EventView>,
}

pub async fn home(State(state): State<AppState>, ctx: Ctx) -> Response {
    let (guides, events) = match (state.store.guides().await, state.store.events().await) {
        (Ok(g), Ok(e)) => (g, e),
        (Err(err), _) | (_, Err(err)) => return store_failure(&ctx, err),
    };
    let tiles = TILES
        .iter()
        .map(|(topic, _)| Link {
            href: ctx.href(&format!("/topics/{}", topic.slug())),
            label: ctx.t(&format!("topic-{}", topic.slug())),
        })
        .collect();
    let now = Timestamp::now();
    let events = events
        .iter()
        .filter(|e| e.ends_at.unwrap_or(e.starts_at) >= now)
        .take(5)
        .map(|e| event_view(&ctx, e))
        .collect();
    let page = HomePage {
        title: ctx.t("site-tagline"),
        c: &ctx,
        tiles,
        guides: guides.iter().map(|g| guide_link(&ctx, g)).collect(),
        events,
    };
    html(&ctx, StatusCode::OK, &page)
}

fn guide_link(ctx: &Ctx, g: &Guide) -> GuideLink {
    GuideLink {
        href: ctx.href(&format!("/guides/{}", g.slug.as_str())),
        title: ctx.text(&g.title),
        summary: ctx.text(&g.summary),
    }
}

fn event_view(ctx: &Ctx, e: &Event) -> EventView {
    let when = jiff::tz::TimeZone::get(&e.timezone)
        .map(|tz| {
            let start = e.starts_at.to_zoned_datetime(tz.clone());
            let mut when = start.strftime("%Y-%m-%d %H:%M").to_string();
            if let Some(end) = e.ends_at {
                when.push_str(&end.to_zoned_datetime(tz).strftime("–%H:%M").to_string());
            }
            format!("{when} ({})", e.timezone)
        })
        .unwrap_or_else(|_| e.starts_at.to_string());
    EventView {
        href: ctx.href(&format!("/events/{}", e.slug.as_str())),
        title: ctx.text(&e.title),
        when,
        place: e.location.as_ref().and_then(|l| {
            l.address
                .as_ref()
                .map(|a| format!("{}, {}", a.city, a.state_province))
        }),
        languages: e
            .languages
            .iter()
            .map(|l| ctx.language_name(l.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn store_failure(ctx: &Ctx, err: vecino_store::Error) -> Response {
    let _ = crate::ApiError::from(err); // logs the cause chain
    render_internal(ctx)
}

// ---------------------------------------------------------------------------------------------
// Search

pub struct HitView {
    pub href: Option<String>,
    pub kind: String,
    pub title: String,
    pub lang: String,
    pub dir: &'static str,
    /// Escaped by the search index, with `<mark>`ed words.
    pub snippet: String,
    pub distance: Option<String>,
    /// The language of the hit, named in itself, when it is not the page's.
    pub language: Option<String>,
}

/// A checkbox of the filter form, with its facet count.
pub struct Choice {
    pub name: &'static str,
    pub value: String,
    pub label: String,
    pub count: usize,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub q: String,
    pub error: Option<String>,
    pub total: usize,
    pub hits: Vec<HitView>,
    pub kinds: Vec<Choice>,
    pub topics: Vec<Choice>,
    pub flags: Vec<Choice>,
    pub offers_language: String,
    pub languages: Vec<(String, String)>,
    pub near: String,
    pub previous: Option<String>,
    pub next: Option<String>,
}

pub async fn search(State(state): State<AppState>, ctx: Ctx) -> Response {
    let q = ctx.param("q").unwrap_or_default().trim().to_owned();
    let mut page = SearchPage {
        title: ctx.t("search-title"),
        c: &ctx,
        q: q.clone(),
        error: None,
        total: 0,
        hits: Vec::new(),
        kinds: Vec::new(),
        topics: Vec::new(),
        flags: Vec::new(),
        offers_language: ctx.param("offers_language").unwrap_or_default().to_owned(),
        languages: Vec::new(),
        near: ctx.param("near").unwrap_or_default().to_owned(),
        previous: None,
        next: None,
    };
    page.languages = ctx
        .i18n
        .locales()
        .into_iter()
        .map(|l| (l.tag.to_owned(), l.self_name))
        .collect();
    // The page reads what it can: a value it cannot read is ignored, not refused.
    const RULES: Rules = Rules {
        allowed: request::SEARCH_PARAMS,
        per_page_default: PER_PAGE as u64,
        lenient: true,
    };
    let pairs = ctx.query.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let mut status = StatusCode::OK;
    let parsed = request::from_pairs(pairs, &RULES, Timestamp::now());
    match &parsed {
        Err(err) if err.code == "query-too-long" => {
            let mut args = vecino_i18n::FluentArgs::new();
            args.set("max", request::MAX_QUERY_CHARS.to_string());
            page.error = Some(
                ctx.i18n
                    .message(&ctx.ui, "error-query-too-long", Some(&args)),
            );
            status = StatusCode::BAD_REQUEST;
        }
        Err(err) if err.code == "empty-query" => page.error = Some(ctx.t("error-empty-query")),
        // The one value the page refuses: a `near` that is no place.
        Err(_) => {
            page.error = Some(ctx.t("search-error-near"));
            status = StatusCode::BAD_REQUEST;
        }
        Ok(_) => {}
    }
    if let Ok(mut request) = parsed {
        request.locales = ctx.chain.clone();
        let number = request.page;
        let f = &request.filters;
        let (topics, kinds) = (f.topics.clone(), f.kinds.clone());
        let (accredited_on, free_on, open_now_on) =
            (f.accredited, f.free == Some(true), f.open_at.is_some());
        let results = match crate::api_v1::search::run_search(&state, request).await {
            Ok((_, results)) => results,
            // Already logged (without the query).
            Err(_) => return render_internal(&ctx),
        };
        page.total = results.total;
        page.hits = results
            .hits
            .iter()
            .map(|h| {
                let path = match h.kind {
                    EntityKind::Service => Some("services"),
                    EntityKind::Guide => Some("guides"),
                    EntityKind::Organization => Some("organizations"),
                    EntityKind::Event => Some("events"),
                };
                let dir = h
                    .locale
                    .parse::<unic_langid::LanguageIdentifier>()
                    .map(|id| vecino_i18n::direction(&id).as_str())
                    .unwrap_or("ltr");
                HitView {
                    href: path.map(|p| ctx.href(&format!("/{p}/{}", h.slug.as_str()))),
                    kind: ctx.t(&format!("kind-{}", h.kind.as_str())),
                    title: h.title.clone(),
                    lang: h.locale.clone(),
                    dir,
                    snippet: h.snippet.clone(),
                    distance: h
                        .distance_km
                        .map(|km| ctx.t1("distance-km", "km", &format!("{km:.1}"))),
                    language: (h.locale.split('-').next() != ctx.tag.split('-').next())
                        .then(|| ctx.language_name(&h.locale)),
                }
            })
            .collect();
        let f = &results.facets;
        page.kinds = ["service", "guide", "organization", "event"]
            .iter()
            .map(|k| Choice {
                name: "kind",
                value: (*k).to_owned(),
                label: ctx.t(&format!("kind-{k}")),
                count: f.kind.get(k).copied().unwrap_or(0),
                checked: kinds.iter().any(|x| x.as_str() == *k),
            })
            .filter(|c| c.count > 0 || c.checked)
            .collect();
        page.topics = Topic::ALL
            .iter()
            .map(|t| Choice {
                name: "topic",
                value: t.slug().to_owned(),
                label: ctx.t(&format!("topic-{}", t.slug())),
                count: f.topic.get(t.slug()).copied().unwrap_or(0),
                checked: topics.contains(t),
            })
            .filter(|c| c.count > 0 || c.checked)
            .collect();
        let accredited: usize = f.accreditation.values().sum();
        page.flags = vec![
            Choice {
                name: "accredited",
                value: "1".into(),
                label: ctx.t("filter-accredited"),
                count: accredited,
                checked: accredited_on,
            },
            Choice {
                name: "free",
                value: "1".into(),
                label: ctx.t("filter-free"),
                count: f.free,
                checked: free_on,
            },
            Choice {
                name: "open_now",
                value: "1".into(),
                label: ctx.t("filter-open-now"),
                count: f.open_now,
                checked: open_now_on,
            },
        ];
        let with_page = |n: usize| {
            let mut pairs: Vec<(String, String)> = ctx
                .query
                .iter()
                .filter(|(k, _)| k != "page")
                .cloned()
                .collect();
            pairs.push(("page".into(), n.to_string()));
            format!("{}?{}", ctx.href("/search"), encode(&pairs))
        };
        if number > 1 {
            page.previous = Some(with_page(number - 1));
        }
        if number * PER_PAGE < results.total {
            page.next = Some(with_page(number + 1));
        }
    }
    html(&ctx, status, &page)
}

// ---------------------------------------------------------------------------------------------
// Topics

#[derive(Template)]
#[template(path = "topic.html")]
pub struct TopicPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub slug: String,
    pub guides: Vec<GuideLink>,
    pub services: Vec<ServiceLink>,
}

pub struct ServiceLink {
    pub href: String,
    pub name: Txt,
    pub accreditation: Option<String>,
}

pub async fn topic(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let Ok(topic) = Topic::parse(&raw) else {
        return render_not_found(&ctx);
    };
    let guides = match state.store.guides().await {
        Ok(g) => g,
        Err(err) => return store_failure(&ctx, err),
    };
    let services = match state
        .store
        .services(
            &vecino_store::ServiceFilter {
                topic: Some(topic),
                organization: None,
            },
            vecino_store::Page::new(1, vecino_store::Page::MAX_PER_PAGE),
        )
        .await
    {
        Ok(s) => s.items,
        Err(err) => return store_failure(&ctx, err),
    };
    // The guide named on the tile first, then the others about the topic.
    let lead = TILES
        .iter()
        .find(|(t, _)| *t == topic)
        .and_then(|(_, g)| *g);
    let mut about: Vec<&Guide> = guides
        .iter()
        .filter(|g| g.topics.contains(&topic) || Some(g.slug.as_str()) == lead)
        .collect();
    about.sort_by_key(|g| Some(g.slug.as_str()) != lead);
    let page = TopicPage {
        title: ctx.t(&format!("topic-{}", topic.slug())),
        slug: topic.slug().to_owned(),
        c: &ctx,
        guides: about.iter().map(|g| guide_link(&ctx, g)).collect(),
        services: services
            .iter()
            .filter(|s| s.status == vecino_core::ServiceStatus::Active)
            .map(|s| service_link(&ctx, s))
            .collect(),
    };
    html(&ctx, StatusCode::OK, &page)
}

fn service_link(ctx: &Ctx, s: &Service) -> ServiceLink {
    ServiceLink {
        href: ctx.href(&format!("/services/{}", s.slug.as_str())),
        name: ctx.text(&s.name),
        accreditation: s
            .accreditation
            .map(|a| ctx.t(&format!("accreditation-{}", a.slug()))),
    }
}

// ---------------------------------------------------------------------------------------------
// Guides

pub struct SourceView {
    pub title: String,
    pub url: String,
}

#[derive(Template)]
#[template(path = "guide.html")]
pub struct GuidePage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub heading: Txt,
    pub summary: Txt,
    pub body: Txt,
    pub body_html: String,
    pub reviewed: String,
    pub sources: Vec<SourceView>,
    pub changing: Vec<String>,
    pub qr: String,
    pub card_href: String,
}

async fn load_guide(state: &AppState, ctx: &Ctx, raw: &str) -> Result<Guide, Response> {
    let Ok(slug) = Slug::parse(raw) else {
        return Err(render_not_found(ctx));
    };
    match state.store.guide_by_slug(&slug).await {
        Ok(Some(g)) => Ok(g),
        Ok(None) => Err(render_error(ctx, StatusCode::NOT_FOUND, "guide-not-found")),
        Err(err) => Err(store_failure(ctx, err)),
    }
}

fn changing_notice(ctx: &Ctx, guide: &Guide, id: &str) -> Option<String> {
    let fact = guide.changing_facts.iter().find(|f| f.id.as_str() == id)?;
    let text = ctx.t1("changing-fact-notice", "date", &fact.as_of.to_string());
    Some(format!(
        r#"<strong class="changing">{}</strong> "#,
        escape(&text)
    ))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn sources(list: &[vecino_core::Source]) -> Vec<SourceView> {
    list.iter()
        .map(|s| SourceView {
            title: s.title.clone(),
            url: s.url.to_string(),
        })
        .collect()
}

/// The public (non-kiosk) address of a page, for its QR code.
fn public_url(ctx: &Ctx, path: &str) -> String {
    format!("{}/{}{path}", ctx.origin, ctx.tag)
}

pub async fn guide(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let guide = match load_guide(&state, &ctx, &raw).await {
        Ok(g) => g,
        Err(r) => return r,
    };
    let body = ctx.text(&guide.body);
    let body_html = markdown::render(&body.text, ctx.kiosk, |id| {
        changing_notice(&ctx, &guide, id)
    });
    let path = format!("/guides/{}", guide.slug.as_str());
    let heading = ctx.text(&guide.title);
    let page = GuidePage {
        title: heading.text.clone(),
        qr: qr::svg(&public_url(&ctx, &path), &ctx.t("qr-label")),
        card_href: ctx.href(&format!("{path}/card")),
        heading,
        summary: ctx.text(&guide.summary),
        body,
        body_html,
        reviewed: ctx.t1("guide-reviewed", "date", &guide.reviewed_at.to_string()),
        sources: sources(&guide.sources),
        changing: guide
            .changing_facts
            .iter()
            .map(|f| ctx.t1("changing-fact-notice", "date", &f.as_of.to_string()))
            .collect(),
        c: &ctx,
    };
    html(&ctx, StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "card.html")]
pub struct CardPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub heading: Txt,
    pub body_html: String,
    pub qr: String,
    pub guide_href: String,
}

/// A pocket card: the guide's first list of points and a QR code of the guide, to print.
pub async fn card(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let guide = match load_guide(&state, &ctx, &raw).await {
        Ok(g) => g,
        Err(r) => return r,
    };
    let body = ctx.text(&guide.body);
    let section = markdown::first_list_section(&body.text).unwrap_or_default();
    let body_html = markdown::render(&section, ctx.kiosk, |id| changing_notice(&ctx, &guide, id));
    let path = format!("/guides/{}", guide.slug.as_str());
    let heading = ctx.text(&guide.title);
    let page = CardPage {
        title: heading.text.clone(),
        heading,
        body_html,
        qr: qr::svg(&public_url(&ctx, &path), &ctx.t("qr-label")),
        guide_href: ctx.href(&path),
        c: &ctx,
    };
    html(&ctx, StatusCode::OK, &page)
}

// ---------------------------------------------------------------------------------------------
// Services and organizations

pub struct PlaceView {
    pub name: Option<Txt>,
    pub address: Option<String>,
    pub hours: Vec<(String, String)>,
    pub timezone: Option<String>,
}

/// A legal accreditation as a listing shows it: its name, what it means, and (when recorded)
/// the "checked on" line with the roster or bar listing that shows it.
pub struct AccreditationView {
    pub label: String,
    pub why: String,
    pub evidence: Option<(String, SourceView)>,
}

#[derive(Template)]
#[template(path = "service.html")]
pub struct ServicePage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub name: Txt,
    pub description: Txt,
    pub organization: Option<(String, Txt)>,
    pub topics: Vec<Link>,
    pub open: (String, &'static str),
    pub places: Vec<PlaceView>,
    pub own_hours: Option<PlaceView>,
    pub languages: Vec<(String, String, String)>,
    /// The label, why it matters, and when and where an admin found it.
    pub accreditation: Option<AccreditationView>,
    pub unaccredited_legal: bool,
    pub trust: TrustView,
    pub website: Option<String>,
    pub phones: Vec<String>,
    pub email: Option<String>,
    pub qr: String,
    pub report: ReportForm,
}

pub struct TrustView {
    pub verified: String,
    pub is_verified: bool,
    pub sources: Vec<SourceView>,
}

fn trust_view(ctx: &Ctx, trust: &Trust) -> TrustView {
    let day = |at: Timestamp| {
        at.to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .date()
            .to_string()
    };
    TrustView {
        verified: match (trust.verified_at, trust.changed_since_check) {
            (Some(at), _) => ctx.t1("verified-on", "date", &day(at)),
            (None, Some(changed)) => ctx.t1("changed-since-check", "date", &day(changed)),
            (None, None) => ctx.t("not-verified"),
        },
        is_verified: trust.verified_at.is_some(),
        sources: sources(&trust.sources),
    }
}

fn hours(ctx: &Ctx, schedule: &Schedule) -> Vec<(String, String)> {
    schedule
        .weekly()
        .iter()
        .map(|h| {
            let day = serde_json::to_value(h.weekday)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            (
                ctx.t(&format!("weekday-{day}")),
                format!(
                    "{}–{}",
                    h.hours.opens.strftime("%H:%M"),
                    h.hours.closes.strftime("%H:%M")
                ),
            )
        })
        .collect()
}

pub async fn load_service(state: &AppState, ctx: &Ctx, raw: &str) -> Result<Service, Response> {
    let Ok(slug) = Slug::parse(raw) else {
        return Err(render_not_found(ctx));
    };
    match state.store.service_by_slug(&slug).await {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(render_error(
            ctx,
            StatusCode::NOT_FOUND,
            "service-not-found",
        )),
        Err(err) => Err(store_failure(ctx, err)),
    }
}

pub async fn service(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let service = match load_service(&state, &ctx, &raw).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let form = ReportForm::empty(&ctx, &service);
    service_page(&state, &ctx, &service, form, StatusCode::OK).await
}

/// The service page, with the report form as given (empty, or with the reader's input and
/// its errors).
pub async fn service_page(
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
    let open = match service.is_open_at(Timestamp::now()) {
        Some(true) => (ctx.t("open-now"), "open"),
        Some(false) => (ctx.t("closed-now"), "closed"),
        None => (ctx.t("hours-unknown"), "unknown"),
    };
    let places = service
        .locations
        .iter()
        .map(|at| PlaceView {
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
        })
        .collect();
    let own_hours = service.schedule.as_ref().map(|s| PlaceView {
        name: None,
        address: None,
        hours: hours(ctx, s),
        timezone: Some(ctx.t1("hours-timezone", "zone", s.timezone())),
    });
    let path = format!("/services/{}", service.slug.as_str());
    let name = ctx.text(&service.name);
    let page = ServicePage {
        title: name.text.clone(),
        name,
        description: ctx.text(&service.description),
        organization: org.as_ref().map(|o| {
            (
                ctx.href(&format!("/organizations/{}", o.slug.as_str())),
                ctx.text(&o.name),
            )
        }),
        topics: service
            .topics
            .iter()
            .map(|t| Link {
                href: ctx.href(&format!("/topics/{}", t.slug())),
                label: ctx.t(&format!("topic-{}", t.slug())),
            })
            .collect(),
        open,
        places,
        own_hours,
        languages: service
            .languages
            .iter()
            .map(|l| {
                (
                    l.code.to_string(),
                    ctx.language_name(l.code.as_str()),
                    ctx.t(&format!("language-how-{}", l.how.slug())),
                )
            })
            .collect(),
        accreditation: service.accreditation.map(|a| {
            let id = format!("accreditation-{}", a.slug());
            let evidence = service.accreditation_evidence.as_ref().map(|e| {
                (
                    ctx.t1("accreditation-as-of", "date", &e.as_of.to_string()),
                    SourceView {
                        title: e.source.title.clone(),
                        url: e.source.url.to_string(),
                    },
                )
            });
            AccreditationView {
                label: ctx.t(&id),
                why: ctx.ta(&id, "explanation"),
                evidence,
            }
        }),
        unaccredited_legal: service.accreditation.is_none()
            && service.topics.contains(&Topic::LegalAid),
        trust: trust_view(ctx, &service.trust),
        website: service.url.as_ref().map(|u| u.to_string()),
        phones: service
            .phones
            .iter()
            .map(|p| p.number().to_owned())
            .collect(),
        email: service.email.clone(),
        qr: qr::svg(&public_url(ctx, &path), &ctx.t("qr-label")),
        report,
        c: ctx,
    };
    html(ctx, status, &page)
}

#[derive(Template)]
#[template(path = "organization.html")]
pub struct OrganizationPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub name: Txt,
    pub description: Option<Txt>,
    pub website: Option<String>,
    pub phones: Vec<String>,
    pub email: Option<String>,
    pub services: Vec<ServiceLink>,
    pub trust: TrustView,
    pub qr: String,
}

pub async fn organization(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let Ok(slug) = Slug::parse(&raw) else {
        return render_not_found(&ctx);
    };
    let org: Organization = match state.store.organization_by_slug(&slug).await {
        Ok(Some(o)) => o,
        Ok(None) => return render_error(&ctx, StatusCode::NOT_FOUND, "organization-not-found"),
        Err(err) => return store_failure(&ctx, err),
    };
    let services = match state
        .store
        .services(
            &vecino_store::ServiceFilter {
                topic: None,
                organization: Some(org.id),
            },
            vecino_store::Page::new(1, vecino_store::Page::MAX_PER_PAGE),
        )
        .await
    {
        Ok(s) => s.items,
        Err(err) => return store_failure(&ctx, err),
    };
    let path = format!("/organizations/{}", org.slug.as_str());
    let name = ctx.text(&org.name);
    let page = OrganizationPage {
        title: name.text.clone(),
        name,
        description: org.description.as_ref().map(|d| ctx.text(d)),
        website: org.url.as_ref().map(|u| u.to_string()),
        phones: org.phones.iter().map(|p| p.number().to_owned()).collect(),
        email: org.email.clone(),
        services: services.iter().map(|s| service_link(&ctx, s)).collect(),
        trust: trust_view(&ctx, &org.trust),
        qr: qr::svg(&public_url(&ctx, &path), &ctx.t("qr-label")),
        c: &ctx,
    };
    html(&ctx, StatusCode::OK, &page)
}

// ---------------------------------------------------------------------------------------------
// Events

#[derive(Template)]
#[template(path = "event.html")]
pub struct EventPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub event: EventView,
    pub description: Txt,
    pub organization: Option<(String, Txt)>,
    pub free: bool,
    pub trust: TrustView,
    pub qr: String,
}

pub async fn event(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let Ok(slug) = Slug::parse(&raw) else {
        return render_not_found(&ctx);
    };
    let event = match state.store.event_by_slug(&slug).await {
        Ok(Some(e)) => e,
        Ok(None) => return render_not_found(&ctx),
        Err(err) => return store_failure(&ctx, err),
    };
    let org = match event.organization_id {
        Some(id) => match state.store.organization(id).await {
            Ok(o) => o,
            Err(err) => return store_failure(&ctx, err),
        },
        None => None,
    };
    let view = event_view(&ctx, &event);
    let path = format!("/events/{}", event.slug.as_str());
    let page = EventPage {
        title: view.title.text.clone(),
        event: view,
        description: ctx.text(&event.description),
        organization: org.as_ref().map(|o| {
            (
                ctx.href(&format!("/organizations/{}", o.slug.as_str())),
                ctx.text(&o.name),
            )
        }),
        free: event.free == Some(true),
        trust: trust_view(&ctx, &event.trust),
        qr: qr::svg(&public_url(&ctx, &path), &ctx.t("qr-label")),
        c: &ctx,
    };
    html(&ctx, StatusCode::OK, &page)
}
