//! A topic's page: the guides about it (the one its home tile names first) and its listed
//! services as cards a person can act on (running or closed for a while, and not past twice
//! their review interval unless an admin keeps them). It only reads.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use vecino_app::Listings;
use vecino_core::{Guide, ReviewPolicy, Timestamp, Topic};

use super::home::TILES;
use super::{GuideLink, store_failure};
use crate::AppState;
use crate::web::ctx::Ctx;
use crate::web::facts::{ServiceCard, review_policy, today};
use crate::web::view::{html, render_app_error, render_not_found};

#[derive(Template)]
#[template(path = "topic.html")]
pub struct TopicPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub slug: String,
    pub guides: Vec<GuideLink>,
    pub services: Vec<ServiceCard>,
}

impl<'a> TopicPage<'a> {
    /// The page of `topic` from every guide and the topic's services (`listings`), listed as
    /// `policy` says on the day of `now`.
    pub fn new(
        ctx: &'a Ctx,
        topic: Topic,
        guides: &[Guide],
        listings: &Listings,
        policy: &ReviewPolicy,
        now: Timestamp,
    ) -> Self {
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
            services: {
                let mut listed: Vec<_> = listings
                    .services
                    .values()
                    .filter(|s| s.is_listed(policy, today(now)))
                    .collect();
                listed.sort_by(|a, b| a.slug.as_str().cmp(b.slug.as_str()));
                listed
                    .into_iter()
                    .map(|s| {
                        let org = listings.organizations.get(&s.organization_id);
                        ServiceCard::new(ctx, s, org, policy, now)
                    })
                    .collect()
            },
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
    let listings = match state.app.listings([], services).await {
        Ok(l) => l,
        Err(err) => return render_app_error(&ctx, &err),
    };
    let policy = review_policy(&state);
    html(
        &ctx,
        StatusCode::OK,
        &TopicPage::new(&ctx, topic, &guides, &listings, &policy, Timestamp::now()),
    )
}
