// What the offline app keeps in IndexedDB ("vecino-offline"):
// - "held": per region id, the release this phone trusts: the exact bytes of its manifest,
//   key document and their signatures (to verify again when shared), its seq, manifest hash,
//   languages kept, and the verified records of each file it keeps.
// - "seen": per region id, the highest seq and its manifest hash ever verified (rollback and
//   equivocation are judged against it, even after the held release is removed), the key
//   document's seq, and a conflict flag.
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

/** Writes a verified release and what was seen, together. */
export async function keep(region, held, seen) {
  const db = await open();
  const tx = db.transaction(["held", "seen"], "readwrite");
  tx.objectStore("held").put(held, region);
  tx.objectStore("seen").put(seen, region);
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
