//! The staff home, `/admin/{lang}/`: who is signed in and what they may do, the organizations
//! and services they may edit (with each service's check), the API tokens (admins), the
//! reports waiting and how many records are due for checking. Reads only.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use vecino_core::{ApiToken, Id, Organization, Role, Service, StaffUser};
use vecino_store::{Page, ServiceFilter, Session};

use super::{AdminReq, page};
use crate::AppState;
use crate::web::ctx::{Ctx, Txt};

/// A service as the admin home lists it.
struct Row {
    id: Id,
    name: Txt,
    verified: Option<String>,
}

struct OrgRows {
    id: Id,
    name: Txt,
    services: Vec<Row>,
}

#[derive(Template)]
#[template(path = "admin/home.html")]
struct HomePage<'a> {
    c: &'a Ctx,
    title: String,
    csrf: String,
    user: StaffUser,
    role: String,
    admin: bool,
    scope: Option<String>,
    orgs: Vec<OrgRows>,
    tokens: Vec<ApiToken>,
    new_token: Option<String>,
    /// Reports waiting for this account (`None` for a translator).
    reports_waiting: Option<u64>,
    /// Records due for checking by this account (`None` for a translator).
    due: Option<usize>,
}

/// Up to this many services per organization on the home page.
const HOME_SERVICES: u64 = 100;
/// Up to this many organizations on an admin's home page.
const HOME_ORGS: usize = 50;

/// What the home shows of the directory for one account.
struct Found {
    orgs: Vec<(Organization, Vec<Service>)>,
    tokens: Vec<ApiToken>,
    reports_waiting: Option<u64>,
    due: Option<usize>,
}

impl Found {
    async fn load(state: &AppState, user: &StaffUser) -> Result<Found, vecino_app::Error> {
        let mut organizations = match &user.role {
            Role::Admin => state.store.organizations().await?,
            Role::Editor { organizations } => state.store.organizations_in(organizations).await?,
            Role::Translator { .. } => Vec::new(),
        };
        organizations.truncate(HOME_ORGS);
        let mut orgs = Vec::new();
        for org in organizations {
            let filter = ServiceFilter {
                organization: Some(org.id),
                ..ServiceFilter::default()
            };
            let services = state
                .store
                .services(&filter, Page::new(1, HOME_SERVICES))
                .await?
                .items;
            orgs.push((org, services));
        }
        let tokens = if user.is_admin() {
            state.store.api_tokens().await?
        } else {
            Vec::new()
        };
        let reports_waiting = if matches!(user.role, Role::Translator { .. }) {
            None
        } else {
            Some(state.waiting_report_count(user).await?)
        };
        let today = jiff::tz::Offset::UTC
            .to_datetime(jiff::Timestamp::now())
            .date();
        let due = state.due_count(user, today).await?;
        Ok(Found {
            orgs,
            tokens,
            reports_waiting,
            due,
        })
    }
}

impl<'a> HomePage<'a> {
    fn new(c: &'a Ctx, session: Session, found: Found, new_token: Option<String>) -> Self {
        let user = session.user;
        let orgs = found
            .orgs
            .into_iter()
            .map(|(org, services)| OrgRows {
                id: org.id,
                name: c.text(&org.name),
                services: services
                    .iter()
                    .map(|s| Row {
                        id: s.id,
                        name: c.text(&s.name),
                        verified: s.trust.verified_at.map(|at| {
                            c.t1(
                                "admin-verified",
                                "date",
                                &at.strftime("%Y-%m-%d").to_string(),
                            )
                        }),
                    })
                    .collect(),
            })
            .collect();
        let scope = match &user.role {
            Role::Translator { locales } => Some(
                c.t1(
                    "admin-may-translate",
                    "locales",
                    &locales
                        .iter()
                        .map(|l| c.language_name(l.as_str()))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ),
            Role::Admin => Some(c.t("admin-may-edit-all")),
            Role::Editor { .. } => None,
        };
        HomePage {
            c,
            title: c.t("admin-title"),
            csrf: session.csrf,
            role: c.t(&format!("admin-role-{}", user.role.name())),
            admin: user.is_admin(),
            user,
            scope,
            orgs,
            tokens: found.tokens,
            new_token,
            reports_waiting: found.reports_waiting,
            due: found.due,
        }
    }
}

/// The home page for `session`, with a token's secret when one was just made (shown this
/// once).
pub(super) async fn home_page(
    state: &AppState,
    req: &AdminReq,
    session: Session,
    new_token: Option<String>,
) -> Response {
    let c = &req.c;
    match Found::load(state, &session.user).await {
        Ok(found) => page(
            c,
            StatusCode::OK,
            &HomePage::new(c, session, found, new_token),
        ),
        Err(e) => req.failure(e),
    }
}
