import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LONGEST_UNBROKEN_RUN, splitLongRuns } from './longRuns';

const longestRun = (piece: string) => Math.max(0, ...piece.split(/\s/).map((word) => word.length));

describe('splitLongRuns', () => {
  it('leaves ordinary prose whole', () => {
    const prose = 'The call was long and serious, but productive, an official said on Thursday.';
    expect(splitLongRuns(prose)).toEqual([prose]);
  });

  it('cuts a 100,000-letter word into pieces no longer than the limit', () => {
    const pieces = splitLongRuns(`Start ${'A'.repeat(100_000)} end`);
    expect(pieces.length).toBeGreaterThan(100_000 / LONGEST_UNBROKEN_RUN - 1);
    expect(Math.max(...pieces.map(longestRun))).toBeLessThanOrEqual(LONGEST_UNBROKEN_RUN);
    expect(pieces.join('')).toBe(`Start ${'A'.repeat(100_000)} end`);
  });

  it('never separates the halves of a surrogate pair', () => {
    // With one letter first, every cut at a multiple of the limit falls inside a pair.
    const text = `a${'😀'.repeat(200)}`;
    const pieces = splitLongRuns(text);
    expect(pieces.length).toBeGreaterThan(1);
    pieces.forEach((piece, i) => expect(piece).toMatch(i === 0 ? /^a(?:😀)+$/u : /^(?:😀)+$/u));
  });

  it('gives back the text exactly and bounds every run, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), fc.string({ maxLength: 400 }), (a, b) => {
        const text = a + 'x'.repeat(150) + b;
        const pieces = splitLongRuns(text);
        expect(pieces.join('')).toBe(text);
        // A surrogate pair may push a piece one code unit over the limit, never more.
        for (const piece of pieces) expect(longestRun(piece)).toBeLessThanOrEqual(LONGEST_UNBROKEN_RUN + 1);
      }),
    );
  });
});
