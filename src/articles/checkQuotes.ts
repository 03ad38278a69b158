/**
 * The proof of a dataset: every quote is in its own source's article, word for word (pieces
 * between ellipses in order); every URL a source gives is printed in its article, and so is its
 * title; and every word that a title, summary or claim (or the intro's dek) puts in quotation marks is in
 * some article.
 * Each problem names its JSON path and, where something is missing, the closest passage.
 *
 * It reads the dataset defensively (it may run on a file that also fails validation) and leaves
 * the rest of the contract to `npm run validate`.
 */
import type { JsonPath, PathProblem } from '../dataset/problems';
import { parseArticleFile } from './articleFile';
import { fold } from './foldText';
import { quotedPassages } from './quotedPassages';
import { closestPassage, excerptOf, findPieces, quotePieces, type Passage } from './quoteMatch';

/** Pieces shorter than this prove too little: "the" is in every article. */
export const MIN_PIECE_LENGTH = 8;

/**
 * The content of an article file; null when there is no such file; `unread` when there is one that
 * was not read (refused, too large, not text), with what to report, e.g. `"a.txt" is a symbolic link: not read`.
 */
export type ReadArticle = (fileName: string) => string | { unread: string } | null;

export interface QuoteCheck {
  problems: PathProblem[];
  counts: { quotes: number; urls: number; titles: number; passages: number; articles: number };
}

interface Article {
  name: string;
  /** The article text (without the header), NFC, and folded for comparison. */
  raw: string;
  folded: string;
  /** Folded and in lower case, for quoted words in prose. */
  lower: string;
}

type Json = Record<string, unknown>;
const record = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const quoted = (text: string) => `"${text}"`;
type Report = (path: JsonPath, message: string) => void;

export function checkQuotes(input: unknown, readArticle: ReadArticle): QuoteCheck {
  const problems: PathProblem[] = [];
  const report: Report = (path, message) => problems.push({ kind: 'proof', path, message });
  const counts = { quotes: 0, urls: 0, titles: 0, passages: 0, articles: 0 };
  const root = record(input);

  // Each source's article, read once; sources without one are reported once, with what they leave unchecked.
  const articleOf = new Map<string, Article | null>();
  const loaded = new Map<string, Article | { unread: string } | null>();
  list(root.sources).forEach((value, i) => {
    const source = record(value);
    if (typeof source.id !== 'string') return;
    const file = source.article;
    if (typeof file !== 'string') {
      articleOf.set(source.id, null);
      return;
    }
    if (!loaded.has(file)) {
      const content = readArticle(file);
      loaded.set(file, typeof content === 'string' ? articleFrom(file, content) : content);
    }
    const found = loaded.get(file) ?? null;
    // A file that was not read is reported as such, and nothing of it is ever shown.
    if (found === null) report(['sources', i, 'article'], `no article file ${quoted(file)}`);
    else if ('unread' in found) report(['sources', i, 'article'], found.unread);
    const article = found !== null && 'folded' in found ? found : null;
    articleOf.set(source.id, article);
    if (!article) return;
    if (typeof source.url === 'string') {
      counts.urls++;
      checkUrl(source.url, article, ['sources', i, 'url'], report);
    }
    if (typeof source.title === 'string') {
      counts.titles++;
      const title = fold(source.title);
      if (!article.folded.includes(title)) {
        report(['sources', i, 'title'], `not printed in ${article.name}${closest(article, title)}`);
      }
    }
  });
  const articles = [...loaded.values()].filter((a): a is Article => a !== null && 'folded' in a);
  counts.articles = articles.length;

  const unchecked = new Map<string, number>();
  list(root.events).forEach((value, e) => {
    const event = record(value);
    const where = typeof event.id === 'string' ? ` (event ${event.id})` : '';
    list(event.excerpts).forEach((excerptValue, x) => {
      const excerpt = record(excerptValue);
      const path = ['events', e, 'excerpts', x, 'quote'];
      if (typeof excerpt.quote !== 'string' || typeof excerpt.source !== 'string') return;
      counts.quotes++;
      if (!articleOf.has(excerpt.source)) return report(path, `no source with id ${quoted(excerpt.source)}${where}`);
      const article = articleOf.get(excerpt.source);
      if (!article) {
        unchecked.set(excerpt.source, (unchecked.get(excerpt.source) ?? 0) + 1);
        return;
      }
      const message = checkQuote(excerpt.quote, article);
      if (message) report(path, `${message}${where}`);
    });
    const prose: [JsonPath, unknown][] = [
      [['title'], event.title],
      [['summary'], event.summary],
      ...list(event.claims).map((claim, c): [JsonPath, unknown] => [['claims', c, 'text'], record(claim).text]),
    ];
    for (const [field, text] of prose) {
      if (typeof text !== 'string') continue;
      for (const passage of quotedPassages(text)) {
        counts.passages++;
        const message = checkPassage(passage.text, articles);
        if (message) report(['events', e, ...field], `${message}${where}`);
      }
    }
  });
  // The lede speaks for the dataset too: words it puts in quotation marks must be in some article.
  const dek = record(root.intro).dek;
  if (typeof dek === 'string') {
    for (const passage of quotedPassages(dek)) {
      counts.passages++;
      const message = checkPassage(passage.text, articles);
      if (message) report(['intro', 'dek'], `${message} (the intro)`);
    }
  }
  list(root.sources).forEach((value, i) => {
    const source = record(value);
    const count = typeof source.id === 'string' ? unchecked.get(source.id) : undefined;
    if (!count) return;
    const quotes = `${count} quote${count === 1 ? '' : 's'}`;
    // A source that names a file that is missing or was not read is not one without a file.
    if (typeof source.article === 'string')
      report(['sources', i], `its ${quotes} cannot be checked without its article`);
    else report(['sources', i], `has no "article" file, so its ${quotes} cannot be checked`);
  });
  return { problems, counts };
}

