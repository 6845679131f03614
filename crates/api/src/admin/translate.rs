//! The translation workflow under `/admin/{lang}/translations`: per locale, what is missing,
//! stale (its source changed since it was translated), machine-translated, imported or human;
//! a side-by-side editor that saves a person's translation or marks an existing one reviewed.
//!
//! A translator sees and changes only the locales of their role, an admin every locale, an
//! editor none. Every change is a directory write through the change feed (so search and
//! bundles pick it up) followed by an audit entry. Forms carry the session's CSRF token and the
//! hash of the source text the translator saw: if the source changed meanwhile, nothing is
//! saved and the form comes back with the new source and what was typed.

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
use super::forms::Posted;
use super::{AdminReq, ErrorPage, error_page, page};
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
        .route("/admin/{lang}/translations/{locale}", get(list))
        .route(
            "/admin/{lang}/translations/{locale}/{kind}/{id}/{field}",
            get(edit).post(save),
        )
        .route(
            "/admin/{lang}/translations/{locale}/{kind}/{id}/{field}/review",
            post(review),
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
    c.t(&format!("admin-tr-field-{}", field.as_str()))
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

// ---- one locale's list ---------------------------------------------------------------------

struct ItemRow {
    label: Txt,
    slug: String,
    kind: String,
    field: String,
    state: String,
    state_slug: &'static str,
    source_lang: String,
    href: String,
}

struct CountRow {
    kind: String,
    /// (count, link)
    cells: Vec<(u64, String)>,
}

struct Choice {
    value: String,
    name: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "admin/tr_list.html")]
struct ListPage<'a> {
    c: &'a Ctx,
    title: String,
    csrf: String,
    locale: String,
    states: Vec<String>,
    counts: Vec<CountRow>,
    state_choices: Vec<Choice>,
    kind_choices: Vec<Choice>,
    items: Vec<ItemRow>,
    total: u64,
    page_of: String,
    prev: Option<String>,
    next: Option<String>,
    index_href: String,
}

fn count_rows(c: &Ctx, locale: &LocaleTag, counts: &StateCounts) -> Vec<CountRow> {
    TRANSLATED_KINDS
        .iter()
        .map(|k| CountRow {
            kind: kind_name(c, *k),
            cells: TextState::ALL
                .iter()
                .map(|s| {
                    (
                        counts.get(*k, *s),
                        c.href(&format!(
                            "/translations/{locale}?state={}&kind={}",
                            s.as_str(),
                            k.as_str()
                        )),
                    )
                })
                .collect(),
        })
        .collect()
}

