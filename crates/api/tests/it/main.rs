//! The API driven in-process through a `TestApp` (no socket), on a seeded SQLite store.

mod helpers;
mod read;
mod search;
mod snapshots;
mod staff;
mod staff_gates;
mod web;
mod web_facts;
