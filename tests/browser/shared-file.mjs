// A shared ".vecino" file built in Node, as another phone would send it (FORMAT.md, "Shared
// file"), for the browser tests that hand one to the offline app.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, gunzipSync } from "node:zlib";

/** The shared file another phone would send (FORMAT.md, "Shared file"), in `lang` only. */
export function sharedFile(dir, lang) {
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const files = new Map();
  for (const name of ["manifest.json", "manifest.json.sig", "keys.json", "keys.json.sig"]) files.set(name, readFileSync(join(dir, name)));
  for (const f of manifest.files) {
    if (f.name.startsWith("shared/") || f.name.startsWith(`${lang}/`)) files.set(`data/${f.name}.json`, gunzipSync(readFileSync(join(dir, f.gzip.path))));
  }
  const header = JSON.stringify({ format: "vecino-shared-bundle", version: 1, files: [...files].map(([path, b]) => ({ path, size: b.length })) });
  return { name: `vecino-${manifest.region.id}-r${manifest.seq}.vecino`, bytes: gzipSync(Buffer.concat([Buffer.from(header + "\n"), ...files.values()])) };
}
