//! Vecino's storage: the database is the source of truth for the directory.
//!
//! This crate owns the sea-orm entities and every query. It takes and returns `vecino-core`
//! types only; no entity or sea-orm type escapes it. It runs unchanged on SQLite (the embedded
//! default, a file in the data directory) and PostgreSQL.
//!
//! Invariants:
//! - every write runs in one transaction that also appends to the change feed, so "all changes
//!   since revision N" ([`Store::changes_since`]) is complete and ordered, deletions included;
//! - a write that changes nothing appends nothing (seeding twice is a no-op);
//! - records are validated (`validate()`) before they are written.
//!
//! It must never log record contents or anything a resident typed.

mod batch;
mod convert;
mod edit;
mod entity;
mod import;
mod modified;
mod pages;
mod read;
mod reports;
mod review;
pub mod seed;
mod staff;
mod translations;
mod write;

use std::time::Duration;

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend};
use vecino_migration::MigratorTrait;

pub use batch::{Batch, BatchOutcome};
pub use edit::{ReportOutcome, StaffAccount};
pub use import::{IMPORT_ACTOR, ImportOutcome, ImportPolicy, Refusal, Refused};
pub use pages::PlaceOfService;
pub use read::{Page, Paged, ServiceFilter};
pub use reports::ReportScope;
pub use staff::Session;
pub use translations::{
    StateCounts, TRANSLATED_KINDS, TextItem, TextWrite, Translatable, TranslationList,
    TranslationQuery,
};
pub use write::AuditNote;

/// Why a store operation failed. No database or driver type appears here: a database failure
/// keeps its cause only as an opaque source, for logs.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error")]
    Db(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("invalid record")]
    Invalid(#[from] vecino_core::Error),
    #[error("stored {what} {id} cannot be read: {reason}")]
    Corrupt {
        what: &'static str,
        id: String,
        reason: String,
    },
    /// The write would break a rule between records (a slug taken, a record still in use).
    #[error("conflict: {0}")]
    Conflict(Conflict),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("starter content is invalid: {0}")]
    Seed(String),
}

impl From<sea_orm::DbErr> for Error {
    fn from(err: sea_orm::DbErr) -> Self {
        Error::Db(Box::new(err))
    }
}

impl From<Conflict> for Error {
    fn from(conflict: Conflict) -> Self {
        Error::Conflict(conflict)
    }
}

/// Which rule between records a write would break. [`Conflict::code`] is stable, for callers
/// that choose a message or a status; the Display is English, for logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Conflict {
    /// Another record of this kind ("organization", "service location", ...) has the slug (or
    /// the other unique key) already.
    #[error("another {what} already uses that slug")]
    SlugTaken { what: &'static str },
    /// The record refers to one that does not exist.
    #[error("the {what} refers to a record that does not exist")]
    MissingReference { what: &'static str },
    /// The organization cannot be deleted while services or events belong to it.
    #[error("the organization still has services or events")]
    InUse,
    /// A service lists a service location that belongs to another service.
    #[error("the service location {id} belongs to another service")]
    LocationOfAnotherService { id: String },
    /// A service lists a place that belongs to another organization.
    #[error("the place {slug} belongs to another organization")]
    PlaceOfAnotherOrganization { slug: String },
    /// The report was resolved or dismissed already.
    #[error("the report was already handled")]
    AlreadyHandled,
    /// Another staff account has the email.
    #[error("another account already uses that email")]
    EmailTaken,
}

impl Conflict {
    /// The stable code: lowercase words joined by hyphens; never rename one.
    pub fn code(&self) -> &'static str {
        match self {
            Conflict::SlugTaken { .. } => "slug-taken",
            Conflict::MissingReference { .. } => "missing-reference",
            Conflict::InUse => "in-use",
            Conflict::LocationOfAnotherService { .. } => "location-of-another-service",
            Conflict::PlaceOfAnotherOrganization { .. } => "place-of-another-organization",
            Conflict::AlreadyHandled => "already-handled",
            Conflict::EmailTaken => "email-taken",
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// The directory's database.
#[derive(Clone, Debug)]
pub struct Store {
    db: DatabaseConnection,
}

impl Store {
    /// Connects to `url`: `sqlite://PATH?mode=rwc` (the file is created if missing) or
    /// `postgres://…`. Does not migrate; call [`Store::migrate`].
    pub async fn connect(url: &str) -> Result<Store> {
        let mut options = ConnectOptions::new(url.to_owned());
        // SQL statements carry what people typed: never log them.
        options
            .sqlx_logging(false)
            .acquire_timeout(Duration::from_secs(10));
        if url.starts_with("sqlite:") {
            options.max_connections(4).min_connections(1);
        } else {
            options.max_connections(16);
        }
        let db = Database::connect(options).await?;
        if db.get_database_backend() == DbBackend::Sqlite {
            // WAL lets readers run beside the one writer; the busy timeout makes a second writer
            // wait for the first instead of failing.
            db.execute_unprepared("PRAGMA journal_mode = WAL").await?;
            db.execute_unprepared("PRAGMA busy_timeout = 10000").await?;
            db.execute_unprepared("PRAGMA foreign_keys = ON").await?;
        }
        Ok(Store { db })
    }

    /// Brings the schema up to date.
    pub async fn migrate(&self) -> Result<()> {
        vecino_migration::Migrator::up(&self.db, None).await?;
        Ok(())
    }

    /// Which database this is: "sqlite" or "postgres".
    pub fn backend(&self) -> &'static str {
        match self.db.get_database_backend() {
            DbBackend::Sqlite => "sqlite",
            DbBackend::Postgres => "postgres",
            _ => "other",
        }
    }

    /// A cheap round trip, for health checks.
    pub async fn ping(&self) -> Result<()> {
        self.db.ping().await?;
        Ok(())
    }

    pub async fn close(self) -> Result<()> {
        self.db.close().await?;
        Ok(())
    }
}
