/**
 * An article's text as a draft keeps it: exactly as received, line endings made "\n", with the
 * SHA-256 of the text, and written out in the header format of data/articles/ (articleFile.ts),
 * which `npm run check-quotes` reads.
 */
import type { Source } from '../dataset/types';
import { parseArticleFile } from '../articles/articleFile';

/** An article is a few kilobytes; the longest live blog is well under this. Anything larger is not one article. */
export const MAX_ARTICLE_CHARS = 5_000_000;

export interface DraftArticle {
  /** The file name in `articles/`, the source's `article`. */
  file: string;
  /** The text as received, line endings normalised. */
  text: string;
  sha256: string;
  /** Where the text came from, e.g. the name of the file that was dropped ("pasted" for a paste). */
  receivedAs: string;
  /**
   * The header lines of the file it was read from (an opened dataset or zip), kept so that notes
   * the curators wrote there ("Date: 2022-01-27 (printed as …)") survive a round trip.
   */
  header?: [key: string, value: string][];
}

export const SHA_HEADER = 'SHA-256 of the text below';

/** "\r\n" and lone "\r" become "\n": the only change made to a text as received. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export type TextCheck = { ok: true; text: string } | { ok: false; message: string };

/** Whether a text can be an article: not empty, not too large. Says why not in a sentence. */
export function checkArticleText(raw: string): TextCheck {
  const text = normaliseLineEndings(raw);
  if (text.trim() === '') return { ok: false, message: 'The text is empty.' };
  if (text.length > MAX_ARTICLE_CHARS) {
    const size = (text.length / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 });
    return {
      ok: false,
      message: `The text is ${size} million characters long: too long for one article (the limit is ${MAX_ARTICLE_CHARS / 1_000_000} million). Add the article itself, not a whole site or a collection.`,
    };
  }
  return { ok: true, text };
}

export async function makeArticle(file: string, text: string, receivedAs: string): Promise<DraftArticle> {
  return { file, text, sha256: await sha256Hex(text), receivedAs };
}

/** Header values are one line each: line breaks in a title become spaces. */
const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();

const FROM_SOURCE = ['Outlet', 'Title', 'Date', 'URL'] as const;
const WRITTEN_HERE = new Set(['outlet', 'title', 'date', 'url', 'received as', SHA_HEADER.toLowerCase()]);

/**
 * The article file as published: the header, `---`, then the text exactly. Outlet, title, date and
 * URL come from the source; a value kept from the file it was read from stays as written where it
 * starts with the source's value (it may say how the value was found), and its other lines stay.
 */
export function articleFileContent(article: DraftArticle, source: Source | undefined): string {
  const kept = new Map((article.header ?? []).map(([key, value]) => [key.toLowerCase(), value]));
  const values: Record<(typeof FROM_SOURCE)[number], string | undefined> = {
    Outlet: source?.outlet,
    Title: source?.title,
    Date: source?.published,
    URL: source?.url,
  };
  const header: [string, string | undefined][] = FROM_SOURCE.map((key) => {
    const value = values[key];
    const written = kept.get(key.toLowerCase());
    return [key, value !== undefined && written?.startsWith(value) ? written : value];
  });
  header.push(['Received as', article.receivedAs]);
  // A header longer than articleFile.ts reads (20 lines) would be read as text: other lines are capped.
  const others = (article.header ?? []).filter(([key]) => !WRITTEN_HERE.has(key.toLowerCase()));
  header.push(...others.slice(0, 12));
  header.push([SHA_HEADER, article.sha256]);
  const lines = header
    .filter((entry): entry is [string, string] => entry[1] !== undefined && oneLine(entry[1]) !== '')
    .map(([key, value]) => `${key}: ${oneLine(value)}`);
  return `${lines.join('\n')}\n---\n${article.text}`;
}

/** An article file read back: its text exactly (as articleFile.ts reads it) and its header. */
export function readArticleFileContent(file: string, content: string): Omit<DraftArticle, 'sha256'> {
  const parsed = parseArticleFile(content);
  const receivedAs = parsed.header.find(([key]) => key.toLowerCase() === 'received as')?.[1] ?? file;
  return { file, text: parsed.text, receivedAs, header: parsed.header };
}
