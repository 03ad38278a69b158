import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../engine/filter';
import { indexOf, searchIndexOf, startingOn, utc } from '../engine/testing.test-utils';
import { selectFilterResult, selectOpeningWindow } from './selectors';
import { INITIAL_STATE, type AppState } from './store';

const index = indexOf({
  events: Array.from({ length: 40 }, (_, i) => ({
    id: `e${i}`,
    start: `2022-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    title: i % 2 ? 'Talks in Geneva' : 'Troops at the border',
  })),
});
const state: AppState = { ...INITIAL_STATE, index };

describe('selectOpeningWindow', () => {
  it('frames the window once per width, however calls without a width come between', () => {
    // React checks each render's snapshot again, so calls for width 0 and the real width alternate.
    const framed = selectOpeningWindow(state, 800);
    expect(framed).not.toBeNull();
    const whole = selectOpeningWindow(state, 0);
    expect(whole).not.toEqual(framed);
    expect(selectOpeningWindow(state, 800)).toBe(framed);
    expect(selectOpeningWindow(state, 0)).toBe(whole);
  });
});

describe('selectOpeningWindow: the dataset’s own', () => {
  const withView = indexOf({
    events: [{ id: 'early', start: '2014' }, ...startingOn({ a: '2022-01-20', b: '2022-01-27', c: '2022-02-04' })],
    view: { start: '2022-01-24', end: '2022-01' },
  });

  it('opens on the window the dataset names, from the start of its first date to the end of its last', () => {
    expect(selectOpeningWindow({ ...INITIAL_STATE, index: withView }, 800)).toEqual({
      start: utc(2022, 1, 24),
      end: utc(2022, 2, 1),
    });
  });

  it('still moves to show the event a link names', () => {
    const window = selectOpeningWindow({ ...INITIAL_STATE, index: withView, selectedId: 'early' }, 800)!;
    expect(window.start).toBeLessThanOrEqual(utc(2014, 1, 1));
  });
});

describe('selectFilterResult', () => {
  it('does not filter again when the search index arrives and there is nothing to search for', () => {
    const before = selectFilterResult(state);
    const search = searchIndexOf(index);
    expect(selectFilterResult({ ...state, search })).toBe(before);
  });

  it('filters again with the search index when there is a query', () => {
    const filters = { ...NO_FILTERS, query: 'geneva' };
    const pending = selectFilterResult({ ...state, filters })!;
    expect(pending.searchPending).toBe(true);
    const searched = selectFilterResult({ ...state, filters, search: searchIndexOf(index) })!;
    expect(searched.searchPending).toBe(false);
    expect(searched.count).toBe(20);
  });
});
