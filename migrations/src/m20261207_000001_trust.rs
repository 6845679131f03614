//! Trust signals that only the people entitled to them can set, and places that belong to one
//! organization:
//! - `changed_since_check` on organizations, services and events: when a change emptied a
//!   person's check (the page says it has not been checked since);
//! - `accreditation_evidence` on services: the date and the source (EOIR roster, bar listing)
//!   an admin's accreditation decision rests on. An accreditation stored before had none, so it
//!   is removed, with an audit entry per service saying why, for an admin to record again;
//! - `organization_id` on locations: a place belongs to the organization whose services name
//!   it. A place that services of several organizations named is split: the organization with
//!   the smallest id keeps it, every other gets its own copy (id: UUID v5 of
//!   `location/<place id>/<organization id>` in Vecino's namespace, slug: the place's slug and
//!   the organization id's first 8 characters — `vecino_core::Location::copy_for`, which a store
//!   test holds this to).
//!
//! Every service whose places or accreditation this changes gets a change-feed entry, so the
//! search index and bundles follow. Must never read or write through the store's entities.

use std::collections::{BTreeMap, BTreeSet};

use sea_orm_migration::sea_orm::{ConnectionTrait, Statement, Value};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Vecino's UUID v5 namespace (`vecino_core::ids`).
const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6a1f_3c2e_9b4d_4e8a_8f0c_5d7e_1a2b_3c4d);

fn copy_id(location: &str, organization: &str) -> String {
    uuid::Uuid::new_v5(
        &NAMESPACE,
        format!("location/{location}/{organization}").as_bytes(),
    )
    .to_string()
}

fn copy_slug(slug: &str, organization: &str) -> String {
    let stem: String = slug.chars().take(100 - 9).collect();
    format!("{}-{}", stem.trim_end_matches('-'), &organization[..8])
}

