/**
 * Bringing a selected event into view: the window the timeline moves to so that the event is in
 * sight and drawn as an item of its own, or null when it already is (then nothing moves).
 *
 * The window keeps its zoom and pans when that is enough. When the event would still be folded into
 * a cluster, the window zooms in, centred on the event, to the widest zoom level at which it stands
 * on its own (the timeline's zoom levels are its bin widths). Events that share their day with many
 * others stay in one cluster at any zoom; for those the zoom stops where zooming no longer helps,
 * and the timeline draws the selected event out of its cluster (see lift.ts).
 */
import type { TimeSpan } from './timeSpan';
import { BIN_STEPS, DEFAULT_BIN_PX, type Placed } from './aggregate';
import { firstIndexWhere } from './binarySearch';
import { hasBit } from './bitset';
import type { EventIndex } from './eventIndex';
import { MIN_WINDOW } from './initialWindow';
import { anchorOf, contentFor, isInView, isInseparable, isRangeEvent, type TimelineShape } from './visibility';

export function revealWindow(
  shape: TimelineShape,
  view: TimeSpan,
  ordinal: number,
  binPx = DEFAULT_BIN_PX,
): TimeSpan | null {
  const { index } = shape;
  // An event the filters leave out is drawn on its own anyway (lift.ts): it only has to be in view.
  const clustered = hasBit(shape.matched, ordinal);
  const stands = (window: TimeSpan) =>
    isInView(index, ordinal, window, shape.widthPx) &&
    (!clustered || standsAlone(index, contentFor(shape, window).placed, ordinal));
  if (stands(view)) return null;

  const span = view.end - view.start;
  const panned = around(index, ordinal, span);
  if (stands(panned)) return panned;

  // Zoom levels narrower than the view, widest first; find the widest at which the event stands alone.
  const levels = BIN_STEPS.map((step) => ((step * shape.widthPx) / binPx) * 0.999)
    .filter((level) => level < span && level >= MIN_WINDOW)
    .reverse();
  if (levels.length === 0) return panned;
  const found = firstIndexWhere(levels.length, (i) => stands(around(index, ordinal, levels[i]!)));
  return around(index, ordinal, levels[Math.min(found, levels.length - 1)]!);
}

/** Below this many px left in sight, a cover is ignored: a reveal into a sliver would help nobody. */
const MIN_SIGHT_PX = 240;

/**
 * `revealWindow` for a timeline whose time axis is covered from its right end by `coveredShare`
 * (the details' drawer over its edge): the event is brought into the part left in sight, at the
 * zoom levels of the whole width (whose clusters are the ones drawn). Null when the event is in
 * sight as itself already.
 */
export function revealWindowBeside(
  shape: TimelineShape,
  view: TimeSpan,
  ordinal: number,
  coveredShare: number,
  binPx = DEFAULT_BIN_PX,
): TimeSpan | null {
  const share = 1 - Math.min(Math.max(coveredShare, 0), 1);
  const sight = shape.widthPx * share;
  if (share >= 1 || sight < MIN_SIGHT_PX) return revealWindow(shape, view, ordinal, binPx);
  const seen = { start: view.start, end: view.start + (view.end - view.start) * share };
  const found = revealWindow({ ...shape, widthPx: sight }, seen, ordinal, binPx);
  return found && { start: found.start, end: found.start + (found.end - found.start) / share };
}

/**
 * Whether the timeline draws the event as itself: placed as an item, or inside a cluster no zoom
 * can split (the selected event is drawn out of those).
 */
function standsAlone(index: EventIndex, placed: readonly Placed[], ordinal: number): boolean {
  let inCluster = false;
  for (const p of placed) {
    if (p.kind === 'event') {
      if (p.ordinal === ordinal) return true;
    } else if (p.ordinals.includes(ordinal)) {
      if (isInseparable(index, p.ordinals)) return true;
      inCluster = true;
    }
  }
  return !inCluster;
}

/** A window `span` wide around the event: centred on it, or, when it is longer, from just before its start. */
export function around(index: EventIndex, ordinal: number, span: number): TimeSpan {
  if (isRangeEvent(index, ordinal)) {
    const start = index.startKey[ordinal]!;
    const end = index.endKey[ordinal]!;
    if (end - start > span * 0.8) return { start: start - span * 0.1, end: start + span * 0.9 };
    const middle = (start + end) / 2;
    return { start: middle - span / 2, end: middle + span / 2 };
  }
  const at = anchorOf(index, ordinal);
  return { start: at - span / 2, end: at + span / 2 };
}
