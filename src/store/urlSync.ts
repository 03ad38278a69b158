/**
 * Keeps the address bar and the store in step, with a history that follows what the reader meant:
 *
 * - A choice (an actor, a type, an event, the lanes, the zone, a dataset) adds a history entry.
 * - A change that comes as a stream (typing a search, dragging or zooming the timeline, picking
 *   dates) adds ONE entry when it begins and then only replaces it while it goes on, until it has
 *   settled for SETTLE_MS. So Back undoes a whole search or a whole drag, not one letter or frame.
 * - The window the timeline first opens on, and whatever back/forward restores, replace the entry
 *   in place: neither is a new step.
 */
import { openBundled, openFromUrl } from './openDataset';
import { useAppStore, type AppState } from './store';
import { decodeUrlState, encodeUrlState, type UrlState } from './urlState';

/** How long a stream of changes must pause before the next change counts as a new step. */
export const SETTLE_MS = 1_000;
/** While the window moves, the address is rewritten at most this often. */
export const WINDOW_WRITE_MS = 200;

/** The kinds of change that come as a stream. */
export type Gesture = 'query' | 'window' | 'dates';

/** The parts of the state that the address bar holds. */
export type ViewState = Pick<
  AppState,
  'origin' | 'filters' | 'selectedId' | 'grouping' | 'window' | 'zone' | 'embed' | 'curate'
>;

export function urlStateOf(state: ViewState): UrlState {
  return {
    data: state.origin.kind === 'url' ? state.origin.url : null,
    filters: state.filters,
    event: state.selectedId,
    grouping: state.grouping,
    window: state.window,
    zone: state.zone,
    embed: state.embed,
    curate: state.curate,
  };
}

/** Which stream `after` continues from `before`, when it changes nothing else; null for any other change. */
export function gestureOf(before: UrlState, after: UrlState): Gesture | null {
  const target = encodeUrlState(after);
  const only = (patch: Partial<UrlState>) => encodeUrlState({ ...before, ...patch }) === target;
  if (only({ filters: { ...before.filters, query: after.filters.query } })) return 'query';
  if (only({ window: after.window })) return 'window';
  if (only({ filters: { ...before.filters, from: after.filters.from, to: after.filters.to } })) return 'dates';
  return null;
}

/** What the sync needs from the browser (a stand-in in the unit tests). */
export interface UrlEnvironment {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  /** Opens the dataset a restored address names (null: the bundled one). */
  open(data: string | null): Promise<unknown>;
  /** Runs `task` once the change that asked for it has been painted (omitted: at once). */
  afterPaint?(task: () => void): void;
}

function browserEnvironment(): UrlEnvironment {
  return {
    location: window.location,
    history: window.history,
    addEventListener: (type, listener) => window.addEventListener(type, listener),
    removeEventListener: (type, listener) => window.removeEventListener(type, listener),
    open: (data) => (data ? openFromUrl(data) : openBundled()),
    afterPaint: (task) => requestAnimationFrame(() => setTimeout(task, 0)),
  };
}

/** Reads the URL into the store and opens the dataset it names. Call once at start-up. */
export function startFromUrl(): Promise<boolean> {
  const url = decodeUrlState(window.location.search);
  useAppStore.getState().applyUrlState(url);
  return url.data ? openFromUrl(url.data) : openBundled();
}

export function syncUrlWithStore(env: UrlEnvironment = browserEnvironment()): () => void {
  /** While back/forward is being restored, writes only replace: restoring is not a new step. */
  let restoring = false;
  let stream: { gesture: Gesture; settle: ReturnType<typeof setTimeout> } | null = null;
  let pending: { href: string; timer: ReturnType<typeof setTimeout> } | null = null;

  const hrefOf = (state: AppState) => {
    const query = encodeUrlState(urlStateOf(state));
    return `${env.location.pathname}${query ? `?${query}` : ''}${env.location.hash}`;
  };
  // A new entry is added after the change has been painted: pushState stores the page's form state
  // with the entry (about 5–25 ms with a few hundred checkboxes), which would delay the frame that
  // answers a click. Until then the queued entry is the one shown, and replacing rewrites it.
  let queuedPush: { href: string } | null = null;
  const shownHref = () => queuedPush?.href ?? `${env.location.pathname}${env.location.search}${env.location.hash}`;
  const push = (href: string) => {
    flushPush();
    const entry = { href };
    queuedPush = entry;
    if (env.afterPaint) env.afterPaint(() => queuedPush === entry && flushPush());
    else flushPush();
  };
  const flushPush = () => {
    if (queuedPush) env.history.pushState(null, '', queuedPush.href);
    queuedPush = null;
  };
  const dropPending = () => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
  };
  const replace = (href: string) => {
    dropPending();
    if (href === shownHref()) return;
    if (queuedPush) queuedPush.href = href;
    else env.history.replaceState(null, '', href);
  };
  const flush = () => {
    if (pending) replace(pending.href);
  };
  const endStream = () => {
    flush();
    if (stream) clearTimeout(stream.settle);
    stream = null;
  };
  const continueStream = (gesture: Gesture) => {
    if (stream) clearTimeout(stream.settle);
    stream = { gesture, settle: setTimeout(endStream, SETTLE_MS) };
  };

  const write = (state: AppState, previous: AppState) => {
    if (!state.index) return;
    const href = hrefOf(state);
    if (href === (pending?.href ?? shownHref())) return;
    const before = urlStateOf(previous);
    const after = urlStateOf(state);
    if (restoring || previous.index === null) {
      endStream();
      replace(href);
      return;
    }
    const gesture = gestureOf(before, after);
    if (gesture === 'window' && before.window === null) {
      // The timeline framing the dataset it opened: not a step of the reader's.
      replace(href);
    } else if (gesture !== null && stream?.gesture === gesture) {
      continueStream(gesture);
      if (gesture !== 'window') replace(href);
      else if (href === shownHref()) dropPending();
      else if (pending) pending.href = href;
      else pending = { href, timer: setTimeout(flush, WINDOW_WRITE_MS) };
    } else {
      endStream();
      push(href);
      if (gesture !== null) continueStream(gesture);
    }
  };
  const unsubscribe = useAppStore.subscribe(write);
  // The store may have moved on (the timeline framing the dataset) before this subscription began.
  const now = useAppStore.getState();
  if (now.index) replace(hrefOf(now));

  const onPopState = () => {
    // The entry has changed under us: a write still waiting would overwrite the one restored.
    queuedPush = null;
    dropPending();
    endStream();
    const url = decodeUrlState(env.location.search);
    const state = useAppStore.getState();
    const shownData = state.origin.kind === 'url' ? state.origin.url : null;
    restoring = true;
    if (url.data !== shownData && !(url.data === null && state.origin.kind === 'file')) {
      void env.open(url.data).finally(() => {
        useAppStore.getState().applyUrlState(url);
        restoring = false;
      });
    } else {
      state.applyUrlState(url);
      restoring = false;
    }
  };
  env.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    flushPush();
    dropPending();
    if (stream) clearTimeout(stream.settle);
    env.removeEventListener('popstate', onPopState);
  };
}