async fn list(
    State(state): State<AppState>,
    Path(LocalePath { locale }): Path<LocalePath>,
    RawQuery(query): RawQuery,
    StaffSession { req, session, .. }: StaffSession<Translator>,
) -> Response {
    let locale = match scoped(&session, &locale) {
        Ok(l) => l,
        Err((status, code)) => return error_page(&req.c, status, code),
    };
    let c = &req.c;
    let mut want = TranslationQuery {
        locale: locale.clone(),
        state: None,
        kind: None,
    };
    let mut page_no = 1u64;
    for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        match name.as_ref() {
            "state" if value.is_empty() => {}
            "state" => match TextState::parse(&value) {
                Ok(s) => want.state = Some(s),
                Err(_) => return bad_parameter(c, "state", &value),
            },
            "kind" if value.is_empty() => {}
            "kind" => match EntityKind::parse(&value) {
                Ok(k) => want.kind = Some(k),
                Err(_) => return bad_parameter(c, "kind", &value),
            },
            "page" => match value.parse::<u64>() {
                Ok(n) if (1..=1_000_000).contains(&n) => page_no = n,
                _ => return bad_parameter(c, "page", &value),
            },
            other => return bad_parameter(c, other, &value),
        }
    }
    let found = match state
        .store
        .translation_list(&want, Page::new(page_no, PER_PAGE))
        .await
    {
        Ok(f) => f,
        Err(e) => return req.failure(e),
    };
    let pages = found.items.total.div_ceil(PER_PAGE).max(1);
    let link = |n: u64| {
        let mut q = form_urlencoded::Serializer::new(String::new());
        if let Some(s) = want.state {
            q.append_pair("state", s.as_str());
        }
        if let Some(k) = want.kind {
            q.append_pair("kind", k.as_str());
        }
        q.append_pair("page", &n.to_string());
        c.href(&format!("/translations/{locale}?{}", q.finish()))
    };
    let items = found
        .items
        .items
        .iter()
        .map(|i| ItemRow {
            label: c.text(&i.label),
            slug: i.slug.clone(),
            kind: kind_name(c, i.kind),
            field: field_name(c, i.field),
            state: state_name(c, i.state),
            state_slug: i.state.as_str(),
            source_lang: c.language_name(i.text.source_locale().as_str()),
            href: editor_href(c, &locale, i.kind, i.id, i.field),
        })
        .collect();
    let title = c.t1(
        "admin-tr-list-title",
        "language",
        &c.language_name(locale.as_str()),
    );
    page(
        c,
        StatusCode::OK,
        &ListPage {
            c,
            title,
            csrf: session.csrf,
            locale: locale.to_string(),
            states: TextState::ALL.iter().map(|s| state_name(c, *s)).collect(),
            counts: count_rows(c, &locale, &found.counts),
            state_choices: TextState::ALL
                .iter()
                .map(|s| Choice {
                    value: s.as_str().to_owned(),
                    name: state_name(c, *s),
                    selected: want.state == Some(*s),
                })
                .collect(),
            kind_choices: TRANSLATED_KINDS
                .iter()
                .map(|k| Choice {
                    value: k.as_str().to_owned(),
                    name: kind_name(c, *k),
                    selected: want.kind == Some(*k),
                })
                .collect(),
            items,
            total: found.items.total,
            page_of: c.t2(
                "admin-tr-page-of",
                "page",
                &page_no.to_string(),
                "pages",
                &pages.to_string(),
            ),
            prev: (page_no > 1).then(|| link(page_no - 1)),
            next: (page_no < pages).then(|| link(page_no + 1)),
            index_href: c.href("/translations"),
        },
    )
}

// ---- the side-by-side editor ---------------------------------------------------------------

/// One run of a word diff between the old and the new source.
pub struct DiffPart {
    /// `same`, `del` or `ins`.
    pub op: &'static str,
    pub text: String,
}

/// A word-level diff (longest common subsequence); `None` when the texts are too long to
/// compare cheaply (then both are shown whole).
pub fn word_diff(old: &str, new: &str) -> Option<Vec<DiffPart>> {
    let a: Vec<&str> = old.split_inclusive(char::is_whitespace).collect();
    let b: Vec<&str> = new.split_inclusive(char::is_whitespace).collect();
    if a.len().saturating_mul(b.len()) > 4_000_000 {
        return None;
    }
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: the common subsequence length of a[i..] and b[j..].
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if a[i].trim_end() == b[j].trim_end() {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let mut parts: Vec<DiffPart> = Vec::new();
    let mut push = |op: &'static str, text: &str| match parts.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => parts.push(DiffPart {
            op,
            text: text.to_owned(),
        }),
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i].trim_end() == b[j].trim_end() {
            push("same", b[j]);
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            push("del", a[i]);
            i += 1;
        } else {
            push("ins", b[j]);
            j += 1;
        }
    }
    Some(parts)
}

/// Markdown to safe HTML (raw HTML is shown as text), `[changing:…]` markers kept visible as
/// text (never as HTML: the id is whatever the translator typed).
fn preview(source: &str) -> String {
    vecino_core::markdown::render(source, false, |_| None)
}

struct Stale {
    changed: String,
    /// The old source, as a diff against the new one, when it was kept.
    diff: Option<Vec<DiffPart>>,
    old_whole: Option<String>,
}

