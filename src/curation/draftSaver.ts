/**
 * Saves the draft at every change: each edit, undo and redo is written to the browser's storage
 * as soon as the one before it is written (one write at a time, the latest state each time).
 * Tabs tell one another of each save (BroadcastChannel), so a tab editing the same draft learns
 * at once that its copy is behind; it then stops saving and says so, and nothing is overwritten.
 */
import { createStore } from 'zustand/vanilla';
import type { DraftData } from './draft';
import type { DraftStore } from './draftStore';
import type { DraftStorage } from './draftStorage';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  /** Another tab saved this draft after this tab last read or wrote it: this tab no longer saves. */
  | { kind: 'conflict'; at: number }
  /** Storage refused (full, or not available): the draft lives in this tab only. */
  | { kind: 'failed'; message: string };

export interface SaveMessage {
  id: string;
  revision: number;
  tab: string;
}

/** What the saver needs of a BroadcastChannel. */
export interface Channel {
  postMessage(message: SaveMessage): void;
  onmessage: ((event: { data: SaveMessage }) => void) | null;
}

export class DraftSaver {
  readonly status = createStore<{ status: SaveStatus }>()(() => ({ status: { kind: 'idle' } }));
  private id: string | null = null;
  private revision = 0;
  private saved: DraftData | null = null;
  private writing: Promise<void> | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly drafts: DraftStore,
    private readonly storage: DraftStorage,
    private readonly channel: Channel | null,
    private readonly now: () => number = Date.now,
  ) {
    this.unsubscribe = drafts.subscribe((state, before) => {
      if (state.id === this.id && state.data !== before.data) this.schedule();
    });
    if (channel) {
      channel.onmessage = ({ data }) => {
        if (data.id === this.id && data.tab !== storage.tab && data.revision > this.revision) {
          this.setStatus({ kind: 'conflict', at: this.now() });
        }
      };
    }
  }

  /** Starts following a draft just opened, at the revision it was read at (0: never saved). A draft never saved is saved now. */
  follow(id: string, revision: number): void {
    this.id = id;
    this.revision = revision;
    this.saved = revision > 0 ? this.drafts.getState().data : null;
    this.setStatus(revision > 0 ? { kind: 'saved', at: this.now() } : { kind: 'idle' });
    if (revision === 0) this.schedule();
  }

  /** Waits for the writes under way (tests, and before leaving). */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  dispose(): void {
    this.unsubscribe();
    if (this.channel) this.channel.onmessage = null;
  }

  private schedule(): void {
    if (this.writing) return; // the write under way is followed by one of the latest state
    if (this.status.getState().status.kind === 'conflict') return;
    this.writing = this.writeLatest().finally(() => {
      this.writing = null;
    });
  }

  private async writeLatest(): Promise<void> {
    for (;;) {
      const { id, data } = this.drafts.getState();
      if (!id || id !== this.id || !data || data === this.saved) return;
      if (this.status.getState().status.kind === 'conflict') return;
      this.setStatus({ kind: 'saving' });
      const updatedAt = this.now();
      const result = await this.storage.save({ id, data, updatedAt }, this.revision);
      if (id !== this.id) return;
      if (!result.ok) {
        this.setStatus(
          result.reason === 'conflict'
            ? { kind: 'conflict', at: result.theirs.updatedAt }
            : { kind: 'failed', message: result.message },
        );
        return;
      }
      this.revision = result.revision;
      this.saved = data;
      this.channel?.postMessage({ id, revision: result.revision, tab: this.storage.tab });
      this.setStatus({ kind: 'saved', at: updatedAt });
    }
  }

  private setStatus(status: SaveStatus): void {
    this.status.setState({ status });
  }
}
