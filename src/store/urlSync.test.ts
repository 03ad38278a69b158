import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { actorsOn, indexOf } from '../engine/testing.test-utils';
import { INITIAL_STATE, useAppStore } from './store';
import { gestureOf, SETTLE_MS, syncUrlWithStore, WINDOW_WRITE_MS, type UrlEnvironment } from './urlSync';
import { DEFAULT_URL_STATE } from './urlState';

/** A browser's history and address bar: entries, a current one, and back/forward that fire popstate. */
class FakeBrowser implements UrlEnvironment {
  entries: string[];
  at = 0;
  pushes = 0;
  replaces = 0;
  private readonly listeners = new Set<() => void>();
  readonly open = vi.fn(() => Promise.resolve());

  constructor(start = '/') {
    this.entries = [start];
  }

  get location() {
    const href = new URL(this.entries[this.at]!, 'http://localhost');
    return { pathname: href.pathname, search: href.search, hash: href.hash };
  }

  readonly history = {
    pushState: (_data: unknown, _unused: string, href?: string | URL | null) => {
      this.entries = [...this.entries.slice(0, this.at + 1), String(href)];
      this.at++;
      this.pushes++;
    },
    replaceState: (_data: unknown, _unused: string, href?: string | URL | null) => {
      this.entries[this.at] = String(href);
      this.replaces++;
    },
  };

  addEventListener(_type: 'popstate', listener: () => void) {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'popstate', listener: () => void) {
    this.listeners.delete(listener);
  }

  back() {
    this.at--;
    for (const listener of this.listeners) listener();
  }

  forward() {
    this.at++;
    for (const listener of this.listeners) listener();
  }

  /** The query parameters of the current entry. */
  params(): URLSearchParams {
    return new URLSearchParams(this.location.search);
  }
}

const index = indexOf({
  sides: [{ id: 'us' }, { id: 'ru' }],
  actors: actorsOn({ biden: 'us', putin: 'ru' }),
  events: [
    { id: 'call', start: '2022-01-27', actors: ['biden'] },
    { id: 'talks', start: '2022-01-28', actors: ['putin'] },
  ],
});

const store = () => useAppStore.getState();
const DAY = 86_400_000;
const JAN_20 = Date.UTC(2022, 0, 20);

let browser: FakeBrowser;
let stop: () => void;

function start(url = '/', window: { start: number; end: number } | null = { start: JAN_20, end: JAN_20 + 14 * DAY }) {
  browser = new FakeBrowser(url);
  useAppStore.setState({ ...INITIAL_STATE, index, window });
  stop = syncUrlWithStore(browser);
}

/** Types `text` a letter at a time, `gapMs` apart. */
function type(text: string, gapMs = 120) {
  for (let i = 1; i <= text.length; i++) {
    store().setQuery(text.slice(0, i));
    vi.advanceTimersByTime(gapMs);
  }
}

