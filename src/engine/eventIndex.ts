/**
 * The index: a validated dataset turned, once, into chronologically ordered columns (typed arrays
 * and string tables), so that filtering, windowing and aggregation never walk objects or strings
 * again, and the page never holds an object for an event it does not show.
 *
 * Two steps. `buildIndexColumns` turns a validated dataset into plain columns that cross a worker
 * boundary without copying (it runs in the loading worker, and at build time for the bundled
 * dataset); `openIndex` wraps them on the page without walking the events. An event's full record
 * (summary, quotes, links) is kept as its validated JSON and parsed only when shown (`eventAt`).
 *
 * Events are addressed by their *ordinal*: their position in chronological order.
 */
import { isEventDisputed } from '../dataset/claims';
import { lowerBound, upperBound } from './binarySearch';
import { endKeyMs, parsePartialDate, sortKeyMs, type PartialDate, type Precision } from '../dataset/dates';
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  RELATIONS,
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
import {
  asciiAt,
  buildAsciiTable,
  buildByteTable,
  buildHashSlots,
  recordAt,
  stringLookup,
  type AsciiTable,
  type ByteTable,
  type StringLookup,
} from './tables';

export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute', 'second'];

export const FLAG_DISPUTED = 1;

/** endDateCode of an event without an end. */
export const NO_DATE = 0xffffffff;

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
  /** Each event as its validated JSON, by ordinal: parsed only when shown. */
  records: ByteTable;
  /** Links pointing at each event: from incomingFrom[incomingStart[i] .. incomingStart[i+1]), with RELATIONS codes. */
  incomingStart: Uint32Array;
  incomingFrom: Uint32Array;
  incomingRelation: Uint8Array;
  /** Bit k set when some event has EVENT_TYPES[k] (statuses, kinds likewise). */
  presentBits: { types: number; statuses: number; kinds: number };
}

