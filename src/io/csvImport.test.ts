import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { importCsv } from './csvImport';
import { expectValid, readRepoFile, realDataset } from './testHelpers';

const HEADER = 'date,title,source,quote';

function csv(...lines: string[]): string {
  return lines.join('\n');
}

function importText(text: string) {
  const result = importCsv(text, { fileName: 'test.csv' });
  if (result.dataset) expectValid(result.dataset);
  return result;
}

/** The one event of a one-row import, failing loudly if there is not exactly one. */
function onlyEvent(text: string) {
  const { dataset, rowProblems } = importText(text);
  expect(rowProblems).toEqual([]);
  expect(dataset?.events).toHaveLength(1);
  return { event: dataset!.events[0]!, dataset: dataset! };
}

function messages(text: string): string[] {
  return importText(text).rowProblems.map((p) => p.message);
}

describe('the sample file e2e/fixtures/sample.csv', () => {
  const text = readRepoFile('e2e/fixtures/sample.csv');
  const result = importCsv(text, { fileName: 'sample.csv' });

  test('imports to a valid dataset, skipping only the row with an impossible date', () => {
    const dataset = expectValid(result.dataset);
    expect(dataset.events).toHaveLength(9);
    expect(result.rowProblems).toEqual([
      {
        row: 8,
        // Row 2 holds a line break inside quotes, so row 8 starts on line 9 of the file.
        message: 'row 8 (line 9): date "2022-02-30" is not a real date: February 2022 has 28 days',
      },
    ]);
    expect(dataset.title).toBe('Imported from sample.csv');
    expect(dataset.description).toBe(
      'Imported from the CSV file "sample.csv": 9 events from 11 rows; 1 row could not be converted.',
    );
  });

  test('rows sharing an event_id become one event with one excerpt per row', () => {
    const call = result.dataset!.events.find((e) => e.id === '2022-01-27-biden-zelensky-call')!;
    expect(call.excerpts.map((x) => x.source)).toEqual(['cnn', 'sputnik-international']);
    expect(call.excerpts[1]).toMatchObject({
      stance: 'disputes',
      attribution: 'a senior Ukrainian official, as reported by CNN',
    });
    // The quoted cell keeps its comma and its line break.
    expect(call.summary).toBe(
      'The two presidents spoke for well over an hour, about the Russian troop buildup.\nAccounts of how the call went differ: see the Sputnik row.',
    );
  });

  test('every quote in the sample is verbatim from the curated dataset (and so from the seed articles)', () => {
    const curated = realDataset().events.flatMap((e) => e.excerpts.map((x) => x.quote));
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) expect(curated.some((quote) => quote.includes(row.quote!))).toBe(true);
  });

  test('a clock time with a zone becomes an instant with that zone’s offset', () => {
    const call = result.dataset!.events.find((e) => e.title === 'Biden–Putin phone call scheduled')!;
    expect(call).toMatchObject({ start: '2021-12-30T15:30-05:00', timeZone: 'America/New_York', status: 'scheduled' });
  });

  test('sources are one per distinct outlet, url, title and date; actors one per name, on their sides', () => {
    const dataset = result.dataset!;
    expect(dataset.sources.map((s) => s.outlet)).toEqual([
      'CNN',
      'Sputnik International',
      'English-language news site (outlet not named in the text)',
      'UNILAD',
    ]);
    const sideOf = (name: string) => {
      const actor = dataset.actors.find((a) => a.name === name)!;
      return dataset.sides.find((s) => s.id === actor.side)!.name;
    };
    expect(sideOf('Joe Biden')).toBe('United States');
    expect(sideOf('Volodymyr Zelensky')).toBe('Ukraine');
    expect(sideOf('Recep Tayyip Erdoğan')).toBe('Turkey');
    expect(sideOf('European Union')).toBe('NATO / EU');
    expect(dataset.actors.find((a) => a.name === 'Recep Tayyip Erdoğan')!.id).toBe('recep-tayyip-erdogan');
  });
});

