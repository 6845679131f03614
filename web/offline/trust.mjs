//! What the offline app trusts before verifying a release: the state it hands to verify.mjs.
//! Key-document state (the highest key document seq seen and the revoked publishing keys) is
//! kept per pinned root key, never per region, and never goes under the floor the app's page
//! carries beside the pinned key; release state (seq and manifest hash) is per region.
//! It must never lower what was seen, never trust a floor from anywhere but the page that pins
//! the key, and never touch storage or the network itself (app.mjs does; Node tests import it).

/** The floor the page carries (`<meta name="vecino-keys-floor">`): {seq, revoked}. */
export function parseFloor(content) {
  try {
    const floor = JSON.parse(content || "{}");
    const seq = Number.isSafeInteger(floor.seq) && floor.seq > 0 ? floor.seq : 0;
    const revoked = Array.isArray(floor.revoked) ? floor.revoked.filter((id) => typeof id === "string") : [];
    return { seq, revoked };
  } catch {
    return { seq: 0, revoked: [] };
  }
}

/** What is known of the pinned root's key documents: the phone's own state and the floor. */
export function keysKnown(kept, floor) {
  const seq = Math.max(kept?.seq ?? 0, floor?.seq ?? 0);
  const revoked = [...new Set([...(kept?.revoked ?? []), ...(floor?.revoked ?? [])])].sort();
  return { seq, revoked };
}

/**
 * The state verify.mjs's verifyHead checks against: `region` (the one asked for, or undefined
 * for a shared file, which may be of any region), `seen` (this phone's record for that
 * region, if any), `kept` (its per-root key state) and `floor` (the page's).
 */
export function stateFor({ region, seen, kept, floor }) {
  const known = keysKnown(kept, floor);
  return {
    ...(region !== undefined ? { region } : {}),
    ...(seen ? { lastSeq: seen.seq, lastManifestSha256: seen.sha256 } : {}),
    ...(known.seq > 0 ? { keysSeq: known.seq } : {}),
    revoked: known.revoked,
  };
}

/** The per-root key state to keep after a release verified (`verified` is verifyHead's answer). */
export function keysAfter(kept, verified) {
  return keysKnown(kept, { seq: verified.keysSeq, revoked: verified.revoked ?? [] });
}
