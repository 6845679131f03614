//! Staff flows in-process (`TestApp::builder().with_staff(..)`): sign-in, a forged form refused,
//! and an editor kept to their own organization with every change audited. Never a socket.

use axum::http::StatusCode;
use vecino_core::{Role, Slug, stable_id};

use crate::helpers::{TestApp, form_values, with_changes};

const MINE: &str = "marcc-cincinnati";

fn org_id(slug: &str) -> vecino_core::Id {
    stable_id("organization", &Slug::parse(slug).unwrap())
}

async fn editor_app() -> TestApp {
    TestApp::builder()
        .with_staff(Role::Editor {
            organizations: vec![org_id(MINE)],
        })
        .build()
        .await
}

#[tokio::test]
async fn staff_sign_in_with_the_right_password_only() {
    let app = TestApp::builder().with_staff(Role::Admin).build().await;
    let (email, _) = &app.staff[0];
    assert_eq!(email, "admin@example.org");

    let session = app.sign_in(email).await;
    let home = app.get_as("/admin/en/", &session.cookie).await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(
        home.text.contains(email.as_str()),
        "the home names who is signed in"
    );

    let anonymous = app.get("/admin/en/", None).await;
    assert_eq!(
        anonymous.status,
        StatusCode::SEE_OTHER,
        "{}",
        anonymous.text
    );
    assert!(anonymous.location().contains("/admin/en/login"));

    let refused = app.try_sign_in("nobody@example.org").await;
    assert!(refused.is_err(), "an unknown account does not sign in");
    let audit = app.store.audit_entries(10).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|(e, _)| e.actor == *email && e.action.contains("sign-in")),
        "the sign-in is audited: {audit:?}"
    );
}

#[tokio::test]
async fn an_editor_edits_their_own_organization_and_is_refused_anothers() {
    let app = editor_app().await;
    let ed = app.sign_in("editor@example.org").await;
    let mine = app
        .get(&format!("/api/v1/services?organization={MINE}"), None)
        .await;
    let mine = &mine.json["services"][0];
    assert_eq!(mine["organization"]["id"], org_id(MINE).to_string());
    let mine_id = mine["id"].as_str().unwrap();
    let all = app.get("/api/v1/services?per_page=100", None).await;
    let theirs = all.json["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["organization"]["slug"] != MINE)
        .unwrap();
    let theirs_id = theirs["id"].as_str().unwrap();

    // Their own service: the form opens, the change is written and audited.
    let form = app
        .get_as(&format!("/admin/en/services/{mine_id}"), &ed.cookie)
        .await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text);
    let values = with_changes(
        &form_values(&form.text),
        &[("description", "Walk-in help with ID applications, edited.")],
    );
    let fields: Vec<(&str, &str)> = values.iter().map(|(k, v)| (&**k, &**v)).collect();
    let saved = app
        .post_as(&ed, &format!("/admin/en/services/{mine_id}"), &fields)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);
    let after = app.get(&format!("/api/v1/services/{mine_id}"), None).await;
    assert_eq!(
        after.json["description"]["text"],
        "Walk-in help with ID applications, edited."
    );
    let audit = app.store.audit_entries(10).await.unwrap();
    let (entry, summary) = audit
        .iter()
        .find(|(e, _)| e.record_id.is_some_and(|id| id.to_string() == mine_id))
        .expect("the edit is audited");
    assert_eq!(entry.actor, "editor@example.org");
    assert_eq!(entry.action, "update-service");
    assert!(
        summary.as_deref().unwrap_or("").contains("description"),
        "the summary says what changed: {summary:?}"
    );

    // Another organization's service: neither its form nor a post, and nothing changes.
    let before = app
        .get(&format!("/api/v1/services/{theirs_id}"), None)
        .await;
    let form = app
        .get_as(&format!("/admin/en/services/{theirs_id}"), &ed.cookie)
        .await;
    assert_eq!(form.status, StatusCode::FORBIDDEN);
    let taken = app
        .post_as(&ed, &format!("/admin/en/services/{theirs_id}"), &fields)
        .await;
    assert_eq!(taken.status, StatusCode::FORBIDDEN);
    let deleted = app
        .post_as(&ed, &format!("/admin/en/services/{theirs_id}/delete"), &[])
        .await;
    assert_eq!(deleted.status, StatusCode::FORBIDDEN);
    let after = app
        .get(&format!("/api/v1/services/{theirs_id}"), None)
        .await;
    assert_eq!(before.json, after.json, "nothing changed");
    let audit = app.store.audit_entries(50).await.unwrap();
    assert!(
        !audit
            .iter()
            .any(|(e, _)| e.record_id.is_some_and(|id| id.to_string() == theirs_id)),
        "a refused change leaves no audit row"
    );
}

#[tokio::test]
async fn a_form_without_the_sessions_token_changes_nothing() {
    let app = editor_app().await;
    let ed = app.sign_in("editor@example.org").await;
    let mine = app
        .get(&format!("/api/v1/services?organization={MINE}"), None)
        .await;
    let mine_id = mine.json["services"][0]["id"].as_str().unwrap().to_owned();
    let form = app
        .get_as(&format!("/admin/en/services/{mine_id}"), &ed.cookie)
        .await;
    let values = with_changes(&form_values(&form.text), &[("description", "Forged.")]);
    let before = app.get(&format!("/api/v1/services/{mine_id}"), None).await;
    for token in ["forged", ""] {
        let mut fields: Vec<(&str, &str)> = vec![("csrf", token)];
        fields.extend(values.iter().map(|(k, v)| (&**k, &**v)));
        let resp = app
            .post_as(&ed, &format!("/admin/en/services/{mine_id}"), &fields)
            .await;
        assert_eq!(resp.status, StatusCode::FORBIDDEN, "token {token:?}");
        let resp = app
            .post_as(
                &ed,
                &format!("/admin/en/services/{mine_id}/delete"),
                &[("csrf", token)],
            )
            .await;
        assert_eq!(resp.status, StatusCode::FORBIDDEN, "token {token:?}");
    }
    let after = app.get(&format!("/api/v1/services/{mine_id}"), None).await;
    assert_eq!(before.json, after.json, "nothing changed");
}
