// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleWorker } from '../../loading/articleContext';
import { findInArticle } from '../../loading/articleContextJob';
import { useQuoteContext } from './useQuoteContext';

/** Workers that run the search on this thread, answering later as a worker would. */
const createWorker = (): ArticleWorker => {
  const worker: ArticleWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => setTimeout(() => worker.onmessage?.({ data: findInArticle(request) }), 0),
    terminate: () => {},
  };
  return worker;
};

/** Article downloads that send their first bytes and then hold, recording whether the page hung up. */
function heldDownloads() {
  const hungUp: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new TextEncoder().encode('The talks')),
        pull: () => new Promise<void>(() => {}),
      });
      init?.signal?.addEventListener('abort', () => hungUp.push(url));
      return new Response(body);
    }),
  );
  return hungUp;
}

let dataset = 0;
const home = () => ({ kind: 'url' as const, datasetUrl: `https://data.example/hook${++dataset}/events.json` });

afterEach(() => vi.unstubAllGlobals());

describe('useQuoteContext', () => {
  it('opens loading with the bytes so far, then shows the quote in its sentences', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Lavrov spoke. The talks were serious, he said. Then he left.')),
    );
    const where = home();
    const { result } = renderHook(() => useQuoteContext(where, 'a.txt', 'The talks were serious', { createWorker }));
    expect(result.current.panel).toBeNull();
    act(() => result.current.open());
    expect(result.current.panel).toMatchObject({ status: 'loading' });
    await waitFor(() => expect(result.current.panel).toMatchObject({ status: 'ready' }));
    const panel = result.current.panel;
    expect(panel?.status === 'ready' && panel.context?.passages[0]?.segments.find((s) => s.quoted)?.text).toBe(
      'The talks were serious',
    );
  });

  it('closing the panel cancels its download, and so do moving to another quote and going away', async () => {
    const hungUp = heldDownloads();
    const where = home();
    const { result, rerender, unmount } = renderHook(
      ({ quote, file }) => useQuoteContext(where, file, quote, { createWorker }),
      { initialProps: { quote: 'one quote', file: 'a.txt' } },
    );
    act(() => result.current.open());
    await waitFor(() => expect(result.current.panel).toMatchObject({ status: 'loading', progress: { loaded: 9 } }));
    act(() => result.current.close());
    expect(result.current.panel).toBeNull();
    expect(hungUp).toEqual([where.datasetUrl.replace('events.json', 'articles/a.txt')]);

    act(() => result.current.open());
    await waitFor(() => expect(result.current.panel).toMatchObject({ progress: { loaded: 9 } }));
    rerender({ quote: 'another quote', file: 'b.txt' });
    expect(result.current.panel).toBeNull();
    expect(hungUp).toHaveLength(2);

    act(() => result.current.open());
    await waitFor(() => expect(result.current.panel).toMatchObject({ progress: { loaded: 9 } }));
    unmount();
    expect(hungUp).toHaveLength(3);
  });
});
