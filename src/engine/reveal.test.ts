import { describe, expect, it } from 'vitest';
import { bitsetFromOrdinals, fullBitset } from './bitset';
import { eventAt, type EventIndex } from './eventIndex';
import { around, revealWindow, revealWindowBeside } from './reveal';
import { indexOf, utc, type EventSpec } from './testing.test-utils';
import { anchorOf, contentFor, isInView, type TimelineShape } from './visibility';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const instant = (ms: number) => `${new Date(ms).toISOString().slice(0, 16)}Z`;

/** A crowded morning (30 events, a few minutes apart), a day on which eight events share the date, and quiet weeks around. */
function crowdedIndex(): EventIndex {
  const events: EventSpec[] = [];
  for (let i = 0; i < 30; i++)
    events.push({ id: `m${i}`, start: instant(utc(2022, 1, 27, 8) + i * 4 * MINUTE), timeZone: 'UTC' });
  for (let i = 0; i < 8; i++) events.push({ id: `day${i}`, start: '2022-02-03' });
  for (let i = 0; i < 10; i++)
    events.push({ id: `q${i}`, start: new Date(utc(2021, 12, 1) + i * 9 * DAY).toISOString().slice(0, 10) });
  events.push({ id: 'season', start: '2021-12', end: '2022-02' });
  return indexOf({ events });
}

const index = crowdedIndex();
const shape: TimelineShape = { index, matched: fullBitset(index.count), grouping: 'none', widthPx: 1000 };
const ordinal = (id: string) => index.eventOrdinal.get(id)!;
const placedAsItem = (shape: TimelineShape, window: { start: number; end: number }, o: number) =>
  contentFor(shape, window).placed.some((p) => p.kind === 'event' && p.ordinal === o);

describe('revealWindow', () => {
  it('leaves the window alone when the event is in view as an item of its own', () => {
    const quiet = ordinal('q3');
    const view = around(index, quiet, 10 * DAY);
    expect(placedAsItem(shape, view, quiet)).toBe(true);
    expect(revealWindow(shape, view, quiet)).toBeNull();
  });

  it('on a narrow timeline, moves a box whose time is in view but which would be cut at the edge', () => {
    const quiet = ordinal('q3');
    const at = anchorOf(index, quiet);
    // The box's time is 15% from the right edge: a 1000 px timeline shows it whole, a 250 px one cuts it.
    const view = { start: at - 8.5 * DAY, end: at + 1.5 * DAY };
    expect(revealWindow(shape, view, quiet)).toBeNull();
    const narrow = { ...shape, widthPx: 250 };
    const moved = revealWindow(narrow, view, quiet)!;
    expect(moved).not.toBeNull();
    expect(isInView(index, quiet, moved, 250)).toBe(true);
  });

  it('pans, keeping the zoom, to an event out of view that stands alone at that zoom', () => {
    const view = around(index, ordinal('q1'), 6 * DAY);
    const target = ordinal('q8');
    const moved = revealWindow(shape, view, target)!;
    expect(moved.end - moved.start).toBeCloseTo(6 * DAY, -3);
    expect(isInView(index, target, moved)).toBe(true);
    expect(placedAsItem(shape, moved, target)).toBe(true);
  });

  it('zooms in on an event folded into a cluster, as far as it takes to stand alone and no further', () => {
    const crowded = ordinal('m14');
    const view = { start: utc(2021, 11, 25), end: utc(2022, 3, 1) };
    expect(placedAsItem(shape, view, crowded)).toBe(false);
    const moved = revealWindow(shape, view, crowded)!;
    expect(isInView(index, crowded, moved)).toBe(true);
    expect(placedAsItem(shape, moved, crowded)).toBe(true);
    // Twice as wide, it would still be folded away.
    const wider = around(index, crowded, 2 * (moved.end - moved.start));
    expect(placedAsItem(shape, wider, crowded)).toBe(false);
  });

  it('stops zooming where the only events it shares a cluster with share its day (no zoom splits those)', () => {
    const sameDay = ordinal('day3');
    const view = { start: utc(2021, 11, 25), end: utc(2022, 3, 1) };
    const moved = revealWindow(shape, view, sameDay)!;
    expect(isInView(index, sameDay, moved)).toBe(true);
    expect(moved.end - moved.start).toBeLessThan(view.end - view.start);
    // Not zoomed into the minutes of that day, where nothing more would come apart.
    expect(moved.end - moved.start).toBeGreaterThanOrEqual(DAY);
    const cluster = contentFor(shape, moved).placed.find((p) => p.kind === 'cluster' && p.ordinals.includes(sameDay));
    expect(cluster?.kind === 'cluster' && cluster.ordinals.map((o) => eventAt(index, o).start)).toEqual(
      Array(8).fill('2022-02-03'),
    );
  });

  it('only pans to an event the filters leave out (it is drawn on its own anyway)', () => {
    const crowded = ordinal('m14');
    const others = Array.from({ length: index.count }, (_, o) => o).filter((o) => o !== crowded);
    const filtered = { ...shape, matched: bitsetFromOrdinals(index.count, others) };
    const view = { start: utc(2021, 12, 1), end: utc(2021, 12, 15) };
    const moved = revealWindow(filtered, view, crowded)!;
    expect(moved.end - moved.start).toBe(view.end - view.start);
    expect(isInView(index, crowded, moved)).toBe(true);
  });

  it('shows a span longer than the view from just before its start', () => {
    const season = ordinal('season');
    const moved = revealWindow(shape, { start: utc(2022, 6, 1), end: utc(2022, 6, 8) }, season)!;
    expect(moved.start).toBeLessThan(index.startKey[season]!);
    expect(moved.end).toBeGreaterThan(index.startKey[season]!);
    expect(isInView(index, season, moved)).toBe(true);
  });
});

