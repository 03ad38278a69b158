import { describe, expect, it } from 'vitest';
import { EVENT_STATUSES, EVENT_TYPES, SOURCE_KINDS } from '../dataset/vocabulary';
import { applyFilters, isFiltering, NO_FILTERS, relaxations, type Filters } from './filter';
import { claimsOf, excerpt, idsOf, indexOf, searchIndexOf } from './testing.test-utils';

const index = indexOf({
  sides: [{ id: 'us' }, { id: 'ukraine' }, { id: 'russia' }, { id: 'turkey' }],
  sources: [
    { id: 'cnn', kind: 'live-blog' },
    { id: 'sputnik', kind: 'state-media' },
    { id: 'unilad', kind: 'viral-aggregator' },
  ],
  actors: [
    { id: 'biden', side: 'us', name: 'Joe Biden', aliases: ['POTUS'] },
    { id: 'zelensky', side: 'ukraine', name: 'Volodymyr Zelenskyy', aliases: ['Zelensky'] },
    { id: 'putin', side: 'russia', name: 'Vladimir Putin' },
    { id: 'erdogan', side: 'turkey', name: 'Recep Tayyip Erdoğan', aliases: ['Erdoan'] },
    { id: 'cavusoglu', side: 'turkey', name: 'Mevlüt Çavuşoğlu' },
  ],
  events: [
    {
      id: 'call',
      start: '2022-01-27',
      type: 'call',
      status: 'occurred',
      title: 'Biden and Zelensky speak by phone',
      dateNote: '"Thursday" in a report published Friday',
      actors: ['biden', 'zelensky'],
      excerpts: [['cnn', 'The two leaders spoke on Thursday night.']],
    },
    {
      id: 'troops',
      start: '2022-01',
      type: 'troop-report',
      status: 'occurred',
      title: 'Troops massed at the border',
      actors: ['putin'],
      excerpts: [['sputnik', 'Russian troops are on exercises.']],
    },
    {
      id: 'summit',
      start: '2022-02-10',
      type: 'summit',
      status: 'scheduled',
      title: 'Summit planned',
      summary: 'A meeting in Genève.',
      actors: ['biden', 'putin'],
      excerpts: [
        ['cnn', 'A summit is planned.'],
        { source: 'sputnik', quote: 'No summit is planned.', attribution: 'a Kremlin spokesman', stance: 'disputes' },
      ],
    },
    {
      id: 'mediation',
      start: '2022-02-03',
      type: 'statement',
      status: 'occurred',
      title: 'Turkey offers to mediate',
      actors: ['erdogan'],
      excerpts: [['unilad', 'Erdoan offered to host talks between Kyiv and Moscow.']],
    },
    {
      id: 'visit',
      start: '2022-02-03T11:00+03:00',
      timeZone: 'Europe/Istanbul',
      type: 'meeting',
      status: 'expected',
      title: 'Foreign ministers meet',
      actors: ['cavusoglu', 'zelensky'],
      excerpts: [['cnn', 'The Turkish foreign minister will travel to Kyiv.']],
    },
    {
      id: 'commentary',
      start: '2021-12-30',
      type: 'media-report',
      status: 'forecast',
      title: 'Analysts expect neutrality',
      actors: [],
      excerpts: [['unilad', 'Analysts said Erdoan would stay neutral.']],
    },
  ],
});
const search = searchIndexOf(index);

const filters = (changes: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...changes });
const matching = (changes: Partial<Filters>, searchIndex = search) =>
  idsOf(index, applyFilters(index, searchIndex, filters(changes)).matched);
const sorted = (values: string[]) => [...values].sort();

describe('applyFilters: no filters', () => {
  it('matches every event, in chronological order', () => {
    const result = applyFilters(index, search, NO_FILTERS);
    expect(idsOf(index, result.matched)).toEqual(['commentary', 'troops', 'call', 'mediation', 'visit', 'summit']);
    expect(result.count).toBe(6);
    expect(result.searchPending).toBe(false);
  });

  it('a blank or punctuation-only query filters nothing', () => {
    expect(matching({ query: '   ' })).toHaveLength(6);
    expect(matching({ query: '—?!' })).toHaveLength(6);
  });
});

