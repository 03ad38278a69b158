/**
 * The TimelineJS forms people have, from the fixture files written for these tests: the
 * spreadsheet template saved as CSV (and TSV), a TimelineJS 2 file, and a TimelineJS 3 file with
 * years before year 1, eras, and a cosmological year that no timeline can draw.
 */
import { describe, expect, test } from 'vitest';
import { importCsv } from './csvImport';
import { importTimelineJs } from './timelineJsImport';
import { expectValid, readRepoFile } from './testHelpers';

describe('the TimelineJS spreadsheet template (e2e/fixtures/timelinejs-template.csv)', () => {
  const text = readRepoFile('e2e/fixtures/timelinejs-template.csv');
  const result = importCsv(text, { fileName: 'timelinejs-template.csv' });
  const dataset = expectValid(result.dataset);
  const byTitle = (title: string) => dataset.events.find((event) => event.title === title)!;

  test('the title row titles the dataset, the era row is an era, the other rows are events', () => {
    expect(dataset.title).toBe('The Space Race');
    expect(dataset.description).toMatch(
      /^From Sputnik to the Moon, as a TimelineJS spreadsheet\. Imported from the TimelineJS spreadsheet "timelinejs-template\.csv"/,
    );
    expect(dataset.eras).toEqual([{ title: 'The Space Race era', start: '1957', end: '1975' }]);
    expect(dataset.events.map((event) => event.title)).toEqual([
      'Sputnik 1 launched',
      'Gagarin orbits the Earth',
      'Glenn orbits the Earth',
      'Apollo 11',
      'Apollo–Soyuz',
    ]);
  });

  test('the row with a cosmological year is reported by its row; media that cannot be shown are listed; the rest opens', () => {
    expect(result.rowProblems).toEqual([
      {
        row: 4,
        note: true,
        message:
          'row 4: its media https://example.org/sputnik.jpg is not shown (Sourceline shows no pictures, video or embeds)',
      },
      {
        row: 7,
        note: true,
        message:
          'row 7: its media https://www.youtube.com/watch?v=x is not shown (Sourceline shows no pictures, video or embeds)',
      },
      { row: 7, note: true, message: 'row 7: its background image https://example.org/moon.jpg is not shown' },
      {
        row: 8,
        message: 'row 8: Year -13800000000 is beyond the years a timeline can draw (271,821 BC to AD 275,759)',
      },
    ]);
  });

  test('Group is the lane, Display Date the date as written, Time a clock time (read as UTC), media credit and caption the attribution', () => {
    expect(dataset.sides.map((side) => side.name)).toEqual(['Soviet Union', 'United States']);
    const sputnik = byTitle('Sputnik 1 launched');
    expect(sputnik).toMatchObject({ start: '1957-10-04T19:28Z', timeZone: 'UTC', sides: ['soviet-union'] });
    expect(sputnik.excerpts[0]).toMatchObject({
      quote:
        'The Soviet Union launches the first artificial satellite; the launch (https://example.org/sputnik) surprises the West.',
      attribution: 'Sputnik 1 before launch; credit: RIA Novosti',
    });
    expect(byTitle('Gagarin orbits the Earth')).toMatchObject({ start: '1961-04-12', displayDate: '12 April 1961' });
    expect(byTitle('Glenn orbits the Earth').start).toBe('1962-02-20T14:47Z');
    expect(byTitle('Apollo 11')).toMatchObject({ start: '1969-07', displayDate: 'Summer 1969' });
    expect(byTitle('Apollo–Soyuz')).toMatchObject({ start: '1975-07-17', end: '1975-07-19' });
  });

  test('as TSV, in another column order, without the unused columns, it reads the same', () => {
    const rows = [
      ['Headline', 'Year', 'Month', 'Day', 'Group', 'Type'],
      ['Sputnik', '1957', '10', '4', 'Soviet Union', ''],
      ['An era', '1957', '', '', '', 'era'],
    ];
    const tsv = importCsv(rows.map((row) => row.join('\t')).join('\n'), { fileName: 'sheet.tsv' });
    expect(tsv.rowProblems).toEqual([{ row: 3, message: 'row 3 (an era): End Year is empty (an era needs an end)' }]);
    expect(expectValid(tsv.dataset).events.map((event) => [event.title, event.start])).toEqual([
      ['Sputnik', '1957-10-04'],
    ]);
  });

  test('a row whose cells are shifted by an unquoted comma is named by its cell count, not by what follows from it', () => {
    const csv = [
      'Year,Month,Day,Headline,Text,Group',
      '1957,10,4,Sputnik,One, two,Soviet Union',
      '1961,4,12,Gagarin,Orbit,',
    ].join('\n');
    const shifted = importCsv(csv, { fileName: 'x.csv' });
    expect(shifted.rowProblems.map((p) => p.message)).toEqual([
      'row 2: has 7 cells, the header 6 (a cell that holds a comma or a semicolon must be in double quotes)',
    ]);
    expect(shifted.dataset!.events.map((event) => event.title)).toEqual(['Gagarin']);
    const broken = importCsv(
      ['Year,Month,Day,Headline,Group', '1957,Oct,4,Sputnik,Soviet, Union', '1961,4,12,Gagarin,'].join('\n'),
      {
        fileName: 'x.csv',
      },
    );
    expect(broken.rowProblems.map((p) => p.message)).toEqual([
      'row 2: has 6 cells, the header 5 (a cell that holds a comma or a semicolon must be in double quotes)',
    ]);
  });
});

