//! A service's places (a location with its hours and the areas served from there) under
//! `/admin/{lang}/services/{id}/places`, saved as a change of the service; never writes to the
//! store itself.

use super::*;
use crate::admin::extract::{Editor, StaffForm, StaffSession};
use crate::admin::forms::{areas_field, read_areas};

/// `/admin/{lang}/services/{id}/places/{place}` (no `place` for `…/places/new`).
#[derive(serde::Deserialize)]
pub struct PlacePath {
    id: String,
    place: Option<String>,
}

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
    f.push(areas_field(
        c,
        "place_areas",
        at.map_or(&[][..], |a| &a.service_areas),
    ));
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
            checks: Vec::new(),
            checked: false,
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
    Path(path): Path<PlacePath>,
    RawQuery(query): RawQuery,
    StaffSession { req, session, .. }: StaffSession<Editor>,
) -> Response {
    let (service, at) =
        match service_place(&state, &req, &session.user, &path.id, path.place.as_deref()).await {
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

/// The place a form describes (`at`, changed, or a new one) and the service with it.
fn read_place(
    c: &Ctx,
    posted: &Posted,
    service: &Service,
    at: Option<&ServiceAtLocation>,
) -> Result<(ServiceAtLocation, Service), Errors> {
    let mut errors = Errors::default();
    let location = read_location(
        posted,
        at.map(|a| &a.location),
        service.name.source_locale(),
        service.slug.as_str(),
        &mut errors,
        c,
    );
    let schedule = read_schedule(
        posted,
        "hours",
        posted.get("timezone").trim(),
        &mut errors,
        c,
    );
    let service_areas = read_areas(posted, "place_areas", &mut errors, c);
    let Some(location) = location.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let place = ServiceAtLocation {
        id: at.map_or_else(Id::new_random, |a| a.id),
        location,
        schedule,
        service_areas,
    };
    let mut after = service.clone();
    match after.locations.iter_mut().find(|a| a.id == place.id) {
        Some(slot) => *slot = place.clone(),
        None => after.locations.push(place.clone()),
    }
    Ok((place, after))
}

/// `POST /admin/{lang}/services/{id}/places/new` and `…/places/{place}`: the place with its
/// hours, written as a change of the service (search and bundles see it).
pub async fn place_save(
    State(state): State<AppState>,
    Path(path): Path<PlacePath>,
    staff: StaffForm<Posted, Editor>,
) -> Response {
    let StaffForm {
        req,
        session,
        form: posted,
        ..
    } = staff;
    let (service, at) =
        match service_place(&state, &req, &session.user, &path.id, path.place.as_deref()).await {
            Ok(x) => x,
            Err(r) => return r,
        };
    let c = &req.c;
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
    let (place, after) = match read_place(c, &posted, &service, at.as_ref()) {
        Ok(read) => read,
        Err(errors) => return refused(errors),
    };
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
    Path(PlacePath { id, place }): Path<PlacePath>,
    StaffSession { req, session, .. }: StaffSession<Editor>,
) -> Response {
    let (service, at) =
        match service_place(&state, &req, &session.user, &id, place.as_deref()).await {
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
    Path(PlacePath { id, place }): Path<PlacePath>,
    StaffForm { req, session, .. }: StaffForm<Posted, Editor>,
) -> Response {
    let (service, at) =
        match service_place(&state, &req, &session.user, &id, place.as_deref()).await {
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
