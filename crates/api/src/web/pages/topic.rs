//! A topic's page: the guides about it (the one its home tile names first) and its active
//! services. It only reads.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use vecino_core::{Guide, Service, ServiceStatus, Topic};

use super::home::TILES;
use super::{GuideLink, ServiceLink, store_failure};
use crate::AppState;
use crate::web::ctx::Ctx;
use crate::web::view::{html, render_not_found};

#[derive(Template)]
#[template(path = "topic.html")]
pub struct TopicPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub slug: String,
    pub guides: Vec<GuideLink>,
    pub services: Vec<ServiceLink>,
}

impl<'a> TopicPage<'a> {
    /// The page of `topic` from every guide and the topic's services.
    pub fn new(ctx: &'a Ctx, topic: Topic, guides: &[Guide], services: &[Service]) -> Self {
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
        TopicPage {
            title: ctx.t(&format!("topic-{}", topic.slug())),
            slug: topic.slug().to_owned(),
            guides: about.iter().map(|g| GuideLink::new(ctx, g)).collect(),
            services: services
                .iter()
                .filter(|s| s.status == ServiceStatus::Active)
                .map(|s| ServiceLink::new(ctx, s))
                .collect(),
            c: ctx,
        }
    }
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
    let filter = vecino_store::ServiceFilter {
        topic: Some(topic),
        organization: None,
    };
    let all = vecino_store::Page::new(1, vecino_store::Page::MAX_PER_PAGE);
    let services = match state.store.services(&filter, all).await {
        Ok(s) => s.items,
        Err(err) => return store_failure(&ctx, err),
    };
    html(
        &ctx,
        StatusCode::OK,
        &TopicPage::new(&ctx, topic, &guides, &services),
    )
}