describe('isFiltering', () => {
  it('is false for no filters and for a blank query', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    // "All of the ticked actors" with none ticked filters nothing.
    expect(isFiltering(filters({ actorMatch: 'all' }))).toBe(false);
    expect(isFiltering(filters({ query: '  ,  ' }))).toBe(false);
  });

  it.each([
    [{ actors: ['biden'] }],
    [{ actors: ['biden'], actorMatch: 'all' as const }],
    [{ types: ['call' as const] }],
    [{ statuses: ['forecast' as const] }],
    [{ kinds: ['state-media' as const] }],
    [{ sources: ['cnn'] }],
    [{ disputedOnly: true }],
    [{ singleSourceOnly: true }],
    [{ from: '2022-01-01' }],
    [{ to: '2022-01-01' }],
    [{ query: 'x' }],
  ])('is true for %j', (changes) => {
    expect(isFiltering(filters(changes))).toBe(true);
  });
});

describe('applyFilters: criteria', () => {
  it('actors: an event involving any of the checked actors (OR)', () => {
    expect(matching({ actors: ['putin'] })).toEqual(['troops', 'summit']);
    expect(matching({ actors: ['zelensky', 'putin'] })).toEqual(['troops', 'call', 'visit', 'summit']);
  });

  it('actors, "all": an event involving every checked actor (AND)', () => {
    expect(matching({ actors: ['zelensky', 'biden'], actorMatch: 'all' })).toEqual(['call']);
    expect(matching({ actors: ['zelensky', 'putin'], actorMatch: 'all' })).toEqual([]);
    // One actor is the same either way, and so is none.
    expect(matching({ actors: ['putin'], actorMatch: 'all' })).toEqual(matching({ actors: ['putin'] }));
    expect(matching({ actorMatch: 'all' })).toHaveLength(index.count);
  });

  it('types (OR)', () => {
    expect(matching({ types: ['call', 'summit'] })).toEqual(['call', 'summit']);
  });

  it('statuses (OR)', () => {
    expect(matching({ statuses: ['scheduled', 'expected'] })).toEqual(['visit', 'summit']);
  });

  it('source kinds: an event quoting a source of any checked kind', () => {
    expect(matching({ kinds: ['state-media'] })).toEqual(['troops', 'summit']);
    expect(matching({ kinds: ['viral-aggregator', 'state-media'] })).toEqual([
      'commentary',
      'troops',
      'mediation',
      'summit',
    ]);
    expect(matching({ kinds: ['partisan-commentary'] })).toEqual([]);
  });

  it('criteria combine with AND', () => {
    expect(matching({ actors: ['biden'], types: ['summit'] })).toEqual(['summit']);
    expect(matching({ actors: ['biden', 'putin'], statuses: ['occurred'] })).toEqual(['troops', 'call']);
    expect(matching({ actors: ['biden'], kinds: ['state-media'], statuses: ['occurred'] })).toEqual([]);
    expect(matching({ types: ['statement', 'meeting'], from: '2022-02-03', to: '2022-02-03', query: 'kyiv' })).toEqual([
      'mediation',
      'visit',
    ]);
  });
});

describe('applyFilters: dates', () => {
  it('keeps events that overlap the inclusive range of days', () => {
    // The month-precision "troops" (all of January) overlaps 28 January.
    expect(matching({ from: '2022-01-28', to: '2022-02-03' })).toEqual(['troops', 'mediation', 'visit']);
  });

  it('includes events on the `to` day itself', () => {
    expect(matching({ to: '2022-01-27' })).toEqual(['commentary', 'troops', 'call']);
    expect(matching({ from: '2022-02-10', to: '2022-02-10' })).toEqual(['summit']);
  });

  it('includes events on the `from` day itself', () => {
    expect(matching({ from: '2022-02-10' })).toEqual(['summit']);
    expect(matching({ from: '2022-02-11' })).toEqual([]);
  });

  it('includes a month-precision event in any range that touches its month', () => {
    expect(matching({ from: '2022-01-31', to: '2022-01-31' })).toEqual(['troops']);
    expect(matching({ from: '2021-12-31', to: '2022-01-01' })).toEqual(['troops']);
    expect(matching({ from: '2022-02-01', to: '2022-02-02' })).toEqual([]);
  });

  it('places an instant on the UTC calendar', () => {
    // 11:00 in Istanbul is 08:00 UTC on 3 February.
    expect(matching({ from: '2022-02-03', to: '2022-02-03', types: ['meeting'] })).toEqual(['visit']);
  });

  it('includes an instant at exactly midnight UTC at the start of the `from` day', () => {
    const midnight = indexOf({
      events: [
        { id: 'at-midnight', start: '2022-01-27T00:00Z', timeZone: 'UTC' },
        { id: 'before', start: '2022-01-26T23:59Z', timeZone: 'UTC' },
        { id: 'next-midnight', start: '2022-01-28T00:00Z', timeZone: 'UTC' },
      ],
    });
    const on27 = applyFilters(midnight, null, filters({ from: '2022-01-27', to: '2022-01-27' }));
    expect(idsOf(midnight, on27.matched)).toEqual(['at-midnight']);
    expect(idsOf(midnight, applyFilters(midnight, null, filters({ from: '2022-01-27' })).matched)).toEqual([
      'at-midnight',
      'next-midnight',
    ]);
  });

  it('treats a missing end of the range as open', () => {
    expect(matching({ from: '2022-02-04' })).toEqual(['summit']);
    expect(matching({ to: '2021-12-31' })).toEqual(['commentary']);
  });
});

