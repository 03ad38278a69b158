/**
 * Moving the view: zoom, fit, and bringing an event into sight. They start from what the timeline
 * shows (store/viewport.ts) and set the store's window, which the timeline follows.
 */
import { coreSpan } from '../engine/coreSpan';
import type { EventIndex } from '../engine/eventIndex';
import { fitSpan, frameSpan, padSpan } from '../engine/initialWindow';
import { memoLast } from './memo';
import { revealWindowBeside } from '../engine/reveal';
import { selectMatchedOrdinals, selectTimelineShape } from './selectors';
import { useAppStore } from './store';
import type { TimeSpan } from '../engine/timeSpan';
import { useViewport, windowOnScreen } from './viewport';

const MIN_SPAN = 10 * 60_000;

/** The whole dataset with a little air on both sides. */
export function fitWindowOf(span: TimeSpan | null): TimeSpan | null {
  return span ? padSpan(span) : null;
}

/** The window on screen: what the timeline shows, or before it is drawn, the one the store names. */
export function currentWindow(): TimeSpan | null {
  return windowOnScreen() ?? useAppStore.getState().window;
}

export function zoomBy(factor: number): void {
  const view = currentWindow();
  if (!view) return;
  const center = (view.start + view.end) / 2;
  const half = Math.max(((view.end - view.start) * factor) / 2, MIN_SPAN / 2);
  useAppStore.getState().setWindow({ start: center - half, end: center + half }, 'glide');
}

/**
 * The window "Fit all" shows on a timeline `widthPx` wide: the story's core (engine/coreSpan.ts),
 * every event counted whatever the filters, framed so that the boxes at its ends show whole; the
 * few events far from the rest are left to the edge markers.
 */
const storyCore = memoLast((index: EventIndex) => coreSpan(index, allOrdinals(index)));

export function storyWindow(index: EventIndex, widthPx: number): TimeSpan | null {
  const core = storyCore(index);
  return core && frameSpan(core, widthPx);
}

export function fitAll(): void {
  const { index, setWindow } = useAppStore.getState();
  setWindow(index ? storyWindow(index, useViewport.getState().widthPx) : null, 'glide');
}

/** Shows the core of some events (those an edge marker names), as "Fit all" shows the story's. */
export function fitEvents(ordinals: ArrayLike<number>): void {
  const { index, setWindow } = useAppStore.getState();
  const core = index ? coreSpan(index, ordinals) : null;
  if (core) setWindow(frameSpan(core, useViewport.getState().widthPx), 'glide');
}

function allOrdinals(index: EventIndex): Uint32Array {
  const ordinals = new Uint32Array(index.count);
  for (let i = 0; i < index.count; i++) ordinals[i] = i;
  return ordinals;
}

/** Fits the window to the events the filters let through. */
export function fitMatches(): void {
  const state = useAppStore.getState();
  const matched = selectMatchedOrdinals(state);
  const window = state.index && matched ? fitSpan(state.index, matched) : null;
  if (window) state.setWindow(window, 'glide');
}

/**
 * Selects an event and brings it into view as an item of its own (see engine/reveal.ts), in the
 * part of the timeline that the details' drawer leaves in sight: the window pans, and zooms in as
 * far as it takes to lift the event out of its cluster, in the same step as the selection. Nothing
 * moves when the event is in sight already.
 */
export function showEvent(id: string | null): void {
  const state = useAppStore.getState();
  const ordinal = id === null ? undefined : state.index?.eventOrdinal.get(id);
  const view = currentWindow();
  const target = ordinal !== undefined && view ? revealBeside(view, ordinal) : null;
  state.select(id, target);
}

/**
 * The window that shows the selected event beside the drawer, when `window` would leave it under it
 * (or folded into a cluster); `window` itself otherwise. For the window a deep link opens on.
 */
export function withSelectionInSight(window: TimeSpan, widthPx: number): TimeSpan {
  const state = useAppStore.getState();
  const ordinal = state.selectedId === null ? undefined : state.index?.eventOrdinal.get(state.selectedId);
  return (ordinal !== undefined && revealBeside(window, ordinal, widthPx)) || window;
}

function revealBeside(view: TimeSpan, ordinal: number, widthPx = useViewport.getState().widthPx): TimeSpan | null {
  const shape = selectTimelineShape(useAppStore.getState(), widthPx);
  return shape && revealWindowBeside(shape, view, ordinal, useViewport.getState().coveredShare);
}
