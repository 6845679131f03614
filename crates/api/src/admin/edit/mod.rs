//! The editor's forms under `/admin/{lang}/…`: organizations, services, their places (a
//! location with its hours), guides and events. This module holds what every kind shares: the
//! [`Editable`] trait, the shared field helpers and the form, delete and list pages; each kind's
//! fields are in `kinds/`, the handlers in `handlers.rs`, a service's places in `places.rs`.
//! Saving and deleting go through `vecino_app::edit` (scope checks and audit), as the staff
//! JSON API (`api_edit.rs`) does. It never writes to the store itself.

mod handlers;
mod kinds;
mod places;

pub use handlers::{create, delete, delete_form, edit_form, list, new_form, update};
pub use places::{place_delete, place_delete_form, place_form, place_save};

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use jiff::Timestamp;
use vecino_core::{
    EntityKind, Event, Guide, Id, LocaleTag, LocalizedText, Organization, ReviewPolicy, Role,
    Service, ServiceAtLocation, ServiceStatus, StaffUser, Trust,
};
use vecino_store::{Page, ServiceFilter, Session};

use super::forms::{
    Errors, Field, Opt, Posted, core_message, detail_fields, facts_text, language_options,
    languages_text, location_fields, phones_text, place_field, read_datetime, read_details,
    read_email, read_facts, read_languages, read_location, read_optional_text, read_phones,
    read_schedule, read_slug, read_sources, read_text, read_topics, read_url, schedule_text,
    sources_text, topic_options,
};
use super::{AdminReq, error_page, page};
use crate::AppState;
use crate::web::ctx::Ctx;
use crate::web::view::redirect;
pub use vecino_app::edit::{Record, Via};

/// Records the form pages edit: their fields and how to read them back.
pub trait Editable: Record {
    /// Whether `user` may open the "new" form at all.
    fn may_create(user: &StaffUser) -> bool;
    fn fields(c: &Ctx, existing: Option<&Self>, orgs: &[Organization], preset: &str) -> Vec<Field>;
    fn read(
        c: &Ctx,
        posted: &Posted,
        existing: Option<&Self>,
        orgs: &[Organization],
    ) -> Result<Self, Errors>;
    /// The public page of the record.
    fn public_path(&self) -> String {
        format!("/{}/{}", Self::PATH, self.slug())
    }
    /// The links its form lists below the fields (a service's places), if any.
    fn children(&self, _c: &Ctx) -> Option<Children> {
        None
    }
    /// What its page offers to mark "still correct" (a guide's text and changing facts),
    /// with where each stands on `today`.
    fn checks(&self, _c: &Ctx, _review: &ReviewPolicy, _today: jiff::civil::Date) -> Vec<Check> {
        Vec::new()
    }
}

/// One "still correct" button on a record's page: what it is about, where it stands, and
/// the form's address and fields.
pub struct Check {
    pub label: String,
    pub state: String,
    pub checked: String,
    pub action: String,
    /// The changing fact it is about (`None`: the record's text).
    pub fact: Option<String>,
}

fn org_options(c: &Ctx, orgs: &[Organization], selected: &str, none: bool) -> Vec<Opt> {
    let mut out = Vec::new();
    if none {
        out.push(Opt {
            value: String::new(),
            label: c.t("admin-none"),
            selected: selected.is_empty(),
        });
    }
    out.extend(orgs.iter().map(|o| Opt {
        value: o.id.to_string(),
        label: c.text(&o.name).text,
        selected: o.id.to_string() == selected,
    }));
    out
}

/// The language a new record is written in, or the record's own source language.
fn record_locale(
    c: &Ctx,
    posted: &Posted,
    existing: Option<&LocalizedText>,
    errors: &mut Errors,
) -> LocaleTag {
    if let Some(t) = existing {
        return t.source_locale().clone();
    }
    match LocaleTag::parse(posted.get("language")) {
        Ok(tag) if vecino_i18n::SHIPPED.contains(&tag.as_str()) => tag,
        _ => {
            errors.add("language", c.t("admin-error-locale"));
            LocaleTag::parse(c.tag).expect("a shipped tag parses")
        }
    }
}

/// The language field: a choice when new, a note of the record's language when not.
fn language_field(c: &Ctx, existing: Option<&LocalizedText>) -> Option<Field> {
    match existing {
        None => Some(Field::new(c, "language", "select", "").options(language_options(c, c.tag))),
        Some(_) => None,
    }
}

