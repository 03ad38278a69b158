import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../dataset/vocabulary';
import {
  aggregateWindow,
  BIN_STEPS,
  coversWindow,
  createWindowContentCache,
  lanePage,
  stepIndexFor,
  type Placed,
  type WindowContent,
} from './aggregate';
import { bitsetFromOrdinals, fullBitset, hasBit, type Bitset } from './bitset';
import { idOf, type EventIndex } from './eventIndex';
import { applyFilters, NO_FILTERS } from './filter';
import { lanesFor, lanesOfEvent, type Grouping } from './lanes';
import { actorsOn, indexOf, pick, prng, startingOn, utc, type EventSpec } from './testing.test-utils';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A few thousand events over two years: days, instants, months, years and multi-day spans, on 0–3 actors. */
function generatedIndex(seed: number, count: number): EventIndex {
  const random = prng(seed);
  const sides = ['us', 'ukraine', 'russia', 'nato'].map((id) => ({ id }));
  const actors = Array.from({ length: 12 }, (_, a) => ({ id: `actor-${a}`, side: sides[a % sides.length]!.id }));
  const iso = (ms: number) => new Date(ms).toISOString();
  const base = utc(2021, 1, 1);
  const events: EventSpec[] = [];
  for (let i = 0; i < count; i++) {
    // Cluster half of the events into a few dense weeks, so that bins overflow.
    const dense = random() < 0.5;
    const at = dense ? utc(2022, 1, 20) + Math.floor(random() * 14 * DAY) : base + Math.floor(random() * 730 * DAY);
    const day = iso(at).slice(0, 10);
    const shape = random();
    const spec: EventSpec = { id: `e${i}`, start: day, type: pick(random, EVENT_TYPES) };
    if (shape < 0.2) {
      spec.start = `${iso(at).slice(0, 16)}Z`;
      spec.timeZone = 'UTC';
    } else if (shape < 0.28) spec.start = day.slice(0, 7);
    else if (shape < 0.3) spec.start = day.slice(0, 4);
    else if (shape < 0.4) spec.end = iso(at + Math.floor(1 + random() * 20) * DAY).slice(0, 10);
    const actorCount = Math.floor(random() * 4);
    spec.actors = [...new Set(Array.from({ length: actorCount }, () => pick(random, actors).id))];
    events.push(spec);
  }
  return indexOf({ sides, actors, events });
}

/** Whether event `i` overlaps [from, to): an instant (no length) when from <= t < to. */
function overlaps(index: EventIndex, i: number, from: number, to: number): boolean {
  const start = index.startKey[i]!;
  const end = index.endKey[i]!;
  return start < to && (end > from || (end === start && start >= from));
}

/**
 * Checks every promise aggregateWindow makes about its content; returns what is broken (empty when
 * all holds), so that a failure lists every broken promise at once.
 */