describe('around', () => {
  it('centres a day event on the middle of its day', () => {
    const window = around(index, ordinal('day0'), 2 * DAY);
    expect((window.start + window.end) / 2).toBe(anchorOf(index, ordinal('day0')));
    expect(anchorOf(index, ordinal('day0'))).toBe(utc(2022, 2, 3, 12));
  });
});

describe('revealWindowBeside: the right part of the time axis under the details’ drawer', () => {
  const quiet = ordinal('q3');
  const at = anchorOf(index, quiet);
  /** The part of `window` left in sight when `share` of it is covered from the right. */
  const sight = (window: { start: number; end: number }, share: number) => ({
    start: window.start,
    end: window.start + (window.end - window.start) * (1 - share),
  });

  it('moves an event that is in view but under the drawer into the part left in sight, at the same zoom', () => {
    // Centred: in view on the whole axis, but under a drawer that covers its right 45%.
    const view = around(index, quiet, 10 * DAY);
    expect(revealWindow(shape, view, quiet)).toBeNull();
    const moved = revealWindowBeside(shape, view, quiet, 0.45)!;
    expect(moved).not.toBeNull();
    expect(moved.end - moved.start).toBeCloseTo(10 * DAY, -3);
    expect(isInView(index, quiet, sight(moved, 0.45), 550)).toBe(true);
  });

  it('leaves alone an event in sight beside the drawer', () => {
    const view = { start: at - 2 * DAY, end: at + 8 * DAY };
    expect(isInView(index, quiet, sight(view, 0.45), 550)).toBe(true);
    expect(revealWindowBeside(shape, view, quiet, 0.45)).toBeNull();
  });

  it('is revealWindow where nothing is covered, or where too little would be left in sight', () => {
    const view = around(index, ordinal('q1'), 6 * DAY);
    const target = ordinal('q8');
    expect(revealWindowBeside(shape, view, target, 0)).toEqual(revealWindow(shape, view, target));
    expect(revealWindowBeside(shape, view, target, 0.9)).toEqual(revealWindow(shape, view, target));
  });
});
