import { beforeEach, describe, expect, it } from 'vitest';
import { frameSpan } from '../engine/initialWindow';
import { indexOf, utc } from '../engine/testing.test-utils';
import { stepSelection } from './navigation';
import { INITIAL_STATE, useAppStore } from './store';
import { currentWindow, fitAll, fitEvents, fitMatches, showEvent, zoomBy } from './viewActions';
import { INITIAL_VIEWPORT, setLiveWindow, setShownWindow, setViewportWidth, useViewport } from './viewport';

const DAY = 86_400_000;
// Ten events a day apart in January, and one in June: the timeline's view of them is 1,000 px wide.
const index = indexOf({
  events: [
    ...Array.from({ length: 10 }, (_, i) => ({
      id: `jan${i + 1}`,
      start: `2022-01-${String(i + 1).padStart(2, '0')}`,
    })),
    { id: 'june', start: '2022-06-15', type: 'summit' as const },
  ],
});
const store = () => useAppStore.getState();
const JANUARY = { start: utc(2022, 1, 1), end: utc(2022, 1, 11) };

beforeEach(() => {
  useAppStore.setState({ ...INITIAL_STATE, index });
  useViewport.setState(INITIAL_VIEWPORT);
  setViewportWidth(1000);
  setShownWindow(JANUARY);
});

describe('currentWindow', () => {
  it('is what the timeline shows: the live window during a drag, else the settled one', () => {
    expect(currentWindow()).toEqual(JANUARY);
    setLiveWindow({ start: utc(2022, 2, 1), end: utc(2022, 2, 5) });
    expect(currentWindow()).toEqual({ start: utc(2022, 2, 1), end: utc(2022, 2, 5) });
  });

  it("before the timeline has drawn, is the store's window", () => {
    useViewport.setState(INITIAL_VIEWPORT);
    expect(currentWindow()).toBeNull();
    store().setWindow(JANUARY);
    expect(currentWindow()).toEqual(JANUARY);
  });
});

describe('zoomBy', () => {
  it('zooms about the middle of the window on screen, gliding', () => {
    zoomBy(0.5);
    expect(store().window).toEqual({ start: utc(2022, 1, 3, 12), end: utc(2022, 1, 8, 12) });
    expect(store().windowGlides).toBe(true);
  });

  it('never zooms in past ten minutes', () => {
    zoomBy(1e-9);
    expect(store().window!.end - store().window!.start).toBe(10 * 60_000);
  });
});

describe('fitAll and fitMatches', () => {
  it("fits the story's core, its end boxes whole: the lone June event is left to the edge marker", () => {
    fitAll();
    expect(store().window).toEqual(frameSpan(JANUARY, 1000));
    expect(store().windowGlides).toBe(true);
  });

  it('fits the core of the events an edge marker names', () => {
    fitEvents([index.eventOrdinal.get('june')!]);
    expect(store().window).toEqual(frameSpan({ start: utc(2022, 6, 15), end: utc(2022, 6, 16) }, 1000));
  });

  it('fits the events the filters let through', () => {
    store().setFacet('types', ['summit']);
    fitMatches();
    const { start, end } = store().window!;
    expect(start).toBeLessThanOrEqual(utc(2022, 6, 15));
    expect(end).toBeGreaterThanOrEqual(utc(2022, 6, 16));
    expect(end - start).toBeLessThan(30 * DAY);
  });
});

describe('showEvent', () => {
  it('selects an event in view without moving', () => {
    showEvent('jan5');
    expect(store().selectedId).toBe('jan5');
    expect(store().window).toBeNull();
  });

  it('brings an event out of view into view, in the same step as the selection', () => {
    showEvent('june');
    expect(store().selectedId).toBe('june');
    const { start, end } = store().window!;
    expect(start).toBeLessThan(utc(2022, 6, 15));
    expect(end).toBeGreaterThan(utc(2022, 6, 16));
  });

  it('closes the details without moving', () => {
    showEvent('jan5');
    showEvent(null);
    expect(store().selectedId).toBeNull();
    expect(store().window).toBeNull();
  });
});

describe('stepSelection', () => {
  it('with nothing selected, starts from what is on screen', () => {
    setShownWindow({ start: utc(2022, 1, 4), end: utc(2022, 1, 8) });
    expect(stepSelection('next')).toBe('jan4');
    store().select(null);
    expect(stepSelection('previous')).toBe('jan3');
  });

  it('moves one event at a time in time order, and stops at either end', () => {
    store().select('jan9');
    expect(stepSelection('next')).toBe('jan10');
    expect(stepSelection('next')).toBe('june');
    expect(stepSelection('next')).toBeNull();
    expect(store().selectedId).toBe('june');
  });

  it('goes to the first or last of the matches', () => {
    store().setFacet('types', ['statement']);
    expect(stepSelection('last')).toBe('jan10');
    expect(stepSelection('first')).toBe('jan1');
  });

  it('starts from a list row when nothing is selected', () => {
    expect(stepSelection('next', 'jan7')).toBe('jan8');
  });
});
