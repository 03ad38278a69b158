import { describe, expect, it } from 'vitest';
import {
  andInto,
  bitsetFromOrdinals,
  emptyBitset,
  forEachBit,
  fullBitset,
  hasBit,
  popcount,
  setBit,
  toOrdinals,
  type Bitset,
} from './bitset';
import { prng } from './testing.test-utils';

function bitsVisited(bits: Bitset, from?: number, to?: number): number[] {
  const out: number[] = [];
  forEachBit(bits, (i) => out.push(i), from, to);
  return out;
}

describe('emptyBitset / fullBitset', () => {
  it.each([
    [0, 0],
    [1, 1],
    [31, 1],
    [32, 1],
    [33, 2],
    [64, 2],
    [65, 3],
  ])('a set of %i bits takes %i words', (size, words) => {
    expect(emptyBitset(size)).toHaveLength(words);
    expect(fullBitset(size)).toHaveLength(words);
  });

  it.each([0, 1, 5, 31, 32, 33, 63, 64, 65, 100])('a full set of %i has exactly bits 0..%i-1, none beyond', (size) => {
    const bits = fullBitset(size);
    expect(popcount(bits)).toBe(size);
    expect(bitsVisited(bits)).toEqual(Array.from({ length: size }, (_, i) => i));
    expect(popcount(emptyBitset(size))).toBe(0);
  });
});

describe('setBit / hasBit', () => {
  it('sets and reads bits at word boundaries', () => {
    const bits = emptyBitset(100);
    for (const i of [0, 31, 32, 33, 63, 64, 99]) setBit(bits, i);
    for (let i = 0; i < 100; i++) expect(hasBit(bits, i), String(i)).toBe([0, 31, 32, 33, 63, 64, 99].includes(i));
  });

  it('bit 31 is stored in the top of the first word without sign trouble', () => {
    const bits = emptyBitset(32);
    setBit(bits, 31);
    expect(bits[0]).toBe(0x80000000);
    expect(popcount(bits)).toBe(1);
    expect(toOrdinals(bits)).toEqual(Uint32Array.from([31]));
  });

  it('setting a bit twice keeps one bit', () => {
    const bits = emptyBitset(10);
    setBit(bits, 3);
    setBit(bits, 3);
    expect(popcount(bits)).toBe(1);
  });
});

describe('popcount', () => {
  it.each([
    [[], 0],
    [[0], 1],
    [
      [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
        30, 31,
      ],
      32,
    ],
    [[31, 32], 2],
    [[5, 37, 69, 101], 4],
  ])('counts %j as %i', (ordinals, count) => {
    expect(popcount(bitsetFromOrdinals(128, ordinals))).toBe(count);
  });

  it('agrees with a naive count on random sets', () => {
    const random = prng(7);
    for (let round = 0; round < 50; round++) {
      const size = 1 + Math.floor(random() * 300);
      const chosen = new Set<number>();
      for (let k = 0; k < size / 3; k++) chosen.add(Math.floor(random() * size));
      expect(popcount(bitsetFromOrdinals(size, [...chosen]))).toBe(chosen.size);
    }
  });
});

describe('forEachBit', () => {
  const all = fullBitset(96);

  it('visits every set bit in ascending order', () => {
    expect(bitsVisited(bitsetFromOrdinals(100, [64, 3, 33, 99, 0, 31, 32]))).toEqual([0, 3, 31, 32, 33, 64, 99]);
  });

  it.each([
    [0, 96],
    [31, 33],
    [32, 33],
    [33, 34],
    [30, 34],
    [31, 32],
    [32, 64],
    [31, 65],
    [1, 95],
    [63, 64],
    [64, 96],
    [0, 1],
    [95, 96],
    [5, 5],
    [40, 10],
  ])('visits exactly [%i, %i)', (from, to) => {
    const expected = [];
    for (let i = from; i < to; i++) expected.push(i);
    expect(bitsVisited(all, from, to)).toEqual(expected);
  });

  it('restricts a sparse set to the range, with the range ends on and off set bits', () => {
    const bits = bitsetFromOrdinals(100, [0, 31, 32, 33, 63, 64, 99]);
    expect(bitsVisited(bits, 31, 33)).toEqual([31, 32]);
    expect(bitsVisited(bits, 32, 64)).toEqual([32, 33, 63]);
    expect(bitsVisited(bits, 34, 63)).toEqual([]);
    expect(bitsVisited(bits, 33, 100)).toEqual([33, 63, 64, 99]);
    expect(bitsVisited(bits, 1, 31)).toEqual([]);
  });

  it('agrees with a naive scan on random sets and ranges', () => {
    const random = prng(11);
    for (let round = 0; round < 200; round++) {
      const size = 1 + Math.floor(random() * 200);
      const ordinals = Array.from({ length: Math.floor(random() * size) }, () => Math.floor(random() * size));
      const bits = bitsetFromOrdinals(size, ordinals);
      const from = Math.floor(random() * (size + 1));
      const to = from + Math.floor(random() * (size + 1 - from));
      const expected = [...new Set(ordinals)].filter((i) => i >= from && i < to).sort((a, b) => a - b);
      expect(bitsVisited(bits, from, to), `size ${size} [${from}, ${to})`).toEqual(expected);
    }
  });
});

describe('toOrdinals / bitsetFromOrdinals', () => {
  it('round-trips a set of ordinals, sorted and without duplicates', () => {
    const bits = bitsetFromOrdinals(70, [69, 1, 32, 1, 31, 64]);
    expect(Array.from(toOrdinals(bits))).toEqual([1, 31, 32, 64, 69]);
  });

  it('returns an empty array for an empty set', () => {
    expect(toOrdinals(emptyBitset(40))).toEqual(new Uint32Array(0));
  });
});

describe('andInto', () => {
  it('intersects in place and returns the target', () => {
    const a = bitsetFromOrdinals(70, [1, 31, 32, 33, 64, 69]);
    const b = bitsetFromOrdinals(70, [0, 31, 33, 64, 68]);
    const result = andInto(a, b);
    expect(result).toBe(a);
    expect(Array.from(toOrdinals(a))).toEqual([31, 33, 64]);
    expect(Array.from(toOrdinals(b))).toEqual([0, 31, 33, 64, 68]);
  });

  it('with a full set is the identity, with an empty set empties', () => {
    const a = bitsetFromOrdinals(40, [2, 35]);
    andInto(a, fullBitset(40));
    expect(Array.from(toOrdinals(a))).toEqual([2, 35]);
    andInto(a, emptyBitset(40));
    expect(popcount(a)).toBe(0);
  });
});