fn written_in(c: &Ctx, existing: Option<&LocalizedText>) -> String {
    match existing {
        Some(t) => c.t1(
            "admin-hint-written-in",
            "language",
            &c.language_name(t.source_locale().as_str()),
        ),
        None => c.t("admin-hint-source-text"),
    }
}

fn source(t: Option<&LocalizedText>) -> String {
    t.map(|t| t.source_text().to_owned()).unwrap_or_default()
}

/// A form's trust: the sources typed, and the stored check as it was (the store decides
/// whether the edit keeps it).
fn trust(existing: Option<&Trust>, sources: Vec<vecino_core::Source>) -> Trust {
    Trust {
        sources,
        ..existing.cloned().unwrap_or_default()
    }
}

/// Puts a refused record's core error on the form.
fn invalid(c: &Ctx, e: &vecino_core::Error, errors: &mut Errors) {
    let field = match e.field() {
        "verified_at" => "sources",
        // An accredited service keeps a legal topic (its accreditation is an admin's).
        "accreditation" => "topics",
        "ends_at" => "ends",
        "coordinates" => "latitude",
        "safety" => "asks_status",
        "assurer_email" => "sources",
        "text" => "name",
        other => FIELD_NAMES
            .iter()
            .copied()
            .find(|f| *f == other)
            .unwrap_or("name"),
    };
    errors.add(field, core_message(c, e));
}

const FIELD_NAMES: &[&str] = &[
    "slug",
    "email",
    "sources",
    "topics",
    "accreditation",
    "body",
    "timezone",
    "phones",
    "url",
    "minimum_age",
    "capacity",
    "cost_options",
    "public_charge_note",
];

fn free_options(c: &Ctx, free: Option<bool>) -> Vec<Opt> {
    [("", None), ("yes", Some(true)), ("no", Some(false))]
        .into_iter()
        .map(|(v, b)| Opt {
            value: v.to_owned(),
            label: c.t(&format!(
                "admin-free-{}",
                if v.is_empty() { "unknown" } else { v }
            )),
            selected: free == b,
        })
        .collect()
}

