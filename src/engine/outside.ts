/**
 * The matched events wholly outside the timeline's window, on each side: what the edge markers
 * ("← 2014: 2 events") say is there and lead to.
 */
import type { TimeSpan } from './timeSpan';
import { forEachBit, type Bitset } from './bitset';
import { lowerBoundStart, type EventIndex } from './eventIndex';

export interface OutsideGroup {
  count: number;
  /** Their extent, in index keys: the first start and the last end. */
  start: number;
  end: number;
  /** Their ordinals, ascending. */
  ordinals: number[];
}

/** The matched events that end before `window` begins, and those that begin after it ends. */
export function eventsOutside(
  index: EventIndex,
  matched: Bitset,
  window: TimeSpan,
): { before: OutsideGroup | null; after: OutsideGroup | null } {
  const before: number[] = [];
  const after: number[] = [];
  // Events are in order of start: those starting before the window are a prefix, after it a suffix.
  const startingBefore = lowerBoundStart(index, window.start);
  forEachBit(matched, (i) => index.endKey[i]! <= window.start && before.push(i), 0, startingBefore);
  forEachBit(matched, (i) => after.push(i), lowerBoundStart(index, window.end), index.count);
  return { before: groupOf(index, before), after: groupOf(index, after) };
}

function groupOf(index: EventIndex, ordinals: number[]): OutsideGroup | null {
  if (ordinals.length === 0) return null;
  let end = -Infinity;
  for (const o of ordinals) end = Math.max(end, index.endKey[o]!);
  return { count: ordinals.length, start: index.startKey[ordinals[0]!]!, end, ordinals };
}