describe('applyFilters: search', () => {
  it('matches words of titles, quotes, summaries, attributions and date notes', () => {
    expect(matching({ query: 'phone' })).toEqual(['call']);
    expect(matching({ query: 'exercises' })).toEqual(['troops']);
    expect(matching({ query: 'geneve' })).toEqual(['summit']);
    expect(matching({ query: 'kremlin' })).toEqual(['summit']);
    expect(matching({ query: 'friday' })).toEqual(['call']);
  });

  it('matches a query word as the beginning of a word, not inside one', () => {
    expect(matching({ query: 'pho' })).toEqual(['call']);
    expect(matching({ query: 'hone' })).toEqual([]);
    expect(matching({ query: 'summ' })).toEqual(['summit']);
  });

  it('ignores case and accents in the query and in the text', () => {
    expect(matching({ query: 'PHONE' })).toEqual(['call']);
    expect(matching({ query: 'GENÈVE' })).toEqual(['summit']);
    expect(matching({ query: 'Zelenskyy' })).toEqual(['call', 'visit']);
  });

  it('requires every word of the query (AND)', () => {
    expect(matching({ query: 'summit planned' })).toEqual(['summit']);
    expect(matching({ query: 'thursday biden' })).toEqual(['call']);
    expect(matching({ query: 'troops biden' })).toEqual([]);
  });

  it('matches actors by name and alias, finding all their events', () => {
    expect(matching({ query: 'putin' })).toEqual(['troops', 'summit']);
    expect(matching({ query: 'potus' })).toEqual(['call', 'summit']);
    expect(matching({ query: 'vlad' })).toEqual(['troops', 'summit']);
  });

  it('"erdogan" finds the events of Recep Tayyip Erdoğan, whose quotes spell him "Erdoan"', () => {
    expect(matching({ query: 'erdogan' })).toEqual(['mediation']);
    expect(matching({ query: 'Erdoğan' })).toEqual(['mediation']);
    expect(matching({ query: 'tayyip' })).toEqual(['mediation']);
  });

  it('"erdoan" finds both his events and the quotes that use that spelling', () => {
    expect(matching({ query: 'erdoan' })).toEqual(['commentary', 'mediation']);
  });

  it('"cavusoglu" finds the events of Mevlüt Çavuşoğlu', () => {
    expect(matching({ query: 'cavusoglu' })).toEqual(['visit']);
    expect(matching({ query: 'Çavuşoğlu mevlut' })).toEqual(['visit']);
  });

  it('gives the same answers however the queries are typed in sequence (per-word cache)', () => {
    const fresh = () => searchIndexOf(index);
    const typed = fresh();
    for (const query of [
      's',
      'su',
      'sum',
      'summ',
      'summit',
      'summit p',
      'summit planned',
      'p',
      'planned',
      'erdoan',
      'erdo',
    ]) {
      expect(matching({ query }, typed), query).toEqual(matching({ query }, fresh()));
    }
  });
});

describe('applyFilters: search index not ready', () => {
  it('reports searchPending and applies the other criteria only', () => {
    const result = applyFilters(index, null, filters({ query: 'phone', types: ['call', 'summit'] }));
    expect(result.searchPending).toBe(true);
    expect(idsOf(index, result.matched)).toEqual(['call', 'summit']);
    expect(result.count).toBe(2);
  });

  it('is not pending when there is nothing to search for', () => {
    expect(applyFilters(index, null, filters({ query: '  ' })).searchPending).toBe(false);
    expect(applyFilters(index, null, NO_FILTERS).searchPending).toBe(false);
  });

  it('is not pending once the search index is there', () => {
    expect(applyFilters(index, search, filters({ query: 'phone' })).searchPending).toBe(false);
  });
});

