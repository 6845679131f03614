//! The resident pages, one file per page (`home`, `search`, `topic`, `guide`, `service`,
//! `organization`, `event`): each handler extracts, loads what it shows, and hands it to its
//! view model's constructor, which turns records into what the template prints. Handlers never
//! build HTML themselves and never write to the store (a problem report is `report`'s).
//!
//! This file holds what they share: the root redirects, the HTML 404, loading a record by the
//! slug in its address, and the small views several pages print (links, trust, sources).

use std::future::Future;

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use vecino_core::{Guide, Service, Slug, Timestamp, Trust};

use super::ctx::{Ctx, Txt, ctx_for, negotiated_tag};
use super::qr;
use super::view::{redirect, render_app_error, render_error, render_not_found};
use crate::AppState;

mod event;
mod guide;
mod home;
mod organization;
mod search;
mod service;
mod topic;

pub use event::event;
pub use guide::{card, guide};
pub use home::home;
pub use organization::organization;
pub use search::search;
pub use service::{load_service, service};
pub use topic::topic;

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

pub(in crate::web) fn root_for(
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
    let ctx = ctx_for(&state, state.web.clone(), &headers, tag, false);
    render_not_found(&ctx)
}

/// The record named by the slug in a page's address, or the page to show instead: the
/// generic 404 for a slug that cannot be one, the 404 of the Fluent code `missing`
/// (`guide-not-found`) when nothing has it, the store's failure as its error page.
pub(super) async fn by_slug<T, Fut>(
    ctx: &Ctx,
    raw: &str,
    missing: &str,
    find: impl FnOnce(Slug) -> Fut,
) -> Result<T, Response>
where
    Fut: Future<Output = Result<Option<T>, vecino_store::Error>>,
{
    let Ok(slug) = Slug::parse(raw) else {
        return Err(render_not_found(ctx));
    };
    match find(slug).await {
        Ok(Some(found)) => Ok(found),
        Ok(None) => Err(render_error(
            ctx,
            axum::http::StatusCode::NOT_FOUND,
            missing,
        )),
        Err(err) => Err(store_failure(ctx, err)),
    }
}

/// A store failure as its error page (logged with its cause chain).
pub(super) fn store_failure(ctx: &Ctx, err: vecino_store::Error) -> Response {
    render_app_error(ctx, &vecino_app::Error::from(err))
}

/// What a template needs of a link: where it goes and what it says.
pub struct Link {
    pub href: String,
    pub label: String,
}

/// A link whose words are content (a name in some language), not a UI string.
pub struct TextLink {
    pub href: String,
    pub text: Txt,
}

pub struct GuideLink {
    pub href: String,
    pub title: Txt,
    pub summary: Txt,
}

impl GuideLink {
    pub fn new(ctx: &Ctx, g: &Guide) -> GuideLink {
        GuideLink {
            href: ctx.href(&format!("/guides/{}", g.slug.as_str())),
            title: ctx.text(&g.title),
            summary: ctx.text(&g.summary),
        }
    }
}

pub struct ServiceLink {
    pub href: String,
    pub name: Txt,
    pub accreditation: Option<String>,
}

impl ServiceLink {
    pub fn new(ctx: &Ctx, s: &Service) -> ServiceLink {
        ServiceLink {
            href: ctx.href(&format!("/services/{}", s.slug.as_str())),
            name: ctx.text(&s.name),
            accreditation: s
                .accreditation
                .map(|a| ctx.t(&format!("accreditation-{}", a.slug()))),
        }
    }
}

/// The link to an organization's page, named in the reader's language.
fn organization_link(ctx: &Ctx, org: &vecino_core::Organization) -> TextLink {
    TextLink {
        href: ctx.href(&format!("/organizations/{}", org.slug.as_str())),
        text: ctx.text(&org.name),
    }
}

pub struct SourceView {
    pub title: String,
    pub url: String,
}

impl SourceView {
    fn list(list: &[vecino_core::Source]) -> Vec<SourceView> {
        list.iter()
            .map(|s| SourceView {
                title: s.title.clone(),
                url: s.url.to_string(),
            })
            .collect()
    }
}

pub struct TrustView {
    pub verified: String,
    pub is_verified: bool,
    pub sources: Vec<SourceView>,
}

impl TrustView {
    pub fn new(ctx: &Ctx, trust: &Trust) -> TrustView {
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
            sources: SourceView::list(&trust.sources),
        }
    }
}

/// The QR code of a page's public (non-kiosk) address: the configured origin, the language
/// and `path`.
fn qr_code(ctx: &Ctx, path: &str) -> String {
    qr::svg(
        &format!("{}/{}{path}", ctx.origin, ctx.tag),
        &ctx.t("qr-label"),
    )
}
