//! vecino-app's use-cases on a real store (SQLite in a temporary directory) and a real search
//! index: what a staff member or a resident would notice, without HTTP.

mod freshness;
mod index_sync;
