import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../dataset/types';
import { exportIcs, PRODID } from './exportIcs';
import { unfold } from './icsText';
import { event, expectValid, realDataset, tinyDataset } from './testHelpers';

const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));

/** The unfolded content lines of each VEVENT, keyed by the event id from its UID. */
function vevents(ics: string): Map<string, string[]> {
  const lines = unfold(ics).split('\r\n');
  const byId = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT') {
      const uid = current!.find((l) => l.startsWith('UID:'))!;
      byId.set(uid.slice(4).replace(/@sourceline$/, ''), current!);
      current = null;
    } else current?.push(line);
  }
  return byId;
}

function exportOne(patch: Partial<TimelineEvent>): string[] {
  const data = expectValid(tinyDataset([event('e', patch)]));
  return vevents(exportIcs(data, ['e'], { now: NOW })).get('e')!;
}

function descriptionOf(lines: readonly string[]): string | undefined {
  return lines.find((line) => line.startsWith('DESCRIPTION:'));
}

describe('exportIcs: the calendar', () => {
  const data = expectValid(tinyDataset([event('a'), event('b', { start: '2022-02' })]));
  const ics = exportIcs(data, ['a', 'b'], { now: NOW });

  test('is a VCALENDAR with VERSION 2.0 and a PRODID, one VEVENT per chosen event', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`]);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(vevents(exportIcs(data, ['b'], { now: NOW })).size).toBe(1);
  });

  test('uses CRLF line ends only', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('UID comes from the event id and DTSTAMP from "now", in UTC', () => {
    const lines = vevents(ics).get('a')!;
    expect(lines).toContain('UID:a@sourceline');
    expect(lines).toContain('DTSTAMP:20250102T030405Z');
  });
});

describe('exportIcs: years a calendar cannot hold', () => {
  test('an event that begins before year 0000 is left out (iCalendar years have four digits); the others stay', () => {
    const data = expectValid(tinyDataset([event('ides', { start: '-000043-03-15' }), event('a')]));
    const byId = vevents(exportIcs(data, ['ides', 'a'], { now: NOW }));
    expect([...byId.keys()]).toEqual(['a']);
    expect(exportIcs(data, ['ides'], { now: NOW })).not.toMatch(/-0*43/);
  });
});

describe('exportIcs: dates at their precision', () => {
  test('a day is an all-day event ending (exclusively) the next day', () => {
    const lines = exportOne({ start: '2022-01-27' });
    expect(lines).toContain('DTSTART;VALUE=DATE:20220127');
    expect(lines).toContain('DTEND;VALUE=DATE:20220128');
    expect(lines).toContain('SUMMARY:Event e');
    expect(descriptionOf(lines)).not.toContain('known only');
  });

  test('a span of days ends the day after its last day, across month and leap-day ends', () => {
    expect(exportOne({ start: '2022-01-24', end: '2022-01-31' })).toEqual(
      expect.arrayContaining(['DTSTART;VALUE=DATE:20220124', 'DTEND;VALUE=DATE:20220201']),
    );
    expect(exportOne({ start: '2024-02-29' })).toContain('DTEND;VALUE=DATE:20240301');
    expect(exportOne({ start: '2021-12-31' })).toContain('DTEND;VALUE=DATE:20220101');
  });

  test.each([
    [
      'a month spans the whole month, marked "~" and described as known only to the month',
      '2022-02',
      '20220201',
      '20220301',
      'month',
    ],
    ['a month ends at the start of the next, across a year end', '2021-12', '20211201', '20220101', 'month'],
    ['a year spans the whole year, likewise marked', '2022', '20220101', '20230101', 'year'],
  ])('%s', (_name, start, dtstart, dtend, precision) => {
    const lines = exportOne({ start, title: 'Talks' });
    expect(lines).toContain(`DTSTART;VALUE=DATE:${dtstart}`);
    expect(lines).toContain(`DTEND;VALUE=DATE:${dtend}`);
    expect(lines).toContain('SUMMARY:~Talks');
    expect(descriptionOf(lines)).toMatch(new RegExp(`^DESCRIPTION:Date known only to the ${precision}\\\\n\\\\n`));
  });

  test('a day start with a month end says which end is coarse', () => {
    const lines = exportOne({ start: '2022-01-27', end: '2022-02' });
    expect(lines).toContain('DTEND;VALUE=DATE:20220301');
    expect(lines).toContain('SUMMARY:~Event e');
    expect(descriptionOf(lines)).toMatch(/^DESCRIPTION:End known only to the month\\n\\n/);
  });

  test('a clock time is a UTC instant; with no end, DTEND is DTSTART', () => {
    const lines = exportOne({ start: '2021-12-30T15:30:00-05:00', timeZone: 'America/New_York' });
    expect(lines).toContain('DTSTART:20211230T203000Z');
    expect(lines).toContain('DTEND:20211230T203000Z');
    expect(lines).toContain('SUMMARY:Event e');
  });

  test('a clock time with an end (in another offset) ends at that instant', () => {
    const lines = exportOne({
      start: '2022-01-27T23:30+02:00',
      end: '2022-01-28T00:15+02:00',
      timeZone: 'Europe/Kyiv',
    });
    expect(lines).toContain('DTSTART:20220127T213000Z');
    expect(lines).toContain('DTEND:20220127T221500Z');
  });

  test('a clock-time start with a day end ends at midnight after that day where it happened', () => {
    const lines = exportOne({ start: '2022-01-27T10:00+02:00', end: '2022-01-28', timeZone: 'Europe/Kyiv' });
    expect(lines).toContain('DTSTART:20220127T080000Z');
    expect(lines).toContain('DTEND:20220128T220000Z');
  });

  test('a day start with a clock-time end is all-day through the end’s own calendar day', () => {
    const lines = exportOne({ start: '2022-01-27', end: '2022-01-28T01:00+02:00', timeZone: 'Europe/Kyiv' });
    expect(lines).toContain('DTSTART;VALUE=DATE:20220127');
    expect(lines).toContain('DTEND;VALUE=DATE:20220129');
  });

  test('nothing ending in 9999 writes a year 10000: the end is a length instead (DURATION)', () => {
    const day = exportOne({ start: '9999-12-31' });
    expect(day).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:99991231', 'DURATION:P1D']));
    expect(exportOne({ start: '9999-12' })).toEqual(
      expect.arrayContaining(['DTSTART;VALUE=DATE:99991201', 'DURATION:P31D']),
    );
    expect(exportOne({ start: '9999' })).toEqual(
      expect.arrayContaining(['DTSTART;VALUE=DATE:99990101', 'DURATION:P365D']),
    );
    expect(exportOne({ start: '2022-01-27', end: '9999' })).toContain(
      `DURATION:P${(Date.UTC(10000, 0, 1) - Date.UTC(2022, 0, 27)) / 86_400_000}D`,
    );
    const evening = exportOne({ start: '9999-12-31T20:00Z', end: '9999-12-31', timeZone: 'UTC' });
    expect(evening).toEqual(expect.arrayContaining(['DTSTART:99991231T200000Z', 'DURATION:P0DT4H0M0S']));
    for (const lines of [day, evening]) expect(lines.join('\n')).not.toMatch(/10000|DTEND/);
  });

  test('an instant outside years 0000–9999 in UTC becomes its own calendar day, saying the time is left out', () => {
    const late = exportOne({ start: '9999-12-31T23:00-05:00', timeZone: 'America/New_York' });
    expect(late).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:99991231', 'DURATION:P1D']));
    expect(descriptionOf(late)).toContain('Time not included (9999-12-31T23:00-05:00)');
    const early = exportOne({ start: '0000-01-01T00:00+02:00', timeZone: 'Etc/GMT-2' });
    expect(early).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:00000101', 'DTEND;VALUE=DATE:00000102']));
  });

  test('does not depend on the machine’s own zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(exportOne({ start: '2022-01-27' })).toContain('DTSTART;VALUE=DATE:20220127');
      process.env.TZ = 'America/Los_Angeles';
      expect(exportOne({ start: '2022-01-27' })).toContain('DTEND;VALUE=DATE:20220128');
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('exportIcs: text', () => {
  test('SUMMARY and DESCRIPTION are escaped; the description holds the summary and each quote with its outlet', () => {
    const lines = exportOne({
      title: 'Call; then talks, maybe',
      summary: 'First line.\nSecond, with a comma.',
      excerpts: [
        { source: 'cnn', quote: 'He said "yes"; she said no.', speaker: 'horne' },
        { source: 'site', quote: 'A back\\slash' },
      ],
    });
    expect(lines).toContain('SUMMARY:Call\\; then talks\\, maybe');
    expect(lines).toContain(
      'DESCRIPTION:First line.\\nSecond\\, with a comma.\\n\\n' +
        '"He said "yes"\\; she said no." (Emily Horne\\, in CNN\\, https://edition.cnn.com/live)\\n' +
        '"A back\\\\slash" (A news site)',
    );
  });

  test('a disputed event says so, naming the contested claims; an event whose claims nobody disputes does not', () => {
    const description = (patch: Partial<TimelineEvent>) => descriptionOf(exportOne(patch));
    const claims = [{ id: 'bad', text: 'The call went badly' }];
    expect(
      description({
        claims,
        excerpts: [
          { source: 'cnn', quote: 'Badly.', claims: [{ claim: 'bad', stance: 'asserts' }] },
          { source: 'site', quote: 'Fine.', claims: [{ claim: 'bad', stance: 'disputes' }] },
        ],
      }),
    ).toMatch(/^DESCRIPTION:Disputed: the accounts disagree on "The call went badly"\.\\n\\n/);
    // Claims are there, and only asserted: not disputed, even with a legacy "disputes" beside them.
    expect(
      description({
        claims,
        excerpts: [
          { source: 'cnn', quote: 'Badly.', claims: [{ claim: 'bad', stance: 'asserts' }] },
          { source: 'site', quote: 'Hm.', stance: 'disputes' },
        ],
      }),
    ).not.toContain('Disputed');
    // An older dataset: the legacy stance decides.
    expect(description({ excerpts: [{ source: 'cnn', quote: 'No.', stance: 'disputes' }] })).toMatch(
      /^DESCRIPTION:Disputed: the accounts disagree\.\\n/,
    );
  });

  test('status and category are carried over', () => {
    expect(exportOne({ status: 'scheduled', type: 'summit' })).toEqual(
      expect.arrayContaining(['STATUS:TENTATIVE', 'CATEGORIES:summit']),
    );
    expect(exportOne({ status: 'occurred' })).toContain('STATUS:CONFIRMED');
  });

  test('the real dataset: every physical line within 75 octets, every event present', () => {
    const dataset = realDataset();
    const ics = exportIcs(
      dataset,
      dataset.events.map((e) => e.id),
      { now: NOW },
    );
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const events = vevents(ics);
    expect([...events.keys()]).toEqual(dataset.events.map((e) => e.id));
    // Folding really happened (the quotes are long), and unfolding gives back whole properties.
    expect(ics).toContain('\r\n ');
    expect(events.get('2021-12-30-biden-putin-call')).toEqual(
      expect.arrayContaining(['DTSTART:20211230T203000Z', 'SUMMARY:Biden–Putin phone call scheduled for 30 December']),
    );
    expect(events.get('2022-putin-visit-to-turkey')).toEqual(
      expect.arrayContaining(['DTSTART;VALUE=DATE:20220101', 'DTEND;VALUE=DATE:20230101']),
    );
  });
});
