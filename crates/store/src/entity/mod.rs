//! sea-orm entities: one per table, private to the store. Callers see core types only.

pub mod api_tokens;
pub mod audit_log;
pub mod changes;
pub mod events;
pub mod guides;
pub mod locations;
pub mod organizations;
pub mod record_origins;
pub mod reports;
pub mod service_at_locations;
pub mod service_topics;
pub mod services;
pub mod staff_sessions;
pub mod staff_users;
pub mod translation_sources;
