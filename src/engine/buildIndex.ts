/**
 * Building the index: a validated dataset turned, once, into chronologically ordered columns that
 * cross a worker boundary without copying. Runs in the loading worker and at build time for the
 * bundled dataset, never on the page (which only opens and reads them: eventIndex.ts).
 */
import { isEventDisputed } from '../dataset/claims';
import { endKeyMs, sortKeyMs } from '../dataset/dates';
import { EVENT_STATUSES, EVENT_TYPES, RELATIONS, SOURCE_KINDS } from '../dataset/vocabulary';
import type { Dataset, TimelineEvent } from '../dataset/types';
import {
  buildAsciiTable,
  buildByteTable,
  buildHashSlots,
  stringLookup,
  type AsciiTable,
  type ByteTable,
} from './tables';
import {
  FLAG_DISPUTED,
  mustParse,
  NO_DATE,
  openIndex,
  PRECISIONS,
  type EventIndex,
  type IndexColumns,
} from './eventIndex';

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

export function buildIndex(dataset: Dataset): EventIndex {
  return openIndex(buildIndexColumns(dataset));
}
