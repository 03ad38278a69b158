/**
 * Finding a quote in an article's (folded) text. A quote may leave words out with an ellipsis
 * ("..." or "…"): each piece between ellipses must then appear after the one before it. When a
 * piece is missing, `closestPassage` finds the stretch of the article most like it, word by word,
 * so that a reader sees at once which word differs.
 */
import { fold } from './foldText';

export interface Span {
  start: number;
  end: number;
}

/** The pieces of a quote between its ellipses, folded. */
export function quotePieces(quote: string): string[] {
  return fold(quote)
    .split(/\s*(?:\.\.\.|\u2026)\s*/)
    .map((piece) => piece.trim())
    .filter(Boolean);
}

export type PiecesMatch =
  | { ok: true; spans: Span[] }
  /** `piece` is the index of the first piece not found after the ones before it. */
  | { ok: false; piece: number; foundEarlier: boolean };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the match neither starts nor ends inside a word (a quoted "war" is not in "warned"). */
function atWordEdges(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const first = text[start];
  const last = text[end - 1];
  return (
    !(before && first && WORD_CHAR.test(before) && WORD_CHAR.test(first)) &&
    !(after && last && WORD_CHAR.test(after) && WORD_CHAR.test(last))
  );
}

function indexOfPiece(text: string, piece: string, from: number, wholeWords: boolean): number {
  let at = text.indexOf(piece, from);
  while (wholeWords && at >= 0 && !atWordEdges(text, at, at + piece.length)) at = text.indexOf(piece, at + 1);
  return at;
}

/** Finds every piece in order in `text` (both folded). */
export function findPieces(text: string, pieces: readonly string[], wholeWords = false): PiecesMatch {
  const spans: Span[] = [];
  let from = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const at = indexOfPiece(text, piece, from, wholeWords);
    if (at < 0) return { ok: false, piece: i, foundEarlier: indexOfPiece(text, piece, 0, wholeWords) >= 0 };
    spans.push({ start: at, end: at + piece.length });
    from = at + piece.length;
  }
  return { ok: true, spans };
}

interface Word extends Span {
  /** Compared without case and surrounding punctuation, so near-misses still line up. */
  key: string;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const key = match[0].toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    words.push({ start: match.index, end: match.index + match[0].length, key });
  }
  return words;
}

export interface Passage extends Span {
  /** Word edits (changed, missing or extra words) between the piece and this passage. */
  edits: number;
  /** Lower is closer: edits first, then the tie-breaks below. Comparable across articles. */
  rank: number;
}

/**
 * The stretch of `text` that needs the fewest word edits to become `piece` (both folded): an edit
 * distance over words in which the passage may start and end anywhere in the text. Cost is words
 * in the piece times words in the text, a few hundred thousand steps for a long article.
 */
export function closestPassage(text: string, piece: string): Passage | null {
  const textWords = wordsOf(text);
  const pieceWords = wordsOf(piece);
  const n = textWords.length;
  if (n === 0 || pieceWords.length === 0) return null;
  // Row i holds, for each end position j in the text, the cheapest alignment of the first i words
  // of the piece ending there, and where in the text that alignment starts.
  let cost = new Uint32Array(n + 1);
  let start = Uint32Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= pieceWords.length; i++) {
    const key = pieceWords[i - 1]!.key;
    const nextCost = new Uint32Array(n + 1);
    const nextStart = new Uint32Array(n + 1);
    nextCost[0] = i;
    nextStart[0] = 0;
    for (let j = 1; j <= n; j++) {
      const same = textWords[j - 1]!.key === key ? 0 : 1;
      let best = cost[j - 1]! + same;
      let from = start[j - 1]!;
      if (cost[j]! + 1 < best) {
        best = cost[j]! + 1;
        from = start[j]!;
      }
      if (nextCost[j - 1]! + 1 < best) {
        best = nextCost[j - 1]! + 1;
        from = nextStart[j - 1]!;
      }
      nextCost[j] = best;
      nextStart[j] = from;
    }
    cost = nextCost;
    start = nextStart;
  }
  // Among equally close passages, prefer one that does not run across a sentence end, then one of
  // the piece's length: "the second in recent weeks" over "the BBC. In recent weeks" for "the first in recent weeks".
  let best: Passage | null = null;
  let minimum = Infinity;
  for (let j = 1; j <= n; j++) minimum = Math.min(minimum, cost[j]!);
  for (let j = 1; j <= n; j++) {
    if (cost[j] !== minimum) continue;
    const first = Math.min(start[j]!, j - 1);
    const span = { start: textWords[first]!.start, end: textWords[j - 1]!.end };
    const rank = minimum * 1e9 + tieBreak(text, piece, span);
    if (!best || rank < best.rank) best = { ...span, edits: minimum, rank };
  }
  return best;
}

function tieBreak(text: string, piece: string, passage: Span): number {
  const stretch = text.slice(passage.start, passage.end);
  const sentenceEnds = (stretch.match(/[.!?]["')\]]?\s/g) ?? []).length;
  return sentenceEnds * 10_000 + Math.abs(stretch.length - piece.length);
}

/**
 * A passage for a one-line report: white space already folded, cut to `max` characters. Given the
 * piece it was compared with, a long passage is cut around the first place where the two differ,
 * so that the changed word shows.
 */
export function excerptOf(text: string, span: Span, max = 240, piece?: string): string {
  const passage = text.slice(span.start, span.end);
  if (passage.length <= max) return passage;
  let differs = 0;
  if (piece !== undefined) while (differs < piece.length && piece[differs] === passage[differs]) differs++;
  let from = Math.max(0, Math.min(differs - Math.floor(max / 2), passage.length - max));
  // Start at a word.
  if (from > 0 && passage.indexOf(' ', from - 1) >= 0) from = Math.min(differs, passage.indexOf(' ', from - 1) + 1);
  const to = Math.min(passage.length, from + max);
  return `${from > 0 ? '…' : ''}${passage.slice(from, to).trimEnd()}${to < passage.length ? '…' : ''}`;
}
