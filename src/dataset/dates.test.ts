import { describe, expect, it } from 'vitest';
import { axisEndMs, axisStartMs, compareCalendar, instantMs, parsePartialDate } from './dates';

const parse = (text: string) => {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('parsePartialDate', () => {
  it.each([
    ['2022', 'year'],
    ['2022-02', 'month'],
    ['2022-01-27', 'day'],
    ['2021-12-30T15:30-05:00', 'minute'],
    ['2021-12-30T15:30:00-05:00', 'second'],
    ['2022-01-27T12:00Z', 'minute'],
  ])('reads %s at %s precision', (text, precision) => {
    expect(parse(text).precision).toBe(precision);
  });

  it.each([
    ['2022-13', /no month 13/],
    ['2022-02-30', /February 2022 has 28 days/],
    ['2024-02-30', /February 2024 has 29 days/],
    ['2022-01-27T15:30', /no UTC offset/],
    ['2022-01-27T25:00Z', /impossible clock time/],
    ['27/01/2022', /not a date of the form/],
    ['2022-1-5', /not a date of the form/],
    ['', /not a date of the form/],
  ])('rejects %s', (text, message) => {
    const result = parsePartialDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2024-02-29').ok).toBe(true);
  });
});

describe('instants and calendar values', () => {
  it('places an instant by its offset', () => {
    expect(new Date(instantMs(parse('2021-12-30T15:30:00-05:00'))).toISOString()).toBe('2021-12-30T20:30:00.000Z');
  });

  it('places a calendar day at midnight of the axis zone, never shifting the day', () => {
    const day = parse('2022-01-27');
    expect(new Date(axisStartMs(day)).toISOString()).toBe('2022-01-27T00:00:00.000Z');
    expect(new Date(axisEndMs(day)).toISOString()).toBe('2022-01-28T00:00:00.000Z');
    const losAngeles = () => -8 * 60;
    expect(new Date(axisStartMs(day, losAngeles)).toISOString()).toBe('2022-01-27T08:00:00.000Z');
  });

  it('spans a month-precision value over its whole month', () => {
    const month = parse('2022-02');
    expect(new Date(axisStartMs(month)).toISOString()).toBe('2022-02-01T00:00:00.000Z');
    expect(new Date(axisEndMs(month)).toISOString()).toBe('2022-03-01T00:00:00.000Z');
  });

  it('compares at the coarser precision, and instants exactly', () => {
    expect(compareCalendar(parse('2022-01-27'), parse('2022-01'))).toBe(0);
    expect(compareCalendar(parse('2022-01-26'), parse('2022-01-27T23:00-05:00'))).toBeLessThan(0);
    expect(compareCalendar(parse('2022-01-27T10:00-05:00'), parse('2022-01-27T09:00-05:00'))).toBeGreaterThan(0);
  });
});
