// The search engine (/offline/search/search.mjs, WebAssembly) in a worker: building its index
// for a large region takes seconds on a cheap phone, and the page stays responsive meanwhile.
// Messages: {id, op: "load" | "search" | "suggest", args} → {id, ok, value | error}.
let engine = null;

self.onmessage = async ({ data: { id, op, args } }) => {
  try {
    if (op === "load") {
      if (!engine) {
        const { createSearch } = await import("/offline/search/search.mjs");
        engine = await createSearch();
      }
      await engine.load(args);
      self.postMessage({ id, ok: true, value: null });
    } else if (engine && (op === "search" || op === "suggest")) {
      self.postMessage({ id, ok: true, value: await engine[op](args) });
    } else {
      throw new Error(`no engine for ${op}`);
    }
  } catch (e) {
    self.postMessage({ id, ok: false, error: { message: String(e?.message ?? e), problem: e?.problem ?? null } });
  }
};
