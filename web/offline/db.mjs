// What the offline app keeps in IndexedDB ("vecino-offline"):
// - "held": per region id, the release this phone trusts: the exact bytes of its manifest,
//   key document and their signatures (to verify again when shared), its seq, manifest hash,
//   languages kept, and the verified records of each file it keeps.
// - "seen": per region id, the highest seq and its manifest hash ever verified (rollback and
//   equivocation are judged against it, even after the held release is removed), the key
//   document's seq, and a conflict flag.
// - "prefs": the current region ("current"), and per pinned root key ("keys:<root hex>") what
//   its key documents said: {seq, revoked} (trust.mjs), for every region alike.
// A release is written in one transaction, only after it verified: nothing half-stored.

const DB = "vecino-offline";

function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

let opened;
export function open() {
  opened ??= new Promise((resolve, reject) => {
    const r = indexedDB.open(DB, 1);
    r.onupgradeneeded = () => {
      r.result.createObjectStore("held");
      r.result.createObjectStore("seen");
      r.result.createObjectStore("prefs");
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  return opened;
}

export async function get(store, key) {
  const db = await open();
  return request(db.transaction(store).objectStore(store).get(key));
}

export async function all(store) {
  const db = await open();
  return request(db.transaction(store).objectStore(store).getAll());
}

export async function put(store, key, value) {
  const db = await open();
  const tx = db.transaction(store, "readwrite");
  tx.objectStore(store).put(value, key);
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Writes a verified release and what was seen (of the region, and `[key, value]` of its root), together. */
export async function keep(region, held, seen, keys) {
  const db = await open();
  const tx = db.transaction(["held", "seen", "prefs"], "readwrite");
  tx.objectStore("held").put(held, region);
  tx.objectStore("seen").put(seen, region);
  if (keys) tx.objectStore("prefs").put(keys[1], keys[0]);
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export async function remove(store, key) {
  const db = await open();
  const tx = db.transaction(store, "readwrite");
  tx.objectStore(store).delete(key);
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

// The search index built from the held release, saved so that opening the app does not index
// again: its own database ("vecino-offline-index", store "index", at most one entry, "current"),
// because it is derived from the records and disposable. The entry is
// {release: the manifest SHA-256 of the release it was built from, engine: the engine build's
// id, sha256: of the bytes, bytes, records}; the search worker reads and writes it, and uses it
// only for that exact release and engine build, with bytes of that hash. The app deletes it when
// the release is replaced or removed.
const INDEX_DB = "vecino-offline-index";

let indexOpened;
function openIndexDb() {
  indexOpened ??= new Promise((resolve, reject) => {
    const r = indexedDB.open(INDEX_DB, 1);
    r.onupgradeneeded = () => r.result.createObjectStore("index");
    r.onsuccess = () => {
      // A newer app asks to upgrade: let it (the next call opens again).
      r.result.onversionchange = () => {
        r.result.close();
        indexOpened = undefined;
      };
      resolve(r.result);
    };
    r.onerror = () => {
      indexOpened = undefined;
      reject(r.error);
    };
  });
  return indexOpened;
}

async function indexTransaction(work) {
  const db = await openIndexDb();
  const tx = db.transaction("index", "readwrite");
  work(tx.objectStore("index"));
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** The saved search index, or undefined. */
export async function savedIndex() {
  const db = await openIndexDb();
  return request(db.transaction("index").objectStore("index").get("current"));
}

/** Saves a search index in place of any other. */
export function keepIndex(entry) {
  return indexTransaction((store) => {
    store.clear();
    store.put(entry, "current");
  });
}

/** Deletes the saved search index (the release it was built from is replaced or removed). */
export function dropIndex() {
  return indexTransaction((store) => store.clear());
}
