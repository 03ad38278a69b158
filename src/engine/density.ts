/** The density overview: how many matched events begin in each of `bins` equal slices of a span. */
import { forEachBit, type Bitset } from './bitset';
import { lowerBoundStart, type EventIndex } from './eventIndex';

export interface Histogram {
  start: number;
  end: number;
  counts: Uint32Array;
  max: number;
}

export function histogram(index: EventIndex, matched: Bitset, start: number, end: number, bins: number): Histogram {
  const counts = new Uint32Array(bins);
  const width = Math.max(end - start, 1) / bins;
  const first = lowerBoundStart(index, start);
  const last = lowerBoundStart(index, end);
  forEachBit(
    matched,
    (i) => {
      counts[Math.min(bins - 1, Math.floor((index.startKey[i]! - start) / width))]!++;
    },
    first,
    last,
  );
  let max = 0;
  for (const c of counts) max = Math.max(max, c);
  return { start, end, counts, max };
}
