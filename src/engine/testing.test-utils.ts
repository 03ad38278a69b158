/**
 * Test helpers shared by the engine's tests (not a test file itself: vitest only runs `*.test.ts`).
 *
 * `dataset()` builds a small dataset from terse event descriptions and checks it with the real
 * validator, so that no engine test runs on data the app would have refused to load.
 */
import { formatProblem } from '../dataset/problems';
import { validateDataset } from '../dataset/validate';
import type { EventStatus, EventType, SourceKind } from '../dataset/vocabulary';
import type { Dataset, TimelineEvent } from '../dataset/types';
import { eventAt, idOf, type EventIndex } from './eventIndex';
import { buildIndex } from './buildIndex';
import { buildSearchIndexData, openSearchIndex, type SearchIndex } from './searchIndex';
import { toOrdinals, type Bitset } from './bitset';
import { mulberry32 } from './prng';

export { claimsOf, excerpt } from '../dataset/testing.test-utils';

export interface EventSpec {
  id: string;
  start: string;
  end?: string;
  timeZone?: string;
  type?: EventType;
  status?: EventStatus;
  actors?: string[];
  title?: string;
  summary?: string;
  dateNote?: string;
  /** Each excerpt as [sourceId, quote] or a full object; defaults to one excerpt from the first source. */
  excerpts?: (readonly [string, string] | TimelineEvent['excerpts'][number])[];
  claims?: TimelineEvent['claims'];
  related?: TimelineEvent['related'];
}

export interface DatasetSpec {
  title?: string;
  sides?: { id: string; name?: string }[];
  sources?: { id: string; kind?: SourceKind; outlet?: string; label?: string; url?: string }[];
  actors?: { id: string; side: string; name?: string; role?: string; aliases?: string[] }[];
  events: EventSpec[];
  view?: Dataset['view'];
}

/** Events with nothing but an id and a start, in the order written: `startingOn({ a: '2022-01-01', b: '2022-02' })`. */
export function startingOn(starts: Record<string, string>): EventSpec[] {
  return Object.entries(starts).map(([id, start]) => ({ id, start }));
}

/** Sources by the kind of each, in the order written: `sourcesByKind({ cnn: 'live-blog', tass: 'state-media' })`. */
export function sourcesByKind(kinds: Record<string, SourceKind>): NonNullable<DatasetSpec['sources']> {
  return Object.entries(kinds).map(([id, kind]) => ({ id, kind }));
}

/** Sources by the outlet of each, in the order written: `sourcesByOutlet({ 'cnn-1': 'CNN', wh: 'White House' })`. */
export function sourcesByOutlet(outlets: Record<string, string>): NonNullable<DatasetSpec['sources']> {
  return Object.entries(outlets).map(([id, outlet]) => ({ id, outlet }));
}

/** Sides with their names, in the order written: `namedSides({ us: 'United States', ru: 'Russia' })`. */
export function namedSides(names: Record<string, string>): NonNullable<DatasetSpec['sides']> {
  return Object.entries(names).map(([id, name]) => ({ id, name }));
}

/** Actors named by their ids, each on its side, in the order written: `actorsOn({ biden: 'us', putin: 'ru' })`. */
export function actorsOn(sides: Record<string, string>): NonNullable<DatasetSpec['actors']> {
  return Object.entries(sides).map(([id, side]) => ({ id, side }));
}

export function dataset(spec: DatasetSpec): Dataset {
  const sources: NonNullable<DatasetSpec['sources']> = spec.sources ?? [{ id: 'src', kind: 'news-report' }];
  const raw = {
    title: spec.title ?? 'Test dataset',
    sides: (spec.sides ?? []).map((side) => ({ id: side.id, name: side.name ?? side.id })),
    sources: sources.map((source) => ({
      id: source.id,
      outlet: source.outlet ?? `Outlet ${source.id}`,
      ...(source.label !== undefined ? { label: source.label } : {}),
      ...(source.url !== undefined ? { url: source.url } : {}),
      kind: source.kind ?? 'news-report',
    })),
    actors: (spec.actors ?? []).map((actor) => ({
      id: actor.id,
      name: actor.name ?? actor.id,
      side: actor.side,
      ...(actor.role !== undefined ? { role: actor.role } : {}),
      ...(actor.aliases ? { aliases: actor.aliases } : {}),
    })),
    events: spec.events.map((event) => ({
      id: event.id,
      title: event.title ?? `Event ${event.id}`,
      type: event.type ?? 'statement',
      status: event.status ?? 'occurred',
      start: event.start,
      ...(event.end !== undefined ? { end: event.end } : {}),
      ...(event.timeZone !== undefined ? { timeZone: event.timeZone } : {}),
      ...(event.summary !== undefined ? { summary: event.summary } : {}),
      ...(event.dateNote !== undefined ? { dateNote: event.dateNote } : {}),
      actors: event.actors ?? [],
      ...(event.claims !== undefined ? { claims: event.claims } : {}),
      excerpts: (event.excerpts ?? [[sources[0]!.id, `Quote for ${event.id}`] as const]).map((excerpt) =>
        Array.isArray(excerpt) ? { source: excerpt[0], quote: excerpt[1] } : excerpt,
      ),
      ...(event.related !== undefined ? { related: event.related } : {}),
    })),
    ...(spec.view ? { view: spec.view } : {}),
  };
  const result = validateDataset(raw);
  if (!result.ok) {
    throw new Error(`test fixture is not a valid dataset:\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return result.dataset;
}

export function indexOf(spec: DatasetSpec): EventIndex {
  return buildIndex(dataset(spec));
}

export function searchIndexOf(index: EventIndex): SearchIndex {
  const events = Array.from({ length: index.count }, (_, ordinal) => eventAt(index, ordinal));
  return openSearchIndex(buildSearchIndexData(events, index.actors), index.count);
}

/** Ids of the events whose bits are set, in ordinal (chronological) order. */
export function idsOf(index: EventIndex, bits: Bitset): string[] {
  return Array.from(toOrdinals(bits), (ordinal) => idOf(index, ordinal));
}

/** Milliseconds of a UTC wall-clock date, e.g. utc(2022, 1, 27) for 27 January 2022 00:00 UTC. */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** A small deterministic PRNG (the generator's mulberry32), so that datasets and windows are reproducible. */
export const prng = mulberry32;

export function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}
