//! vecino-bundle's integration tests: deltas round-trip exactly (proptest), releases written by
//! `export` verify, and every tampering is refused.

mod deltas;
mod js;
mod listings;
mod schema;
mod support;
mod tamper;
