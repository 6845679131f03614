//! The records of the directory, named after HSDS 3: organizations, services, places, guides,
//! events, and the contact details and trust they carry, one child module each, re-exported
//! here so every `vecino_core::X` path is the same. Like the whole crate, these types must
//! never do I/O or depend on a framework.

mod contact;
mod details;
mod event;
mod guide;
mod organization;
mod place;
mod service;
mod trust;

pub use contact::{Phone, PhoneKind, WebUrl};
pub use details::{
    AsksStatus, Assurance, Capacity, CostOption, IdNeeded, Intake, Known, LabeledUrl, Program,
    PublicCharge, RequiredDocument, SafetyFacts, ServiceArea, ServiceDetails,
};
pub use event::Event;
pub use guide::{ChangingFact, Guide};
pub use organization::Organization;
pub use place::{Accessibility, AccessibilityFeature, Address, GeoPoint, GeoPrecision, Location};
pub use service::{LanguageMode, LanguageOffered, Service, ServiceAtLocation, ServiceStatus};
pub use trust::{Accreditation, AccreditationEvidence, Kept, Source, Trust};
