/**
 * Whether an event can be seen on the timeline as itself: where its item sits in time, and whether
 * a window's content draws it as its own item or folds it into an "N events" cluster. Shared by the
 * rule that picks the first screen and the one that brings a selected event into view.
 */
import type { TimeSpan } from './timeSpan';
import { aggregateWindow, stepIndexFor, BIN_STEPS, type Placed, type WindowContent } from './aggregate';
import { hasBit, type Bitset } from './bitset';
import { candidateRange, NO_DATE, PRECISIONS, type EventIndex } from './eventIndex';
import type { Grouping } from './lanes';

const DAY_PRECISION = PRECISIONS.indexOf('day');

/** Whether the event is drawn as a range (it has an end, or is known only to the month or year). */
export function isRangeEvent(index: EventIndex, ordinal: number): boolean {
  return index.endDateCode[ordinal] !== NO_DATE || index.precisionCode[ordinal]! < DAY_PRECISION;
}

/**
 * Where the event's item points: a day's box points at the middle of its day (as the timeline draws
 * it), an instant at itself, a range at its start.
 */
export function anchorOf(index: EventIndex, ordinal: number): number {
  const start = index.startKey[ordinal]!;
  if (isRangeEvent(index, ordinal)) return start;
  return index.precisionCode[ordinal] === DAY_PRECISION ? (start + index.endKey[ordinal]!) / 2 : start;
}

/** Half the widest box item, in px (`.sl-timeline .vis-item.vis-box { max-width: 260px }` in src/timeline/timeline.css). */
export const BOX_HALF_PX = 130;

/**
 * Whether the event's item is in sight in `view` (`widthPx` wide, when known): a box well inside it (not half cut off at an
 * edge), a range over a good part of it (its label stays at the left edge while its start is off
 * screen).
 */
export function isInView(index: EventIndex, ordinal: number, view: TimeSpan, widthPx = 0): boolean {
  const width = view.end - view.start;
  if (!isRangeEvent(index, ordinal)) {
    const at = anchorOf(index, ordinal);
    // A box is centred on its time: on a narrow timeline (a phone) half of it can be off screen
    // even when its time is well inside, so the margin is at least half the widest box.
    const halfBox = widthPx > 0 ? (BOX_HALF_PX / widthPx) * width : 0;
    const margin = Math.min(width * 0.3, Math.max(width * 0.04, halfBox));
    return at >= view.start + margin && at <= view.end - margin;
  }
  const start = index.startKey[ordinal]!;
  const end = index.endKey[ordinal]!;
  const overlap = Math.min(end, view.end) - Math.max(start, view.start);
  return overlap >= Math.min(end - start, width * 0.15);
}

/** Whether `content` draws the event as its own item in at least one of its lanes. */
export function isPlacedAsItem(placed: readonly Placed[], ordinal: number): boolean {
  return placed.some((p) => p.kind === 'event' && p.ordinal === ordinal);
}

/**
 * Whether zooming in can never split a cluster: its members all take up the same stretch of time
 * (five events of the same day, say), so they fall in one bin at any zoom.
 */
export function isInseparable(index: EventIndex, ordinals: readonly number[]): boolean {
  const first = ordinals[0];
  if (first === undefined) return false;
  const start = index.startKey[first]!;
  const end = index.endKey[first]!;
  return ordinals.every((o) => index.startKey[o] === start && index.endKey[o] === end);
}

export interface TimelineShape {
  index: EventIndex;
  matched: Bitset;
  grouping: Grouping;
  /** Width of the timeline on screen, as the timeline gives it to the aggregation. */
  widthPx: number;
}

/** What the timeline would draw for `view` (the same aggregation it uses). */
export function contentFor({ index, matched, grouping, widthPx }: TimelineShape, view: TimeSpan): WindowContent {
  return aggregateWindow(index, matched, grouping, { from: view.start, to: view.end, widthPx });
}

/** The bin width the timeline uses for `view`. */
export function stepFor(widthPx: number, view: TimeSpan): number {
  return BIN_STEPS[stepIndexFor({ from: view.start, to: view.end, widthPx })]!;
}

/** How many matched events take up some of `view` (index keys). */
export function countInView(index: EventIndex, matched: Bitset, view: TimeSpan): number {
  const [first, last] = candidateRange(index, view.start, view.end);
  let count = 0;
  for (let i = first; i < last; i++) if (index.endKey[i]! > view.start && hasBit(matched, i)) count++;
  return count;
}
