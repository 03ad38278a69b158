import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../dataset/validate';
import { buildIndex } from './buildIndex';
import { coreSpan, datedSpan } from './coreSpan';
import type { EventIndex } from './eventIndex';
import { indexOf, utc, type EventSpec } from './testing.test-utils';

const DAY = 24 * 3_600_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const all = (index: EventIndex) => Array.from({ length: index.count }, (_, i) => i);
const coreOf = (events: EventSpec[]) => {
  const index = indexOf({ events });
  return coreSpan(index, all(index));
};
/** `count` day events, one every `everyDays` days from `from`. */
const daily = (prefix: string, from: number, count: number, everyDays = 1): EventSpec[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, start: day(from + i * everyDays * DAY) }));

describe('coreSpan', () => {
  it('leaves out a few background events years before the story', () => {
    const story = daily('s', utc(2022, 1, 1), 30);
    const core = coreOf([{ id: 'crimea', start: '2014-02-27' }, { id: 'trident', start: '2014-09-15' }, ...story]);
    expect(core).toEqual({ start: utc(2022, 1, 1), end: utc(2022, 1, 31) });
  });

  it("keeps a story's lead-up and aftermath, spaced out as they are", () => {
    const story = daily('s', utc(2022, 1, 20), 20);
    // Weekly events for six weeks before, and two after: each close enough to the next.
    const leadUp = daily('l', utc(2021, 12, 9) - 6 * 7 * DAY, 6, 7);
    const after = daily('a', utc(2022, 2, 14), 2, 7);
    const core = coreOf([...leadUp, ...story, ...after]);
    expect(core).toEqual({ start: utc(2021, 12, 9) - 6 * 7 * DAY, end: utc(2022, 2, 22) });
  });

  it('keeps everything of an even spread, and both of two bursts of equal weight', () => {
    expect(coreOf(daily('d', utc(2020, 1, 1), 100, 30))).toEqual({
      start: utc(2020, 1, 1),
      end: utc(2020, 1, 1) + (99 * 30 + 1) * DAY,
    });
    const two = coreOf([...daily('a', utc(2010, 1, 1), 10), ...daily('b', utc(2020, 1, 1), 10)]);
    expect(two).toEqual({ start: utc(2010, 1, 1), end: utc(2020, 1, 11) });
  });

  it('is the extent of a single event, and null for none', () => {
    expect(coreOf([{ id: 'one', start: '2022-01-27' }])).toEqual({ start: utc(2022, 1, 27), end: utc(2022, 1, 28) });
    const index = indexOf({ events: [{ id: 'one', start: '2022-01-27' }] });
    expect(coreSpan(index, [])).toBeNull();
  });

  it('is decided by the events dated to the day: a year-precision event does not stretch it', () => {
    const core = coreOf([{ id: 'vague', start: '2022' }, ...daily('s', utc(2022, 1, 20), 10)]);
    expect(core).toEqual({ start: utc(2022, 1, 20), end: utc(2022, 1, 30) });
  });

  it('uses every event when fewer than two are dated to the day', () => {
    const core = coreOf([
      { id: 'a', start: '2021-11' },
      { id: 'b', start: '2021-12' },
      { id: 'c', start: '2022-01' },
      { id: 'd', start: '2022-01-05' },
    ]);
    expect(core).toEqual({ start: utc(2021, 11, 1), end: utc(2022, 2, 1) });
  });

  it('on the bundled dataset, is the reporting period: December 2021 to the February forecasts, not 2014', () => {
    const parsed = validateDataset(
      JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')),
    );
    if (!parsed.ok) throw new Error('data/events.json is invalid');
    const index = buildIndex(parsed.dataset);
    const core = coreSpan(index, all(index))!;
    expect(day(core.start)).toBe('2021-12-09');
    expect(core.end).toBeGreaterThanOrEqual(utc(2022, 2, 5));
    expect(core.end).toBeLessThanOrEqual(utc(2022, 2, 8));
  });
});

describe('datedSpan', () => {
  it('runs from the first start to the last end of the events dated to the day, far ones included', () => {
    const index = indexOf({
      events: [
        { id: 'vague', start: '2022' },
        { id: 'far', start: '2021-06-01' },
        { id: 'range', start: '2022-01-20', end: '2022-01-25' },
        { id: 'day', start: '2022-01-27' },
      ],
    });
    expect(datedSpan(index, all(index))).toEqual({ start: utc(2021, 6, 1), end: utc(2022, 1, 28) });
  });

  it('uses every event when none is dated to the day, and is null for none', () => {
    const index = indexOf({
      events: [
        { id: 'a', start: '2021-11' },
        { id: 'b', start: '2022' },
      ],
    });
    expect(datedSpan(index, all(index))).toEqual({ start: utc(2021, 11, 1), end: utc(2023, 1, 1) });
    expect(datedSpan(index, [])).toBeNull();
  });
});
