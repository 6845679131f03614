//! The change feed: every write appends one entry with the next revision, so derived data
//! (the search index, bundles, replicas) can catch up with "all changes since revision N".

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::{Error, ErrorKind, Id, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Organization,
    Service,
    Guide,
    Event,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Organization => "organization",
            EntityKind::Service => "service",
            EntityKind::Guide => "guide",
            EntityKind::Event => "event",
        }
    }

    pub fn parse(input: &str) -> Result<Self> {
        match input {
            "organization" => Ok(EntityKind::Organization),
            "service" => Ok(EntityKind::Service),
            "guide" => Ok(EntityKind::Guide),
            "event" => Ok(EntityKind::Event),
            other => Err(Error::invalid(
                ErrorKind::UnknownChoice,
                "entity",
                format!("{other:?} is not an entity kind"),
            )),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeOp {
    Upsert,
    /// A tombstone: the record is gone.
    Delete,
}

/// One entry of the change feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub revision: u64,
    pub entity: EntityKind,
    pub id: Id,
    pub op: ChangeOp,
    pub at: Timestamp,
}
