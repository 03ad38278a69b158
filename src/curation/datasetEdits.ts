/** Edits of the dataset as a whole: its title, its articles and their sources, its sides and actors. */
import type { Actor, Source } from '../dataset/types';
import type { DraftArticle } from './articleText';
import { articleOf, takenIds, uniqueId, type DraftData } from './draft';
import { patched, replaced, withDataset, type Patch } from './editHelpers';

export function setDatasetInfo(data: DraftData, patch: { title?: string; description?: string }): DraftData {
  return withDataset(data, (d) => patched(d, patch, ['title']));
}

// Articles and their sources ----------------------------------------------------------------

export type SourceFields = Pick<Source, 'outlet' | 'title' | 'url' | 'published' | 'kind'>;

/** Adds an article and its source (one per article); returns the draft and the source's id. */
export function addArticle(
  data: DraftData,
  fields: SourceFields,
  article: Omit<DraftArticle, 'file'>,
): [DraftData, string] {
  const base = [fields.outlet, fields.published].filter(Boolean).join(' ');
  const id = uniqueId(base, takenIds(data.dataset), 'source');
  const file = uniqueFile(`${id}.txt`, data.articles);
  const source = patched<Source>({ id, outlet: fields.outlet, kind: fields.kind, article: file }, fields, [
    'outlet',
    'kind',
  ]);
  const next = withDataset(data, (d) => ({ ...d, sources: [...d.sources, source] }));
  return [{ ...next, articles: [...next.articles, { ...article, file }] }, id];
}

function uniqueFile(name: string, articles: readonly DraftArticle[]): string {
  const taken = new Set(articles.map((a) => a.file));
  let file = name;
  for (let n = 2; taken.has(file); n++) file = name.replace(/\.txt$/, `-${n}.txt`);
  return file;
}

export function updateSource(data: DraftData, index: number, patch: Patch<SourceFields>): DraftData {
  return withDataset(data, (d) => ({
    ...d,
    sources: replaced(d.sources, index, (s) => patched(s, patch, ['outlet', 'kind'])),
  }));
}

/**
 * Gives a source a new article text. Quotes taken from the old text are kept as they are: the
 * checks then show any that the new text does not hold, with the closest passage.
 */
export function replaceArticleText(
  data: DraftData,
  sourceIndex: number,
  article: Omit<DraftArticle, 'file'>,
): DraftData {
  const source = data.dataset.sources[sourceIndex];
  if (!source) return data;
  const existing = articleOf(data, source.article);
  if (existing) {
    return { ...data, articles: data.articles.map((a) => (a === existing ? { ...a, ...article, file: a.file } : a)) };
  }
  const file = uniqueFile(`${source.id}.txt`, data.articles);
  const next = updateSourceArticle(data, sourceIndex, file);
  return { ...next, articles: [...next.articles, { ...article, file }] };
}

function updateSourceArticle(data: DraftData, index: number, file: string): DraftData {
  return withDataset(data, (d) => ({ ...d, sources: replaced(d.sources, index, (s) => ({ ...s, article: file })) }));
}

// Sides and actors ---------------------------------------------------------------------------

export function addSide(data: DraftData, name: string): [DraftData, string] {
  const id = uniqueId(name, takenIds(data.dataset), 'side');
  return [withDataset(data, (d) => ({ ...d, sides: [...d.sides, { id, name }] })), id];
}

export function addActor(
  data: DraftData,
  fields: Pick<Actor, 'name' | 'side'> & { role?: string },
): [DraftData, string] {
  const id = uniqueId(fields.name, takenIds(data.dataset), 'actor');
  const actor = patched<Actor>({ id, name: fields.name, side: fields.side }, { role: fields.role }, []);
  return [withDataset(data, (d) => ({ ...d, actors: [...d.actors, actor] })), id];
}

export function updateActor(
  data: DraftData,
  index: number,
  patch: Patch<Pick<Actor, 'name' | 'role' | 'side'>>,
): DraftData {
  return withDataset(data, (d) => ({
    ...d,
    actors: replaced(d.actors, index, (a) => patched(a, patch, ['name', 'side'])),
  }));
}
