import { describe, expect, it } from 'vitest';
import {
  axisEndMs,
  axisStartMs,
  compareCalendar,
  daysInMonth,
  endKeyMs,
  hasClockTime,
  instantMs,
  isoYear,
  parsePartialDate,
  sortKeyMs,
  wallClockToInstant,
} from './dates';
import { zoneOffsetMinutes } from './zones';
import { parsedDate as parse } from './testing.test-utils';

/** The text is refused, with a message that matches. */
function expectRejected(text: string, message: RegExp): void {
  const result = parsePartialDate(text);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(message);
}

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
  ])('rejects %s', expectRejected);

  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2024-02-29').ok).toBe(true);
  });
});

describe('years before 0000 and after 9999 (ISO 8601 expanded years)', () => {
  it('reads a sign and six digits as an astronomical year: -000043 is 44 BC', () => {
    expect(parse('-000043-03-15')).toMatchObject({ year: -43, month: 3, day: 15, precision: 'day' });
    expect(parse('-003499').year).toBe(-3499);
    expect(parse('+012000-05').year).toBe(12000);
    expect(parse('+000000').year).toBe(0);
    expect(parse('-000043-03-15T12:00Z')).toMatchObject({ year: -43, hour: 12, offsetMinutes: 0 });
  });

  it('orders BC dates before AD ones, and a BC year is as long as its days', () => {
    expect(sortKeyMs(parse('-000043-03-15'))).toBeLessThan(sortKeyMs(parse('0000')));
    expect(sortKeyMs(parse('-003499'))).toBeLessThan(sortKeyMs(parse('-000043')));
    expect(endKeyMs(parse('-000043-03-15')) - sortKeyMs(parse('-000043-03-15'))).toBe(86_400_000);
    // Astronomical year -4 (5 BC) is a leap year, as year 0 is.
    expect(parse('-000004-02-29').day).toBe(29);
    expectRejected('-000005-02-29', /February 6 BC has 28 days/);
  });

  it('reaches the first and last whole years JavaScript dates hold, and no further', () => {
    expect(Number.isFinite(sortKeyMs(parse('-271820')))).toBe(true);
    expect(Number.isFinite(endKeyMs(parse('+275759')))).toBe(true);
    expectRejected('-271821', /beyond the years a timeline can draw \(271,821 BC to AD 275,759\)/);
    expectRejected('+275760-01-01', /beyond the years a timeline can draw/);
  });

  it('refuses what is not the expanded form: five digits, a cosmological year, -000000', () => {
    expectRejected('-00043', /is not a date of the form/);
    expectRejected('-13800000000', /is not a date of the form/);
    expectRejected('-000000', /write it 0000/);
  });

  it.each([
    [2022, '2022'],
    [625, '0625'],
    [0, '0000'],
    [-43, '-000043'],
    [12000, '+012000'],
  ])('isoYear(%i) is %s', (year, text) => {
    expect(isoYear(year)).toBe(text);
    expect(parse(text).year).toBe(year);
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

// ---------------------------------------------------------------------------------------------
// Further cases: exact values, bounds, every precision, and independence from the process zone.

describe('parsePartialDate: the parsed fields', () => {
  it.each([
    ['2022', { text: '2022', precision: 'year', year: 2022 }],
    ['2022-02', { text: '2022-02', precision: 'month', year: 2022, month: 2 }],
    ['2022-01-27', { text: '2022-01-27', precision: 'day', year: 2022, month: 1, day: 27 }],
    [
      '2021-12-30T15:30-05:00',
      {
        text: '2021-12-30T15:30-05:00',
        precision: 'minute',
        year: 2021,
        month: 12,
        day: 30,
        hour: 15,
        minute: 30,
        second: undefined,
        offsetMinutes: -300,
      },
    ],
    [
      '2022-01-27T09:05:07+05:30',
      {
        text: '2022-01-27T09:05:07+05:30',
        precision: 'second',
        year: 2022,
        month: 1,
        day: 27,
        hour: 9,
        minute: 5,
        second: 7,
        offsetMinutes: 330,
      },
    ],
    [
      '2022-01-27T12:00Z',
      {
        text: '2022-01-27T12:00Z',
        precision: 'minute',
        year: 2022,
        month: 1,
        day: 27,
        hour: 12,
        minute: 0,
        second: undefined,
        offsetMinutes: 0,
      },
    ],
  ])('%s', (text, value) => {
    expect(parsePartialDate(text)).toEqual({ ok: true, value });
  });

  it.each(['2022-01-27T12:00+14:00', '2022-01-27T12:00-12:00', '2022-01-27T23:59:59Z', '2022-01-27T00:00-00:00'])(
    'accepts the boundary value %s',
    (text) => {
      expect(parsePartialDate(text).ok).toBe(true);
    },
  );

  it.each([
    ['2022-01-27T12:00+14:01', /impossible UTC offset/],
    ['2022-01-27T12:00-15:00', /impossible UTC offset/],
    ['2022-01-27T12:60Z', /impossible clock time/],
    ['2022-01-27T12:00:60Z', /impossible clock time/],
    ['2022-01-00', /not a real date/],
    ['2022-01-32', /January 2022 has 31 days/],
    ['2022-01-27T12:00+0500', /not a date of the form/],
    ['2022-01-27T12Z', /not a date of the form/],
    ['2022-01-27T12:00:00.5Z', /not a date of the form/],
    [' 2022', /not a date of the form/],
    ['2022-01-27 ', /not a date of the form/],
    ['+2022', /not a date of the form/],
    ['20220', /not a date of the form/],
  ])('rejects %s', expectRejected);

  it('clips a very long bad value in its message', () => {
    const result = parsePartialDate('x'.repeat(1000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeLessThan(150);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2022, 1, 31],
    [2022, 2, 28],
    [2024, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [2022, 4, 30],
    [2022, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('hasClockTime / instantMs', () => {
  it('only a value with a clock time is an instant', () => {
    expect(hasClockTime(parse('2022-01-27'))).toBe(false);
    expect(hasClockTime(parse('2022'))).toBe(false);
    expect(hasClockTime(parse('2022-01-27T00:00Z'))).toBe(true);
    expect(() => instantMs(parse('2022-01-27'))).toThrow(/calendar value/);
  });

  it('applies half-hour offsets and seconds', () => {
    expect(instantMs(parse('2022-01-27T09:05:07+05:30'))).toBe(Date.UTC(2022, 0, 27, 3, 35, 7));
  });
});

describe('sortKeyMs / endKeyMs', () => {
  it.each([
    ['2022', Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)],
    ['2022-12', Date.UTC(2022, 11, 1), Date.UTC(2023, 0, 1)],
    ['2024-02', Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)],
    ['2021-12-31', Date.UTC(2021, 11, 31), Date.UTC(2022, 0, 1)],
    ['2021-12-30T15:30-05:00', Date.UTC(2021, 11, 30, 20, 30), Date.UTC(2021, 11, 30, 20, 30)],
  ])('%s spans [%i, %i) on the UTC calendar', (text, start, end) => {
    expect(sortKeyMs(parse(text))).toBe(start);
    expect(endKeyMs(parse(text))).toBe(end);
  });

  it('places a year before 100 in that year, not in 19xx', () => {
    const year79 = new Date(0);
    year79.setUTCFullYear(79, 7, 24);
    expect(sortKeyMs(parse('0079-08-24'))).toBe(year79.getTime());
    expect(new Date(sortKeyMs(parse('0079'))).getUTCFullYear()).toBe(79);
  });
});

describe('axisStartMs / axisEndMs in a zone with daylight saving time', () => {
  const newYork = (ms: number) => zoneOffsetMinutes('America/New_York', ms);
  /** Where a date starts and ends on an axis in New York time, as UTC instants. */
  const axisSpan = (text: string) =>
    [axisStartMs(parse(text), newYork), axisEndMs(parse(text), newYork)].map((ms) => new Date(ms).toISOString());

  it('the day the clocks go forward is 23 hours long, from midnight to midnight in that zone', () => {
    expect(axisSpan('2022-03-13')).toEqual(['2022-03-13T05:00:00.000Z', '2022-03-14T04:00:00.000Z']);
  });

  it('the day the clocks go back is 25 hours long', () => {
    const day = parse('2022-11-06');
    expect(axisEndMs(day, newYork) - axisStartMs(day, newYork)).toBe(25 * 3_600_000);
  });

  it('a month in a zone runs from its first midnight there to the next month’s', () => {
    expect(axisSpan('2022-03')).toEqual(['2022-03-01T05:00:00.000Z', '2022-04-01T04:00:00.000Z']);
  });

  it('an instant is where it is, whatever the axis zone', () => {
    const instant = parse('2021-12-30T15:30-05:00');
    expect(axisStartMs(instant, newYork)).toBe(instantMs(instant));
    expect(axisEndMs(instant, newYork)).toBe(instantMs(instant));
  });
});

describe('compareCalendar: more cases', () => {
  it.each([
    ['2022', '2022-12-31', 0],
    ['2021', '2022-01', -1],
    ['2022-02', '2022-01-31', 1],
    ['2022-01-27', '2022-01-27', 0],
    ['2022-01-27T23:00-05:00', '2022-01-27', 0], // the instant's own calendar day
    ['2022-01-28T01:00+02:00', '2022-01-28', 0],
    ['2022-01-27T10:00-05:00', '2022-01-27T15:00Z', 0], // the same instant, written two ways
    ['2022-01-27T10:00-05:00', '2022-01-27T15:01Z', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareCalendar(parse(a), parse(b)))).toBe(sign);
    expect(Math.sign(compareCalendar(parse(b), parse(a)))).toBe(-sign || 0);
  });
});

describe('independence from the process time zone', () => {
  it('gives the same keys under any TZ (calendar values use UTC arithmetic only)', () => {
    const original = process.env.TZ;
    const texts = ['2022', '2022-02', '2022-01-27', '2022-03-13', '2021-12-30T15:30-05:00'];
    const keys = () => texts.map((t) => [sortKeyMs(parse(t)), endKeyMs(parse(t))]);
    try {
      process.env.TZ = 'UTC';
      const reference = keys();
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago']) {
        process.env.TZ = zone;
        expect(new Date(2022, 0, 27).getTimezoneOffset(), zone).not.toBe(0);
        expect(keys(), zone).toEqual(reference);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

describe('wallClockToInstant', () => {
  const inZone = (zone: string) => (ms: number) => zoneOffsetMinutes(zone, ms);

  it('reads a wall time in the offset the zone has then, on either side of a change of clocks', () => {
    // New York: EST (-05:00) until 2022-03-13 02:00, EDT (-04:00) after.
    expect(wallClockToInstant(Date.UTC(2022, 2, 12, 15, 30), inZone('America/New_York'))).toBe(
      Date.UTC(2022, 2, 12, 20, 30),
    );
    expect(wallClockToInstant(Date.UTC(2022, 2, 13, 15, 30), inZone('America/New_York'))).toBe(
      Date.UTC(2022, 2, 13, 19, 30),
    );
    // 05:00 on the day of the change: the offset at the wall time read as UTC (-05:00) is not the
    // offset at the instant (-04:00); the second pass settles it.
    expect(wallClockToInstant(Date.UTC(2022, 2, 13, 5), inZone('America/New_York'))).toBe(Date.UTC(2022, 2, 13, 9));
    // Kyiv midnight in winter (+02:00) and summer (+03:00).
    expect(wallClockToInstant(Date.UTC(2022, 0, 27), inZone('Europe/Kyiv'))).toBe(Date.UTC(2022, 0, 26, 22));
    expect(wallClockToInstant(Date.UTC(2022, 6, 1), inZone('Europe/Kyiv'))).toBe(Date.UTC(2022, 5, 30, 21));
  });

  it('is the wall time itself on UTC', () => {
    expect(wallClockToInstant(Date.UTC(2022, 1, 24, 4), () => 0)).toBe(Date.UTC(2022, 1, 24, 4));
  });
});
