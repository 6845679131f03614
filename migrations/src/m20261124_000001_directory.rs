//! The directory: organizations, locations, services (with their places and topics), guides,
//! events, and the change feed.
//!
//! Multilingual text, sources and other nested values are JSON columns (jsonb on PostgreSQL):
//! they are always read and written whole with their record. Anything that is filtered on
//! (slugs, topics, timestamps, the feed) is a real column with an index.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const ID_LEN: u32 = 36;
const SLUG_LEN: u32 = 100;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organizations::Table)
                    .col(string_len(Organizations::Id, ID_LEN).primary_key())
                    .col(string_len_uniq(Organizations::Slug, SLUG_LEN))
                    .col(json_binary(Organizations::Name))
                    .col(json_binary_null(Organizations::Description))
                    .col(text_null(Organizations::Url))
                    .col(text_null(Organizations::Email))
                    .col(json_binary(Organizations::Phones))
                    .col(json_binary(Organizations::Sources))
                    .col(timestamp_with_time_zone_null(Organizations::VerifiedAt))
                    .col(text_null(Organizations::Verifier))
                    .col(big_integer(Organizations::Revision))
                    .col(timestamp_with_time_zone(Organizations::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Locations::Table)
                    .col(string_len(Locations::Id, ID_LEN).primary_key())
                    .col(string_len_uniq(Locations::Slug, SLUG_LEN))
                    .col(json_binary_null(Locations::Name))
                    .col(json_binary_null(Locations::Address))
                    .col(double_null(Locations::Latitude))
                    .col(double_null(Locations::Longitude))
                    .col(string_len_null(Locations::GeoPrecision, 16))
                    .col(string_len(Locations::Timezone, 64))
                    .col(json_binary(Locations::Accessibility))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Services::Table)
                    .col(string_len(Services::Id, ID_LEN).primary_key())
                    .col(string_len_uniq(Services::Slug, SLUG_LEN))
                    .col(string_len(Services::OrganizationId, ID_LEN))
                    .col(json_binary(Services::Name))
                    .col(json_binary(Services::Description))
                    .col(string_len(Services::Status, 16))
                    .col(json_binary(Services::Languages))
                    .col(string_len_null(Services::Accreditation, 40))
                    .col(boolean_null(Services::Free))
                    .col(text_null(Services::Url))
                    .col(text_null(Services::Email))
                    .col(json_binary(Services::Phones))
                    .col(json_binary_null(Services::Schedule))
                    .col(json_binary(Services::Sources))
                    .col(timestamp_with_time_zone_null(Services::VerifiedAt))
                    .col(text_null(Services::Verifier))
                    .col(big_integer(Services::Revision))
                    .col(timestamp_with_time_zone(Services::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Services::Table, Services::OrganizationId)
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_services_organization")
                    .table(Services::Table)
                    .col(Services::OrganizationId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ServiceTopics::Table)
                    .col(string_len(ServiceTopics::ServiceId, ID_LEN))
                    .col(string_len(ServiceTopics::Topic, 40))
                    .col(small_integer(ServiceTopics::Position))
                    .primary_key(
                        Index::create()
                            .col(ServiceTopics::ServiceId)
                            .col(ServiceTopics::Topic),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceTopics::Table, ServiceTopics::ServiceId)
                            .to(Services::Table, Services::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_service_topics_topic")
                    .table(ServiceTopics::Table)
                    .col(ServiceTopics::Topic)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ServiceAtLocations::Table)
                    .col(string_len(ServiceAtLocations::Id, ID_LEN).primary_key())
                    .col(string_len(ServiceAtLocations::ServiceId, ID_LEN))
                    .col(string_len(ServiceAtLocations::LocationId, ID_LEN))
                    .col(small_integer(ServiceAtLocations::Position))
                    .col(json_binary_null(ServiceAtLocations::Schedule))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceAtLocations::Table, ServiceAtLocations::ServiceId)
                            .to(Services::Table, Services::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceAtLocations::Table, ServiceAtLocations::LocationId)
                            .to(Locations::Table, Locations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_service_at_locations_service")
                    .table(ServiceAtLocations::Table)
                    .col(ServiceAtLocations::ServiceId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Guides::Table)
                    .col(string_len(Guides::Id, ID_LEN).primary_key())
                    .col(string_len_uniq(Guides::Slug, SLUG_LEN))
                    .col(json_binary(Guides::Title))
                    .col(json_binary(Guides::Summary))
                    .col(json_binary(Guides::Body))
                    .col(json_binary(Guides::Topics))
                    .col(json_binary(Guides::Sources))
                    .col(date(Guides::ReviewedAt))
                    .col(json_binary(Guides::ChangingFacts))
                    .col(big_integer(Guides::Revision))
                    .col(timestamp_with_time_zone(Guides::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Events::Table)
                    .col(string_len(Events::Id, ID_LEN).primary_key())
                    .col(string_len_uniq(Events::Slug, SLUG_LEN))
                    .col(string_len_null(Events::OrganizationId, ID_LEN))
                    .col(json_binary(Events::Title))
                    .col(json_binary(Events::Description))
                    .col(timestamp_with_time_zone(Events::StartsAt))
                    .col(timestamp_with_time_zone_null(Events::EndsAt))
                    .col(string_len(Events::Timezone, 64))
                    .col(json_binary_null(Events::Location))
                    .col(json_binary(Events::Languages))
                    .col(json_binary(Events::Topics))
                    .col(boolean_null(Events::Free))
                    .col(json_binary(Events::Sources))
                    .col(timestamp_with_time_zone_null(Events::VerifiedAt))
                    .col(text_null(Events::Verifier))
                    .col(big_integer(Events::Revision))
                    .col(timestamp_with_time_zone(Events::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Events::Table, Events::OrganizationId)
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_events_starts_at")
                    .table(Events::Table)
                    .col(Events::StartsAt)
                    .to_owned(),
            )
            .await?;

        // The change feed. `feed_head` holds the last revision handed out; a writer bumps it
        // first thing in its transaction, which holds the row lock until commit, so revisions
        // become visible in order even with concurrent writers on PostgreSQL.
        manager
            .create_table(
                Table::create()
                    .table(FeedHead::Table)
                    .col(integer(FeedHead::Id).primary_key())
                    .col(big_integer(FeedHead::Revision))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(FeedHead::Table)
                    .columns([FeedHead::Id, FeedHead::Revision])
                    .values_panic([1.into(), 0i64.into()])
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Changes::Table)
                    .col(big_integer(Changes::Revision).primary_key())
                    .col(string_len(Changes::Entity, 20))
                    .col(string_len(Changes::EntityId, ID_LEN))
                    .col(string_len(Changes::Op, 10))
                    .col(timestamp_with_time_zone(Changes::At))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Changes::Table.into_iden(),
            FeedHead::Table.into_iden(),
            Events::Table.into_iden(),
            Guides::Table.into_iden(),
            ServiceAtLocations::Table.into_iden(),
            ServiceTopics::Table.into_iden(),
            Services::Table.into_iden(),
            Locations::Table.into_iden(),
            Organizations::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Id,
    Slug,
    Name,
    Description,
    Url,
    Email,
    Phones,
    Sources,
    VerifiedAt,
    Verifier,
    Revision,
    UpdatedAt,
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
}

#[derive(DeriveIden)]
enum Services {
    Table,
    Id,
    Slug,
    OrganizationId,
    Name,
    Description,
    Status,
    Languages,
    Accreditation,
    Free,
    Url,
    Email,
    Phones,
    Schedule,
    Sources,
    VerifiedAt,
    Verifier,
    Revision,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ServiceTopics {
    Table,
    ServiceId,
    Topic,
    Position,
}

#[derive(DeriveIden)]
enum ServiceAtLocations {
    Table,
    Id,
    ServiceId,
    LocationId,
    Position,
    Schedule,
}

#[derive(DeriveIden)]
enum Guides {
    Table,
    Id,
    Slug,
    Title,
    Summary,
    Body,
    Topics,
    Sources,
    ReviewedAt,
    ChangingFacts,
    Revision,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    Slug,
    OrganizationId,
    Title,
    Description,
    StartsAt,
    EndsAt,
    Timezone,
    Location,
    Languages,
    Topics,
    Free,
    Sources,
    VerifiedAt,
    Verifier,
    Revision,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum FeedHead {
    Table,
    Id,
    Revision,
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
