/**
 * The curation session of this tab: the draft store, its saving, its checks and the list of
 * drafts, wired together once when the curation view is first opened. The view calls these
 * functions; the parts (draftStore, DraftSaver, DraftChecker, DraftStorage) know nothing of one another.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { newDraftId, type DraftData } from './draft';
import { DraftChecker, browserCheckWorker } from './draftChecks';
import { DraftSaver, type Channel } from './draftSaver';
import { draftStore } from './draftStore';
import { DraftStorage, memoryDraftDb, type DraftSummary } from './draftStorage';
import { indexedDbDraftDb } from './indexedDb';

export interface SessionState {
  /** Saved drafts, the latest first (null until read). */
  drafts: DraftSummary[] | null;
  /** What opening the current draft left to say (an encoding, an article text not found). */
  notices: string[];
  /** Why a draft could not be opened. */
  failure: string | null;
}

export interface Session {
  drafts: typeof draftStore;
  saver: DraftSaver;
  checker: DraftChecker;
  storage: DraftStorage;
  state: StoreApi<SessionState>;
}

let session: Session | null = null;

export function curationSession(): Session {
  if (session) return session;
  const tab = `tab-${Math.random().toString(36).slice(2, 10)}`;
  const db = typeof indexedDB === 'undefined' ? memoryDraftDb() : indexedDbDraftDb();
  const storage = new DraftStorage(db, tab);
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : (new BroadcastChannel('sourceline-drafts') as unknown as Channel);
  const saver = new DraftSaver(draftStore, storage, channel);
  const checker = new DraftChecker(browserCheckWorker);
  draftStore.subscribe((state, before) => {
    if (state.data && state.data !== before.data) checker.check(state.data);
  });
  const state = createStore<SessionState>()(() => ({ drafts: null, notices: [], failure: null }));
  const created: Session = { drafts: draftStore, saver, checker, storage, state };
  session = created;
  return created;
}

/** Reads the list of saved drafts again. */
export async function refreshDrafts(): Promise<void> {
  const { storage, state } = curationSession();
  try {
    state.setState({ drafts: await storage.list() });
  } catch {
    state.setState({ drafts: [] });
  }
}

/** Starts a new draft from data (new, imported or opened) and saves it at once. Returns its id. */
export function startDraft(data: DraftData, notices: string[] = []): string {
  const { drafts, saver, state } = curationSession();
  const id = newDraftId();
  drafts.getState().open({ id, data });
  saver.follow(id, 0);
  state.setState({ notices, failure: null });
  return id;
}

/** Opens a saved draft; false when it is not there. */
export async function openSavedDraft(id: string): Promise<boolean> {
  const { drafts, saver, storage, state } = curationSession();
  if (drafts.getState().id === id) return true;
  const loaded = await storage.load(id).catch(() => null);
  if (!loaded) {
    state.setState({
      failure: 'That draft is not saved in this browser (it may have been deleted, or saved in another browser).',
    });
    return false;
  }
  drafts.getState().open(loaded.draft);
  saver.follow(id, loaded.revision);
  state.setState({ notices: [], failure: null });
  return true;
}

/** After another tab saved the draft: shows that tab's version here (this tab's changes since are dropped). */
export async function reloadDraft(): Promise<void> {
  const { drafts } = curationSession();
  const id = drafts.getState().id;
  if (!id) return;
  drafts.getState().close();
  await openSavedDraft(id);
}

/** After another tab saved the draft: keeps this tab's version as a draft of its own. Returns its id. */
export function keepAsNewDraft(): string | null {
  const data = curationSession().drafts.getState().data;
  return data ? startDraft(data) : null;
}

export function closeDraft(): void {
  curationSession().drafts.getState().close();
  curationSession().state.setState({ notices: [], failure: null });
}

export async function deleteDraft(id: string): Promise<void> {
  const { storage, drafts } = curationSession();
  if (drafts.getState().id === id) closeDraft();
  await storage.remove(id).catch(() => {});
  await refreshDrafts();
}
