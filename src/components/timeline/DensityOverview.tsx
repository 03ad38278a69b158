/**
 * The density overview: how many events fall in each slice of the whole dataset's time span, with
 * the timeline's current window marked. While a filter is on, the matching events are drawn over
 * all events in a stronger colour. Click or drag to move the timeline there; with the keyboard it
 * is a slider (arrows move the window, Page keys move it further).
 */
import { memo, useDeferredValue, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { fullBitset } from '../../engine/bitset';
import { histogram, type Histogram } from '../../engine/density';
import { isFiltering } from '../../engine/filter';
import { useFilterResult } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { currentWindow, fitWindowOf } from '../../store/viewActions';
import { useWindowOnScreen } from '../../store/viewport';
import { useElementWidth } from '../common/useElementWidth';

const HEIGHT = 40;
const BAR_PX = 4;
/** A slice with a single event still shows a bar this tall. */
const MIN_BAR = 3;
/** The window marker is never thinner than this, however small a part of the span it shows. */
const MIN_MARKER = 8;

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export function DensityOverview() {
  const index = useAppStore((s) => s.index);
  // What the timeline shows, frame by frame while it is dragged or zoomed.
  const window = useWindowOnScreen(true);
  const filtering = useAppStore((s) => isFiltering(s.filters));
  const setWindow = useAppStore((s) => s.setWindow);
  const result = useDeferredValue(useFilterResult());
  const [measure, width] = useElementWidth<HTMLDivElement>();
  const dragging = useRef<{ offset: number } | null>(null);
  const range = useMemo(() => fitWindowOf(index?.span ?? null), [index]);
  const bins = Math.max(10, Math.floor(width / BAR_PX));
  const all = useMemo(
    () => (index && range ? histogram(index, fullBitset(index.count), range.start, range.end, bins) : null),
    [index, range, bins],
  );
  const matches = useMemo(
    () =>
      index && result && range && filtering ? histogram(index, result.matched, range.start, range.end, bins) : null,
    [index, result, range, bins, filtering],
  );
  if (!index || !range || !all) return <div ref={measure} className="sl-overview" />;

  // Until the timeline has framed the dataset (before its first paint), mark the whole span.
  const view = window ?? range;
  const total = range.end - range.start;
  const toX = (ms: number) => ((ms - range.start) / total) * width;
  const toMs = (x: number) => range.start + (x / Math.max(width, 1)) * total;
  const span = view.end - view.start;
  const moveCenterTo = (center: number) => setWindow({ start: center - span / 2, end: center + span / 2 });

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    const insideWindow = x >= toX(view.start) && x <= toX(view.end);
    dragging.current = { offset: insideWindow ? toMs(x) - (view.start + span / 2) : 0 };
    event.currentTarget.setPointerCapture(event.pointerId);
    if (!insideWindow) moveCenterTo(toMs(x));
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!dragging.current) return;
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    moveCenterTo(toMs(x) - dragging.current.offset);
  };
  const onPointerUp = () => {
    dragging.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const current = currentWindow() ?? view;
    const step = { ArrowLeft: -0.25, ArrowRight: 0.25, PageUp: -1, PageDown: 1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      moveCenterTo((current.start + current.end) / 2 + step * (current.end - current.start));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveCenterTo(event.key === 'Home' ? range.start + span / 2 : range.end - span / 2);
    }
  };

  const windowText = `${DAY_FORMAT.format(view.start)} to ${DAY_FORMAT.format(view.end)}`;
  const markerX = Math.min(Math.max(0, toX(view.start)), width - MIN_MARKER);
  const markerWidth = Math.max(MIN_MARKER, Math.min(width, toX(view.end)) - markerX);
  const summary = matches
    ? `Matching events over all events (highest bar: ${all.max.toLocaleString('en-US')}).`
    : `Events over time (highest bar: ${all.max.toLocaleString('en-US')}).`;
  return (
    <div ref={measure} className="sl-overview">
      <svg
        width={width}
        height={HEIGHT}
        role="slider"
        tabIndex={0}
        aria-label="Density overview: where the timeline is looking"
        aria-valuemin={Math.round(range.start / 60_000)}
        aria-valuemax={Math.round(range.end / 60_000)}
        aria-valuenow={Math.round((view.start + span / 2) / 60_000)}
        aria-valuetext={`Showing ${windowText}`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
        data-testid="density-overview"
      >
        <title>{`${summary} Showing ${windowText}.`}</title>
        <Bars counts={all} scaleMax={all.max} width={width} className={matches ? 'sl-overview__bar--all' : ''} />
        {matches && <Bars counts={matches} scaleMax={all.max} width={width} className="sl-overview__bar--match" />}
        <rect className="sl-overview__window" x={markerX} width={markerWidth} y={1} height={HEIGHT - 2} rx={2} />
      </svg>
    </div>
  );
}

/**
 * One bar per slice that holds events. Heights follow the square root of the count, so that a
 * slice with one event stays visible beside one with thousands. Memoised: while only the window
 * moves (a drag, at every frame), React skips the bars.
 */
const Bars = memo(function Bars({
  counts,
  scaleMax,
  width,
  className,
}: {
  counts: Histogram;
  scaleMax: number;
  width: number;
  className: string;
}) {
  const barWidth = width / counts.counts.length;
  const heightOf = (count: number) => Math.max(MIN_BAR, Math.sqrt(count / Math.max(scaleMax, 1)) * (HEIGHT - 4));
  return (
    <g className={`sl-overview__bars ${className}`}>
      {Array.from(counts.counts, (count, i) =>
        count === 0 ? null : (
          <rect
            key={i}
            className="sl-overview__bar"
            x={i * barWidth}
            width={Math.max(barWidth - 1, 1)}
            y={HEIGHT - heightOf(count)}
            height={heightOf(count)}
          />
        ),
      )}
    </g>
  );
});
