//! The two encodings of every file: zstd (smallest; native clients, and a browser with a
//! decoder) and gzip (what a browser's `DecompressionStream("gzip")` reads without a library).
//!
//! A zstd delta is compressed with its base release as a raw-content dictionary (a zstd
//! "prefix": [`compress_with_prefix`], [`decompress_with_prefix`]): a client applying it holds
//! that release, and the records a delta patches mostly repeat what the base already says.

use std::io::{Read, Write};

use crate::{Error, Result};

/// Encodings, as named in the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Zstd,
    Gzip,
}

impl Encoding {
    pub const ALL: [Encoding; 2] = [Encoding::Zstd, Encoding::Gzip];

    pub fn extension(self) -> &'static str {
        match self {
            Encoding::Zstd => "zst",
            Encoding::Gzip => "gz",
        }
    }
}

/// zstd level. Measured on 10,000 generated listings × 3 languages (12.5 MB of JSON, one
/// core): level 12 gives 619 KB in 0.23 s, 15 gives 579 KB in 1.0 s, 19 gives 539 KB in 10 s.
/// 15 keeps an export of that size within a few seconds for 7% more bytes than 19.
pub const ZSTD_LEVEL: i32 = 15;

/// zstd level of a delta, compressed against its base release (a 12.6 MB prefix for 10,000
/// generated listings × 3 languages). Loading the prefix is what costs: measured on that bench
/// (a 1% change; a busy 2-core machine), level 6 gives 3,795 B in 0.08 s, 9 gives 2,707 B in
/// 0.17 s, 12 gives 2,551 B in 0.31 s, 15 gives 2,387 B in 6.0 s (its binary tree over the
/// whole prefix), 19 gives 2,190 B in 6.2 s; levels 1 and 3 barely use the prefix (9,704 and
/// 5,122 B). An export writes up to four deltas, each against another base: 9.
pub const DELTA_ZSTD_LEVEL: i32 = 9;

pub fn compress(raw: &[u8], encoding: Encoding, zstd_level: i32) -> Vec<u8> {
    match encoding {
        Encoding::Zstd => zstd::bulk::compress(raw, zstd_level).expect("zstd compresses in memory"),
        Encoding::Gzip => {
            let mut encoder =
                flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            encoder.write_all(raw).expect("writing to memory");
            encoder.finish().expect("writing to memory")
        }
    }
}

/// Decompresses at most `limit` bytes (the raw size the verified manifest gives), so a
/// hostile file cannot expand without bound.
pub fn decompress(data: &[u8], encoding: Encoding, limit: u64, name: &str) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let result = match encoding {
        Encoding::Zstd => zstd::stream::read::Decoder::new(data)
            .and_then(|d| d.take(limit + 1).read_to_end(&mut out)),
        Encoding::Gzip => flate2::read::GzDecoder::new(data)
            .take(limit + 1)
            .read_to_end(&mut out),
    };
    result.map_err(|_| Error::Decompress(name.to_owned()))?;
    Ok(out)
}

/// The largest window a prefix-compressed frame may need: 2^27 bytes, the limit every zstd
/// decoder accepts by default. A longer base is referenced only in its last 128 MiB.
const MAX_WINDOW_LOG: u32 = 27;

fn window_log(prefix: usize, raw: usize) -> u32 {
    let needed = (prefix + raw).max(1) as u64;
    (64 - (needed - 1).leading_zeros()).clamp(10, MAX_WINDOW_LOG)
}

/// zstd-compresses `raw` with `prefix` as raw-content dictionary: the frame may refer to any
/// of the prefix's bytes as if they came just before it (the window covers the prefix).
pub fn compress_with_prefix(raw: &[u8], zstd_level: i32, prefix: &[u8]) -> Vec<u8> {
    use zstd::zstd_safe::{CCtx, CParameter};
    let mut cctx = CCtx::create();
    let mut out = Vec::with_capacity(zstd::zstd_safe::compress_bound(raw.len()));
    let result = cctx
        .set_parameter(CParameter::CompressionLevel(zstd_level))
        .and_then(|_| {
            cctx.set_parameter(CParameter::WindowLog(window_log(prefix.len(), raw.len())))
        })
        .and_then(|_| cctx.ref_prefix(prefix))
        .and_then(|_| cctx.compress2(&mut out, raw));
    result.expect("zstd compresses in memory");
    out
}

/// Decompresses a frame made by [`compress_with_prefix`] with the same prefix, to at most
/// `limit` bytes. With another prefix it fails, or gives other bytes (the caller checks the
/// hash).
pub fn decompress_with_prefix(
    data: &[u8],
    limit: u64,
    prefix: &[u8],
    name: &str,
) -> Result<Vec<u8>> {
    use zstd::zstd_safe::{DCtx, DParameter};
    let capacity = usize::try_from(limit).map_err(|_| Error::Decompress(name.to_owned()))?;
    let mut out = Vec::with_capacity(capacity);
    let mut dctx = DCtx::create();
    dctx.set_parameter(DParameter::WindowLogMax(MAX_WINDOW_LOG))
        .and_then(|_| dctx.ref_prefix(prefix))
        .and_then(|_| dctx.decompress(&mut out, data))
        .map_err(|_| Error::Decompress(name.to_owned()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_frame_needs_its_prefix() {
        let base =
            b"{\"a\":{\"name\":\"Legal aid clinic of the valley\",\"phone\":\"x\"}}".repeat(50);
        let raw = b"{\"upserts\":{\"a\":{\"name\":\"Legal aid clinic of the valley\"}}}";
        let frame = compress_with_prefix(raw, ZSTD_LEVEL, &base);
        assert!(frame.len() < compress(raw, Encoding::Zstd, ZSTD_LEVEL).len());
        let back = decompress_with_prefix(&frame, raw.len() as u64, &base, "d").unwrap();
        assert_eq!(back, raw);
        let other = b"something else entirely, of another length".repeat(30);
        match decompress_with_prefix(&frame, raw.len() as u64, &other, "d") {
            Err(Error::Decompress(_)) => {}
            Ok(bytes) => assert_ne!(bytes, raw),
            Err(e) => panic!("{e}"),
        }
        // Longer than the stated size: refused, not grown.
        assert!(decompress_with_prefix(&frame, raw.len() as u64 - 1, &base, "d").is_err());
    }
}
