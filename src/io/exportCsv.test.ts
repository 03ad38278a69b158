import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { Dataset, TimelineEvent } from '../dataset/types';
import { importCsv } from './csvImport';
import { CSV_COLUMNS } from './csvLayout';
import { csvCell, exportCsv } from './exportCsv';
import { claimsOf, excerpt } from '../dataset/testing.test-utils';
import { event, expectValid, realDataset, tinyDataset } from './testHelpers';

const dataset = realDataset();
const allIds = dataset.events.map((e) => e.id);

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
}

/** An event as names and text, so datasets with different ids can be compared. */
function readable(data: Dataset, event: TimelineEvent) {
  const actor = (id: string) => data.actors.find((a) => a.id === id)!;
  const sideName = (id: string) => data.sides.find((s) => s.id === actor(id).side)!.name;
  // Every field the CSV carries as it is; sides (kept only through actors) and related events it does not carry.
  const { actors, excerpts, claims, sides: _sides, related: _related, ...fields } = event;
  return {
    ...fields,
    actors: actors.map((id) => [actor(id).name, sideName(id)]),
    excerpts: excerpts.map((x) => {
      const source = data.sources.find((s) => s.id === x.source)!;
      return {
        quote: x.quote,
        outlet: source.outlet,
        url: source.url,
        title: source.title,
        published: source.published,
        kind: source.kind,
        speaker: x.speaker === undefined ? undefined : actor(x.speaker).name,
        attribution: x.attribution,
        stance: x.stance,
        // Claims by text: ids are made from the text on import.
        claims: x.claims?.map((reference) => [
          claims!.find((claim) => claim.id === reference.claim)!.text,
          reference.stance,
        ]),
      };
    }),
    claims: claims?.map((claim) => claim.text).sort(),
  };
}

function roundTrip(data: Dataset, ids: readonly string[]) {
  const result = importCsv(exportCsv(data, ids), { fileName: 'export.csv' });
  expect(result.rowProblems).toEqual([]);
  return expectValid(result.dataset);
}

