/**
 * What each timeline item shows, as plain data (the wrapper's ItemSpec): built from the placed
 * events and clusters of the current window. Positions follow the axis zone: a calendar day spans
 * that day's midnights *in the axis zone*, so it sits on its own day for every viewer.
 */
import { axisEndMs, axisStartMs, hasClockTime, type ZoneOffsetFn } from '../dataset/dates';
import type { PlacedCluster, Placed } from '../engine/aggregate';
import {
  endDateOf,
  idOf,
  isDisputed,
  startDateOf,
  statusOf,
  timeZoneOf,
  titleOf,
  typeOf,
  type EventIndex,
} from '../engine/eventIndex';
import { typeLabel } from '../engine/lanes';
import { clipText } from '../format/clip';
import { formatWhen, precisionNote } from '../format/dates';
import type { ItemSpec } from '../timeline/types';

export type { ItemSpec };

type SpecFields = Omit<ItemSpec, 'layoutKey' | 'contentKey'>;

export interface SpecContext {
  index: EventIndex;
  /** The zone clock times are shown in (IANA). */
  displayZoneFor: (eventZone: string | undefined) => string;
  /** The axis zone's offset (minutes) at an instant. */
  axisOffset: ZoneOffsetFn;
}

const STATUS_TAGS: Record<string, string | undefined> = {
  scheduled: 'Scheduled',
  expected: 'Expected',
  forecast: 'Forecast',
};

export function eventItemId(ordinal: number, lane: number): string {
  return `e${ordinal}@${lane}`;
}

export function clusterItemId(key: string): string {
  return `c${key}`;
}

export function buildItemSpecs(placed: readonly Placed[], context: SpecContext): ItemSpec[] {
  return placed.map((p) => (p.kind === 'event' ? eventSpec(p.ordinal, p.lane, context) : clusterSpec(p, context)));
}

/**
 * An item shows this much of a title: vis-timeline measures every item it redraws, and a megabyte
 * title made selecting its event freeze the page for seconds. The details show the whole title.
 */
const TITLE_LIMIT = 300;

function eventSpec(ordinal: number, lane: number, { index, displayZoneFor, axisOffset }: SpecContext): ItemSpec {
  const event = { id: idOf(index, ordinal), timeZone: timeZoneOf(index, ordinal) };
  const title = clipText(titleOf(index, ordinal), TITLE_LIMIT).text;
  const start = startDateOf(index, ordinal);
  const end = endDateOf(index, ordinal);
  const type = typeOf(index, ordinal);
  const status = statusOf(index, ordinal);
  const disputed = isDisputed(index, ordinal);
  const uncertain = start.precision === 'year' || start.precision === 'month';
  const when = formatWhen(start, end, displayZoneFor(event.timeZone));
  const spansTime = end !== undefined || uncertain;

  const tags: string[] = [];
  if (uncertain) tags.push(when);
  const statusTag = STATUS_TAGS[status];
  if (statusTag) tags.push(statusTag);
  if (disputed) tags.push('Disputed');

  const classNames = [`sl-type-${type}`, `sl-status-${status}`, `sl-precision-${start.precision}`];
  if (disputed) classNames.push('sl-disputed');
  const note = precisionNote(start);
  const description = [
    title,
    `${typeLabel(type)}, ${status}`,
    when + (note ? ` (${note})` : ''),
    disputed ? 'Accounts disagree' : null,
  ]
    .filter(Boolean)
    .join(' · ');

  const startMs = axisStartMs(start, axisOffset);
  const shape = spansTime ? 'range' : 'box';
  const endMs = shape === 'range' ? axisEndMs(end ?? start, axisOffset) : undefined;
  // A day event's box points at the middle of its day, which reads as "that day" at any zoom.
  const pointMs = hasClockTime(start) ? startMs : (startMs + axisEndMs(start, axisOffset)) / 2;
  const spec: SpecFields = {
    id: eventItemId(ordinal, lane),
    lane,
    shape,
    start: shape === 'range' ? startMs : pointMs,
    end: endMs,
    classNames,
    title,
    tags,
    description,
    eventId: event.id,
    cluster: null,
  };
  return withKeys(spec);
}

function clusterSpec(cluster: PlacedCluster, { index, axisOffset }: SpecContext): ItemSpec {
  // Cluster extents are index keys (UTC calendar); shift them onto the axis zone's calendar.
  const start = cluster.start - axisOffset(cluster.start) * 60_000;
  const end = cluster.end - axisOffset(cluster.end) * 60_000;
  const first = startDateOf(index, cluster.ordinals[0]!);
  const last = startDateOf(index, cluster.ordinals[cluster.ordinals.length - 1]!);
  const count = cluster.ordinals.length;
  const span = formatWhen(first, last.text === first.text ? undefined : last, 'UTC');
  // A cluster of events known only to the month (or year) says so, like the events themselves.
  const uncertain = first.precision === 'month' || first.precision === 'year';
  const spec: SpecFields = {
    id: clusterItemId(cluster.key),
    lane: cluster.lane,
    shape: 'range',
    start,
    end: Math.max(end, start + 1),
    classNames: uncertain ? ['sl-cluster', `sl-precision-${first.precision}`] : ['sl-cluster'],
    title: `${count.toLocaleString('en-US')} events`,
    tags: uncertain ? [span] : [],
    description: `${count.toLocaleString('en-US')} events, ${span}. Activate to zoom in.`,
    eventId: null,
    cluster: { start, end, count },
  };
  return withKeys(spec);
}

function withKeys(spec: SpecFields): ItemSpec {
  const text = [spec.title, spec.tags.join('|')].join('\u0001');
  const placement = [spec.lane, spec.shape, spec.start, spec.end ?? '', spec.classNames.join(' ')].join('\u0001');
  return {
    ...spec,
    layoutKey: spec.shape === 'box' ? `${placement}\u0002${text}` : placement,
    contentKey: `${text}\u0002${spec.description}`,
  };
}

/** The items that show `selectedId`: every copy of the event, and any cluster that holds it. */
export function selectedItemIds(
  specs: readonly ItemSpec[],
  placed: readonly Placed[],
  index: EventIndex,
  selectedId: string | null,
): string[] {
  if (selectedId === null) return [];
  const ordinal = index.eventOrdinal.get(selectedId);
  const ids = specs.filter((spec) => spec.eventId === selectedId).map((spec) => spec.id);
  if (ordinal === undefined) return ids;
  for (const p of placed) {
    if (p.kind === 'cluster' && p.ordinals.includes(ordinal)) ids.push(clusterItemId(p.key));
  }
  return ids;
}
