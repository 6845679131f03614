//! A guide's page (Know Your Rights, DACA, citizenship …) and its printable pocket card. The
//! body is the guide's Markdown; facts that change (fees, program status) say when they took
//! effect and when someone last checked them — two dates, never one for the other — and a fact
//! or a guide past its review date is flagged. It only reads.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use jiff::civil::Date;
use vecino_core::{Guide, ReviewPolicy, Timestamp, markdown};

use super::{SourceView, by_slug, qr_code};
use crate::AppState;
use crate::web::ctx::{Ctx, Txt};
use crate::web::facts::{review_policy, today};
use crate::web::view::html;

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
    /// Said when the guide is past its review date.
    pub overdue: Option<String>,
    pub sources: Vec<SourceView>,
    pub changing: Vec<String>,
    pub qr: String,
    pub card_href: String,
}

impl<'a> GuidePage<'a> {
    /// The page of `guide` on `today`, its review dates judged by `policy`.
    pub fn new(ctx: &'a Ctx, guide: &Guide, policy: &ReviewPolicy, today: Date) -> Self {
        let body = ctx.text(&guide.body);
        let body_html = markdown::render(&body.text, ctx.kiosk, |id| {
            changing_notice(ctx, guide, id, policy, today)
        });
        let path = format!("/guides/{}", guide.slug.as_str());
        let heading = ctx.text(&guide.title);
        GuidePage {
            title: heading.text.clone(),
            qr: qr_code(ctx, &path),
            card_href: ctx.href(&format!("{path}/card")),
            heading,
            summary: ctx.text(&guide.summary),
            body,
            body_html,
            reviewed: ctx.t1("guide-reviewed", "date", &guide.reviewed_at.to_string()),
            overdue: guide
                .freshness(policy, today)
                .is_doubtful()
                .then(|| ctx.t1("guide-overdue", "date", &guide.reviewed_at.to_string())),
            sources: SourceView::list(&guide.sources),
            changing: guide
                .changing_facts
                .iter()
                .map(|f| ctx.t1("fact-last-checked", "date", &f.checked.to_string()))
                .collect(),
            c: ctx,
        }
    }
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

impl<'a> CardPage<'a> {
    /// The guide's first list of points and a QR code of the guide.
    pub fn new(ctx: &'a Ctx, guide: &Guide, policy: &ReviewPolicy, today: Date) -> Self {
        let body = ctx.text(&guide.body);
        let section = markdown::first_list_section(&body.text).unwrap_or_default();
        let body_html = markdown::render(&section, ctx.kiosk, |id| {
            changing_notice(ctx, guide, id, policy, today)
        });
        let path = format!("/guides/{}", guide.slug.as_str());
        let heading = ctx.text(&guide.title);
        CardPage {
            title: heading.text.clone(),
            heading,
            body_html,
            qr: qr_code(ctx, &path),
            guide_href: ctx.href(&path),
            c: ctx,
        }
    }
}

async fn load_guide(state: &AppState, ctx: &Ctx, raw: &str) -> Result<Guide, Response> {
    let store = &state.store;
    by_slug(ctx, raw, "guide-not-found", |slug| async move {
        store.guide_by_slug(&slug).await
    })
    .await
}

/// The notice the Markdown puts before a changing fact, as HTML: when it took effect (when the
/// source says), when someone last checked it, and a flag when that check is past due.
fn changing_notice(
    ctx: &Ctx,
    guide: &Guide,
    id: &str,
    policy: &ReviewPolicy,
    today: Date,
) -> Option<String> {
    let fact = guide.changing_facts.iter().find(|f| f.id.as_str() == id)?;
    let mut parts = Vec::new();
    if let Some(took) = fact.took_effect {
        parts.push(ctx.t1("fact-took-effect", "date", &took.to_string()));
    }
    parts.push(ctx.t1("fact-last-checked", "date", &fact.checked.to_string()));
    let overdue = guide.fact_freshness(fact, policy, today).is_doubtful();
    if overdue {
        parts.push(ctx.t("fact-overdue"));
    }
    Some(format!(
        r#"<strong class="changing{}">{}</strong> "#,
        if overdue { " overdue" } else { "" },
        escape(&parts.join(" "))
    ))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub async fn guide(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let (policy, today) = (review_policy(&state), today(Timestamp::now()));
    match load_guide(&state, &ctx, &raw).await {
        Ok(guide) => html(
            &ctx,
            StatusCode::OK,
            &GuidePage::new(&ctx, &guide, &policy, today),
        ),
        Err(page) => page,
    }
}

/// A pocket card: the guide's first list of points and a QR code of the guide, to print.
pub async fn card(
    State(state): State<AppState>,
    Path((_, raw)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let (policy, today) = (review_policy(&state), today(Timestamp::now()));
    match load_guide(&state, &ctx, &raw).await {
        Ok(guide) => html(
            &ctx,
            StatusCode::OK,
            &CardPage::new(&ctx, &guide, &policy, today),
        ),
        Err(page) => page,
    }
}
