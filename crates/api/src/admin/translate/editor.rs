//! The side-by-side translation editor: show a text with its source, save a person's
//! translation, mark one reviewed. Writes go through the store's change feed with their audit
//! row; never writes when the source changed since the form was shown.

use super::diff::{DiffPart, word_diff};
use super::*;
use crate::admin::AdminReq;
use crate::admin::forms::Posted;

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

/// What the editor needs from the store besides the record: the old source of a stale
/// translation and who reviewed the current one.
struct Looked {
    old_source: Option<String>,
    reviewer: Option<String>,
}

impl Looked {
    async fn up(
        state: &AppState,
        locale: &LocaleTag,
        item: &Translatable,
    ) -> vecino_store::Result<Looked> {
        let current = item.text.get(locale.as_str());
        let stale = TextState::of(&item.text, locale) == Some(TextState::Stale);
        let old_source = match current.and_then(|t| t.source_hash.as_deref()) {
            Some(hash) if stale => state.store.translation_source(hash).await?.map(|(t, _)| t),
            _ => None,
        };
        // Staff see who reviewed: the public id (`staff:<id>`) of an account is shown as its
        // email.
        let reviewer = match current.and_then(|t| t.reviewer.as_deref()) {
            Some(public) => Some(
                match public
                    .strip_prefix(StaffUser::PUBLIC_ID_PREFIX)
                    .and_then(|id| Id::parse(id).ok())
                {
                    Some(id) => state
                        .store
                        .staff_user(id)
                        .await?
                        .map_or_else(|| public.to_owned(), |u| u.email.to_string()),
                    None => public.to_owned(),
                },
            ),
            None => None,
        };
        Ok(Looked {
            old_source,
            reviewer,
        })
    }
}

impl<'a> EditPage<'a> {
    fn new(
        c: &'a Ctx,
        csrf: String,
        locale: &LocaleTag,
        item: &Translatable,
        shown: Shown,
        looked: Looked,
    ) -> Self {
        let text = &item.text;
        let current_translation = text.get(locale.as_str());
        let text_state = TextState::of(text, locale).unwrap_or(TextState::Human);
        let stale = (text_state == TextState::Stale).then(|| {
            let old = looked.old_source;
            let diff = old
                .as_deref()
                .and_then(|o| word_diff(o, text.source_text()));
            Stale {
                changed: c.t1(
                    "admin-tr-stale-since",
                    "date",
                    &item.updated_at.strftime("%Y-%m-%d").to_string(),
                ),
                old_whole: if diff.is_none() { old } else { None },
                diff,
            }
        });
        let value = shown.typed.clone().unwrap_or_else(|| {
            current_translation
                .map(|t| t.text.clone())
                .unwrap_or_default()
        });
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
        EditPage {
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
                reviewed: match (&looked.reviewer, t.reviewed_at) {
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
        }
    }
}

/// The editor page for `item` in `locale`.
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
    match Looked::up(state, locale, &item).await {
        Ok(looked) => page(
            c,
            status,
            &EditPage::new(c, csrf, locale, &item, shown, looked),
        ),
        Err(e) => req.failure(e),
    }
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
    if !field.belongs_to(kind) {
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

pub(super) async fn edit(
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

pub(super) async fn save(
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
        .write_translation(
            &t.session.user,
            &t.locale,
            (t.item.kind, t.item.id, t.item.field),
            form.get("source_hash"),
            &audit_note(&t, "translate"),
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
    written: Result<TextWrite, vecino_app::Error>,
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
        Err(vecino_app::Error::Invalid(_)) => {
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

pub(super) async fn review(
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
        .write_translation(
            &t.session.user,
            &t.locale,
            (t.item.kind, t.item.id, t.item.field),
            form.get("source_hash"),
            &audit_note(&t, "review"),
            |text| mark_reviewed(text, &locale_tag, &who, today()),
        )
        .await;
    finish(&state, &req, &t, written, again).await
}