function articleFrom(name: string, content: string): Article {
  const raw = parseArticleFile(content).text.normalize('NFC');
  const folded = fold(raw);
  return { name, raw, folded, lower: folded.toLowerCase() };
}

function closest(article: Article, piece: string): string {
  const passage = closestPassage(article.folded, piece);
  return passage ? `; closest passage: ${quoted(excerptOf(article.folded, passage, 240, piece))}` : '';
}

/** Why a quote is not in its article, or null when it is. */
function checkQuote(quote: string, article: Article): string | null {
  const pieces = quotePieces(quote);
  if (pieces.length === 0) return 'is empty';
  const short = pieces.find((piece) => piece.length < MIN_PIECE_LENGTH);
  if (short !== undefined) {
    return `the piece ${quoted(short)} between ellipses is shorter than ${MIN_PIECE_LENGTH} characters: too short to prove anything`;
  }
  const match = findPieces(article.folded, pieces);
  if (match.ok) return null;
  const piece = pieces[match.piece]!;
  const which = pieces.length === 1 ? 'not' : `piece ${match.piece + 1} of ${pieces.length} (${quoted(piece)}) is not`;
  if (match.foundEarlier)
    return `${which} in ${article.name} after the piece before it (pieces must keep the article's order)`;
  return `${which} in ${article.name}${closest(article, piece)}`;
}

/**
 * Quoted words in prose must be in some article, as whole words. Case may differ: prose may quote a
 * headline's "No Intention" as "no intention", or start a quote mid-sentence. (Quotes, the evidence,
 * keep their case.)
 */
function checkPassage(passage: string, articles: Article[]): string | null {
  const pieces = quotePieces(passage).map((piece) => piece.toLowerCase());
  if (pieces.length === 0) return null;
  if (articles.some((article) => findPieces(article.lower, pieces, true).ok)) return null;
  let best: (Passage & { article: Article }) | null = null;
  const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a));
  for (const article of articles) {
    const found = closestPassage(article.folded, longest);
    if (found && (!best || found.rank < best.rank)) best = { article, ...found };
  }
  const hint = best
    ? `; closest passage (${best.article.name}): ${quoted(excerptOf(best.article.folded, best, 240, longest))}`
    : '';
  return `quotes ${quoted(passage)}, which is in no article${hint}`;
}

function checkUrl(url: string, article: Article, path: JsonPath, report: Report): void {
  // "https://x/" and "http://x" are the same page as far as an article printing it is concerned.
  const bare = url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  if (article.raw.includes(bare)) return;
  const printed = [...article.raw.matchAll(/https?:\/\/\S+|www\.\S+/gi)].map((m) => m[0]);
  const hint = printed.length
    ? `; it prints ${printed
        .slice(0, 3)
        .map((u) => quoted(u))
        .join(', ')}`
    : '; it prints no URL';
  report(path, `not printed in ${article.name}${hint}`);
}
