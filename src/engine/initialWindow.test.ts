import { describe, expect, it } from 'vitest';
import { bitsetFromOrdinals, emptyBitset, fullBitset } from './bitset';
import type { EventIndex } from './eventIndex';
import { chooseInitialWindow, densestWindow, fitSpan, frameSpan, padSpan } from './initialWindow';
import { indexOf, startingOn, utc, type EventSpec } from './testing.test-utils';
import { anchorOf, contentFor } from './visibility';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WIDTH = 1000;

/** Minute-precision events, `count` of them spread evenly over `spanMs` from `from`. */
function burst(prefix: string, from: number, spanMs: number, count: number): EventSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i}`,
    start: instant(from + Math.floor((i * spanMs) / count)),
    timeZone: 'UTC',
  }));
}

function instant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** What the timeline shows in `window`: events whose item points inside it, as items and folded into clusters. */
function shownIn(index: EventIndex, window: { start: number; end: number }) {
  const { placed } = contentFor({ index, matched: fullBitset(index.count), grouping: 'none', widthPx: WIDTH }, window);
  const inside = (o: number) => anchorOf(index, o) >= window.start && anchorOf(index, o) < window.end;
  const items = placed.filter((p) => p.kind === 'event' && inside(p.ordinal)).length;
  const clusters = placed.filter((p) => p.kind === 'cluster' && p.start < window.end && p.end > window.start);
  return { items, clusters: clusters.length };
}

const choose = (index: EventIndex) => chooseInitialWindow(index, fullBitset(index.count), 'none', WIDTH)!;

describe('chooseInitialWindow on hand-made distributions', () => {
  it('one burst among sparse background events: opens on the burst, its events readable', () => {
    const burstStart = utc(2022, 3, 10, 9);
    const background = Array.from({ length: 20 }, (_, i) => ({ id: `bg${i}`, start: day(utc(2021) + i * 36 * DAY) }));
    const index = indexOf({ events: [...background, ...burst('b', burstStart, 2 * HOUR, 40)] });
    const window = choose(index);
    expect(window.start).toBeGreaterThan(burstStart - 2 * HOUR);
    expect(window.end).toBeLessThan(burstStart + 4 * HOUR);
    const shown = shownIn(index, window);
    expect(shown.items).toBeGreaterThanOrEqual(12);
    expect(shown.clusters).toBe(0);
    // Fit all folds the burst into a cluster.
    expect(
      shownIn(
        index,
        fitSpan(
          index,
          Array.from({ length: index.count }, (_, i) => i),
        )!,
      ).clusters,
    ).toBeGreaterThan(0);
  });

  it('two bursts: opens on the denser one', () => {
    const dense = utc(2022, 3, 10, 9);
    const sparse = utc(2022, 9, 1, 9);
    const index = indexOf({ events: [...burst('s', sparse, 2 * HOUR, 12), ...burst('d', dense, 2 * HOUR, 36)] });
    const window = choose(index);
    expect(window.start).toBeGreaterThan(dense - 2 * HOUR);
    expect(window.end).toBeLessThan(dense + 4 * HOUR);
    expect(shownIn(index, window).items).toBeGreaterThan(12);
  });

  it('a uniform spread: as wide a window as still shows each event as an item, and no clusters', () => {
    const events = Array.from({ length: 365 }, (_, i) => ({ id: `d${i}`, start: day(utc(2022) + i * DAY) }));
    const index = indexOf({ events });
    const window = choose(index);
    const shown = shownIn(index, window);
    expect(shown.clusters).toBe(0);
    expect(shown.items).toBeGreaterThanOrEqual(15);
    expect(window.end - window.start).toBeLessThan(60 * DAY);
    // Twice as wide, the same stretch folds into clusters.
    const middle = (window.start + window.end) / 2;
    const span = window.end - window.start;
    expect(shownIn(index, { start: middle - span, end: middle + span }).clusters).toBeGreaterThan(0);
  });

  it('a single event: a day around it', () => {
    const index = indexOf({ events: [{ id: 'only', start: '2022-01-27' }] });
    const window = choose(index);
    const at = anchorOf(index, 0);
    expect(window.start).toBeLessThan(at);
    expect(window.end).toBeGreaterThan(at);
    expect(window.end - window.start).toBeGreaterThanOrEqual(DAY);
    expect(window.end - window.start).toBeLessThan(2 * DAY);
  });

  it('events years apart: all of them, each as an item', () => {
    const events = [2000, 2004, 2008, 2012, 2016, 2020].map((year) => ({ id: `y${year}`, start: `${year}-06-01` }));
    const index = indexOf({ events });
    const window = choose(index);
    for (let o = 0; o < index.count; o++) {
      expect(anchorOf(index, o)).toBeGreaterThan(window.start);
      expect(anchorOf(index, o)).toBeLessThan(window.end);
    }
    expect(shownIn(index, window)).toEqual({ items: 6, clusters: 0 });
  });

  it('frames the matched events only, and nothing when nothing matches', () => {
    const index = indexOf({
      events: [...burst('a', utc(2022, 3, 10, 9), HOUR, 10), ...burst('b', utc(2023, 3, 10, 9), HOUR, 10)],
    });
    const later = bitsetFromOrdinals(index.count, [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    const window = chooseInitialWindow(index, later, 'none', WIDTH)!;
    expect(window.start).toBeGreaterThan(utc(2023));
    expect(chooseInitialWindow(index, emptyBitset(index.count), 'none', WIDTH)).toBeNull();
  });

  it('a narrower timeline opens on a narrower window', () => {
    const events = Array.from({ length: 365 }, (_, i) => ({ id: `d${i}`, start: day(utc(2022) + i * DAY) }));
    const index = indexOf({ events });
    const wide = chooseInitialWindow(index, fullBitset(index.count), 'none', 1400)!;
    const narrow = chooseInitialWindow(index, fullBitset(index.count), 'none', 360)!;
    expect(narrow.end - narrow.start).toBeLessThan(wide.end - wide.start);
  });
});

describe('densestWindow', () => {
  it('finds the stretch holding the most starts and centres on it', () => {
    const index = indexOf({
      events: startingOn({ a: '2022-01-01', b: '2022-03-01', c: '2022-03-02', d: '2022-03-03', e: '2022-06-01' }),
    });
    const window = densestWindow(index, [0, 1, 2, 3, 4], 10 * DAY);
    expect(window.end - window.start).toBe(10 * DAY);
    expect((window.start + window.end) / 2).toBe(utc(2022, 3, 2, 12));
  });
});

describe('frameSpan', () => {
  const span = { start: utc(2022, 1, 1), end: utc(2022, 1, 31) };
  const px = (window: { start: number; end: number }, width: number, at: number) =>
    ((at - window.start) / (window.end - window.start)) * width;

  it('leaves room for half the widest box beyond each end, so that boxes at the ends show whole', () => {
    const window = frameSpan(span, 1200);
    expect(px(window, 1200, span.start)).toBeCloseTo(140);
    expect(1200 - px(window, 1200, span.end)).toBeCloseTo(140);
  });

  it('on a narrow timeline, keeps at most a fifth of the width on each side; without a width, pads as padSpan', () => {
    const window = frameSpan(span, 360);
    expect(px(window, 360, span.start)).toBeCloseTo(72);
    expect(frameSpan(span, 0)).toEqual(padSpan(span));
  });
});
