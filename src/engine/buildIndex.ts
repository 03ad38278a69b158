/**
 * Building the index: a validated dataset turned, once, into chronologically ordered columns that
 * cross a worker boundary without copying. Runs in the loading worker and at build time for the
 * bundled dataset, never on the page (which only opens and reads them: eventIndex.ts).
 *
 * Incremental: `IndexBuilder.add` takes each event as it arrives (the loading worker feeds it
 * while the file is still downloading), keeping what the index needs of it in flat arrays, with
 * actors, sides and sources by id (a file may declare them after its events); `finish` then sorts
 * once and lays the columns out in time order.
 */
import { isEventDisputed } from '../dataset/claims';
import { endKeyMs, sortKeyMs } from '../dataset/dates';
import { EVENT_STATUSES, EVENT_TYPES, RELATIONS, SOURCE_KINDS } from '../dataset/vocabulary';
import type { Dataset, TimelineEvent } from '../dataset/types';
import { buildAsciiTable, buildByteTable, buildHashSlots, stringLookup, type ByteTable } from './tables';
import {
  FLAG_DISPUTED,
  mustParse,
  NO_DATE,
  openIndex,
  PRECISIONS,
  type DatasetMeta,
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

/** Strings numbered in the order they are first met. */
class Interned {
  readonly codes = new Map<string, number>();
  code(text: string): number {
    let code = this.codes.get(text);
    if (code === undefined) this.codes.set(text, (code = this.codes.size));
    return code;
  }
  get values(): string[] {
    return [...this.codes.keys()];
  }
}

/** Lists of small numbers per event, in one array: list p is values[start[p] .. start[p + 1]). */
class Rows {
  readonly start: number[] = [0];
  readonly values: number[] = [];
  close(): void {
    this.start.push(this.values.length);
  }
}

const PRECISION_CODES = new Map(PRECISIONS.map((precision, code) => [precision, code]));
const TYPE_CODES = new Map(EVENT_TYPES.map((type, code) => [type, code]));
const STATUS_CODES = new Map(EVENT_STATUSES.map((status, code) => [status, code]));

/** Takes validated events one by one, in the dataset's order; `finish` lays out the columns. */
export class IndexBuilder {
  private count = 0;
  private readonly startKey: number[] = [];
  private readonly endKey: number[] = [];
  private readonly precision: number[] = [];
  private readonly type: number[] = [];
  private readonly status: number[] = [];
  private readonly flags: number[] = [];
  private readonly ids: string[] = [];
  private readonly zone: number[] = [];
  private readonly startDate: number[] = [];
  private readonly endDate: number[] = [];
  private readonly actors = new Rows();
  private readonly sides = new Rows();
  private readonly sources = new Rows();
  private readonly actorIds = new Interned();
  private readonly sideIds = new Interned();
  private readonly sourceIds = new Interned();
  private readonly zoneNames = new Interned();
  private readonly dateTexts = new Interned();
  /** position, target id, relation code: resolved once every id is known. */
  private readonly links: { from: number; to: string; relation: number }[] = [];

  get size(): number {
    return this.count;
  }

  add(event: TimelineEvent): void {
    const position = this.count++;
    const start = mustParse(event.start);
    const startKey = sortKeyMs(start);
    this.startKey.push(startKey);
    // An instant takes up one millisecond, so that "overlaps [from, to)" holds at its very start.
    this.endKey.push(Math.max(endKeyMs(event.end === undefined ? start : mustParse(event.end)), startKey + 1));
    this.precision.push(PRECISION_CODES.get(start.precision)!);
    this.type.push(TYPE_CODES.get(event.type)!);
    this.status.push(STATUS_CODES.get(event.status)!);
    // The one definition of "disputed" (claims first), computed here once so the page never parses the event for it.
    this.flags.push(isEventDisputed(event) ? FLAG_DISPUTED : 0);
    this.ids.push(event.id);
    this.zone.push(event.timeZone === undefined ? -1 : this.zoneNames.code(event.timeZone));
    this.startDate.push(this.dateTexts.code(event.start));
    this.endDate.push(event.end === undefined ? -1 : this.dateTexts.code(event.end));
    for (const actor of event.actors) this.actors.values.push(this.actorIds.code(actor));
    this.actors.close();
    for (const side of event.sides ?? []) this.sides.values.push(this.sideIds.code(side));
    this.sides.close();
    for (const excerpt of event.excerpts) this.sources.values.push(this.sourceIds.code(excerpt.source));
    this.sources.close();
    for (const link of event.related ?? []) {
      this.links.push({ from: position, to: link.event, relation: RELATIONS.indexOf(link.relation) });
    }
  }

  /**
   * The columns, given everything but the events (`meta`) and how to lay out the events' records
   * once their order is known (see `jsonRecords`).
   */
  finish(meta: DatasetMeta, records: (order: Uint32Array) => IndexColumns['records']): IndexColumns {
    const n = this.count;
    const { actors, sides, sources } = meta;
    const rawStart = Float64Array.from(this.startKey);
    const rawEnd = Float64Array.from(this.endKey);
    const ids = this.ids;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => rawStart[a]! - rawStart[b]! || rawEnd[a]! - rawEnd[b]! || compareIds(ids[a]!, ids[b]!));

    // Ids met in the events → ordinals of the declared actors, sides and sources (-1: none declared).
    const resolve = (interned: Interned, declared: readonly { id: string }[]) => {
      const ordinal = new Map(declared.map((item, i) => [item.id, i]));
      return Int32Array.from(interned.values, (id) => ordinal.get(id) ?? -1);
    };
    const actorOf = resolve(this.actorIds, actors);
    const sideOf = resolve(this.sideIds, sides);
    const sourceOf = resolve(this.sourceIds, sources);
    const sideOrdinal = new Map(sides.map((side, i) => [side.id, i]));
    const sideOfActor = actors.map((actor) => sideOrdinal.get(actor.side) ?? sides.length);
    const kindOfSource = sources.map((item) => SOURCE_KINDS.indexOf(item.kind));
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
    const presentBits = { types: 0, statuses: 0, kinds: 0 };
    // Zones and dates are numbered in time order, as they are first met there.
    const zoneCodes = new Int32Array(this.zoneNames.codes.size).fill(-1);
    const zones: string[] = [];
    const zoneNames = this.zoneNames.values;
    const zoneCode = new Uint16Array(n);
    const dateCodes = new Int32Array(this.dateTexts.codes.size).fill(-1);
    const dateTexts = this.dateTexts.values;
    const dates: string[] = [];
    const dateCode = (temp: number) =>
      dateCodes[temp] === -1 ? (dates.push(dateTexts[temp]!), (dateCodes[temp] = dates.length - 1)) : dateCodes[temp]!;
    const startDateCode = new Uint32Array(n);
    const endDateCode = new Uint32Array(n);
    const orderedIds: string[] = new Array(n);

    // Locals, not fields, in the loop below: it runs once per event.
    const { type, status, precision, zone: zoneOfEvent, startDate, endDate } = this;
    const eventFlags = this.flags;
    const [actorRows, sideRows, sourceRows] = [this.actors, this.sides, this.sources];
    let runningMax = -Infinity;
    for (let ordinal = 0; ordinal < n; ordinal++) {
      const p = order[ordinal]!;
      orderedIds[ordinal] = ids[p]!;
      startKey[ordinal] = rawStart[p]!;
      endKey[ordinal] = rawEnd[p]!;
      runningMax = Math.max(runningMax, endKey[ordinal]!);
      endKeyPrefixMax[ordinal] = runningMax;
      typeCode[ordinal] = type[p]!;
      statusCode[ordinal] = status[p]!;
      precisionCode[ordinal] = precision[p]!;
      flags[ordinal] = eventFlags[p]!;
      presentBits.types |= 1 << typeCode[ordinal]!;
      presentBits.statuses |= 1 << statusCode[ordinal]!;
      const zone = zoneOfEvent[p]!;
      if (zone !== -1) {
        if (zoneCodes[zone] === -1) zoneCodes[zone] = zones.push(zoneNames[zone]!);
        zoneCode[ordinal] = zoneCodes[zone]!;
      }
      startDateCode[ordinal] = dateCode(startDate[p]!);
      endDateCode[ordinal] = endDate[p] === -1 ? NO_DATE : dateCode(endDate[p]!);

      let mask = 0;
      const firstSource = (eventSourceStart[ordinal] = eventSourceList.length);
      for (let k = sourceRows.start[p]!; k < sourceRows.start[p + 1]!; k++) {
        const source = sourceOf[sourceRows.values[k]!]!;
        if (source === -1) continue;
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
      presentBits.kinds |= mask;

      const firstActor = (eventActorStart[ordinal] = eventActorList.length);
      const firstSide = (eventSideStart[ordinal] = eventSideList.length);
      // Events name a few actors and sides: plain lists, no Set per event.
      for (let k = actorRows.start[p]!; k < actorRows.start[p + 1]!; k++) {
        const actor = actorOf[actorRows.values[k]!]!;
        if (actor === -1 || eventActorList.indexOf(actor, firstActor) !== -1) continue;
        eventActorList.push(actor);
        actorEventCount[actor]!++;
        addSide(eventSideList, firstSide, sideOfActor[actor]!);
      }
      for (let k = sideRows.start[p]!; k < sideRows.start[p + 1]!; k++) {
        const side = sideOf[sideRows.values[k]!]!;
        if (side !== -1) addSide(eventSideList, firstSide, side);
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
        actorEvents[cursor[eventActors[k]!]!++] = ordinal;
      }
    }

    const idTable = buildAsciiTable(orderedIds);
    const idSlots = buildHashSlots(idTable);
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
      ids: idTable,
      idSlots,
      zones,
      zoneCode,
      dates: buildAsciiTable(dates),
      startDateCode,
      endDateCode,
      records: records(order),
      ...this.incomingColumns(order, stringLookup(idTable, idSlots)),
      presentBits,
    };
  }

  private incomingColumns(
    order: Uint32Array,
    lookup: ReturnType<typeof stringLookup>,
  ): Pick<IndexColumns, 'incomingStart' | 'incomingFrom' | 'incomingRelation'> {
    const n = this.count;
    const ordinalOf = new Uint32Array(n);
    for (let ordinal = 0; ordinal < n; ordinal++) ordinalOf[order[ordinal]!] = ordinal;
    const links: { from: number; to: number; relation: number }[] = [];
    for (const link of this.links) {
      const to = lookup.get(link.to);
      if (to !== undefined) links.push({ from: ordinalOf[link.from]!, to, relation: link.relation });
    }
    // By the ordinal they come from, as a walk in time order would list them.
    links.sort((a, b) => a.from - b.from);
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
}

/**
 * Builds the columns of a validated dataset. Pure and DOM-free: runs in a worker or at build
 * time. With a source, the records are the file's own bytes, not written out again.
 */
export function buildIndexColumns(dataset: Dataset, source?: EventSource): IndexColumns {
  const builder = new IndexBuilder();
  for (const event of dataset.events) builder.add(event);
  const { events, ...meta } = dataset;
  return builder.finish(meta, jsonRecords(events, source));
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

/**
 * The events' records as JSON: the file's own bytes where `source` has them exactly, else written
 * out. (By ordinal: given the order once it is known.)
 */
export function jsonRecords(events: readonly TimelineEvent[], source?: EventSource) {
  return (order: Uint32Array): ByteTable => recordColumns(events, order, source);
}

function recordColumns(events: readonly TimelineEvent[], order: Uint32Array, source?: EventSource): ByteTable {
  if (!source) return buildByteTable(order.length, (ordinal) => JSON.stringify(events[order[ordinal]!]));
  const start = new Uint32Array(order.length);
  const end = new Uint32Array(order.length);
  const rewritten: number[] = [];
  for (let ordinal = 0; ordinal < order.length; ordinal++) {
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
  const extra = buildByteTable(rewritten.length, (k) => JSON.stringify(events[order[rewritten[k]!]!]));
  const bytes = new Uint8Array(source.bytes.length + extra.bytes.length);
  bytes.set(source.bytes);
  bytes.set(extra.bytes, source.bytes.length);
  rewritten.forEach((ordinal, k) => {
    start[ordinal] = source.bytes.length + extra.start[k]!;
    end[ordinal] = source.bytes.length + extra.end[k]!;
  });
  return { bytes, start, end };
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
