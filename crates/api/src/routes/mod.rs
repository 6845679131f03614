//! The JSON read API's handlers under /api/v1 and /hsds, one module per resource; they never write.

pub mod guides;
pub mod hsds;
pub mod meta;
pub mod search;
pub mod services;
