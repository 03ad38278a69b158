import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../articles/articleFile';
import { readQuoteInContext, type ArticleWorker, type ContextOptions } from './articleContext';
import { findInArticle, type ContextRequest } from './articleContextJob';
import { STALL_MS } from './download';

/** The worker's job, run on this thread but answering later, as a worker would; it records what it was sent. */
function workers() {
  const made: { request: ContextRequest | null; terminated: boolean; hold: boolean }[] = [];
  const create = (): ArticleWorker => {
    const record = { request: null as ContextRequest | null, terminated: false, hold: held };
    made.push(record);
    const worker: ArticleWorker = {
      onmessage: null,
      onerror: null,
      postMessage(request) {
        record.request = request;
        if (!record.hold) setTimeout(() => worker.onmessage?.({ data: findInArticle(request) }), 0);
      },
      terminate: () => void (record.terminated = true),
    };
    return worker;
  };
  let held = false;
  return { made, create, holdNext: () => void (held = true) };
}

/** A response body the test feeds; it counts what the reader pulled, and whether it was cancelled. */
function endlessBody(chunkBytes = 64 * 1024) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled += chunkBytes;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
    cancel: () => void (state.cancelled = true),
  });
  return { stream, state };
}

/** A response body that sends a first chunk and then nothing, until cancelled. */
function heldBody() {
  const state = { cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(new TextEncoder().encode('The talks')),
    pull: () => new Promise<void>(() => {}),
    cancel: () => void (state.cancelled = true),
  });
  return { stream, state };
}

function respond(...bodies: (() => Response)[]) {
  const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
    const next = bodies.shift();
    if (!next) throw new Error('no more responses');
    const response = next();
    init?.signal?.addEventListener('abort', () => void response.body?.cancel().catch(() => {}));
    return response;
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

let dataset = 0;
/** Each test its own dataset URL: the articles read last are remembered per dataset. */
const home = () => ({ kind: 'url' as const, datasetUrl: `https://data.example/d${++dataset}/events.json` });

function options(overrides: Partial<ContextOptions> = {}): ContextOptions & { controller: AbortController } {
  const controller = new AbortController();
  return { controller, signal: controller.signal, ...overrides };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('readQuoteInContext', () => {
  it('downloads the article beside the dataset and finds the quote in a worker, once per article', async () => {
    vi.stubGlobal('location', { origin: 'https://sourceline.example', href: 'https://sourceline.example/' });
    const fetch = respond(() => new Response('Lavrov said the talks were serious. Then he left.'));
    const pool = workers();
    const where = home();
    const found = await readQuoteInContext(
      where,
      'a.txt',
      'the talks were serious',
      options({ createWorker: pool.create }),
    );
    expect(found.kind).toBe('found');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      `${where.datasetUrl.replace('events.json', '')}articles/a.txt`,
    ]);
    expect(pool.made).toHaveLength(1);
    expect(pool.made[0]!.terminated).toBe(true);

    // Another quote of the same article: searched again, not downloaded again.
    const absent = await readQuoteInContext(
      where,
      'a.txt',
      'words nowhere to be seen',
      options({ createWorker: pool.create }),
    );
    expect(absent).toEqual({ kind: 'absent' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('stops an article of no declared size at the limit, as the bytes arrive', async () => {
    vi.stubGlobal('location', { origin: 'https://sourceline.example', href: 'https://sourceline.example/' });
    const body = endlessBody();
    respond(() => new Response(body.stream));
    const pool = workers();
    const outcome = await readQuoteInContext(home(), 'endless.txt', 'anything', options({ createWorker: pool.create }));
    expect(outcome).toEqual({
      kind: 'failed',
      message: 'The file is too large to open: the limit is 4.8 MB, and it is more than that.',
    });
    expect(body.state.cancelled).toBe(true);
    // What was read is the limit and the stream's read-ahead, not the endless rest.
    expect(body.state.pulled).toBeLessThan(MAX_ARTICLE_BYTES + 1024 * 1024);
    expect(pool.made).toHaveLength(0);
  });

  it('gives up when nothing has come for the stall time, and says so', async () => {
    vi.stubGlobal('location', { origin: 'https://sourceline.example', href: 'https://sourceline.example/' });
    vi.useFakeTimers();
    let cancelled = false;
    respond(() => new Response(new ReadableStream({ cancel: () => void (cancelled = true) })));
    const pending = readQuoteInContext(home(), 'silent.txt', 'anything', options({ createWorker: workers().create }));
    await vi.advanceTimersByTimeAsync(STALL_MS + 1);
    expect(await pending).toEqual({
      kind: 'failed',
      message: 'Nothing arrived from data.example for 15 seconds: the server may have stalled.',
    });
    expect(cancelled).toBe(true);
  });

  it('Cancel stops the download, or the search, whichever is under way', async () => {
    vi.stubGlobal('location', { origin: 'https://sourceline.example', href: 'https://sourceline.example/' });
    const body = heldBody();
    const fetch = respond(
      () => new Response(body.stream),
      () => new Response('The talks were serious.'),
    );
    const pool = workers();
    const progress: number[] = [];
    const downloading = options({ createWorker: pool.create, onProgress: (p) => progress.push(p.loaded) });
    const first = readQuoteInContext(home(), 'a.txt', 'anything', downloading);
    await vi.waitFor(() => expect(progress).toEqual([9]));
    downloading.controller.abort();
    expect(await first).toEqual({ kind: 'cancelled' });
    expect(body.state.cancelled).toBe(true);

    pool.holdNext();
    const searching = options({ createWorker: pool.create });
    const second = readQuoteInContext(home(), 'b.txt', 'the talks were serious', searching);
    await vi.waitFor(() => expect(pool.made).toHaveLength(1));
    expect(fetch).toHaveBeenCalledTimes(2);
    searching.controller.abort();
    expect(await second).toEqual({ kind: 'cancelled' });
    expect(pool.made[0]!.terminated).toBe(true);
  });

  it('reads a bundled article from the build, and names one that is not there', async () => {
    const pool = workers();
    const found = await readQuoteInContext(
      { kind: 'bundled' },
      'us-news-site-2022-01-28.txt',
      'Zelensky urged Biden to "calm down the messaging,"',
      options({ createWorker: pool.create }),
    );
    expect(found.kind).toBe('found');
    expect(pool.made[0]!.request?.article).toEqual({ text: expect.stringContaining('calm down the messaging') });
    expect(await readQuoteInContext({ kind: 'bundled' }, 'no-such.txt', 'x', options())).toEqual({
      kind: 'failed',
      message: 'The bundled dataset has no article file "no-such.txt".',
    });
  });
});
