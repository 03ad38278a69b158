/**
 * What the timeline draws for the current view: a page of lanes, the events near the window
 * (clusters where a lane is dense) as item specs, and which items show the selected event. Each
 * step is a pure function of src/timelineModel/, memoised here on its own inputs.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { createWindowContentCache, lanePage } from '../../engine/aggregate';
import { selectSelectedOrdinal, useFilterResult, useVisibleLanes } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import type { ItemSpec } from '../../timelineModel/itemSpecs';
import {
  axisZoneFor,
  clusterZoomTarget,
  drawnLanes,
  inseparableCluster,
  itemsOf,
  liftedContent,
  selectedItemIds,
} from '../../timelineModel/timelineModel';
import { eraBands } from '../../timelineModel/eraBands';
import { axisOffsetFor } from '../../timelineModel/timelineModel';
import { useTimelineWindow } from './useTimelineWindow';

/** `withItems` false: the lanes and the window only (see TimelinePanel: the items follow a task later). */
export function useTimelineItems(width: number, firstLane: number, withItems = true) {
  const index = useAppStore((s) => s.index);
  const grouping = useAppStore((s) => s.grouping);
  const zone = useAppStore((s) => s.zone);
  const selectedId = useAppStore((s) => s.selectedId);
  const selected = useAppStore(selectSelectedOrdinal);
  // The timeline is the costly view: it follows a filter change in a render of its own, after the
  // count and the list have been painted, so typing and ticking stay responsive at any size.
  const result = useDeferredValue(useFilterResult());
  // While a filter is on, lanes without a match are not drawn.
  const allLanes = useVisibleLanes(result);
  const page = useMemo(
    () => (index ? lanePage(index, grouping, allLanes, firstLane) : null),
    [index, grouping, allLanes, firstLane],
  );
  const lanes = useMemo(() => drawnLanes(page, allLanes), [page, allLanes]);

  const window = useTimelineWindow(width);
  const [contentFor] = useState(createWindowContentCache);
  const matched = result?.matched ?? null;
  const content = useMemo(
    () =>
      index && matched && window && width > 0 && withItems
        ? contentFor(index, matched, grouping, { from: window.start, to: window.end, widthPx: width }, page?.laneMap)
        : null,
    [contentFor, index, matched, grouping, window, width, page, withItems],
  );

  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const placed = useMemo(
    () => (index && content ? liftedContent(index, content, grouping, selected, opened) : []),
    [index, content, grouping, selected, opened],
  );
  const specs = useMemo(() => (index ? itemsOf(index, placed, zone) : []), [index, placed, zone]);
  const selectedIds = useMemo(
    () => (index ? selectedItemIds(specs, placed, index, selectedId) : []),
    [specs, placed, index, selectedId],
  );
  const eras = useMemo(() => eraBands(index?.meta.eras, axisOffsetFor(zone)), [index, zone]);
  /** Opens a cluster that zooming cannot split; false for the others. */
  const openCluster = (spec: ItemSpec): boolean => {
    const key = index ? inseparableCluster(index, placed, spec.id) : null;
    if (key !== null) setOpened(new Set([...opened, key]));
    return key !== null;
  };
  /** Where activating a cluster zooms to. */
  const zoomTarget = (spec: ItemSpec) => (index ? clusterZoomTarget(index, placed, spec.id, zone) : null);
  return {
    index,
    window,
    axisZone: axisZoneFor(zone),
    page,
    lanes,
    content,
    specs,
    eras,
    selected: selectedIds,
    shownCount: result?.count,
    openCluster,
    zoomTarget,
  };
}
