import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDatasetText } from './checkFile';
import { formatPath, formatProblem, type PathProblem } from './problems';
import { validateDataset } from './validate';

/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are deliberately mutated into invalid shapes */

/** A small valid dataset that uses every optional field; each test breaks one thing in a fresh copy. */
function valid(): any {
  return {
    $schema: './dataset.schema.json',
    title: 'Test dataset',
    description: 'For the validator tests.',
    intro: {
      dek: 'What happened on the call.',
      byline: 'By the desk',
      published: '2022-02-01',
      keyEvents: ['briefing'],
    },
    sides: [
      { id: 'us', name: 'United States' },
      { id: 'ukraine', name: 'Ukraine' },
    ],
    sources: [
      {
        id: 'cnn-live',
        outlet: 'CNN',
        label: 'CNN live blog',
        title: 'Live updates',
        url: 'https://edition.cnn.com/live',
        published: '2022-01-27',
        kind: 'live-blog',
        note: 'From the page header.',
      },
      { id: 'sputnik', outlet: 'Sputnik International', kind: 'state-media' },
    ],
    actors: [
      { id: 'biden', name: 'Joe Biden', role: 'President', side: 'us', aliases: ['Biden', 'POTUS'] },
      { id: 'zelensky', name: 'Volodymyr Zelensky', side: 'ukraine' },
    ],
    events: [
      {
        id: 'call',
        title: 'Biden and Zelensky speak by phone',
        type: 'call',
        status: 'occurred',
        start: '2022-01-27',
        end: '2022-01-28',
        dateNote: '"Thursday" in a report published Friday',
        actors: ['biden', 'zelensky'],
        summary: 'They spoke.',
        excerpts: [
          {
            source: 'cnn-live',
            quote: 'Biden spoke with Zelensky…',
            speaker: 'biden',
            attribution: 'the White House',
            stance: 'supports',
          },
          { source: 'sputnik', quote: 'No call took place', stance: 'disputes' },
        ],
        related: [{ event: 'briefing', relation: 'precedes' }],
      },
      {
        id: 'briefing',
        title: 'White House briefing',
        type: 'briefing',
        status: 'scheduled',
        start: '2021-12-30T15:30-05:00',
        timeZone: 'America/New_York',
        actors: [],
        excerpts: [{ source: 'cnn-live', quote: 'A briefing at 3:30 p.m.' }],
      },
    ],
  };
}

/** A problem as a reader sees it: its path written out, and its message. */
interface Shown {
  path: string;
  message: string;
}

function structuredProblemsOf(input: unknown): PathProblem[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems;
}

function problemsOf(input: unknown): Shown[] {
  return structuredProblemsOf(input).map((p) => ({ path: formatPath(p.path), message: p.message }));
}

/** A copy of `valid()` changed by `mutate`. */
function validAfter(mutate: (d: any) => void): unknown {
  const d = valid();
  mutate(d);
  return d;
}

/** The problems of a copy of `valid()` changed by `mutate`. */
function problemsAfter(mutate: (d: any) => void): Shown[] {
  return problemsOf(validAfter(mutate));
}

const paths = (problems: Shown[]) => problems.map((p) => p.path);

describe('validateDataset: a valid dataset', () => {
  it('is accepted and returned unchanged', () => {
    const input = valid();
    const result = validateDataset(input);
    expect(result).toEqual({ ok: true, dataset: valid() });
  });

  it('accepts empty collections', () => {
    expect(validateDataset({ title: 'Empty', sides: [], sources: [], actors: [], events: [] }).ok).toBe(true);
  });

  it('accepts the bundled data/events.json', () => {
    const text = readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8');
    const result = checkDatasetText(text);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok && result.dataset.events.length).toBeGreaterThan(0);
  });
});

