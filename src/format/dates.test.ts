/**
 * How dates read on screen.
 *
 * Time zones of the process. A calendar day must read as the same day for every viewer. The
 * formatting code could only depend on the viewer's zone through JavaScript's local-time APIs
 * (`new Date(y, m, d)`, `getDate()`, date-fns `format` without `in`) and through Intl's default
 * zone (`viewerTimeZone()`, used by `displayZone('local')`). Node applies an assignment to
 * `process.env.TZ` at once to both (it resets V8's date cache and ICU's default zone), so rather
 * than spawning a vitest process per zone, the zone-sensitive assertions below run in this
 * process under several zones in turn. A guard checks that each switch really took effect (it
 * would not in a worker thread), so the test cannot pass vacuously under a runner that ignores it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  displayZone,
  yearLabel,
  formatPartialDate,
  formatWhen,
  precisionNote,
  ZONE_MODES,
  zoneAbbreviation,
} from './dates';
import { parsedDate as parse } from '../dataset/testing.test-utils';

/** Zones far apart: +14, -8 (January), 0, -11, +5:30. */
const PROCESS_ZONES: [zone: string, offsetInJanuary: number][] = [
  ['Pacific/Kiritimati', -14 * 60],
  ['America/Los_Angeles', 8 * 60],
  ['UTC', 0],
  ['Pacific/Pago_Pago', 11 * 60],
  ['Asia/Kolkata', -5.5 * 60],
];

const originalTZ = process.env.TZ;
afterEach(() => {
  if (originalTZ === undefined) delete process.env.TZ;
  else process.env.TZ = originalTZ;
});

/** Runs `check(zone)` with the process in each zone, after checking that the zone really changed. */
function inEveryProcessZone(check: (zone: string) => void) {
  for (const [zone, offset] of PROCESS_ZONES) {
    process.env.TZ = zone;
    expect(new Date(2022, 0, 27).getTimezoneOffset(), `the process is now in ${zone}`).toBe(offset);
    // ICU names some zones by their older canonical id (Asia/Kolkata is "Asia/Calcutta").
    const canonical = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(canonical);
    check(canonical);
  }
}

