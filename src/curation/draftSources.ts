/**
 * Where a draft's contents come from: a dataset already shown (with its article texts), a file
 * (a published .zip, a dataset .json, a CSV spreadsheet or a TimelineJS file), and the texts of
 * new articles (a paste, a .txt or .md file, a saved web page). Bytes are read with the same
 * decoding rules, and the same notices, as opening a dataset (loading/decodeText.ts).
 */
import { knownFieldsOf } from '../dataset/knownFields';
import type { Dataset } from '../dataset/types';
import { decodeText } from '../loading/decodeText';
import type { ArticleFile } from '../articles/articleFile';
import { checkArticleText, sha256Hex, type DraftArticle } from './articleText';
import type { DraftData } from './draft';
import type { FileImport, ImportRequest } from './fileImport';
import { openZip } from './publishZip';
import { articleFromWebPage } from './webPage';

export type Opened = { ok: true; data: DraftData; notices: string[] } | { ok: false; message: string };

/** A file larger than this is not an article (a saved page with its scripts inlined is rarely over a few MB). */
export const MAX_ARTICLE_FILE_BYTES = 20_000_000;
/** Nor a dataset a curator edits in the browser. */
export const MAX_DRAFT_FILE_BYTES = 200_000_000;

const size = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

/** A dataset shown in the reader, with the article texts it keeps (`read` gives a file's content, or null). */
export async function draftFromDataset(
  dataset: Dataset,
  read: (file: string) => Promise<ArticleFile | null>,
): Promise<Opened> {
  const clean = knownFieldsOf(dataset);
  const articles: DraftArticle[] = [];
  const notices: string[] = [];
  for (const source of clean.sources) {
    const file = source.article;
    if (!file || articles.some((a) => a.file === file)) continue;
    const content = await read(file).catch(() => null);
    if (!content) {
      notices.push(
        `The article text ${file} of the source "${source.id}" could not be read: add it again to check its quotes.`,
      );
      continue;
    }
    const receivedAs = content.header.find(([key]) => key.toLowerCase() === 'received as')?.[1] ?? file;
    articles.push({
      file,
      text: content.text,
      receivedAs,
      header: content.header,
      sha256: await sha256Hex(content.text),
    });
  }
  return { ok: true, data: { dataset: clean, articles }, notices };
}

export type Importer = (request: ImportRequest) => Promise<FileImport>;

/** Reads a file in a worker of its own, ended once it has answered. */
export const importInWorker: Importer = (request) =>
  new Promise((resolve) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: FileImport) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = ({ data }: MessageEvent<FileImport>) => finish(data);
    worker.onerror = (event) =>
      finish({ ok: false, message: `${request.name} could not be read: ${event.message || 'the worker failed'}.` });
    worker.postMessage(request);
  });

/** A file opened for curation: a published .zip, a dataset, a CSV spreadsheet or a TimelineJS file. */
export async function draftFromFile(
  name: string,
  bytes: Uint8Array,
  importer: Importer = importInWorker,
): Promise<Opened> {
  if (bytes.byteLength > MAX_DRAFT_FILE_BYTES) {
    return {
      ok: false,
      message: `${name} is ${size(bytes.byteLength)}: larger than the ${size(MAX_DRAFT_FILE_BYTES)} a draft can be.`,
    };
  }
  if (/\.zip$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) return openZip(bytes);
  const read = await importer({ name, bytes });
  if (!read.ok) return read;
  // Its article texts are not in the file: the curator adds them.
  const opened = await draftFromDataset(read.dataset, async () => null);
  return opened.ok ? { ...opened, notices: [...read.notices, ...opened.notices] } : opened;
}

export type ArticleInput =
  | { ok: true; text: string; receivedAs: string; notice: string | null; title: string | null }
  | { ok: false; message: string };

/** A pasted text as an article. */
export function articleFromPaste(text: string): ArticleInput {
  const checked = checkArticleText(text);
  return checked.ok ? { ok: true, text: checked.text, receivedAs: 'pasted', notice: null, title: null } : checked;
}

/** A chosen or dropped file as an article: plain text or Markdown as it is, a saved web page through Readability. */
export function articleFromFile(name: string, bytes: Uint8Array): ArticleInput {
  if (bytes.byteLength > MAX_ARTICLE_FILE_BYTES) {
    return {
      ok: false,
      message: `${name} is ${size(bytes.byteLength)}: too large to be one article (the limit is ${size(MAX_ARTICLE_FILE_BYTES)}).`,
    };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return {
      ok: false,
      message: `${name} is not a text file (it contains zero bytes): add a .txt or .md file, or a web page saved as .html.`,
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: `${name}: ${decoded.message}` };
  let text = decoded.text;
  let title: string | null = null;
  if (/\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1000))) {
    const page = articleFromWebPage(text);
    if (!page.ok) return { ok: false, message: `${name}: ${page.message}` };
    text = page.text;
    title = page.title;
  }
  const checked = checkArticleText(text);
  if (!checked.ok) return { ok: false, message: `${name}: ${checked.message}` };
  return { ok: true, text: checked.text, receivedAs: name, notice: decoded.notice, title };
}
