/**
 * Article texts, loaded only when a reader asks for one ("Read in context"), never with the page.
 * The bundled dataset's articles are built into small chunks of their own; a dataset opened from a
 * URL may keep its articles in an `articles/` folder beside it. Each file is fetched once.
 */
import { ARTICLE_FILE_PATTERN } from '../dataset/vocabulary';
import { parseArticleFile, type ArticleFile } from './articleFile';

/** Where a dataset's article files live. (A dataset opened from a file has no such place.) */
export type ArticleHome =
  | { kind: 'bundled' }
  | { kind: 'url'; datasetUrl: string }
  /** A draft's preview: the article files are in memory (name → content). */
  | { kind: 'memory'; files: ReadonlyMap<string, string> };

const BUNDLED = import.meta.glob<string>('../../data/articles/*.txt', { query: '?raw', import: 'default' });

/** Article texts are a few kilobytes; anything far larger is not one. */
const MAX_ARTICLE_BYTES = 5_000_000;

const cache = new Map<string, Promise<ArticleFile>>();

export function articleKey(home: ArticleHome, fileName: string): string {
  if (home.kind === 'memory') return `memory:${fileName}`;
  return home.kind === 'bundled' ? `bundled:${fileName}` : `${home.datasetUrl}#${fileName}`;
}

export function loadArticle(home: ArticleHome, fileName: string): Promise<ArticleFile> {
  // A draft's texts change between previews: read, never cached.
  if (home.kind === 'memory') {
    const content = home.files.get(fileName);
    return content === undefined
      ? Promise.reject(new Error(`the draft has no article text "${fileName}"`))
      : Promise.resolve(parseArticleFile(content));
  }
  const key = articleKey(home, fileName);
  let pending = cache.get(key);
  if (!pending) {
    pending = (home.kind === 'bundled' ? readBundled(fileName) : download(home.datasetUrl, fileName)).then(
      parseArticleFile,
    );
    // A failure is not remembered: the next attempt tries again.
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

function readBundled(fileName: string): Promise<string> {
  const load = BUNDLED[`../../data/articles/${fileName}`];
  return load ? load() : Promise.reject(new Error(`the bundled dataset has no article file "${fileName}"`));
}

async function download(datasetUrl: string, fileName: string): Promise<string> {
  if (!ARTICLE_FILE_PATTERN.test(fileName)) throw new Error(`"${fileName}" is not an article file name`);
  const url = articleUrl(datasetUrl, fileName, window.location.href);
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`the article text could not be downloaded from ${url} (network error or the server refused)`);
  }
  if (!response.ok) throw new Error(`the article text could not be downloaded from ${url} (HTTP ${response.status})`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_ARTICLE_BYTES) throw new Error(`${url} is too large to be an article text`);
  const text = await response.text();
  if (text.length > MAX_ARTICLE_BYTES) throw new Error(`${url} is too large to be an article text`);
  return text;
}

/** `articles/NAME` beside the dataset, e.g. https://x.org/data/events.json → https://x.org/data/articles/NAME. */
export function articleUrl(datasetUrl: string, fileName: string, pageUrl: string): string {
  return new URL(`articles/${fileName}`, new URL(datasetUrl, pageUrl)).href;
}
