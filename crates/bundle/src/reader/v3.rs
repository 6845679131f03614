//! Format version 3: version 2's manifest, with record files that carry what a resident needs
//! to act on a listing (HSDS 3.1 details, the "is it safe for me" facts with their sources and
//! dates, phone type and languages, a temporarily closed status) and what tells whether it is
//! still true (the source's own check date, the review interval, an admin's keep), and guides'
//! changing facts with `checked` and `took_effect` (`records.v2.schema.json`). The manifest's
//! checks are version 2's; this module must never accept a manifest version 2 would refuse.

use super::v1::Manifest;
use crate::Result;

/// Version 3: the manifest is checked as version 2's (every delta names its zstd dictionary).
pub fn read_manifest(bytes: &[u8]) -> Result<Manifest> {
    super::v2::read_manifest(bytes)
}
