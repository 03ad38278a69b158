import { describe, expect, it } from 'vitest';
import { quotePieces } from '../articles/quoteMatch';
import {
  addPiece,
  findInText,
  moveEnd,
  normaliseSpans,
  quoteFromSpans,
  spansOfQuote,
  trimSpan,
} from './quoteSelection';

const TEXT =
  'Officials said on Friday:  \u201cThe talks were  constructive.\u201d\nThey will resume next week, the ministry\u2019s spokesperson added.';
const at = (passage: string) => {
  const start = TEXT.indexOf(passage);
  if (start < 0) throw new Error(passage);
  return { start, end: start + passage.length };
};

describe('a quote made from selected spans of an article', () => {
  it('is the article\u2019s own characters, white space at the ends left out', () => {
    // A mouse selection that takes the spaces around "constructive." along.
    const span = { start: TEXT.indexOf('constructive') - 2, end: TEXT.indexOf('They') };
    expect(quoteFromSpans(TEXT, [span])).toBe('constructive.\u201d');
    expect(trimSpan(TEXT, { start: 0, end: 0 })).toBeNull();
    expect(trimSpan('a   b', { start: 1, end: 4 })).toBeNull();
  });

  it('keeps typographic quotes, double spaces and line breaks as the article has them', () => {
    const quote = quoteFromSpans(TEXT, [at('\u201cThe talks were  constructive.\u201d\nThey will resume')]);
    expect(quote).toBe('\u201cThe talks were  constructive.\u201d\nThey will resume');
  });

  it('joins pieces with an ellipsis in the article\u2019s order, whatever order they were selected in', () => {
    const quote = quoteFromSpans(TEXT, [at('They will resume next week'), at('Officials said on Friday')]);
    expect(quote).toBe('Officials said on Friday \u2026 They will resume next week');
    expect(quotePieces(quote)).toEqual(['Officials said on Friday', 'They will resume next week']);
  });

  it('makes overlapping pieces, or pieces with only white space between them, one piece', () => {
    expect(normaliseSpans(TEXT, [at('Officials said'), at('said on Friday')])).toEqual([
      at('Officials said on Friday'),
    ]);
    expect(quoteFromSpans(TEXT, [at('Officials said'), at('on Friday')])).toBe('Officials said on Friday');
  });
});

describe('finding a quote\u2019s spans in the article again', () => {
  it('gives the offsets in the text as stored, through the proof\u2019s folding', () => {
    // Straight quotes and single spaces for the article's curly quotes and double space: the proof folds them.
    expect(spansOfQuote(TEXT, '"The talks were constructive."')).toEqual([
      at('\u201cThe talks were  constructive.\u201d'),
    ]);
    expect(spansOfQuote(TEXT, "the ministry's spokesperson")).toEqual([at('the ministry\u2019s spokesperson')]);
  });

  it('finds each piece after the one before it', () => {
    const quote = quoteFromSpans(TEXT, [at('Officials said on Friday'), at('the ministry\u2019s spokesperson')]);
    expect(spansOfQuote(TEXT, quote)).toEqual([at('Officials said on Friday'), at('the ministry\u2019s spokesperson')]);
  });

  it('is null when the text no longer holds the quote, or holds its pieces out of order', () => {
    expect(spansOfQuote(TEXT, 'The talks were fruitful')).toBeNull();
    expect(spansOfQuote(TEXT, 'They will resume next week \u2026 Officials said on Friday')).toBeNull();
  });

  it('round-trips: the spans found for a quote make the same quote', () => {
    const quote = quoteFromSpans(TEXT, [at('\u201cThe talks were'), at('resume next week')]);
    expect(quoteFromSpans(TEXT, spansOfQuote(TEXT, quote)!)).toBe(quote);
  });
});

describe('adding a piece to a quote', () => {
  it('puts the new piece where the article has it', () => {
    const quote = quoteFromSpans(TEXT, [at('They will resume next week')]);
    expect(addPiece(TEXT, quote, at('Officials said on Friday'))).toBe(
      'Officials said on Friday \u2026 They will resume next week',
    );
  });

  it('refuses when the quote is no longer in the text', () => {
    expect(addPiece(TEXT, 'words the article does not have', at('Officials said'))).toBeNull();
  });
});

describe('selecting with the keyboard', () => {
  it('finds a passage without case, from a position on, wrapping round', () => {
    expect(findInText(TEXT, 'THEY WILL')).toEqual(at('They will'));
    expect(findInText(TEXT, 'the', TEXT.length - 5)).toEqual({
      start: TEXT.toLowerCase().indexOf('the'),
      end: TEXT.toLowerCase().indexOf('the') + 3,
    });
    expect(findInText(TEXT, 'absent')).toBeNull();
  });

  it('moves the selection\u2019s end by a character or to the edge of a word', () => {
    const start = TEXT.indexOf('Friday');
    expect(moveEnd(TEXT, start, 1, false)).toBe(start + 1);
    expect(moveEnd(TEXT, start, 1, true)).toBe(start + 'Friday'.length);
    expect(moveEnd(TEXT, start + 'Friday'.length, -1, true)).toBe(start);
    expect(moveEnd(TEXT, 0, -1, false)).toBe(0);
    expect(moveEnd(TEXT, TEXT.length, 1, true)).toBe(TEXT.length);
  });
});
