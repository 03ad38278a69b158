/**
 * Every change a curator can make, as a pure function from one draft to the next. Nothing is
 * mutated: the undo history keeps earlier drafts as they were, sharing what did not change.
 * Quotes change only through the selection functions (quoteSelection.ts): no edit here takes a
 * quote's text from anywhere but an article.
 */
import type { Actor, ClaimReference, Dataset, Excerpt, Related, Source, TimelineEvent } from '../dataset/types';
import type { ClaimStance, EventStatus, EventType } from '../dataset/vocabulary';
import type { DraftArticle } from './articleText';
import { articleOf, takenIds, uniqueId, type DraftData } from './draft';
import { addPiece, quoteFromSpans, type Span } from './quoteSelection';

type Patch<T> = { [K in keyof T]?: T[K] | undefined };

/** Applies a patch; an optional field set to undefined or to empty text is removed, not kept empty. */
function patched<T extends object>(value: T, patch: NoInfer<Patch<T>>, required: readonly (keyof T)[] = []): T {
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

function withDataset(data: DraftData, change: (dataset: Dataset) => Dataset): DraftData {
  return { ...data, dataset: change(data.dataset) };
}

function replaced<T>(list: readonly T[], index: number, change: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? change(item) : item));
}

function withEvent(data: DraftData, index: number, change: (event: TimelineEvent) => TimelineEvent): DraftData {
  return withDataset(data, (d) => ({ ...d, events: replaced(d.events, index, change) }));
}

function withExcerpt(data: DraftData, e: number, x: number, change: (excerpt: Excerpt) => Excerpt): DraftData {
  return withEvent(data, e, (event) => ({ ...event, excerpts: replaced(event.excerpts, x, change) }));
}

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

// Events -------------------------------------------------------------------------------------

export interface NewEvent {
  title: string;
  start: string;
  type?: EventType;
  status?: EventStatus;
  dateNote?: string;
}

export function addEvent(data: DraftData, fields: NewEvent): [DraftData, number] {
  const id = uniqueId(
    fields.title ? `${fields.start} ${fields.title}` : `event ${data.dataset.events.length + 1}`,
    takenIds(data.dataset),
    'event',
  );
  const event = patched<TimelineEvent>(
    {
      id,
      title: fields.title,
      type: fields.type ?? 'other',
      status: fields.status ?? 'occurred',
      start: fields.start,
      actors: [],
      excerpts: [],
    },
    { dateNote: fields.dateNote },
    ['title'],
  );
  return [withDataset(data, (d) => ({ ...d, events: [...d.events, event] })), data.dataset.events.length];
}

export type EventFields = Pick<
  TimelineEvent,
  'id' | 'title' | 'type' | 'status' | 'start' | 'end' | 'timeZone' | 'dateNote' | 'summary' | 'actors'
>;

export function updateEvent(data: DraftData, index: number, patch: Patch<EventFields>): DraftData {
  const before = data.dataset.events[index];
  let next = withEvent(data, index, (event) =>
    patched(event, patch, ['id', 'title', 'type', 'status', 'start', 'actors']),
  );
  // A renamed event keeps its links: the events that refer to it follow.
  if (before && patch.id !== undefined && patch.id !== before.id) {
    next = withDataset(next, (d) => ({
      ...d,
      events: d.events.map((event) =>
        event.related?.some((r) => r.event === before.id)
          ? { ...event, related: event.related.map((r) => (r.event === before.id ? { ...r, event: patch.id! } : r)) }
          : event,
      ),
    }));
  }
  return next;
}

/** Removes an event, and the links other events had to it. */
export function removeEvent(data: DraftData, index: number): DraftData {
  const removed = data.dataset.events[index];
  if (!removed) return data;
  return withDataset(data, (d) => ({
    ...d,
    events: d.events
      .filter((_, i) => i !== index)
      .map((event) =>
        event.related?.some((r) => r.event === removed.id)
          ? patched(event, { related: event.related.filter((r) => r.event !== removed.id) })
          : event,
      ),
  }));
}

export function setRelated(data: DraftData, index: number, related: Related[]): DraftData {
  return withEvent(data, index, (event) => patched(event, { related }));
}

// Accounts (excerpts) ------------------------------------------------------------------------

