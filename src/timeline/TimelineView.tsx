/**
 * The React shell around TimelineController: creates it once (layout effect), destroys it on
 * unmount, and hands it each prop as it changes, one effect per prop. Everything else (the sync,
 * echo suppression, the first-paint signal) is the controller's.
 */
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { TimelineController, type TimelineHandlers } from './TimelineController';
import type { AxisZone, EraBand, ItemSpec, TimelineLane, TimeRange, YearLabel } from './types';
import { RANGE_ITEM_HEIGHT } from './visPatches';

export { applyVisPatches } from './visPatches';
export type { AxisZone, EraBand, ItemSpec, TimelineLane, TimeRange, YearLabel } from './types';

export interface TimelineViewProps extends TimelineHandlers {
  lanes: readonly TimelineLane[];
  /** null: not known yet (the lanes and axis are drawn first; see DrawInSteps). */
  items: readonly ItemSpec[] | null;
  selectedItemIds: readonly string[];
  /** The window to show. */
  window: TimeRange | null;
  /** Glide to a new window (briefly, unless the reader prefers reduced motion) rather than jump. */
  glide?: boolean;
  axisZone: AxisZone;
  /** Labelled bands behind every lane: the dataset's eras. */
  bands: readonly EraBand[];
  /** The widest span the reader may zoom out to. */
  maxSpan: number;
  /** How the axis writes years (read once, when the timeline is made). */
  yearLabel: YearLabel;
  /** The most height the timeline may take, its lanes scrolling inside beyond it (null: no bound). */
  maxHeight?: number | null;
}

const CANVAS_STYLE = { '--sl-range-item-height': `${RANGE_ITEM_HEIGHT}px` } as CSSProperties;

export function TimelineView(props: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<TimelineController | null>(null);
  // Creation-only values are read once; the handlers change every render and are handed over below.
  const created = useRef(props);

  useLayoutEffect(() => {
    const { window, axisZone, yearLabel, maxSpan } = created.current;
    const setup = { initial: window, axisZone, yearLabel, maxSpan };
    const made = new TimelineController(containerRef.current!, setup, created.current);
    setController(made);
    return () => made.destroy();
  }, []);

  const { lanes, items, selectedItemIds, window, glide, axisZone, bands, maxSpan, maxHeight = null } = props;
  const { onRangeChange, onItemActivate, onFirstPaint } = props;
  useLayoutEffect(() => {
    controller?.setHandlers({ onRangeChange, onItemActivate, onFirstPaint });
  });
  useEffect(() => controller?.setLanes(lanes), [controller, lanes]);
  // Items and selection go in before the browser paints React's commit, so that the timeline
  // changes in the same frame as the rest of the page (the controller feeds large changes in steps).
  useLayoutEffect(() => controller?.setItems(items), [controller, items]);
  useLayoutEffect(() => controller?.setSelection(selectedItemIds), [controller, selectedItemIds]);
  useEffect(() => controller?.setAxisZone(axisZone), [controller, axisZone]);
  useEffect(() => controller?.setBands(bands), [controller, bands]);
  useEffect(() => controller?.setMaxSpan(maxSpan), [controller, maxSpan]);
  useEffect(() => controller?.setMaxHeight(maxHeight), [controller, maxHeight]);
  useEffect(() => {
    if (window) controller?.setWindow(window, { glide });
  }, [controller, window, glide]);
  // A newly selected event's lane is scrolled into view once the timeline has drawn it there.
  const selectionKey = selectedItemIds.join(' ');
  useEffect(() => {
    if (controller && selectionKey) return controller.scrollSelectionIntoView();
  }, [controller, selectionKey]);

  return <div ref={containerRef} className="sl-timeline-canvas" style={CANVAS_STYLE} />;
}