describe('exportCsv', () => {
  test('dates before year 1 go out and come back as they were (a leading "-" is guarded as a formula would be)', () => {
    const data = expectValid(tinyDataset([event('ides', { start: '-000043-03-15', end: '-000043-03-16' })]));
    const csv = exportCsv(data, ['ides']);
    expect(csv).toContain("'-000043-03-15");
    expect(roundTrip(data, ['ides']).events[0]).toMatchObject({ start: '-000043-03-15', end: '-000043-03-16' });
  });

  test('writes the importer’s header, one row per excerpt and claim, CRLF line ends and a byte-order mark', () => {
    const csv = exportCsv(dataset, allIds);
    expect(csv.startsWith(`\ufeff${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const excerptRows = dataset.events.reduce(
      (n, e) => n + e.excerpts.reduce((m, x) => m + Math.max(1, x.claims?.length ?? 0), 0),
      0,
    );
    expect(rows(csv)).toHaveLength(1 + excerptRows);
  });

  test('round trip: exportCsv → importCsv gives the same events back (the whole real dataset)', () => {
    const back = roundTrip(dataset, allIds);
    expect(back.events.map((e) => readable(back, e))).toEqual(dataset.events.map((e) => readable(dataset, e)));
  });

  test('only the chosen events are written, in dataset order', () => {
    const csv = exportCsv(dataset, new Set(['2022-putin-visit-to-turkey', '2014-crimea-annexation-and-war']));
    const ids = rows(csv)
      .slice(1)
      .map((row) => row[0]);
    expect([...new Set(ids)]).toEqual(['2014-crimea-annexation-and-war', '2022-putin-visit-to-turkey']);
  });

  test('the side cell is one name when the actors share a side, else one per actor', () => {
    const data = tinyDataset([
      event('shared', { actors: ['biden', 'horne'] }),
      event('mixed', { actors: ['biden', 'zelensky'] }),
    ]);
    const [, shared, mixed] = rows(exportCsv(data, ['shared', 'mixed']));
    const side = CSV_COLUMNS.indexOf('side');
    expect(shared![side]).toBe('United States');
    expect(mixed![side]).toBe('United States; Ukraine');
  });

  test('formula-like cells get a leading apostrophe, and the importer takes it off again', () => {
    const nasty = tinyDataset([
      event('2022-01-27-formula', {
        title: '=HYPERLINK("https://evil.example","click")',
        summary: '+1 and\nnew line',
        dateNote: "'=already guarded once",
        excerpts: [
          { source: 'cnn', quote: '@SUM(1+1)', attribution: '-2' },
          { source: 'site', quote: '\tstarts with a tab, "quoted", and commas' },
        ],
      }),
    ]);
    expectValid(nasty);
    const csv = exportCsv(nasty, ['2022-01-27-formula']);
    const [, first, second] = rows(csv);
    const cell = (row: string[] | undefined, column: (typeof CSV_COLUMNS)[number]) => row![CSV_COLUMNS.indexOf(column)];
    expect(cell(first, 'title')).toBe(`'=HYPERLINK("https://evil.example","click")`);
    expect(cell(first, 'summary')).toBe("'+1 and\nnew line");
    expect(cell(first, 'date_note')).toBe("''=already guarded once");
    expect(cell(first, 'quote')).toBe("'@SUM(1+1)");
    expect(cell(first, 'attribution')).toBe("'-2");
    expect(cell(second, 'quote')).toBe('\'\tstarts with a tab, "quoted", and commas');
    // No cell a spreadsheet would run as a formula.
    for (const row of rows(csv)) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    const back = roundTrip(nasty, ['2022-01-27-formula']);
    expect(readable(back, back.events[0]!)).toEqual(readable(nasty, nasty.events[0]!));
  });

  test('claims: one row per claim a quote bears on, with the claim’s text and stance; the round trip gives them back', () => {
    const data = tinyDataset([
      event('call', {
        claims: claimsOf({
          'went-badly': 'The call did not go well',
          certain: 'An invasion was called "virtually certain", in February',
        }),
        excerpts: [
          excerpt('cnn', 'It did not go well.', { 'went-badly': 'asserts' }),
          excerpt(
            'cnn',
            'Reports of anything more are false.',
            { certain: 'disputes', 'went-badly': 'disputes' },
            { speaker: 'horne' },
          ),
          excerpt('site', 'Virtually certain.', { certain: 'asserts' }),
          excerpt('site', 'They spoke for an hour.'),
        ],
      }),
    ]);
    expectValid(data);
    const table = rows(exportCsv(data, ['call']));
    const cell = (row: string[], column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    expect(table.slice(1).map((row) => [cell(row, 'quote'), cell(row, 'claim'), cell(row, 'claim_stance')])).toEqual([
      ['It did not go well.', 'The call did not go well', 'asserts'],
      ['Reports of anything more are false.', 'An invasion was called "virtually certain", in February', 'disputes'],
      ['Reports of anything more are false.', 'The call did not go well', 'disputes'],
      ['Virtually certain.', 'An invasion was called "virtually certain", in February', 'asserts'],
      ['They spoke for an hour.', '', ''],
    ]);
    const back = roundTrip(data, ['call']);
    // Four accounts, not five: the two rows of Horne's quote are one account again.
    expect(back.events[0]!.excerpts).toHaveLength(4);
    expect(readable(back, back.events[0]!)).toEqual(readable(data, data.events[0]!));
    expect(back.events[0]!.claims!.map((claim) => claim.id)).toEqual([
      'the-call-did-not-go-well',
      'an-invasion-was-called-virtually-certain-in-february',
    ]);
  });

  test('clock times, zones and month/year precision survive the round trip exactly', () => {
    const data = tinyDataset([
      event('timed', {
        start: '2021-12-30T15:30:00-05:00',
        end: '2021-12-30T16:10-05:00',
        timeZone: 'America/New_York',
      }),
      event('month', { start: '2022-02' }),
      event('year', { start: '2022', end: '2023' }),
    ]);
    const back = roundTrip(data, ['timed', 'month', 'year']);
    expect(back.events.map((e) => [e.start, e.end, e.timeZone])).toEqual([
      ['2021-12-30T15:30:00-05:00', '2021-12-30T16:10-05:00', 'America/New_York'],
      ['2022-02', undefined, undefined],
      ['2022', '2023', undefined],
    ]);
  });
});

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=1+1', "'=1+1"],
    ['=1,2', `"'=1,2"`],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
