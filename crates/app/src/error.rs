//! The one application error every use-case returns: what was refused and why, in terms a
//! caller can render (a problem document, an HTML page, a CLI message). It never renders
//! anything itself and never carries a resident's input.

use vecino_core::Id;

/// Why a use-case refused or failed. Nothing was written when it refused.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The record does not exist (or is not visible to this caller).
    #[error("not found")]
    NotFound,
    /// The caller is signed in but may not do this.
    #[error("forbidden")]
    Forbidden,
    /// No valid session or token.
    #[error("unauthorized")]
    Unauthorized,
    /// The record or request breaks a domain rule.
    #[error("invalid: {0}")]
    Invalid(vecino_core::Error),
    /// The write would break a rule between records (a slug taken, a record in use).
    #[error("conflict: {0}")]
    Conflict(vecino_store::Conflict),
    /// A request parameter is not acceptable.
    #[error("invalid parameter {parameter}")]
    Parameter {
        parameter: &'static str,
        value: String,
    },
    /// Too many at once: try again shortly.
    #[error("busy")]
    Busy,
    #[error(transparent)]
    Store(vecino_store::Error),
    #[error(transparent)]
    Search(#[from] vecino_search::Error),
}

impl Error {
    /// A parameter error naming what was given (the caller decides what it shows).
    pub fn parameter(parameter: &'static str, value: impl Into<String>) -> Error {
        Error::Parameter {
            parameter,
            value: value.into(),
        }
    }

    /// A record that does not exist, whatever id was asked for.
    pub fn not_found(_id: Id) -> Error {
        Error::NotFound
    }
}

impl From<vecino_store::Error> for Error {
    fn from(e: vecino_store::Error) -> Self {
        match e {
            vecino_store::Error::Invalid(e) => Error::Invalid(e),
            vecino_store::Error::Conflict(c) => Error::Conflict(c),
            vecino_store::Error::NotFound(_) => Error::NotFound,
            other => Error::Store(other),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
