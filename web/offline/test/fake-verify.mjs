//! A verifier for the offline app's state-machine tests: the real one's file handling
//! (shared files, paths, canonical JSON), with verifyHead, verifyRelease and applyDelta
//! answering what the test sets in `globalThis.fakeVerify`. It must never be served.

export { BundleError, canonical, filesFor, packShared, rawPath, unpackShared } from "../../../crates/bundle/js/verify.mjs";

const fake = () => globalThis.fakeVerify;
export const verifyHead = (...args) => fake().verifyHead(...args);
export const verifyRelease = (...args) => fake().verifyRelease(...args);
export const applyDelta = (...args) => fake().applyDelta(...args);
