pub mod guides;
pub mod meta;
pub mod services;
