/**
 * The timeline's view model: from the app's state (a dataset's index, the matches, the lanes, the
 * window and the selection) to what the wrapper draws (lanes and item specs). Pure: the hooks of
 * components/timeline/ memoise these steps one by one, and the tests run them directly.
 *
 * The steps: a page of lanes (with a row for the lanes not drawn) → the window's content (events
 * and clusters, engine/aggregate.ts) → the selected event and opened clusters lifted out
 * (engine/lift.ts) → item specs (itemSpecs.ts) and the items that show the selection.
 */
import { utcOffset, type ZoneOffsetFn } from '../dataset/dates';
import type { LanePage, Placed, PlacedCluster, WindowContent } from '../engine/aggregate';
import { datedSpan } from '../engine/coreSpan';
import type { EventIndex } from '../engine/eventIndex';
import type { Grouping, Lane } from '../engine/lanes';
import { liftOut } from '../engine/lift';
import { isInseparable } from '../engine/visibility';
import { displayZone, type ZoneMode } from '../format/dates';
import type { AxisZone, TimelineLane, TimeRange } from '../timeline/types';
import { buildItemSpecs, clusterItemId, selectedItemIds, type ItemSpec } from './itemSpecs';

/** The lanes to draw: a page of them, and a last row for the events of all the others. */
export function drawnLanes(page: LanePage | null, allLanes: readonly Lane[]): TimelineLane[] {
  if (!page?.others) return [...allLanes];
  return [
    ...page.lanes,
    { ordinal: page.others.ordinal, label: `${page.others.count.toLocaleString('en-US')} other lanes` },
  ];
}

/** The axis follows UTC or the viewer's zone; "where it happened" uses UTC, the one neutral choice. */
export function axisZoneFor(zone: ZoneMode): AxisZone {
  return zone === 'local' ? 'local' : 'UTC';
}

const localOffset: ZoneOffsetFn = (ms) => -new Date(ms).getTimezoneOffset();

/** The content with the selected event drawn as itself and the opened clusters drawn as their events. */
export function liftedContent(
  index: EventIndex,
  content: WindowContent,
  grouping: Grouping,
  selected: number | null,
  opened: ReadonlySet<string>,
): readonly Placed[] {
  return liftOut(content.placed, {
    index,
    grouping,
    selected,
    opened,
    fedFrom: content.fedFrom,
    fedTo: content.fedTo,
  });
}

/** The offset of the axis's zone at an instant. */
export function axisOffsetFor(zone: ZoneMode): ZoneOffsetFn {
  return axisZoneFor(zone) === 'UTC' ? utcOffset : localOffset;
}

/** The item specs for the placed events and clusters, in the zone chosen for clock times. */
export function itemsOf(index: EventIndex, placed: readonly Placed[], zone: ZoneMode): ItemSpec[] {
  return buildItemSpecs(placed, {
    index,
    displayZoneFor: (eventZone) => displayZone(zone, eventZone),
    axisOffset: axisOffsetFor(zone),
  });
}

export { selectedItemIds };

/**
 * The key of the cluster an activated item is, when zooming cannot split it (events of one day):
 * such a cluster opens where it is. Null for any other item, which zooms in instead.
 */
export function inseparableCluster(index: EventIndex, placed: readonly Placed[], itemId: string): string | null {
  const cluster = clusterOf(placed, itemId);
  return cluster && isInseparable(index, cluster.ordinals) ? cluster.key : null;
}

/** The cluster of `placed` drawn as the item `itemId`, if it is one. */
function clusterOf(placed: readonly Placed[], itemId: string): PlacedCluster | undefined {
  return placed.find((p): p is PlacedCluster => p.kind === 'cluster' && clusterItemId(p.key) === itemId);
}

const YEAR = 365.25 * 86_400_000;

/**
 * How far out the reader may zoom: two centuries, or twice the whole dataset for a longer history
 * (3500 BC to today), so that "Fit all" always fits.
 */
export function zoomOutLimit(span: { start: number; end: number } | null): number {
  return Math.max(200 * YEAR, span ? 2 * (span.end - span.start) : 0);
}

/**
 * The window a click on a cluster zooms to: the extent of the cluster's events dated to the day
 * (engine/coreSpan.ts `datedSpan`: a band of a whole year among them does not stretch it), on the
 * axis zone's calendar, with a little air. Not the bin the cluster is drawn over: at a wide zoom
 * that is a whole year. Null for an item that is no cluster of `placed`.
 */
export function clusterZoomTarget(
  index: EventIndex,
  placed: readonly Placed[],
  itemId: string,
  zone: ZoneMode,
): TimeRange | null {
  const cluster = clusterOf(placed, itemId);
  const core = cluster ? datedSpan(index, cluster.ordinals) : null;
  if (!core) return null;
  const offset = axisOffsetFor(zone);
  const onAxis = (key: number) => key - offset(key) * 60_000;
  return clusterZoom({ start: onAxis(core.start), end: onAxis(core.end) });
}

/** A stretch with a tenth of it (at least half an hour) on either side. */
export function clusterZoom(cluster: { start: number; end: number }): { start: number; end: number } {
  const pad = Math.max((cluster.end - cluster.start) * 0.1, 30 * 60_000);
  return { start: cluster.start - pad, end: cluster.end + pad };
}
