//! Vecino's search: a tantivy index derived from the directory, with analysis chosen by each
//! text's declared locale, typo tolerance scaled by word length (exact matches above fuzzy
//! ones), prefix matching for search-as-you-type, a multilingual concept glossary, filters,
//! facets with counts, and geo distance.
//!
//! It takes and returns core types; it never reads the database itself: the caller feeds it
//! records and changes ([`SearchIndex::upsert`], [`SearchIndex::delete`]). It must never log
//! query text.

pub mod analyze;
mod document;
pub mod glossary;
mod index;
mod records;
pub mod request;
mod search;
mod snapshot;

pub use document::{
    IndexRecord, Listing, LocaleText, RecordMeta, Standing, plain_text, record_key,
};
pub use index::SearchIndex;
pub use search::{Facets, Filters, Hit, SearchRequest, SearchResults, snippet, typo_budget};

/// Why a search-index operation failed. No tantivy type appears here: an index failure keeps
/// its cause only as an opaque source, for logs.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("index error")]
    Index(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("index I/O error")]
    Io(#[from] std::io::Error),
    #[error("a search lock was poisoned by a panic")]
    Poisoned,
    #[error("this index was built once from a set of records and cannot be changed")]
    ReadOnly,
    #[error("the index on disk was written by another version of Vecino and must be rebuilt")]
    SchemaChanged,
    #[error("a saved index is unreadable: {0}")]
    Snapshot(&'static str),
}

impl From<tantivy::TantivyError> for Error {
    fn from(err: tantivy::TantivyError) -> Self {
        Error::Index(Box::new(err))
    }
}

pub type Result<T> = std::result::Result<T, Error>;