struct Current {
    provenance: String,
    reviewed: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/tr_edit.html")]
struct EditPage<'a> {
    c: &'a Ctx,
    title: String,
    csrf: String,
    list_href: String,
    form_href: String,
    review_href: String,
    kind: String,
    field: String,
    label: Txt,
    slug: String,
    source_text: String,
    source_lang: String,
    source_dir: &'static str,
    source_name: String,
    source_html: Option<String>,
    source_hash: String,
    locale: String,
    locale_dir: &'static str,
    locale_name: String,
    state: String,
    state_slug: &'static str,
    current: Option<Current>,
    stale: Option<Stale>,
    value: String,
    markdown: bool,
    preview_html: Option<String>,
    error: Option<String>,
    saved: bool,
    can_review: bool,
}

/// What the editor shows besides the record: what was typed, an error, a preview.
#[derive(Default)]
struct Shown {
    typed: Option<String>,
    error: Option<String>,
    preview: bool,
    saved: bool,
}

async fn edit_page(
    state: &AppState,
    req: &AdminReq,
    csrf: String,
    locale: &LocaleTag,
    item: Translatable,
    shown: Shown,
    status: StatusCode,
) -> Response {
    let c = &req.c;
    let text = &item.text;
    let current_translation = text.get(locale.as_str());
    let text_state = TextState::of(text, locale).unwrap_or(TextState::Human);
    let stale = if text_state == TextState::Stale {
        let old = match current_translation.and_then(|t| t.source_hash.as_deref()) {
            Some(hash) => match state.store.translation_source(hash).await {
                Ok(found) => found.map(|(t, _)| t),
                Err(e) => return req.failure(e),
            },
            None => None,
        };
        let diff = old
            .as_deref()
            .and_then(|o| word_diff(o, text.source_text()));
        Some(Stale {
            changed: c.t1(
                "admin-tr-stale-since",
                "date",
                &item.updated_at.strftime("%Y-%m-%d").to_string(),
            ),
            old_whole: if diff.is_none() { old } else { None },
            diff,
        })
    } else {
        None
    };
    let value = shown.typed.clone().unwrap_or_else(|| {
        current_translation
            .map(|t| t.text.clone())
            .unwrap_or_default()
    });
    // Staff see who reviewed: the public id (`staff:<id>`) of an account is shown as its email.
    let reviewer = match current_translation.and_then(|t| t.reviewer.as_deref()) {
        Some(public) => Some(
            match public
                .strip_prefix(StaffUser::PUBLIC_ID_PREFIX)
                .and_then(|id| Id::parse(id).ok())
            {
                Some(id) => match state.store.staff_user(id).await {
                    Ok(found) => found.map_or_else(|| public.to_owned(), |u| u.email.to_string()),
                    Err(e) => return req.failure(e),
                },
                None => public.to_owned(),
            },
        ),
        None => None,
    };
    let markdown = item.field.is_markdown();
    let preview_html = (markdown && (shown.preview || current_translation.is_some()))
        .then(|| preview(&value))
        .filter(|_| !value.trim().is_empty());
    let source_lang = text.source_locale().to_string();
    let title = c.t2(
        "admin-tr-edit-title",
        "field",
        &field_name(c, item.field),
        "language",
        &c.language_name(locale.as_str()),
    );
    let form_href = editor_href(c, locale, item.kind, item.id, item.field);
    page(
        c,
        status,
        &EditPage {
            c,
            title,
            csrf,
            list_href: c.href(&format!("/translations/{locale}")),
            review_href: format!("{form_href}/review"),
            form_href,
            kind: kind_name(c, item.kind),
            field: field_name(c, item.field),
            label: c.text(&item.label),
            slug: item.slug.clone(),
            source_text: text.source_text().to_owned(),
            source_dir: dir_of(&source_lang),
            source_name: c.language_name(&source_lang),
            source_lang,
            source_html: markdown.then(|| preview(text.source_text())),
            source_hash: content_hash(text.source_text()),
            locale: locale.to_string(),
            locale_dir: dir_of(locale.as_str()),
            locale_name: c.language_name(locale.as_str()),
            state: state_name(c, text_state),
            state_slug: text_state.as_str(),
            current: current_translation.map(|t| Current {
                provenance: provenance_name(c, t.provenance),
                reviewed: match (&reviewer, t.reviewed_at) {
                    (Some(who), Some(on)) => {
                        Some(c.t2("admin-tr-reviewed-by", "who", who, "date", &on.to_string()))
                    }
                    _ => None,
                },
            }),
            can_review: current_translation.is_some() && text_state != TextState::Human,
            stale,
            value,
            markdown,
            preview_html,
            error: shown.error,
            saved: shown.saved,
        },
    )
}

