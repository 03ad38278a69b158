/**
 * A quote in its article, found off the page's thread (see articleContext.ts for the page's side):
 * the article's bytes are decoded as every file Sourceline reads is (decodeText: UTF-8, UTF-16 or
 * Windows-1252), the curators' header set apart, and the quote looked for in the text. Searching a
 * few megabytes for a quote that is not there takes long enough to freeze a page.
 */
import { parseArticleFile } from '../articles/articleFile';
import { quoteInContext, type QuoteInContext } from '../articles/quoteContext';
import { decodeText } from './decodeText';

export interface ContextRequest {
  /** The article file's bytes (downloaded), or its text (the bundled articles are built in as text). */
  article: { bytes: Uint8Array } | { text: string };
  quote: string;
}

export type ContextReply =
  | { kind: 'found'; context: QuoteInContext }
  /** The article does not hold the quote word for word. */
  | { kind: 'absent' }
  /** The file is not text Sourceline reads (a binary file, UTF-32…): why, in a sentence. */
  | { kind: 'unreadable'; message: string };

export function findInArticle({ article, quote }: ContextRequest): ContextReply {
  let content: string;
  if ('text' in article) {
    content = article.text;
  } else {
    const decoded = decodeText(article.bytes);
    if (!decoded.ok) return { kind: 'unreadable', message: decoded.message };
    content = decoded.text;
  }
  const context = quoteInContext(parseArticleFile(content).text, quote);
  return context ? { kind: 'found', context } : { kind: 'absent' };
}
