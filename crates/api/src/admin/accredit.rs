//! Recording a legal service's accreditation: an admin's decision, made on the page
//! `/admin/{lang}/services/{id}/accreditation` or with `POST /admin/api/services/{id}/accreditation`,
//! with the day the EOIR roster (or a state bar's listing) showed it and that source. Nothing
//! else sets an accreditation: the service form and the staff API keep the stored one, and an
//! import never brings one. Each decision is one write with its audit row
//! (`accredit-service`, `unaccredit-service`), and it empties a person's check of the listing.
//!
//! Must never let anyone but an admin record or remove an accreditation.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Value, json};
use vecino_core::{Accreditation, Date, Id, Service, Source};
use vecino_store::Session;

use super::api_edit::invalid;
use super::edit::{FormPage, Via, refill};
use super::extract::{AdminForm, AdminOnly, BearerUser, IdPath, StaffForm, StaffSession};
use super::forms::{Errors, Field, Opt, Posted};
use super::{AdminReq, error_page, page};
use crate::web::ctx::Ctx;
use crate::web::view::redirect;
use crate::{ApiError, AppState};

use vecino_app::staff::Decision;

fn kind_options(c: &Ctx, chosen: Option<Accreditation>) -> Vec<Opt> {
    let mut out = vec![Opt {
        value: String::new(),
        label: c.t("admin-none"),
        selected: chosen.is_none(),
    }];
    out.extend(Accreditation::ALL.iter().map(|a| Opt {
        value: a.slug().to_owned(),
        label: c.t(&format!("accreditation-{}", a.slug())),
        selected: chosen == Some(*a),
    }));
    out
}

fn form_fields(c: &Ctx, service: &Service) -> Vec<Field> {
    let evidence = service.accreditation_evidence.as_ref();
    vec![
        Field::new(c, "accreditation", "select", "")
            .options(kind_options(c, service.accreditation))
            .hint(c.t("admin-hint-accreditation")),
        Field::new(
            c,
            "as_of",
            "date",
            evidence.map(|e| e.as_of.to_string()).unwrap_or_default(),
        ),
        Field::new(
            c,
            "source",
            "text",
            evidence
                .map(|e| format!("{} | {}", e.source.title, e.source.url))
                .unwrap_or_default(),
        )
        .hint(c.t("admin-hint-accreditation-source")),
    ]
}

/// Reads the form; errors are localized on their fields.
fn read(c: &Ctx, posted: &Posted) -> Result<Decision, Errors> {
    let mut errors = Errors::default();
    let kind = match posted.get("accreditation") {
        "" => None,
        raw => {
            let kind = Accreditation::parse(raw);
            if kind.is_none() {
                errors.add("accreditation", c.t("admin-error-invalid"));
            }
            kind
        }
    };
    let Some(kind) = kind else {
        return if errors.is_empty() {
            Ok(Decision {
                accreditation: None,
            })
        } else {
            Err(errors)
        };
    };
    let as_of = posted.get("as_of").trim().parse::<Date>().ok();
    if as_of.is_none() {
        errors.add("as_of", c.t("admin-error-date"));
    }
    let source = posted
        .get("source")
        .rsplit_once('|')
        .and_then(|(title, url)| Source::new(title, url).ok());
    if source.is_none() {
        errors.add("source", c.t("admin-error-source-line"));
    }
    match (as_of, source) {
        (Some(as_of), Some(source)) if errors.is_empty() => Ok(Decision {
            accreditation: Some((kind, as_of, source)),
        }),
        _ => Err(errors),
    }
}

fn form_page(
    req: &AdminReq,
    session: &Session,
    service: &Service,
    fields: Vec<Field>,
    status: StatusCode,
    saved: bool,
) -> Response {
    let c = &req.c;
    page(
        c,
        status,
        &FormPage {
            c,
            title: c.t1(
                "admin-accreditation-title",
                "name",
                &c.text(&service.name).text,
            ),
            csrf: session.csrf.clone(),
            action: c.href(&format!("/services/{}/accreditation", service.id)),
            has_errors: fields.iter().any(|f| f.error.is_some()),
            fields,
            saved,
            delete: None,
            public: Some(format!("/{}/services/{}", c.tag, service.slug)),
            children: None,
            accreditation: None,
            checks: Vec::new(),
            checked: false,
        },
    )
}

