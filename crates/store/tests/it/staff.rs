//! Staff accounts, sessions and tokens in the store: roles, unique emails, expiry and ends.

use jiff::SignedDuration;
use vecino_core::{ApiToken, Email, Id, LocaleTag, Role, StaffUser, Timestamp, Topic};
use vecino_store::Error;

use crate::backends::each_backend;
use crate::records::{organization, service};

fn user(email: &str, role: Role) -> StaffUser {
    StaffUser::new(Email::parse(email).unwrap(), role, Timestamp::now()).unwrap()
}

#[tokio::test]
async fn staff_accounts_read_back_with_their_role_and_emails_are_unique() {
    each_backend(|t| async move {
        let s = &t.store;
        let org = Id::new_random();
        let editor = user(
            "Edit@Example.org",
            Role::new("editor", vec![org], vec![]).unwrap(),
        );
        let translator = user(
            "t@example.org",
            Role::new(
                "translator",
                vec![],
                vec![LocaleTag::parse("zh-Hant").unwrap()],
            )
            .unwrap(),
        );
        s.add_staff_user(&editor, "$argon2id$fake-hash-1")
            .await
            .unwrap();
        s.add_staff_user(&translator, "$argon2id$fake-hash-2")
            .await
            .unwrap();
        let (found, hash) = s
            .staff_credentials(&Email::parse("edit@example.org").unwrap())
            .await
            .unwrap()
            .expect("found by normalized email");
        assert_eq!(found.id, editor.id, "{}", t.name);
        assert_eq!(found.role, editor.role, "{}", t.name);
        assert_eq!(hash, "$argon2id$fake-hash-1");
        assert_eq!(
            s.staff_user(translator.id).await.unwrap().unwrap().role,
            translator.role
        );
        let again = user("edit@example.org", Role::Admin);
        assert!(
            matches!(s.add_staff_user(&again, "x").await, Err(Error::Conflict(_))),
            "{}",
            t.name
        );
        assert_eq!(s.staff_users().await.unwrap().len(), 2);
        assert!(
            s.staff_credentials(&Email::parse("nobody@example.org").unwrap())
                .await
                .unwrap()
                .is_none()
        );
    })
    .await;
}

#[tokio::test]
async fn sessions_expire_and_end() {
    each_backend(|t| async move {
        let s = &t.store;
        let admin = user("a@example.org", Role::Admin);
        s.add_staff_user(&admin, "h").await.unwrap();
        let now = Timestamp::now();
        let later = now + SignedDuration::from_hours(8);
        s.create_session("aa".repeat(32).as_str(), admin.id, "csrf1", now, later)
            .await
            .unwrap();
        let session = s.session(&"aa".repeat(32), now).await.unwrap().unwrap();
        assert_eq!(session.user.id, admin.id, "{}", t.name);
        assert_eq!(session.csrf, "csrf1");
        assert!(
            s.session(&"aa".repeat(32), later + SignedDuration::from_secs(1))
                .await
                .unwrap()
                .is_none(),
            "an expired session is refused ({})",
            t.name
        );
        assert!(s.session(&"bb".repeat(32), now).await.unwrap().is_none());
        assert_eq!(
            s.delete_expired_sessions(later + SignedDuration::from_secs(1))
                .await
                .unwrap(),
            1
        );
        s.create_session(&"cc".repeat(32), admin.id, "csrf2", now, later)
            .await
            .unwrap();
        s.delete_session(&"cc".repeat(32)).await.unwrap();
        assert!(
            s.session(&"cc".repeat(32), now).await.unwrap().is_none(),
            "{}",
            t.name
        );
    })
    .await;
}

#[tokio::test]
async fn revoked_api_tokens_stop_working() {
    each_backend(|t| async move {
        let s = &t.store;
        let admin = user("a@example.org", Role::Admin);
        s.add_staff_user(&admin, "h").await.unwrap();
        let token = ApiToken {
            id: Id::new_random(),
            user_id: admin.id,
            name: "nightly import".to_owned(),
            created_at: Timestamp::now(),
            revoked_at: None,
        };
        s.add_api_token(&token, &"dd".repeat(32)).await.unwrap();
        assert_eq!(
            s.api_token_user(&"dd".repeat(32))
                .await
                .unwrap()
                .unwrap()
                .id,
            admin.id,
            "{}",
            t.name
        );
        assert!(s.api_token_user(&"ee".repeat(32)).await.unwrap().is_none());
        s.revoke_api_token(token.id, Timestamp::now())
            .await
            .unwrap();
        assert!(
            s.api_token_user(&"dd".repeat(32)).await.unwrap().is_none(),
            "{}",
            t.name
        );
        let listed = s.api_tokens().await.unwrap();
        assert_eq!(listed.len(), 1);
        assert!(listed[0].revoked_at.is_some());
    })
    .await;
}

#[tokio::test]
async fn verifying_a_service_goes_through_the_feed_and_the_audit_log() {
    each_backend(|t| async move {
        let s = &t.store;
        let org = organization("verify-org");
        let svc = service("verify-svc", &org, &[Topic::LegalAid]);
        s.put_organization(&org).await.unwrap();
        s.put_service(&svc).await.unwrap();
        let editor = user(
            "e@example.org",
            Role::new("editor", vec![org.id], vec![]).unwrap(),
        );
        s.add_staff_user(&editor, "h").await.unwrap();
        let head = s.head_revision().await.unwrap();
        let at = Timestamp::now();
        let note = vecino_store::AuditNote::new("e@example.org", at);
        s.verify_service(svc.id, format!("staff:{}", editor.id), &note)
            .await
            .unwrap();
        let stored = s.service(svc.id).await.unwrap().unwrap();
        assert!(stored.trust.verified_at.is_some(), "{}", t.name);
        assert_eq!(
            stored.trust.verifier.as_deref(),
            Some(format!("staff:{}", editor.id).as_str())
        );
        assert_eq!(s.head_revision().await.unwrap(), head + 1, "{}", t.name);
        let changes = s.changes_since(head, 10).await.unwrap();
        assert_eq!(changes[0].id, svc.id);
        let log = s.audit_log(10).await.unwrap();
        assert_eq!(log.len(), 1, "{}", t.name);
        assert_eq!(log[0].actor, "e@example.org");
        assert_eq!(log[0].action, "verify-service");
        assert_eq!(log[0].record_id, Some(svc.id));
        assert!(matches!(
            s.verify_service(Id::new_random(), "staff:x".into(), &note)
                .await,
            Err(Error::NotFound(_))
        ));
    })
    .await;
}
