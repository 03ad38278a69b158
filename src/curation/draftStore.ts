/**
 * The draft being edited, with undo and redo (zundo on a zustand store). Only the draft's data
 * (its dataset and article texts) is history; which draft it is and when it was saved are not.
 *
 * Typing in a field is one step, not one per letter: consecutive edits of the same field (the
 * same `group`) replace the step they continue instead of adding one. Any other edit, an undo or
 * a redo ends the group.
 */
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { Draft, DraftData } from './draft';

export interface DraftState {
  /** The draft's id, or null when no draft is open. */
  id: string | null;
  /** Replaced, never changed in place, by every edit, undo and redo: saving follows it. */
  data: DraftData | null;
}

export interface DraftActions {
  /** Opens a draft: its history starts here. */
  open(draft: Pick<Draft, 'id' | 'data'>): void;
  /** Changes the draft; edits with the same `group` in a row are one step of the history. */
  edit(change: (data: DraftData) => DraftData, group?: string): void;
  undo(): void;
  redo(): void;
  close(): void;
}

export type DraftStore = ReturnType<typeof createDraftStore>;

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 500;

export function createDraftStore() {
  let lastGroup: string | null = null;
  const store = createStore<DraftState & DraftActions>()(
    temporal(
      (set, get) => ({
        id: null,
        data: null,
        open(draft) {
          lastGroup = null;
          set({ id: draft.id, data: draft.data });
          store.temporal.getState().clear();
        },
        edit(change, group) {
          const data = get().data;
          if (!data) return;
          const next = change(data);
          if (next === data) return;
          const continues = group !== undefined && group === lastGroup;
          lastGroup = group ?? null;
          const history = store.temporal.getState();
          if (continues) history.pause();
          set({ data: next });
          if (continues) history.resume();
        },
        undo() {
          lastGroup = null;
          store.temporal.getState().undo();
        },
        redo() {
          lastGroup = null;
          store.temporal.getState().redo();
        },
        close() {
          lastGroup = null;
          set({ id: null, data: null });
          store.temporal.getState().clear();
        },
      }),
      {
        partialize: (state) => ({ data: state.data }),
        equality: (past, current) => past.data === current.data,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  return store;
}

/** The one draft store of the page. */
export const draftStore = createDraftStore();