describe('applyFilters: facet counts', () => {
  const count = (values: readonly string[], counts: Uint32Array) =>
    Object.fromEntries(values.map((value, i) => [value, counts[i]]).filter(([, n]) => n !== 0));
  const actorIds = index.actors.map((actor) => actor.id);

  it('with no filters, counts every event under each value', () => {
    const { facetCounts } = applyFilters(index, search, NO_FILTERS);
    expect(count(actorIds, facetCounts.actors)).toEqual({ biden: 2, zelensky: 2, putin: 2, erdogan: 1, cavusoglu: 1 });
    expect(count(EVENT_TYPES, facetCounts.types)).toEqual({
      call: 1,
      'troop-report': 1,
      summit: 1,
      statement: 1,
      meeting: 1,
      'media-report': 1,
    });
    expect(count(EVENT_STATUSES, facetCounts.statuses)).toEqual({
      occurred: 3,
      scheduled: 1,
      expected: 1,
      forecast: 1,
    });
    // An event quoting two kinds of source counts under both.
    expect(count(SOURCE_KINDS, facetCounts.kinds)).toEqual({ 'live-blog': 3, 'state-media': 2, 'viral-aggregator': 2 });
  });

  it('counts a facet that alone is ticked over every event, as with no filters', () => {
    const all = applyFilters(index, search, NO_FILTERS);
    const putin = applyFilters(index, search, filters({ actors: ['putin'] }));
    expect(putin.facetCounts.actors).toEqual(all.facetCounts.actors);
    expect(putin.facetCounts.sources).not.toEqual(all.facetCounts.sources);
    const disputed = applyFilters(index, search, filters({ disputedOnly: true }));
    expect(disputed.onlyCounts.disputed).toBe(all.onlyCounts.disputed);
    expect(disputed.facetCounts.types).not.toEqual(all.facetCounts.types);
    expect(all.count).toBe(index.count);
    expect(idsOf(index, all.matched)).toHaveLength(index.count);
  });

  it('counts each facet under the other criteria, not its own', () => {
    const result = applyFilters(index, search, filters({ actors: ['putin'], types: ['summit'] }));
    expect(idsOf(index, result.matched)).toEqual(['summit']);
    // Types are counted among Putin's events: ticking "troop-report" would add one.
    expect(count(EVENT_TYPES, result.facetCounts.types)).toEqual({ 'troop-report': 1, summit: 1 });
    // Actors are counted among summits.
    expect(count(actorIds, result.facetCounts.actors)).toEqual({ biden: 1, putin: 1 });
    // Other facets are counted under both criteria.
    expect(count(EVENT_STATUSES, result.facetCounts.statuses)).toEqual({ scheduled: 1 });
    expect(count(SOURCE_KINDS, result.facetCounts.kinds)).toEqual({ 'live-blog': 1, 'state-media': 1 });
  });

  it('counts facets under the date range and the query too', () => {
    const result = applyFilters(index, search, filters({ from: '2022-02-01', query: 'kyiv', statuses: ['occurred'] }));
    expect(idsOf(index, result.matched)).toEqual(['mediation']);
    expect(count(EVENT_STATUSES, result.facetCounts.statuses)).toEqual({ occurred: 1, expected: 1 });
    expect(count(actorIds, result.facetCounts.actors)).toEqual({ erdogan: 1 });
  });

  it('each facet count array has one entry per possible value', () => {
    const { facetCounts } = applyFilters(index, search, NO_FILTERS);
    expect(facetCounts.actors).toHaveLength(index.actors.length);
    expect(facetCounts.types).toHaveLength(EVENT_TYPES.length);
    expect(facetCounts.statuses).toHaveLength(EVENT_STATUSES.length);
    expect(facetCounts.kinds).toHaveLength(SOURCE_KINDS.length);
  });

  it('counts actors under "all" as the events that ticking one more would leave', () => {
    const others = { types: ['call', 'summit', 'meeting'] as Filters['types'] };
    for (const checked of [[], ['biden'], ['zelensky'], ['biden', 'putin'], ['zelensky', 'cavusoglu']]) {
      const result = applyFilters(index, search, filters({ ...others, actors: checked, actorMatch: 'all' }));
      const expected = actorIds.map(
        (id) => matching({ ...others, actors: [...new Set([...checked, id])], actorMatch: 'all' }).length,
      );
      expect([...result.facetCounts.actors], `ticked: ${checked.join(', ')}`).toEqual(expected);
    }
    // Other facets are counted under the actors' "all" too.
    const both = applyFilters(index, search, filters({ actors: ['biden', 'zelensky'], actorMatch: 'all' }));
    expect(count(EVENT_TYPES, both.facetCounts.types)).toEqual({ call: 1 });
  });

  it('the count of a checked value equals the number of matches it contributes', () => {
    const result = applyFilters(index, search, filters({ statuses: ['occurred'] }));
    expect(result.facetCounts.statuses[EVENT_STATUSES.indexOf('occurred')]).toBe(result.count);
    expect(sorted(idsOf(index, result.matched))).toEqual(['call', 'mediation', 'troops']);
  });
});

