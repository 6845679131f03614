//! Fuzz target: `vecino_fuzz::hsds_csv` (see its documentation for what it checks). Must never
//! hold state between inputs.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| vecino_fuzz::hsds_csv(data));