export interface EventIndex extends IndexColumns {
  count: number;
  actors: Actor[];
  sides: Side[];
  sources: Source[];
  actorOrdinal: Map<string, number>;
  sideOrdinal: Map<string, number>;
  sourceOrdinal: Map<string, number>;
  eventOrdinal: StringLookup;
  sourceById: Map<string, Source>;
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

/**
 * Where the events' JSON already is: the file the dataset was parsed from. spans[p] is the byte
 * range of the dataset's event p; `exact(p)` says whether that JSON is exactly the validated event
 * (the validator drops unknown keys, and such an event is written out anew).
 */
export interface EventSource {
  bytes: Uint8Array;
  spanStart: Uint32Array;
  spanEnd: Uint32Array;
  exact: (position: number) => boolean;
}

/**
 * The events by ordinal, from the `order` column the index was built with: what is indexed beside
 * the columns (the search words) takes its order from there, never from sorting again.
 */
export function eventsInOrder<T>(events: readonly T[], order: ArrayLike<number>): T[] {
  return Array.from(order, (position) => events[position]!);
}

/**
 * Builds the columns of a validated dataset. Pure and DOM-free: runs in a worker or at build
 * time. With a source, the records are the file's own bytes, not written out again.
 */
export function buildIndexColumns(dataset: Dataset, source?: EventSource): IndexColumns {
  const { events, actors, sides, sources } = dataset;
  const n = events.length;
  const rawStart = new Float64Array(n);
  const rawEnd = new Float64Array(n);
  const rawPrecision = new Uint8Array(n);
  const precisionCodes = new Map(PRECISIONS.map((precision, code) => [precision, code]));
  for (let i = 0; i < n; i++) {
    const event = events[i]!;
    const start = mustParse(event.start);
    rawStart[i] = sortKeyMs(start);
    rawPrecision[i] = precisionCodes.get(start.precision)!;
    // An instant takes up one millisecond, so that "overlaps [from, to)" holds at its very start.
    rawEnd[i] = Math.max(endKeyMs(event.end === undefined ? start : mustParse(event.end)), rawStart[i]! + 1);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort(
    (a, b) => rawStart[a]! - rawStart[b]! || rawEnd[a]! - rawEnd[b]! || compareIds(events[a]!.id, events[b]!.id),
  );
  const ordered = eventsInOrder(events, order);

  const actorOrdinal = new Map(actors.map((actor, i) => [actor.id, i]));
  const sideOrdinal = new Map(sides.map((side, i) => [side.id, i]));
  const sideOfActor = actors.map((actor) => sideOrdinal.get(actor.side) ?? sides.length);
  const sourceOrdinal = new Map(sources.map((source, i) => [source.id, i]));
  const kindOfSource = sources.map((source) => SOURCE_KINDS.indexOf(source.kind));
  // The last event (ordinal) each source was counted for: one quote or ten thousand, each source once.
  const sourceSeenAt = new Int32Array(sources.length).fill(-1);
  const typeCodes = new Map(EVENT_TYPES.map((type, code) => [type, code]));
  const statusCodes = new Map(EVENT_STATUSES.map((status, code) => [status, code]));

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
  const presentBits = { types: 0, statuses: 0, kinds: 0 };

  let runningMax = -Infinity;
  for (let ordinal = 0; ordinal < n; ordinal++) {
    const event = ordered[ordinal]!;
    startKey[ordinal] = rawStart[order[ordinal]!]!;
    endKey[ordinal] = rawEnd[order[ordinal]!]!;
    runningMax = Math.max(runningMax, endKey[ordinal]!);
    endKeyPrefixMax[ordinal] = runningMax;
    typeCode[ordinal] = typeCodes.get(event.type)!;
    statusCode[ordinal] = statusCodes.get(event.status)!;
    precisionCode[ordinal] = rawPrecision[order[ordinal]!]!;
    let mask = 0;
    const firstSource = (eventSourceStart[ordinal] = eventSourceList.length);
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
    // The one definition of "disputed" (claims first), computed here once so the page never parses the event for it.
    flags[ordinal] = isEventDisputed(event) ? FLAG_DISPUTED : 0;
    presentBits.types |= 1 << typeCode[ordinal]!;
    presentBits.statuses |= 1 << statusCode[ordinal]!;
    presentBits.kinds |= mask;

    const firstActor = (eventActorStart[ordinal] = eventActorList.length);
    const firstSide = (eventSideStart[ordinal] = eventSideList.length);
    // Events name a few actors and sides: plain lists, no Set per event.
    for (const actorId of event.actors) {
      const actor = actorOrdinal.get(actorId);
      if (actor === undefined || eventActorList.indexOf(actor, firstActor) !== -1) continue;
      eventActorList.push(actor);
      actorEventCount[actor]!++;
      addSide(eventSideList, firstSide, sideOfActor[actor]!);
    }
    for (const sideId of event.sides ?? []) {
      const side = sideOrdinal.get(sideId);
      if (side !== undefined) addSide(eventSideList, firstSide, side);
    }
    if (eventSideList.length === firstSide) eventSideList.push(sides.length);
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

  const ids = buildAsciiTable(ordered.map((event) => event.id));
  const { events: _events, ...meta } = dataset;
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
    meta,
    ids,
    idSlots: buildHashSlots(ids),
    ...zoneColumns(ordered),
    ...dateColumns(ordered),
    records: recordColumns(ordered, order, source),
    ...incomingColumns(ordered, ids),
    presentBits,
  };
}

/**
 * Adds a side to the event's sides (list[from..]) once, keeping them in the dataset's order of
 * sides, so that an event's copies read top to bottom.
 */
function addSide(list: number[], from: number, side: number): void {
  let at = list.length;
  while (at > from && list[at - 1]! > side) at--;
  if (at > from && list[at - 1] === side) return;
  list.splice(at, 0, side);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function recordColumns(ordered: readonly TimelineEvent[], order: Uint32Array, source?: EventSource): ByteTable {
  if (!source) return buildByteTable(ordered.length, (ordinal) => JSON.stringify(ordered[ordinal]));
  const start = new Uint32Array(ordered.length);
  const end = new Uint32Array(ordered.length);
  const rewritten: number[] = [];
  for (let ordinal = 0; ordinal < ordered.length; ordinal++) {
    const position = order[ordinal]!;
    if (!source.exact(position)) {
      rewritten.push(ordinal);
      continue;
    }
    start[ordinal] = source.spanStart[position]!;
    end[ordinal] = source.spanEnd[position]!;
  }
  if (rewritten.length === 0) return { bytes: source.bytes, start, end };
  // The rewritten events go after the file's bytes, in one buffer with them.
  const extra = buildByteTable(rewritten.length, (k) => JSON.stringify(ordered[rewritten[k]!]));
  const bytes = new Uint8Array(source.bytes.length + extra.bytes.length);
  bytes.set(source.bytes);
  bytes.set(extra.bytes, source.bytes.length);
  rewritten.forEach((ordinal, k) => {
    start[ordinal] = source.bytes.length + extra.start[k]!;
    end[ordinal] = source.bytes.length + extra.end[k]!;
  });
  return { bytes, start, end };
}

function zoneColumns(ordered: readonly TimelineEvent[]): Pick<IndexColumns, 'zones' | 'zoneCode'> {
  const codes = new Map<string, number>();
  const zoneCode = new Uint16Array(ordered.length);
  for (let ordinal = 0; ordinal < ordered.length; ordinal++) {
    const zone = ordered[ordinal]!.timeZone;
    if (zone === undefined) continue;
    let code = codes.get(zone);
    if (code === undefined) codes.set(zone, (code = codes.size + 1));
    zoneCode[ordinal] = code;
  }
  return { zones: [...codes.keys()], zoneCode };
}

function dateColumns(ordered: readonly TimelineEvent[]): Pick<IndexColumns, 'dates' | 'startDateCode' | 'endDateCode'> {
  // Datasets repeat dates a lot (100,000 events fall on a few thousand days): each is kept once.
  const codes = new Map<string, number>();
  const codeOf = (text: string) => {
    let code = codes.get(text);
    if (code === undefined) codes.set(text, (code = codes.size));
    return code;
  };
  const startDateCode = new Uint32Array(ordered.length);
  const endDateCode = new Uint32Array(ordered.length);
  for (let ordinal = 0; ordinal < ordered.length; ordinal++) {
    const event = ordered[ordinal]!;
    startDateCode[ordinal] = codeOf(event.start);
    endDateCode[ordinal] = event.end === undefined ? NO_DATE : codeOf(event.end);
  }
  return { dates: buildAsciiTable([...codes.keys()]), startDateCode, endDateCode };
}

function incomingColumns(
  ordered: readonly TimelineEvent[],
  ids: AsciiTable,
): Pick<IndexColumns, 'incomingStart' | 'incomingFrom' | 'incomingRelation'> {
  const n = ordered.length;
  const lookup = stringLookup(ids, buildHashSlots(ids));
  const links: { from: number; to: number; relation: number }[] = [];
  for (let from = 0; from < n; from++) {
    for (const link of ordered[from]!.related ?? []) {
      const to = lookup.get(link.event);
      if (to !== undefined) links.push({ from, to, relation: RELATIONS.indexOf(link.relation) });
    }
  }
  const incomingStart = new Uint32Array(n + 1);
  for (const link of links) incomingStart[link.to + 1]!++;
  for (let i = 0; i < n; i++) incomingStart[i + 1]! += incomingStart[i]!;
  const incomingFrom = new Uint32Array(links.length);
  const incomingRelation = new Uint8Array(links.length);
  const cursor = incomingStart.slice(0, n);
  for (const link of links) {
    const at = cursor[link.to]!++;
    incomingFrom[at] = link.from;
    incomingRelation[at] = link.relation;
  }
  return { incomingStart, incomingFrom, incomingRelation };
}

/** The buffers of the columns, to transfer (not copy) them to another thread. */
export function transferablesOf(columns: IndexColumns): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(columns)) {
    if (ArrayBuffer.isView(value)) buffers.add(value.buffer as ArrayBuffer);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      // Tables: { bytes, offsets }, { bytes, start, end }.
      for (const part of Object.values(value as object)) {
        if (ArrayBuffer.isView(part)) buffers.add(part.buffer as ArrayBuffer);
      }
    }
  }
  return [...buffers];
}

/** Wraps columns for the page. Cheap: nothing here walks the events. */
export function openIndex(columns: IndexColumns): EventIndex {
  const { meta, presentBits } = columns;
  const count = columns.order.length;
  const bitsToSet = <T extends string>(values: readonly T[], bits: number) =>
    new Set(values.filter((_, k) => (bits & (1 << k)) !== 0));
  return {
    ...columns,
    count,
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

export function buildIndex(dataset: Dataset): EventIndex {
  return openIndex(buildIndexColumns(dataset));
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
const recordCache = new WeakMap<ByteTable, Map<number, TimelineEvent>>();
const RECORDS_KEPT = 2000;

/** The full event (summary, quotes, links), parsed from its record on first use. */
export function eventAt(index: EventIndex, ordinal: number): TimelineEvent {
  let cache = recordCache.get(index.records);
  if (!cache) recordCache.set(index.records, (cache = new Map()));
  let event = cache.get(ordinal);
  if (event === undefined) {
    if (ordinal < 0 || ordinal >= index.count) throw new RangeError(`no event at ordinal ${ordinal}`);
    event = JSON.parse(recordAt(index.records, ordinal)) as TimelineEvent;
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
