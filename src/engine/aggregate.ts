/**
 * What the timeline draws for a window: only events in and near it, and where a lane is dense,
 * "N events" clusters instead of the events themselves. vis-timeline slows badly past a few
 * hundred items, so however large the dataset the timeline receives a bounded number of items.
 *
 * Every matched event that overlaps the fed range appears exactly once per lane it belongs to:
 * either as itself or inside exactly one cluster. Bins are aligned to a fixed grid of time steps,
 * so panning does not reshuffle clusters; zooming picks another step.
 */
import { hasBit, type Bitset } from './bitset';
import { candidateRange, type EventIndex } from './eventIndex';
import type { Grouping, Lane } from './lanes';
import { EVENT_TYPES } from '../dataset/vocabulary';

const EVENT_TYPE_COUNT = EVENT_TYPES.length;

export interface PlacedEvent {
  kind: 'event';
  ordinal: number;
  lane: number;
}

export interface PlacedCluster {
  kind: 'cluster';
  /** Stable across pans and filter changes at the same zoom step. */
  key: string;
  lane: number;
  /** Extent of the members, in index keys (UTC calendar ms). */
  start: number;
  end: number;
  ordinals: number[];
}

export type Placed = PlacedEvent | PlacedCluster;

export interface WindowRequest {
  /** The visible window, in index keys. */
  from: number;
  to: number;
  /** Width of the visible window on screen. */
  widthPx: number;
}