describe('validateDataset: the root', () => {
  it.each([
    [null, 'null'],
    [[], 'an array'],
    ['{"title": "x"}', '"{\\"title\\": \\"x\\"}"'],
    [42, 'number 42'],
    [undefined, 'undefined undefined'],
    [true, 'boolean true'],
  ])('rejects %j as the root with one problem at (root)', (input, described) => {
    expect(problemsOf(input)).toEqual([
      { path: '(root)', message: `expected a dataset object with sides, sources, actors and events, got ${described}` },
    ]);
  });

  it('reports every missing top-level collection as required', () => {
    expect(problemsOf({})).toEqual([
      { path: 'title', message: 'is required' },
      { path: 'sides', message: 'is required' },
      { path: 'sources', message: 'is required' },
      { path: 'actors', message: 'is required' },
      { path: 'events', message: 'is required' },
    ]);
  });

  it('reports a collection of the wrong type', () => {
    expect(problemsAfter((d) => (d.events = {}))).toEqual([
      { path: 'events', message: 'expected an array, got an object' },
    ]);
    expect(problemsAfter((d) => (d.title = { en: 'T' }))).toEqual([
      { path: 'title', message: 'expected a string, got an object' },
    ]);
  });

  it('does not also report every reference into a collection that is not a list', () => {
    // `sides` is unreadable, so whether "us" and "ukraine" exist is unknown: one problem to fix, not 1 + one per actor.
    expect(problemsAfter((d) => (d.sides = 'us'))).toEqual([{ path: 'sides', message: 'expected an array, got "us"' }]);
  });
});

describe('validateDataset: unique ids', () => {
  it.each([
    [
      'sides',
      (d: any) => d.sides.push({ id: 'us', name: 'Again' }),
      'sides[2].id',
      'duplicate id "us" (also sides[0])',
    ],
    [
      'sources',
      (d: any) => d.sources.push({ id: 'sputnik', outlet: 'X', kind: 'other' }),
      'sources[2].id',
      'duplicate id "sputnik" (also sources[1])',
    ],
    [
      'actors',
      (d: any) => d.actors.push({ id: 'biden', name: 'B', side: 'us' }),
      'actors[2].id',
      'duplicate id "biden" (also actors[0])',
    ],
    [
      'events',
      (d: any) => d.events.push({ ...d.events[1], related: undefined, id: 'call' }),
      'events[2].id',
      'duplicate id "call" (also events[0])',
    ],
  ])('reports a duplicate id among %s at the later copy', (_, mutate, path, message) => {
    expect(problemsAfter(mutate)).toEqual([{ path, message }]);
  });

  it('allows the same id in different collections', () => {
    expect(
      problemsAfter((d) => {
        d.sides[0].id = 'x';
        d.actors[0].side = 'x';
        d.actors[1].id = 'x';
        d.events[0].actors = ['biden', 'x'];
        d.sources[1].id = 'x';
        d.events[0].excerpts[1].source = 'x';
      }),
    ).toEqual([]);
  });

  it('reports each further duplicate against the first occurrence', () => {
    expect(
      problemsAfter((d) => {
        d.sides.push({ id: 'us', name: 'A' }, { id: 'us', name: 'B' });
      }),
    ).toEqual([
      { path: 'sides[2].id', message: 'duplicate id "us" (also sides[0])' },
      { path: 'sides[3].id', message: 'duplicate id "us" (also sides[0])' },
    ]);
  });

  it('rejects ids that could not travel in a URL', () => {
    const problems = problemsAfter((d) => {
      d.sides[1].id = 'has space';
      d.actors[1].side = 'has space';
    });
    expect(paths(problems)).toEqual(['sides[1].id', 'actors[1].side']);
    for (const problem of problems)
      expect(problem.message).toMatch(/^must be an id: letters, digits and - _ \. : only/);
    expect(paths(problemsAfter((d) => (d.events[0].id = 'a,b')))).toEqual(['events[0].id']);
    expect(paths(problemsAfter((d) => (d.events[0].id = '-leading-dash')))).toEqual(['events[0].id']);
    expect(problemsAfter((d) => (d.events[0].id = '2022-01-27:call_1.v2'))).toEqual([]);
  });
});

describe('validateDataset: the intro and source labels', () => {
  it('needs a dek in an intro, and a real date for its publication', () => {
    expect(problemsAfter((d) => (d.intro = { byline: 'B', published: '2022-02-30' }))).toEqual([
      { path: 'intro.published', message: expect.stringContaining('2022-02-30') },
      { path: 'intro.dek', message: 'is required' },
    ]);
  });

  it('keeps a source label short', () => {
    expect(problemsAfter((d) => (d.sources[0].label = 'x'.repeat(61)))).toEqual([
      { path: 'sources[0].label', message: 'must be a short label: at most 60 characters' },
    ]);
  });
});

