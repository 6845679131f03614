//! The editor's forms under `/admin/{lang}/…`: organizations, services, their places (a
//! location with its hours), guides and events. Reading a form and showing it again with its
//! errors is done here; saving and deleting go through `vecino_app::edit` (scope checks and
//! audit), as the staff JSON API (`api_edit.rs`) does. It never writes to the store itself.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use jiff::Timestamp;
use vecino_core::{
    EntityKind, Event, Guide, Id, LocaleTag, LocalizedText, Organization, Role, Service,
    ServiceAtLocation, ServiceStatus, StaffUser, Trust,
};
use vecino_store::{Page, ServiceFilter, Session};

use super::forms::{
    Errors, Field, Opt, Posted, core_message, facts_text, language_options, languages_text,
    location_fields, phones_text, place_field, read_datetime, read_email, read_facts,
    read_languages, read_location, read_optional_text, read_phones, read_schedule, read_slug,
    read_sources, read_text, read_topics, read_url, schedule_text, sources_text, topic_options,
};
use super::{AdminReq, error_page, fields, page};
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
];

impl Editable for Organization {
    fn may_create(user: &StaffUser) -> bool {
        !matches!(user.role, Role::Translator { .. })
    }

    fn fields(c: &Ctx, o: Option<&Self>, _: &[Organization], _: &str) -> Vec<Field> {
        let mut f = Vec::new();
        f.extend(language_field(c, o.map(|o| &o.name)));
        f.push(
            Field::new(c, "name", "text", source(o.map(|o| &o.name)))
                .required()
                .free_text()
                .hint(written_in(c, o.map(|o| &o.name))),
        );
        f.push(
            Field::new(
                c,
                "slug",
                "text",
                o.map(|o| o.slug.to_string()).unwrap_or_default(),
            )
            .hint(c.t("admin-hint-slug")),
        );
        f.push(
            Field::new(
                c,
                "description",
                "textarea",
                source(o.and_then(|o| o.description.as_ref())),
            )
            .free_text(),
        );
        f.push(Field::new(
            c,
            "url",
            "url",
            o.and_then(|o| o.url.as_ref().map(ToString::to_string))
                .unwrap_or_default(),
        ));
        f.push(Field::new(
            c,
            "email",
            "email",
            o.and_then(|o| o.email.clone()).unwrap_or_default(),
        ));
        f.push(
            Field::new(
                c,
                "phones",
                "textarea",
                o.map(|o| phones_text(&o.phones)).unwrap_or_default(),
            )
            .rows(3)
            .hint(c.t("admin-hint-phones")),
        );
        f.push(
            Field::new(
                c,
                "sources",
                "textarea",
                o.map(|o| sources_text(&o.trust.sources))
                    .unwrap_or_default(),
            )
            .rows(3)
            .required()
            .hint(c.t("admin-hint-sources")),
        );
        f
    }

    fn read(c: &Ctx, p: &Posted, o: Option<&Self>, _: &[Organization]) -> Result<Self, Errors> {
        let mut e = Errors::default();
        let locale = record_locale(c, p, o.map(|o| &o.name), &mut e);
        let name = read_text(p, "name", o.map(|o| &o.name), &locale, &mut e, c);
        let slug = read_slug(p, p.get("name"), &mut e, c);
        let description = read_optional_text(
            p,
            "description",
            o.and_then(|o| o.description.as_ref()),
            &locale,
            &mut e,
            c,
        );
        let url = read_url(p, "url", &mut e, c);
        let email = read_email(p, &mut e, c);
        let phones = read_phones(p, o.map_or(&[][..], |o| &o.phones), &mut e, c);
        let sources = read_sources(p, &mut e, c);
        let (Some(name), Some(slug), true) = (name, slug, e.is_empty()) else {
            return Err(e);
        };
        let org = Organization {
            id: o.map_or_else(Id::new_random, |o| o.id),
            slug,
            name,
            description,
            url,
            email,
            phones,
            trust: trust(o.map(|o| &o.trust), sources),
        };
        if let Err(err) = org.validate() {
            invalid(c, &err, &mut e);
            return Err(e);
        }
        Ok(org)
    }
}

