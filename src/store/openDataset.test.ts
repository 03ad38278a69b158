import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STALL_MS } from '../loading/download';
import { cancelLoading, openBundled, openFile, openFromUrl } from './openDataset';
import { INITIAL_STATE, useAppStore } from './store';

const bundled = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'));

function datasetText(title: string, events = 3): string {
  const dataset = structuredClone(bundled);
  dataset.title = title;
  dataset.events = dataset.events.slice(0, events);
  for (const event of dataset.events) delete event.related;
  // Its key moments name events cut off here.
  delete dataset.intro;
  return JSON.stringify(dataset);
}

const namedFile = (name: string, text: string) => Object.assign(new Blob([text]), { name });

/** A file whose bytes arrive when the test says: to hold a load at any point. */
function slowFile(name: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const status = { cancelled: false, sent: 0 };
  const stream = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => void (status.cancelled = true),
  });
  /** Sends the bytes up to `fraction` of the file (all of them at 1), unless the reader has cancelled. */
  const sendUpTo = (fraction: number) => {
    if (status.cancelled) return;
    const until = Math.floor(bytes.length * fraction);
    controller.enqueue(bytes.slice(status.sent, until));
    status.sent = until;
    if (fraction >= 1) controller.close();
  };
  return {
    file: { name, size: bytes.length, stream: () => stream } as unknown as Blob & { name: string },
    size: bytes.length,
    status,
    sendHalf: () => sendUpTo(0.5),
    sendUpTo,
    sendRest: () => sendUpTo(1),
  };
}

const state = () => useAppStore.getState();
const shownTitle = () => state().index?.meta.title ?? null;

/** Resolves when the store's loading phase first becomes `phase`. */
function whenPhase(phase: string): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = useAppStore.subscribe((s) => {
      if (s.loading?.phase === phase) {
        unsubscribe();
        resolve();
      }
    });
  });
}

