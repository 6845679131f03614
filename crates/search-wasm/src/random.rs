//! Random bytes for getrandom's "custom" backend on wasm32-unknown-unknown, which has no source
//! of its own (and this module no JavaScript glue to reach `crypto.getRandomValues`).
//!
//! The only consumer is tantivy naming each new in-memory segment with a v4 UUID: those names
//! must differ from one another within this module's memory, nothing more. So the bytes come
//! from SplitMix64 over a counter — unique, not secret. Nothing in the engine needs secrets.

use std::cell::Cell;

thread_local! {
    static STATE: Cell<u64> = const { Cell::new(0x005E_ED0F_7EC1_0000) };
}

// Used by the wasm32 export below and the tests.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn next() -> u64 {
    STATE.with(|s| {
        let mut z = s.get().wrapping_add(0x9E37_79B9_7F4A_7C15);
        s.set(z);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    })
}

/// Fills `dest` with the next bytes of the sequence.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn fill(dest: &mut [u8]) {
    for chunk in dest.chunks_mut(8) {
        chunk.copy_from_slice(&next().to_le_bytes()[..chunk.len()]);
    }
}

/// getrandom's custom backend (the symbol getrandom 0.3 and 0.4 both call).
///
/// # Safety
/// getrandom calls it with `dest` valid for writes of `len` bytes.
#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
unsafe extern "Rust" fn __getrandom_v03_custom(
    dest: *mut u8,
    len: usize,
) -> Result<(), getrandom::Error> {
    // SAFETY: getrandom passes a buffer valid for `len` bytes, which nothing else borrows
    // during the call.
    fill(unsafe { std::slice::from_raw_parts_mut(dest, len) });
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn bytes_do_not_repeat() {
        let (mut a, mut b) = ([0u8; 16], [0u8; 16]);
        super::fill(&mut a);
        super::fill(&mut b);
        assert_ne!(a, b);
        assert_ne!(a, [0; 16]);
    }
}
