import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/dataset/problems';
import { validateDataset } from '../src/dataset/validate';
import { ACLED_EVENT_TYPES, EVENT_TYPES, SOURCE_KINDS } from '../src/dataset/vocabulary';
import { datasetJson, datasetJsonChunks, generateDataset, SEARCH_CANDIDATES, zonedText } from './synthetic';
import { foldAccents } from '../src/dataset/slugs';

const small = generateDataset({ events: 2000, seed: 42 });
const text = datasetJson(small);

describe('generateDataset', () => {
  it('writes a dataset that the app validates', () => {
    const result = validateDataset(JSON.parse(text));
    if (!result.ok) throw new Error(result.problems.slice(0, 10).map(formatProblem).join('\n'));
    expect(result.dataset.events).toHaveLength(2000);
  });

  it('is deterministic: one seed, one byte sequence; another seed, another', () => {
    expect(datasetJson(generateDataset({ events: 2000, seed: 42 }))).toBe(text);
    expect(datasetJson(generateDataset({ events: 2000, seed: 43 }))).not.toBe(text);
  });

  it('gives the same text whether written in chunks or at once', () => {
    expect([...datasetJsonChunks(small, 7)].join('')).toBe(text);
    expect(JSON.parse(text)).toEqual(small);
  });

  it('handles an empty dataset and a single event', () => {
    for (const events of [0, 1]) {
      const result = validateDataset(JSON.parse(datasetJson(generateDataset({ events }))));
      expect(result.ok).toBe(true);
    }
  });

  it('rejects impossible options', () => {
    expect(() => generateDataset({ events: -1 })).toThrow(/events/);
    expect(() => generateDataset({ events: 1.5 })).toThrow(/events/);
    expect(() => generateDataset({ events: 10, seed: -3 })).toThrow(/seed/);
    expect(() => generateDataset({ events: 10, actors: 2 })).toThrow(/actors/);
  });

  it('has a realistic cast: dozens of actors on 6–8 sides, aliases with diacritics, sources of every kind', () => {
    expect(small.sides.length).toBeGreaterThanOrEqual(6);
    expect(small.sides.length).toBeLessThanOrEqual(8);
    expect(small.actors.length).toBeGreaterThanOrEqual(40);
    expect(small.actors.length).toBeLessThanOrEqual(60);
    expect(new Set(small.actors.map((a) => a.side))).toEqual(new Set(small.sides.map((s) => s.id)));
    const names = small.actors.flatMap((a) => [a.name, ...(a.aliases ?? [])]);
    expect(names.filter((name) => foldAccents(name) !== name).length).toBeGreaterThan(10);
    expect(
      small.actors.some((a) =>
        (a.aliases ?? []).some((alias) => alias === foldAccents(alias) && foldAccents(a.name) !== a.name),
      ),
    ).toBe(true);
    expect(small.sources.length).toBeGreaterThanOrEqual(8);
    expect(small.sources.length).toBeLessThanOrEqual(15);
    expect(new Set(small.sources.map((s) => s.kind))).toEqual(new Set(SOURCE_KINDS));
  });

  it('has the mix of dates, types, excerpts and links of a real dataset', () => {
    const { events } = small;
    const share = (test: (e: (typeof events)[number]) => boolean) => events.filter(test).length / events.length;
    const timed = events.filter((e) => e.start.includes('T'));
    expect(share((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.start))).toBeGreaterThan(0.7);
    expect(share((e) => /^\d{4}-\d{2}$/.test(e.start))).toBeCloseTo(0.1, 1);
    expect(timed.length / events.length).toBeCloseTo(0.1, 1);
    expect(timed.every((e) => e.timeZone !== undefined)).toBe(true);
    expect(share((e) => e.end !== undefined)).toBeGreaterThan(0.03);
    expect(share((e) => e.end !== undefined)).toBeLessThan(0.09);
    for (const type of ['call', 'briefing', 'troop-report', 'summit'] as const)
      expect(events.some((e) => e.type === type)).toBe(true);
    // Every type but ACLED's (weight 0: the generated datasets stayed the same when they were added).
    expect(new Set(events.map((e) => e.type)).size).toBe(EVENT_TYPES.length - ACLED_EVENT_TYPES.length);
    expect(new Set(events.map((e) => e.status)).size).toBe(4);
    expect(events.every((e) => e.excerpts.length >= 1 && e.excerpts.length <= 3)).toBe(true);
    expect(events.some((e) => e.excerpts.some((x) => x.stance === 'disputes'))).toBe(true);
    expect(share((e) => e.related !== undefined)).toBeGreaterThan(0.03);
    expect(events.every((e) => e.summary && e.summary.length > 20)).toBe(true);
    expect(share((e) => e.dateNote !== undefined)).toBeGreaterThan(0.5);
  });

  it('spreads events over about three years, in bursts', () => {
    const perDay = new Map<string, number>();
    for (const e of small.events)
      if (e.start.length >= 10) perDay.set(e.start.slice(0, 10), (perDay.get(e.start.slice(0, 10)) ?? 0) + 1);
    const days = [...perDay.keys()].sort();
    expect(days[0]! < '2021-03-01').toBe(true);
    expect(days[days.length - 1]! > '2023-10-01').toBe(true);
    const counts = [...perDay.values()].sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)]!;
    expect(counts[counts.length - 1]!).toBeGreaterThan(median * 8);
  });

  it('keeps events compact (about 400–600 bytes of JSON each)', () => {
    const perEvent = JSON.stringify(small.events).length / small.events.length;
    expect(perEvent).toBeGreaterThan(350);
    expect(perEvent).toBeLessThan(650);
  });

  it('adds lanes of their own when asked for more sides, and stays valid', () => {
    const many = generateDataset({ events: 600, seed: 3, sides: 300 });
    expect(many.sides).toHaveLength(300);
    expect(validateDataset(JSON.parse(datasetJson(many))).ok).toBe(true);
    const named = new Set(many.events.flatMap((e) => e.sides ?? []));
    expect(named.size).toBeGreaterThan(150);
    expect(() => generateDataset({ events: 1, sides: 3 })).toThrow(/sides/);
    expect(small.events.some((e) => e.sides)).toBe(false);
  });

  it('uses the words the benchmark types into the search box', () => {
    const folded = foldAccents(text).toLowerCase();
    const missing = SEARCH_CANDIDATES.filter((word) => !folded.includes(word));
    expect(missing).toEqual([]);
  });
});

describe('zonedText', () => {
  it('writes the offset the zone has at that instant, across DST changes', () => {
    // Kyiv moved from +02:00 to +03:00 at 01:00 UTC on 2022-03-27.
    expect(zonedText(Date.UTC(2022, 2, 27, 0, 30), 'Europe/Kyiv', false)).toBe('2022-03-27T02:30+02:00');
    expect(zonedText(Date.UTC(2022, 2, 27, 1, 30), 'Europe/Kyiv', false)).toBe('2022-03-27T04:30+03:00');
    expect(zonedText(Date.UTC(2022, 6, 1, 12, 0, 5), 'America/St_Johns', true)).toBe('2022-07-01T09:30:05-02:30');
    expect(zonedText(Date.UTC(2022, 0, 1, 12, 0), 'UTC', false)).toBe('2022-01-01T12:00Z');
  });
});
