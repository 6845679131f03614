//! End-to-end: the real `vecino` binary, over real HTTP.

mod abuse;
mod admin;
mod browser;
mod bundles;
mod docs;
mod editor;
mod errors;
mod first_run;
mod freshness;
mod guides_and_kiosk;
mod headers;
mod hsds;
mod import_trust;
mod offline;
mod offline_app;
mod offline_keys;
mod offline_listing;
mod offline_search;
mod openapi;
mod privacy;
mod relevance;
mod search;
mod search_filters;
mod tidy;
mod translate;
mod trust;