/// The time of the migration, as the database writes it.
fn now() -> SimpleExpr {
    Expr::current_timestamp()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let add = |table: DynIden, column: ColumnDef| {
            Table::alter().table(table).add_column(column).to_owned()
        };
        for statement in [
            add(
                Organizations::Table.into_iden(),
                timestamp_with_time_zone_null(Organizations::ChangedSinceCheck),
            ),
            add(
                Services::Table.into_iden(),
                timestamp_with_time_zone_null(Services::ChangedSinceCheck),
            ),
            add(
                Services::Table.into_iden(),
                json_binary_null(Services::AccreditationEvidence),
            ),
            add(
                Events::Table.into_iden(),
                timestamp_with_time_zone_null(Events::ChangedSinceCheck),
            ),
            add(
                Locations::Table.into_iden(),
                string_len_null(Locations::OrganizationId, 36),
            ),
        ] {
            manager.alter_table(statement).await?;
        }
        let db = manager.get_connection();
        let mut touched = BTreeSet::new();

        // Which organizations' services name each place.
        let rows = db
            .query_all(
                &Query::select()
                    .column((ServiceAtLocations::Table, ServiceAtLocations::Id))
                    .column((ServiceAtLocations::Table, ServiceAtLocations::LocationId))
                    .column((ServiceAtLocations::Table, ServiceAtLocations::ServiceId))
                    .column((Services::Table, Services::OrganizationId))
                    .from(ServiceAtLocations::Table)
                    .inner_join(
                        Services::Table,
                        Expr::col((Services::Table, Services::Id))
                            .equals((ServiceAtLocations::Table, ServiceAtLocations::ServiceId)),
                    )
                    .to_owned(),
            )
            .await?;
        // place → organization → [(service_at_location id, service id)]
        let mut uses: BTreeMap<String, BTreeMap<String, Vec<(String, String)>>> = BTreeMap::new();
        for row in rows {
            let at: String = row.try_get("", "id")?;
            let location: String = row.try_get("", "location_id")?;
            let service: String = row.try_get("", "service_id")?;
            let organization: String = row.try_get("", "organization_id")?;
            uses.entry(location)
                .or_default()
                .entry(organization)
                .or_default()
                .push((at, service));
        }
        for (location, by_org) in &uses {
            let mut orgs = by_org.iter();
            let (owner, _) = orgs.next().expect("a place in the map has a user");
            db.execute(
                &Query::update()
                    .table(Locations::Table)
                    .value(Locations::OrganizationId, owner.clone())
                    .and_where(Expr::col(Locations::Id).eq(location.clone()))
                    .to_owned(),
            )
            .await?;
            for (organization, ats) in orgs {
                let copy = copy_id(location, organization);
                let original = db
                    .query_one(
                        &Query::select()
                            .columns([
                                Locations::Slug,
                                Locations::Name,
                                Locations::Address,
                                Locations::Latitude,
                                Locations::Longitude,
                                Locations::GeoPrecision,
                                Locations::Timezone,
                                Locations::Accessibility,
                            ])
                            .from(Locations::Table)
                            .and_where(Expr::col(Locations::Id).eq(location.clone()))
                            .to_owned(),
                    )
                    .await?
                    .ok_or_else(|| DbErr::Custom(format!("place {location} is missing")))?;
                let slug: String = original.try_get("", "slug")?;
                let json = |column: &str| -> Result<Value, DbErr> {
                    Ok(original
                        .try_get::<Option<serde_json::Value>>("", column)?
                        .map_or(Value::Json(None), |v| Value::Json(Some(Box::new(v)))))
                };
                db.execute(
                    &Query::insert()
                        .into_table(Locations::Table)
                        .columns([
                            Locations::Id,
                            Locations::Slug,
                            Locations::Name,
                            Locations::Address,
                            Locations::Latitude,
                            Locations::Longitude,
                            Locations::GeoPrecision,
                            Locations::Timezone,
                            Locations::Accessibility,
                            Locations::OrganizationId,
                        ])
                        .values_panic([
                            copy.clone().into(),
                            copy_slug(&slug, organization).into(),
                            json("name")?.into(),
                            json("address")?.into(),
                            original.try_get::<Option<f64>>("", "latitude")?.into(),
                            original.try_get::<Option<f64>>("", "longitude")?.into(),
                            original
                                .try_get::<Option<String>>("", "geo_precision")?
                                .into(),
                            original.try_get::<String>("", "timezone")?.into(),
                            json("accessibility")?.into(),
                            organization.clone().into(),
                        ])
                        .to_owned(),
                )
                .await?;
                for (at, service) in ats {
                    db.execute(
                        &Query::update()
                            .table(ServiceAtLocations::Table)
                            .value(ServiceAtLocations::LocationId, copy.clone())
                            .and_where(Expr::col(ServiceAtLocations::Id).eq(at.clone()))
                            .to_owned(),
                    )
                    .await?;
                    touched.insert(service.clone());
                }
            }
        }

        // Accreditations with nothing to show for them.
        let accredited = db
            .query_all(
                &Query::select()
                    .columns([Services::Id, Services::Accreditation])
                    .from(Services::Table)
                    .and_where(Expr::col(Services::Accreditation).is_not_null())
                    .to_owned(),
            )
            .await?;
        for row in accredited {
            let id: String = row.try_get("", "id")?;
            let accreditation: String = row.try_get("", "accreditation")?;
            db.execute(
                &Query::update()
                    .table(Services::Table)
                    .value(Services::Accreditation, Option::<String>::None)
                    .and_where(Expr::col(Services::Id).eq(id.clone()))
                    .to_owned(),
            )
            .await?;
            db.execute(
                &Query::insert()
                    .into_table(AuditLog::Table)
                    .columns([
                        AuditLog::At,
                        AuditLog::Actor,
                        AuditLog::Action,
                        AuditLog::RecordId,
                        AuditLog::Summary,
                    ])
                    .values_panic([
                        now(),
                        "vecino migrate".into(),
                        "remove-accreditation".into(),
                        id.clone().into(),
                        format!(
                            "accreditation: {accreditation} → — (recorded without the date and \
                             the source that show it; an admin can record it again from the EOIR \
                             roster or a bar listing)"
                        )
                        .into(),
                    ])
                    .to_owned(),
            )
            .await?;
            touched.insert(id);
        }

        for service in touched {
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
                    .table(Services::Table)
                    .value(Services::Revision, revision)
                    .and_where(Expr::col(Services::Id).eq(service.clone()))
                    .to_owned(),
            )
            .await?;
            db.execute(
                &Query::insert()
                    .into_table(Changes::Table)
                    .columns([
                        Changes::Revision,
                        Changes::Entity,
                        Changes::EntityId,
                        Changes::Op,
                        Changes::At,
                    ])
                    .values_panic([
                        revision.into(),
                        "service".into(),
                        service.into(),
                        "upsert".into(),
                        now(),
                    ])
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            (
                Organizations::Table.into_iden(),
                Organizations::ChangedSinceCheck.into_iden(),
            ),
            (
                Services::Table.into_iden(),
                Services::ChangedSinceCheck.into_iden(),
            ),
            (
                Services::Table.into_iden(),
                Services::AccreditationEvidence.into_iden(),
            ),
            (
                Events::Table.into_iden(),
                Events::ChangedSinceCheck.into_iden(),
            ),
            (
                Locations::Table.into_iden(),
                Locations::OrganizationId.into_iden(),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    ChangedSinceCheck,
}

#[derive(DeriveIden)]
enum Services {
    Table,
    Id,
    OrganizationId,
    Accreditation,
    Revision,
    ChangedSinceCheck,
    AccreditationEvidence,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    ChangedSinceCheck,
}

#[derive(DeriveIden)]
enum Locations {
    Table,
    Id,
    Slug,
    Name,
    Address,
    Latitude,
    Longitude,
    GeoPrecision,
    Timezone,
    Accessibility,
    OrganizationId,
}

#[derive(DeriveIden)]
enum ServiceAtLocations {
    Table,
    Id,
    ServiceId,
    LocationId,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    At,
    Actor,
    Action,
    RecordId,
    Summary,
}

#[derive(DeriveIden)]
enum Changes {
    Table,
    Revision,
    Entity,
    EntityId,
    Op,
    At,
}
