/**
 * The timeline region: hands what the view needs (useTimelineItems) to the vis-timeline wrapper,
 * pages through lanes when there are too many to draw, and adds the keyboard support vis-timeline
 * lacks (timelineKeys).
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { coversWindow } from '../../engine/aggregate';
import { useLanes } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { showEvent } from '../../store/viewActions';
import { setLiveWindow, setShownWindow, setViewportWidth } from '../../store/viewport';
import type { ItemSpec } from '../../timelineModel/itemSpecs';
import { yearLabel } from '../../dataset/dates';
import { zoomOutLimit } from '../../timelineModel/timelineModel';
import type { TimeRange } from '../../timeline/types';
import { STEPS, useReachedStep } from '../page/DrawInSteps';
import { TIMELINE_ID } from '../common/focus';
import { EdgeMarkers } from './EdgeMarkers';
import { EmptyTimeline } from './EmptyTimeline';
import { LanePager } from './LanePager';
import { LazyTimelineView } from './LazyTimelineView';
import { handleTimelineKey } from './timelineKeys';
import { useElementWidth } from '../common/useElementWidth';
import { useTimelineBound } from './useTimelineBound';
import { useTimelineItems } from './useTimelineItems';

export function TimelinePanel() {
  const selectedId = useAppStore((s) => s.selectedId);
  const windowGlides = useAppStore((s) => s.windowGlides);
  const setWindow = useAppStore((s) => s.setWindow);
  const hintId = useId();
  const [canvas, measuredWidth] = useElementWidth<HTMLDivElement>();
  const [region, maxHeight] = useTimelineBound();
  // The timeline is drawn after the rest of the page, its lanes and axis first (see DrawInSteps);
  // until then it has no width, as before it is first measured.
  const width = useReachedStep(STEPS.timelineFrame) ? measuredWidth : 0;
  const withItems = useReachedStep(STEPS.timelineItems);
  // The first lane drawn; back to the first when the lanes change (another dataset or grouping).
  const allLanes = useLanes();
  const [paging, setPaging] = useState({ lanes: allLanes, first: 0 });
  const firstLane = paging.lanes === allLanes ? paging.first : 0;
  const showLanes = useCallback((first: number) => setPaging({ lanes: allLanes, first }), [allLanes]);
  const { index, window, axisZone, page, lanes, content, specs, eras, selected, shownCount, openCluster, zoomTarget } =
    useTimelineItems(width, firstLane, withItems);
  // What the timeline shows, for the commands and panels that read it (store/viewport.ts).
  useLayoutEffect(() => setViewportWidth(width), [width]);
  useLayoutEffect(() => setShownWindow(window), [window]);
  useEffect(
    () => () => {
      setShownWindow(null);
      setLiveWindow(null);
    },
    [],
  );

  // While the reader drags or zooms, the items already given cover some way around the window:
  // the store (and with it this panel) follows only when the window leaves them, and when it settles.
  const shown = useRef({ content, width });
  useLayoutEffect(() => {
    shown.current = { content, width };
  });
  const onRangeChange = useCallback(
    (range: TimeRange, final: boolean) => {
      const { content, width } = shown.current;
      setLiveWindow(final ? null : range);
      if (final || !content || !coversWindow(content, { from: range.start, to: range.end, widthPx: width }))
        setWindow(range);
    },
    [setWindow],
  );
  const onItemActivate = (spec: ItemSpec) => {
    // A cluster that zooming cannot split (events of one day) opens where it is; others zoom in.
    if (spec.cluster && !openCluster(spec)) {
      const target = zoomTarget(spec);
      if (target) setWindow(target, 'glide');
    } else if (spec.eventId) {
      showEvent(spec.eventId);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys on the lane pager's buttons are the buttons' own.
    if (event.altKey || event.ctrlKey || event.metaKey || (event.target as Element).closest('button')) return;
    if (handleTimelineKey(event.key, selectedId !== null)) event.preventDefault();
  };

  return (
    <section
      ref={region}
      id={TIMELINE_ID}
      className="sl-timeline"
      role="region"
      aria-label="Timeline"
      aria-describedby={hintId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-shown-count={shownCount}
      data-window-start={window ? new Date(window.start).toISOString() : undefined}
      data-window-end={window ? new Date(window.end).toISOString() : undefined}
    >
      <p id={hintId} className="sl-visually-hidden">
        Arrow keys move to the previous or next event in time; Enter opens it; Escape closes the details; plus and minus
        zoom; 0 fits everything. The events list after the timeline holds the same events.
      </p>
      {page && <LanePager page={page} onShow={showLanes} />}
      {withItems && <EdgeMarkers />}
      <div ref={canvas} className="sl-timeline__frame">
        {index && width > 0 && (
          <LazyTimelineView
            lanes={lanes}
            items={withItems ? specs : null}
            selectedItemIds={selected}
            window={window}
            glide={windowGlides}
            axisZone={axisZone}
            bands={eras}
            maxSpan={zoomOutLimit(index.span)}
            yearLabel={yearLabel}
            maxHeight={maxHeight}
            onRangeChange={onRangeChange}
            onItemActivate={onItemActivate}
            onFirstPaint={markFirstPaint}
          />
        )}
      </div>
      <EmptyTimeline />
    </section>
  );
}

/** Marks the first painted timeline for the benchmark (`performance.getEntriesByName`). */
function markFirstPaint() {
  requestAnimationFrame(() => performance.mark('sourceline:timeline-painted'));
}