function brokenPromises(
  index: EventIndex,
  matched: Bitset,
  grouping: Grouping,
  content: WindowContent,
  maxPerBin: number,
  maxItems: number,
): string[] {
  const broken: string[] = [];
  const { placed, fedFrom, fedTo, step } = content;
  const seen = new Map<string, number>();
  const clusterKeys = new Set<string>();
  for (const item of placed) {
    const ordinals = item.kind === 'event' ? [item.ordinal] : item.ordinals;
    if (item.kind === 'cluster') {
      if (new Set(item.ordinals).size !== item.ordinals.length)
        broken.push(`cluster ${item.key} counts a member twice`);
      if (item.ordinals.length <= maxPerBin)
        broken.push(`cluster ${item.key} has only ${item.ordinals.length} members`);
      if (clusterKeys.has(item.key)) broken.push(`cluster key ${item.key} is used twice`);
      clusterKeys.add(item.key);
      if (!(item.end > item.start)) broken.push(`cluster ${item.key} is empty in time`);
      for (const i of item.ordinals) {
        if (index.startKey[i]! < item.start || index.startKey[i]! >= item.end)
          broken.push(`cluster ${item.key} does not cover member ${i}`);
      }
    }
    for (const i of ordinals) {
      if (!hasBit(matched, i)) broken.push(`ordinal ${i} is placed but not matched`);
      if (!overlaps(index, i, fedFrom, fedTo)) broken.push(`ordinal ${i} is placed but outside the fed range`);
      if (!Array.from(lanesOfEvent(index, grouping, i)).includes(item.lane))
        broken.push(`ordinal ${i} is placed in lane ${item.lane}, not its own`);
      const key = `${i}@${item.lane}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  for (const [key, times] of seen) if (times !== 1) broken.push(`${key} is placed ${times} times`);
  for (let i = 0; i < index.count; i++) {
    if (!hasBit(matched, i) || !overlaps(index, i, fedFrom, fedTo)) continue;
    for (const lane of Array.from(lanesOfEvent(index, grouping, i))) {
      if (!seen.has(`${i}@${lane}`))
        broken.push(`matched event ${i} [${index.startKey[i]}, ${index.endKey[i]}) in lane ${lane} is missing`);
    }
  }
  if (step !== BIN_STEPS[BIN_STEPS.length - 1] && placed.length > maxItems)
    broken.push(`${placed.length} items, over the cap of ${maxItems}`);
  if (step < BIN_STEPS[content.idealStepIndex]!) broken.push(`step ${step} is finer than the ideal one`);
  return broken;
}

describe('aggregateWindow on a generated dataset', () => {
  const index = generatedIndex(2022, 3000);
  const random = prng(99);

  it('has the dataset it is meant to have', () => {
    expect(index.count).toBe(3000);
    expect(index.span!.start).toBeGreaterThanOrEqual(utc(2021));
  });

  it('places every matched event overlapping the fed range exactly once per lane, and nothing else (random windows)', () => {
    const spans = [HOUR, 6 * HOUR, DAY, 3 * DAY, 14 * DAY, 60 * DAY, 365 * DAY, 900 * DAY];
    for (let round = 0; round < 60; round++) {
      const grouping = pick(random, ['side', 'source', 'type', 'none'] as const);
      const span = pick(random, spans) * (0.5 + random());
      const from = utc(2020, 11, 1) + random() * 800 * DAY;
      const request = { from, to: from + span, widthPx: 300 + Math.floor(random() * 1700) };
      const maxPerBin = 1 + Math.floor(random() * 5);
      const maxItems = pick(random, [50, 150, 400]);
      const matched =
        random() < 0.3
          ? fullBitset(index.count)
          : bitsetFromOrdinals(
              index.count,
              Array.from({ length: index.count }, (_, i) => i).filter(() => random() < 0.4),
            );
      const content = aggregateWindow(index, matched, grouping, request, { maxPerBin, maxItems, margin: random() });
      expect(content.fedFrom).toBeLessThanOrEqual(request.from);
      expect(content.fedTo).toBeGreaterThanOrEqual(request.to);
      expect(brokenPromises(index, matched, grouping, content, maxPerBin, maxItems)).toEqual([]);
    }
  });

  it('(the checker above notices a dropped, a doubled and an unmatched item)', () => {
    const matched = fullBitset(index.count);
    const request = { from: utc(2022, 1, 18), to: utc(2022, 2, 8), widthPx: 1200 };
    const content = aggregateWindow(index, matched, 'side', request);
    expect(brokenPromises(index, matched, 'side', content, 3, 400)).toEqual([]);
    const firstEvent = content.placed.findIndex((p) => p.kind === 'event');
    expect(firstEvent).toBeGreaterThanOrEqual(0);
    const dropped = { ...content, placed: content.placed.filter((_, k) => k !== firstEvent) };
    expect(brokenPromises(index, matched, 'side', dropped, 3, 400)).toHaveLength(1);
    const doubled = { ...content, placed: [...content.placed, content.placed[firstEvent]!] };
    expect(brokenPromises(index, matched, 'side', doubled, 3, 400)).toHaveLength(1);
    const placedEvent = content.placed[firstEvent] as Extract<Placed, { kind: 'event' }>;
    const fewer = bitsetFromOrdinals(
      index.count,
      Array.from({ length: index.count }, (_, i) => i).filter((i) => i !== placedEvent.ordinal),
    );
    expect(brokenPromises(index, fewer, 'side', content, 3, 400).join('\n')).toMatch(
      `ordinal ${placedEvent.ordinal} is placed but not matched`,
    );
  });

  it('applies the filters before aggregating: only matched events, all of them', () => {
    const filtered = applyFilters(index, null, { ...NO_FILTERS, types: ['call', 'summit'] });
    const request = { from: utc(2022, 1, 18), to: utc(2022, 2, 8), widthPx: 1200 };
    const content = aggregateWindow(index, filtered.matched, 'type', request);
    expect(brokenPromises(index, filtered.matched, 'type', content, 3, 400)).toEqual([]);
    const types = new Set(
      content.placed
        .flatMap((item) => (item.kind === 'event' ? [item.ordinal] : item.ordinals))
        .map((i) => EVENT_TYPES[index.typeCode[i]!]),
    );
    expect([...types].sort()).toEqual(['call', 'summit']);
  });

  it('respects the item cap by widening the bins', () => {
    const request = { from: utc(2022, 1, 15), to: utc(2022, 2, 15), widthPx: 4000 };
    const fine = aggregateWindow(index, fullBitset(index.count), 'side', request, { maxItems: 100000 });
    const capped = aggregateWindow(index, fullBitset(index.count), 'side', request, { maxItems: 40 });
    expect(fine.placed.length).toBeGreaterThan(40);
    expect(capped.placed.length).toBeLessThanOrEqual(40);
    expect(capped.step).toBeGreaterThan(fine.step);
    expect(capped.idealStepIndex).toBe(fine.idealStepIndex);
    expect(brokenPromises(index, fullBitset(index.count), 'side', capped, 3, 40)).toEqual([]);
  });

  it('keeps cluster keys and members stable when panning at the same zoom', () => {
    const matched = fullBitset(index.count);
    const a = aggregateWindow(index, matched, 'none', { from: utc(2022, 1, 22), to: utc(2022, 1, 29), widthPx: 1000 });
    const b = aggregateWindow(index, matched, 'none', {
      from: utc(2022, 1, 23, 7),
      to: utc(2022, 1, 30, 7),
      widthPx: 1000,
    });
    expect(b.step).toBe(a.step);
    const clustersOf = (content: WindowContent) =>
      new Map(
        content.placed
          .filter((p): p is Extract<Placed, { kind: 'cluster' }> => p.kind === 'cluster')
          .map((c) => [c.key, c]),
      );
    const inA = clustersOf(a);
    const inB = clustersOf(b);
    let shared = 0;
    for (const [key, cluster] of inA) {
      // A bin wholly inside both fed ranges must come out the same.
      if (cluster.start < Math.max(a.fedFrom, b.fedFrom) + a.step || cluster.end > Math.min(a.fedTo, b.fedTo) - a.step)
        continue;
      expect(inB.get(key)?.ordinals.slice().sort(), key).toEqual(cluster.ordinals.slice().sort());
      shared++;
    }
    expect(shared).toBeGreaterThan(0);
  });
});

describe('aggregateWindow on small datasets', () => {
  const jan27 = utc(2022, 1, 27);
  /** Every event of `index` in a single lane, in a window 1,000 px wide from 27 January to `to`. */
  const fedFromJan27 = (index: EventIndex, to: number, margin: number) =>
    aggregateWindow(index, fullBitset(index.count), 'none', { from: jan27, to, widthPx: 1000 }, { margin });

  it('shows up to maxPerBin events of a bin as themselves, and one more makes a cluster', () => {
    const events = (n: number): EventSpec[] =>
      Array.from({ length: n }, (_, i) => ({ id: `e${i}`, start: '2022-01-27' }));
    const request = { from: jan27 - 3 * DAY, to: jan27 + 4 * DAY, widthPx: 770 }; // one day per 110 px
    const three = indexOf({ events: events(3) });
    const placedThree = aggregateWindow(three, fullBitset(3), 'none', request, { maxPerBin: 3 }).placed;
    expect(placedThree).toEqual([0, 1, 2].map((ordinal) => ({ kind: 'event', ordinal, lane: 0 })));

    const four = indexOf({ events: events(4) });
    const content = aggregateWindow(four, fullBitset(4), 'none', request, { maxPerBin: 3 });
    expect(content.step).toBe(DAY);
    expect(content.placed).toEqual([
      {
        kind: 'cluster',
        key: `${DAY}:0:${jan27 / DAY}:short`,
        lane: 0,
        start: jan27,
        end: jan27 + DAY,
        ordinals: [0, 1, 2, 3],
      },
    ]);
  });

  it('clusters per lane: an event on two sides is counted in both lanes', () => {
    const index = indexOf({
      sides: [{ id: 'us' }, { id: 'ru' }],
      actors: actorsOn({ biden: 'us', putin: 'ru' }),
      events: [
        { id: 'both', start: '2022-01-27', actors: ['biden', 'putin'] },
        { id: 'us1', start: '2022-01-27', actors: ['biden'] },
        { id: 'us2', start: '2022-01-27', actors: ['biden'] },
      ],
    });
    const content = aggregateWindow(
      index,
      fullBitset(3),
      'side',
      { from: jan27 - DAY, to: jan27 + 2 * DAY, widthPx: 330 },
      { maxPerBin: 2 },
    );
    const cluster = content.placed.find((p) => p.kind === 'cluster');
    expect(cluster).toMatchObject({ lane: 0 });
    expect(cluster?.kind === 'cluster' && cluster.ordinals.length).toBe(3);
    expect(content.placed.filter((p) => p.lane === 1)).toEqual([
      { kind: 'event', ordinal: index.eventOrdinal.get('both'), lane: 1 },
    ]);
  });

  it('bins long events with others of the same extent, not with the short events where they begin', () => {
    const index = indexOf({
      events: [
        ...Array.from({ length: 4 }, (_, i) => ({ id: `month${i}`, start: '2022-02' })),
        ...Array.from({ length: 2 }, (_, i) => ({ id: `day${i}`, start: '2022-02-01' })),
      ],
    });
    const feb1 = utc(2022, 2, 1);
    const content = aggregateWindow(index, fullBitset(6), 'none', {
      from: feb1 - 3 * DAY,
      to: feb1 + 4 * DAY,
      widthPx: 770,
    });
    expect(content.step).toBe(DAY);
    const clusters = content.placed.filter((p) => p.kind === 'cluster');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ start: feb1, end: utc(2022, 3, 1) });
    expect(clusters[0]!.kind === 'cluster' && clusters[0]!.ordinals.map((i) => idOf(index, i)).sort()).toEqual([
      'month0',
      'month1',
      'month2',
      'month3',
    ]);
    expect(content.placed.filter((p) => p.kind === 'event')).toHaveLength(2);
  });

  it('feeds nothing outside the fed range', () => {
    const index = indexOf({ events: startingOn({ before: '2022-01-01', inside: '2022-01-27', after: '2022-03-01' }) });
    const content = fedFromJan27(index, jan27 + DAY, 1);
    expect(content.fedFrom).toBe(jan27 - DAY);
    expect(content.fedTo).toBe(jan27 + 2 * DAY);
    expect(content.placed).toEqual([{ kind: 'event', ordinal: 1, lane: 0 }]);
  });

  it('includes an instant exactly at the start of the fed range', () => {
    const index = indexOf({ events: [{ id: 'at', start: '2022-01-27T00:00Z', timeZone: 'UTC' }] });
    const content = fedFromJan27(index, jan27 + HOUR, 0);
    expect(content.fedFrom).toBe(jan27);
    expect(content.placed).toEqual([{ kind: 'event', ordinal: 0, lane: 0 }]);
  });

  it('is empty when nothing is matched', () => {
    const index = indexOf({ events: [{ id: 'a', start: '2022-01-27' }] });
    expect(
      aggregateWindow(index, bitsetFromOrdinals(1, []), 'none', { from: jan27, to: jan27 + DAY, widthPx: 500 }).placed,
    ).toEqual([]);
  });
});

describe('stepIndexFor', () => {
  it('picks the finest step at which a bin is at least binPx wide', () => {
    // One day over 1100 px: 110 px is 2.4 hours, so bins of 3 hours.
    expect(BIN_STEPS[stepIndexFor({ from: 0, to: DAY, widthPx: 1100 })]).toBe(3 * HOUR);
    // A week over 770 px: 110 px is exactly one day.
    expect(BIN_STEPS[stepIndexFor({ from: 0, to: 7 * DAY, widthPx: 770 })]).toBe(DAY);
    expect(BIN_STEPS[stepIndexFor({ from: 0, to: 7 * DAY, widthPx: 770 }, 220)]).toBe(2 * DAY);
  });

  it('treats a window under a minute as a minute, and a zero width as one pixel', () => {
    expect(stepIndexFor({ from: 0, to: 0, widthPx: 100000 })).toBe(0);
    expect(BIN_STEPS[stepIndexFor({ from: 0, to: DAY, widthPx: 0 })]).toBe(182 * DAY); // 110 days per bin, rounded up
  });

  it('falls back to the widest step for an enormous window', () => {
    expect(stepIndexFor({ from: 0, to: 1e16, widthPx: 100 })).toBe(BIN_STEPS.length - 1);
  });
});

describe('createWindowContentCache', () => {
  const index = generatedIndex(5, 400);
  const matched = fullBitset(index.count);
  const base = { from: utc(2022, 1, 20), to: utc(2022, 1, 27), widthPx: 1000 };

  it('returns the same content while panning inside the fed range at the same zoom', () => {
    const contentFor = createWindowContentCache();
    const first = contentFor(index, matched, 'side', base);
    expect(first).toEqual(aggregateWindow(index, matched, 'side', base));
    const panned = { ...base, from: base.from + 2 * DAY, to: base.to + 2 * DAY };
    expect(panned.to).toBeLessThanOrEqual(first.fedTo);
    expect(contentFor(index, matched, 'side', panned)).toBe(first);
    // What it returns still holds every matched event of the new visible window.
    expect(brokenPromises(index, matched, 'side', first, 3, 400)).toEqual([]);
    for (let i = 0; i < index.count; i++) {
      if (!overlaps(index, i, panned.from, panned.to)) continue;
      const placed = first.placed.some((p) => (p.kind === 'event' ? p.ordinal === i : p.ordinals.includes(i)));
      expect(placed, `event ${i} in the panned window`).toBe(true);
    }
  });

  it('recomputes when the window leaves the fed range', () => {
    const contentFor = createWindowContentCache();
    const first = contentFor(index, matched, 'side', base);
    const far = { ...base, from: first.fedTo, to: first.fedTo + 7 * DAY };
    const second = contentFor(index, matched, 'side', far);
    expect(second).not.toBe(first);
    expect(second).toEqual(aggregateWindow(index, matched, 'side', far));
  });

  it('recomputes when zooming changes the step', () => {
    const contentFor = createWindowContentCache();
    const first = contentFor(index, matched, 'side', base);
    const zoomed = { ...base, from: base.from + 3 * DAY, to: base.from + 4 * DAY };
    expect(stepIndexFor(zoomed)).not.toBe(first.idealStepIndex);
    expect(contentFor(index, matched, 'side', zoomed)).not.toBe(first);
  });

  it('recomputes when the matches, the grouping, the width or the index change', () => {
    const contentFor = createWindowContentCache();
    const first = contentFor(index, matched, 'side', base);
    const fewer = bitsetFromOrdinals(index.count, [0, 1, 2]);
    const withFewer = contentFor(index, fewer, 'side', base);
    expect(withFewer).not.toBe(first);
    expect(withFewer).toEqual(aggregateWindow(index, fewer, 'side', base));

    const byType = contentFor(index, fewer, 'type', base);
    expect(byType).not.toBe(withFewer);
    expect(byType).toEqual(aggregateWindow(index, fewer, 'type', base));

    const wider = contentFor(index, fewer, 'type', { ...base, widthPx: 1001 });
    expect(wider).not.toBe(byType);

    const other = generatedIndex(6, 50);
    const otherMatched = fullBitset(other.count);
    expect(contentFor(other, otherMatched, 'type', { ...base, widthPx: 1001 })).toEqual(
      aggregateWindow(other, otherMatched, 'type', { ...base, widthPx: 1001 }),
    );
  });

  it('does not mistake an equal but new matches bitset for the same one (identity decides)', () => {
    const contentFor = createWindowContentCache();
    const first = contentFor(index, matched, 'side', base);
    expect(contentFor(index, fullBitset(index.count), 'side', base)).not.toBe(first);
  });
});

describe('lanePage', () => {
  /** Events on 0–3 of 40 sides (through actors), over a month. */
  const random = prng(40);
  const sides = Array.from({ length: 40 }, (_, s) => ({ id: `side-${s}` }));
  const actors = sides.map((side, a) => ({ id: `actor-${a}`, side: side.id }));
  const events: EventSpec[] = Array.from({ length: 600 }, (_, i) => ({
    id: `e${i}`,
    start: new Date(utc(2022, 1, 1) + Math.floor(random() * 30 * DAY)).toISOString().slice(0, 10),
    actors: [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(random, actors).id))],
  }));
  const index = indexOf({ sides, actors, events });
  const lanes = lanesFor(index, 'side');
  const request = { from: utc(2022, 1, 1), to: utc(2022, 2, 1), widthPx: 1200 };

  it('draws every lane when there are few enough', () => {
    const page = lanePage(index, 'side', lanes, 0, lanes.length);
    expect(page.lanes).toEqual(lanes);
    expect(page.others).toBeNull();
    expect(page.laneMap).toBeNull();
  });

  it('draws a page of lanes and puts every event of the others, once, in one more row', () => {
    expect(lanes.length).toBeGreaterThan(30);
    const page = lanePage(index, 'side', lanes, 10, 12);
    expect(page.lanes).toEqual(lanes.slice(10, 22));
    expect(page.others).toEqual({ ordinal: index.sides.length + 1, count: lanes.length - 12 });
    const matched = fullBitset(index.count);
    const content = aggregateWindow(index, matched, 'side', request, { laneMap: page.laneMap, maxItems: 100000 });
    const drawn = new Set(page.lanes.map((lane) => lane.ordinal));
    const placed = new Map<string, number>();
    for (const item of content.placed)
      for (const i of item.kind === 'event' ? [item.ordinal] : item.ordinals)
        placed.set(`${i}@${item.lane}`, (placed.get(`${i}@${item.lane}`) ?? 0) + 1);
    const expected = new Set<string>();
    for (let i = 0; i < index.count; i++) {
      for (const lane of Array.from(lanesOfEvent(index, 'side', i)))
        expected.add(`${i}@${drawn.has(lane) ? lane : page.others!.ordinal}`);
    }
    expect([...placed.keys()].sort()).toEqual([...expected].sort());
    expect([...placed.values()].every((times) => times === 1)).toBe(true);
  });

  it('keeps the page inside the lanes, and the cache tells pages apart', () => {
    expect(lanePage(index, 'side', lanes, 10_000, 12).first).toBe(lanes.length - 12);
    const contentFor = createWindowContentCache();
    const a = lanePage(index, 'side', lanes, 0, 12);
    const b = lanePage(index, 'side', lanes, 12, 12);
    const first = contentFor(index, fullBitset(index.count), 'side', request, a.laneMap);
    expect(contentFor(index, fullBitset(index.count), 'side', request, b.laneMap)).not.toBe(first);
  });
});

describe('coversWindow', () => {
  it('holds while the window stays inside the range fed, whatever the zoom', () => {
    const content = { placed: [], step: DAY, idealStepIndex: 7, fedFrom: 100, fedTo: 200 };
    expect(coversWindow(content, { from: 100, to: 200, widthPx: 1 })).toBe(true);
    expect(coversWindow(content, { from: 150, to: 160, widthPx: 9999 })).toBe(true);
    expect(coversWindow(content, { from: 99, to: 150, widthPx: 1 })).toBe(false);
    expect(coversWindow(content, { from: 150, to: 201, widthPx: 1 })).toBe(false);
  });
});