const STATUSES: [(&str, ServiceStatus); 3] = [
    ("active", ServiceStatus::Active),
    ("inactive", ServiceStatus::Inactive),
    ("defunct", ServiceStatus::Defunct),
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

impl Editable for Service {
    fn may_create(user: &StaffUser) -> bool {
        !matches!(user.role, Role::Translator { .. })
    }

    fn fields(c: &Ctx, s: Option<&Self>, orgs: &[Organization], preset: &str) -> Vec<Field> {
        let org = s.map_or(preset.to_owned(), |s| s.organization_id.to_string());
        let schedule = s.and_then(|s| s.schedule.as_ref());
        let mut f = vec![
            Field::new(c, "organization", "select", "")
                .required()
                .options(org_options(c, orgs, &org, false)),
        ];
        f.extend(language_field(c, s.map(|s| &s.name)));
        f.push(
            Field::new(c, "name", "text", source(s.map(|s| &s.name)))
                .required()
                .free_text()
                .hint(written_in(c, s.map(|s| &s.name))),
        );
        f.push(
            Field::new(
                c,
                "slug",
                "text",
                s.map(|s| s.slug.to_string()).unwrap_or_default(),
            )
            .hint(c.t("admin-hint-slug")),
        );
        f.push(
            Field::new(
                c,
                "description",
                "textarea",
                source(s.map(|s| &s.description)),
            )
            .rows(6)
            .required()
            .free_text(),
        );
        f.push(
            Field::new(c, "status", "select", "").options(
                STATUSES
                    .iter()
                    .map(|(v, st)| Opt {
                        value: (*v).to_owned(),
                        label: c.t(&format!("admin-status-{v}")),
                        selected: s.map_or(*v == "active", |s| s.status == *st),
                    })
                    .collect(),
            ),
        );
        f.push(
            Field::new(c, "topics", "checks", "")
                .required()
                .options(topic_options(c, s.map_or(&[][..], |s| &s.topics))),
        );
        f.push(
            Field::new(c, "free", "select", "").options(free_options(c, s.and_then(|s| s.free))),
        );
        f.push(Field::new(
            c,
            "url",
            "url",
            s.and_then(|s| s.url.as_ref().map(ToString::to_string))
                .unwrap_or_default(),
        ));
        f.push(Field::new(
            c,
            "email",
            "email",
            s.and_then(|s| s.email.clone()).unwrap_or_default(),
        ));
        f.push(
            Field::new(
                c,
                "phones",
                "textarea",
                s.map(|s| phones_text(&s.phones)).unwrap_or_default(),
            )
            .rows(3)
            .hint(c.t("admin-hint-phones")),
        );
        f.push(
            Field::new(
                c,
                "languages",
                "textarea",
                s.map(|s| languages_text(&s.languages)).unwrap_or_default(),
            )
            .rows(3)
            .hint(c.t("admin-hint-languages")),
        );
        f.push(
            Field::new(
                c,
                "timezone",
                "text",
                schedule.map_or("America/Los_Angeles".to_owned(), |s| {
                    s.timezone().to_owned()
                }),
            )
            .hint(c.t("admin-hint-timezone")),
        );
        f.push(
            Field::new(
                c,
                "hours",
                "textarea",
                schedule.map(schedule_text).unwrap_or_default(),
            )
            .rows(5)
            .hint(c.t("admin-hint-hours")),
        );
        f.push(
            Field::new(
                c,
                "sources",
                "textarea",
                s.map(|s| sources_text(&s.trust.sources))
                    .unwrap_or_default(),
            )
            .rows(3)
            .required()
            .hint(c.t("admin-hint-sources")),
        );
        f
    }

    fn read(c: &Ctx, p: &Posted, s: Option<&Self>, orgs: &[Organization]) -> Result<Self, Errors> {
        let mut e = Errors::default();
        let organization = read_org(c, p, orgs, &mut e);
        let locale = record_locale(c, p, s.map(|s| &s.name), &mut e);
        let name = read_text(p, "name", s.map(|s| &s.name), &locale, &mut e, c);
        let slug = read_slug(p, p.get("name"), &mut e, c);
        let description = read_text(
            p,
            "description",
            s.map(|s| &s.description),
            &locale,
            &mut e,
            c,
        );
        let status = STATUSES
            .iter()
            .find(|(v, _)| *v == p.get("status"))
            .map(|(_, st)| *st);
        if status.is_none() {
            e.add("status", c.t("admin-error-invalid"));
        }
        let topics = read_topics(p, &mut e, c);
        if topics.is_empty() {
            e.add("topics", c.t("admin-error-topics"));
        }
        let url = read_url(p, "url", &mut e, c);
        let email = read_email(p, &mut e, c);
        let phones = read_phones(p, s.map_or(&[][..], |s| &s.phones), &mut e, c);
        let languages = read_languages(p, &mut e, c);
        let schedule = read_schedule(p, "hours", p.get("timezone").trim(), &mut e, c);
        let sources = read_sources(p, &mut e, c);
        let (Some(organization_id), Some(name), Some(slug), Some(description), Some(status), true) =
            (organization, name, slug, description, status, e.is_empty())
        else {
            return Err(e);
        };
        let service = Service {
            id: s.map_or_else(Id::new_random, |s| s.id),
            slug,
            organization_id,
            name,
            description,
            status,
            topics,
            languages,
            // Kept as stored: only an admin's accreditation action changes it.
            accreditation: s.and_then(|s| s.accreditation),
            accreditation_evidence: s.and_then(|s| s.accreditation_evidence.clone()),
            free: read_free(p),
            url,
            email,
            phones,
            schedule,
            locations: s.map(|s| s.locations.clone()).unwrap_or_default(),
            trust: trust(s.map(|s| &s.trust), sources),
        };
        if let Err(err) = service.validate() {
            invalid(c, &err, &mut e);
            return Err(e);
        }
        Ok(service)
    }
}

impl Editable for Guide {
    fn may_create(user: &StaffUser) -> bool {
        user.is_admin()
    }

    fn fields(c: &Ctx, g: Option<&Self>, _: &[Organization], _: &str) -> Vec<Field> {
        let mut f = Vec::new();
        f.extend(language_field(c, g.map(|g| &g.title)));
        f.push(
            Field::new(c, "title", "text", source(g.map(|g| &g.title)))
                .required()
                .free_text()
                .hint(written_in(c, g.map(|g| &g.title))),
        );
        f.push(
            Field::new(
                c,
                "slug",
                "text",
                g.map(|g| g.slug.to_string()).unwrap_or_default(),
            )
            .hint(c.t("admin-hint-slug")),
        );
        f.push(
            Field::new(c, "summary", "textarea", source(g.map(|g| &g.summary)))
                .rows(3)
                .required()
                .free_text(),
        );
        f.push(
            Field::new(c, "body", "textarea", source(g.map(|g| &g.body)))
                .rows(20)
                .required()
                .free_text()
                .hint(c.t("admin-hint-markdown")),
        );
        f.push(
            Field::new(c, "topics", "checks", "")
                .options(topic_options(c, g.map_or(&[][..], |g| &g.topics))),
        );
        f.push(
            Field::new(
                c,
                "reviewed_at",
                "date",
                g.map(|g| g.reviewed_at.to_string()).unwrap_or_default(),
            )
            .required(),
        );
        f.push(
            Field::new(
                c,
                "sources",
                "textarea",
                g.map(|g| sources_text(&g.sources)).unwrap_or_default(),
            )
            .rows(3)
            .required()
            .hint(c.t("admin-hint-sources")),
        );
        f.push(
            Field::new(
                c,
                "facts",
                "textarea",
                g.map(|g| facts_text(&g.changing_facts)).unwrap_or_default(),
            )
            .rows(3)
            .hint(c.t("admin-hint-facts")),
        );
        f
    }

    fn read(c: &Ctx, p: &Posted, g: Option<&Self>, _: &[Organization]) -> Result<Self, Errors> {
        let mut e = Errors::default();
        let locale = record_locale(c, p, g.map(|g| &g.title), &mut e);
        let title = read_text(p, "title", g.map(|g| &g.title), &locale, &mut e, c);
        let slug = read_slug(p, p.get("title"), &mut e, c);
        let summary = read_text(p, "summary", g.map(|g| &g.summary), &locale, &mut e, c);
        let body = read_text(p, "body", g.map(|g| &g.body), &locale, &mut e, c);
        let topics = read_topics(p, &mut e, c);
        let reviewed_at = p
            .get("reviewed_at")
            .trim()
            .parse::<jiff::civil::Date>()
            .ok();
        if reviewed_at.is_none() {
            e.add("reviewed_at", c.t("admin-error-date"));
        }
        let sources = read_sources(p, &mut e, c);
        let changing_facts = read_facts(p, &mut e, c);
        let (Some(title), Some(slug), Some(summary), Some(body), Some(reviewed_at), true) =
            (title, slug, summary, body, reviewed_at, e.is_empty())
        else {
            return Err(e);
        };
        let guide = Guide {
            id: g.map_or_else(Id::new_random, |g| g.id),
            slug,
            title,
            summary,
            body,
            topics,
            sources,
            reviewed_at,
            changing_facts,
        };
        if let Err(err) = guide.validate() {
            invalid(c, &err, &mut e);
            return Err(e);
        }
        Ok(guide)
    }
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

impl Editable for Event {
    fn may_create(user: &StaffUser) -> bool {
        !matches!(user.role, Role::Translator { .. })
    }

    fn fields(c: &Ctx, ev: Option<&Self>, orgs: &[Organization], preset: &str) -> Vec<Field> {
        let org = ev.map_or(preset.to_owned(), |e| {
            e.organization_id.map(|o| o.to_string()).unwrap_or_default()
        });
        let tz = ev.map_or("America/Los_Angeles", |e| e.timezone.as_str());
        let mut f = vec![
            Field::new(c, "organization", "select", "").options(org_options(c, orgs, &org, true)),
        ];
        f.extend(language_field(c, ev.map(|e| &e.title)));
        f.push(
            Field::new(c, "title", "text", source(ev.map(|e| &e.title)))
                .required()
                .free_text()
                .hint(written_in(c, ev.map(|e| &e.title))),
        );
        f.push(
            Field::new(
                c,
                "slug",
                "text",
                ev.map(|e| e.slug.to_string()).unwrap_or_default(),
            )
            .hint(c.t("admin-hint-slug")),
        );
        f.push(
            Field::new(
                c,
                "description",
                "textarea",
                source(ev.map(|e| &e.description)),
            )
            .rows(5)
            .required()
            .free_text(),
        );
        f.push(
            Field::new(
                c,
                "starts",
                "datetime-local",
                ev.map(|e| local_input(e.starts_at, tz)).unwrap_or_default(),
            )
            .required(),
        );
        f.push(Field::new(
            c,
            "ends",
            "datetime-local",
            ev.and_then(|e| e.ends_at.map(|at| local_input(at, tz)))
                .unwrap_or_default(),
        ));
        f.push(
            Field::new(
                c,
                "event_languages",
                "text",
                ev.map(|e| {
                    e.languages
                        .iter()
                        .map(LocaleTag::as_str)
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default(),
            )
            .hint(c.t("admin-hint-event-languages")),
        );
        f.push(
            Field::new(c, "topics", "checks", "")
                .options(topic_options(c, ev.map_or(&[][..], |e| &e.topics))),
        );
        f.push(
            Field::new(c, "free", "select", "").options(free_options(c, ev.and_then(|e| e.free))),
        );
        f.push(
            Field::new(
                c,
                "sources",
                "textarea",
                ev.map(|e| sources_text(&e.trust.sources))
                    .unwrap_or_default(),
            )
            .rows(3)
            .required()
            .hint(c.t("admin-hint-sources")),
        );
        // The place, whose time zone is the event's.
        f.extend(location_fields(c, ev.and_then(|e| e.location.as_ref()), tz));
        f
    }

    fn read(c: &Ctx, p: &Posted, ev: Option<&Self>, orgs: &[Organization]) -> Result<Self, Errors> {
        let mut e = Errors::default();
        let organization_id = match p.get("organization") {
            "" => None,
            _ => read_org(c, p, orgs, &mut e),
        };
        let locale = record_locale(c, p, ev.map(|e| &e.title), &mut e);
        let title = read_text(p, "title", ev.map(|e| &e.title), &locale, &mut e, c);
        let slug = read_slug(p, p.get("title"), &mut e, c);
        let description = read_text(
            p,
            "description",
            ev.map(|e| &e.description),
            &locale,
            &mut e,
            c,
        );
        let timezone = p.get("timezone").trim().to_owned();
        let tz = jiff::tz::TimeZone::get(&timezone).ok();
        if tz.is_none() {
            e.add("timezone", c.t("admin-error-timezone"));
        }
        let at = |name: &'static str, e: &mut Errors| -> Option<Timestamp> {
            let civil = read_datetime(p.get(name));
            match (civil, &tz) {
                (Some(dt), Some(z)) => dt.to_zoned_datetime(z.clone()).ok().map(|z| z.timestamp()),
                (None, _) => {
                    e.add(name, c.t("admin-error-datetime"));
                    None
                }
                _ => None,
            }
        };
        let starts_at = at("starts", &mut e);
        let ends_at = if p.get("ends").trim().is_empty() {
            None
        } else {
            at("ends", &mut e)
        };
        let mut languages = Vec::new();
        for raw in p
            .get("event_languages")
            .split([',', ' '])
            .filter(|s| !s.trim().is_empty())
        {
            match LocaleTag::parse(raw) {
                Ok(t) => languages.push(t),
                Err(_) => e.add("event_languages", c.t("admin-error-locale")),
            }
        }
        let topics = read_topics(p, &mut e, c);
        let sources = read_sources(p, &mut e, c);
        let has_place = [
            "place_name",
            "place_slug",
            "address_1",
            "city",
            "postal_code",
            "latitude",
            "longitude",
        ]
        .iter()
        .any(|f| !p.get(f).trim().is_empty());
        let location = if has_place {
            read_location(
                p,
                ev.and_then(|e| e.location.as_ref()),
                &locale,
                p.get("slug"),
                &mut e,
                c,
            )
        } else {
            None
        };
        let (Some(title), Some(slug), Some(description), Some(starts_at), true) =
            (title, slug, description, starts_at, e.is_empty())
        else {
            return Err(e);
        };
        let event = Event {
            id: ev.map_or_else(Id::new_random, |e| e.id),
            slug,
            organization_id,
            title,
            description,
            starts_at,
            ends_at,
            timezone,
            location,
            languages,
            topics,
            free: read_free(p),
            trust: trust(ev.map(|e| &e.trust), sources),
        };
        if let Err(err) = event.validate() {
            invalid(c, &err, &mut e);
            return Err(e);
        }
        Ok(event)
    }
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

/// The places of a service as links, for its form.
fn places_of(c: &Ctx, r: &dyn std::any::Any) -> Option<Children> {
    let s = r.downcast_ref::<Service>()?;
    let base = c.href(&format!("/services/{}/places", s.id));
    Some(Children {
        title: c.t("admin-places"),
        items: s
            .locations
            .iter()
            .map(|at| {
                let l = &at.location;
                let label = l
                    .name
                    .as_ref()
                    .map(|n| c.text(n).text)
                    .or_else(|| l.address.as_ref().map(|a| a.city.clone()))
                    .unwrap_or_else(|| l.slug.to_string());
                (label, format!("{base}/{}", at.id))
            })
            .collect(),
        add: (c.t("admin-add-place"), format!("{base}/new")),
    })
}

#[allow(clippy::too_many_arguments)]
fn form_page<R: Editable>(
    req: &AdminReq,
    session: &Session,
    existing: Option<&R>,
    fields: Vec<Field>,
    status: StatusCode,
    saved: bool,
    extra: Option<Children>,
) -> Response {
    let c = &req.c;
    let action = match existing {
        Some(r) => c.href(&format!("/{}/{}", R::PATH, r.id())),
        None => c.href(&format!("/{}/new", R::PATH)),
    };
    page(
        c,
        status,
        &FormPage {
            c,
            title: record_title(c, existing),
            csrf: session.csrf.clone(),
            has_errors: fields.iter().any(|f| f.error.is_some()),
            action,
            fields,
            saved,
            delete: existing.map(|r| c.href(&format!("/{}/{}/delete", R::PATH, r.id()))),
            public: existing.map(|r| format!("/{}{}", c.tag, r.public_path())),
            children: extra
                .or_else(|| existing.and_then(|r| places_of(c, r as &dyn std::any::Any))),
            accreditation: existing
                .filter(|_| R::KIND == EntityKind::Service && session.user.is_admin())
                .map(|r| c.href(&format!("/services/{}/accreditation", r.id()))),
        },
    )
}

fn not_found(req: &AdminReq) -> Response {
    error_page(&req.c, StatusCode::NOT_FOUND, "not-found")
}

/// The session and the organizations it may use, or the page to answer with.
async fn editor(
    state: &AppState,
    req: &AdminReq,
    posted: Option<&Posted>,
) -> Result<(Session, Vec<Organization>), Response> {
    let session = match posted {
        Some(p) => req.require_form(state, &p.0).await?,
        None => req.require(state).await?,
    };
    if matches!(session.user.role, Role::Translator { .. }) {
        return Err(error_page(&req.c, StatusCode::FORBIDDEN, "forbidden"));
    }
    let orgs = state
        .editable_organizations(&session.user)
        .await
        .map_err(|e| req.failure(e))?;
    Ok((session, orgs))
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

/// `GET /admin/{lang}/{kind}/new`.
pub async fn new_form<R: Editable>(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    req: AdminReq,
) -> Response {
    let (session, orgs) = match editor(&state, &req, None).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    if !R::may_create(&session.user) {
        return error_page(&req.c, StatusCode::FORBIDDEN, "forbidden");
    }
    let preset = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "organization")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    let fields = R::fields(&req.c, None, &orgs, &preset);
    form_page::<R>(&req, &session, None, fields, StatusCode::OK, false, None)
}

/// `GET /admin/{lang}/{kind}/{id}`.
pub async fn edit_form<R: Editable>(
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    req: AdminReq,
) -> Response {
    let (session, orgs) = match editor(&state, &req, None).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let record = match load_for::<R>(&state, &req, &session.user, &id).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let saved = query.as_deref() == Some("saved");
    let fields = R::fields(&req.c, Some(&record), &orgs, "");
    let c = &req.c;
    // An organization's page lists its services, with a link to add one.
    let extra = if R::KIND == EntityKind::Organization {
        match services_of(&state, record.id(), 500).await {
            Ok(services) => Some(Children {
                title: c.t("admin-may-edit"),
                items: services
                    .iter()
                    .map(|s| (c.text(&s.name).text, c.href(&format!("/services/{}", s.id))))
                    .collect(),
                add: (
                    c.t("admin-new-service"),
                    c.href(&format!("/services/new?organization={}", record.id())),
                ),
            }),
            Err(e) => return req.failure(e),
        }
    } else {
        None
    };
    form_page(
        &req,
        &session,
        Some(&record),
        fields,
        StatusCode::OK,
        saved,
        extra,
    )
}

async fn submit<R: Editable>(
    state: &AppState,
    req: &AdminReq,
    id: Option<&str>,
    body: &Bytes,
) -> Response {
    let posted = Posted(fields(body));
    let (session, orgs) = match editor(state, req, Some(&posted)).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let existing = match id {
        Some(id) => match load_for::<R>(state, req, &session.user, id).await {
            Ok(r) => Some(r),
            Err(r) => return r,
        },
        None if !R::may_create(&session.user) => {
            return error_page(&req.c, StatusCode::FORBIDDEN, "forbidden");
        }
        None => None,
    };
    let c = &req.c;
    let refused = |errors: Errors| {
        let mut fields = R::fields(c, existing.as_ref(), &orgs, "");
        refill(&mut fields, &posted);
        errors.place(&mut fields);
        form_page(
            req,
            &session,
            existing.as_ref(),
            fields,
            StatusCode::UNPROCESSABLE_ENTITY,
            false,
            None,
        )
    };
    let record = match R::read(c, &posted, existing.as_ref(), &orgs) {
        Ok(r) => r,
        Err(errors) => return refused(errors),
    };
    match state.save(&session.user, Via::Session, &record, None).await {
        Ok(_) => redirect(&c.href(&format!("/{}/{}?saved", R::PATH, record.id()))),
        Err(vecino_app::Error::Conflict(why)) => {
            let mut errors = Errors::default();
            let message = match why {
                vecino_store::Conflict::SlugTaken { .. } => ("slug", c.t("admin-error-slug-taken")),
                _ => ("name", c.t("error-conflict")),
            };
            errors.add(message.0, message.1);
            refused(errors)
        }
        Err(vecino_app::Error::Invalid(e)) => {
            let mut errors = Errors::default();
            invalid(c, &e, &mut errors);
            refused(errors)
        }
        // What is stored was in scope (checked above): what was chosen is not (an event of
        // no organization, for an editor). Said on the field, with the form kept.
        Err(vecino_app::Error::Forbidden) => {
            let mut errors = Errors::default();
            errors.add("organization", c.t("admin-error-organization"));
            refused(errors)
        }
        Err(e) => req.failure(e),
    }
}

/// `POST /admin/{lang}/{kind}/new`.
pub async fn create<R: Editable>(
    State(state): State<AppState>,
    req: AdminReq,
    body: Bytes,
) -> Response {
    submit::<R>(&state, &req, None, &body).await
}

/// `POST /admin/{lang}/{kind}/{id}`.
pub async fn update<R: Editable>(
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    req: AdminReq,
    body: Bytes,
) -> Response {
    submit::<R>(&state, &req, Some(&id), &body).await
}

fn delete_page(
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

/// `GET /admin/{lang}/{kind}/{id}/delete`: asks first.
pub async fn delete_form<R: Editable>(
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    req: AdminReq,
) -> Response {
    let (session, _) = match editor(&state, &req, None).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let record = match load_for::<R>(&state, &req, &session.user, &id).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let c = &req.c;
    delete_page(
        &req,
        &session,
        c.t1(
            "admin-delete-question",
            "name",
            &c.text(record.title()).text,
        ),
        c.href(&format!("/{}/{}/delete", R::PATH, record.id())),
        c.href(&format!("/{}/{}", R::PATH, record.id())),
        None,
    )
}

/// `POST /admin/{lang}/{kind}/{id}/delete`.
pub async fn delete<R: Editable>(
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    req: AdminReq,
    body: Bytes,
) -> Response {
    let posted = Posted(fields(&body));
    let (session, _) = match editor(&state, &req, Some(&posted)).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let record = match load_for::<R>(&state, &req, &session.user, &id).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let c = &req.c;
    match state
        .remove::<R>(&session.user, Via::Session, record.id())
        .await
    {
        Ok(_) => redirect(&c.href("/")),
        Err(vecino_app::Error::Conflict(_)) => delete_page(
            &req,
            &session,
            c.t1(
                "admin-delete-question",
                "name",
                &c.text(record.title()).text,
            ),
            c.href(&format!("/{}/{}/delete", R::PATH, record.id())),
            c.href(&format!("/{}/{}", R::PATH, record.id())),
            Some(c.t("admin-error-in-use")),
        ),
        Err(e) => req.failure(e),
    }
}

/// `GET /admin/{lang}/guides` and `/events`: what the account may edit, with a link to add.
pub async fn list<R: Editable>(State(state): State<AppState>, req: AdminReq) -> Response {
    let (session, _) = match editor(&state, &req, None).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let c = &req.c;
    let items: Vec<(String, String)> = match R::KIND {
        EntityKind::Organization => match state.editable_organizations(&session.user).await {
            Ok(orgs) => orgs
                .iter()
                .map(|o| {
                    (
                        c.text(&o.name).text,
                        c.href(&format!("/organizations/{}", o.id)),
                    )
                })
                .collect(),
            Err(e) => return req.failure(e),
        },
        EntityKind::Guide => match state.store.guides().await {
            Ok(g) => g
                .iter()
                .filter(|r| r.may_edit(&session.user))
                .map(|r| (c.text(r.title()).text, c.href(&format!("/guides/{}", r.id))))
                .collect(),
            Err(e) => return req.failure(e),
        },
        _ => match state.store.events().await {
            Ok(evs) => evs
                .iter()
                .filter(|r| r.may_edit(&session.user))
                .map(|r| {
                    (
                        format!(
                            "{} · {}",
                            c.text(r.title()).text,
                            local_input(r.starts_at, &r.timezone).replace('T', " ")
                        ),
                        c.href(&format!("/events/{}", r.id)),
                    )
                })
                .collect(),
            Err(e) => return req.failure(e),
        },
    };
    page(
        c,
        StatusCode::OK,
        &ListPage {
            c,
            title: c.t(&format!("admin-{}", R::PATH)),
            csrf: session.csrf.clone(),
            items,
            add: R::may_create(&session.user).then(|| {
                (
                    c.t(&format!("admin-new-{}", R::NAME)),
                    c.href(&format!("/{}/new", R::PATH)),
                )
            }),
        },
    )
}

// Places: a location with its hours, one of a service's places.

fn place_fields(c: &Ctx, at: Option<&ServiceAtLocation>, service: &Service) -> Vec<Field> {
    let tz = service
        .schedule
        .as_ref()
        .map_or("America/Los_Angeles", |s| s.timezone());
    let mut f = location_fields(c, at.map(|a| &a.location), tz);
    f.push(
        Field::new(
            c,
            "hours",
            "textarea",
            at.and_then(|a| a.schedule.as_ref())
                .map(schedule_text)
                .unwrap_or_default(),
        )
        .rows(6)
        .hint(c.t("admin-hint-hours")),
    );
    f
}

fn place_page(
    req: &AdminReq,
    session: &Session,
    service: &Service,
    at: Option<&ServiceAtLocation>,
    fields: Vec<Field>,
    status: StatusCode,
    saved: bool,
) -> Response {
    let c = &req.c;
    let base = c.href(&format!("/services/{}/places", service.id));
    let name = c.text(&service.name).text;
    page(
        c,
        status,
        &FormPage {
            c,
            title: match at {
                Some(_) => c.t1("admin-edit-place", "name", &name),
                None => c.t1("admin-new-place", "name", &name),
            },
            csrf: session.csrf.clone(),
            action: match at {
                Some(a) => format!("{base}/{}", a.id),
                None => format!("{base}/new"),
            },
            has_errors: fields.iter().any(|f| f.error.is_some()),
            fields,
            saved,
            delete: at.map(|a| format!("{base}/{}/delete", a.id)),
            public: Some(format!("/{}/services/{}", c.tag, service.slug)),
            children: Some(Children {
                title: c.t("admin-service"),
                items: vec![(name, c.href(&format!("/services/{}", service.id)))],
                add: (c.t("admin-add-place"), format!("{base}/new")),
            }),
            accreditation: None,
        },
    )
}

/// The service and, when `place` is given, its place.
async fn service_place(
    state: &AppState,
    req: &AdminReq,
    user: &StaffUser,
    service: &str,
    place: Option<&str>,
) -> Result<(Service, Option<ServiceAtLocation>), Response> {
    let service = load_for::<Service>(state, req, user, service).await?;
    let at = match place {
        Some(raw) => {
            let id = Id::parse(raw).map_err(|_| not_found(req))?;
            Some(
                service
                    .locations
                    .iter()
                    .find(|a| a.id == id)
                    .cloned()
                    .ok_or_else(|| error_page(&req.c, StatusCode::NOT_FOUND, "not-found"))?,
            )
        }
        None => None,
    };
    Ok((service, at))
}

/// `GET /admin/{lang}/services/{id}/places/new` and `…/places/{place}`.
pub async fn place_form(
    State(state): State<AppState>,
    Path(params): Path<Vec<(String, String)>>,
    RawQuery(query): RawQuery,
    req: AdminReq,
) -> Response {
    let (session, _) = match editor(&state, &req, None).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let (service, at) = match service_place(
        &state,
        &req,
        &session.user,
        get("id").unwrap_or_default(),
        get("place"),
    )
    .await
    {
        Ok(x) => x,
        Err(r) => return r,
    };
    let fields = place_fields(&req.c, at.as_ref(), &service);
    place_page(
        &req,
        &session,
        &service,
        at.as_ref(),
        fields,
        StatusCode::OK,
        query.as_deref() == Some("saved"),
    )
}

/// `POST /admin/{lang}/services/{id}/places/new` and `…/places/{place}`: the place with its
/// hours, written as a change of the service (search and bundles see it).
pub async fn place_save(
    State(state): State<AppState>,
    Path(params): Path<Vec<(String, String)>>,
    req: AdminReq,
    body: Bytes,
) -> Response {
    let posted = Posted(fields(&body));
    let (session, _) = match editor(&state, &req, Some(&posted)).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let (service, at) = match service_place(
        &state,
        &req,
        &session.user,
        get("id").unwrap_or_default(),
        get("place"),
    )
    .await
    {
        Ok(x) => x,
        Err(r) => return r,
    };
    let c = &req.c;
    let mut errors = Errors::default();
    let location = read_location(
        &posted,
        at.as_ref().map(|a| &a.location),
        service.name.source_locale(),
        service.slug.as_str(),
        &mut errors,
        c,
    );
    let schedule = read_schedule(
        &posted,
        "hours",
        posted.get("timezone").trim(),
        &mut errors,
        c,
    );
    let refused = |errors: Errors| {
        let mut fields = place_fields(c, at.as_ref(), &service);
        refill(&mut fields, &posted);
        errors.place(&mut fields);
        place_page(
            &req,
            &session,
            &service,
            at.as_ref(),
            fields,
            StatusCode::UNPROCESSABLE_ENTITY,
            false,
        )
    };
    let Some(location) = location.filter(|_| errors.is_empty()) else {
        return refused(errors);
    };
    let place = ServiceAtLocation {
        id: at.as_ref().map_or_else(Id::new_random, |a| a.id),
        location,
        schedule,
    };
    let mut after = service.clone();
    match after.locations.iter_mut().find(|a| a.id == place.id) {
        Some(slot) => *slot = place.clone(),
        None => after.locations.push(place.clone()),
    }
    let action = if at.is_some() {
        "update-place"
    } else {
        "create-place"
    };
    match state
        .save(&session.user, Via::Session, &after, Some(action))
        .await
    {
        Ok(_) => redirect(&c.href(&format!(
            "/services/{}/places/{}?saved",
            service.id, place.id
        ))),
        Err(vecino_app::Error::Conflict(_)) => {
            let mut errors = Errors::default();
            errors.add("place_slug", c.t("admin-error-slug-taken"));
            refused(errors)
        }
        Err(vecino_app::Error::Invalid(e)) => {
            let mut errors = Errors::default();
            errors.add(place_field(&e), core_message(c, &e));
            refused(errors)
        }
        Err(e) => req.failure(e),
    }
}

/// `GET /admin/{lang}/services/{id}/places/{place}/delete`.
pub async fn place_delete_form(
    State(state): State<AppState>,
    Path((_, id, place)): Path<(String, String, String)>,
    req: AdminReq,
) -> Response {
    let (session, _) = match editor(&state, &req, None).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let (service, at) = match service_place(&state, &req, &session.user, &id, Some(&place)).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let Some(at) = at else {
        return error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    };
    let c = &req.c;
    let label = at
        .location
        .name
        .as_ref()
        .map(|n| c.text(n).text)
        .unwrap_or_else(|| at.location.slug.to_string());
    let base = c.href(&format!("/services/{}/places/{}", service.id, at.id));
    delete_page(
        &req,
        &session,
        c.t1("admin-delete-question", "name", &label),
        format!("{base}/delete"),
        base,
        None,
    )
}

/// `POST /admin/{lang}/services/{id}/places/{place}/delete`: the service without that place.
pub async fn place_delete(
    State(state): State<AppState>,
    Path((_, id, place)): Path<(String, String, String)>,
    req: AdminReq,
    body: Bytes,
) -> Response {
    let posted = Posted(fields(&body));
    let (session, _) = match editor(&state, &req, Some(&posted)).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let (service, at) = match service_place(&state, &req, &session.user, &id, Some(&place)).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let Some(at) = at else {
        return error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    };
    let mut after = service.clone();
    after.locations.retain(|a| a.id != at.id);
    match state
        .save(&session.user, Via::Session, &after, Some("delete-place"))
        .await
    {
        Ok(_) => redirect(&req.c.href(&format!("/services/{}", service.id))),
        Err(e) => req.failure(e),
    }
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
