/**
 * Keeps the address bar and the store in step. Changes a reader makes (filters, selection, lanes,
 * zone, dataset) push a history entry, so Back undoes them; moving the window only replaces the
 * current entry, so a pan does not flood the history. Back/forward restore what the URL says.
 */
import { openBundled, openFromUrl } from './openDataset';
import { useAppStore, type AppState } from './store';
import { decodeUrlState, encodeUrlState, type UrlState } from './urlState';

/** The parts of the state that the address bar holds. */
export type ViewState = Pick<AppState, 'origin' | 'filters' | 'selectedId' | 'grouping' | 'window' | 'zone' | 'embed'>;

export function urlStateOf(state: ViewState): UrlState {
  return {
    data: state.origin.kind === 'url' ? state.origin.url : null,
    filters: state.filters,
    event: state.selectedId,
    grouping: state.grouping,
    window: state.window,
    zone: state.zone,
    embed: state.embed,
  };
}

/** Reads the URL into the store and opens the dataset it names. Call once at start-up. */
export function startFromUrl(): Promise<boolean> {
  const url = decodeUrlState(window.location.search);
  useAppStore.getState().applyUrlState(url);
  return url.data ? openFromUrl(url.data) : openBundled();
}

export function syncUrlWithStore(): () => void {
  let replaceTimer = 0;
  /** While back/forward is being restored, writes only replace: restoring is not a new step. */
  let restoring = false;
  const write = (state: AppState, previous: AppState) => {
    if (!state.index) return;
    const next = `?${encodeUrlState(urlStateOf(state))}`;
    if (next === window.location.search || (next === '?' && window.location.search === '')) return;
    const href = `${window.location.pathname}${next === '?' ? '' : next}${window.location.hash}`;
    const onlyWindowMoved =
      previous.index === state.index &&
      encodeUrlState({ ...urlStateOf(previous), window: null }) ===
        encodeUrlState({ ...urlStateOf(state), window: null });
    window.clearTimeout(replaceTimer);
    if (restoring || previous.index === null) {
      window.history.replaceState(null, '', href);
    } else if (onlyWindowMoved) {
      // While the reader pans, write at most a few times a second.
      replaceTimer = window.setTimeout(() => window.history.replaceState(null, '', href), 200);
    } else {
      window.history.pushState(null, '', href);
    }
  };
  const unsubscribe = useAppStore.subscribe(write);

  const onPopState = () => {
    const url = decodeUrlState(window.location.search);
    const state = useAppStore.getState();
    const shownData = state.origin.kind === 'url' ? state.origin.url : null;
    restoring = true;
    if (url.data !== shownData && !(url.data === null && state.origin.kind === 'file')) {
      void (url.data ? openFromUrl(url.data) : openBundled()).finally(() => {
        useAppStore.getState().applyUrlState(url);
        restoring = false;
      });
    } else {
      state.applyUrlState(url);
      restoring = false;
    }
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.clearTimeout(replaceTimer);
    window.removeEventListener('popstate', onPopState);
  };
}
