/**
 * The published form of a draft: one .zip (fflate, synchronous: its asynchronous API starts
 * workers from blob: URLs, which the page's Content-Security-Policy forbids) holding
 *
 *   events.json          the dataset, as `npm run validate` reads it
 *   articles/NAME.txt    each article text under the header of data/articles/ (articleFile.ts)
 *   README.md            how to check and serve it
 *
 * `npm run validate events.json` and `npm run check-quotes events.json` pass on it unchanged when
 * the draft has no problems. Opening the zip gives the same draft back.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { ARTICLE_FILE_PATTERN } from '../dataset/vocabulary';
import { parseJson } from '../dataset/json';
import type { Dataset } from '../dataset/types';
import { decodeText } from '../loading/decodeText';
import { articleFileContent, readArticleFileContent, sha256Hex, type DraftArticle } from './articleText';
import type { DraftData } from './draft';

export const DATASET_FILE = 'events.json';
export const ARTICLES_FOLDER = 'articles/';
/** A zip this large is not a dataset and its articles; unpacking it would only fill the memory. */
const MAX_UNPACKED_BYTES = 300_000_000;

/** The files of the published zip, by path: what the zip holds, and what a check of it reads. */
export function publishedFiles(data: DraftData): Map<string, string> {
  const files = new Map<string, string>();
  files.set(DATASET_FILE, `${JSON.stringify(data.dataset, null, 2)}\n`);
  for (const article of data.articles) {
    const source = data.dataset.sources.find((s) => s.article === article.file);
    files.set(ARTICLES_FOLDER + article.file, articleFileContent(article, source));
  }
  files.set('README.md', readme(data.dataset));
  return files;
}

/** Zip entries carry a time; a fixed one makes the same draft give the same bytes. */
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

export function buildZip(data: DraftData): Uint8Array {
  const entries: Zippable = {};
  for (const [path, content] of publishedFiles(data)) entries[path] = [strToU8(content), { mtime: FIXED_TIME }];
  return zipSync(entries, { level: 6 });
}

export type OpenedZip = { ok: true; data: DraftData; notices: string[] } | { ok: false; message: string };

/** A published zip opened for editing: its dataset and its article texts, exactly as they were written. */
export async function openZip(bytes: Uint8Array): Promise<OpenedZip> {
  let files: Record<string, Uint8Array>;
  try {
    let total = 0;
    files = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNPACKED_BYTES) throw new Error('it unpacks to more than 300 MB');
        return file.name.endsWith('.json') || file.name.endsWith('.txt');
      },
    });
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    return { ok: false, message: `It is not a zip that Sourceline can open${detail}.` };
  }
  // The dataset may sit in a folder of the zip (a zip made by hand of a whole folder): its articles are beside it.
  const datasetPath = Object.keys(files)
    .filter((path) => path === DATASET_FILE || path.endsWith(`/${DATASET_FILE}`))
    .sort((a, b) => a.length - b.length)[0];
  if (!datasetPath)
    return { ok: false, message: `The zip holds no ${DATASET_FILE}: it is not a published Sourceline dataset.` };
  const folder = datasetPath.slice(0, datasetPath.length - DATASET_FILE.length);
  const decoded = decodeText(files[datasetPath]!);
  if (!decoded.ok) return { ok: false, message: `${DATASET_FILE}: ${decoded.message}` };
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) {
    const { line, column } = parsed.problem.position;
    return {
      ok: false,
      message: `${DATASET_FILE}, line ${line}, column ${column}: malformed JSON: ${parsed.problem.message}`,
    };
  }
  const dataset = parsed.value as Dataset;
  if (!dataset || typeof dataset !== 'object' || !Array.isArray(dataset.events) || !Array.isArray(dataset.sources)) {
    return {
      ok: false,
      message: `${DATASET_FILE} is not a Sourceline dataset (it has no "events" and "sources" lists).`,
    };
  }
  const notices: string[] = decoded.notice ? [`${DATASET_FILE}: ${decoded.notice}`] : [];
  const articles: DraftArticle[] = [];
  for (const source of dataset.sources) {
    const file = source?.article;
    if (typeof file !== 'string' || !ARTICLE_FILE_PATTERN.test(file) || articles.some((a) => a.file === file)) continue;
    const content = files[`${folder}${ARTICLES_FOLDER}${file}`];
    if (!content) {
      notices.push(`The zip has no article text ${ARTICLES_FOLDER}${file} for the source "${String(source.id)}".`);
      continue;
    }
    const text = decodeText(content);
    if (!text.ok) {
      notices.push(`${ARTICLES_FOLDER}${file}: ${text.message}`);
      continue;
    }
    if (text.notice) notices.push(`${ARTICLES_FOLDER}${file}: ${text.notice}`);
    const read = readArticleFileContent(file, text.text);
    articles.push({ ...read, sha256: await sha256Hex(read.text) });
  }
  return { ok: true, data: { dataset, articles }, notices };
}

/** The zip as a file name: the title as a slug. */
export function zipName(dataset: Dataset): string {
  const slug = dataset.title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'dataset'}.zip`;
}

/** The zip's README: what it holds and how to serve it. Text only, from the dataset's title. */
function readme(dataset: Dataset): string {
  const title = dataset.title.replace(/\s+/g, ' ').trim() || 'Untitled dataset';
  return `# ${title}

A Sourceline dataset, made with Sourceline's curation view.

- \`${DATASET_FILE}\`: the dataset (events, accounts, claims, sources, actors, sides).
- \`${ARTICLES_FOLDER}\`: the text of each article the accounts quote, as received, under a short
  header (outlet, title, date, URL where the article prints one, SHA-256 of the text).

## Check it

From a checkout of Sourceline, with this folder unpacked at PATH:

    npm run validate -- PATH/${DATASET_FILE}
    npm run check-quotes -- PATH/${DATASET_FILE}

The first checks the dataset against the contract; the second checks every quote, word for word,
against its article text. Both should report no problems.

## Serve it

Either:

1. Put this folder on any web server next to a Sourceline build (e.g. as \`my-dataset/\`) and open
   Sourceline with \`?data=my-dataset/${DATASET_FILE}\`. The \`${ARTICLES_FOLDER}\` folder beside the
   dataset lets readers use "Read in context". A server on another origin must allow
   cross-origin requests (CORS).
2. Or build Sourceline with it as the bundled dataset: copy \`${DATASET_FILE}\` over
   \`data/events.json\` and the article files into \`data/articles/\`, then \`npm run build\`.
`;
}