describe('reading CSV', () => {
  test('quoted commas, doubled quotes, line breaks in cells, CRLF and a byte-order mark', () => {
    const text = '\ufeffdate,title,source,quote\r\n2022-01-27,"Call, with ""quotes""",CNN,"Line one,\r\nline two"\r\n';
    const { event } = onlyEvent(text);
    expect(event.title).toBe('Call, with "quotes"');
    expect(event.excerpts[0]!.quote).toBe('Line one,\r\nline two');
  });

  test('column names are case-insensitive, in any order, with common spellings', () => {
    const { event, dataset } = onlyEvent(
      csv('Quote,Outlet,Time Zone,TITLE,Start', '"He said, ""yes""",CNN,Europe/Kyiv,A call,2022-01-27 10:00'),
    );
    expect(event).toMatchObject({ title: 'A call', start: '2022-01-27T10:00+02:00', timeZone: 'Europe/Kyiv' });
    expect(dataset.sources[0]!.outlet).toBe('CNN');
  });

  test('semicolon-separated files (Excel in many locales) are read too', () => {
    const { event, dataset } = onlyEvent(
      csv('date;title;source;quote;actors', '2022-01-27;Call;CNN;"Quote, with comma";"Joe Biden; Volodymyr Zelensky"'),
    );
    expect(event.excerpts[0]!.quote).toBe('Quote, with comma');
    expect(dataset.actors.map((a) => a.name)).toEqual(['Joe Biden', 'Volodymyr Zelensky']);
  });

  test('blank lines are not rows and are not reported', () => {
    const result = importText(csv(HEADER, '', '2022-01-27,A,CNN,Q', '   ', '2022-01-28,B,CNN,Q2', ''));
    expect(result.rowProblems).toEqual([]);
    expect(result.dataset!.events).toHaveLength(2);
  });

  test('a quote that is never closed is reported, not guessed at', () => {
    const result = importText(csv(HEADER, '2022-01-27,A,CNN,Fine', '2022-01-28,B,CNN,"Never closed'));
    expect(result.dataset!.events).toHaveLength(1);
    expect(result.rowProblems).toHaveLength(1);
    expect(result.rowProblems[0]!.row).toBe(3);
    expect(result.rowProblems[0]!.message).toMatch(/^row 3: a quoted cell is never closed/);
  });

  test('a row with more cells than the header is reported (an unquoted comma shifts every cell)', () => {
    expect(messages(csv(HEADER, '2022-01-27,A,CNN,one, two'))).toEqual([
      'row 2: has 5 cells, the header 4 (a cell that holds a comma or a semicolon must be in double quotes)',
    ]);
  });

  test('a shifted row that cannot be read is named by its cell count, not by the errors the shift causes', () => {
    // An unquoted comma in the title, with the last column empty: every later cell moves one right.
    const header = `${HEADER},type,status,source_kind,stance`;
    expect(messages(csv(header, '2022-01-27,Biden, Zelensky speak,CNN,They spoke.,call,occurred,,'))).toEqual([
      'row 2: has 9 cells, the header 8 (a cell that holds a comma or a semicolon must be in double quotes)',
    ]);
    expect(messages(csv(header, '2022-01-27,A,CNN'))).toEqual([
      'row 2: has 3 cells, the header 8 (is a cell missing, or two run together?)',
    ]);
  });

  test('trailing empty cells are harmless', () => {
    expect(messages(csv(HEADER, '2022-01-27,A,CNN,Q,,,'))).toEqual([]);
  });
});

describe('the header', () => {
  test('without a required column, nothing is imported and the column is named', () => {
    const result = importText(csv('date,title,source', '2022-01-27,A,CNN'));
    expect(result.dataset).toBeNull();
    expect(result.rowProblems).toEqual([
      { row: 1, message: 'row 1: the header has no "quote" column, which every row needs' },
    ]);
  });

  test('a file whose first row is data, not names, is refused with a plain reason', () => {
    const result = importText(csv('2022-01-27,A,CNN,Q'));
    expect(result.dataset).toBeNull();
    expect(result.rowProblems[0]!.message).toMatch(/^row 1: the first row must name the columns/);
  });

  test('unknown columns are reported (a typo would otherwise lose data quietly) and the rest is read', () => {
    const result = importText(csv(`${HEADER},sumary`, '2022-01-27,A,CNN,Q,lost'));
    expect(result.dataset!.events).toHaveLength(1);
    expect(result.rowProblems).toHaveLength(1);
    expect(result.rowProblems[0]!.message).toMatch(/^row 1: "sumary" is not a column Sourceline reads/);
  });

  test('an empty file and a header without rows give no dataset', () => {
    expect(importText('')).toEqual({ dataset: null, rowProblems: [{ row: 0, message: 'the file is empty' }] });
    expect(importText(`\ufeff${HEADER}\r\n`).dataset).toBeNull();
  });
});