/** A new account on an event, its quote the selected stretches of the source's article text. */
export function addAccount(data: DraftData, eventIndex: number, sourceId: string, spans: readonly Span[]): DraftData {
  const source = data.dataset.sources.find((s) => s.id === sourceId);
  const article = articleOf(data, source?.article);
  if (!article) return data;
  const quote = quoteFromSpans(article.text, spans);
  if (!quote) return data;
  return withEvent(data, eventIndex, (event) => ({
    ...event,
    excerpts: [...event.excerpts, { source: sourceId, quote }],
  }));
}

/** The account's quote with one more piece from its article (an omission between them); unchanged if the quote is no longer in the text. */
export function addAccountPiece(data: DraftData, e: number, x: number, span: Span): DraftData {
  return withExcerpt(data, e, x, (excerpt) => {
    const article = articleOf(data, data.dataset.sources.find((s) => s.id === excerpt.source)?.article);
    const quote = article ? addPiece(article.text, excerpt.quote, span) : null;
    return quote ? { ...excerpt, quote } : excerpt;
  });
}

/** The account's quote selected anew (the only way to change a quote's words). */
export function reselectAccount(
  data: DraftData,
  e: number,
  x: number,
  sourceId: string,
  spans: readonly Span[],
): DraftData {
  const article = articleOf(data, data.dataset.sources.find((s) => s.id === sourceId)?.article);
  const quote = article ? quoteFromSpans(article.text, spans) : '';
  if (!quote) return data;
  return withExcerpt(data, e, x, (excerpt) => ({ ...excerpt, source: sourceId, quote }));
}

export function updateAccount(
  data: DraftData,
  e: number,
  x: number,
  patch: Patch<Pick<Excerpt, 'speaker' | 'attribution'>>,
): DraftData {
  return withExcerpt(data, e, x, (excerpt) => patched(excerpt, patch));
}

export function removeAccount(data: DraftData, e: number, x: number): DraftData {
  return withEvent(data, e, (event) => ({ ...event, excerpts: event.excerpts.filter((_, i) => i !== x) }));
}

/** Moves an account to another event (claims it bore on stay behind: they are the old event's). */
export function moveAccount(data: DraftData, e: number, x: number, to: number): DraftData {
  const excerpt = data.dataset.events[e]?.excerpts[x];
  if (!excerpt || to === e || !data.dataset.events[to]) return data;
  const { claims: _claims, ...moved } = excerpt;
  const next = removeAccount(data, e, x);
  return withEvent(next, to, (event) => ({ ...event, excerpts: [...event.excerpts, moved] }));
}

// Claims -------------------------------------------------------------------------------------

export function addClaim(data: DraftData, e: number, text: string): [DraftData, string] {
  const event = data.dataset.events[e];
  const id = uniqueId(
    text,
    (event?.claims ?? []).map((c) => c.id),
    'claim',
  );
  return [withEvent(data, e, (ev) => ({ ...ev, claims: [...(ev.claims ?? []), { id, text }] })), id];
}

export function updateClaim(data: DraftData, e: number, c: number, text: string): DraftData {
  return withEvent(data, e, (event) => ({
    ...event,
    claims: replaced(event.claims ?? [], c, (claim) => ({ ...claim, text })),
  }));
}

/** Removes a claim and every account's stance on it. */
export function removeClaim(data: DraftData, e: number, c: number): DraftData {
  return withEvent(data, e, (event) => {
    const removed = event.claims?.[c];
    if (!removed) return event;
    const excerpts = event.excerpts.map((x) =>
      x.claims?.some((r) => r.claim === removed.id)
        ? patched(x, { claims: x.claims.filter((r) => r.claim !== removed.id) })
        : x,
    );
    return patched({ ...event, excerpts }, { claims: event.claims!.filter((_, i) => i !== c) });
  });
}

/** Whether an account asserts or disputes a claim, or neither (null). */
export function setStance(data: DraftData, e: number, x: number, claim: string, stance: ClaimStance | null): DraftData {
  return withExcerpt(data, e, x, (excerpt) => {
    const current: ClaimReference[] = excerpt.claims ?? [];
    // A changed stance keeps its place; a new one goes last.
    const claims = !stance
      ? current.filter((r) => r.claim !== claim)
      : current.some((r) => r.claim === claim)
        ? current.map((r) => (r.claim === claim ? { claim, stance } : r))
        : [...current, { claim, stance }];
    return patched(excerpt, { claims });
  });
}
