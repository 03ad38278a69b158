/**
 * The index: a validated dataset turned, once, into chronologically ordered typed arrays, so
 * that filtering, windowing and aggregation never walk objects or strings again.
 *
 * Events are addressed by their *ordinal*: their position in chronological order.
 */
import { isEventDisputed } from '../dataset/claims';
import { endKeyMs, parsePartialDate, sortKeyMs, type PartialDate, type Precision } from '../dataset/dates';
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  SOURCE_KINDS,
  type Actor,
  type Dataset,
  type EventStatus,
  type EventType,
  type Side,
  type Source,
  type SourceKind,
  type TimelineEvent,
} from '../dataset/vocabulary';

export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute', 'second'];

export const FLAG_DISPUTED = 1;

/** The part of the index that is plain typed arrays: cheap to build in a worker and transfer. */
export interface IndexArrays {
  /** order[ordinal] = position of that event in `dataset.events`. */
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

export interface EventIndex extends IndexArrays {
  dataset: Dataset;
  count: number;
  /** Events in chronological order: events[ordinal]. */
  events: TimelineEvent[];
  actors: Actor[];
  sides: Side[];
  sources: Source[];
  actorOrdinal: Map<string, number>;
  sideOrdinal: Map<string, number>;
  sourceOrdinal: Map<string, number>;
  eventOrdinal: Map<string, number>;
  sourceById: Map<string, Source>;
  /** Parsed dates, by ordinal. */
  startDate: PartialDate[];
  endDate: (PartialDate | undefined)[];
  /** Time span covered by the whole dataset, [min startKey, max endKey). */
  span: { start: number; end: number } | null;
  /** The facet values the dataset uses at least once. */
  present: { types: Set<EventType>; statuses: Set<EventStatus>; kinds: Set<SourceKind> };
}

function mustParse(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(`index: unvalidated date ${text}`);
  return parsed.value;
}

/** Builds the typed arrays of the index. Pure and DOM-free: runs in a worker for large datasets. */
export function buildIndexArrays(dataset: Dataset): IndexArrays {
  const { events, actors, sides, sources } = dataset;
  const n = events.length;
  const rawStart = new Float64Array(n);
  const rawEnd = new Float64Array(n);
  events.forEach((event, i) => {
    const start = mustParse(event.start);
    rawStart[i] = sortKeyMs(start);
    // An instant takes up one millisecond, so that "overlaps [from, to)" holds at its very start.
    rawEnd[i] = Math.max(endKeyMs(event.end === undefined ? start : mustParse(event.end)), rawStart[i]! + 1);
  });
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort(
    (a, b) => rawStart[a]! - rawStart[b]! || rawEnd[a]! - rawEnd[b]! || compareIds(events[a]!.id, events[b]!.id),
  );

  const actorOrdinal = new Map(actors.map((actor, i) => [actor.id, i]));
  const sideOrdinal = new Map(sides.map((side, i) => [side.id, i]));
  const sideOfActor = actors.map((actor) => sideOrdinal.get(actor.side) ?? sides.length);
  const sourceOrdinal = new Map(sources.map((source, i) => [source.id, i]));
  const kindOfSource = sources.map((source) => SOURCE_KINDS.indexOf(source.kind));
  // The last event (ordinal) each source was counted for: one quote or ten thousand, each source once.
  const sourceSeenAt = new Int32Array(sources.length).fill(-1);

  const startKey = new Float64Array(n);
  const endKey = new Float64Array(n);
  const endKeyPrefixMax = new Float64Array(n);
  const typeCode = new Uint8Array(n);
  const statusCode = new Uint8Array(n);
  const precisionCode = new Uint8Array(n);
  const kindMask = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const eventActorStart = new Uint32Array(n + 1);
  const eventSideStart = new Uint32Array(n + 1);
  const eventSourceStart = new Uint32Array(n + 1);
  const eventActorList: number[] = [];
  const eventSideList: number[] = [];
  const eventSourceList: number[] = [];
  const actorEventCount = new Uint32Array(actors.length);

  let runningMax = -Infinity;
  for (let ordinal = 0; ordinal < n; ordinal++) {
    const event = events[order[ordinal]!]!;
    startKey[ordinal] = rawStart[order[ordinal]!]!;
    endKey[ordinal] = rawEnd[order[ordinal]!]!;
    runningMax = Math.max(runningMax, endKey[ordinal]!);
    endKeyPrefixMax[ordinal] = runningMax;
    typeCode[ordinal] = EVENT_TYPES.indexOf(event.type);
    statusCode[ordinal] = EVENT_STATUSES.indexOf(event.status);
    precisionCode[ordinal] = PRECISIONS.indexOf(mustParse(event.start).precision);
    let mask = 0;
    eventSourceStart[ordinal] = eventSourceList.length;
    const firstSource = eventSourceList.length;
    for (const excerpt of event.excerpts) {
      const source = sourceOrdinal.get(excerpt.source);
      if (source === undefined) continue;
      const kind = kindOfSource[source]!;
      if (kind >= 0) mask |= 1 << kind;
      if (sourceSeenAt[source] !== ordinal) {
        sourceSeenAt[source] = ordinal;
        eventSourceList.push(source);
      }
    }
    // Ascending, like the sides: an event's copies in the by-source lanes read top to bottom.
    if (eventSourceList.length - firstSource > 1) {
      const sorted = eventSourceList.splice(firstSource).sort((a, b) => a - b);
      eventSourceList.push(...sorted);
    }
    kindMask[ordinal] = mask;
    flags[ordinal] = isEventDisputed(event) ? FLAG_DISPUTED : 0;

    eventActorStart[ordinal] = eventActorList.length;
    eventSideStart[ordinal] = eventSideList.length;
    const eventSideSet = new Set<number>();
    for (const actorId of new Set(event.actors)) {
      const actor = actorOrdinal.get(actorId);
      if (actor === undefined) continue;
      eventActorList.push(actor);
      actorEventCount[actor]!++;
      eventSideSet.add(sideOfActor[actor]!);
    }
    for (const sideId of event.sides ?? []) {
      const side = sideOrdinal.get(sideId);
      if (side !== undefined) eventSideSet.add(side);
    }
    if (eventSideSet.size === 0) eventSideSet.add(sides.length);
    // Lanes appear in the dataset's order of sides, so an event's copies read top to bottom.
    eventSideList.push(...[...eventSideSet].sort((a, b) => a - b));
  }
  eventActorStart[n] = eventActorList.length;
  eventSideStart[n] = eventSideList.length;
  eventSourceStart[n] = eventSourceList.length;
  const eventActors = Uint32Array.from(eventActorList);

  // Invert event → actors into actor → events; ordinals come out ascending because we walk in order.
  const actorEventStart = new Uint32Array(actors.length + 1);
  for (let a = 0; a < actors.length; a++) actorEventStart[a + 1] = actorEventStart[a]! + actorEventCount[a]!;
  const actorEvents = new Uint32Array(eventActors.length);
  const cursor = actorEventStart.slice(0, actors.length);
  for (let ordinal = 0; ordinal < n; ordinal++) {
    for (let k = eventActorStart[ordinal]!; k < eventActorStart[ordinal + 1]!; k++) {
      const actor = eventActors[k]!;
      actorEvents[cursor[actor]!++] = ordinal;
    }
  }

  return {
    order,
    startKey,
    endKey,
    endKeyPrefixMax,
    typeCode,
    statusCode,
    precisionCode,
    kindMask,
    flags,
    eventActorStart,
    eventActors,
    actorEventStart,
    actorEvents,
    eventSideStart,
    eventSides: Uint32Array.from(eventSideList),
    eventSourceStart,
    eventSources: Uint32Array.from(eventSourceList),
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Joins the typed arrays with the dataset's objects. Cheap: no string work, no sorting. */
export function assembleIndex(dataset: Dataset, arrays: IndexArrays): EventIndex {
  const count = dataset.events.length;
  const events = Array.from(arrays.order, (position) => dataset.events[position]!);
  const startDate = events.map((event) => mustParse(event.start));
  const endDate = events.map((event) => (event.end === undefined ? undefined : mustParse(event.end)));
  return {
    ...arrays,
    dataset,
    count,
    events,
    actors: dataset.actors,
    sides: dataset.sides,
    sources: dataset.sources,
    actorOrdinal: new Map(dataset.actors.map((actor, i) => [actor.id, i])),
    sideOrdinal: new Map(dataset.sides.map((side, i) => [side.id, i])),
    sourceOrdinal: new Map(dataset.sources.map((source, i) => [source.id, i])),
    eventOrdinal: new Map(events.map((event, i) => [event.id, i])),
    sourceById: new Map(dataset.sources.map((source) => [source.id, source])),
    startDate,
    endDate,
    span: count === 0 ? null : { start: arrays.startKey[0]!, end: arrays.endKeyPrefixMax[count - 1]! },
    present: presentValues(arrays),
  };
}

function presentValues(arrays: IndexArrays): EventIndex['present'] {
  let kindBits = 0;
  for (const mask of arrays.kindMask) kindBits |= mask;
  return {
    types: new Set(Array.from(new Set(arrays.typeCode), (code) => EVENT_TYPES[code]!)),
    statuses: new Set(Array.from(new Set(arrays.statusCode), (code) => EVENT_STATUSES[code]!)),
    kinds: new Set(SOURCE_KINDS.filter((_, k) => (kindBits & (1 << k)) !== 0)),
  };
}

export function buildIndex(dataset: Dataset): EventIndex {
  return assembleIndex(dataset, buildIndexArrays(dataset));
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
  let lo = 0;
  let hi = index.startKey.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.startKey[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  let lo = 0;
  let hi = index.endKeyPrefixMax.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.endKeyPrefixMax[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return [lo, lowerBoundStart(index, to)];
}
