/**
 * Drafts kept in the browser (IndexedDB), so that a reload, a crash or a closed tab loses nothing.
 *
 * A draft's record holds its dataset and the list of its articles; each article text is kept
 * once under its SHA-256, so that a change of a title does not write a long text again. Every
 * record carries a revision: a tab writes only over the revision it last read or wrote, so that
 * two tabs editing one draft never overwrite each other silently (the later one is told).
 */
import type { Dataset } from '../dataset/types';
import type { DraftArticle } from './articleText';
import type { Draft } from './draft';

export interface DraftDb {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Reads and writes one key in one transaction. */
  update(key: string, updater: (old: unknown) => unknown): Promise<void>;
  keys(): Promise<string[]>;
}

interface DraftRecord {
  id: string;
  title: string;
  updatedAt: number;
  revision: number;
  /** Which tab wrote it last. */
  tab: string;
  dataset: Dataset;
  articles: Omit<DraftArticle, 'text'>[];
}

export interface DraftSummary {
  id: string;
  title: string;
  updatedAt: number;
  events: number;
  articles: number;
}

export type SaveResult =
  | { ok: true; revision: number }
  /** Another tab has written this draft since this tab last did. */
  | { ok: false; reason: 'conflict'; theirs: { updatedAt: number } }
  | { ok: false; reason: 'full' | 'unavailable'; message: string };

const DRAFT = 'draft:';
const TEXT = 'text:';

/** A draft store in memory: the tests' stand-in, and where a draft lives when the browser stores nothing. */
export function memoryDraftDb(): DraftDb & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    get: async (key) => structuredClone(entries.get(key)),
    set: async (key, value) => void entries.set(key, structuredClone(value)),
    del: async (key) => void entries.delete(key),
    update: async (key, updater) => void entries.set(key, structuredClone(updater(structuredClone(entries.get(key))))),
    keys: async () => [...entries.keys()],
  };
}

export class DraftStorage {
  /** Article texts this page knows to be stored already. */
  private readonly storedTexts = new Set<string>();

  constructor(
    private readonly db: DraftDb,
    /** This tab, as the records name it. */
    readonly tab: string,
  ) {}

  /**
   * Writes a draft over `expectedRevision` (0 for a draft never saved). Refuses, and writes
   * nothing of the draft's record, when another tab has saved it meanwhile.
   */
  async save(draft: Draft, expectedRevision: number): Promise<SaveResult> {
    try {
      for (const article of draft.data.articles) {
        if (this.storedTexts.has(article.sha256)) continue;
        const key = TEXT + article.sha256;
        if ((await this.db.get(key)) === undefined) await this.db.set(key, article.text);
        this.storedTexts.add(article.sha256);
      }
      let conflict: DraftRecord | null = null;
      const record: DraftRecord = {
        id: draft.id,
        title: draft.data.dataset.title,
        updatedAt: draft.updatedAt,
        revision: expectedRevision + 1,
        tab: this.tab,
        dataset: draft.data.dataset,
        articles: draft.data.articles.map(({ text: _text, ...rest }) => rest),
      };
      await this.db.update(DRAFT + draft.id, (old) => {
        const stored = old as DraftRecord | undefined;
        if ((stored?.revision ?? 0) !== expectedRevision) {
          conflict = stored ?? null;
          return old;
        }
        return record;
      });
      const theirs = conflict as DraftRecord | null;
      if (theirs) return { ok: false, reason: 'conflict', theirs: { updatedAt: theirs.updatedAt } };
      return { ok: true, revision: record.revision };
    } catch (error) {
      return failure(error);
    }
  }

  /** A saved draft with its article texts, and its revision; null when it is not there (or a text is missing). */
  async load(id: string): Promise<{ draft: Draft; revision: number } | null> {
    const record = (await this.db.get(DRAFT + id)) as DraftRecord | undefined;
    if (!record) return null;
    const articles: DraftArticle[] = [];
    for (const article of record.articles) {
      const text = await this.db.get(TEXT + article.sha256);
      if (typeof text !== 'string') return null;
      this.storedTexts.add(article.sha256);
      articles.push({ ...article, text });
    }
    return {
      draft: { id: record.id, updatedAt: record.updatedAt, data: { dataset: record.dataset, articles } },
      revision: record.revision,
    };
  }

  /** The revision saved for a draft (0 if none). */
  async revisionOf(id: string): Promise<number> {
    const record = (await this.db.get(DRAFT + id)) as DraftRecord | undefined;
    return record?.revision ?? 0;
  }

  /** The saved drafts, the most recently changed first. */
  async list(): Promise<DraftSummary[]> {
    const summaries: DraftSummary[] = [];
    for (const key of await this.db.keys()) {
      if (!key.startsWith(DRAFT)) continue;
      const record = (await this.db.get(key)) as DraftRecord | undefined;
      if (!record) continue;
      summaries.push({
        id: record.id,
        title: record.title,
        updatedAt: record.updatedAt,
        events: record.dataset.events.length,
        articles: record.articles.length,
      });
    }
    return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /** Deletes a draft, and the article texts no other draft uses. */
  async remove(id: string): Promise<void> {
    await this.db.del(DRAFT + id);
    const used = new Set<string>();
    const all = await this.db.keys();
    for (const key of all) {
      if (!key.startsWith(DRAFT)) continue;
      const record = (await this.db.get(key)) as DraftRecord | undefined;
      for (const article of record?.articles ?? []) used.add(article.sha256);
    }
    for (const key of all) {
      if (key.startsWith(TEXT) && !used.has(key.slice(TEXT.length))) {
        await this.db.del(key);
        this.storedTexts.delete(key.slice(TEXT.length));
      }
    }
  }
}

function failure(error: unknown): SaveResult {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return {
      ok: false,
      reason: 'full',
      message:
        "The browser's storage is full, so this draft could not be saved. It is still here, in this tab: download it (below) before closing the tab, or free some space.",
    };
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return {
    ok: false,
    reason: 'unavailable',
    message: `This browser could not save the draft${detail}. It is still here, in this tab: download it (below) before closing the tab.`,
  };
}
