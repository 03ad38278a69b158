import { describe, expect, it, test } from 'vitest';
import { importTimelineJs } from './timelineJsImport';
import { expectValid, readRepoFile } from './testHelpers';

function importEvents(events: unknown[], extra: Record<string, unknown> = {}) {
  const result = importTimelineJs({ events, ...extra }, { fileName: 'tl.json' });
  if (result.dataset) expectValid(result.dataset);
  return result;
}

function onlyEvent(raw: Record<string, unknown>) {
  const { dataset, rowProblems } = importEvents([raw]);
  expect(rowProblems).toEqual([]);
  expect(dataset?.events).toHaveLength(1);
  return dataset!.events[0]!;
}

function problemOf(raw: unknown): string {
  const result = importEvents([raw]);
  expect(result.dataset).toBeNull();
  expect(result.rowProblems).toHaveLength(1);
  return result.rowProblems[0]!.message;
}

const text = (headline: string, body?: string) => ({
  text: { headline, ...(body !== undefined ? { text: body } : {}) },
});

describe('the sample file e2e/fixtures/sample-timelinejs.json', () => {
  const json: unknown = JSON.parse(readRepoFile('e2e/fixtures/sample-timelinejs.json'));
  const result = importTimelineJs(json, { fileName: 'sample-timelinejs.json' });

  test('imports to a valid dataset, reporting the one unconvertible event by its index, and its era', () => {
    const dataset = expectValid(result.dataset);
    expect(dataset.events).toHaveLength(7);
    expect(result.rowProblems).toEqual([
      {
        row: 4,
        note: true,
        message:
          'event 4 (events[3]): its media https://example.org/helmets.jpg is not shown (Sourceline shows no pictures, video or embeds)',
      },
      { row: 6, message: 'event 6 (events[5]): start_date 2022-02-30 is not a real date' },
    ]);
    expect(dataset.title).toBe('Russia–Ukraine border crisis');
    expect(dataset.description).toMatch(/^Winter 2021–22 in eight moments, as a TimelineJS file\. Imported from/);
    expect(dataset.eras).toEqual([{ title: 'Diplomacy', start: '2021-12', end: '2022-01' }]);
  });

  test('no markup survives anywhere in the dataset (a caption\'s "&lt;not&gt;" is the text "<not>")', () => {
    const strings = JSON.stringify(result.dataset);
    expect(strings).not.toMatch(/<(p|b|em|ul|li|img|script)\b|&[a-z#]+;|onerror|alert/i);
    expect(result.dataset!.events.find((e) => e.title.startsWith('Germany'))!.excerpts[0]!.attribution).toBe(
      'Helmets <not> weapons; credit: Example',
    );
  });

  test('HTML text becomes plain text, entities decoded, the address of a link kept after its words', () => {
    const events = result.dataset!.events;
    expect(events.map((e) => e.title)).toContain('Erdoğan invites Putin to a summit');
    expect(events.find((e) => e.id === 'biden-zelensky-call')!.excerpts[0]!.quote).toBe(
      'The call lasted an hour and 20 minutes, according to CNN (https://edition.cnn.com/europe/live-news/ukraine-russia-news-01-27-22/). Accounts of its tone differ.',
    );
  });

  test('one source for the whole file, no URL, and groups become sides', () => {
    const dataset = result.dataset!;
    expect(dataset.sources).toEqual([
      {
        id: 'imported-timelinejs-file-sample-timelinejs-json',
        outlet: 'Imported TimelineJS file sample-timelinejs.json',
        kind: 'other',
      },
    ]);
    expect(dataset.sides.map((s) => s.name)).toEqual(['United States', 'Russia', 'NATO / EU', 'Turkey']);
    expect(dataset.actors).toEqual([]);
    expect(dataset.events.every((e) => e.actors.length === 0)).toBe(true);
  });
});

describe('dates', () => {
  test.each([
    [{ year: 2022 }, '2022'],
    [{ year: '2022' }, '2022'],
    [{ year: 2022, month: 1 }, '2022-01'],
    [{ year: 2022, month: '01', day: '7' }, '2022-01-07'],
    [{ year: 2022, month: 1, day: 27, hour: '', minute: '' }, '2022-01-27'],
    [{ year: 850 }, '0850'],
    [{ year: -500 }, '-000500'],
    [{ year: '-43', month: 3, day: 15 }, '-000043-03-15'],
    [{ year: 12_000 }, '+012000'],
  ])('precision follows the fields present: %j → %s', (start_date, start) => {
    const event = onlyEvent({ start_date, ...text('A', 'B') });
    expect(event.start).toBe(start);
    expect(event.timeZone).toBeUndefined();
  });

  test('a clock time is read as UTC, and the date note says so', () => {
    const event = onlyEvent({
      start_date: { year: 2021, month: 12, day: 30, hour: 20, minute: 30, second: 5 },
      ...text('A'),
    });
    expect(event).toMatchObject({
      start: '2021-12-30T20:30:05Z',
      timeZone: 'UTC',
      dateNote: 'TimelineJS gives clock times without a time zone; they are read as UTC.',
    });
  });

  test('an hour without minutes is on the hour', () => {
    expect(onlyEvent({ start_date: { year: 2022, month: 1, day: 27, hour: 15 }, ...text('A') }).start).toBe(
      '2022-01-27T15:00Z',
    );
  });

  test('end_date is read the same way; a timed end alone also brings the UTC zone', () => {
    const event = onlyEvent({
      start_date: { year: 2022, month: 1, day: 24 },
      end_date: { year: 2022, month: 1, day: 28, hour: 12 },
      ...text('A'),
    });
    expect(event).toMatchObject({ start: '2022-01-24', end: '2022-01-28T12:00Z', timeZone: 'UTC' });
  });

  test.each([
    [{ text: text('A').text }, 'has no start_date'],
    [{ start_date: {}, ...text('A') }, 'start_date has no year'],
    [{ start_date: 2022, ...text('A') }, 'start_date is not an object with a year'],
    [{ start_date: { year: 2022, day: 3 }, ...text('A') }, 'start_date has a day but no month'],
    [{ start_date: { year: 2022, month: 1, hour: 3 }, ...text('A') }, 'start_date has an hour but no day'],
    [{ start_date: { year: 2022, month: 13 }, ...text('A') }, 'start_date.month 13 is out of range (1–12)'],
    [{ start_date: { year: 2022, month: 'Jan' }, ...text('A') }, 'start_date.month "Jan" is not a whole number'],
    [
      { start_date: { year: -13_800_000_000 }, ...text('Big Bang') },
      'start_date.year -13800000000 is beyond the years a timeline can draw (271,821 BC to AD 275,759)',
    ],
    [{ start_date: { year: 2022, month: 2, day: 29 }, ...text('A') }, 'start_date 2022-02-29 is not a real date'],
    [
      { start_date: { year: 2022, month: 2 }, end_date: { year: 2022, month: 1 }, ...text('A') },
      'end_date 2022-01 is before start_date 2022-02',
    ],
    [{ start_date: { year: 2022 }, text: { headline: '<p> </p>', text: '' } }, 'has neither a headline nor text'],
    ['just a string', 'is not an object'],
  ])('an unconvertible event is reported with its index: %j', (raw, reason) => {
    expect(problemOf(raw)).toBe(`event 1 (events[0]): ${reason}`);
  });
});

describe('text', () => {
  test('the plain text is the excerpt; with no text, the headline is', () => {
    expect(
      onlyEvent({ start_date: { year: 2022 }, ...text('<b>Head</b>', '<p>Body &amp; more</p>') }).excerpts[0]!.quote,
    ).toBe('Body & more');
    expect(onlyEvent({ start_date: { year: 2022 }, ...text('Head &lt;line&gt;') }).excerpts[0]!.quote).toBe(
      'Head <line>',
    );
  });

  test('with no headline, the title is the text, cut at a word to 80 characters', () => {
    const body =
      'Tens of thousands of Russian troops are deployed along Ukraine’s borders, raising fears of another invasion.';
    const event = onlyEvent({ start_date: { year: 2021 }, text: { text: `<p>${body}</p>` } });
    expect(event.title).toBe('Tens of thousands of Russian troops are deployed along Ukraine’s borders,…');
    expect(event.title.length).toBeLessThanOrEqual(80);
    expect(event.excerpts[0]!.quote).toBe(body);
  });
});

describe('ids and file-level cases', () => {
  test('unique_id is kept when valid, made valid when not, and repeats are numbered apart', () => {
    const { dataset } = importEvents([
      { start_date: { year: 2022 }, unique_id: 'call', ...text('A') },
      { start_date: { year: 2022 }, unique_id: 'call', ...text('B') },
      { start_date: { year: 2022 }, unique_id: 'My Event!', ...text('C') },
      { start_date: { year: 2022, month: 1, day: 27 }, ...text('Biden–Zelensky call') },
    ]);
    expect(dataset!.events.map((e) => e.id)).toEqual(['call', 'call-2', 'my-event', '2022-01-27-biden-zelensky-call']);
  });

  test('a file without a title slide is titled after the file', () => {
    expect(importEvents([{ start_date: { year: 2022 }, ...text('A') }]).dataset!.title).toBe('Imported from tl.json');
  });

  test('something that is not a TimelineJS file gives no dataset and says why', () => {
    for (const json of [null, [], 'x', { title: {} }, { events: 'no' }]) {
      expect(importTimelineJs(json, { fileName: 'x.json' })).toEqual({
        dataset: null,
        rowProblems: [
          {
            row: 0,
            message:
              'this is not a TimelineJS file: it has no "events" list (TimelineJS 3) and no "timeline.date" list (TimelineJS 2)',
          },
        ],
      });
    }
    expect(importEvents([]).rowProblems).toEqual([{ row: 0, message: 'the file has no events' }]);
  });
});

describe('groups as lanes', () => {
  it('puts each event in its group’s side without inventing an actor, and the index draws it in that lane', async () => {
    const { buildIndex } = await import('../engine/buildIndex');
    const { lanesFor } = await import('../engine/lanes');
    const result = importTimelineJs(
      {
        events: [
          { start_date: { year: 2022, month: 1, day: 27 }, text: { headline: 'A' }, group: 'Diplomacy' },
          { start_date: { year: 2022, month: 1, day: 28 }, text: { headline: 'B' }, group: 'Military' },
          { start_date: { year: 2022, month: 1, day: 29 }, text: { headline: 'C' } },
        ],
      },
      { fileName: 'groups.json' },
    );
    const dataset = result.dataset!;
    expect(dataset.actors).toEqual([]);
    expect(dataset.sides.map((side) => side.name)).toEqual(['Diplomacy', 'Military']);
    expect(dataset.events.map((event) => event.sides)).toEqual([
      [dataset.sides[0]!.id],
      [dataset.sides[1]!.id],
      undefined,
    ]);
    const index = buildIndex(dataset);
    expect(lanesFor(index, 'side').map((lane) => lane.label)).toEqual(['Diplomacy', 'Military', 'No side']);
  });
});
