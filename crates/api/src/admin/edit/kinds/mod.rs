//! The fields of each kind of record the editor's forms edit, and how a posted form is read
//! back into one; never saves anything.

mod event;
mod guide;
mod organization;
mod service;
