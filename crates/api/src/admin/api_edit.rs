//! The staff JSON API for automation (`Authorization: Bearer <token>`), the same edits as the
//! forms with the same scope checks and audit entries:
//!
//! - `GET|PUT|DELETE /admin/api/{organizations|services|guides|events}/{id}` and
//!   `POST /admin/api/{kind}` (a new record; its id is made by the server). Bodies are the
//!   records as `/api/v1` and bundles write them (vecino-core's JSON), validated the same way.
//! - `GET /admin/api/reports?page=` (a page of the reports the token's account may handle;
//!   the resident's contact for admins only) and
//!   `POST /admin/api/reports/{id}` with `{"outcome": "resolved"|"dismissed", "note": "…"}`.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};
use vecino_core::Id;

use super::extract::BearerUser;
use crate::params::Params;
use crate::{ApiError, AppState};
use vecino_app::edit::{Record, Via};
use vecino_store::Page;

pub(super) use crate::error::invalid_field as invalid;

fn parse_id(raw: &str) -> Result<Id, ApiError> {
    Id::parse(raw).map_err(|_| ApiError::invalid_id(raw))
}

/// Reads a record from a JSON body, with `id` as its id.
fn read_body<R: Record>(body: &Bytes, id: Id) -> Result<R, ApiError> {
    let mut value: Value =
        serde_json::from_slice(body).map_err(|e| invalid("body", &e.to_string()))?;
    let Some(object) = value.as_object_mut() else {
        return Err(invalid("body", "a JSON object"));
    };
    match object.get("id").and_then(Value::as_str) {
        Some(given) if given != id.to_string() => {
            return Err(invalid(
                "id",
                "the id in the body is not the id in the address",
            ));
        }
        _ => {}
    }
    object.insert("id".to_owned(), json!(id));
    let record: R = serde_json::from_value(value).map_err(|e| invalid("body", &e.to_string()))?;
    Ok(record)
}

/// `GET /admin/api/{kind}/{id}`.
pub async fn get_one<R: Record>(
    State(state): State<AppState>,
    Path(id): Path<String>,
    BearerUser { user }: BearerUser,
) -> Result<Json<Value>, ApiError> {
    let id = parse_id(&id)?;
    let record = R::load(&state.store, id)
        .await?
        .ok_or_else(|| ApiError::not_found("not-found"))?;
    if !record.may_edit(&user) {
        return Err(ApiError::new(StatusCode::FORBIDDEN, "forbidden"));
    }
    Ok(Json(
        serde_json::to_value(&record).map_err(|_| ApiError::internal())?,
    ))
}

/// `POST /admin/api/{kind}`: creates a record (201).
pub async fn create<R: Record>(
    State(state): State<AppState>,
    BearerUser { user }: BearerUser,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let id = Id::new_random();
    let record: R = read_body(&body, id)?;
    state.save(&user, Via::Token, &record, None).await?;
    let body = serde_json::to_value(&record).map_err(|_| ApiError::internal())?;
    Ok((StatusCode::CREATED, Json(body)))
}

/// `PUT /admin/api/{kind}/{id}`: replaces a record the account may edit.
pub async fn replace<R: Record>(
    State(state): State<AppState>,
    Path(id): Path<String>,
    BearerUser { user }: BearerUser,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let id = parse_id(&id)?;
    if R::load(&state.store, id).await?.is_none() {
        return Err(ApiError::not_found("not-found"));
    }
    let record: R = read_body(&body, id)?;
    let changed = state.save(&user, Via::Token, &record, None).await?;
    Ok(Json(json!({ "id": id, "changed": changed })))
}

/// `DELETE /admin/api/{kind}/{id}`.
pub async fn delete<R: Record>(
    State(state): State<AppState>,
    Path(id): Path<String>,
    BearerUser { user }: BearerUser,
) -> Result<Json<Value>, ApiError> {
    let id = parse_id(&id)?;
    state.remove::<R>(&user, Via::Token, id).await?;
    Ok(Json(json!({ "id": id, "deleted": true })))
}

/// `GET /admin/api/reports`' parameters besides `lang`.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportsQuery {
    /// Page number, from 1.
    #[param(minimum = 1, default = 1)]
    #[serde(default = "first_page")]
    pub page: u64,
    /// Reports per page.
    #[param(minimum = 1, maximum = 100, default = 50)]
    #[serde(default = "per_page")]
    pub per_page: u64,
}

fn first_page() -> u64 {
    1
}

fn per_page() -> u64 {
    vecino_app::reports::PER_PAGE
}

/// `GET /admin/api/reports?page=&per_page=`: one page (at most 100), oldest first, with the
/// total. `contact` is given to admins only (`null` otherwise).
pub async fn reports(
    State(state): State<AppState>,
    BearerUser { user }: BearerUser,
    Params(query): Params<ReportsQuery>,
) -> Result<Json<Value>, ApiError> {
    let page = Page::new(query.page, query.per_page);
    let found = state.waiting_reports(&user, page).await?;
    let admin = user.is_admin();
    Ok(Json(json!({
        "total": found.total,
        "page": found.page.page,
        "per_page": found.page.per_page,
        "reports": found.items.iter().map(|w| json!({
            "id": w.report.id,
            "kind": w.report.kind,
            "details": w.report.details,
            "contact": w.report.contact.as_ref().filter(|_| admin),
            "locale": w.report.locale,
            "created_at": w.report.created_at,
            "service": w.service.as_ref().map(|s| json!({"id": s.id, "slug": s.slug})),
        })).collect::<Vec<_>>(),
    })))
}

/// `POST /admin/api/reports/{id}` with `{"outcome": …, "note": …}`.
pub async fn decide(
    State(state): State<AppState>,
    Path(id): Path<String>,
    BearerUser { user }: BearerUser,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let id = parse_id(&id)?;
    let input: Value =
        serde_json::from_slice(&body).map_err(|e| invalid("body", &e.to_string()))?;
    let outcome = input["outcome"].as_str().unwrap_or_default();
    let note = input["note"].as_str().unwrap_or_default();
    match state.handle_report(&user, id, outcome, note).await {
        Ok(()) => Ok(Json(json!({ "id": id, "status": outcome }))),
        Err(vecino_app::Error::Parameter { .. }) => {
            Err(invalid("outcome", "resolved or dismissed"))
        }
        Err(e) => Err(e.into()),
    }
}
