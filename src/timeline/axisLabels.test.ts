import moment from 'moment';
import { describe, expect, it } from 'vitest';
import { majorLabel as major, minorLabel as minor, type AxisMoment, type AxisScale } from './axisLabels';

// A stand-in for the app's year labels (dataset/dates.ts yearLabel), which the timeline is handed.
const yearLabel = (year: number) => (year > 0 ? String(year) : `${1 - year} BC`);
const minorLabel = (date: AxisMoment, scale: AxisScale, step?: number) => minor(yearLabel, date, scale, step);
const majorLabel = (date: AxisMoment, scale: AxisScale) => major(yearLabel, date, scale);

/** A moment in UTC at the start of an astronomical year (and month). */
const at = (year: number, month = 0) => moment.utc({ year, month, day: 1 });

describe('axis labels', () => {
  it('writes years as the page does: no leading zeros, BC before year 1 (moment would print 0625 and -0043)', () => {
    expect(moment.utc({ year: 625 }).format('YYYY')).toBe('0625');
    expect(minorLabel(at(625), 'year')).toBe('625');
    expect(minorLabel(at(-43), 'year')).toBe('44 BC');
    expect(minorLabel(at(2022), 'year', 1)).toBe('2022');
  });

  it('reads ticks 50 years apart or more as round years (3000 BC, not 3001 BC), year 0 as AD 1', () => {
    expect(minorLabel(at(-3000), 'year', 1000)).toBe('3000 BC');
    expect(minorLabel(at(0), 'year', 1000)).toBe('AD 1');
    expect(minorLabel(at(1000), 'year', 1000)).toBe('1000');
    expect(minorLabel(at(-450), 'year', 50)).toBe('450 BC');
    // Closer together a year is wide enough to matter: the exact reading.
    expect(minorLabel(at(-40), 'year', 10)).toBe('41 BC');
  });

  it('puts the year in the major labels of months and days, other parts as vis-timeline does', () => {
    expect(majorLabel(at(-43, 2), 'month')).toBe('44 BC');
    expect(majorLabel(at(625, 6), 'day')).toBe('July 625');
    expect(majorLabel(at(2022, 0), 'week')).toBe('January 2022');
    expect(majorLabel(at(2022, 0), 'year')).toBe('');
    expect(minorLabel(at(2022, 0), 'month')).toBe('Jan');
    expect(majorLabel(moment.utc('2022-01-27T10:00Z'), 'hour')).toBe('Thu 27 January');
  });
});
