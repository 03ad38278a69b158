/**
 * Two exceptions to clustering, applied to a window's content after aggregation:
 *
 * - The selected event is always drawn as itself, in each of its lanes, even where its neighbours
 *   stay folded in a cluster (events of one day fall in one cluster at any zoom), and even when the
 *   filters leave it out: the reader chose it, so the timeline shows where it sits.
 * - A cluster the reader opened (clicked) that no zoom can split is drawn as its events.
 *
 * Clusters keep their keys, so the timeline updates them in place.
 */
import type { Placed, PlacedCluster } from './aggregate';
import type { EventIndex } from './eventIndex';
import { lanesOfEvent, type Grouping } from './lanes';

export interface LiftRequest {
  index: EventIndex;
  grouping: Grouping;
  /** The selected event (ordinal), or null. */
  selected: number | null;
  /** Keys of clusters to draw as their events. */
  opened: ReadonlySet<string>;
  /** The range the content was made for (index keys): a selected event outside it is not added. */
  fedFrom: number;
  fedTo: number;
}

/** `placed` with the exceptions applied; the same array when there is nothing to change. */
export function liftOut(placed: readonly Placed[], request: LiftRequest): readonly Placed[] {
  const { index, grouping, selected, opened } = request;
  if (selected === null && opened.size === 0) return placed;
  const result: Placed[] = [];
  let changed = false;
  let selectedShown = false;
  for (const p of placed) {
    if (p.kind === 'event') {
      if (p.ordinal === selected) selectedShown = true;
      result.push(p);
    } else if (opened.has(p.key)) {
      changed = true;
      for (const ordinal of p.ordinals) result.push({ kind: 'event', ordinal, lane: p.lane });
      if (selected !== null && p.ordinals.includes(selected)) selectedShown = true;
    } else if (selected !== null && p.ordinals.includes(selected)) {
      changed = selectedShown = true;
      result.push(without(p, selected), { kind: 'event', ordinal: selected, lane: p.lane });
    } else {
      result.push(p);
    }
  }
  if (selected !== null && !selectedShown && overlaps(index, selected, request.fedFrom, request.fedTo)) {
    // Not matched by the filters: drawn anyway, in its own lanes.
    changed = true;
    for (const lane of Array.from(lanesOfEvent(index, grouping, selected))) {
      result.push({ kind: 'event', ordinal: selected, lane });
    }
  }
  return changed ? result : placed;
}

function without(cluster: PlacedCluster, ordinal: number): PlacedCluster {
  return { ...cluster, ordinals: cluster.ordinals.filter((o) => o !== ordinal) };
}

function overlaps(index: EventIndex, ordinal: number, from: number, to: number): boolean {
  return index.startKey[ordinal]! < to && index.endKey[ordinal]! > from;
}
