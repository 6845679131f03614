//! The home page: the topic tiles, the guides and the coming events. It only reads.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use vecino_core::{Event, Guide, Timestamp, Topic};

use super::event::EventView;
use super::{GuideLink, Link, store_failure};
use crate::AppState;
use crate::web::ctx::Ctx;
use crate::web::view::html;

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

/// How many coming events the home page lists.
const EVENTS: usize = 5;

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub tiles: Vec<Link>,
    pub guides: Vec<GuideLink>,
    pub events: Vec<EventView>,
}

impl<'a> HomePage<'a> {
    /// The page from every guide and every event (those already over are left out).
    pub fn new(ctx: &'a Ctx, guides: &[Guide], events: &[Event], now: Timestamp) -> Self {
        HomePage {
            title: ctx.t("site-tagline"),
            tiles: TILES
                .iter()
                .map(|(topic, _)| Link {
                    href: ctx.href(&format!("/topics/{}", topic.slug())),
                    label: ctx.t(&format!("topic-{}", topic.slug())),
                })
                .collect(),
            guides: guides.iter().map(|g| GuideLink::new(ctx, g)).collect(),
            events: events
                .iter()
                .filter(|e| e.ends_at.unwrap_or(e.starts_at) >= now)
                .take(EVENTS)
                .map(|e| EventView::new(ctx, e))
                .collect(),
            c: ctx,
        }
    }
}

pub async fn home(State(state): State<AppState>, ctx: Ctx) -> Response {
    let (guides, events) = match (state.store.guides().await, state.store.events().await) {
        (Ok(g), Ok(e)) => (g, e),
        (Err(err), _) | (_, Err(err)) => return store_failure(&ctx, err),
    };
    let page = HomePage::new(&ctx, &guides, &events, Timestamp::now());
    html(&ctx, StatusCode::OK, &page)
}
