/**
 * Which lanes hold at least one of the matched events: the timeline shows only those, so that a
 * filter to one actor does not leave a column of empty lanes (with no filter, every lane holds some).
 */
import { hasBit, type Bitset } from './bitset';
import type { EventIndex } from './eventIndex';
import { lanesOfEvent, type Grouping, type Lane } from './lanes';

/** `lanes` less those in which no matched event (nor the `keep` event, when given) appears. */
export function lanesWithMatches(
  index: EventIndex,
  grouping: Grouping,
  lanes: readonly Lane[],
  matched: Bitset,
  keep: number | null = null,
): Lane[] {
  const used = new Set<number>();
  const note = (ordinal: number) => {
    const of = lanesOfEvent(index, grouping, ordinal);
    for (let k = 0; k < of.length; k++) used.add(of[k]!);
  };
  if (keep !== null) note(keep);
  // Stops as soon as every lane is in use: a broad filter costs a few events' look-ups at any size.
  for (let ordinal = 0; ordinal < index.count && used.size < lanes.length; ordinal++) {
    if (hasBit(matched, ordinal)) note(ordinal);
  }
  return used.size >= lanes.length ? [...lanes] : lanes.filter((lane) => used.has(lane.ordinal));
}
