//! Vecino's search: a tantivy index derived from the directory, with analysis chosen by each
//! text's declared locale, typo tolerance, a multilingual concept glossary, facets and geo.
//!
//! It takes and returns core types; it never reads the database itself (the caller feeds it
//! records and changes). It must never log query text.

pub mod analyze;