describe('validateDataset: references', () => {
  it.each([
    [
      'an actor to a missing side',
      (d: any) => (d.actors[1].side = 'ghost'),
      'actors[1].side',
      'no side with id "ghost"',
    ],
    [
      'an event to a missing actor',
      (d: any) => (d.events[0].actors = ['biden', 'ghost']),
      'events[0].actors[1]',
      'no actor with id "ghost"',
    ],
    [
      'an excerpt to a missing source',
      (d: any) => (d.events[0].excerpts[1].source = 'bbc'),
      'events[0].excerpts[1].source',
      'no source with id "bbc"',
    ],
    [
      'an excerpt speaker to a missing actor',
      (d: any) => (d.events[0].excerpts[0].speaker = 'putin'),
      'events[0].excerpts[0].speaker',
      'no actor with id "putin"',
    ],
    [
      'a related event that does not exist',
      (d: any) => (d.events[0].related[0].event = 'nothing'),
      'events[0].related[0].event',
      'no event with id "nothing"',
    ],
    [
      'an event related to itself',
      (d: any) => (d.events[0].related[0].event = 'call'),
      'events[0].related[0].event',
      'an event cannot be related to itself',
    ],
    [
      'a key moment of the intro that is no event',
      (d: any) => d.intro.keyEvents.push('nothing'),
      'intro.keyEvents[1]',
      'no event with id "nothing"',
    ],
  ])('reports %s', (_, mutate, path, message) => {
    expect(problemsAfter(mutate)).toEqual([{ path, message }]);
  });

  it('resolves a reference to an item whose other fields are broken (one problem, not two)', () => {
    expect(problemsAfter((d) => delete d.actors[0].name)).toEqual([{ path: 'actors[0].name', message: 'is required' }]);
  });

  it('resolves references to events that come later in the file', () => {
    expect(problemsAfter((d) => (d.events[1].related = [{ event: 'call', relation: 'responds-to' }]))).toEqual([]);
  });
});

describe('validateDataset: eras and display dates (additions to the contract)', () => {
  it('accepts eras with BC dates, and an event that names how its date was written', () => {
    const problems = problemsAfter((d) => {
      d.eras = [
        { title: 'Roman Republic', start: '-000508', end: '-000026' },
        { title: 'Empire', start: '-000026', end: '0476' },
      ];
      d.events[0].displayDate = 'The Ides of March';
    });
    expect(problems).toEqual([]);
    const result = validateDataset({ ...valid(), eras: [{ title: 'E', start: '-000043-03-15', end: '2022' }] });
    expect(result.ok && result.dataset.eras).toEqual([{ title: 'E', start: '-000043-03-15', end: '2022' }]);
  });

  it('reports an era without a title, with a bad date, or ending before it starts, at its path', () => {
    const problems = problemsAfter((d) => {
      d.eras = [
        { title: '', start: '2022', end: '2023' },
        { title: 'B', start: '2022-02-30', end: '2023' },
        { title: 'C', start: '2022', end: '2021' },
      ];
    });
    expect(paths(problems)).toEqual(['eras[0].title', 'eras[1].start', 'eras[2].end']);
    expect(problems[2]!.message).toBe('"2021" is before start "2022"');
  });
});

