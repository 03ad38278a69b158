/**
 * A quote in context: the sentences of the article around it, cut into plain and quoted stretches
 * so that the view can highlight the quote (and show the words an ellipsis left out, unhighlighted).
 */
import { foldWithMap } from './foldText';
import { findPieces, quotePieces, type Span } from './quoteMatch';

export interface ContextSegment {
  text: string;
  /** True for the words the quote takes from the article. */
  quoted: boolean;
}

export interface QuoteInContext {
  segments: ContextSegment[];
  /** The context starts or ends inside a paragraph (the view marks the cut). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** How many sentences to show on each side of the quote. */
const SENTENCES_AROUND = 1;

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The quote within the sentences around it, or null when the article does not hold it word for word. */
export function quoteInContext(articleText: string, quote: string): QuoteInContext | null {
  const text = articleText.normalize('NFC');
  const folded = foldWithMap(text);
  const pieces = quotePieces(quote);
  if (pieces.length === 0) return null;
  const match = findPieces(folded.text, pieces);
  if (!match.ok) return null;
  // Back from folded positions to the article's own.
  const marks: Span[] = match.spans.map((span) => ({
    start: folded.origin[span.start]!,
    end: folded.origin[span.end - 1]! + 1,
  }));
  const first = marks[0]!.start;
  const last = marks[marks.length - 1]!.end;

  // A sentence on each side, even across a paragraph break: where the quote is a paragraph of its
  // own (a live blog's short posts), the paragraphs around it are its context.
  const sentences = [...sentenceSegmenter.segment(text)]
    .filter((s) => s.segment.trim() !== '')
    .map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  const firstSentence = sentences.findIndex((s) => s.end > first);
  const lastSentence = sentences.findLastIndex((s) => s.start < last);
  const from = sentences[Math.max(0, firstSentence - SENTENCES_AROUND)]!.start;
  const to = sentences[Math.min(sentences.length - 1, lastSentence + SENTENCES_AROUND)]!.end;
  const paragraphStart = text.lastIndexOf('\n', from - 1) + 1;
  const paragraphEndAt = text.indexOf('\n', to - 1);
  const paragraphEnd = paragraphEndAt < 0 ? text.length : paragraphEndAt;

  const segments: ContextSegment[] = [];
  let at = from;
  for (const mark of marks) {
    if (mark.start > at) segments.push({ text: text.slice(at, mark.start), quoted: false });
    segments.push({ text: text.slice(mark.start, mark.end), quoted: true });
    at = mark.end;
  }
  const tail = text.slice(at, to).trimEnd();
  if (tail) segments.push({ text: tail, quoted: false });
  if (segments[0] && !segments[0].quoted) segments[0] = { text: segments[0].text.trimStart(), quoted: false };
  return { segments, cutBefore: from > paragraphStart, cutAfter: text.slice(to, paragraphEnd).trim() !== '' };
}
