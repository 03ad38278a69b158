/**
 * The drafts' IndexedDB database, with the browser's own API. (idb-keyval, which keeps the
 * reader's last file, lives in the reader's first chunk; the parts of it that drafts need, a
 * store of their own, one read-and-write transaction and a list of keys, would then be added to
 * that chunk too, for every reader.)
 */
import type { DraftDb } from './draftStorage';

const DB_NAME = 'sourceline-curation';
const STORE = 'drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new DOMException('The write was aborted', 'AbortError'));
  });
}

export function indexedDbDraftDb(): DraftDb {
  let opened: Promise<IDBDatabase> | null = null;
  const database = () => {
    if (!opened) {
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      opened = request(open);
      opened.catch(() => (opened = null));
    }
    return opened;
  };
  const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T> | T): Promise<T> => {
    const transaction = (await database()).transaction(STORE, mode);
    const finished = done(transaction);
    const result = await work(transaction.objectStore(STORE));
    await finished;
    return result;
  };
  return {
    get: (key) => run('readonly', (store) => request(store.get(key))),
    set: (key, value) => run('readwrite', (store) => void store.put(value, key)),
    del: (key) => run('readwrite', (store) => void store.delete(key)),
    // The read and the write are one transaction: no other tab can write in between.
    update: (key, updater) =>
      run('readwrite', async (store) => {
        const old = await request(store.get(key));
        store.put(updater(old), key);
      }),
    keys: () => run('readonly', async (store) => (await request(store.getAllKeys())).map(String)),
  };
}
