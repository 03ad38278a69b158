/**
 * The last dataset a user opened from a file, kept in the browser (IndexedDB) so that it can be
 * offered again on the next visit. Files cannot be reopened from a URL, so this is their memory.
 */
import { del, get, set } from 'idb-keyval';

const KEY = 'sourceline:last-opened-file';

export interface SavedDataset {
  name: string;
  /** The dataset as JSON text (after any import from CSV or TimelineJS). */
  text: string;
  savedAt: number;
}

export async function saveOpenedFile(name: string, text: string): Promise<void> {
  try {
    await set(KEY, { name, text, savedAt: Date.now() } satisfies SavedDataset);
  } catch {
    // Private browsing or a full disk: the dataset still opens, it just is not remembered.
  }
}

export async function loadSavedFile(): Promise<SavedDataset | null> {
  try {
    const saved = (await get(KEY)) as SavedDataset | undefined;
    return saved && typeof saved.name === 'string' && typeof saved.text === 'string' ? saved : null;
  } catch {
    return null;
  }
}

export async function forgetSavedFile(): Promise<void> {
  try {
    await del(KEY);
  } catch {
    // Nothing to forget.
  }
}
