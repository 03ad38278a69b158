/**
 * What the timeline shows right now, published by the timeline panel for the commands and panels
 * that need it (zoom, the arrow keys, the density overview, "N matches outside the view"), and how
 * much of its right edge the event details' drawer covers (published by the layout), so that a
 * selected event is brought into the part left in sight. It is a read-out, never an input: the
 * timeline follows the app store's `window` (the reader's or the app's choice, or null for the
 * opening window), and nothing here flows back into it.
 *
 * Kept apart from the app store so that a frame of a drag re-renders only what reads the live
 * window, and so that the address bar, which follows the app store, never holds a measurement.
 */
import { create } from 'zustand';
import type { TimeSpan } from '../engine/timeSpan';
import { useAppStore } from './store';

export interface Viewport {
  /** The timeline's width on screen in px (0 before it is drawn): what its zoom levels depend on. */
  widthPx: number;
  /** The window the timeline shows once still: the app store's, or the opening window it framed. */
  shown: TimeSpan | null;
  /** While the reader drags or zooms, the window of the latest frame; null when nothing moves. */
  live: TimeSpan | null;
  /**
   * The share of the time axis, from its right end, that the details cover while open (a drawer on
   * a wide screen; 0 where they open as a sheet or overlay, which cover everything until closed).
   */
  coveredShare: number;
}

export const INITIAL_VIEWPORT: Viewport = { widthPx: 0, shown: null, live: null, coveredShare: 0 };

export const useViewport = create<Viewport>(() => INITIAL_VIEWPORT);

export function setViewportWidth(widthPx: number): void {
  if (useViewport.getState().widthPx !== widthPx) useViewport.setState({ widthPx });
}

export function setShownWindow(shown: TimeSpan | null): void {
  if (useViewport.getState().shown !== shown) useViewport.setState({ shown });
}

export function setCoveredShare(coveredShare: number): void {
  if (useViewport.getState().coveredShare !== coveredShare) useViewport.setState({ coveredShare });
}

export function setLiveWindow(live: TimeSpan | null): void {
  if (useViewport.getState().live !== live) useViewport.setState({ live });
}

/** The window on screen this moment: the live one during a move, else the settled one. */
export function windowOnScreen(): TimeSpan | null {
  const { live, shown } = useViewport.getState();
  return live ?? shown;
}

/**
 * The window on screen, for a panel: the settled one, or with `everyFrame` the live one during a
 * move; before the timeline has drawn, the window the store names.
 */
export function useWindowOnScreen(everyFrame = false): TimeSpan | null {
  const stored = useAppStore((s) => s.window);
  return useViewport((s) => (everyFrame ? (s.live ?? s.shown) : s.shown)) ?? stored;
}
