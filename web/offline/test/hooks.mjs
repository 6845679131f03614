//! Module resolution for the offline app's Node tests: the app imports its verifier as
//! `./verify.mjs` (the server serves crates/bundle/js/verify.mjs there); here that specifier,
//! from the app's modules, resolves to the file the test registered (the real verifier, or a
//! test's fake). It must never change how anything else resolves.

let target;

export async function initialize(data) {
  target = data.verify;
}

export async function resolve(specifier, context, next) {
  const parent = context.parentURL ?? "";
  if (specifier === "./verify.mjs" && /\/web\/offline\/[^/]+$/.test(parent)) return { url: target, shortCircuit: true };
  return next(specifier, context);
}
