import { describe, expect, test } from 'vitest';
import { assemble, draftPlace, settleImport, type DatasetDraft, type EventDraft } from './importDraft';
import { expectValid } from './testHelpers';

function event(row: number, patch: Partial<EventDraft> = {}): EventDraft {
  const origin = { row, label: `row ${row}` };
  return {
    origin,
    idBase: `event-${row}`,
    title: `Event ${row}`,
    type: 'other',
    status: 'occurred',
    start: '2022-01-27',
    actors: ['Joe Biden'],
    excerpts: [{ origin, source: 'cnn', quote: `Quote ${row}` }],
    ...patch,
  };
}

function draft(events: EventDraft[]): DatasetDraft {
  return {
    title: 'Draft',
    sources: new Map([['cnn', { outlet: 'CNN', kind: 'live-blog' as const }]]),
    actorSides: new Map([['Joe Biden', 'United States']]),
    events,
    fieldNames: { start: 'date' },
  };
}

describe('settleImport (the validator as a safety net behind the importers’ own checks)', () => {
  test('drops an event the validator rejects and reports it against its rows, in the file’s words', () => {
    const problems: { row: number; message: string }[] = [];
    const result = settleImport(draft([event(2), event(3, { start: '2022-02-30' })]), problems);
    expect(expectValid(result.dataset).events.map((e) => e.title)).toEqual(['Event 2']);
    expect(result.rowProblems).toEqual([
      { row: 3, message: 'row 3: date "2022-02-30" is not a real date: February 2022 has 28 days' },
    ]);
  });

  test('drops only the rejected excerpt when the event has others', () => {
    const origin = { row: 5, label: 'row 5' };
    const twoExcerpts = event(4, {
      excerpts: [
        { origin: { row: 4, label: 'row 4' }, source: 'cnn', quote: 'Fine' },
        { origin, source: 'cnn', quote: '   ' },
      ],
    });
    const result = settleImport(draft([twoExcerpts]), []);
    expect(expectValid(result.dataset).events[0]!.excerpts.map((x) => x.quote)).toEqual(['Fine']);
    expect(result.rowProblems).toEqual([{ row: 5, message: 'row 5: quote must not be empty' }]);
  });

  test('gives no dataset when nothing is left', () => {
    expect(settleImport(draft([event(2, { start: 'soon' })]), [])).toMatchObject({
      dataset: null,
      rowProblems: [{ row: 2 }],
    });
  });

  test('a problem deep inside an excerpt drops that excerpt and names the field in the file’s words', () => {
    const claimed = event(6, {
      claims: [{ id: 'c', text: 'It happened' }],
      excerpts: [
        {
          origin: { row: 6, label: 'row 6' },
          source: 'cnn',
          quote: 'Yes',
          claims: [{ claim: 'c', stance: 'asserts' }],
        },
        {
          origin: { row: 7, label: 'row 7' },
          source: 'cnn',
          quote: 'No',
          claims: [{ claim: 'x', stance: 'disputes' }],
        },
      ],
    });
    const result = settleImport({ ...draft([claimed]), fieldNames: { claims: 'claim_ids' } }, []);
    expect(expectValid(result.dataset).events[0]!.excerpts.map((x) => x.quote)).toEqual(['Yes']);
    expect(result.rowProblems).toEqual([{ row: 7, message: 'row 7: claim_ids no claim with id "x" in this event' }]);
  });

  test('what an importer builds itself (sides, actors, sources) being invalid is a bug, and throws', () => {
    const bad = { ...draft([event(2)]), sources: new Map([['cnn', { outlet: '  ', kind: 'other' as const }]]) };
    expect(() => settleImport(bad, [])).toThrow(/import built an invalid dataset: sources\[0\]\.outlet/);
  });
});

describe('assemble', () => {
  test('includes only the actors, sides and sources the events use, in order of first use', () => {
    const dataset = assemble(
      {
        ...draft([]),
        actorSides: new Map([
          ['B', 'Side B'],
          ['A', 'Side A'],
        ]),
        extraSides: ['Group'],
      },
      [event(2, { actors: ['A'] }), event(3, { actors: ['B', 'A'] })],
    );
    expect(dataset.sides.map((s) => s.name)).toEqual(['Group', 'Side A', 'Side B']);
    expect(dataset.actors.map((a) => a.id)).toEqual(['a', 'b']);
    expect(dataset.sources.map((s) => s.id)).toEqual(['cnn']);
  });

  test('omits optional fields that are not given (no "undefined" keys in the JSON)', () => {
    const dataset = assemble(draft([]), [event(2)]);
    expect(Object.keys(dataset.events[0]!)).toEqual(['id', 'title', 'type', 'status', 'start', 'actors', 'excerpts']);
    expect(Object.keys(dataset)).toEqual(['title', 'sides', 'sources', 'actors', 'events']);
  });

  test('a repeated given id is kept by the first event and numbered apart for the next', () => {
    const dataset = assemble(draft([]), [
      event(2, { givenId: 'x' }),
      event(3, { givenId: 'x' }),
      event(4, { idBase: 'x' }),
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual(['x', 'x-2', 'x-3']);
  });
});

describe('draftPlace (where in the draft a validator problem is, read from its path of keys and indexes)', () => {
  const at = (...path: (string | number)[]) => draftPlace({ kind: 'integrity', path, message: 'x' });

  test('an event field, an excerpt field, and deeper inside an excerpt', () => {
    expect(at('events', 3, 'start')).toEqual({ event: 3, excerpt: undefined, field: 'start' });
    expect(at('events', 3, 'excerpts', 0, 'quote')).toEqual({ event: 3, excerpt: 0, field: 'quote' });
    expect(at('events', 12, 'excerpts', 10, 'claims', 1, 'claim')).toEqual({ event: 12, excerpt: 10, field: 'claims' });
  });

  test('the event itself, or its list of excerpts, is the event', () => {
    expect(at('events', 2)).toEqual({ event: 2, excerpt: undefined, field: undefined });
    expect(at('events', 2, 'excerpts')).toEqual({ event: 2, excerpt: undefined, field: 'excerpts' });
    expect(at('events', 2, 'actors', 0)).toEqual({ event: 2, excerpt: undefined, field: 'actors' });
  });

  test('anything outside an event is not in the draft’s events', () => {
    expect(at('sources', 0, 'outlet')).toBeNull();
    expect(at('events')).toBeNull();
    expect(at()).toBeNull();
  });
});