describe('validateDataset: partial dates', () => {
  it.each([['2022'], ['2022-02'], ['2022-01-27'], ['2024-02-29'], ['-000043-03-15'], ['+012000']])(
    'accepts the calendar form %s',
    (start) => {
      expect(
        problemsAfter((d) => {
          d.events[0].start = start;
          delete d.events[0].end;
        }),
      ).toEqual([]);
    },
  );

  it.each([
    ['2021-12-30T15:30-05:00', 'America/New_York'],
    ['2021-12-30T15:30:45-05:00', 'America/New_York'],
    ['2022-01-27T12:00Z', 'UTC'],
    ['2022-01-27T12:00+00:00', 'Europe/London'],
    ['2022-01-27T14:00+02:00', 'Europe/Kyiv'],
    ['2022-01-27T17:30+05:30', 'Asia/Kolkata'],
  ])('accepts the clock-time form %s in %s', (start, timeZone) => {
    expect(problemsAfter((d) => Object.assign(d.events[1], { start, timeZone }))).toEqual([]);
  });

  it.each([
    ['2022-02-30', /^"2022-02-30" is not a real date: February 2022 has 28 days$/],
    ['2022-04-31', /April 2022 has 30 days/],
    ['2023-02-29', /February 2023 has 28 days/],
    ['2022-13', /^"2022-13" has no month 13$/],
    ['2022-00', /has no month 00/],
    ['2022-01-27T15:30', /^"2022-01-27T15:30" has a clock time but no UTC offset/],
    ['2022-01-27T24:00Z', /impossible clock time/],
    ['2022-01-27T12:00+15:00', /impossible UTC offset \+15:00/],
    [
      '27 January 2022',
      /is not a date of the form YYYY \(or ±YYYYYY\), YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm\(:ss\)±HH:MM/,
    ],
    ['2022-1-27', /is not a date of the form/],
    ['2022-01-27 15:30-05:00', /is not a date of the form/],
    ['', /is not a date of the form/],
  ])('rejects start %j with one problem at its path', (start, message) => {
    const problems = problemsAfter((d) => {
      d.events[0].start = start;
      delete d.events[0].end;
    });
    expect(paths(problems)).toEqual(['events[0].start']);
    expect(problems[0]!.message).toMatch(message);
  });

  it('checks end and a source publication date the same way', () => {
    expect(paths(problemsAfter((d) => (d.events[0].end = '2022-02-30')))).toEqual(['events[0].end']);
    const problems = problemsAfter((d) => (d.sources[0].published = '2022-13'));
    expect(problems).toEqual([{ path: 'sources[0].published', message: '"2022-13" has no month 13' }]);
  });

  it('rejects a date that is not a string', () => {
    expect(problemsAfter((d) => (d.events[0].start = 20220127))).toEqual([
      { path: 'events[0].start', message: 'expected a string, got number 20220127' },
    ]);
  });
});

describe('validateDataset: end not before start', () => {
  const withDates = (start: string, end: string, timeZone?: string) =>
    problemsAfter((d) => Object.assign(d.events[0], { start, end }, timeZone ? { timeZone } : {}));

  it('reports an end day before the start day', () => {
    expect(withDates('2022-01-27', '2022-01-26')).toEqual([
      { path: 'events[0].end', message: '"2022-01-26" is before start "2022-01-27"' },
    ]);
  });

  it.each([
    ['2022-01-27', '2022-01-27'],
    ['2022-01-27', '2022-01'],
    ['2022-01', '2022-01-03'],
    ['2022-06', '2022'],
    ['2022-01-27', '2022-02'],
    ['2021-12-31', '2022'],
  ])('compares mixed precisions at the coarser one: start %s, end %s is fine', (start, end) => {
    expect(withDates(start, end)).toEqual([]);
  });

  it.each([
    ['2022-01-27', '2021-12'],
    ['2022-01', '2021'],
    ['2022-02', '2022-01-31'],
  ])('start %s, end %s is reported', (start, end) => {
    expect(paths(withDates(start, end))).toEqual(['events[0].end']);
  });

  it('compares two instants exactly', () => {
    expect(withDates('2022-01-27T10:00-05:00', '2022-01-27T09:59-05:00', 'America/New_York')).toEqual([
      { path: 'events[0].end', message: '"2022-01-27T09:59-05:00" is before start "2022-01-27T10:00-05:00"' },
    ]);
    expect(withDates('2022-01-27T10:00-05:00', '2022-01-27T10:00-05:00', 'America/New_York')).toEqual([]);
  });

  it('places an instant on the calendar day of its own offset when compared with a day', () => {
    // 23:00 in New York on the 27th is already the 28th in UTC; the event still ends "on the 27th".
    expect(withDates('2022-01-27T23:00-05:00', '2022-01-27', 'America/New_York')).toEqual([]);
    expect(paths(withDates('2022-01-27T23:00-05:00', '2022-01-26', 'America/New_York'))).toEqual(['events[0].end']);
  });
});

