import { describe, expect, it } from 'vitest';
import { bitsetFromOrdinals, fullBitset, hasBit } from './bitset';
import { histogram } from './density';
import { indexOf, prng, utc, type EventSpec } from './testing.test-utils';

const DAY = 86_400_000;

describe('histogram', () => {
  const index = indexOf({
    events: [
      { id: 'dec', start: '2021-12' }, // begins before the span: not counted, though it overlaps nothing here
      { id: 'jan', start: '2022-01' }, // begins at the span's first instant
      { id: 'jan1', start: '2022-01-01' },
      { id: 'jan3', start: '2022-01-03' },
      { id: 'jan4-late', start: '2022-01-04T23:59Z', timeZone: 'UTC' },
      { id: 'jan5', start: '2022-01-05' }, // the span's end is exclusive
    ],
  });
  const start = utc(2022, 1, 1);
  const end = utc(2022, 1, 5);

  it('counts the matched events that begin in each equal slice of the span', () => {
    const h = histogram(index, fullBitset(index.count), start, end, 4);
    expect(Array.from(h.counts)).toEqual([2, 0, 1, 1]);
    expect(h.max).toBe(2);
    expect(h.start).toBe(start);
    expect(h.end).toBe(end);
  });

  it('counts only matched events', () => {
    const jan3 = index.eventOrdinal.get('jan3')!;
    const jan1 = index.eventOrdinal.get('jan1')!;
    const h = histogram(index, bitsetFromOrdinals(index.count, [jan3, jan1]), start, end, 4);
    expect(Array.from(h.counts)).toEqual([1, 0, 1, 0]);
    expect(h.max).toBe(1);
  });

  it('is all zeros, with max 0, when nothing matches or nothing begins in the span', () => {
    expect(Array.from(histogram(index, bitsetFromOrdinals(index.count, []), start, end, 3).counts)).toEqual([0, 0, 0]);
    const empty = histogram(index, fullBitset(index.count), utc(2030), utc(2031), 5);
    expect(Array.from(empty.counts)).toEqual([0, 0, 0, 0, 0]);
    expect(empty.max).toBe(0);
  });

  it('puts everything in one bin when asked for one', () => {
    expect(Array.from(histogram(index, fullBitset(index.count), start, end, 1).counts)).toEqual([4]);
  });

  it('sums to the number of matched events beginning in the span (random data, spans and bins)', () => {
    const random = prng(3);
    const events: EventSpec[] = Array.from({ length: 1500 }, (_, i) => {
      const at = utc(2021, 6, 1) + Math.floor(random() * 400 * DAY);
      const day = new Date(at).toISOString();
      const r = random();
      if (r < 0.2) return { id: `e${i}`, start: `${day.slice(0, 16)}Z`, timeZone: 'UTC' };
      if (r < 0.3) return { id: `e${i}`, start: day.slice(0, 7) };
      return { id: `e${i}`, start: day.slice(0, 10) };
    });
    const big = indexOf({ events });
    for (let round = 0; round < 100; round++) {
      const ordinals = Array.from({ length: big.count }, (_, i) => i).filter(() => random() < 0.5);
      const matched = bitsetFromOrdinals(big.count, ordinals);
      const from = utc(2021, 5, 1) + random() * 400 * DAY;
      const to = from + random() * 200 * DAY;
      const bins = 1 + Math.floor(random() * 200);
      const h = histogram(big, matched, from, to, bins);
      let expected = 0;
      for (let i = 0; i < big.count; i++)
        if (hasBit(matched, i) && big.startKey[i]! >= from && big.startKey[i]! < to) expected++;
      expect(h.counts).toHaveLength(bins);
      expect(h.counts.reduce((sum, c) => sum + c, 0)).toBe(expected);
      expect(h.max).toBe(Math.max(...h.counts));
      // Each event is in the bin of its own start.
      const width = (to - from) / bins;
      const naive = new Uint32Array(bins);
      for (let i = 0; i < big.count; i++) {
        if (!hasBit(matched, i) || big.startKey[i]! < from || big.startKey[i]! >= to) continue;
        naive[Math.min(bins - 1, Math.floor((big.startKey[i]! - from) / width))]!++;
      }
      expect(h.counts).toEqual(naive);
    }
  });
});
