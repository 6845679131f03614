//! Staff accounts, for admins only: list them, add one with a role and its scope, change a
//! role or scope, disable one (its sessions end and its tokens are revoked at once). An admin
//! cannot disable or demote their own account, so the last admin cannot lock everyone out.
//! Every change is audited.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use jiff::Timestamp;
use vecino_core::{Email, Id, LocaleTag, Organization, Role, Slug, StaffUser};
use vecino_store::Session;

use super::extract::{AdminForm, AdminOnly, IdPath, StaffForm, StaffSession};
use super::forms::{Posted, core_message};
use super::{AdminReq, error_page, page};
use crate::AppState;
use crate::web::ctx::Ctx;
use crate::web::view::redirect;

use vecino_app::staff::MIN_PASSWORD;

struct Row {
    id: Id,
    email: String,
    role: &'static str,
    role_label: String,
    organizations: String,
    locales: String,
    disabled: Option<String>,
    me: bool,
}

/// What the add form holds when it comes back with an error.
#[derive(Default)]
struct Typed {
    email: String,
    role: String,
    organizations: String,
    locales: String,
}

#[derive(Template)]
#[template(path = "admin/accounts.html")]
struct AccountsPage<'a> {
    c: &'a Ctx,
    title: String,
    csrf: String,
    rows: Vec<Row>,
    error: Option<String>,
    typed: Typed,
    roles: Vec<(&'static str, String)>,
}

async fn render(
    state: &AppState,
    req: &AdminReq,
    session: &Session,
    status: StatusCode,
    error: Option<String>,
    typed: Typed,
) -> Response {
    let c = &req.c;
    let (accounts, orgs) = match (
        state.store.staff_accounts().await,
        state.store.organizations().await,
    ) {
        (Ok(a), Ok(o)) => (a, o),
        (Err(e), _) | (_, Err(e)) => return req.failure(e),
    };
    let slug_of = |id: &Id| {
        orgs.iter()
            .find(|o| o.id == *id)
            .map_or_else(|| id.to_string(), |o| o.slug.to_string())
    };
    let rows = accounts
        .into_iter()
        .map(|a| {
            let (organizations, locales) = match &a.user.role {
                Role::Editor { organizations } => (
                    organizations
                        .iter()
                        .map(slug_of)
                        .collect::<Vec<_>>()
                        .join(", "),
                    String::new(),
                ),
                Role::Translator { locales } => (
                    String::new(),
                    locales
                        .iter()
                        .map(LocaleTag::as_str)
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                Role::Admin => (String::new(), String::new()),
            };
            Row {
                id: a.user.id,
                email: a.user.email.to_string(),
                role: a.user.role.name(),
                role_label: c.t(&format!("admin-role-{}", a.user.role.name())),
                organizations,
                locales,
                disabled: a.disabled_at.map(|at| {
                    c.t1(
                        "admin-account-disabled",
                        "date",
                        &at.strftime("%Y-%m-%d").to_string(),
                    )
                }),
                me: a.user.id == session.user.id,
            }
        })
        .collect();
    page(
        c,
        status,
        &AccountsPage {
            c,
            title: c.t("admin-accounts"),
            csrf: session.csrf.clone(),
            rows,
            error,
            typed,
            roles: ["admin", "editor", "translator"]
                .into_iter()
                .map(|r| (r, c.t(&format!("admin-role-{r}"))))
                .collect(),
        },
    )
}

/// `GET /admin/{lang}/accounts`.
pub async fn list(
    State(state): State<AppState>,
    StaffSession { req, session, .. }: StaffSession<AdminOnly>,
) -> Response {
    render(
        &state,
        &req,
        &session,
        StatusCode::OK,
        None,
        Typed::default(),
    )
    .await
}

/// Reads a role and its scope (organization slugs, locale tags, comma-separated).
async fn read_role(state: &AppState, c: &Ctx, posted: &Posted) -> Result<Role, String> {
    let split = |name: &str| -> Vec<String> {
        posted
            .get(name)
            .split([',', ' ', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let role = posted.get("role");
    let mut organizations = Vec::new();
    if role == "editor" {
        for slug in split("organizations") {
            let org: Option<Organization> = match Slug::parse(&slug) {
                Ok(s) => state
                    .store
                    .organization_by_slug(&s)
                    .await
                    .map_err(|_| c.t("error-internal"))?,
                Err(_) => None,
            };
            match org {
                Some(o) => organizations.push(o.id),
                None => return Err(c.t1("admin-error-unknown-organization", "slug", &slug)),
            }
        }
    }
    let mut locales = Vec::new();
    if role == "translator" {
        for tag in split("locales") {
            locales.push(LocaleTag::parse(&tag).map_err(|e| core_message(c, &e))?);
        }
    }
    Role::new(role, organizations, locales).map_err(|e| core_message(c, &e))
}

/// `POST /admin/{lang}/accounts`: adds an account.
pub async fn add(State(state): State<AppState>, staff: AdminForm) -> Response {
    let StaffForm {
        req,
        session,
        form: posted,
        ..
    } = staff;
    let c = &req.c;
    let typed = Typed {
        email: posted.get("email").to_owned(),
        role: posted.get("role").to_owned(),
        organizations: posted.get("organizations").to_owned(),
        locales: posted.get("locales").to_owned(),
    };
    let checked: Result<(StaffUser, String), String> = async {
        let email = Email::parse(posted.get("email")).map_err(|e| core_message(c, &e))?;
        let password = posted.get("password").to_owned();
        if password.chars().count() < MIN_PASSWORD {
            return Err(c.t1("admin-error-password", "min", &MIN_PASSWORD.to_string()));
        }
        let role = read_role(&state, c, &posted).await?;
        let user =
            StaffUser::new(email, role, Timestamp::now()).map_err(|e| core_message(c, &e))?;
        Ok((user, password))
    }
    .await;
    let (user, password) = match checked {
        Ok(x) => x,
        Err(message) => {
            return render(
                &state,
                &req,
                &session,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(message),
                typed,
            )
            .await;
        }
    };
    match state.add_account(&session.user, &user, password).await {
        Ok(()) => redirect(&c.href("/accounts")),
        Err(vecino_app::Error::Conflict(_)) => {
            render(
                &state,
                &req,
                &session,
                StatusCode::CONFLICT,
                Some(c.t("admin-error-email-taken")),
                typed,
            )
            .await
        }
        Err(e) => req.failure(e),
    }
}

/// `POST /admin/{lang}/accounts/{id}`: a new role or scope.
pub async fn change(
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
    let Ok(id) = Id::parse(&id) else {
        return error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    };
    let c = &req.c;
    let role = match read_role(&state, c, &posted).await {
        Ok(r) => r,
        Err(message) => {
            return render(
                &state,
                &req,
                &session,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(message),
                Typed::default(),
            )
            .await;
        }
    };
    match state.change_role(&session.user, id, &role).await {
        Ok(()) => redirect(&c.href("/accounts")),
        Err(e) => req.failure(e),
    }
}

/// `POST /admin/{lang}/accounts/{id}/disable`.
pub async fn disable(
    State(state): State<AppState>,
    Path(IdPath { id }): Path<IdPath>,
    staff: AdminForm,
) -> Response {
    let StaffForm { req, session, .. } = staff;
    let Ok(id) = Id::parse(&id) else {
        return error_page(&req.c, StatusCode::NOT_FOUND, "not-found");
    };
    match state.disable_account(&session.user, id).await {
        Ok(()) => redirect(&req.c.href("/accounts")),
        Err(e) => req.failure(e),
    }
}