/// The service to decide on (an admin's session is checked by the extractor).
async fn admin_service(state: &AppState, req: &AdminReq, id: &str) -> Result<Service, Response> {
    let missing = || error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    let id = Id::parse(id).map_err(|_| missing())?;
    state
        .store
        .service(id)
        .await
        .map_err(|e| req.failure(e))?
        .ok_or_else(missing)
}

/// `GET /admin/{lang}/services/{id}/accreditation`.
pub async fn form(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    RawQuery(query): RawQuery,
    StaffSession { req, session, .. }: StaffSession<AdminOnly>,
) -> Response {
    let service = match admin_service(&state, &req, &id).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let fields = form_fields(&req.c, &service);
    form_page(
        &req,
        &session,
        &service,
        fields,
        StatusCode::OK,
        query.as_deref() == Some("saved"),
    )
}

/// `POST /admin/{lang}/services/{id}/accreditation`.
pub async fn save(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    staff: AdminForm,
) -> Response {
    let StaffForm {
        req,
        session,
        form: posted,
        ..
    } = staff;
    let service = match admin_service(&state, &req, &id).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let c = &req.c;
    let refused = |errors: Errors| {
        let mut fields = form_fields(c, &service);
        refill(&mut fields, &posted);
        errors.place(&mut fields);
        form_page(
            &req,
            &session,
            &service,
            fields,
            StatusCode::UNPROCESSABLE_ENTITY,
            false,
        )
    };
    let decision = match read(c, &posted) {
        Ok(d) => d,
        Err(errors) => return refused(errors),
    };
    match state
        .accredit(&session.user, Via::Session, service.id, decision)
        .await
    {
        Ok(_) => redirect(&c.href(&format!("/services/{}/accreditation?saved", service.id))),
        Err(vecino_app::Error::Invalid(e)) => {
            let field = e.field();
            let mut errors = Errors::default();
            let message = if field == "as_of" {
                c.t("admin-error-date-future")
            } else {
                c.t("admin-error-accreditation")
            };
            errors.add(field, message);
            refused(errors)
        }
        Err(e) => req.failure(e),
    }
}

/// `POST /admin/api/services/{id}/accreditation` with
/// `{"kind": "doj-recognized-organization", "as_of": "2026-12-01", "source": {"title": …,
/// "url": …}}`, or `{"kind": null}` to remove it. Admins only.
pub async fn api(
    State(state): State<AppState>,
    Path(id): Path<String>,
    BearerUser { user }: BearerUser,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let result: Result<Value, ApiError> = async {
        let id = Id::parse(&id).map_err(|_| ApiError::invalid_id(&id))?;
        let input: Value =
            serde_json::from_slice(&body).map_err(|e| invalid("body", &e.to_string()))?;
        let accreditation = match &input["kind"] {
            Value::Null => None,
            kind => {
                let kind = kind
                    .as_str()
                    .and_then(Accreditation::parse)
                    .ok_or_else(|| invalid("kind", "not an accreditation"))?;
                let as_of = input["as_of"]
                    .as_str()
                    .and_then(|d| d.parse::<Date>().ok())
                    .ok_or_else(|| invalid("as_of", "a date (YYYY-MM-DD)"))?;
                let source: Source = serde_json::from_value(input["source"].clone())
                    .map_err(|e| invalid("source", &e.to_string()))?;
                Some((
                    kind,
                    as_of,
                    Source::new(&source.title, source.url.as_str())
                        .map_err(|e| invalid("source", &e.to_string()))?,
                ))
            }
        };
        let decision = Decision { accreditation };
        match state.accredit(&user, Via::Token, id, decision).await {
            Ok(service) => Ok(json!({
                "id": service.id,
                "accreditation": service.accreditation,
                "accreditation_evidence": service.accreditation_evidence,
            })),
            Err(e) => Err(e.into()),
        }
    }
    .await;
    result.map(Json)
}
