//! Why a value was refused, naming the field; never a foreign error type or an I/O failure.

/// Why a value was refused. Every variant names the field so an API can say which input was
/// wrong, and carries the offending value where that helps the person who typed it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("{field}: {reason}")]
    Invalid { field: &'static str, reason: String },
}

impl Error {
    pub fn invalid(field: &'static str, reason: impl Into<String>) -> Self {
        Error::Invalid {
            field,
            reason: reason.into(),
        }
    }

    /// The field that was refused.
    pub fn field(&self) -> &'static str {
        match self {
            Error::Invalid { field, .. } => field,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