describe('validateDataset: time zones', () => {
  it('requires a timeZone when start has a clock time', () => {
    expect(problemsAfter((d) => delete d.events[1].timeZone)).toEqual([
      {
        path: 'events[1].timeZone',
        message: 'is required when start or end has a clock time (the IANA zone where it happened)',
      },
    ]);
  });

  it('requires a timeZone when only end has a clock time', () => {
    expect(paths(problemsAfter((d) => (d.events[0].end = '2022-01-28T10:00Z')))).toEqual(['events[0].timeZone']);
  });

  it('does not require a timeZone for calendar dates, but accepts one', () => {
    expect(problemsAfter((d) => (d.events[0].timeZone = 'Europe/Kyiv'))).toEqual([]);
  });

  it.each(['Mars/Olympus', '+02:00', 'GMT+2', 'Not a zone', '', 'Europe/'])('rejects %j as a time zone', (timeZone) => {
    const problems = problemsAfter((d) => (d.events[1].timeZone = timeZone));
    expect(problems).toEqual([
      { path: 'events[1].timeZone', message: 'is not an IANA time zone (e.g. "Europe/Kyiv", "UTC")' },
    ]);
  });

  it('reports an offset that disagrees with the zone at that instant', () => {
    expect(problemsAfter((d) => (d.events[1].start = '2021-12-30T15:30-04:00'))).toEqual([
      { path: 'events[1].start', message: 'offset -04:00 does not match America/New_York at that time (-05:00)' },
    ]);
  });

  it('follows daylight saving time: -04:00 is right for New York in July, wrong in December', () => {
    expect(problemsAfter((d) => (d.events[1].start = '2022-07-04T12:00-04:00'))).toEqual([]);
    expect(paths(problemsAfter((d) => (d.events[1].start = '2022-07-04T12:00-05:00')))).toEqual(['events[1].start']);
  });

  it('checks the offset of end too, and names it', () => {
    expect(problemsAfter((d) => (d.events[1].end = '2021-12-30T23:00+01:00'))).toEqual([
      { path: 'events[1].end', message: 'offset +01:00 does not match America/New_York at that time (-05:00)' },
    ]);
  });

  it('treats Z as +00:00', () => {
    expect(
      problemsAfter((d) => Object.assign(d.events[1], { start: '2022-01-27T12:00Z', timeZone: 'Europe/London' })),
    ).toEqual([]);
    expect(
      problemsAfter((d) => Object.assign(d.events[1], { start: '2022-07-27T12:00Z', timeZone: 'Europe/London' })),
    ).toEqual([
      { path: 'events[1].start', message: 'offset +00:00 does not match Europe/London at that time (+01:00)' },
    ]);
  });

  it('names local mean time (an offset with seconds) cleanly, with what to write instead', () => {
    expect(
      problemsAfter((d) => Object.assign(d.events[1], { start: '1890-01-01T10:00+02:00', timeZone: 'Europe/Kyiv' })),
    ).toEqual([
      {
        path: 'events[1].start',
        message:
          'offset +02:00 does not match Europe/Kyiv at that time (+02:02:04); that is local mean time, which an offset in hours and minutes cannot state: give the time in UTC (ending in "Z", with timeZone "UTC"), or the day only',
      },
    ]);
  });

  it('reports a half-hour zone offset in full', () => {
    expect(
      problemsAfter((d) => Object.assign(d.events[1], { start: '2022-01-27T17:00+05:00', timeZone: 'Asia/Kolkata' })),
    ).toEqual([
      { path: 'events[1].start', message: 'offset +05:00 does not match Asia/Kolkata at that time (+05:30)' },
    ]);
  });
});

describe('validateDataset: source URLs', () => {
  it.each([
    'https://edition.cnn.com/2022/01/27/live',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/PATH',
    'https://example.com:8443/a?b=c#d',
  ])('accepts %s', (url) => {
    expect(problemsAfter((d) => (d.sources[0].url = url))).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/relative/path.html',
    '//example.com/protocol-relative',
    'example.com',
    'ftp://example.com/file',
    'http://',
    ' https://example.com',
    '',
  ])('rejects %j', (url) => {
    expect(problemsAfter((d) => (d.sources[0].url = url))).toEqual([
      { path: 'sources[0].url', message: 'must be an http:// or https:// URL' },
    ]);
  });
});

