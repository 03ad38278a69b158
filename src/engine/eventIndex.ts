/**
 * The index: a validated dataset turned, once, into chronologically ordered columns (typed arrays
 * and string tables), so that filtering, windowing and aggregation never walk objects or strings
 * again, and the page never holds an object for an event it does not show.
 *
 * Two steps. `buildIndexColumns` (buildIndex.ts) turns a validated dataset into plain columns that
 * cross a worker boundary without copying (it runs in the loading worker, and at build time for
 * the bundled dataset); `openIndex`, here, wraps them on the page without walking the events; the
 * rest of this file reads them. An event's full record
 * (summary, quotes, links) is kept as its validated JSON and parsed only when shown (`eventAt`).
 *
 * Events are addressed by their *ordinal*: their position in chronological order.
 */
import type { TimeSpan } from './timeSpan';
import { lowerBound, upperBound } from './binarySearch';
import { parsePartialDate, type PartialDate, type Precision } from '../dataset/dates';
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  RELATIONS,
  SOURCE_KINDS,
  type EventStatus,
  type EventType,
  type SourceKind,
} from '../dataset/vocabulary';
import type { Actor, Dataset, Side, Source, TimelineEvent } from '../dataset/types';
import { asciiAt, recordAt, stringLookup, type AsciiTable, type ByteTable, type StringLookup } from './tables';

export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute', 'second'];

export const FLAG_DISPUTED = 1;

/** endDateCode of an event without an end. */
export const NO_DATE = 0xffffffff;

/** A columnar dataset's events: its Arrow IPC bytes (the page reads an event from them by its position). */
export interface ColumnarRecords {
  ipc: Uint8Array;
}

/** Reads the event at a position of the dataset (its place in the file) from columnar records. */
export type ReadEvent = (position: number) => TimelineEvent;

/** Everything in a dataset but its events: small, and kept as objects. */
export type DatasetMeta = Omit<Dataset, 'events'>;

export type Relation = (typeof RELATIONS)[number];

/** The typed arrays of the index. */
export interface IndexArrays {
  /** order[ordinal] = position of that event in the dataset's own list of events. */
  order: Uint32Array;
  /** Where each event begins and (exclusively) ends, on the UTC calendar; see `sortKeyMs`. */
  startKey: Float64Array;
  endKey: Float64Array;
  /** The latest `endKey` among ordinals 0..i: lets a window query skip everything that ended before it. */
  endKeyPrefixMax: Float64Array;
  typeCode: Uint8Array;
  statusCode: Uint8Array;
  precisionCode: Uint8Array;
  /** Bit k set when an excerpt comes from a source of kind SOURCE_KINDS[k]. */
  kindMask: Uint8Array;
  flags: Uint8Array;
  /** Actors of each event (actor ordinals), as compressed rows: eventActors[eventActorStart[i] .. eventActorStart[i+1]). */
  eventActorStart: Uint32Array;
  eventActors: Uint32Array;
  /** Events of each actor (event ordinals, ascending), compressed the same way. */
  actorEventStart: Uint32Array;
  actorEvents: Uint32Array;
  /** Sides of each event (side ordinals; `sides.length` stands for "no side"). */
  eventSideStart: Uint32Array;
  eventSides: Uint32Array;
  /** The sources that quote each event (source ordinals, ascending, each once), compressed the same way. */
  eventSourceStart: Uint32Array;
  eventSources: Uint32Array;
}

/** The whole index in transferable form: typed arrays, string tables and the small metadata. */
export interface IndexColumns extends IndexArrays {
  meta: DatasetMeta;
  /** Event ids by ordinal, and a hash table of them (see `stringLookup`). */
  ids: AsciiTable;
  idSlots: Int32Array;
  /** The zones events name; zoneCode[ordinal] is 1 + a position in `zones`, or 0 for none. */
  zones: string[];
  zoneCode: Uint16Array;
  /** The distinct date strings; start and end of each event point into them (NO_DATE: no end). */
  dates: AsciiTable;
  startDateCode: Uint32Array;
  endDateCode: Uint32Array;
  /**
   * Each event as its validated JSON, by ordinal: parsed only when shown. For a columnar dataset,
   * the Arrow file itself, from which `readEvent` reads an event when it is shown.
   */
  records: ByteTable | ColumnarRecords;
  /** Links pointing at each event: from incomingFrom[incomingStart[i] .. incomingStart[i+1]), with RELATIONS codes. */
  incomingStart: Uint32Array;
  incomingFrom: Uint32Array;
  incomingRelation: Uint8Array;
  /** Bit k set when some event has EVENT_TYPES[k] (statuses, kinds likewise). */
  presentBits: { types: number; statuses: number; kinds: number };
}

