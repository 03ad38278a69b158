/**
 * The first screen: which stretch of time a dataset opens on when the address names no window.
 *
 * Showing everything squeezes a story into a few "N events" clusters (a crisis told in one week,
 * with a few background events years earlier), and zooming far in shows a handful of events out of
 * context. The rule: of the windows the timeline can show at this width, open on the one where a
 * reader can read the most events: each event in it counts one when it is drawn as an item of its
 * own and minus one when it is folded into a cluster. The windows tried are, for each zoom level
 * the timeline has (each bin width), the widest window at that level, placed where the events are
 * densest; and the story's core, as "Fit all" shows it (coreSpan.ts). Ties go to fewer clusters in
 * view, then to the wider window (more context for the same events). Nothing here knows the
 * bundled dataset: it works the same for 60 events or 100,000, for one burst or events years apart.
 * A dataset may name its own first screen instead (`view`, `datasetView`).
 */
import type { TimeSpan } from './timeSpan';
import { endKeyMs, parsePartialDate, sortKeyMs } from '../dataset/dates';
import { BIN_STEPS, DEFAULT_BIN_PX } from './aggregate';
import { firstIndexWhere } from './binarySearch';
import { coreSpan } from './coreSpan';
import { toOrdinals, type Bitset } from './bitset';
import type { EventIndex } from './eventIndex';
import type { Grouping } from './lanes';
import { anchorOf, BOX_HALF_PX, contentFor, isInseparable, isRangeEvent, type TimelineShape } from './visibility';

/** The narrowest window worth opening on (the timeline's own zoom limit). */
export const MIN_WINDOW = 10 * 60_000;
const MIN_FIT = 24 * 3_600_000;
const MAX_INSTANT = 8.64e15;
/**
 * The timeline draws at most a few hundred items in and around a window (400, see aggregate.ts);
 * a window holding twice as many events hides most of them in clusters and cannot score above
 * zero (unless most share a day), so wider windows are not tried. This keeps the rule to a few
 * milliseconds at 100,000 events.
 */
const MAX_TRIED_EVENTS = 800;
/** A range narrower than this on screen cannot show even a short title. */
const MIN_LEGIBLE_RANGE_PX = 80;

/**
 * The window the dataset's editor chose to open on (`view`: from the start of its first date to the
 * end of its last), in index keys; null when the dataset names none.
 */
export function datasetView(index: EventIndex): TimeSpan | null {
  const view = index.meta.view;
  const start = view && parsePartialDate(view.start);
  const end = view && parsePartialDate(view.end);
  return start?.ok && end?.ok ? { start: sortKeyMs(start.value), end: endKeyMs(end.value) } : null;
}

/** A stretch with a little air on both sides, at least a day wide: what "Fit all" shows. */
export function padSpan(span: TimeSpan): TimeSpan {
  const width = Math.max(span.end - span.start, MIN_FIT);
  const middle = (span.start + span.end) / 2;
  const half = width / 2 + width * 0.04;
  // Never past the instants JavaScript dates hold (a timeline reaching back to 271,821 BC).
  return { start: Math.max(middle - half, -MAX_INSTANT), end: Math.min(middle + half, MAX_INSTANT) };
}

/**
 * A stretch framed on a timeline `widthPx` wide so that a box at either end shows whole: a box is
 * centred on its time and up to 2 × BOX_HALF_PX wide, so half of one sits outside the stretch.
 * At least `padSpan`'s air; on a narrow screen, no more than a fifth of the width on each side.
 */
export function frameSpan(span: TimeSpan, widthPx: number): TimeSpan {
  const padded = padSpan(span);
  if (widthPx <= 0) return padded;
  const side = Math.min(BOX_HALF_PX + 10, widthPx * 0.2);
  const inner = Math.max(span.end - span.start, MIN_FIT);
  const half = (inner * widthPx) / (widthPx - 2 * side) / 2;
  if (2 * half <= padded.end - padded.start) return padded;
  const middle = (span.start + span.end) / 2;
  return { start: middle - half, end: middle + half };
}