describe('dates', () => {
  test.each([
    ['2022', '2022'],
    ['2022-02', '2022-02'],
    ['2022-02-28', '2022-02-28'],
  ])('a partial date keeps its precision: %s', (cell, start) => {
    expect(onlyEvent(csv(HEADER, `${cell},A,CNN,Q`)).event.start).toBe(start);
  });

  test('an impossible date skips the row with the reason', () => {
    const result = importText(csv(HEADER, '2022-01-27,Good,CNN,Q', '2022-02-30,Bad,CNN,Q'));
    expect(result.dataset!.events.map((e) => e.title)).toEqual(['Good']);
    expect(result.rowProblems).toEqual([
      { row: 3, message: 'row 3: date "2022-02-30" is not a real date: February 2022 has 28 days' },
    ]);
  });

  test('a date in another form is refused with the forms that work', () => {
    expect(messages(csv(HEADER, '27 Jan 2022,A,CNN,Q'))[0]).toContain(
      'date "27 Jan 2022" is not a date of the form YYYY (or ±YYYYYY), YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm(:ss)±HH:MM',
    );
  });

  test('a clock time needs a time_zone', () => {
    expect(messages(csv(HEADER, '2022-01-27 15:30,A,CNN,Q'))).toEqual([
      'row 2: date "2022-01-27 15:30" has a clock time, so the row needs a time_zone (e.g. "Europe/Kyiv") to place it',
    ]);
  });

  test('an offset that disagrees with the zone is refused', () => {
    expect(messages(csv(`${HEADER},time_zone`, '2021-12-30T15:30-04:00,A,CNN,Q,America/New_York'))).toEqual([
      'row 2: date "2021-12-30T15:30-04:00" has offset -04:00, but America/New_York was at -05:00 then',
    ]);
  });

  test('an offset that agrees with the zone is kept as written', () => {
    const { event } = onlyEvent(csv(`${HEADER},time_zone`, '2021-12-30T15:30:00-05:00,A,CNN,Q,America/New_York'));
    expect(event.start).toBe('2021-12-30T15:30:00-05:00');
  });

  test('a wall-clock time skipped by a change of clocks is refused; one that happens twice is noted', () => {
    expect(messages(csv(`${HEADER},time_zone`, '2022-03-13 02:30,A,CNN,Q,America/New_York'))[0]).toContain(
      'date 2022-03-13 02:30 did not happen in America/New_York',
    );
    const { event } = onlyEvent(
      csv(`${HEADER},time_zone,date_note`, '2022-11-06 01:30,A,CNN,Q,America/New_York,From the blog.'),
    );
    expect(event.start).toBe('2022-11-06T01:30-04:00');
    expect(event.dateNote).toBe(
      'From the blog. The clock time 2022-11-06 01:30 happened twice in America/New_York (the clocks went back); the earlier one is used.',
    );
  });

  test('an unknown zone and an impossible clock time are refused', () => {
    expect(messages(csv(`${HEADER},time_zone`, '2022-01-27,A,CNN,Q,Mars/Olympus'))[0]).toContain(
      'time_zone "Mars/Olympus" is not an IANA time zone',
    );
    expect(messages(csv(`${HEADER},time_zone`, '2022-01-27 24:10,A,CNN,Q,UTC'))).toEqual([
      'row 2: date "2022-01-27 24:10" has an impossible clock time',
    ]);
  });

  test('end is optional, converted like date, and may not come before it', () => {
    const { event } = onlyEvent(
      csv(`${HEADER},end,time_zone`, '2022-01-27 10:00,A,CNN,Q,2022-01-27 12:30,Europe/Kyiv'),
    );
    expect(event.end).toBe('2022-01-27T12:30+02:00');
    expect(messages(csv(`${HEADER},end`, '2022-01-27,A,CNN,Q,2022-01-26'))).toEqual([
      'row 2: end "2022-01-26" is before date "2022-01-27"',
    ]);
  });
});