describe('validateDataset: article files', () => {
  it.each(['cnn-live-2022-01-27.txt', 'a.txt', 'Seed_000.v2.txt'])('accepts the file name %s', (name) => {
    expect(problemsAfter((d) => (d.sources[0].article = name))).toEqual([]);
  });

  // The name is looked up in one folder, on disk and beside a dataset's URL: never a path elsewhere.
  it.each([
    '../secret.txt',
    'articles/cnn.txt',
    '/etc/passwd.txt',
    'https://example.com/a.txt',
    'cnn.html',
    '.txt',
    '',
  ])('rejects %j', (name) => {
    expect(problemsAfter((d) => (d.sources[0].article = name))).toEqual([
      {
        path: 'sources[0].article',
        message:
          'must be a plain .txt file name (letters, digits and - _ . only, no folders), e.g. "cnn-2022-01-27.txt"',
      },
    ]);
  });
});

describe('validateDataset: text fields', () => {
  it.each([
    ['the dataset title', (d: any) => (d.title = ''), 'title'],
    ['a side name', (d: any) => (d.sides[0].name = ' '), 'sides[0].name'],
    ['an outlet', (d: any) => (d.sources[1].outlet = '\t'), 'sources[1].outlet'],
    ['a source title', (d: any) => (d.sources[0].title = ''), 'sources[0].title'],
    ['an actor name', (d: any) => (d.actors[1].name = '   '), 'actors[1].name'],
    ['an alias', (d: any) => (d.actors[0].aliases = ['Biden', ' ']), 'actors[0].aliases[1]'],
    ['an event title', (d: any) => (d.events[0].title = '  \n '), 'events[0].title'],
    ['a quote', (d: any) => (d.events[0].excerpts[1].quote = ' \u00a0 '), 'events[0].excerpts[1].quote'],
  ])('rejects an empty or whitespace-only %s', (_, mutate, path) => {
    expect(problemsAfter(mutate)).toEqual([{ path, message: 'must not be empty' }]);
  });

  it('allows optional free-text fields to be empty', () => {
    expect(
      problemsAfter((d) => {
        d.description = '';
        d.sources[0].note = '';
        d.actors[0].role = '';
        d.events[0].summary = '';
        d.events[0].dateNote = '';
        d.events[0].excerpts[0].attribution = '';
      }),
    ).toEqual([]);
  });
});

describe('validateDataset: required fields', () => {
  it.each([
    ['sides', 0, ['id', 'name']],
    ['sources', 0, ['id', 'outlet', 'kind']],
    ['actors', 1, ['id', 'name', 'side']],
    ['events', 1, ['id', 'title', 'type', 'status', 'start', 'actors', 'excerpts']],
  ] as const)('in %s, each of its required fields is reported as required when missing', (collection, i, fields) => {
    for (const field of fields) {
      const problems = problemsAfter((d) => delete d[collection][i][field]);
      expect(problems, field).toContainEqual({ path: `${collection}[${i}].${field}`, message: 'is required' });
    }
  });

  it('reports a missing id, and the references that no longer resolve because of it', () => {
    // No side has the id "us" any more, so the actor's reference really is dangling.
    expect(problemsAfter((d) => delete d.sides[0].id)).toEqual([
      { path: 'sides[0].id', message: 'is required' },
      { path: 'actors[0].side', message: 'no side with id "us"' },
    ]);
  });

  it('in an excerpt and a related link, the required fields are reported', () => {
    expect(
      problemsAfter((d) => {
        delete d.events[0].excerpts[0].quote;
        delete d.events[0].excerpts[1].source;
        delete d.events[0].related[0].relation;
      }),
    ).toEqual([
      { path: 'events[0].excerpts[0].quote', message: 'is required' },
      { path: 'events[0].excerpts[1].source', message: 'is required' },
      { path: 'events[0].related[0].relation', message: 'is required' },
    ]);
  });

  it.each([
    ['sources', 0, 'kind'],
    ['events', 0, 'type'],
    ['events', 0, 'status'],
  ] as const)(
    'a missing enum field (%s[%i].%s) reads "is required", like any other missing field',
    (collection, i, field) => {
      expect(problemsAfter((d) => delete d[collection][i][field])).toEqual([
        { path: `${collection}[${i}].${field}`, message: 'is required' },
      ]);
    },
  );

  it('requires at least one excerpt', () => {
    expect(problemsAfter((d) => (d.events[1].excerpts = []))).toEqual([
      { path: 'events[1].excerpts', message: 'needs at least one excerpt' },
    ]);
  });
});