describe('a TimelineJS 2 file (e2e/fixtures/timelinejs2.json)', () => {
  const result = importTimelineJs(JSON.parse(readRepoFile('e2e/fixtures/timelinejs2.json')), {
    fileName: 'timelinejs2.json',
  });
  const dataset = expectValid(result.dataset);

  test('timeline.date entries are events, "YYYY,M,D[,h,m]" dates at their precision, tag the lane, era[] the eras', () => {
    expect(dataset.title).toBe('The March on Washington');
    expect(dataset.events.map((event) => [event.title, event.start, event.end])).toEqual([
      ["Kennedy's civil rights address", '1963-06-11', undefined],
      ['The March on Washington', '1963-08-28T10:00Z', '1963-08-28T16:30Z'],
      ['After the march', '1963-09', undefined],
      ['Civil Rights Act signed', '1964-07-02', undefined],
    ]);
    expect(dataset.sides.map((side) => side.name)).toEqual(['Washington', 'March']);
    expect(dataset.eras).toEqual([{ title: 'August 1963', start: '1963-08-01', end: '1963-08-31' }]);
    expect(dataset.events[1]!.excerpts[0]!.attribution).toBe('King at the Lincoln Memorial; credit: AP');
  });

  test('the event with month 13 is reported by its place; its media is listed', () => {
    expect(result.rowProblems.map((p) => p.message)).toEqual([
      'event 2 (timeline.date[1]): its media https://example.org/king.jpg is not shown (Sourceline shows no pictures, video or embeds)',
      "event 4 (timeline.date[3]): startDate's month 13 is out of range (1–12)",
    ]);
  });
});

describe('a TimelineJS 3 file with years before year 1 (e2e/fixtures/timelinejs3-bce.json)', () => {
  const result = importTimelineJs(JSON.parse(readRepoFile('e2e/fixtures/timelinejs3-bce.json')), {
    fileName: 'timelinejs3-bce.json',
  });
  const dataset = expectValid(result.dataset);

  test('BC years are expanded ISO years, a display date is kept, and the cosmological event alone is left out', () => {
    expect(dataset.events.map((event) => [event.id, event.start])).toEqual([
      ['3500bc-uruk-grows-into-a-city', '-003499'],
      ['2560bc-the-great-pyramid', '-002559'],
      ['44bc-03-15-the-ides-of-march', '-000043-03-15'],
      ['0625-a-year-of-three-digits', '0625'],
    ]);
    expect(dataset.events[0]!.displayDate).toBe('c. 3500 BC');
    expect(result.rowProblems.map((p) => p.message)).toEqual([
      'event 1 (events[0]): start_date.year -13800000000 is beyond the years a timeline can draw (271,821 BC to AD 275,759)',
      'era 3 (eras[2]): end_date -000200 is before start_date -000100',
    ]);
  });

  test('eras keep their titles and BC dates', () => {
    expect(dataset.eras).toEqual([
      { title: 'Uruk period', start: '-003999', end: '-003100' },
      { title: 'Old Kingdom', start: '-002685', end: '-002180' },
    ]);
  });
});

test('a file is refused whole only when nothing in it converts', () => {
  const result = importTimelineJs(
    { events: [{ start_date: { year: -13_800_000_000 }, text: { headline: 'Big Bang' } }] },
    { fileName: 'cosmos.json' },
  );
  expect(result.dataset).toBeNull();
  expect(result.rowProblems).toHaveLength(1);
});
