/**
 * Lanes: the rows of the timeline. By side (an event with actors on several sides has a copy in
 * each of their lanes), by source (a copy in the lane of every source that quotes it: what each
 * outlet reported, and what it left out), by event type, or a single lane.
 */
import { EVENT_TYPES } from '../dataset/vocabulary';
import { eventSideOrdinals, eventSourceOrdinals, type EventIndex } from './eventIndex';
import { sourceNames } from './sources';

export const GROUPINGS = ['side', 'source', 'type', 'none'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface Lane {
  /** Position in the lane list; used as the lane's id on the timeline. */
  ordinal: number;
  label: string;
  /** What the lane stands for: a side id, a source id, an event type, or nothing. */
  key: string;
}

export const UNASSIGNED_LANE_LABEL = 'No side';

/** The lanes of a grouping that hold at least one event, in a fixed order. */
export function lanesFor(index: EventIndex, grouping: Grouping): Lane[] {
  if (grouping === 'none') return [{ ordinal: 0, label: 'All events', key: 'all' }];
  if (grouping === 'type') {
    const present = new Set(index.typeCode);
    return EVENT_TYPES.map((type, ordinal) => ({ ordinal, label: typeLabel(type), key: type })).filter((lane) =>
      present.has(lane.ordinal),
    );
  }
  if (grouping === 'source') {
    // Every event has an excerpt and every excerpt a source, so no event is left without a lane.
    const present = new Set(index.eventSources);
    const names = sourceNames(index.sources);
    return index.sources
      .map((source, ordinal) => ({ ordinal, label: names[ordinal]!, key: source.id }))
      .filter((lane) => present.has(lane.ordinal));
  }
  const present = new Set(index.eventSides);
  const lanes: Lane[] = index.sides.map((side, ordinal) => ({ ordinal, label: side.name, key: side.id }));
  lanes.push({ ordinal: index.sides.length, label: UNASSIGNED_LANE_LABEL, key: '' });
  return lanes.filter((lane) => present.has(lane.ordinal));
}

/** How many lane ordinals a grouping can use (lanes with no events included). */
export function laneCount(index: EventIndex, grouping: Grouping): number {
  if (grouping === 'none') return 1;
  if (grouping === 'type') return EVENT_TYPES.length;
  if (grouping === 'source') return index.sources.length;
  return index.sides.length + 1;
}

/** The lanes an event appears in (lane ordinals, ascending). */
export function lanesOfEvent(index: EventIndex, grouping: Grouping, ordinal: number): ArrayLike<number> {
  if (grouping === 'none') return SINGLE_LANE;
  if (grouping === 'type') return [index.typeCode[ordinal]!];
  if (grouping === 'source') return eventSourceOrdinals(index, ordinal);
  return eventSideOrdinals(index, ordinal);
}

const SINGLE_LANE = [0];

export function typeLabel(type: string): string {
  const label = type.replace(/-/g, ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