describe('applyFilters: sources, disputed and single-source events', () => {
  // Four events: contested claims, claims that nobody contests, the legacy stance, and nothing.
  const claimsIndex = indexOf({
    sources: [{ id: 'cnn' }, { id: 'sputnik' }, { id: 'unilad' }],
    events: [
      {
        id: 'contested',
        start: '2022-01-27',
        claims: claimsOf({ 'went-badly': 'The call did not go well', aid: 'No more military help was offered' }),
        excerpts: [
          excerpt('cnn', 'It did not go well.', { 'went-badly': 'asserts' }),
          excerpt('sputnik', 'It went well.', { 'went-badly': 'disputes' }),
          excerpt('cnn', 'No more help.', { aid: 'asserts' }),
        ],
      },
      {
        id: 'agreed',
        start: '2022-01-28',
        claims: claimsOf({ met: 'They met' }),
        excerpts: [
          excerpt('cnn', 'They met.', { met: 'asserts' }),
          excerpt('unilad', 'They met, too.', { met: 'asserts' }),
          // The legacy stance is not read once an event has claims: the claims say what is disputed.
          { source: 'unilad', quote: 'An aside.', stance: 'disputes' },
        ],
      },
      {
        id: 'legacy',
        start: '2022-01-29',
        excerpts: [['sputnik', 'A denial.'], { source: 'sputnik', quote: 'Not so.', stance: 'disputes' }],
      },
      { id: 'plain', start: '2022-01-30', excerpts: [['unilad', 'It happened.']] },
    ],
  });
  const claimsSearch = searchIndexOf(claimsIndex);
  const run = (changes: Partial<Filters>) => applyFilters(claimsIndex, claimsSearch, filters(changes));
  const ids = (changes: Partial<Filters>) => idsOf(claimsIndex, run(changes).matched);

  it('"disputed only" keeps events with a contested claim, or (without claims) a disputing excerpt', () => {
    expect(ids({ disputedOnly: true })).toEqual(['contested', 'legacy']);
  });

  it('"disputed only" counts what it would show under the other criteria', () => {
    expect(run({}).onlyCounts.disputed).toBe(2);
    expect(run({ sources: ['cnn'] }).onlyCounts.disputed).toBe(1);
    // Its own box does not change its count.
    expect(run({ disputedOnly: true }).onlyCounts.disputed).toBe(2);
  });

  it('sources: the events that any checked source quotes (OR)', () => {
    expect(ids({ sources: ['sputnik'] })).toEqual(['contested', 'legacy']);
    expect(ids({ sources: ['sputnik', 'unilad'] })).toEqual(['contested', 'agreed', 'legacy', 'plain']);
    expect(ids({ sources: ['nobody'] })).toEqual([]);
  });

  it('"single source only" keeps events that exactly one source reported, however often it is quoted', () => {
    expect(ids({ singleSourceOnly: true })).toEqual(['legacy', 'plain']);
    expect(ids({ singleSourceOnly: true, sources: ['sputnik'] })).toEqual(['legacy']);
    expect(run({ sources: ['unilad'] }).onlyCounts.singleSource).toBe(1);
  });

  it('counts sources under the other criteria, each event once per source', () => {
    const counts = (changes: Partial<Filters>) => Array.from(run(changes).facetCounts.sources);
    expect(counts({})).toEqual([2, 2, 2]);
    expect(counts({ disputedOnly: true })).toEqual([1, 2, 0]);
    expect(counts({ sources: ['cnn'] })).toEqual([2, 2, 2]);
  });
});

describe('relaxations', () => {
  it('says, for each filter in force, how many events the others let through, most first', () => {
    const changes = { actors: ['putin'], query: 'kyiv', types: ['troop-report' as const] };
    expect(matching(changes)).toEqual([]);
    expect(relaxations(index, search, filters(changes))).toEqual([
      // Without the search: Putin's troop report. Without the type or the actor: nothing.
      { criterion: 'query', count: 1 },
      { criterion: 'actors', count: 0 },
      { criterion: 'types', count: 0 },
    ]);
  });

  it('counts every event when dropping the only filter', () => {
    expect(relaxations(index, search, filters({ query: 'nonsense' }))).toEqual([
      { criterion: 'query', count: index.count },
    ]);
    expect(relaxations(index, search, NO_FILTERS)).toEqual([]);
  });
});
