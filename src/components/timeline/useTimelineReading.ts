/**
 * What the timeline panel adds to the window's content so that it reads well: the window it opens
 * on, the lanes worth showing, the selected event lifted out of its cluster, and clusters that no
 * zoom can split opened on click.
 */
import { useLayoutEffect, useMemo, useState } from 'react';
import type { WindowContent } from '../../engine/aggregate';
import { liftOut } from '../../engine/lift';
import { isInseparable } from '../../engine/visibility';
import { selectOpeningWindow, selectSelectedOrdinal } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import type { TimeWindow } from '../../store/urlState';
import { clusterItemId, type ItemSpec } from '../../timeline/itemSpecs';

/**
 * The window the timeline opens on at this width, and once it has a width, that window written into
 * the store: from then on it is the reader's, and a resize or an opened panel does not move it.
 */
export function useOpeningWindow(widthPx: number): TimeWindow | null {
  // Once the store has a window the opening one is never shown; not computing it then keeps a filter
  // click or a keystroke from re-running the rule over every match before the count can paint.
  const opening = useAppStore((s) => (s.window === null ? selectOpeningWindow(s, widthPx) : null));
  const window = useAppStore((s) => s.window);
  useLayoutEffect(() => {
    const store = useAppStore.getState();
    if (widthPx > 0) store.setTimelineWidth(widthPx);
    if (window === null && opening && widthPx > 0) store.setWindow(opening);
  }, [widthPx, window, opening]);
  return opening;
}

/**
 * The content with the selected event drawn as itself and opened clusters drawn as their events;
 * `openCluster` opens a cluster that zooming cannot split and returns false for the others.
 */
export function useLiftedContent(content: WindowContent | null) {
  const index = useAppStore((s) => s.index);
  const grouping = useAppStore((s) => s.grouping);
  const selected = useAppStore(selectSelectedOrdinal);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const placed = useMemo(
    () =>
      index && content
        ? liftOut(content.placed, {
            index,
            grouping,
            selected,
            opened,
            fedFrom: content.fedFrom,
            fedTo: content.fedTo,
          })
        : [],
    [index, content, grouping, selected, opened],
  );
  const openCluster = (spec: ItemSpec): boolean => {
    const cluster = placed.find((p) => p.kind === 'cluster' && clusterItemId(p.key) === spec.id);
    if (!index || cluster?.kind !== 'cluster' || !isInseparable(index, cluster.ordinals)) return false;
    setOpened(new Set([...opened, cluster.key]));
    return true;
  };
  return { placed, openCluster };
}
