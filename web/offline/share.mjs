//! Sharing the held release as one file, and importing one: the file carries the release's
//! signed files and its records as published, and is verified on import exactly as a
//! download (signatures, every file's hash, rollback) against the page's pinned key, never
//! against anything the file carries. It must never keep a file that did not verify; the page
//! is touched only by `share` (the browser's share sheet or a download).

import { BundleError, canonical, filesFor, packShared, rawPath, unpackShared, verifyHead, verifyRelease } from "./verify.mjs";
import { keepRelease, trustFor } from "./releases.mjs";
import { h } from "./render.mjs";

/** The files a shared copy of `held` carries: its signed files and its records, as published. */
export function sharedFiles(held) {
  const files = { ...held.top };
  const manifest = JSON.parse(new TextDecoder().decode(held.top["manifest.json"]));
  for (const f of filesFor(manifest, held.languages)) files[rawPath(f.name)] = new TextEncoder().encode(canonical(held.contents[f.name]));
  return files;
}

/** The shared file's name for a held release. */
export const sharedName = (held) => `vecino-${held.region}-r${held.seq}.vecino`;

/** Offers the held release as one file: the share sheet where there is one, else a download. */
export async function share(state, title) {
  const held = state.held;
  const bytes = await packShared(sharedFiles(held));
  const name = sharedName(held);
  const file = new File([bytes], name, { type: "application/octet-stream" });
  if (navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title });
      return;
    } catch (e) {
      if (e?.name === "AbortError") return;
    }
  }
  const url = URL.createObjectURL(file);
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Verifies a shared file's bytes and keeps its release. `onRegion` hears of the region once
 * the signed head verified (for the refusal's message). Answers the verified release.
 */
export async function importShared(state, bytes, onRegion = () => {}) {
  const files = await unpackShared(bytes);
  const read = (p) => files[p] ?? null;
  let claimed = null;
  try {
    claimed = JSON.parse(new TextDecoder().decode(files["manifest.json"])).region?.id;
  } catch {}
  // Any region (a shared file is of the region it says), but never an older key document
  // or a revoked key than this phone or its page knows of.
  const trust = await trustFor(state, undefined, claimed);
  const head = await verifyHead(read, state.root, trust);
  const regionId = head.manifest.region.id;
  onRegion(regionId);
  const languages = head.manifest.languages.filter((l) => files[rawPath(`${l}/ui`)]);
  if (!languages.length) throw new BundleError("Missing", "no language");
  const verified = await verifyRelease(read, state.root, trust, { languages, raw: true });
  const top = { "manifest.json": files["manifest.json"], "manifest.json.sig": files["manifest.json.sig"], "keys.json": files["keys.json"], "keys.json.sig": files["keys.json.sig"] };
  await keepRelease(state, regionId, top, verified, verified.contents, languages);
  return { verified, languages };
}
