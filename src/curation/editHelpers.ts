/**
 * What every edit of a draft is made of: a new draft that shares with the old one all it did not
 * change (the undo history keeps the old one as it was), and patches in which an optional field
 * set to nothing is removed rather than kept empty.
 */
import type { Dataset, Excerpt, TimelineEvent } from '../dataset/types';
import type { DraftData } from './draft';

export type Patch<T> = { [K in keyof T]?: T[K] | undefined };

/** Applies a patch; an optional field set to undefined or to empty text is removed, not kept empty. */
export function patched<T extends object>(value: T, patch: NoInfer<Patch<T>>, required: readonly (keyof T)[] = []): T {
  const next = { ...value } as Record<string, unknown>;
  for (const [key, field] of Object.entries(patch)) {
    const optional = !required.includes(key as keyof T);
    const empty =
      field === undefined ||
      (typeof field === 'string' && field.trim() === '') ||
      (Array.isArray(field) && field.length === 0);
    if (optional && empty) delete next[key];
    else next[key] = field;
  }
  return next as T;
}

export function withDataset(data: DraftData, change: (dataset: Dataset) => Dataset): DraftData {
  return { ...data, dataset: change(data.dataset) };
}

export function replaced<T>(list: readonly T[], index: number, change: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? change(item) : item));
}

export function withEvent(data: DraftData, index: number, change: (event: TimelineEvent) => TimelineEvent): DraftData {
  return withDataset(data, (d) => ({ ...d, events: replaced(d.events, index, change) }));
}

export function withExcerpt(data: DraftData, e: number, x: number, change: (excerpt: Excerpt) => Excerpt): DraftData {
  return withEvent(data, e, (event) => ({ ...event, excerpts: replaced(event.excerpts, x, change) }));
}
