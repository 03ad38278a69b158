import { afterEach, describe, expect, it, vi } from 'vitest';
import { download, stallWatch, STALL_MS } from './download';

const encoder = new TextEncoder();

/** A response body whose chunks the test pushes one at a time. */
function controlledBody() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  return {
    stream,
    push: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
    fail: (error: Error) => controller.error(error),
  };
}

function respondWith(...responses: (Response | Error)[]) {
  const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    if (next instanceof Error) throw next;
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return next;
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function collect() {
  const chunks: Uint8Array[] = [];
  const progress: [number, number | null][] = [];
  return {
    chunks,
    progress,
    options: {
      onChunk: (chunk: Uint8Array) => chunks.push(chunk),
      onProgress: (p: { loaded: number; total: number | null }) => progress.push([p.loaded, p.total]),
    },
    text: () => new TextDecoder().decode(Buffer.concat(chunks)),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('download', () => {
  it('hands on every chunk as it arrives, with progress against the declared size', async () => {
    const body = controlledBody();
    respondWith(new Response(body.stream, { headers: { 'content-length': '11' } }));
    const sink = collect();
    const done = download('/data.json', sink.options);
    body.push('{"a":');
    body.push('[1,2]}');
    body.end();
    expect(await done).toEqual({ ok: true, loaded: 11 });
    expect(sink.text()).toBe('{"a":[1,2]}');
    expect(sink.progress).toEqual([
      [5, 11],
      [11, 11],
    ]);
  });

  it('refuses a file over the limit: by its declared size before reading, or once it passes the limit', async () => {
    respondWith(new Response('x'.repeat(20), { headers: { 'content-length': '20' } }));
    const declared = await download('/big.json', { ...collect().options, maxBytes: 10 });
    expect(declared).toEqual({ ok: false, failure: expect.objectContaining({ retryable: false }) });
    expect(!declared.ok && declared.failure.message).toMatch(/too large.*limit is 10 bytes, and it is 20 bytes/);

    const body = controlledBody();
    respondWith(new Response(body.stream));
    const undeclared = download('/big.json', { ...collect().options, maxBytes: 10 });
    body.push('123456');
    body.push('789012');
    const result = await undeclared;
    expect(!result.ok && result.failure.message).toMatch(/too large.*more than that/);
  });

  it('says what a 404 and a 500 mean, and that only the 500 is worth retrying', async () => {
    respondWith(new Response('', { status: 404 }), new Response('', { status: 503, statusText: 'Busy' }));
    const missing = await download('/gone.json', collect().options);
    expect(missing).toEqual({
      ok: false,
      failure: { message: 'Could not download /gone.json: the file was not found (404).', retryable: false },
    });
    const busy = await download('/busy.json', collect().options);
    expect(busy).toEqual({
      ok: false,
      failure: { message: 'Could not download /busy.json: the server answered 503 Busy.', retryable: true },
    });
  });

  it('tells a web page from a dataset', async () => {
    respondWith(new Response('  <!DOCTYPE html><html><body>Home</body></html>'));
    const result = await download('/typo.json', collect().options);
    expect(!result.ok && result.failure.message).toContain('answered with a web page');
  });

  it('tells a server that refuses to share (CORS) from one that cannot be reached', async () => {
    vi.stubGlobal('location', { origin: 'https://sourceline.example', href: 'https://sourceline.example/' });
    // The real request fails like a CORS refusal, and so does the one that follows no redirect;
    // the no-cors probe answers: the server is there.
    const fetch = respondWith(new TypeError('Failed to fetch'), new TypeError('Failed to fetch'), new Response(null));
    const refused = await download('https://data.example/x.json', collect().options);
    expect(!refused.ok && refused.failure.message).toContain('refused to share');
    expect(!refused.ok && refused.failure.retryable).toBe(true);
    expect(fetch.mock.calls.map(([, init]) => [init?.redirect, init?.mode])).toEqual([
      [undefined, undefined],
      ['manual', undefined],
      [undefined, 'no-cors'],
    ]);

    respondWith(new TypeError('Failed to fetch'), new TypeError('Failed to fetch'), new TypeError('Failed to fetch'));
    const unreachable = await download('https://data.example/x.json', collect().options);
    expect(!unreachable.ok && unreachable.failure.message).toContain('Could not reach data.example');
  });

  it('says that a link which redirects somewhere the browser will not follow (data:) led elsewhere', async () => {
    vi.stubGlobal('location', { origin: 'https://sourceline.example', href: 'https://sourceline.example/' });
    // Fetch refuses to follow a redirect to data:; asked not to follow it, it shows the redirect.
    const redirect = { type: 'opaqueredirect', status: 0, body: null } as unknown as Response;
    respondWith(new TypeError('Failed to fetch'), redirect);
    const result = await download('/moved.json', collect().options);
    expect(result).toEqual({
      ok: false,
      failure: {
        message: expect.stringMatching(
          /^The link led somewhere Sourceline does not load from: sourceline\.example answered with a redirect to another address/,
        ),
        retryable: false,
      },
    });
  });

  it('stops when aborted mid-download, and reports it as cancelled, not as the file', async () => {
    const body = controlledBody();
    respondWith(new Response(body.stream));
    const controller = new AbortController();
    const sink = collect();
    const done = download('/slow.json', { ...sink.options, signal: controller.signal });
    body.push('{"partial":');
    await vi.waitFor(() => expect(sink.chunks).toHaveLength(1));
    controller.abort();
    expect(await done).toEqual({ ok: false, failure: { message: 'The download was cancelled.', retryable: true } });
  });

  it('reports a download that broke off, as worth retrying', async () => {
    const body = controlledBody();
    respondWith(new Response(body.stream));
    const done = download('/flaky.json', collect().options);
    body.push('{"a"');
    body.fail(new Error('connection reset'));
    expect(await done).toEqual({
      ok: false,
      failure: { message: 'The download of /flaky.json broke off: connection reset.', retryable: true },
    });
  });

  it('says when no bytes have come for a while, and again when they come back', async () => {
    vi.useFakeTimers();
    const body = controlledBody();
    respondWith(new Response(body.stream));
    const stalls: boolean[] = [];
    const sink = collect();
    const done = download('/trickle.json', { ...sink.options, onStall: (stalled) => stalls.push(stalled) });
    await vi.advanceTimersByTimeAsync(STALL_MS - 1);
    body.push('{"a":');
    await vi.advanceTimersByTimeAsync(STALL_MS - 1);
    expect(stalls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(stalls).toEqual([true]);
    body.push('1}');
    await vi.advanceTimersByTimeAsync(0);
    expect(stalls).toEqual([true, false]);
    body.end();
    expect(await done).toEqual({ ok: true, loaded: 7 });
    // Finished: the watch is stopped, so nothing more is reported however long it is quiet.
    await vi.advanceTimersByTimeAsync(STALL_MS * 2);
    expect(stalls).toEqual([true, false]);
  });

  it('counts a server that never answers at all as stalled too', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise(() => {})),
    );
    const stalls: boolean[] = [];
    void download('/silent.json', { ...collect().options, onStall: (stalled) => stalls.push(stalled) });
    await vi.advanceTimersByTimeAsync(STALL_MS);
    expect(stalls).toEqual([true]);
  });
});

describe('stallWatch', () => {
  it('reports after the given quiet time, each time it is poked it starts again', () => {
    vi.useFakeTimers();
    const calls: boolean[] = [];
    const watch = stallWatch(100, (stalled) => calls.push(stalled));
    vi.advanceTimersByTime(60);
    watch.poke();
    vi.advanceTimersByTime(60);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(40);
    expect(calls).toEqual([true]);
    watch.stop();
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual([true]);
  });
});