/// The record and field of an editor's address, after the access checks.
struct Target {
    session: Session,
    locale: LocaleTag,
    item: Translatable,
}

async fn target(
    state: &AppState,
    req: &AdminReq,
    session: Session,
    path: &EditPath,
) -> Result<Target, Response> {
    let locale = scoped(&session, &path.locale)
        .map_err(|(status, code)| error_page(&req.c, status, code))?;
    let not_found = || error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    let (Ok(kind), Ok(id), Ok(field)) = (
        EntityKind::parse(&path.kind),
        Id::parse(&path.id),
        TextField::parse(&path.field),
    ) else {
        return Err(not_found());
    };
    if !TextField::of(kind).contains(&field) {
        return Err(not_found());
    }
    match state.store.translatable(kind, id, field).await {
        Ok(Some(item)) => Ok(Target {
            session,
            locale,
            item,
        }),
        Ok(None) => Err(not_found()),
        Err(e) => Err(req.failure(e)),
    }
}

async fn edit(
    State(state): State<AppState>,
    Path(path): Path<EditPath>,
    RawQuery(query): RawQuery,
    StaffSession { req, session, .. }: StaffSession<Translator>,
) -> Response {
    let t = match target(&state, &req, session, &path).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let saved = query.as_deref() == Some("saved=1");
    let shown = Shown {
        saved,
        ..Shown::default()
    };
    let source_locale = t.item.text.source_locale() == &t.locale;
    let shown = if source_locale {
        Shown {
            error: Some(req.c.t("admin-tr-error-source-locale")),
            ..shown
        }
    } else {
        shown
    };
    edit_page(
        &state,
        &req,
        t.session.csrf,
        &t.locale,
        t.item,
        shown,
        StatusCode::OK,
    )
    .await
}

/// Why a typed translation cannot be saved, as a localized message.
fn check_typed(c: &Ctx, item: &Translatable, locale: &LocaleTag, typed: &str) -> Option<String> {
    if item.text.source_locale() == locale {
        return Some(c.t("admin-tr-error-source-locale"));
    }
    if typed.trim().is_empty() {
        return Some(c.t("admin-tr-error-empty"));
    }
    if typed.chars().count() > MAX_TRANSLATION_CHARS {
        return Some(c.t1(
            "admin-tr-error-too-long",
            "max",
            &MAX_TRANSLATION_CHARS.to_string(),
        ));
    }
    if item.field.is_markdown()
        && let Some(marker) = changing_markers(typed)
            .into_iter()
            .find(|m| !item.changing_facts.iter().any(|f| f == m))
    {
        return Some(c.t1("admin-tr-error-marker", "marker", &marker));
    }
    None
}

async fn save(
    State(state): State<AppState>,
    Path(path): Path<EditPath>,
    staff: StaffForm<Posted, Translator>,
) -> Response {
    let StaffForm {
        req, session, form, ..
    } = staff;
    let t = match target(&state, &req, session, &path).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let typed = form.get("text").to_owned();
    let again = |error: Option<String>, preview: bool, status: StatusCode, item: Translatable| {
        edit_page(
            &state,
            &req,
            t.session.csrf.clone(),
            &t.locale,
            item,
            Shown {
                typed: Some(typed.clone()),
                error,
                preview,
                saved: false,
            },
            status,
        )
    };
    if form.get("action") == "preview" {
        let error = check_typed(&req.c, &t.item, &t.locale, &typed);
        return again(error, true, StatusCode::OK, t.item.clone()).await;
    }
    if let Some(error) = check_typed(&req.c, &t.item, &t.locale, &typed) {
        return again(
            Some(error),
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
            t.item.clone(),
        )
        .await;
    }
    let who = t.session.user.public_id();
    let locale_tag = t.locale.clone();
    let written = state
        .store
        .write_translation(
            t.item.kind,
            t.item.id,
            t.item.field,
            form.get("source_hash"),
            Some(&audit_note(&t, "translate")),
            |text| human_translation(text, locale_tag, &typed, &who, today()),
        )
        .await;
    finish(&state, &req, &t, written, |error, status, item| {
        again(Some(error), false, status, item)
    })
    .await
}

