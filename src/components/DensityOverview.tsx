/**
 * The density overview: how many matched events fall in each slice of the whole dataset's time
 * span, with the timeline's current window marked. Click or drag to move the timeline there; with
 * the keyboard it is a slider (arrows move the window, Page keys move it further).
 */
import { useDeferredValue, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { histogram } from '../engine/density';
import { useFilterResult } from '../store/selectors';
import { useLiveWindow } from '../store/liveWindow';
import { useAppStore } from '../store/store';
import { currentWindow, defaultWindowOf, fitWindowOf } from '../store/viewActions';
import { useElementWidth } from './useElementWidth';

const HEIGHT = 44;
const BAR_PX = 4;

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function formatDay(ms: number): string {
  return DAY_FORMAT.format(ms);
}

export function DensityOverview() {
  const index = useAppStore((s) => s.index);
  // While the timeline is dragged or zoomed, its live window (the store follows when it settles).
  const liveWindow = useLiveWindow((s) => s.window);
  const storeWindow = useAppStore((s) => s.window);
  const window = liveWindow ?? storeWindow;
  const setWindow = useAppStore((s) => s.setWindow);
  const result = useDeferredValue(useFilterResult());
  const [measure, width] = useElementWidth<HTMLDivElement>();
  const dragging = useRef<{ offset: number } | null>(null);
  const range = useMemo(() => fitWindowOf(index?.span ?? null), [index]);
  const bins = Math.max(10, Math.floor(width / BAR_PX));
  const counts = useMemo(
    () => (index && result && range ? histogram(index, result.matched, range.start, range.end, bins) : null),
    [index, result, range, bins],
  );
  // The same elements on every render while only the window moves: React skips them.
  const bars = useMemo(() => {
    if (!counts) return null;
    const height = (count: number) => Math.max(2, (count / Math.max(counts.max, 1)) * (HEIGHT - 4));
    return Array.from(counts.counts, (count, i) =>
      count === 0 ? null : (
        <rect
          key={i}
          className="sl-overview__bar"
          x={(i * width) / bins}
          width={Math.max(width / bins - 1, 1)}
          y={HEIGHT - height(count)}
          height={height(count)}
        />
      ),
    );
  }, [counts, width, bins]);
  if (!index || !range || !counts) return <div ref={measure} className="sl-overview" />;

  const view = window ?? defaultWindowOf(index) ?? range;
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

  const windowText = `${formatDay(view.start)} to ${formatDay(view.end)}`;
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
        <title>{`Events over time (highest bar: ${counts.max.toLocaleString('en-US')}). Showing ${windowText}.`}</title>
        {bars}
        <rect
          className="sl-overview__window"
          x={Math.max(0, toX(view.start))}
          width={Math.max(3, Math.min(width, toX(view.end)) - Math.max(0, toX(view.start)))}
          y={0.5}
          height={HEIGHT - 1}
        />
      </svg>
    </div>
  );
}
