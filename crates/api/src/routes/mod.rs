pub mod guides;
pub mod meta;
pub mod search;
pub mod services;
