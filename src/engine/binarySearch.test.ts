import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIndexWhere, lowerBound, upperBound } from './binarySearch';

describe('binary search', () => {
  it('finds the bounds of a run of equal values, and the ends', () => {
    const sorted = Uint32Array.from([1, 3, 3, 3, 7]);
    expect(lowerBound(sorted, 3)).toBe(1);
    expect(upperBound(sorted, 3)).toBe(4);
    expect(lowerBound(sorted, 0)).toBe(0);
    expect(upperBound(sorted, 7)).toBe(5);
    expect(lowerBound(sorted, 8)).toBe(5);
    expect(lowerBound(new Uint32Array(0), 1)).toBe(0);
  });

  it('searches strings in code-unit order', () => {
    const words = ['biden', 'putin', 'putnam', 'zelensky'];
    expect(lowerBound(words, 'put')).toBe(1);
    expect(lowerBound(words, 'put\uffff')).toBe(3);
  });

  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -25, max: 25 }), (values, value) => {
        const sorted = [...values].sort((a, b) => a - b);
        const firstAtLeast = sorted.findIndex((x) => x >= value);
        const firstAbove = sorted.findIndex((x) => x > value);
        expect(lowerBound(sorted, value)).toBe(firstAtLeast < 0 ? sorted.length : firstAtLeast);
        expect(upperBound(sorted, value)).toBe(firstAbove < 0 ? sorted.length : firstAbove);
      }),
    );
  });

  it('finds where a predicate starts to hold', () => {
    expect(firstIndexWhere(10, (i) => i * i >= 50)).toBe(8);
    expect(firstIndexWhere(10, () => false)).toBe(10);
    expect(firstIndexWhere(10, () => true)).toBe(0);
  });
});
