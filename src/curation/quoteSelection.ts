/**
 * Quotes by selection: a quote is made only from stretches of an article's own text, never typed.
 * A stretch is a span of offsets (UTF-16 units) in the article text as stored; a quote with an
 * omission is several spans, written in the article's order and joined with " … ", which is how
 * the quote proof (articles/quoteMatch.ts) reads pieces. Going back from a quote to its spans
 * uses the proof's own folding, so a quote found by `npm run check-quotes` is found here too.
 */
import { foldWithMap } from '../articles/foldText';
import { findPieces, quotePieces, type Span } from '../articles/quoteMatch';

export type { Span };

/** What joins the pieces of a quote with an omission. */
export const PIECE_JOINER = ' … ';

/** The span without the white space at either end (a mouse selection often takes a space along); null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // Never half of a surrogate pair at either end.
  if (start < end && /[\udc00-\udfff]/.test(text[start]!)) start--;
  if (start < end && /[\ud800-\udbff]/.test(text[end - 1]!)) end++;
  return start < end ? { start, end } : null;
}

/** Spans in the article's order, overlapping or touching ones made one: the pieces a quote may have. */
export function normaliseSpans(text: string, spans: readonly Span[]): Span[] {
  const trimmed = spans.map((span) => trimSpan(text, span)).filter((span): span is Span => span !== null);
  trimmed.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of trimmed) {
    const last = merged.at(-1);
    // Pieces with only white space between them are one piece: there is no omission to mark.
    if (last && (span.start <= last.end || text.slice(last.end, span.start).trim() === '')) {
      last.end = Math.max(last.end, span.end);
    } else merged.push({ ...span });
  }
  return merged;
}

/** The quote that the spans select: the article's own characters, pieces joined with " … ". */
export function quoteFromSpans(text: string, spans: readonly Span[]): string {
  return normaliseSpans(text, spans)
    .map((span) => text.slice(span.start, span.end))
    .join(PIECE_JOINER);
}

/**
 * Where a quote's pieces are in the article text (offsets in the text as stored), or null when
 * the text does not hold it in order: e.g. after the article text was replaced. Found as the proof
 * finds it: typographic quotes, dashes and white space folded, the first place that fits.
 */
export function spansOfQuote(text: string, quote: string): Span[] | null {
  const normalised = text.normalize('NFC');
  // Offsets must be those of the stored text; NFC could change lengths, so only fold a text that is NFC already.
  if (normalised !== text) return null;
  const folded = foldWithMap(text);
  const pieces = quotePieces(quote);
  if (pieces.length === 0) return null;
  const match = findPieces(folded.text, pieces);
  if (!match.ok) return null;
  return match.spans.map((span) => ({ start: folded.origin[span.start]!, end: folded.origin[span.end - 1]! + 1 }));
}

/**
 * The quote with one more piece: the article's order decides where it goes. Null when the quote
 * is no longer in the text (a piece can only be added to a quote that is still found).
 */
export function addPiece(text: string, quote: string, span: Span): string | null {
  const spans = spansOfQuote(text, quote);
  if (!spans) return null;
  return quoteFromSpans(text, [...spans, span]);
}

/** Where `needle` next occurs in the text from `from` on (wrapping to the start), without case; null if nowhere. */
export function findInText(text: string, needle: string, from = 0): Span | null {
  const wanted = needle.trim().toLowerCase();
  if (!wanted) return null;
  const haystack = text.toLowerCase();
  // toLowerCase keeps lengths for nearly all text; where it does not, offsets would lie, so give up.
  if (haystack.length !== text.length) return null;
  let at = haystack.indexOf(wanted, from);
  if (at < 0) at = haystack.indexOf(wanted);
  return at < 0 ? null : { start: at, end: at + wanted.length };
}

const WORD = /[\p{L}\p{N}]/u;

/** The selection's moving end one character, or (by word) to the next word's edge, in a direction. */
export function moveEnd(text: string, at: number, direction: 1 | -1, byWord: boolean): number {
  let i = Math.max(0, Math.min(text.length, at));
  const step = () => {
    i += direction;
    // Keep surrogate pairs whole.
    if (i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!)) i += direction;
  };
  if (!byWord) {
    if ((direction > 0 && i < text.length) || (direction < 0 && i > 0)) step();
    return Math.max(0, Math.min(text.length, i));
  }
  const charAt = (k: number) => (direction > 0 ? text[k] : text[k - 1]);
  const inBounds = () => (direction > 0 ? i < text.length : i > 0);
  while (inBounds() && !WORD.test(charAt(i)!)) step();
  while (inBounds() && WORD.test(charAt(i)!)) step();
  return Math.max(0, Math.min(text.length, i));
}
