//! The store's suite. Every test runs on SQLite (a fresh file) and, when
//! `VECINO_TEST_POSTGRES_URL` is set (as `.ci/run` does), on a fresh PostgreSQL database.

mod backends;
mod batch;
mod feed;
mod import;
mod records;
mod reports;
mod seed;
mod staff;
mod translations;