describe('formatPartialDate: calendar values', () => {
  it('shows a month-precision date as the month, approximately, never as its first day', () => {
    inEveryProcessZone(() => {
      expect(formatPartialDate(parse('2022-02'), 'UTC')).toBe('~Feb 2022');
      expect(formatPartialDate(parse('2022-02'), 'UTC', 'long')).toBe('~February 2022');
      expect(formatPartialDate(parse('2022-01'), 'Pacific/Kiritimati')).toBe('~Jan 2022');
      expect(formatPartialDate(parse('2022-12'), 'America/Los_Angeles', 'long')).toBe('~December 2022');
    });
    expect(formatPartialDate(parse('2022-02'), 'UTC')).not.toMatch(/\b1\b/);
  });

  it('shows a year-precision date as the year, approximately', () => {
    inEveryProcessZone(() => {
      expect(formatPartialDate(parse('2022'), 'UTC')).toBe('~2022');
      expect(formatPartialDate(parse('2022'), 'Asia/Tokyo', 'long')).toBe('~2022');
    });
  });

  it("shows a day as that calendar day, for any viewer's zone and any event zone", () => {
    inEveryProcessZone((processZone) => {
      for (const eventZone of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        const where = `process ${processZone}, event ${eventZone}`;
        expect(formatPartialDate(parse('2022-01-27'), eventZone), where).toBe('27 Jan 2022');
        expect(formatPartialDate(parse('2022-01-27'), eventZone, 'long'), where).toBe('Thursday 27 January 2022');
        expect(formatPartialDate(parse('2022-01-01'), eventZone), where).toBe('1 Jan 2022');
        expect(formatPartialDate(parse('2021-12-31'), eventZone, 'long'), where).toBe('Friday 31 December 2021');
        expect(formatPartialDate(parse('2024-02-29'), eventZone), where).toBe('29 Feb 2024');
      }
    });
  });

  it('shows a day across a DST change as itself', () => {
    inEveryProcessZone(() => {
      expect(formatPartialDate(parse('2022-03-13'), 'America/New_York')).toBe('13 Mar 2022');
      expect(formatPartialDate(parse('2022-11-06'), 'America/Los_Angeles', 'long')).toBe('Sunday 6 November 2022');
    });
  });

  it('shows a year before 100 as that year, not as 19xx, and without leading zeros', () => {
    expect(formatPartialDate(parse('0079-08-24'), 'UTC')).toBe('24 Aug 79');
    expect(formatPartialDate(parse('0079'), 'UTC')).toBe('~79');
    expect(formatPartialDate(parse('0625-07'), 'UTC', 'long')).toBe('~July 625');
  });

  it('shows years before 1 as BC: astronomical year 0 is 1 BC, -43 is 44 BC; no weekday before the Gregorian calendar', () => {
    expect(formatPartialDate(parse('0000'), 'UTC')).toBe('~1 BC');
    expect(formatPartialDate(parse('0000-02-29'), 'UTC', 'long')).toBe('29 February 1 BC');
    expect(formatPartialDate(parse('-000043-03-15'), 'UTC')).toBe('15 Mar 44 BC');
    expect(formatPartialDate(parse('-003499'), 'UTC')).toBe('~3500 BC');
    expect(formatPartialDate(parse('-011999'), 'UTC')).toBe('~12,000 BC');
    expect(formatPartialDate(parse('-271820-01-01'), 'UTC')).toBe('1 Jan 271,821 BC');
    expect(formatPartialDate(parse('0001-01-01'), 'UTC', 'long')).toBe('1 January 1');
    expect(formatPartialDate(parse('1582-10-15'), 'UTC', 'long')).toBe('15 October 1582');
    expect(formatPartialDate(parse('1583-01-01'), 'UTC', 'long')).toBe('Saturday 1 January 1583');
    expect(formatPartialDate(parse('9999-12-31'), 'UTC')).toBe('31 Dec 9999');
    expect(formatPartialDate(parse('+012000-05'), 'UTC')).toBe('~May 12,000');
  });

  it('an instant early on 1 January 0000 east of Greenwich is the year before in UTC: 2 BC', () => {
    expect(formatPartialDate(parse('0000-01-01T00:00+02:00'), 'UTC')).toBe('31 Dec 2 BC, 10:00 PM UTC');
    expect(formatPartialDate(parse('0000-02-29T10:00Z'), 'UTC', 'long')).toBe('29 February 1 BC, 10:00 AM UTC');
    expect(formatPartialDate(parse('-000043-03-15T12:00Z'), 'UTC')).toBe('15 Mar 44 BC, 12:00 PM UTC');
  });
});

describe('yearLabel', () => {
  it.each([
    [2022, '2022'],
    [625, '625'],
    [1, '1'],
    [0, '1 BC'],
    [-43, '44 BC'],
    [-3499, '3500 BC'],
    [-9998, '9999 BC'],
    [-9999, '10,000 BC'],
    [12000, '12,000'],
  ])('year %i reads %s', (year, label) => {
    expect(yearLabel(year)).toBe(label);
  });
});

describe('formatPartialDate: instants', () => {
  const call = parse('2021-12-30T15:30:00-05:00');

  it('shows an instant in the zone asked for, naming the zone', () => {
    inEveryProcessZone(() => {
      expect(formatPartialDate(call, 'America/New_York')).toBe('30 Dec 2021, 3:30 PM EST');
      expect(formatPartialDate(call, 'UTC')).toBe('30 Dec 2021, 8:30 PM UTC');
      expect(formatPartialDate(call, 'America/New_York', 'long')).toBe('Thursday 30 December 2021, 3:30 PM EST');
    });
  });

  it('moves to the next day where it already is the next day', () => {
    inEveryProcessZone(() => {
      expect(formatPartialDate(call, 'Asia/Tokyo')).toBe('31 Dec 2021, 5:30 AM GMT+9');
      expect(formatPartialDate(call, 'Asia/Tokyo', 'long')).toBe('Friday 31 December 2021, 5:30 AM GMT+9');
      expect(formatPartialDate(call, 'Asia/Kolkata')).toBe('31 Dec 2021, 2:00 AM GMT+5:30');
    });
  });

  it('names daylight saving time', () => {
    expect(formatPartialDate(parse('2022-07-04T12:00-04:00'), 'America/New_York')).toBe('4 Jul 2022, 12:00 PM EDT');
    expect(formatPartialDate(parse('2022-03-13T03:30-04:00'), 'America/New_York')).toBe('13 Mar 2022, 3:30 AM EDT');
  });

  it('shows midnight and noon unambiguously', () => {
    expect(formatPartialDate(parse('2022-01-27T00:00Z'), 'UTC')).toBe('27 Jan 2022, 12:00 AM UTC');
    expect(formatPartialDate(parse('2022-01-27T12:00Z'), 'UTC')).toBe('27 Jan 2022, 12:00 PM UTC');
  });
});