describe('validateDataset: types and enums', () => {
  it.each([
    [(d: any) => (d.events[0].actors = 'biden'), 'events[0].actors', 'expected an array, got "biden"'],
    [(d: any) => (d.events[0].actors = ['biden', 7]), 'events[0].actors[1]', 'expected a string, got number 7'],
    [(d: any) => (d.actors[0].aliases = 'Biden'), 'actors[0].aliases', 'expected an array, got "Biden"'],
    [(d: any) => (d.events[1].related = [5]), 'events[1].related[0]', 'expected an object, got number 5'],
    [(d: any) => (d.actors[1].role = 5), 'actors[1].role', 'expected a string, got number 5'],
    [(d: any) => (d.events[0].excerpts[0] = null), 'events[0].excerpts[0]', 'expected an object, got null'],
    [(d: any) => (d.title = ['T']), 'title', 'expected a string, got an array'],
    [(d: any) => (d.events[1].timeZone = 5), 'events[1].timeZone', 'expected a string, got number 5'],
  ])('reports a wrong type with what was expected and what was found (%#)', (mutate, path, message) => {
    expect(problemsAfter(mutate)).toEqual([{ path, message }]);
  });

  it('names the bad enum value and lists the allowed ones', () => {
    const [problem, ...rest] = problemsAfter((d) => (d.events[0].type = 'phone-call'));
    expect(rest).toEqual([]);
    expect(problem!.path).toBe('events[0].type');
    expect(problem!.message).toMatch(
      /^"phone-call" is not allowed; expected one of: call, briefing, troop-report, summit, /,
    );
  });

  it.each([
    [
      (d: any) => (d.events[0].status = 'happened'),
      'events[0].status',
      '"happened" is not allowed; expected one of: occurred, scheduled, expected, forecast',
    ],
    [(d: any) => (d.sources[0].kind = 'blog'), 'sources[0].kind', '"blog" is not allowed; expected one of: '],
    [
      (d: any) => (d.events[0].excerpts[0].stance = 'neutral'),
      'events[0].excerpts[0].stance',
      '"neutral" is not allowed; expected one of: supports, disputes',
    ],
    [
      (d: any) => (d.events[0].related[0].relation = 'causes'),
      'events[0].related[0].relation',
      '"causes" is not allowed; expected one of: ',
    ],
    [(d: any) => (d.events[0].type = 'Call'), 'events[0].type', '"Call" is not allowed'],
  ])('rejects a value outside its vocabulary (%#)', (mutate, path, messageStart) => {
    const problems = problemsAfter(mutate);
    expect(paths(problems)).toEqual([path]);
    expect(problems[0]!.message.startsWith(messageStart)).toBe(true);
  });

  it('every source kind and status of the contract is accepted', () => {
    for (const kind of ['live-blog', 'news-report', 'state-media', 'viral-aggregator', 'partisan-commentary']) {
      expect(
        problemsAfter((d) => (d.sources[0].kind = kind)),
        kind,
      ).toEqual([]);
    }
    for (const status of ['occurred', 'scheduled', 'expected', 'forecast']) {
      expect(
        problemsAfter((d) => (d.events[0].status = status)),
        status,
      ).toEqual([]);
    }
    for (const type of ['call', 'briefing', 'troop-report', 'summit']) {
      expect(
        problemsAfter((d) => (d.events[0].type = type)),
        type,
      ).toEqual([]);
    }
  });

  it('clips a long bad value in the message', () => {
    const [problem] = problemsAfter((d) => (d.events[0].type = 'x'.repeat(100)));
    expect(problem!.message).toBe(
      `"${'x'.repeat(40)}…" is not allowed; expected one of: ${problem!.message.split('expected one of: ')[1]}`,
    );
  });
});