export interface EventIndex extends IndexColumns {
  count: number;
  /** How events are read from columnar records (null for JSON records). */
  readEvent: ReadEvent | null;
  actors: Actor[];
  sides: Side[];
  sources: Source[];
  actorOrdinal: Map<string, number>;
  sideOrdinal: Map<string, number>;
  sourceOrdinal: Map<string, number>;
  eventOrdinal: StringLookup;
  sourceById: Map<string, Source>;
  /** Time span covered by the whole dataset, [min startKey, max endKey). */
  span: TimeSpan | null;
  /** The facet values the dataset uses at least once. */
  present: { types: Set<EventType>; statuses: Set<EventStatus>; kinds: Set<SourceKind> };
}

/** A date the validator accepted; a failure here means unvalidated data reached the index. */
export function mustParse(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(`index: unvalidated date ${text}`);
  return parsed.value;
}

/**
 * Wraps columns for the page. Cheap: nothing here walks the events. Columnar records need a
 * reader (io/columnarEvents.ts, loaded with them).
 */
export function openIndex(columns: IndexColumns, readEvent: ReadEvent | null = null): EventIndex {
  if ('ipc' in columns.records && !readEvent) throw new Error('openIndex: columnar records need a reader');
  const { meta, presentBits } = columns;
  const count = columns.order.length;
  const bitsToSet = <T extends string>(values: readonly T[], bits: number) =>
    new Set(values.filter((_, k) => (bits & (1 << k)) !== 0));
  return {
    ...columns,
    count,
    readEvent,
    actors: meta.actors,
    sides: meta.sides,
    sources: meta.sources,
    actorOrdinal: new Map(meta.actors.map((actor, i) => [actor.id, i])),
    sideOrdinal: new Map(meta.sides.map((side, i) => [side.id, i])),
    sourceOrdinal: new Map(meta.sources.map((source, i) => [source.id, i])),
    eventOrdinal: stringLookup(columns.ids, columns.idSlots),
    sourceById: new Map(meta.sources.map((source) => [source.id, source])),
    span: count === 0 ? null : { start: columns.startKey[0]!, end: columns.endKeyPrefixMax[count - 1]! },
    present: {
      types: bitsToSet(EVENT_TYPES, presentBits.types),
      statuses: bitsToSet(EVENT_STATUSES, presentBits.statuses),
      kinds: bitsToSet(SOURCE_KINDS, presentBits.kinds),
    },
  };
}

export function idOf(index: EventIndex, ordinal: number): string {
  return asciiAt(index.ids, ordinal);
}

/** The title, read from the event's record (which is then kept for the events shown lately). */
export function titleOf(index: EventIndex, ordinal: number): string {
  return eventAt(index, ordinal).title;
}

/** The IANA zone the event happened in, if it names one. */
export function timeZoneOf(index: EventIndex, ordinal: number): string | undefined {
  const code = index.zoneCode[ordinal]!;
  return code === 0 ? undefined : index.zones[code - 1];
}

export function startDateOf(index: EventIndex, ordinal: number): PartialDate {
  return mustParse(asciiAt(index.dates, index.startDateCode[ordinal]!));
}

export function endDateOf(index: EventIndex, ordinal: number): PartialDate | undefined {
  const code = index.endDateCode[ordinal]!;
  return code === NO_DATE ? undefined : mustParse(asciiAt(index.dates, code));
}

/** Parsed records, kept for the events shown lately (bounded: panning through 100,000 keeps few). */
const recordCache = new WeakMap<ByteTable | ColumnarRecords, Map<number, TimelineEvent>>();
const RECORDS_KEPT = 2000;

