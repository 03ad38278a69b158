/**
 * Lanes: the rows of the timeline. By side (an event with actors on several sides has a copy in
 * each of their lanes), by event type, or a single lane.
 */
import { EVENT_TYPES } from '../dataset/vocabulary';
import { eventSideOrdinals, type EventIndex } from './eventIndex';

export const GROUPINGS = ['side', 'type', 'none'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface Lane {
  /** Position in the lane list; used as the lane's id on the timeline. */
  ordinal: number;
  label: string;
  /** What the lane stands for: a side id, an event type, or nothing. */
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
  const present = new Set(index.eventSides);
  const lanes: Lane[] = index.sides.map((side, ordinal) => ({ ordinal, label: side.name, key: side.id }));
  lanes.push({ ordinal: index.sides.length, label: UNASSIGNED_LANE_LABEL, key: '' });
  return lanes.filter((lane) => present.has(lane.ordinal));
}

/** The lanes an event appears in (lane ordinals, ascending). */
export function lanesOfEvent(index: EventIndex, grouping: Grouping, ordinal: number): ArrayLike<number> {
  if (grouping === 'none') return SINGLE_LANE;
  if (grouping === 'type') return [index.typeCode[ordinal]!];
  return eventSideOrdinals(index, ordinal);
}

const SINGLE_LANE = [0];

export function typeLabel(type: string): string {
  const label = type.replace(/-/g, ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
