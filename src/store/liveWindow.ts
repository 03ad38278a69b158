/**
 * The timeline's window while the reader drags or zooms it, before it settles. The store's window
 * follows only when it settles (so that the app does not re-render on every frame of a drag); the
 * density overview follows this one meanwhile. Null when nothing is moving.
 */
import { create } from 'zustand';
import type { TimeWindow } from './urlState';

export const useLiveWindow = create<{ window: TimeWindow | null }>(() => ({ window: null }));

export function setLiveWindow(window: TimeWindow | null): void {
  if (useLiveWindow.getState().window !== window) useLiveWindow.setState({ window });
}