/// The audit row a translation write commits with (`translate:<field>:<locale>`,
/// `review:<field>:<locale>`).
fn audit_note(t: &Target, verb: &str) -> AuditNote {
    AuditNote {
        at: Timestamp::now(),
        actor: t.session.user.email.to_string(),
        action: Some(action(verb, t.item.field, &t.locale)),
        summary: None,
    }
}

/// After a write (audited in its transaction): go back to the editor, or show why nothing was
/// written.
async fn finish<F, Fut>(
    state: &AppState,
    req: &AdminReq,
    t: &Target,
    written: vecino_store::Result<TextWrite>,
    again: F,
) -> Response
where
    F: FnOnce(String, StatusCode, Translatable) -> Fut,
    Fut: Future<Output = Response>,
{
    let c = &req.c;
    let href = editor_href(c, &t.locale, t.item.kind, t.item.id, t.item.field);
    match written {
        Ok(TextWrite::Saved(_) | TextWrite::Unchanged) => redirect(&format!("{href}?saved=1")),
        Ok(TextWrite::NotFound) => error_page(c, StatusCode::NOT_FOUND, "not-found"),
        Ok(TextWrite::SourceChanged) => {
            // Show the new source beside what was typed.
            match state
                .store
                .translatable(t.item.kind, t.item.id, t.item.field)
                .await
            {
                Ok(Some(fresh)) => {
                    again(
                        c.t("admin-tr-error-source-changed"),
                        StatusCode::CONFLICT,
                        fresh,
                    )
                    .await
                }
                Ok(None) => error_page(c, StatusCode::NOT_FOUND, "not-found"),
                Err(e) => req.failure(e),
            }
        }
        Err(vecino_store::Error::Invalid(_)) => {
            again(
                c.t("admin-tr-error-invalid"),
                StatusCode::UNPROCESSABLE_ENTITY,
                t.item.clone(),
            )
            .await
        }
        Err(e) => req.failure(e),
    }
}

async fn review(
    State(state): State<AppState>,
    Path(path): Path<EditPath>,
    staff: StaffForm<Posted, Translator>,
) -> Response {
    let StaffForm {
        req, session, form, ..
    } = staff;
    let t = match target(&state, &req, session, &path).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let again = |error: String, status: StatusCode, item: Translatable| {
        edit_page(
            &state,
            &req,
            t.session.csrf.clone(),
            &t.locale,
            item,
            Shown {
                error: Some(error),
                ..Shown::default()
            },
            status,
        )
    };
    if t.item.text.get(t.locale.as_str()).is_none() || t.item.text.source_locale() == &t.locale {
        return again(
            req.c.t("admin-tr-error-nothing-to-review"),
            StatusCode::UNPROCESSABLE_ENTITY,
            t.item.clone(),
        )
        .await;
    }
    let who = t.session.user.public_id();
    let locale_tag = t.locale.clone();
    let written = state
        .store
        .write_translation(
            t.item.kind,
            t.item.id,
            t.item.field,
            form.get("source_hash"),
            Some(&audit_note(&t, "review")),
            |text| mark_reviewed(text, &locale_tag, &who, today()),
        )
        .await;
    finish(&state, &req, &t, written, again).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(old: &str, new: &str, expect: &str) {
        let got: String = word_diff(old, new)
            .unwrap()
            .iter()
            .map(|p| match p.op {
                "same" => p.text.clone(),
                op => format!("[{op}:{}]", p.text),
            })
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn word_diff_shows_what_changed() {
        check("Free help", "Free help", "Free help");
        check(
            "Free legal help on Mondays",
            "Free legal help on Tuesdays",
            "Free legal help on [del:Mondays][ins:Tuesdays]",
        );
        check("a b", "a x b", "a [ins:x ]b");
        check("", "new", "[ins:new]");
    }
}