describe('cells and defaults', () => {
  test('type, status and source_kind default to other, occurred and other; actors with no side are Unassigned', () => {
    const { event, dataset } = onlyEvent(csv(`${HEADER},actors`, '2022-01-27,A,CNN,Q,Joe Biden'));
    expect(event).toMatchObject({ type: 'other', status: 'occurred', actors: ['joe-biden'] });
    expect(dataset.sources[0]!.kind).toBe('other');
    expect(dataset.sides).toEqual([{ id: 'unassigned', name: 'Unassigned' }]);
    expect(dataset.actors[0]).toEqual({ id: 'joe-biden', name: 'Joe Biden', side: 'unassigned' });
  });

  test('enum cells are read loosely ("Troop report") but an unknown value is refused with the list', () => {
    const { event } = onlyEvent(csv(`${HEADER},type,status`, '2022-01-27,A,CNN,Q,Troop report,SCHEDULED'));
    expect(event).toMatchObject({ type: 'troop-report', status: 'scheduled' });
    const [message] = messages(csv(`${HEADER},type`, '2022-01-27,A,CNN,Q,skirmish'));
    expect(message).toMatch(/^row 2: type "skirmish" is not one of: call, briefing, troop-report, summit/);
  });

  test('required cells that are empty are each named', () => {
    expect(messages(csv(HEADER, '2022-01-27,,,'))).toEqual([
      'row 2: title is empty; source is empty (name the outlet, or describe it, e.g. "unnamed news site"); quote is empty (every row needs the verbatim excerpt)',
    ]);
  });

  test('a url must be http or https; anything else skips the row rather than being kept or dropped quietly', () => {
    const header = `${HEADER},url`;
    expect(onlyEvent(csv(header, '2022-01-27,A,CNN,Q,https://edition.cnn.com/x')).dataset.sources[0]!.url).toBe(
      'https://edition.cnn.com/x',
    );
    for (const url of ['javascript:alert(1)', 'not a link', 'ftp://cnn.com/x', '"data:text/html,hi"']) {
      const result = importText(csv(header, `2022-01-27,A,CNN,Q,${url}`));
      expect(result.dataset).toBeNull();
      expect(result.rowProblems[0]!.message).toContain('is not an http:// or https:// address');
    }
  });

  test('actors are split on ";" with spaces tidied; one side for all, or one per actor', () => {
    const { dataset } = onlyEvent(
      csv(`${HEADER},actors,side`, '2022-01-27,A,CNN,Q," Joe   Biden ;Volodymyr Zelensky;Joe Biden","United States"'),
    );
    expect(dataset.actors.map((a) => [a.name, a.side])).toEqual([
      ['Joe Biden', 'united-states'],
      ['Volodymyr Zelensky', 'united-states'],
    ]);
    const paired = onlyEvent(
      csv(`${HEADER},actors,side`, '2022-01-27,A,CNN,Q,Joe Biden; Volodymyr Zelensky,United States; Ukraine'),
    );
    expect(paired.dataset.actors.map((a) => a.side)).toEqual(['united-states', 'ukraine']);
    expect(messages(csv(`${HEADER},actors,side`, '2022-01-27,A,CNN,Q,A; B; C,X; Y'))).toEqual([
      'row 2: side names 2 sides but actors names 3 actors (give one side for all, or one per actor)',
    ]);
  });

  test('the first row that gives an actor a side decides it; a speaker named nowhere else is Unassigned', () => {
    const { dataset } = importText(
      csv(
        `${HEADER},actors,side,speaker`,
        '2022-01-27,A,CNN,Q,Joe Biden,,Emily Horne',
        '2022-01-28,B,CNN,Q,Joe Biden,United States,',
        '2022-01-29,C,CNN,Q,Joe Biden,Somewhere else,',
      ),
    );
    expect(dataset!.actors.map((a) => [a.name, a.side])).toEqual([
      ['Joe Biden', 'united-states'],
      ['Emily Horne', 'unassigned'],
    ]);
    expect(dataset!.events[0]!.excerpts[0]!.speaker).toBe('emily-horne');
    expect(dataset!.events[0]!.actors).toEqual(['joe-biden']);
  });

  test('the apostrophe that guards a formula-like cell is taken off; other apostrophes stay', () => {
    const { event } = onlyEvent(csv(HEADER, "2022-01-27,'=HYPERLINK(1),CNN,'Tis the season"));
    expect(event.title).toBe('=HYPERLINK(1)');
    expect(event.excerpts[0]!.quote).toBe("'Tis the season");
  });

  test('stance and published are checked', () => {
    expect(messages(csv(`${HEADER},stance,published`, '2022-01-27,A,CNN,Q,maybe,2022-13'))).toEqual([
      'row 2: published "2022-13" has no month 13; stance "maybe" is not one of: supports, disputes',
    ]);
  });
});

