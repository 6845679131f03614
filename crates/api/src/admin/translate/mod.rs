//! The translation workflow under `/admin/{lang}/translations`: per locale, what is missing,
//! stale (its source changed since it was translated), machine-translated, imported or human;
//! a side-by-side editor that saves a person's translation or marks an existing one reviewed.
//!
//! A translator sees and changes only the locales of their role, an admin every locale, an
//! editor none. Every change is a directory write through the change feed (so search and
//! bundles pick it up) followed by an audit entry. Forms carry the session's CSRF token and the
//! hash of the source text the translator saw: if the source changed meanwhile, nothing is
//! saved and the form comes back with the new source and what was typed.

mod diff;
mod editor;
mod list;

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use unic_langid::LanguageIdentifier;
use vecino_core::{
    EntityKind, Id, LocaleTag, MAX_TRANSLATION_CHARS, Provenance, Role, StaffUser, TextField,
    TextState, changing_markers, content_hash, human_translation, mark_reviewed,
};
use vecino_i18n::{Direction, SHIPPED, direction};
use vecino_store::{
    AuditNote, Page, StateCounts, TRANSLATED_KINDS, TextWrite, Translatable, TranslationQuery,
};

use super::extract::{StaffForm, StaffSession, Translator};
use super::{ErrorPage, error_page, page};
use crate::AppState;
use crate::web::ctx::{Ctx, Txt};
use crate::web::view::redirect;
use serde::Deserialize;
use vecino_store::Session;

/// Rows per page of a list.
const PER_PAGE: u64 = 50;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/{lang}/translations", get(index))
        .route("/admin/{lang}/translations/{locale}", get(list::list))
        .route(
            "/admin/{lang}/translations/{locale}/{kind}/{id}/{field}",
            get(editor::edit).post(editor::save),
        )
        .route(
            "/admin/{lang}/translations/{locale}/{kind}/{id}/{field}/review",
            post(editor::review),
        )
}

/// A translation editor's address: `/admin/{lang}/translations/{locale}/{kind}/{id}/{field}`.
#[derive(Deserialize)]
struct EditPath {
    locale: String,
    kind: String,
    id: String,
    field: String,
}

/// A locale's list: `/admin/{lang}/translations/{locale}`.
#[derive(Deserialize)]
struct LocalePath {
    locale: String,
}

/// The locale of the address, if this person may translate into it; else the error page's
/// status and code.
fn scoped(session: &Session, raw: &str) -> Result<LocaleTag, (StatusCode, &'static str)> {
    let locale = LocaleTag::parse(raw)
        .ok()
        .filter(|l| l.as_str() == raw)
        .ok_or((StatusCode::NOT_FOUND, "not-found"))?;
    if !session.user.may_translate(&locale) {
        return Err((StatusCode::FORBIDDEN, "forbidden"));
    }
    Ok(locale)
}

fn bad_parameter(c: &Ctx, name: &str, value: &str) -> Response {
    page(
        c,
        StatusCode::BAD_REQUEST,
        &ErrorPage {
            c,
            title: c.ta("error-invalid-parameter", "title"),
            detail: c.t2("error-invalid-parameter", "value", value, "name", name),
        },
    )
}

fn dir_of(tag: &str) -> &'static str {
    tag.parse::<LanguageIdentifier>()
        .map(|id| direction(&id))
        .unwrap_or(Direction::Ltr)
        .as_str()
}

fn today() -> jiff::civil::Date {
    TimeZone::UTC.to_datetime(Timestamp::now()).date()
}

fn kind_name(c: &Ctx, kind: EntityKind) -> String {
    c.t(&format!("admin-tr-kind-{}", kind.as_str()))
}

fn field_name(c: &Ctx, field: TextField) -> String {
    match field {
        TextField::Document(i) => c.t1(
            "admin-tr-field-document",
            "number",
            &(u32::from(i) + 1).to_string(),
        ),
        _ => c.t(&format!("admin-tr-field-{}", field.as_str())),
    }
}

fn state_name(c: &Ctx, state: TextState) -> String {
    c.t(&format!("admin-tr-state-{}", state.as_str()))
}

fn provenance_name(c: &Ctx, p: Provenance) -> String {
    let state = match p {
        Provenance::Machine => TextState::Machine,
        Provenance::Imported => TextState::Imported,
        Provenance::Human | Provenance::Original => TextState::Human,
    };
    state_name(c, state)
}

fn editor_href(c: &Ctx, locale: &LocaleTag, kind: EntityKind, id: Id, field: TextField) -> String {
    c.href(&format!(
        "/translations/{locale}/{}/{id}/{}",
        kind.as_str(),
        field.as_str()
    ))
}

/// An audit action naming the field and locale, within the log's 40 characters.
fn action(verb: &str, field: TextField, locale: &LocaleTag) -> String {
    format!("{verb}:{}:{locale}", field.as_str())
        .chars()
        .take(40)
        .collect()
}

// ---- the locales ---------------------------------------------------------------------------

struct LocaleRow {
    tag: String,
    name: String,
    href: String,
    /// (state, its name, the count, the link to the list of that state)
    states: Vec<(String, u64, String)>,
}

#[derive(Template)]
#[template(path = "admin/tr_index.html")]
struct IndexPage<'a> {
    c: &'a Ctx,
    title: String,
    csrf: String,
    states: Vec<String>,
    locales: Vec<LocaleRow>,
}

async fn index(
    State(state): State<AppState>,
    StaffSession { req, session, .. }: StaffSession<Translator>,
) -> Response {
    let c = &req.c;
    let (asked, every_used): (Vec<LocaleTag>, bool) = match &session.user.role {
        Role::Translator { locales } => (locales.clone(), false),
        _ => (
            SHIPPED
                .iter()
                .filter_map(|t| LocaleTag::parse(t).ok())
                .collect(),
            true,
        ),
    };
    let counts = match state.store.translation_counts(&asked, every_used).await {
        Ok(c) => c,
        Err(e) => return req.failure(e),
    };
    let locales = counts
        .iter()
        .map(|(locale, counts)| LocaleRow {
            tag: locale.to_string(),
            name: c.language_name(locale.as_str()),
            href: c.href(&format!("/translations/{locale}")),
            states: TextState::ALL
                .iter()
                .map(|s| {
                    (
                        state_name(c, *s),
                        counts.state(*s),
                        c.href(&format!("/translations/{locale}?state={}", s.as_str())),
                    )
                })
                .collect(),
        })
        .collect();
    page(
        c,
        StatusCode::OK,
        &IndexPage {
            c,
            title: c.t("admin-tr-title"),
            csrf: session.csrf,
            states: TextState::ALL.iter().map(|s| state_name(c, *s)).collect(),
            locales,
        },
    )
}
