pub mod guides;
pub mod hsds;
pub mod meta;
pub mod search;
pub mod services;