describe('ids', () => {
  test('are built from dates and names, and repeats are numbered apart', () => {
    const { dataset } = importText(
      csv(`${HEADER},actors`, '2022-01-27,Biden call,CNN,Q1,Зеленский', '2022-01-27,Biden call!,CNN,Q2,Путин'),
    );
    expect(dataset!.events.map((e) => e.id)).toEqual(['2022-01-27-biden-call', '2022-01-27-biden-call-2']);
    expect(dataset!.actors.map((a) => a.id)).toEqual(['actor', 'actor-2']);
  });

  test('importing the same file twice gives the same ids', () => {
    const text = readRepoFile('e2e/fixtures/sample.csv');
    expect(importCsv(text, { fileName: 'a' }).dataset).toEqual(importCsv(text, { fileName: 'a' }).dataset);
  });

  test('an event_id is kept when it is a valid id, and no derived id can take it', () => {
    const { dataset } = importText(
      csv(
        `event_id,${HEADER}`,
        ',2022-01-27,Call,CNN,Q',
        '2022-01-27-call,2022-01-28,Other,CNN,Q',
        'my event #1,2022-01-29,Third,CNN,Q',
      ),
    );
    expect(dataset!.events.map((e) => e.id)).toEqual(['2022-01-27-call-2', '2022-01-27-call', 'my-event-1']);
  });

  test('a later row of an event may leave event cells empty, but may not contradict them', () => {
    const result = importText(
      csv(
        `event_id,${HEADER},type`,
        'e1,2022-01-27,Call,CNN,Q1,call',
        'e1,,,Sputnik,Q2,',
        'e1,2022-01-27,Another title,Sputnik,Q3,Call',
      ),
    );
    expect(result.dataset!.events).toHaveLength(1);
    expect(result.dataset!.events[0]!.excerpts.map((x) => x.quote)).toEqual(['Q1', 'Q2']);
    expect(result.rowProblems).toEqual([
      { row: 4, message: 'row 4: event_id "e1" has title "Call" on row 2, but "Another title" here' },
    ]);
  });
});

test('when the first row of an event is skipped, a later row that leans on it says why it cannot', () => {
  const result = importText(csv(`event_id,${HEADER}`, 'e1,2022-02-30,Call,CNN,Q1', 'e1,,,Sputnik,Q2'));
  expect(result.dataset).toBeNull();
  expect(result.rowProblems.map((p) => p.message)).toEqual([
    'row 2: date "2022-02-30" is not a real date: February 2022 has 28 days',
    'row 3: date is empty; title is empty; (the first row of event_id "e1", row 2, was skipped, so its cells were not there to repeat)',
  ]);
});

test('old Mac line ends (CR alone) are read, and lines counted', () => {
  const result = importText(`${HEADER}\r2022-01-27,A,CNN,"two\rlines"\r2022-02-30,B,CNN,Q\r`);
  expect(result.dataset!.events[0]!.excerpts[0]!.quote).toBe('two\rlines');
  expect(result.rowProblems[0]!.message).toMatch(/^row 3 \(line 4\): date "2022-02-30"/);
});

test('when no row converts, there is no dataset, and every row is reported', () => {
  const result = importText(csv(HEADER, '2022-02-30,A,CNN,Q', 'soon,B,CNN,Q'));
  expect(result.dataset).toBeNull();
  expect(result.rowProblems.map((p) => p.row)).toEqual([2, 3]);
});

test('text that looks like HTML stays text', () => {
  const { event } = onlyEvent(csv(HEADER, '2022-01-27,<img src=x onerror=alert(1)>,CNN,<b>bold</b>'));
  expect(event.title).toBe('<img src=x onerror=alert(1)>');
  expect(event.excerpts[0]!.quote).toBe('<b>bold</b>');
});

