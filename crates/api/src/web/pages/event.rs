//! An event's page (a workshop, a citizenship day, a clinic), and the event summary the home
//! page lists. It only reads.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use vecino_core::{Event, Organization};

use super::{TextLink, TrustView, by_slug, organization_link, qr_code, store_failure};
use crate::AppState;
use crate::web::ctx::{Ctx, Txt};
use crate::web::view::html;

/// An event as a list or its page shows it: when (in its own time zone), where, in which
/// languages.
pub struct EventView {
    pub href: String,
    pub title: Txt,
    pub when: String,
    pub place: Option<String>,
    pub languages: String,
}

impl EventView {
    pub fn new(ctx: &Ctx, e: &Event) -> EventView {
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
}

#[derive(Template)]
#[template(path = "event.html")]
pub struct EventPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub event: EventView,
    pub description: Txt,
    pub organization: Option<TextLink>,
    pub free: bool,
    pub trust: TrustView,
    pub qr: String,
}

impl<'a> EventPage<'a> {
    pub fn new(ctx: &'a Ctx, event: &Event, org: Option<&Organization>) -> Self {
        let view = EventView::new(ctx, event);
        EventPage {
            title: view.title.text.clone(),
            event: view,
            description: ctx.text(&event.description),
            organization: org.map(|o| organization_link(ctx, o)),
            free: event.free == Some(true),
            trust: TrustView::new(ctx, &event.trust),
            qr: qr_code(ctx, &format!("/events/{}", event.slug.as_str())),
            c: ctx,
        }
    }
}

pub async fn event(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let store = &state.store;
    let found = by_slug(&ctx, &raw, "not-found", |slug| async move {
        store.event_by_slug(&slug).await
    })
    .await;
    let event = match found {
        Ok(e) => e,
        Err(page) => return page,
    };
    let org = match event.organization_id {
        Some(id) => match store.organization(id).await {
            Ok(o) => o,
            Err(err) => return store_failure(&ctx, err),
        },
        None => None,
    };
    html(
        &ctx,
        StatusCode::OK,
        &EventPage::new(&ctx, &event, org.as_ref()),
    )
}