beforeEach(() => useAppStore.setState(INITIAL_STATE));
afterEach(() => {
  cancelLoading();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('opening datasets', () => {
  it('opens the bundled dataset, prepared at build time, with search ready at once', async () => {
    expect(await openBundled()).toBe(true);
    expect(state().index?.count).toBe(bundled.events.length);
    expect(state().search?.size).toBe(bundled.events.length);
    expect(state().origin).toEqual({ kind: 'bundled' });
    expect(state().loading).toBeNull();
  });

  it('opens a file, shows its title, and builds its search index after', async () => {
    expect(await openFile(namedFile('three.json', datasetText('Three events')))).toBe(true);
    expect(shownTitle()).toBe('Three events');
    expect(state().origin).toEqual({ kind: 'file', name: 'three.json' });
    await vi.waitFor(() => expect(state().search?.size).toBe(3));
  });

  it('two files opened quickly: the one opened last is shown, whichever finishes first', async () => {
    const first = slowFile('first.json', datasetText('First'));
    const opening = openFile(first.file);
    first.sendHalf();
    expect(await openFile(namedFile('second.json', datasetText('Second')))).toBe(true);
    // The first read was stopped, not left to run.
    expect(first.status.cancelled).toBe(true);
    first.sendRest();
    expect(await opening).toBe(false);
    expect(shownTitle()).toBe('Second');
    expect(state().loading).toBeNull();
    expect(state().failure).toBeNull();
  });

  it('shows progress as the bytes come, the latest included however fast they come', async () => {
    const slow = slowFile('slow.json', datasetText('Slow', 10));
    void openFile(slow.file);
    slow.sendUpTo(0.2);
    await vi.waitFor(() => expect(state().loading?.progress?.loaded).toBe(slow.status.sent));
    // Three chunks in a row, faster than progress is shown: the last one still shows.
    slow.sendUpTo(0.3);
    slow.sendUpTo(0.4);
    slow.sendUpTo(0.5);
    await vi.waitFor(() => expect(state().loading?.progress).toEqual({ loaded: slow.status.sent, total: slow.size }));
    expect(state().loading?.phase).toBe('reading');
  });

  it('a load cancelled while reading keeps the dataset shown before', async () => {
    await openFile(namedFile('kept.json', datasetText('Kept')));
    const slow = slowFile('slow.json', datasetText('Never shown'));
    const opening = openFile(slow.file);
    slow.sendHalf();
    await vi.waitFor(() => expect(state().loading?.label).toBe('slow.json'));
    cancelLoading();
    expect(state().loading).toBeNull();
    expect(slow.status.cancelled).toBe(true);
    slow.sendRest();
    expect(await opening).toBe(false);
    expect(shownTitle()).toBe('Kept');
    // With a dataset still shown, cancelling is not a failure to report.
    expect(state().failure).toBeNull();
  });

  it('a load cancelled while the worker checks it keeps the dataset shown before', async () => {
    await openFile(namedFile('kept.json', datasetText('Kept')));
    const checking = whenPhase('checking');
    const opening = openFile(namedFile('big.json', datasetText('Never shown', 20)));
    await checking;
    cancelLoading();
    expect(await opening).toBe(false);
    expect(shownTitle()).toBe('Kept');
    expect(state().loading).toBeNull();
  });

  it('a file that fails its checks is reported, and the dataset shown before stays', async () => {
    await openFile(namedFile('kept.json', datasetText('Kept')));
    expect(await openFile(namedFile('bad.json', '{"title": "x", "events": [{}]}'))).toBe(false);
    expect(shownTitle()).toBe('Kept');
    expect(state().failure?.label).toBe('bad.json');
    expect(state().failure?.message).toBe('It is not a valid Sourceline dataset.');
    expect(state().failure?.problems.length).toBeGreaterThan(1);
  });

  it('a first load (nothing shown yet) that is cancelled says so, with Retry', async () => {
    const body = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{')) });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body)),
    );
    const opening = openFromUrl('/data/hanging.json');
    await vi.waitFor(() => expect(state().loading?.progress?.loaded).toBe(1));
    cancelLoading();
    expect(await opening).toBe(false);
    expect(state().index).toBeNull();
    expect(state().failure).toMatchObject({ label: 'hanging.json', message: 'Opening it was cancelled.' });
    expect(state().failure?.retry).toBeTypeOf('function');
  });

  it('a stalled download says so; Retry starts it again and the dataset opens', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const hanging = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"ti')) });
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response(hanging))
      .mockResolvedValueOnce(new Response(datasetText('After retry')));
    vi.stubGlobal('fetch', fetch);
    void openFromUrl('/data/stalls.json');
    await vi.advanceTimersByTimeAsync(STALL_MS - 1);
    expect(state().loading?.stalled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state().loading).toMatchObject({ label: 'stalls.json', stalled: true });
    vi.useRealTimers();
    state().loading!.retry!();
    // A new attempt: the stall was the last one's.
    expect(state().loading).toMatchObject({ label: 'stalls.json', stalled: false, progress: null });
    await vi.waitFor(() => expect(shownTitle()).toBe('After retry'));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(state().origin).toEqual({ kind: 'url', url: '/data/stalls.json' });
  });
});

describe('imports that ask, and one message at a time', () => {
  const ambiguous = ['date,title,source,quote', '03/04/2022,A,CNN,Q', '05/06/2022,B,CNN,Q'].join('\n');

  it('a CSV whose dates read two ways asks which comes first; the answer opens it read that way', async () => {
    expect(await openFile(namedFile('dates.csv', ambiguous))).toBe(false);
    const question = state().question!;
    expect(question.label).toBe('dates.csv');
    expect(question.choices.map((choice) => choice.label)).toEqual([
      'Day first: 3 April 2022',
      'Month first: March 4, 2022',
    ]);
    expect(state().loading).toBeNull();
    question.answer('month-first');
    expect(state().question).toBeNull();
    await vi.waitFor(() => expect(state().index?.count).toBe(2));
    expect(state().origin).toEqual({ kind: 'file', name: 'dates.csv' });
    expect(state().question).toBeNull();
  });

  it('a failed import replaces the notice of the import before it (no alert stacked above a notice)', async () => {
    const journalist = readFileSync(new URL('../../e2e/fixtures/journalist.csv', import.meta.url), 'utf8');
    expect(await openFile(namedFile('journalist.csv', journalist))).toBe(true);
    expect(state().notice?.message).toMatch(/^Imported 2 events from the CSV spreadsheet journalist\.csv\./);
    expect(await openFile(namedFile('broken.csv', 'date,title,source,quote\n2022-02-30,A,CNN,Q'))).toBe(false);
    expect(state().failure?.label).toBe('broken.csv');
    expect(state().notice).toBeNull();
  });
});