describe('claims', () => {
  const header = `event_id,${HEADER},speaker,claim,claim_stance`;
  /** The one event of a file of these rows under the claims header (and no row problems). */
  const eventOf = (...rows: string[]) => onlyEvent(csv(header, ...rows)).event;

  test('rows of one event with the same claim text are one claim, with an id made from the text', () => {
    const event = eventOf(
      'call,2022-01-27,Call,CNN,It did not go well.,,The call did not go well,asserts',
      'call,,,Sputnik,It went fine.,,The  call did not go well ,disputes',
      'call,,,CNN,They spoke.,,,',
    );
    expect(event.claims).toEqual([{ id: 'the-call-did-not-go-well', text: 'The call did not go well' }]);
    expect(event.excerpts.map((x) => x.claims)).toEqual([
      [{ claim: 'the-call-did-not-go-well', stance: 'asserts' }],
      [{ claim: 'the-call-did-not-go-well', stance: 'disputes' }],
      undefined,
    ]);
  });

  test('a quote bearing on two claims takes two rows, and becomes one excerpt naming both', () => {
    const event = eventOf(
      'call,2022-01-27,Call,CNN,Virtually certain.,,An invasion is certain,asserts',
      'call,,,CNN,Reports are false.,Emily Horne,An invasion is certain,disputes',
      'call,,,CNN,Reports are false.,Emily Horne,The call went badly,disputes',
      'call,,,CNN,It went badly.,,The call went badly,Asserts',
    );
    expect(event.excerpts).toHaveLength(3);
    expect(event.excerpts[1]).toMatchObject({
      quote: 'Reports are false.',
      claims: [
        { claim: 'an-invasion-is-certain', stance: 'disputes' },
        { claim: 'the-call-went-badly', stance: 'disputes' },
      ],
    });
    expect(event.claims!.map((claim) => claim.id)).toEqual(['an-invasion-is-certain', 'the-call-went-badly']);
  });

  test('the same quote from another source, or by another speaker, is another account', () => {
    const event = eventOf(
      'e,2022-01-27,E,CNN,Same words.,,A claim,asserts',
      'e,,,Sputnik,Same words.,,A claim,asserts',
      'e,,,CNN,Same words.,Emily Horne,A claim,asserts',
    );
    expect(event.excerpts).toHaveLength(3);
  });

  test('claims of different events are apart, even with the same text; ids are numbered apart within one', () => {
    const { dataset } = importText(
      csv(
        header,
        'a,2022-01-27,A,CNN,Q1,,It happened,asserts',
        'b,2022-01-28,B,CNN,Q2,,It happened,asserts',
        'b,,,CNN,Q3,,It happened!,asserts',
      ),
    );
    expect(dataset!.events.map((e) => e.claims!.map((c) => c.id))).toEqual([
      ['it-happened'],
      ['it-happened', 'it-happened-2'],
    ]);
  });

  test('a claim and its stance go together, and the stance is asserts or disputes', () => {
    expect(messages(csv(header, 'e,2022-01-27,E,CNN,Q,,A claim,'))).toEqual([
      'row 2: claim "A claim" needs a claim_stance: does the quote "asserts" or "disputes" it?',
    ]);
    expect(messages(csv(header, 'e,2022-01-27,E,CNN,Q,,,disputes'))).toEqual([
      `row 2: claim_stance "disputes" needs a claim (the claim's text, in the claim column)`,
    ]);
    expect(messages(csv(header, 'e,2022-01-27,E,CNN,Q,,A claim,supports'))).toEqual([
      'row 2: claim_stance "supports" is not one of: asserts, disputes',
    ]);
  });

  test('a row repeating a quote with a claim it already names is reported, not added twice', () => {
    const { dataset, rowProblems } = importText(
      csv(header, 'e,2022-01-27,E,CNN,Q,,A claim,asserts', 'e,,,CNN,Q,,A claim,disputes'),
    );
    expect(rowProblems.map((p) => p.message)).toEqual([
      'row 3: repeats row 2: the same quote already asserts the claim "A claim"',
    ]);
    expect(dataset!.events[0]!.excerpts).toEqual([
      { source: 'cnn', quote: 'Q', claims: [{ claim: 'a-claim', stance: 'asserts' }] },
    ]);
  });

  test('a claim that no row asserts is left out, with its quotes kept and its rows told so', () => {
    const { dataset, rowProblems } = importText(
      csv(
        header,
        'e,2022-01-27,E,CNN,It happened.,,It happened,asserts',
        'e,,,CNN,Nobody said so.,,Someone said so,disputes',
      ),
    );
    expect(rowProblems.map((p) => p.message)).toEqual([
      'row 3: no row of this event asserts the claim "Someone said so" (claim_stance "asserts"), so the claim was left out; the quote is kept',
    ]);
    const event = dataset!.events[0]!;
    expect(event.claims).toEqual([{ id: 'it-happened', text: 'It happened' }]);
    expect(event.excerpts[1]).toEqual({ source: 'cnn', quote: 'Nobody said so.' });
  });
});
