/**
 * The story's core: the stretch of time where a dataset's events are, leaving out the few that lie
 * far from all the others (the background: "Russia annexes Crimea, 2014" in a story told over
 * December 2021 and January 2022). "Fit all" shows the core, and markers at the timeline's edges
 * name and lead to the events outside it (outside.ts), so a sliver of story on a decade of empty
 * axis is never what "everything" looks like.
 *
 * The rule: the points in time are the starts and ends of the events dated to the day or closer
 * (those known only to the month or year are drawn as bands that reach into the core anyway,
 * and their vague extent would decide nothing well); the shortest stretch that holds most of them
 * (CORE_SHARE) is the seed; then it grows to take in every point that lies closer to it than half
 * its width, again and again, so that a story's lead-up and aftermath stay in, and only points
 * far away, in time, from all the rest stay out. Nothing here knows the bundled dataset.
 */
import type { TimeSpan } from './timeSpan';
import { PRECISIONS, type EventIndex } from './eventIndex';

/** The seed holds this share of the points. */
const CORE_SHARE = 0.8;
/** A point joins the core when it lies within this share of the core's width from it… */
const JOIN_SHARE = 0.5;
/** …or within this much time, however narrow the core. */
const JOIN_MIN = 7 * 24 * 3_600_000;
const DAY_PRECISION = PRECISIONS.indexOf('day');

/**
 * The core of the events `ordinals` (any order), in index keys; null for none. With fewer than two
 * events dated to the day, every event's start and end count as points.
 */
export function coreSpan(index: EventIndex, ordinals: ArrayLike<number>): TimeSpan | null {
  if (ordinals.length === 0) return null;
  let precise = 0;
  for (let k = 0; k < ordinals.length && precise < 2; k++) if (isPrecise(index, ordinals[k]!)) precise++;
  const points = pointsOf(index, ordinals, precise >= 2).sort();
  const n = points.length;

  const k = Math.max(1, Math.ceil(n * CORE_SHARE));
  let first = 0;
  for (let i = 1; i + k - 1 < n; i++) {
    if (points[i + k - 1]! - points[i]! < points[first + k - 1]! - points[first]!) first = i;
  }
  let last = first + k - 1;
  for (let grown = true; grown;) {
    grown = false;
    const reach = Math.max((points[last]! - points[first]!) * JOIN_SHARE, JOIN_MIN);
    if (first > 0 && points[first]! - points[first - 1]! <= reach) {
      first--;
      grown = true;
    }
    if (last < n - 1 && points[last + 1]! - points[last]! <= reach) {
      last++;
      grown = true;
    }
  }
  return { start: points[first]!, end: points[last]! };
}

/**
 * From the first start to the last end of the events `ordinals` dated to the day or closer (of all
 * of them when none is): the whole extent, leaving out only the vague bands. What a cluster click
 * zooms to. Null for none.
 */
export function datedSpan(index: EventIndex, ordinals: ArrayLike<number>): TimeSpan | null {
  let anyPrecise = false;
  for (let k = 0; k < ordinals.length && !anyPrecise; k++) anyPrecise = isPrecise(index, ordinals[k]!);
  let start = Infinity;
  let end = -Infinity;
  for (let k = 0; k < ordinals.length; k++) {
    const o = ordinals[k]!;
    if (anyPrecise && !isPrecise(index, o)) continue;
    start = Math.min(start, index.startKey[o]!);
    end = Math.max(end, index.endKey[o]!);
  }
  return start <= end ? { start, end } : null;
}

/** The starts of the events, and the ends of those that have one; only those dated to the day or closer if `precise`. */
function pointsOf(index: EventIndex, ordinals: ArrayLike<number>, precise: boolean): Float64Array {
  const points: number[] = [];
  for (let k = 0; k < ordinals.length; k++) {
    const o = ordinals[k]!;
    if (precise && !isPrecise(index, o)) continue;
    points.push(index.startKey[o]!);
    // A day's end is the next midnight (a month's, the next month's first): the core runs to the
    // end of its last day. An instant ends where it starts.
    if (index.endKey[o]! > index.startKey[o]!) points.push(index.endKey[o]!);
  }
  return Float64Array.from(points);
}

function isPrecise(index: EventIndex, ordinal: number): boolean {
  return index.precisionCode[ordinal]! >= DAY_PRECISION;
}
