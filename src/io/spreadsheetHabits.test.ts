/**
 * A CSV as a journalist makes it in a spreadsheet (e2e/fixtures/journalist.csv): dates written day
 * first as Excel writes them in the UK and Europe, a link copied without "https://", one outlet
 * with two articles' links, two rows for one event (the second disputing its claim), and a row
 * with an unquoted comma. Each is read as meant, or named plainly.
 */
import { describe, expect, test } from 'vitest';
import { importCsv } from './csvImport';
import { expectValid, readRepoFile } from './testHelpers';
import { buildIndex } from '../engine/buildIndex';
import { coverageOf, sourceNames } from '../engine/sources';

describe('the journalist’s five-row CSV', () => {
  const result = importCsv(readRepoFile('e2e/fixtures/journalist.csv'), { fileName: 'journalist.csv' });
  const dataset = expectValid(result.dataset);

  test('day-first dates are read day first, because 21/02/2022 can only be read so, and the notice says so', () => {
    expect(dataset.events.map((event) => [event.title, event.start])).toEqual([
      ['Putin recognises the separatist republics', '2022-02-21'],
      ['Biden announces sanctions', '2022-02-22'],
    ]);
    expect(result.rowProblems[0]).toEqual({
      row: 0,
      note: true,
      message: 'Dates such as "21/02/2022" were read day first, as row 2 can only be read (21 February 2022).',
    });
  });

  test('two rows with the same date and title are one event: the disputing account stays with the claim it disputes', () => {
    const recognition = dataset.events[0]!;
    expect(recognition.excerpts.map((excerpt) => [excerpt.source, excerpt.claims?.[0]?.stance])).toEqual([
      ['rt', 'asserts'],
      ['ap', 'asserts'],
      ['kyiv-independent', 'disputes'],
    ]);
    expect(recognition.claims).toEqual([
      { id: 'russia-recognised-the-two-republics', text: 'Russia recognised the two republics' },
    ]);
  });

  test('a link without https:// gets it, and the notice says so', () => {
    expect(dataset.sources.find((source) => source.outlet === 'RT')!.url).toBe(
      'https://www.rt.com/russia/550264-putin-recognizes-donbass/',
    );
    expect(result.rowProblems).toContainEqual({
      row: 2,
      note: true,
      message:
        'row 2: url "www.rt.com/russia/550264-putin-recognizes-donbass/" has no http:// or https://, so it was read as https://www.rt.com/russia/550264-putin-recognizes-donbass/',
    });
  });

  test('one outlet with two links is one source (outlet and title), with the other link noted; coverage names outlets once', () => {
    expect(dataset.sources.map((source) => source.outlet)).toEqual(['RT', 'AP', 'Kyiv Independent']);
    expect(result.rowProblems).toContainEqual({
      row: 4,
      note: true,
      message:
        'row 4: source "AP" has the link https://apnews.com/article/biden-sanctions here but https://apnews.com/article/putin-recognition on row 3; one outlet and title is one source, so the first is kept (to keep two articles apart, give each its source_title)',
    });
    const index = buildIndex(dataset);
    const names = sourceNames(index.sources);
    expect(names).toEqual(['RT', 'AP', 'Kyiv Independent']);
    const recognition = index.eventOrdinal.get(dataset.events[0]!.id)!;
    expect(coverageOf(index, recognition).reported.map((source) => names[source])).toEqual([
      'RT',
      'AP',
      'Kyiv Independent',
    ]);
    const biden = index.eventOrdinal.get(dataset.events[1]!.id)!;
    expect(coverageOf(index, biden).reported.map((source) => names[source])).toEqual(['AP']);
  });

  test('the row with an unquoted comma is named by its cell count, and it alone is left out', () => {
    expect(result.rowProblems.filter((problem) => !problem.note)).toEqual([
      {
        row: 6,
        message: 'row 6: has 8 cells, the header 7 (a cell that holds a comma or a semicolon must be in double quotes)',
      },
    ]);
    expect(dataset.description).toBe(
      'Imported from the CSV file "journalist.csv": 2 events from 5 rows; 1 row could not be converted.',
    );
  });
});

describe('rows of one event without an event_id', () => {
  const HEADER = 'date,title,source,quote,type';

  test('rows with the same date and title (letter case and spaces aside) merge; other cells must agree, or an event_id keeps them apart', () => {
    const result = importCsv(
      [
        HEADER,
        '2022-01-27,Biden call,CNN,Q1,call',
        '2022-01-27,biden  call,Sputnik,Q2,',
        '2022-01-27,Biden call,TASS,Q3,statement',
      ].join('\n'),
      { fileName: 'x.csv' },
    );
    expect(expectValid(result.dataset).events.map((event) => event.excerpts.length)).toEqual([2]);
    expect(result.rowProblems.map((problem) => problem.message)).toEqual([
      'row 4: row 2 has the same date and title, so the two rows are one event, but it has type "call" and this row "statement" (to keep them apart as two events, add an event_id column)',
    ]);
  });
});

describe('dates that read two ways', () => {
  const text = ['date,title,source,quote', '03/04/2022,A,CNN,Q', '05/05/2022,B,CNN,Q'].join('\n');

  test('when every date reads both ways, the import asks which comes first instead of guessing', () => {
    const result = importCsv(text, { fileName: 'x.csv' });
    expect(result.dataset).toBeNull();
    expect(result.question).toEqual({
      option: 'dateOrder',
      message:
        'Dates such as "03/04/2022" (row 2) can be read two ways, and no date in the file tells which. Which comes first?',
      choices: [
        { value: 'day-first', label: 'Day first: 3 April 2022' },
        { value: 'month-first', label: 'Month first: March 4, 2022' },
      ],
    });
  });

  test('with the answer, every date is read that way', () => {
    const dayFirst = importCsv(text, { fileName: 'x.csv', dateOrder: 'day-first' });
    expect(expectValid(dayFirst.dataset).events.map((event) => event.start)).toEqual(['2022-04-03', '2022-05-05']);
    const monthFirst = importCsv(text, { fileName: 'x.csv', dateOrder: 'month-first' });
    expect(expectValid(monthFirst.dataset).events.map((event) => event.start)).toEqual(['2022-03-04', '2022-05-05']);
  });

  test('month-first is found as day-first is; a file that writes both cannot have either read', () => {
    const us = importCsv(['date,title,source,quote', '02/21/2022,A,CNN,Q', '03/04/2022 9:05,B,CNN,Q'].join('\n'), {
      fileName: 'x.csv',
    });
    expect(us.dataset!.events.map((event) => event.start)).toEqual(['2022-02-21']);
    expect(us.rowProblems.map((problem) => problem.message)).toContain(
      'row 3: date "2022-03-04 09:05" has a clock time, so the row needs a time_zone (e.g. "Europe/Kyiv") to place it',
    );
    const mixed = importCsv(
      ['date,title,source,quote', '21/02/2022,A,CNN,Q', '02/21/2022,B,CNN,Q', '2022-02-23,C,CNN,Q'].join('\n'),
      {
        fileName: 'x.csv',
      },
    );
    expect(mixed.dataset!.events.map((event) => event.title)).toEqual(['C']);
    expect(mixed.rowProblems.map((problem) => problem.message)[0]).toBe(
      'row 2: date "21/02/2022" cannot be read: the file writes "21/02/2022" (row 2), which reads only day first, and "02/21/2022" (row 3), which reads only month first (write dates as YYYY-MM-DD)',
    );
  });
});