/** Drags the window `frames` times, `gapMs` apart, a day later each time. */
function drag(frames: number, gapMs = 16) {
  for (let i = 0; i < frames; i++) {
    const { start, end } = store().window!;
    store().setWindow({ start: start + DAY, end: end + DAY });
    vi.advanceTimersByTime(gapMs);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('history that follows intent', () => {
  it('writes the state it starts with in place, adding no entry', () => {
    start('/');
    expect(browser.entries).toHaveLength(1);
    expect(browser.params().get('start')).toBe('2022-01-20T00:00Z');
  });

  it('typing a word adds one entry, and Back returns to the unsearched view', () => {
    start();
    const before = browser.entries[0];
    type('sanctions');
    expect(browser.entries).toHaveLength(2);
    expect(browser.params().get('q')).toBe('sanctions');
    browser.back();
    expect(browser.entries[browser.at]).toBe(before);
    expect(store().filters.query).toBe('');
  });

  it('keeps the address in step with each letter while typing', () => {
    start();
    type('san');
    expect(browser.params().get('q')).toBe('san');
    store().setQuery('sanc');
    expect(browser.params().get('q')).toBe('sanc');
  });

  it('a search typed after the first has settled is a step of its own', () => {
    start();
    type('russia');
    vi.advanceTimersByTime(SETTLE_MS);
    type(' sanctions');
    expect(browser.entries).toHaveLength(3);
    browser.back();
    expect(store().filters.query).toBe('russia');
  });

  it('a drag adds one entry that holds where it ended, and Back undoes the whole drag', () => {
    start();
    const startBefore = browser.params().get('start');
    drag(30);
    vi.advanceTimersByTime(WINDOW_WRITE_MS);
    expect(browser.entries).toHaveLength(2);
    expect(browser.params().get('start')).toBe('2022-02-19T00:00Z');
    browser.back();
    expect(browser.params().get('start')).toBe(startBefore);
    expect(store().window!.start).toBe(JAN_20);
  });

  it('while the window moves, the address is rewritten a few times a second, not every frame', () => {
    start();
    drag(60);
    expect(browser.replaces).toBeLessThanOrEqual(Math.ceil((60 * 16) / WINDOW_WRITE_MS) + 1);
    expect(browser.replaces).toBeGreaterThan(0);
  });

  it('picking both ends of a date range is one step', () => {
    start();
    store().setDateRange('2022-01-27', null);
    vi.advanceTimersByTime(300);
    store().setDateRange('2022-01-27', '2022-01-28');
    expect(browser.entries).toHaveLength(2);
    expect(browser.params().get('to')).toBe('2022-01-28');
  });

  it('each choice is a step of its own', () => {
    start();
    store().toggleFacet('actors', 'biden');
    store().toggleFacet('actors', 'putin');
    store().setGrouping('type');
    expect(browser.entries).toHaveLength(4);
    browser.back();
    expect(store().grouping).toBe('side');
    expect(store().filters.actors).toEqual(['biden', 'putin']);
  });

  it('a choice made while typing ends the search, whose entry keeps the whole word', () => {
    start();
    type('sanctions', 60);
    store().toggleFacet('actors', 'biden');
    expect(browser.entries).toHaveLength(3);
    expect(new URLSearchParams(new URL(browser.entries[1]!, 'http://x').search).get('q')).toBe('sanctions');
  });

  it('a drag that ends in a choice leaves the end of the drag in its entry', () => {
    start();
    drag(5);
    store().select('call');
    expect(browser.entries).toHaveLength(3);
    expect(new URL(browser.entries[1]!, 'http://x').searchParams.get('start')).toBe('2022-01-25T00:00Z');
  });

  it('selecting an event and moving the window to it is one step', () => {
    start();
    store().select('talks', { start: JAN_20 + 7 * DAY, end: JAN_20 + 9 * DAY });
    expect(browser.entries).toHaveLength(2);
    expect(browser.params().get('event')).toBe('talks');
    expect(browser.params().get('start')).toBe('2022-01-27T00:00Z');
  });

  it('the opening window is not in the address; the first window the reader chooses is a step of its own', () => {
    start('/', null);
    expect(browser.params().get('start')).toBeNull();
    store().setWindow({ start: JAN_20, end: JAN_20 + DAY });
    expect(browser.entries).toHaveLength(2);
    expect(browser.params().get('end')).toBe('2022-01-21T00:00Z');
    browser.back();
    expect(store().window).toBeNull();
  });

  it('Back and Forward restore each view without adding entries', () => {
    start();
    store().toggleFacet('actors', 'biden');
    store().select('call');
    browser.back();
    expect(store().selectedId).toBeNull();
    expect(store().filters.actors).toEqual(['biden']);
    browser.forward();
    expect(store().selectedId).toBe('call');
    expect(browser.entries).toHaveLength(3);
  });

  it('what a restored address does not hold (an unknown actor) is dropped in place, keeping Forward', () => {
    start();
    store().toggleFacet('actors', 'biden');
    browser.entries[0] = '/?actor=nobody';
    browser.back();
    expect(browser.entries).toHaveLength(2);
    expect(browser.entries[0]).toBe('/');
    browser.forward();
    expect(store().filters.actors).toEqual(['biden']);
  });

  it('a window write still waiting when Back is pressed does not overwrite the entry restored', () => {
    start();
    store().toggleFacet('actors', 'biden');
    const chosen = browser.entries[1];
    drag(3);
    browser.back();
    vi.advanceTimersByTime(WINDOW_WRITE_MS * 2);
    expect(browser.at).toBe(1);
    expect(browser.entries[1]).toBe(chosen);
    expect(store().window!.start).toBe(JAN_20);
  });

  it('opens the dataset an address names when Back returns to it', () => {
    start('/?data=/other.json');
    useAppStore.setState({ origin: { kind: 'url', url: '/other.json' } });
    store().setQuery('x');
    vi.advanceTimersByTime(SETTLE_MS);
    useAppStore.setState({ origin: { kind: 'bundled' } });
    expect(browser.params().get('data')).toBeNull();
    browser.back();
    expect(browser.open).toHaveBeenCalledWith('/other.json');
  });
});

describe('a new entry waits for the paint', () => {
  /** A browser that runs `afterPaint` tasks only when `paint()` is called. */
  class PaintingBrowser extends FakeBrowser {
    private tasks: (() => void)[] = [];
    afterPaint(task: () => void) {
      this.tasks.push(task);
    }
    paint() {
      const tasks = this.tasks;
      this.tasks = [];
      for (const task of tasks) task();
    }
  }
  let painting: PaintingBrowser;
  const startPainting = (window: { start: number; end: number } | null = { start: JAN_20, end: JAN_20 + 14 * DAY }) => {
    painting = new PaintingBrowser('/');
    browser = painting;
    useAppStore.setState({ ...INITIAL_STATE, index, window });
    stop = syncUrlWithStore(painting);
  };

  it('adds the entry of a choice after the frame that shows it, and what follows before then goes into it', () => {
    startPainting();
    store().toggleFacet('actors', 'biden');
    expect(painting.entries).toHaveLength(1);
    expect(painting.params().get('actor')).toBeNull();
    store().select('talks', { start: JAN_20 + 7 * DAY, end: JAN_20 + 9 * DAY });
    painting.paint();
    expect(painting.entries).toHaveLength(3);
    expect(new URL(painting.entries[1]!, 'http://x').searchParams.get('actor')).toBe('biden');
    expect(painting.params().get('event')).toBe('talks');
    painting.back();
    expect(store().selectedId).toBeNull();
    expect(store().filters.actors).toEqual(['biden']);
  });

  it('a write that replaces, made while a choice is queued, goes into the queued entry, not the one before it', () => {
    startPainting(null);
    const first = painting.entries[0];
    // The first letter of a search is a new step; the second, typed before the paint, replaces it.
    store().setQuery('s');
    store().setQuery('sa');
    painting.paint();
    expect(painting.entries).toEqual([first, expect.any(String)]);
    expect(painting.params().get('q')).toBe('sa');
  });
});

describe('gestureOf', () => {
  const base = { ...DEFAULT_URL_STATE, window: { start: 0, end: DAY } };
  it('names the stream a change continues, and nothing for other changes', () => {
    expect(gestureOf(base, { ...base, filters: { ...base.filters, query: 'a' } })).toBe('query');
    expect(gestureOf(base, { ...base, window: { start: 1, end: DAY + 60_000 } })).toBe('window');
    expect(gestureOf(base, { ...base, filters: { ...base.filters, from: '2022-01-01' } })).toBe('dates');
    expect(gestureOf(base, { ...base, event: 'call' })).toBeNull();
    expect(gestureOf(base, { ...base, event: 'call', window: { start: 1, end: DAY + 60_000 } })).toBeNull();
    expect(gestureOf(base, { ...base, filters: { ...base.filters, query: 'a', actors: ['biden'] } })).toBeNull();
  });
});
