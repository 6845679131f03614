//! The editor's form handlers for every kind: new, edit, save, delete, list. Each extracts,
//! calls one use-case, maps the result; never writes to the store itself.

use super::*;
use crate::admin::extract::{Editor, IdPath, StaffForm, StaffSession};

/// `GET /admin/{lang}/{kind}/new`.
pub async fn new_form<R: Editable>(
    RawQuery(query): RawQuery,
    StaffSession { req, session, gate }: StaffSession<Editor>,
) -> Response {
    if !R::may_create(&session.user) {
        return error_page(&req.c, StatusCode::FORBIDDEN, "forbidden");
    }
    let preset = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "organization")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    let fields = R::fields(&req.c, None, &gate.orgs, &preset);
    RecordForm::<R>::new(None, fields).render(&req, &session)
}

/// `GET /admin/{lang}/{kind}/{id}`.
pub async fn edit_form<R: Editable>(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    RawQuery(query): RawQuery,
    StaffSession { req, session, gate }: StaffSession<Editor>,
) -> Response {
    let record = match load_for::<R>(&state, &req, &session.user, &id).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let saved = query.as_deref() == Some("saved");
    let checked = query.as_deref() == Some("checked");
    let fields = R::fields(&req.c, Some(&record), &gate.orgs, "");
    let c = &req.c;
    let today = jiff::tz::Offset::UTC.to_datetime(Timestamp::now()).date();
    let checks = record.checks(c, &state.review, today);
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
    RecordForm::new(Some(&record), fields)
        .saved(saved)
        .checks(checks, checked)
        .children(extra)
        .render(&req, &session)
}

async fn submit<R: Editable>(
    state: &AppState,
    staff: StaffForm<Posted, Editor>,
    id: Option<&str>,
) -> Response {
    let StaffForm {
        req,
        session,
        form: posted,
        gate: Editor { orgs },
    } = staff;
    let req = &req;
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
        RecordForm::refused(existing.as_ref(), fields).render(req, &session)
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
    staff: StaffForm<Posted, Editor>,
) -> Response {
    submit::<R>(&state, staff, None).await
}

/// `POST /admin/{lang}/{kind}/{id}`.
pub async fn update<R: Editable>(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    staff: StaffForm<Posted, Editor>,
) -> Response {
    submit::<R>(&state, staff, Some(&id)).await
}

/// `GET /admin/{lang}/{kind}/{id}/delete`: asks first.
pub async fn delete_form<R: Editable>(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    StaffSession { req, session, .. }: StaffSession<Editor>,
) -> Response {
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
    Path(IdPath { id }): Path<IdPath>,
    StaffForm { req, session, .. }: StaffForm<Posted, Editor>,
) -> Response {
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
pub async fn list<R: Editable>(
    State(state): State<AppState>,
    StaffSession { req, session, gate }: StaffSession<Editor>,
) -> Response {
    let c = &req.c;
    let items: Vec<(String, String)> = match R::KIND {
        EntityKind::Organization => gate
            .orgs
            .iter()
            .map(|o| {
                (
                    c.text(&o.name).text,
                    c.href(&format!("/organizations/{}", o.id)),
                )
            })
            .collect(),
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