/** The full event (summary, quotes, links), parsed from its record on first use. */
export function eventAt(index: EventIndex, ordinal: number): TimelineEvent {
  let cache = recordCache.get(index.records);
  if (!cache) recordCache.set(index.records, (cache = new Map()));
  let event = cache.get(ordinal);
  if (event === undefined) {
    if (ordinal < 0 || ordinal >= index.count) throw new RangeError(`no event at ordinal ${ordinal}`);
    const { records } = index;
    event =
      'ipc' in records
        ? index.readEvent!(index.order[ordinal]!)
        : (JSON.parse(recordAt(records, ordinal)) as TimelineEvent);
    if (cache.size >= RECORDS_KEPT) cache.clear();
    cache.set(ordinal, event);
  }
  return event;
}

/** Events whose `related` links point at this one, with the relation each names. */
export function incomingLinksOf(index: EventIndex, ordinal: number): { from: number; relation: Relation }[] {
  const links: { from: number; relation: Relation }[] = [];
  for (let k = index.incomingStart[ordinal]!; k < index.incomingStart[ordinal + 1]!; k++) {
    links.push({ from: index.incomingFrom[k]!, relation: RELATIONS[index.incomingRelation[k]!]! });
  }
  return links;
}

/**
 * A dataset of the given events (all when omitted), in the dataset's own order, with all of its
 * sides, sources and actors: what the exports take. Parses the records of those events only.
 */
export function datasetOf(index: EventIndex, ordinals?: ArrayLike<number>): Dataset {
  const chosen = ordinals ? Array.from(ordinals) : Array.from({ length: index.count }, (_, i) => i);
  chosen.sort((a, b) => index.order[a]! - index.order[b]!);
  return { ...index.meta, events: chosen.map((ordinal) => eventAt(index, ordinal)) };
}

export function eventActorOrdinals(index: EventIndex, ordinal: number): Uint32Array {
  return index.eventActors.subarray(index.eventActorStart[ordinal]!, index.eventActorStart[ordinal + 1]!);
}

export function eventSideOrdinals(index: EventIndex, ordinal: number): Uint32Array {
  return index.eventSides.subarray(index.eventSideStart[ordinal]!, index.eventSideStart[ordinal + 1]!);
}

export function eventSourceOrdinals(index: EventIndex, ordinal: number): Uint32Array {
  return index.eventSources.subarray(index.eventSourceStart[ordinal]!, index.eventSourceStart[ordinal + 1]!);
}

export function actorEventOrdinals(index: EventIndex, actor: number): Uint32Array {
  return index.actorEvents.subarray(index.actorEventStart[actor]!, index.actorEventStart[actor + 1]!);
}

export function typeOf(index: EventIndex, ordinal: number): EventType {
  return EVENT_TYPES[index.typeCode[ordinal]!]!;
}

export function statusOf(index: EventIndex, ordinal: number): EventStatus {
  return EVENT_STATUSES[index.statusCode[ordinal]!]!;
}

export function isDisputed(index: EventIndex, ordinal: number): boolean {
  return (index.flags[ordinal]! & FLAG_DISPUTED) !== 0;
}

export function kindsOf(index: EventIndex, ordinal: number): SourceKind[] {
  return SOURCE_KINDS.filter((_, k) => (index.kindMask[ordinal]! & (1 << k)) !== 0);
}

/** First ordinal whose startKey is >= key (binary search). */
export function lowerBoundStart(index: Pick<IndexArrays, 'startKey'>, key: number): number {
  return lowerBound(index.startKey, key);
}

/**
 * The ordinals of events that overlap [from, to): a contiguous candidate range found by two
 * binary searches (everything before `first` ended before `from`), to be checked one by one.
 */
export function candidateRange(
  index: Pick<IndexArrays, 'startKey' | 'endKeyPrefixMax'>,
  from: number,
  to: number,
): [number, number] {
  // endKeyPrefixMax ascends: the first ordinal whose events so far reach past `from`.
  return [upperBound(index.endKeyPrefixMax, from), lowerBoundStart(index, to)];
}
