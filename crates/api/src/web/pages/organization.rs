//! An organization's page: who they are, how to reach them, and their services. It only reads.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use vecino_core::{Organization, Service};

use super::{ServiceLink, TrustView, by_slug, qr_code, store_failure};
use crate::AppState;
use crate::web::ctx::{Ctx, Txt};
use crate::web::view::html;

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

impl<'a> OrganizationPage<'a> {
    pub fn new(ctx: &'a Ctx, org: &Organization, services: &[Service]) -> Self {
        let name = ctx.text(&org.name);
        OrganizationPage {
            title: name.text.clone(),
            name,
            description: org.description.as_ref().map(|d| ctx.text(d)),
            website: org.url.as_ref().map(|u| u.to_string()),
            phones: org.phones.iter().map(|p| p.number().to_owned()).collect(),
            email: org.email.clone(),
            services: services.iter().map(|s| ServiceLink::new(ctx, s)).collect(),
            trust: TrustView::new(ctx, &org.trust),
            qr: qr_code(ctx, &format!("/organizations/{}", org.slug.as_str())),
            c: ctx,
        }
    }
}

pub async fn organization(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let store = &state.store;
    let found = by_slug(&ctx, &raw, "organization-not-found", |slug| async move {
        store.organization_by_slug(&slug).await
    })
    .await;
    let org = match found {
        Ok(o) => o,
        Err(page) => return page,
    };
    let filter = vecino_store::ServiceFilter {
        topic: None,
        organization: Some(org.id),
    };
    let all = vecino_store::Page::new(1, vecino_store::Page::MAX_PER_PAGE);
    let services = match store.services(&filter, all).await {
        Ok(s) => s.items,
        Err(err) => return store_failure(&ctx, err),
    };
    html(
        &ctx,
        StatusCode::OK,
        &OrganizationPage::new(&ctx, &org, &services),
    )
}