describe('formatWhen', () => {
  it('shows a start alone', () => {
    expect(formatWhen(parse('2022-01-27'), undefined, 'UTC')).toBe('27 Jan 2022');
  });

  it('shows a start and an end with a dash', () => {
    expect(formatWhen(parse('2022-01-24'), parse('2022-01-28'), 'UTC')).toBe('24 Jan 2022 – 28 Jan 2022');
    expect(formatWhen(parse('2022-01'), parse('2022-02-03'), 'UTC')).toBe('~Jan 2022 – 3 Feb 2022');
    expect(formatWhen(parse('2022-01-24'), parse('2022-01-28'), 'UTC', 'long')).toBe(
      'Monday 24 January 2022 – Friday 28 January 2022',
    );
  });

  it('shows an end that reads the same as the start once', () => {
    expect(formatWhen(parse('2022-01-27'), parse('2022-01-27'), 'UTC')).toBe('27 Jan 2022');
    expect(formatWhen(parse('2022-02'), parse('2022-02'), 'UTC')).toBe('~Feb 2022');
  });

  it('shows both instants of a timed span in the same zone', () => {
    expect(formatWhen(parse('2022-02-01T10:00-05:00'), parse('2022-02-01T12:30-05:00'), 'America/New_York')).toBe(
      '1 Feb 2022, 10:00 AM EST – 1 Feb 2022, 12:30 PM EST',
    );
  });

  it('reads the same in every process zone', () => {
    inEveryProcessZone(() => {
      expect(formatWhen(parse('2022-01-24'), parse('2022-01-28'), 'Asia/Tokyo')).toBe('24 Jan 2022 – 28 Jan 2022');
    });
  });
});

describe('precisionNote', () => {
  it.each([
    ['2022', 'date known only to the year'],
    ['2022-02', 'date known only to the month'],
    ['2022-01-27', null],
    ['2021-12-30T15:30-05:00', null],
    ['2021-12-30T15:30:00-05:00', null],
  ])('%s → %s', (text, note) => {
    expect(precisionNote(parse(text))).toBe(note);
  });
});

describe('displayZone', () => {
  it("'event' is where it happened, or UTC when that is not known", () => {
    expect(displayZone('event', 'Europe/Kyiv')).toBe('Europe/Kyiv');
    expect(displayZone('event', undefined)).toBe('UTC');
  });

  it("'utc' is UTC whatever the event's zone", () => {
    expect(displayZone('utc', 'Europe/Kyiv')).toBe('UTC');
  });

  it("'local' follows the process (viewer's) zone", () => {
    inEveryProcessZone((zone) => {
      expect(displayZone('local', 'Europe/Kyiv')).toBe(zone);
      expect(displayZone('local', undefined)).toBe(zone);
    });
  });

  it("has three modes: where it happened, UTC and the reader's own (their labels are typed to match)", () => {
    expect(ZONE_MODES).toEqual(['event', 'utc', 'local']);
  });
});

describe('zoneAbbreviation', () => {
  it('names the zone as in force at the instant', () => {
    expect(zoneAbbreviation('America/New_York', new Date(Date.UTC(2022, 0, 1)))).toBe('EST');
    expect(zoneAbbreviation('America/New_York', new Date(Date.UTC(2022, 6, 1)))).toBe('EDT');
    expect(zoneAbbreviation('UTC', new Date(0))).toBe('UTC');
  });
});
