//! The Vecino domain: organizations, services, locations, schedules, guides, events,
//! topics and multilingual text with provenance, named after HSDS 3 where HSDS has the
//! concept so that import and export are mappings rather than translations.
//!
//! This crate is the vocabulary every other crate speaks. It must never do I/O (no files,
//! no network, no clock except where a caller passes an instant), and must never depend on a
//! framework (no axum, sea-orm, tantivy, tokio): the tidy test in `tests/` enforces this.
//!
//! Types validate on construction: a [`Slug`], [`LocaleTag`], [`Phone`] or [`GeoPoint`] that
//! exists is valid. Aggregates ([`Service`], [`Guide`], …) check the rules that span fields in
//! `validate()`, which the store calls before every write.

mod error;
mod feed;
mod freshness;
mod ids;
mod locale;
pub mod markdown;
mod model;
mod report;
mod schedule;
mod staff;
mod text;
mod topic;
mod translation;

pub use error::{Error, Kind as ErrorKind, Result};
pub use feed::{Change, ChangeOp, EntityKind};
pub use freshness::{
    DEFAULT_REVIEW_DAYS, Freshness, LEGAL_REVIEW_DAYS, ReviewCandidates, ReviewPolicy,
};
pub use ids::{Id, Slug, stable_id};
pub use locale::LocaleTag;
pub use markdown::changing_markers;
pub use model::{
    Accessibility, AccessibilityFeature, Accreditation, AccreditationEvidence, Address, AsksStatus,
    Assurance, Capacity, ChangingFact, CostOption, Event, GeoPoint, GeoPrecision, Guide, IdNeeded,
    Intake, Kept, Known, LabeledUrl, LanguageMode, LanguageOffered, Location, Organization, Phone,
    PhoneKind, Program, PublicCharge, RequiredDocument, SafetyFacts, Service, ServiceArea,
    ServiceAtLocation, ServiceDetails, ServiceStatus, Source, Trust, WebUrl,
};
pub use report::{ProblemKind, ProblemReport};
pub use schedule::{DatedException, ExceptionKind, OpeningHours, Schedule, TimeRange, Weekday};
pub use staff::{ApiToken, AuditEntry, Email, Role, StaffUser, change_summary};
pub use text::{LocalizedText, Provenance, Resolved, Translation, content_hash};
pub use topic::{TaxonomyTerm, Topic, WelcomingCategory};
pub use translation::{
    MAX_TRANSLATION_CHARS, TextField, TextState, detail_texts, human_translation, mark_reviewed,
};

/// Re-exported so callers name instants and dates with the same types as the domain.
pub use jiff::{Timestamp, civil::Date};
