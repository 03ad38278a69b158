/**
 * A draft: a dataset in the contract's own form (what `npm run validate` reads, possibly with
 * problems still in it) and the texts of its articles. Everything a curator changes is a change
 * to these two; what is shown about them (problems, quotes' places in the text) is derived.
 */
import type { Dataset } from '../dataset/types';
import { slugify } from '../dataset/slugs';
import type { DraftArticle } from './articleText';

export interface DraftData {
  dataset: Dataset;
  articles: DraftArticle[];
}

export interface Draft {
  id: string;
  data: DraftData;
  /** When it was last changed (ms since 1970), for the list of drafts. */
  updatedAt: number;
}

export function emptyDataset(title: string, description: string): Dataset {
  const dataset: Dataset = { title, sides: [], sources: [], actors: [], events: [] };
  if (description.trim()) dataset.description = description;
  return dataset;
}

export function newDraftId(): string {
  return `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** `base` as an id (a slug), made unique among `taken` with "-2", "-3", … */
export function uniqueId(base: string, taken: Iterable<string>, fallback = 'item'): string {
  const used = new Set(taken);
  const slug = slugify(base, fallback);
  let id = slug;
  for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
  return id;
}

/** Every id in use in the dataset's shared id space (sides, sources, actors and events must not repeat one another's). */
export function takenIds(dataset: Dataset): string[] {
  return [
    ...dataset.sides.map((s) => s.id),
    ...dataset.sources.map((s) => s.id),
    ...dataset.actors.map((a) => a.id),
    ...dataset.events.map((e) => e.id),
  ];
}

export function articleOf(data: DraftData, file: string | undefined): DraftArticle | undefined {
  return file === undefined ? undefined : data.articles.find((article) => article.file === file);
}

/** The article text of a source, if the draft holds it. */
export function sourceArticle(data: DraftData, sourceId: string): DraftArticle | undefined {
  return articleOf(data, data.dataset.sources.find((source) => source.id === sourceId)?.article);
}