fn read_free(p: &Posted) -> Option<bool> {
    match p.get("free") {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// The organization chosen in the form, if the account may use it.
fn read_org(c: &Ctx, p: &Posted, orgs: &[Organization], e: &mut Errors) -> Option<Id> {
    let chosen = Id::parse(p.get("organization")).ok();
    let found = chosen.filter(|id| orgs.iter().any(|o| o.id == *id));
    if found.is_none() {
        e.add("organization", c.t("admin-error-organization"));
    }
    found
}

fn local_input(at: Timestamp, tz: &str) -> String {
    jiff::tz::TimeZone::get(tz)
        .map(|z| {
            at.to_zoned_datetime(z)
                .strftime("%Y-%m-%dT%H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

/// A list of links, with a link to add one.
pub struct Children {
    pub title: String,
    pub items: Vec<(String, String)>,
    pub add: (String, String),
}

#[derive(Template)]
#[template(path = "admin/edit_form.html")]
pub(super) struct FormPage<'a> {
    pub c: &'a Ctx,
    pub title: String,
    pub csrf: String,
    pub action: String,
    pub fields: Vec<Field>,
    pub has_errors: bool,
    pub saved: bool,
    pub delete: Option<String>,
    pub public: Option<String>,
    pub children: Option<Children>,
    /// An admin's link to a service's accreditation page.
    pub accreditation: Option<String>,
    /// "Still correct" buttons (a guide's text and changing facts).
    pub checks: Vec<Check>,
    /// A check was just recorded.
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "admin/edit_delete.html")]
struct DeletePage<'a> {
    c: &'a Ctx,
    title: String,
    csrf: String,
    question: String,
    action: String,
    cancel: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/edit_list.html")]
struct ListPage<'a> {
    c: &'a Ctx,
    title: String,
    csrf: String,
    items: Vec<(String, String)>,
    add: Option<(String, String)>,
}

/// Fills fields with what was posted, so a refused form loses nothing.
pub(super) fn refill(fields: &mut [Field], posted: &Posted) {
    for f in fields {
        match f.kind {
            "checks" => {
                let chosen = posted.all(f.name);
                for o in &mut f.options {
                    o.selected = chosen.contains(&o.value);
                }
            }
            "select" => {
                let chosen = posted.get(f.name);
                for o in &mut f.options {
                    o.selected = o.value == chosen;
                }
            }
            _ => f.value = posted.get(f.name).to_owned(),
        }
    }
}

fn record_title<R: Record>(c: &Ctx, r: Option<&R>) -> String {
    match r {
        Some(r) => c.t1(
            &format!("admin-edit-{}", R::NAME),
            "name",
            &c.text(r.title()).text,
        ),
        None => c.t(&format!("admin-new-{}", R::NAME)),
    }
}

/// A record's form page: the record (`None` for a new one) and its fields, shown with
/// [`RecordForm::render`].
pub(super) struct RecordForm<'r, R> {
    existing: Option<&'r R>,
    fields: Vec<Field>,
    status: StatusCode,
    saved: bool,
    children: Option<Children>,
    checks: Vec<Check>,
    checked: bool,
}

impl<'r, R: Editable> RecordForm<'r, R> {
    /// The form as first shown (200), with the record's own children.
    pub(super) fn new(existing: Option<&'r R>, fields: Vec<Field>) -> Self {
        RecordForm {
            existing,
            fields,
            status: StatusCode::OK,
            saved: false,
            children: None,
            checks: Vec::new(),
            checked: false,
        }
    }

    /// Shown again after a refused save (422): the fields carry their errors.
    pub(super) fn refused(existing: Option<&'r R>, fields: Vec<Field>) -> Self {
        RecordForm {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            ..RecordForm::new(existing, fields)
        }
    }

    /// With the "saved" note.
    pub(super) fn saved(self, saved: bool) -> Self {
        RecordForm { saved, ..self }
    }

    /// With these "still correct" buttons, and whether a check was just recorded.
    pub(super) fn checks(self, checks: Vec<Check>, checked: bool) -> Self {
        RecordForm {
            checks,
            checked,
            ..self
        }
    }

    /// With these links below the fields instead of the record's own.
    pub(super) fn children(self, children: Option<Children>) -> Self {
        RecordForm { children, ..self }
    }

    pub(super) fn render(self, req: &AdminReq, session: &Session) -> Response {
        let c = &req.c;
        let existing = self.existing;
        let action = match existing {
            Some(r) => c.href(&format!("/{}/{}", R::PATH, r.id())),
            None => c.href(&format!("/{}/new", R::PATH)),
        };
        page(
            c,
            self.status,
            &FormPage {
                c,
                title: record_title(c, existing),
                csrf: session.csrf.clone(),
                has_errors: self.fields.iter().any(|f| f.error.is_some()),
                action,
                fields: self.fields,
                saved: self.saved,
                delete: existing.map(|r| c.href(&format!("/{}/{}/delete", R::PATH, r.id()))),
                public: existing.map(|r| format!("/{}{}", c.tag, r.public_path())),
                children: self
                    .children
                    .or_else(|| existing.and_then(|r| r.children(c))),
                accreditation: existing
                    .filter(|_| R::KIND == EntityKind::Service && session.user.is_admin())
                    .map(|r| c.href(&format!("/services/{}/accreditation", r.id()))),
                checks: self.checks,
                checked: self.checked,
            },
        )
    }
}

/// The delete page: the question, or it again with why the record cannot go (409).
pub(super) fn delete_page(
    req: &AdminReq,
    session: &Session,
    question: String,
    action: String,
    cancel: String,
    error: Option<String>,
) -> Response {
    let c = &req.c;
    page(
        c,
        if error.is_some() {
            StatusCode::CONFLICT
        } else {
            StatusCode::OK
        },
        &DeletePage {
            c,
            title: c.t("admin-delete"),
            csrf: session.csrf.clone(),
            question,
            action,
            cancel,
            error,
        },
    )
}

fn not_found(req: &AdminReq) -> Response {
    error_page(&req.c, StatusCode::NOT_FOUND, "not-found")
}

async fn load_for<R: Record>(
    state: &AppState,
    req: &AdminReq,
    user: &StaffUser,
    id: &str,
) -> Result<R, Response> {
    let id = Id::parse(id).map_err(|_| not_found(req))?;
    let record = R::load(&state.store, id)
        .await
        .map_err(|e| req.failure(e))?
        .ok_or_else(|| error_page(&req.c, StatusCode::NOT_FOUND, "not-found"))?;
    if !record.may_edit(user) {
        return Err(error_page(&req.c, StatusCode::FORBIDDEN, "forbidden"));
    }
    Ok(record)
}

/// Services of an organization, for the home page's links (up to `limit`).
pub async fn services_of(
    state: &AppState,
    org: Id,
    limit: u64,
) -> vecino_store::Result<Vec<Service>> {
    let filter = ServiceFilter {
        organization: Some(org),
        ..ServiceFilter::default()
    };
    Ok(state
        .store
        .services(&filter, Page::new(1, limit))
        .await?
        .items)
}
