/**
 * The timeline region: computes what the visible window needs (events near it, clusters where a
 * lane is dense) and hands it to the vis-timeline wrapper; adds the keyboard support vis-timeline
 * lacks.
 */
import {
  useCallback,
  useDeferredValue,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { utcOffset, type ZoneOffsetFn } from '../dataset/dates';
import { coversWindow, createWindowContentCache } from '../engine/aggregate';
import { displayZone } from '../format/dates';
import { stepSelection } from '../store/navigation';
import { useFilterResult, useVisibleLanes } from '../store/selectors';
import { useAppStore } from '../store/store';
import { fitAll, showEvent, zoomBy } from '../store/viewActions';
import { buildItemSpecs, selectedItemIds as selectedItemIdsOf, type ItemSpec } from '../timeline/itemSpecs';
import { TimelineView, type AxisZone, type TimeRange } from '../timeline/TimelineView';
import { useElementWidth } from './useElementWidth';
import { focusEventDetails, TIMELINE_ID } from './focus';
import { useLiftedContent, useOpeningWindow } from './useTimelineReading';

const localOffset: ZoneOffsetFn = (ms) => -new Date(ms).getTimezoneOffset();

export function TimelinePanel() {
  const index = useAppStore((s) => s.index);
  const grouping = useAppStore((s) => s.grouping);
  const zone = useAppStore((s) => s.zone);
  const window = useAppStore((s) => s.window);
  const windowGlides = useAppStore((s) => s.windowGlides);
  const selectedId = useAppStore((s) => s.selectedId);
  const setWindow = useAppStore((s) => s.setWindow);
  // The timeline is the costly view: it follows a filter change in a render of its own, after the
  // count and the list have been painted, so typing and ticking stay responsive at any size.
  const result = useDeferredValue(useFilterResult());
  const lanes = useVisibleLanes(result);
  const hintId = useId();
  const [canvas, width] = useElementWidth<HTMLDivElement>();

  const fitRange = useOpeningWindow(width);
  const view = window ?? fitRange;
  const [contentFor] = useState(createWindowContentCache);
  const matched = result?.matched ?? null;
  const content = useMemo(
    () =>
      index && matched && view && width > 0
        ? contentFor(index, matched, grouping, { from: view.start, to: view.end, widthPx: width })
        : null,
    [contentFor, index, matched, grouping, view, width],
  );

  // The axis can follow UTC or the viewer's zone; "where it happened" uses UTC, the one neutral choice.
  const axisZone: AxisZone = zone === 'local' ? 'local' : 'UTC';
  const { placed, activateCluster } = useLiftedContent(content);
  const specs = useMemo(() => {
    if (!index) return [];
    return buildItemSpecs(placed, {
      index,
      displayZoneFor: (eventZone) => displayZone(zone, eventZone),
      axisOffset: axisZone === 'UTC' ? utcOffset : localOffset,
    });
  }, [index, placed, zone, axisZone]);

  const selectedItemIds = useMemo(
    () => (index ? selectedItemIdsOf(specs, placed, index, selectedId) : []),
    [specs, placed, index, selectedId],
  );

  // While the reader drags or zooms, the items already given cover some way around the window:
  // the store (and with it this panel) follows only when the window leaves them, and when it settles.
  const shown = useRef({ content, width });
  useLayoutEffect(() => {
    shown.current = { content, width };
  });
  const onWindowChange = useCallback(
    (range: TimeRange, final: boolean) => {
      const { content, width } = shown.current;
      if (final || !content || !coversWindow(content, { from: range.start, to: range.end, widthPx: width }))
        setWindow(range);
    },
    [setWindow],
  );
  const onItemActivate = (spec: ItemSpec) => {
    // A cluster that zooming cannot split (events of one day) opens where it is; others zoom in.
    if (spec.cluster && !activateCluster(spec)) {
      const pad = Math.max((spec.cluster.end - spec.cluster.start) * 0.1, 30 * 60_000);
      setWindow({ start: spec.cluster.start - pad, end: spec.cluster.end + pad }, 'glide');
    } else if (spec.eventId) {
      showEvent(spec.eventId);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = handleTimelineKey(event.key, selectedId !== null);
    if (handled) event.preventDefault();
  };

  return (
    <section
      id={TIMELINE_ID}
      className="sl-timeline"
      role="region"
      aria-label="Timeline"
      aria-describedby={hintId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-shown-count={result?.count}
    >
      <p id={hintId} className="sl-visually-hidden">
        Arrow keys move to the previous or next event in time; Enter opens it; Escape closes the details; plus and minus
        zoom; 0 fits everything. The events list after the timeline holds the same events.
      </p>
      <div ref={canvas} className="sl-timeline__frame">
        {index && width > 0 && (
          <TimelineView
            lanes={lanes}
            items={specs}
            selectedItemIds={selectedItemIds}
            window={window}
            fitRange={fitRange}
            glide={windowGlides}
            axisZone={axisZone}
            onWindowChange={onWindowChange}
            onItemActivate={onItemActivate}
            onFirstPaint={markFirstPaint}
          />
        )}
      </div>
    </section>
  );
}

/** Marks the first painted timeline for the benchmark (`performance.getEntriesByName`). */
function markFirstPaint() {
  requestAnimationFrame(() => performance.mark('sourceline:timeline-painted'));
}

function handleTimelineKey(key: string, hasSelection: boolean): boolean {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      stepSelection('next');
      return true;
    case 'ArrowLeft':
    case 'ArrowUp':
      stepSelection('previous');
      return true;
    case 'Home':
      stepSelection('first');
      return true;
    case 'End':
      stepSelection('last');
      return true;
    case 'Enter':
      if (hasSelection) focusEventDetails();
      return hasSelection;
    case 'Escape':
      useAppStore.getState().select(null);
      return hasSelection;
    case '+':
    case '=':
      zoomBy(0.5);
      return true;
    case '-':
    case '_':
      zoomBy(2);
      return true;
    case '0':
      fitAll();
      return true;
    default:
      return false;
  }
}
