/**
 * The last file a user opened, kept in the browser (IndexedDB) so that it can be offered again on
 * the next visit. Files cannot be reopened from a URL, so this is their memory.
 *
 * Its name, size and date are stored apart from the file itself: offering it reads only those,
 * and the file (possibly 200 MB) is read only when the user chooses to reopen it. The file is kept
 * as the user opened it (a dataset, CSV or TimelineJS file) and goes through the same checks again.
 */
import { del, get, set } from 'idb-keyval';

export interface SavedFileInfo {
  name: string;
  size: number;
  savedAt: number;
}

/** Where the records go: IndexedDB (idb-keyval) in the app, a stand-in under test. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

const INFO_KEY = 'sourceline:last-file-info';
const FILE_KEY = 'sourceline:last-file';
/** Earlier versions kept name and text in one record, read in full on every visit. */
const LEGACY_KEY = 'sourceline:last-opened-file';

const indexedDb: KeyValueStore = {
  get: (key) => get(key),
  set: (key, value) => set(key, value),
  del: (key) => del(key),
};

export async function rememberFile(
  file: Blob,
  name: string,
  store: KeyValueStore = indexedDb,
  now = Date.now(),
): Promise<void> {
  try {
    // The file first: the info is never left pointing at a file that is not there.
    await store.set(FILE_KEY, file);
    await store.set(INFO_KEY, { name, size: file.size, savedAt: now } satisfies SavedFileInfo);
    await store.del(LEGACY_KEY);
  } catch {
    // Private browsing or a full disk: the dataset still opens, it just is not remembered.
  }
}

/** What is remembered, without reading the file itself. */
export async function savedFileInfo(store: KeyValueStore = indexedDb): Promise<SavedFileInfo | null> {
  try {
    // Dropped unread: reading it is what made every visit load the whole text.
    void store.del(LEGACY_KEY).catch(() => {});
    const info = (await store.get(INFO_KEY)) as Partial<SavedFileInfo> | undefined;
    if (!info || typeof info.name !== 'string' || typeof info.size !== 'number' || typeof info.savedAt !== 'number')
      return null;
    return { name: info.name, size: info.size, savedAt: info.savedAt };
  } catch {
    return null;
  }
}

/** The remembered file itself (read when the user reopens it), or null if it is gone. */
export async function readSavedFile(store: KeyValueStore = indexedDb): Promise<Blob | null> {
  try {
    const file = await store.get(FILE_KEY);
    return file instanceof Blob ? file : null;
  } catch {
    return null;
  }
}

export async function forgetSavedFile(store: KeyValueStore = indexedDb): Promise<void> {
  try {
    await store.del(INFO_KEY);
    await store.del(FILE_KEY);
  } catch {
    // Nothing to forget.
  }
}
