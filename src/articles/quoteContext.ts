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

export interface ContextPassage {
  segments: ContextSegment[];
  /** The passage starts or ends inside a paragraph (the view marks the cut). */
  cutBefore: boolean;
  cutAfter: boolean;
}

export interface QuoteInContext {
  /** One passage, or several where an ellipsis leaves out a long stretch of the article. */
  passages: ContextPassage[];
}

/** How many sentences to show on each side of the quote. */
const SENTENCES_AROUND = 1;
/** Pieces of an ellipsis quote further apart than this are shown as passages of their own. */
const MAX_GAP = 300;

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
  // A sentence on each side, even across a paragraph break: where the quote is a paragraph of its
  // own (a live blog's short posts), the paragraphs around it are its context.
  const sentences = [...sentenceSegmenter.segment(text)]
    .filter((s) => s.segment.trim() !== '')
    .map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  const around = (first: number, last: number): Span => {
    const firstSentence = sentences.findIndex((s) => s.end > first);
    const lastSentence = sentences.findLastIndex((s) => s.start < last);
    return {
      start: sentences[Math.max(0, firstSentence - SENTENCES_AROUND)]!.start,
      end: sentences[Math.min(sentences.length - 1, lastSentence + SENTENCES_AROUND)]!.end,
    };
  };

  const groups: { span: Span; marks: Span[] }[] = [];
  for (const mark of marks) {
    const previous = groups.at(-1);
    const lastMark = previous?.marks.at(-1);
    if (previous && lastMark && mark.start - lastMark.end <= MAX_GAP) {
      previous.marks.push(mark);
      previous.span = around(previous.marks[0]!.start, mark.end);
    } else {
      groups.push({ span: around(mark.start, mark.end), marks: [mark] });
    }
  }
  // Contexts that touch become one passage.
  const merged: typeof groups = [];
  for (const group of groups) {
    const previous = merged.at(-1);
    if (previous && group.span.start <= previous.span.end) {
      previous.marks.push(...group.marks);
      previous.span = { start: previous.span.start, end: Math.max(previous.span.end, group.span.end) };
    } else {
      merged.push(group);
    }
  }
  return { passages: merged.map((group) => passageOf(text, group.span, group.marks)) };
}

function passageOf(text: string, { start: from, end: to }: Span, marks: Span[]): ContextPassage {
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
