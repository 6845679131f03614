//! Format version 2: version 1 with every delta's zstd encoding compressed against its base
//! release ([`ZstdDictionary::BaseFiles`]). The key document and the delta document are
//! unchanged (they keep `format_version` 1); gzip is unchanged.

use super::v1::{Manifest, ZstdDictionary, malformed, parse_manifest};
use crate::Result;

/// Version 2: every delta names the dictionary of its zstd encoding.
pub fn read_manifest(bytes: &[u8]) -> Result<Manifest> {
    let manifest = parse_manifest(bytes)?;
    if manifest
        .deltas
        .iter()
        .any(|d| d.zstd_dictionary != Some(ZstdDictionary::BaseFiles))
    {
        return Err(malformed(
            "manifest.json",
            "a version 2 delta names its zstd dictionary (base-files)",
        ));
    }
    Ok(manifest)
}
