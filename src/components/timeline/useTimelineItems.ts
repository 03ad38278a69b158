/**
 * What the timeline draws for the current view: a page of lanes, the events near the window
 * (clusters where a lane is dense) as item specs, and which items show the selected event.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { utcOffset, type ZoneOffsetFn } from '../../dataset/dates';
import { createWindowContentCache, lanePage } from '../../engine/aggregate';
import { eraBands } from '../../engine/eraBands';
import { displayZone } from '../../format/dates';
import { useFilterResult, useVisibleLanes } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { buildItemSpecs, selectedItemIds } from '../../timeline/itemSpecs';
import type { AxisZone } from '../../timeline/TimelineView';
import { useLiftedContent, useOpeningWindow } from './useTimelineReading';

const localOffset: ZoneOffsetFn = (ms) => -new Date(ms).getTimezoneOffset();

/** `withItems` false: the lanes and the window only (see TimelinePanel: the items follow a task later). */
export function useTimelineItems(width: number, firstLane: number, withItems = true) {
  const index = useAppStore((s) => s.index);
  const grouping = useAppStore((s) => s.grouping);
  const zone = useAppStore((s) => s.zone);
  const window = useAppStore((s) => s.window);
  const selectedId = useAppStore((s) => s.selectedId);
  // The timeline is the costly view: it follows a filter change in a render of its own, after the
  // count and the list have been painted, so typing and ticking stay responsive at any size.
  const result = useDeferredValue(useFilterResult());
  // While a filter is on, lanes without a match are not drawn.
  const allLanes = useVisibleLanes(result);
  const page = useMemo(
    () => (index ? lanePage(index, grouping, allLanes, firstLane) : null),
    [index, grouping, allLanes, firstLane],
  );
  const lanes = useMemo(
    () =>
      page?.others
        ? [
            ...page.lanes,
            { ordinal: page.others.ordinal, label: `${page.others.count.toLocaleString('en-US')} other lanes` },
          ]
        : allLanes,
    [page, allLanes],
  );

  const fitRange = useOpeningWindow(width);
  const view = window ?? fitRange;
  const [contentFor] = useState(createWindowContentCache);
  const matched = result?.matched ?? null;
  const content = useMemo(
    () =>
      index && matched && view && width > 0 && withItems
        ? contentFor(index, matched, grouping, { from: view.start, to: view.end, widthPx: width }, page?.laneMap)
        : null,
    [contentFor, index, matched, grouping, view, width, page, withItems],
  );

  // The axis can follow UTC or the viewer's zone; "where it happened" uses UTC, the one neutral choice.
  const axisZone: AxisZone = zone === 'local' ? 'local' : 'UTC';
  const { placed, openCluster } = useLiftedContent(content);
  const specs = useMemo(() => {
    if (!index) return [];
    return buildItemSpecs(placed, {
      index,
      displayZoneFor: (eventZone) => displayZone(zone, eventZone),
      axisOffset: axisZone === 'UTC' ? utcOffset : localOffset,
    });
  }, [index, placed, zone, axisZone]);
  const eras = useMemo(
    () => eraBands(index?.meta.eras, axisZone === 'UTC' ? utcOffset : localOffset),
    [index, axisZone],
  );
  const selected = useMemo(
    () => (index ? selectedItemIds(specs, placed, index, selectedId) : []),
    [specs, placed, index, selectedId],
  );
  return {
    index,
    window,
    fitRange,
    axisZone,
    page,
    lanes,
    content,
    specs,
    eras,
    selected,
    shownCount: result?.count,
    openCluster,
  };
}