export interface AggregateOptions {
  /** How wide one bin is on screen. */
  binPx?: number;
  /** A bin with more events than this in one lane becomes a cluster. */
  maxPerBin?: number;
  /** Upper bound on items returned; bins widen until it holds. */
  maxItems?: number;
  /** How much beyond the window to feed, as a fraction of the window on each side. */
  margin?: number;
  /** Which lane each lane's events are drawn in (see `lanePage`); by default their own. */
  laneMap?: Int32Array | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Bin widths, finest first. */
export const BIN_STEPS = [
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  91 * DAY,
  182 * DAY,
  365 * DAY,
  730 * DAY,
  1826 * DAY,
  3652 * DAY,
  36525 * DAY,
];

export interface WindowContent {
  placed: Placed[];
  /** The bin width chosen, and the one the zoom level asked for (wider when items had to be capped). */
  step: number;
  idealStepIndex: number;
  /** The range fed, in index keys. */
  fedFrom: number;
  fedTo: number;
}

export function aggregateWindow(
  index: EventIndex,
  matched: Bitset,
  grouping: Grouping,
  request: WindowRequest,
  options: AggregateOptions = {},
): WindowContent {
  const { binPx = DEFAULT_BIN_PX, maxPerBin = 3, maxItems = 400, margin = 0.5, laneMap = null } = options;
  const span = Math.max(request.to - request.from, MINUTE);
  const fedFrom = request.from - span * margin;
  const fedTo = request.to + span * margin;
  const idealStepIndex = stepIndexFor(request, binPx);
  let stepIndex = idealStepIndex;

  const members = collectMembers(index, matched, grouping, fedFrom, fedTo, laneMap);
  for (;;) {
    const step = BIN_STEPS[stepIndex]!;
    const placed = place(index, members, step, maxPerBin, fedFrom, fedTo, laneCount(index, grouping) + 1);
    if (placed.length <= maxItems || stepIndex === BIN_STEPS.length - 1) {
      return { placed, step, idealStepIndex, fedFrom, fedTo };
    }
    stepIndex++;
  }
}

export const DEFAULT_BIN_PX = 110;

/** The finest bin step at which one bin is at least `binPx` wide on screen. */
export function stepIndexFor(request: WindowRequest, binPx = DEFAULT_BIN_PX): number {
  const span = Math.max(request.to - request.from, MINUTE);
  const ideal = (span / Math.max(request.widthPx, 1)) * binPx;
  const found = BIN_STEPS.findIndex((step) => step >= ideal);
  return found < 0 ? BIN_STEPS.length - 1 : found;
}

/**
 * Remembers the last window's content and returns it again while it still serves: a pan that
 * stays inside the range already fed, at the same zoom step, needs no new items at all (nothing
 * for the timeline to redraw). Any change of dataset, matches, lanes or width recomputes.
 */
export function createWindowContentCache() {
  type Inputs = { index: EventIndex; matched: Bitset; grouping: Grouping; laneMap: Int32Array | null; widthPx: number };
  let last: (Inputs & { content: WindowContent }) | null = null;
  return (
    index: EventIndex,
    matched: Bitset,
    grouping: Grouping,
    request: WindowRequest,
    laneMap: Int32Array | null = null,
  ): WindowContent => {
    const reusable =
      last !== null &&
      last.index === index &&
      last.matched === matched &&
      last.grouping === grouping &&
      last.laneMap === laneMap &&
      last.widthPx === request.widthPx &&
      coversWindow(last.content, request) &&
      stepIndexFor(request) === last.content.idealStepIndex;
    if (reusable) return last!.content;
    const content = aggregateWindow(index, matched, grouping, request, { laneMap });
    last = { index, matched, grouping, laneMap, widthPx: request.widthPx, content };
    return content;
  };
}

/** At most this many lanes are drawn at once (vis-timeline lays out every lane on every redraw). */
export const MAX_DRAWN_LANES = 30;

export interface LanePage {
  /** The lanes drawn, from `first` on. */
  lanes: Lane[];
  first: number;
  total: number;
  /** The row that holds the events of every lane not drawn, or null when all are drawn. */
  others: { ordinal: number; count: number } | null;
  /** Lane ordinal → the lane its events are drawn in (for `aggregateWindow`); null when all are drawn. */
  laneMap: Int32Array | null;
}

/**
 * The lanes drawn when there are more than `size`: `size` of them from `first`, and one row for
 * all the others, so that no event leaves the timeline because its lane is not drawn.
 */
export function lanePage(
  index: EventIndex,
  grouping: Grouping,
  lanes: readonly Lane[],
  first: number,
  size = MAX_DRAWN_LANES,
): LanePage {
  if (lanes.length <= size) return { lanes: [...lanes], first: 0, total: lanes.length, others: null, laneMap: null };
  const start = Math.max(0, Math.min(first, lanes.length - size));
  const drawn = lanes.slice(start, start + size);
  const others = laneCount(index, grouping);
  const laneMap = new Int32Array(others).fill(others);
  for (const lane of drawn) laneMap[lane.ordinal] = lane.ordinal;
  return {
    lanes: drawn,
    first: start,
    total: lanes.length,
    others: { ordinal: others, count: lanes.length - size },
    laneMap,
  };
}

/**
 * Whether `content` holds everything `request`'s window shows (its bins may be coarser or finer
 * than that zoom asks for): while the reader drags or zooms, the timeline keeps what it has until
 * this no longer holds.
 */
export function coversWindow(content: WindowContent, request: WindowRequest): boolean {
  return request.from >= content.fedFrom && request.to <= content.fedTo;
}

/** The events in the fed range, one entry per lane they belong to (parallel arrays: no objects). */
interface Members {
  ordinals: number[];
  lanes: number[];
}

function laneCount(index: EventIndex, grouping: Grouping): number {
  if (grouping === 'none') return 1;
  if (grouping === 'type') return EVENT_TYPE_COUNT;
  return index.sides.length + 1;
}

function collectMembers(
  index: EventIndex,
  matched: Bitset,
  grouping: Grouping,
  from: number,
  to: number,
  laneMap: Int32Array | null,
): Members {
  const ordinals: number[] = [];
  const lanes: number[] = [];
  const [first, last] = candidateRange(index, from, to);
  const { endKey, eventSideStart, eventSides, typeCode } = index;
  const others = laneMap ? laneMap.length : -1;
  for (let i = first; i < last; i++) {
    if (endKey[i]! <= from || !hasBit(matched, i)) continue;
    // The lanes of `lanesOfEvent`, read in place: this loop runs over every event in view.
    const k0 = grouping === 'side' ? eventSideStart[i]! : 0;
    const k1 = grouping === 'side' ? eventSideStart[i + 1]! : 1;
    let inOthers = false;
    for (let k = k0; k < k1; k++) {
      const own = grouping === 'side' ? eventSides[k]! : grouping === 'type' ? typeCode[i]! : 0;
      const lane = laneMap ? laneMap[own]! : own;
      // An event in several lanes that are not drawn appears once in the row of the others.
      if (lane === others && inOthers) continue;
      inOthers ||= lane === others;
      ordinals.push(i);
      lanes.push(lane);
    }
  }
  return { ordinals, lanes };
}

/**
 * Bins the members. Short events (no longer than a bin) go to numbered bins on the fixed grid,
 * addressed arithmetically; the few longer ones are keyed by their extent.
 */
function place(
  index: EventIndex,
  members: Members,
  step: number,
  maxPerBin: number,
  fedFrom: number,
  fedTo: number,
  lanes: number,
): Placed[] {
  // A short member starts at most one step before the fed range; leave room for it.
  const firstBin = Math.floor(fedFrom / step) - 1;
  const binsPerLane = Math.ceil(fedTo / step) - firstBin + 1;
  const shortBins: (number[] | undefined)[] = new Array(binsPerLane * lanes);
  const longBins = new Map<string, { lane: number; ordinals: number[] }>();
  for (let m = 0; m < members.ordinals.length; m++) {
    const ordinal = members.ordinals[m]!;
    const lane = members.lanes[m]!;
    const start = index.startKey[ordinal]!;
    const end = index.endKey[ordinal]!;
    const bin = Math.floor(start / step);
    if (end - start > step || bin < firstBin) {
      // An event longer than a bin is binned with the others of the same extent (e.g. all
      // "February 2022" events together), not with the short events where it begins.
      const key = `${lane}:${bin}-${Math.ceil(end / step)}`;
      let long = longBins.get(key);
      if (!long) longBins.set(key, (long = { lane, ordinals: [] }));
      long.ordinals.push(ordinal);
    } else {
      const slot = lane * binsPerLane + (bin - firstBin);
      (shortBins[slot] ??= []).push(ordinal);
    }
  }
  const placed: Placed[] = [];
  const emit = (key: string, lane: number, ordinals: number[], tile: number | null) => {
    if (ordinals.length <= maxPerBin) {
      for (const ordinal of ordinals) placed.push({ kind: 'event', ordinal, lane });
      return;
    }
    let start = Infinity;
    let end = -Infinity;
    for (const ordinal of ordinals) {
      start = Math.min(start, index.startKey[ordinal]!);
      end = Math.max(end, index.endKey[ordinal]!);
    }
    // A cluster of short events covers exactly its bin, so neighbouring clusters tile the lane
    // instead of stacking; a cluster of long events covers what its members cover.
    if (tile !== null) {
      start = tile;
      end = tile + step;
    }
    placed.push({ kind: 'cluster', key: `${step}:${key}`, lane, start, end, ordinals });
  };
  for (let slot = 0; slot < shortBins.length; slot++) {
    const ordinals = shortBins[slot];
    if (!ordinals) continue;
    const lane = Math.floor(slot / binsPerLane);
    const bin = firstBin + (slot % binsPerLane);
    emit(`${lane}:${bin}:short`, lane, ordinals, bin * step);
  }
  for (const [key, long] of longBins) emit(key, long.lane, long.ordinals, null);
  return placed;
}
