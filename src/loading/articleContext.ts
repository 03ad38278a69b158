/**
 * "Read in context", the page's side: an article's text, loaded only when a reader asks, and the
 * quote found in it by a worker (articleContextJob.ts), so that searching megabytes never holds
 * the page. A dataset's article is downloaded as datasets are (download.ts): streamed, with the
 * size limit applied as the bytes arrive (a server need not say how large it is), given up when
 * nothing has come for STALL_MS, and stopped at any point by the reader's Cancel. The bundled
 * dataset's articles are small chunks of the build.
 */
import { MAX_ARTICLE_BYTES, parseArticleFile, type ArticleFile } from '../articles/articleFile';
import { articleKey, articleUrl, type ArticleHome } from '../articles/articleHome';
import { ARTICLE_FILE_PATTERN } from '../dataset/vocabulary';
import type { ContextReply, ContextRequest } from './articleContextJob';
import { decodeText } from './decodeText';
import { download, STALL_MS, type Progress } from './download';

export type ContextOutcome = ContextReply | { kind: 'failed'; message: string } | { kind: 'cancelled' };

/** What the search needs of a worker: a real one, or a test's stand-in. */
export interface ArticleWorker {
  postMessage(message: ContextRequest): void;
  onmessage: ((event: { data: ContextReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

export interface ContextOptions {
  /** Cancel: stops the download or the search, whichever is under way. */
  signal: AbortSignal;
  onProgress?: (progress: Progress) => void;
  stallMs?: number;
  /** A new worker for each search, ended when it has answered. */
  createWorker?: () => ArticleWorker;
}

type Article = ContextRequest['article'];
type Failure = Extract<ContextOutcome, { kind: 'failed' | 'cancelled' }>;

const BUNDLED = import.meta.glob<string>('../../data/articles/*.txt', { query: '?raw', import: 'default' });

/** The articles read last, so that the next quote of the same article is not downloaded again. */
const recent = new Map<string, Article>();
const RECENT_ARTICLES = 4;

export async function readQuoteInContext(
  home: ArticleHome,
  fileName: string,
  quote: string,
  options: ContextOptions,
): Promise<ContextOutcome> {
  const key = articleKey(home, fileName);
  // A draft's texts change between previews: read each time, never kept.
  let article = home.kind === 'memory' ? undefined : recent.get(key);
  if (!article) {
    const loaded = await loadArticle(home, fileName, options);
    if ('kind' in loaded) return loaded;
    article = loaded;
    if (home.kind === 'memory') return search({ article, quote }, options);
    recent.delete(key);
    recent.set(key, article);
    if (recent.size > RECENT_ARTICLES) recent.delete(recent.keys().next().value!);
  }
  if (options.signal.aborted) return { kind: 'cancelled' };
  return search({ article, quote }, options);
}

/**
 * A dataset's article file, header and text, loaded as for "Read in context" (the curation view
 * reads them to edit a dataset); null when it cannot be had, with no reason given.
 */
export async function readArticleFile(home: ArticleHome, fileName: string): Promise<ArticleFile | null> {
  const loaded = await loadArticle(home, fileName, { signal: new AbortController().signal });
  if ('kind' in loaded) return null;
  if ('text' in loaded) return parseArticleFile(loaded.text);
  const decoded = decodeText(loaded.bytes);
  return decoded.ok ? parseArticleFile(decoded.text) : null;
}

async function loadArticle(home: ArticleHome, fileName: string, options: ContextOptions): Promise<Article | Failure> {
  if (home.kind === 'memory') {
    const text = home.files.get(fileName);
    return text === undefined ? failed(`The draft has no article text "${fileName}".`) : { text };
  }
  if (home.kind === 'bundled') {
    const load = BUNDLED[`../../data/articles/${fileName}`];
    if (!load) return failed(`The bundled dataset has no article file "${fileName}".`);
    try {
      return { text: await load() };
    } catch (error) {
      return failed(
        `It could not be downloaded${error instanceof Error && error.message ? ` (${error.message})` : ''}.`,
      );
    }
  }
  if (!ARTICLE_FILE_PATTERN.test(fileName)) return failed(`"${fileName}" is not an article file name.`);
  const url = articleUrl(home.datasetUrl, fileName, globalThis.location.href);
  const stallMs = options.stallMs ?? STALL_MS;
  // The download has a signal of its own: the reader's Cancel stops it, and so does the timeout.
  const transfer = new AbortController();
  const stop = () => transfer.abort();
  options.signal.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  const chunks: Uint8Array[] = [];
  try {
    const result = await download(url, {
      signal: transfer.signal,
      maxBytes: MAX_ARTICLE_BYTES,
      expected: 'an article text',
      stallMs,
      onChunk: (chunk) => chunks.push(chunk),
      onProgress: options.onProgress,
      onStall: (stalled) => {
        if (!stalled) return;
        timedOut = true;
        transfer.abort();
      },
    });
    if (options.signal.aborted) return { kind: 'cancelled' };
    if (timedOut) {
      return failed(
        `Nothing arrived from ${new URL(url).host} for ${stallMs / 1000} seconds: the server may have stalled.`,
      );
    }
    if (!result.ok) return failed(result.failure.message);
    return { bytes: joined(chunks, result.loaded) };
  } finally {
    options.signal.removeEventListener('abort', stop);
  }
}

function search(request: ContextRequest, options: ContextOptions): Promise<ContextOutcome> {
  const { signal, createWorker = newWorker } = options;
  return new Promise((resolve) => {
    const worker = createWorker();
    const end = (outcome: ContextOutcome) => {
      signal.removeEventListener('abort', cancel);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(outcome);
    };
    const cancel = () => end({ kind: 'cancelled' });
    signal.addEventListener('abort', cancel, { once: true });
    worker.onmessage = ({ data }) => end(data);
    worker.onerror = (event) =>
      end(failed(`The article text could not be searched${event.message ? ` (${event.message})` : ''}.`));
    // Copied, not transferred: the bytes stay in `recent` for the next quote.
    worker.postMessage(request);
  });
}

function newWorker(): ArticleWorker {
  return new Worker(new URL('./articleContext.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as ArticleWorker;
}

function joined(chunks: Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function failed(message: string): Failure {
  return { kind: 'failed', message };
}
