import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipText, textPieces } from './clip';

describe('clipText', () => {
  it('returns a text within the limit whole', () => {
    expect(clipText('A short quote.', 20)).toEqual({ text: 'A short quote.', clipped: false });
    expect(clipText('x'.repeat(20), 20)).toEqual({ text: 'x'.repeat(20), clipped: false });
  });

  it('cuts a longer text at a space near the limit', () => {
    expect(clipText('The call did not go well at all', 20)).toEqual({ text: 'The call did not go', clipped: true });
  });

  it('cuts mid-word when no space is near', () => {
    expect(clipText('x'.repeat(1_000_000), 100)).toEqual({ text: 'x'.repeat(100), clipped: true });
  });

  it('never splits a surrogate pair', () => {
    const { text } = clipText('😀'.repeat(10), 5);
    expect(text).toBe('😀😀');
  });

  it('stays within the limit and is a prefix of the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 2, max: 100 }), (text, limit) => {
        const result = clipText(text, limit);
        expect(result.text.length).toBeLessThanOrEqual(limit);
        expect(text.startsWith(result.text)).toBe(true);
        expect(result.clipped).toBe(text.length > limit);
      }),
    );
  });
});

describe('textPieces', () => {
  it('gives a short text as one piece', () => {
    expect(textPieces('abc', 10)).toEqual(['abc']);
  });

  it('cuts after a space near each boundary', () => {
    expect(textPieces('aaaa bbbb cccc dddd', 10)).toEqual(['aaaa bbbb ', 'cccc dddd']);
    expect(textPieces('aaaaaaaaa bbbbbbbbb', 9)).toEqual(['aaaaaaaaa', ' bbbbbbbb', 'b']);
  });

  it('pieces join back to the text, are bounded, and never split a surrogate pair (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 2, max: 50 }), (text, size) => {
        const pieces = textPieces(text, size);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) {
          expect(piece.length).toBeLessThanOrEqual(size);
          expect(piece).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
        }
      }),
    );
  });
});