describe('validateDataset: reporting', () => {
  it('reports shape problems and reference problems together', () => {
    const problems = problemsAfter((d) => {
      d.sources[0].url = 'javascript:alert(1)';
      d.events[0].type = 'bogus';
      d.events[0].actors = ['biden', 'ghost'];
      d.events[1].start = '2022-13';
      d.actors[1].side = 'nowhere';
    });
    // (The order within one item is the subject of its own test below.)
    expect(paths(problems).sort()).toEqual(
      ['sources[0].url', 'actors[1].side', 'events[0].actors[1]', 'events[0].type', 'events[1].start'].sort(),
    );
  });

  it('sorts problems in document order: sides, sources, actors, events', () => {
    const problems = problemsAfter((d) => {
      d.events[0].actors = ['ghost'];
      d.actors[0].side = 'nowhere';
      d.sources[1].kind = 'rumour';
      d.sides[1].name = '';
      d.title = '';
    });
    expect(paths(problems)).toEqual([
      'title',
      'sides[1].name',
      'sources[1].kind',
      'actors[0].side',
      'events[0].actors[0]',
    ]);
  });

  it('sorts items numerically, not as text (events[2] before events[10])', () => {
    const d = valid();
    for (let i = 2; i <= 11; i++) d.events.push({ ...d.events[1], id: `e${i}` });
    d.events[10].status = 'nope';
    d.events[2].status = 'nope';
    d.events[11].actors = ['ghost'];
    expect(paths(problemsOf(d))).toEqual(['events[2].status', 'events[10].status', 'events[11].actors[0]']);
  });

  it('within one item, lists problems in the order of its fields in the file', () => {
    // "Document order, so a reader can walk the file top to bottom" (validate.ts): the fields of
    // this event are written title, type, timeZone, excerpts, so that is the order to read them in.
    const problems = problemsAfter((d) => {
      d.events[1].title = '';
      d.events[1].type = 'bogus';
      d.events[1].timeZone = 'Mars/Olympus';
      d.events[1].excerpts = [];
    });
    expect(paths(problems)).toEqual(['events[1].title', 'events[1].type', 'events[1].timeZone', 'events[1].excerpts']);
  });

  it('lists fields missing from an item in the order the contract gives them, after those present', () => {
    // An event's fields are id, title, type, … in schema.ts; a source's id, outlet, …, kind.
    const problems = problemsAfter((d) => {
      d.events[1] = { status: 'bogus', excerpts: d.events[1].excerpts, actors: [] };
      delete d.sources[0].kind;
      delete d.sources[0].outlet;
    });
    expect(paths(problems).filter((path) => path.startsWith('events[1]') || path.startsWith('sources[0]'))).toEqual([
      'sources[0].outlet',
      'sources[0].kind',
      'events[1].status',
      'events[1].id',
      'events[1].title',
      'events[1].type',
      'events[1].start',
    ]);
  });
});

describe('validateDataset: each problem is an object with its kind and its path as keys and indexes', () => {
  it('a root that is not an object: a schema problem at the empty path', () => {
    expect(structuredProblemsOf([])).toEqual([
      {
        kind: 'schema',
        path: [],
        message: 'expected a dataset object with sides, sources, actors and events, got an array',
      },
    ]);
  });

  it('a field that is absent is "missing", a wrong value "schema", a reference to nothing "integrity"', () => {
    const problems = structuredProblemsOf(
      validAfter((d) => {
        delete d.events[1].title;
        d.events[1].type = 'phone-call';
        d.events[0].actors[0] = 'ghost';
        delete d.events[0].status; // an enum: zod reports it as a bad value, still missing
      }),
    );
    expect(problems.map(({ kind, path }) => ({ kind, path }))).toEqual([
      // In the order a reader meets them: fields present first, in the file's order, then the missing ones.
      { kind: 'integrity', path: ['events', 0, 'actors', 0] },
      { kind: 'missing', path: ['events', 0, 'status'] },
      { kind: 'schema', path: ['events', 1, 'type'] },
      { kind: 'missing', path: ['events', 1, 'title'] },
    ]);
  });

  it('paths hold numbers for array indexes, ordered as numbers (events[10] after events[2])', () => {
    const d: any = valid();
    d.events = Array.from({ length: 11 }, (_, i) => ({ ...structuredClone(d.events[1]), id: `e${i}` }));
    delete d.intro;
    d.events[10].excerpts[0].source = 'nowhere';
    d.events[2].excerpts[0].source = 'nowhere';
    expect(structuredProblemsOf(d).map((p) => p.path)).toEqual([
      ['events', 2, 'excerpts', 0, 'source'],
      ['events', 10, 'excerpts', 0, 'source'],
    ]);
  });
});
