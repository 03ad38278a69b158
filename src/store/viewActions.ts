/**
 * Moving the view: zoom, fit, and bringing an event into sight. These act on the store's window,
 * which the timeline follows.
 */
import type { EventIndex } from '../engine/eventIndex';
import { useAppStore } from './store';
import type { TimeWindow } from './urlState';

const MIN_SPAN = 10 * 60_000;

/** The whole dataset with a little air on both sides (index keys are close enough to axis time). */
export function fitWindowOf(span: { start: number; end: number } | null): TimeWindow | null {
  if (!span) return null;
  const width = Math.max(span.end - span.start, 24 * 3_600_000);
  const pad = width * 0.04;
  return { start: span.start - pad, end: span.end + pad };
}

/**
 * The view a dataset opens on: where most of its events are. A few background events years
 * earlier (the 2014 annexation in a 2022 crisis) would otherwise squeeze everything else into a
 * sliver; "Fit all" still shows them.
 */
export function defaultWindowOf(index: Pick<EventIndex, 'count' | 'startKey' | 'endKey'> | null): TimeWindow | null {
  if (!index || index.count === 0) return null;
  const first = Math.floor((index.count - 1) * 0.05);
  const last = Math.ceil((index.count - 1) * 0.95);
  return fitWindowOf({ start: index.startKey[first]!, end: Math.max(index.endKey[last]!, index.startKey[last]!) });
}

export function currentWindow(): TimeWindow | null {
  const { window, index } = useAppStore.getState();
  return window ?? defaultWindowOf(index);
}

export function zoomBy(factor: number): void {
  const view = currentWindow();
  if (!view) return;
  const center = (view.start + view.end) / 2;
  const half = Math.max(((view.end - view.start) * factor) / 2, MIN_SPAN / 2);
  useAppStore.getState().setWindow({ start: center - half, end: center + half });
}

export function fitAll(): void {
  const { index, setWindow } = useAppStore.getState();
  setWindow(fitWindowOf(index?.span ?? null));
}

/** Pans (keeping the zoom) so that [start, end) is in view, if it is not already. */
export function reveal(start: number, end: number): void {
  const view = currentWindow();
  if (!view) return;
  const width = view.end - view.start;
  const inside = start >= view.start + width * 0.02 && start <= view.end - width * 0.05;
  if (inside) return;
  const center = end - start < width * 0.8 ? (start + end) / 2 : start + width * 0.4;
  useAppStore.getState().setWindow({ start: center - width / 2, end: center + width / 2 });
}

export function revealOrdinal(ordinal: number): void {
  const { index } = useAppStore.getState();
  if (!index) return;
  reveal(index.startKey[ordinal]!, index.endKey[ordinal]!);
}
