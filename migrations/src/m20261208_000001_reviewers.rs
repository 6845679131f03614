//! Translators' email addresses out of published text. A translation's `reviewer` used to be
//! the staff member's email, and whole texts are published (`/hsds`, `vecino export`,
//! bundles). Every reviewer that is an email address becomes `staff:<account id>` of the staff
//! account with that email (`vecino_core::StaffUser::public_id`), or `staff:unknown` when no
//! account has it. Every record this changes gets a change-feed entry, so the search index and
//! bundles follow; a place's change is one of each service that shows it.
//!
//! Must never read or write through the store's entities, and never write an email anywhere.

use std::collections::{BTreeMap, BTreeSet};

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement, Value};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables with multilingual text, the change-feed entity of their rows (`None`: a place, whose
/// services carry its change), and their JSON columns that may hold a `LocalizedText`.
const TEXTS: &[(&str, Option<&str>, &[&str])] = &[
    (
        "organizations",
        Some("organization"),
        &["name", "description"],
    ),
    ("services", Some("service"), &["name", "description"]),
    ("locations", None, &["name"]),
    ("guides", Some("guide"), &["title", "summary", "body"]),
    (
        "events",
        Some("event"),
        &["title", "description", "location"],
    ),
];

/// Replaces every email `reviewer` inside `value`; whether anything changed.
fn pseudonymize(value: &mut serde_json::Value, accounts: &BTreeMap<String, String>) -> bool {
    match value {
        serde_json::Value::Object(map) => {
            let mut changed = false;
            if let Some(serde_json::Value::String(reviewer)) = map.get_mut("reviewer")
                && reviewer.contains('@')
                && !reviewer.starts_with("staff:")
            {
                let id = accounts
                    .get(&reviewer.trim().to_lowercase())
                    .map_or("unknown", String::as_str);
                *reviewer = format!("staff:{id}");
                changed = true;
            }
            for child in map.values_mut() {
                changed |= pseudonymize(child, accounts);
            }
            changed
        }
        serde_json::Value::Array(items) => items.iter_mut().fold(false, |changed, item| {
            pseudonymize(item, accounts) | changed
        }),
        _ => false,
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let accounts: BTreeMap<String, String> = db
            .query_all(
                &Query::select()
                    .columns([Alias::new("id"), Alias::new("email")])
                    .from(Alias::new("staff_users"))
                    .to_owned(),
            )
            .await?
            .into_iter()
            .map(|row| {
                let id: String = row.try_get("", "id")?;
                let email: String = row.try_get("", "email")?;
                Ok((email.trim().to_lowercase(), id))
            })
            .collect::<Result<_, DbErr>>()?;

        // (entity, id) of every record whose published text changed.
        let mut touched: BTreeSet<(String, String)> = BTreeSet::new();
        let mut places = Vec::new();
        for (table, entity, columns) in TEXTS {
            let rows = db
                .query_all(
                    &Query::select()
                        .column(Alias::new("id"))
                        .columns(columns.iter().map(|c| Alias::new(*c)))
                        .from(Alias::new(*table))
                        .to_owned(),
                )
                .await?;
            for row in rows {
                let id: String = row.try_get("", "id")?;
                let mut update = Query::update();
                update
                    .table(Alias::new(*table))
                    .and_where(Expr::col(Alias::new("id")).eq(id.clone()));
                let mut changed = false;
                for column in *columns {
                    let Some(mut value) = row.try_get::<Option<serde_json::Value>>("", column)?
                    else {
                        continue;
                    };
                    if pseudonymize(&mut value, &accounts) {
                        update.value(Alias::new(*column), Value::Json(Some(Box::new(value))));
                        changed = true;
                    }
                }
                if !changed {
                    continue;
                }
                db.execute(&update).await?;
                match entity {
                    Some(entity) => {
                        touched.insert(((*entity).to_owned(), id));
                    }
                    None => places.push(id),
                }
            }
        }
        for place in places {
            for row in db
                .query_all(
                    &Query::select()
                        .column(Alias::new("service_id"))
                        .from(Alias::new("service_at_locations"))
                        .and_where(Expr::col(Alias::new("location_id")).eq(place))
                        .to_owned(),
                )
                .await?
            {
                touched.insert(("service".to_owned(), row.try_get("", "service_id")?));
            }
        }

        for (entity, id) in touched {
            let revision = db
                .query_one_raw(Statement::from_string(
                    db.get_database_backend(),
                    "UPDATE feed_head SET revision = revision + 1 WHERE id = 1 RETURNING revision",
                ))
                .await?
                .ok_or_else(|| DbErr::Custom("the feed head is missing".into()))?
                .try_get::<i64>("", "revision")?;
            db.execute(
                &Query::update()
                    .table(Alias::new(format!("{entity}s")))
                    .value(Alias::new("revision"), revision)
                    .and_where(Expr::col(Alias::new("id")).eq(id.clone()))
                    .to_owned(),
            )
            .await?;
            db.execute(
                &Query::insert()
                    .into_table(Alias::new("changes"))
                    .columns([
                        Alias::new("revision"),
                        Alias::new("entity"),
                        Alias::new("entity_id"),
                        Alias::new("op"),
                        Alias::new("at"),
                    ])
                    .values_panic([
                        revision.into(),
                        entity.into(),
                        id.into(),
                        "upsert".into(),
                        Expr::current_timestamp(),
                    ])
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Emails are not put back into published text.
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_reviewers_become_staff_ids() {
        let accounts = BTreeMap::from([("tr@example.org".to_owned(), "1234".to_owned())]);
        let mut text = serde_json::json!({
            "source_locale": "en",
            "texts": {
                "en": {"text": "Hi", "provenance": "original"},
                "es": {"text": "Hola", "provenance": "human", "reviewer": "TR@example.org", "reviewed_at": "2026-12-01"},
                "vi": {"text": "Chào", "provenance": "human", "reviewer": "gone@example.org", "reviewed_at": "2026-12-01"},
                "fa": {"text": "سلام", "provenance": "human", "reviewer": "staff:9", "reviewed_at": "2026-12-01"},
            }
        });
        assert!(pseudonymize(&mut text, &accounts));
        assert_eq!(text["texts"]["es"]["reviewer"], "staff:1234");
        assert_eq!(text["texts"]["vi"]["reviewer"], "staff:unknown");
        assert_eq!(text["texts"]["fa"]["reviewer"], "staff:9");
        assert!(!pseudonymize(&mut text, &accounts));
    }
}
