/**
 * Links to what a reader sees: the current view (to share), the same view for an iframe (to embed)
 * and one event (to cite). Pure functions of the store's state and the page's address, so that a
 * link made in an embedded view opens the same view in full, and one made under a sub-path
 * (https://example.org/timelines/crisis/) stays under it.
 */
import type { TimeSpan } from '../engine/timeSpan';
import type { AppState } from './store';
import { DEFAULT_URL_STATE, encodeUrlState, urlStateOf, type ViewState } from './urlState';

/** The page's address without query or fragment, e.g. "https://example.org/timelines/crisis/". */
export function pageBase(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

function withQuery(base: string, query: string): string {
  return query ? `${base}?${query}` : base;
}

/**
 * A dataset opened from a file on the reader's computer cannot be linked to: a link would open the
 * bundled dataset instead, which is worse than no link.
 */
export function canLink(state: Pick<AppState, 'origin'>): boolean {
  return state.origin.kind !== 'file';
}

/**
 * The view as the reader sees it: while the store names no window (the one the dataset opens on,
 * which depends on the width of the screen), the window `shown` on this screen, so that a link
 * opens on what its author saw.
 */
export function seenView<S extends ViewState>(state: S, shown: TimeSpan | null): S {
  return state.window === null && shown ? { ...state, window: shown } : state;
}

/**
 * The current view (filters, open event, lanes, window, zone), in the full layout or the embedded
 * one; the full layout always has its controls.
 */
export function viewLink(state: ViewState, base: string, embed = false): string | null {
  if (!canLink(state)) return null;
  const url = urlStateOf(state);
  return withQuery(base, encodeUrlState({ ...url, embed, controls: embed ? url.controls : true }));
}

/** One event of the dataset shown, with no filters: what a citation points to. */
export function eventLink(state: Pick<AppState, 'origin'>, base: string, eventId: string): string | null {
  if (!canLink(state)) return null;
  const data = state.origin.kind === 'url' ? state.origin.url : null;
  return withQuery(base, encodeUrlState({ ...DEFAULT_URL_STATE, data, event: eventId }));
}