/** The events of `ordinals`, padded (see `padSpan`); null for none. */
export function fitSpan(index: EventIndex, ordinals: ArrayLike<number>): TimeSpan | null {
  if (ordinals.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (let k = 0; k < ordinals.length; k++) {
    const o = ordinals[k]!;
    start = Math.min(start, index.startKey[o]!);
    end = Math.max(end, index.endKey[o]!);
  }
  return padSpan({ start, end });
}

interface Score {
  /** Events a reader can read in the window, less those it hides in clusters. */
  readable: number;
  clusters: number;
  span: number;
}

function isBetter(a: Score, b: Score): boolean {
  if (a.readable !== b.readable) return a.readable > b.readable;
  if (a.clusters !== b.clusters) return a.clusters < b.clusters;
  return a.span > b.span;
}

/**
 * The window to open on, for the matched events of `index` on a timeline `widthPx` wide with lanes
 * by `grouping`; null when nothing matches.
 */
export function chooseInitialWindow(
  index: EventIndex,
  matched: Bitset,
  grouping: Grouping,
  widthPx: number,
  binPx = DEFAULT_BIN_PX,
): TimeSpan | null {
  const ordinals = toOrdinals(matched);
  // "Everything" is the story's core, as Fit all shows it (coreSpan.ts): a band known only to the
  // year, or an event years away, does not make the widest window tried a sliver of story.
  const core = coreSpan(index, ordinals);
  const whole = core && frameSpan(core, widthPx);
  if (!whole || widthPx <= 0) return whole;
  const shape: TimelineShape = { index, matched, grouping, widthPx };

  const candidates: TimeSpan[] = [];
  let tooDense = false;
  for (const step of BIN_STEPS) {
    // The widest window whose bins are `step` wide (a hair less, so that rounding keeps that step).
    const span = ((step * widthPx) / binPx) * 0.999;
    if (span < MIN_WINDOW) continue;
    if (span >= whole.end - whole.start) break;
    const window = densestWindow(index, ordinals, span);
    // The densest window of a wider span holds at least as many: none of them can do better.
    if ((tooDense = startsWithin(index, ordinals, window) > MAX_TRIED_EVENTS)) break;
    candidates.push(window);
  }
  if (!tooDense && startsWithin(index, ordinals, whole) <= MAX_TRIED_EVENTS) candidates.push(whole);

  let best: { window: TimeSpan; score: Score } | null = null;
  for (const window of candidates) {
    const score = scoreOf(shape, window);
    if (!best || isBetter(score, best.score)) best = { window, score };
  }
  return best?.window ?? whole;
}

/**
 * Each event whose item points inside the window counts one if it is drawn as itself (in any of
 * its lanes) legibly (a range wide enough for a few words) and minus one if it is only inside
 * clusters that a closer zoom would split: a reader can read the one and not the other.
 */
function scoreOf(shape: TimelineShape, window: TimeSpan): Score {
  const { index } = shape;
  const { placed } = contentFor(shape, window);
  const inside = (ordinal: number) => {
    const at = anchorOf(index, ordinal);
    return at >= window.start && at < window.end;
  };
  const items = new Set<number>();
  const folded = new Set<number>();
  let clusters = 0;
  const pxPerMs = shape.widthPx / (window.end - window.start);
  // A range too short on screen to hold a few words is there, but not readable.
  const legible = (ordinal: number) =>
    !isRangeEvent(index, ordinal) ||
    (Math.min(index.endKey[ordinal]!, window.end) - Math.max(index.startKey[ordinal]!, window.start)) * pxPerMs >=
      MIN_LEGIBLE_RANGE_PX;
  for (const p of placed) {
    if (p.kind === 'event') {
      if (inside(p.ordinal) && legible(p.ordinal)) items.add(p.ordinal);
    } else if (p.start < window.end && p.end > window.start) {
      clusters++;
      // Events that share one day (say) stay together at any zoom: no window does better for them.
      if (!isInseparable(index, p.ordinals)) for (const ordinal of p.ordinals) if (inside(ordinal)) folded.add(ordinal);
    }
  }
  let hidden = 0;
  for (const ordinal of folded) if (!items.has(ordinal)) hidden++;
  return { readable: items.size - hidden, clusters, span: window.end - window.start };
}

/** How many of `ordinals` (ascending) start inside `window`. */
function startsWithin(index: EventIndex, ordinals: ArrayLike<number>, window: TimeSpan): number {
  // `ordinals` ascend, so their events are in time order.
  const firstStartingAt = (key: number) =>
    firstIndexWhere(ordinals.length, (i) => index.startKey[ordinals[i]!]! >= key);
  return firstStartingAt(window.end) - firstStartingAt(window.start);
}

/**
 * The window `span` long that holds the most event starts (the first such, scanning in time),
 * centred on the events it holds.
 */
export function densestWindow(index: EventIndex, ordinals: ArrayLike<number>, span: number): TimeSpan {
  const { startKey } = index;
  let bestFirst = 0;
  let bestCount = 0;
  let last = 0;
  for (let first = 0; first < ordinals.length; first++) {
    const limit = startKey[ordinals[first]!]! + span;
    if (last < first) last = first;
    while (last < ordinals.length && startKey[ordinals[last]!]! < limit) last++;
    if (last - first > bestCount) {
      bestCount = last - first;
      bestFirst = first;
    }
  }
  let low = Infinity;
  let high = -Infinity;
  for (let k = bestFirst; k < bestFirst + bestCount; k++) {
    const at = anchorOf(index, ordinals[k]!);
    low = Math.min(low, at);
    high = Math.max(high, at);
  }
  const middle = (low + high) / 2;
  return { start: middle - span / 2, end: middle + span / 2 };
}
