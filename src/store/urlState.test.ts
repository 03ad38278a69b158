import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../dataset/dates';
import { EVENT_STATUSES, EVENT_TYPES, SOURCE_KINDS } from '../dataset/vocabulary';
import { NO_FILTERS } from '../engine/filter';
import { GROUPINGS } from '../engine/lanes';
import { ZONE_MODES } from '../format/dates';
import { decodeUrlState, DEFAULT_URL_STATE, encodeUrlState, refusedDataLink, type UrlState } from './urlState';

const state = (
  changes: Partial<Omit<UrlState, 'filters'>> & { filters?: Partial<UrlState['filters']> } = {},
): UrlState => ({
  ...DEFAULT_URL_STATE,
  ...changes,
  filters: { ...NO_FILTERS, ...changes.filters },
});
const roundTrip = (s: UrlState) => decodeUrlState(encodeUrlState(s));

const FULL: UrlState = {
  data: 'https://example.com/d.json',
  filters: {
    actors: ['putin', 'biden'],
    actorMatch: 'all',
    types: ['call', 'summit'],
    statuses: ['occurred'],
    kinds: ['state-media'],
    sources: ['cnn-live-2022-01-27', 'sputnik-2022-01-28'],
    disputedOnly: true,
    singleSourceOnly: true,
    from: '2022-01-01',
    to: '2022-02-28',
    query: 'troops border',
  },
  event: '2022-01-27-biden-zelensky-call',
  grouping: 'source',
  window: { start: Date.UTC(2022, 0, 27), end: Date.UTC(2022, 0, 28, 12, 30) },
  zone: 'utc',
  embed: true,
  curate: null,
  controls: false,
};

describe('encodeUrlState', () => {
  it('encodes the default state as nothing at all', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('writes readable parameters in a fixed order', () => {
    expect(encodeUrlState({ ...FULL, data: null })).toBe(
      'actor=putin,biden&actor-match=all&type=call,summit&status=occurred&kind=state-media' +
        '&source=cnn-live-2022-01-27,sputnik-2022-01-28&only=disputed,single-source&from=2022-01-01&to=2022-02-28' +
        '&q=troops+border&event=2022-01-27-biden-zelensky-call&lanes=source&start=2022-01-27T00:00Z&end=2022-01-28T12:30Z&tz=utc&embed=1&controls=0',
    );
  });

  it('leaves commas and colons unescaped', () => {
    expect(encodeUrlState(state({ filters: { actors: ['putin', 'biden'] } }))).toBe('actor=putin,biden');
    expect(encodeUrlState(state({ event: 'src:2022-01-27' }))).toBe('event=src:2022-01-27');
    expect(encodeUrlState(state({ filters: { query: 'a, b: c' } }))).toBe('q=a,+b:+c');
  });

  it('writes a dataset URL as itself, slashes and all', () => {
    expect(encodeUrlState(state({ data: 'https://example.com/data/d.json' }))).toBe(
      'data=https://example.com/data/d.json',
    );
    expect(encodeUrlState(state({ data: '/datasets/other.json' }))).toBe('data=/datasets/other.json');
  });

  it('escapes what would break the query string', () => {
    const encoded = encodeUrlState(state({ filters: { query: 'a&b=c#d+e%2C' } }));
    expect(encoded).toBe('q=a%26b%3Dc%23d%2Be%252C');
    expect(decodeUrlState(encoded).filters.query).toBe('a&b=c#d+e%2C');
  });

  it('omits a blank query, the default lanes and the default zone', () => {
    expect(encodeUrlState(state({ filters: { query: '   ' }, grouping: 'side', zone: 'event' }))).toBe('');
  });

  it('rounds the window to whole minutes', () => {
    const encoded = encodeUrlState(
      state({ window: { start: Date.UTC(2022, 0, 27, 10, 0, 29), end: Date.UTC(2022, 0, 27, 11, 0, 31) } }),
    );
    expect(encoded).toBe('start=2022-01-27T10:00Z&end=2022-01-27T11:01Z');
  });
});

describe('decodeUrlState', () => {
  it('reads every parameter', () => {
    expect(decodeUrlState(encodeUrlState(FULL))).toEqual(FULL);
  });

  it('accepts a leading "?"', () => {
    expect(decodeUrlState('?actor=putin&lanes=none')).toEqual(
      state({ filters: { actors: ['putin'] }, grouping: 'none' }),
    );
  });

  it('gives the default state for an empty string', () => {
    expect(decodeUrlState('')).toEqual(DEFAULT_URL_STATE);
    expect(decodeUrlState('?')).toEqual(DEFAULT_URL_STATE);
  });

  it('ignores unknown parameters and keeps the rest', () => {
    expect(decodeUrlState('utm_source=x&actor=putin&foo=bar&tz=local')).toEqual(
      state({ filters: { actors: ['putin'] }, zone: 'local' }),
    );
  });

  it('reads the "only" checkboxes by name, in any order, ignoring names it does not know', () => {
    expect(decodeUrlState('only=disputed').filters).toMatchObject({ disputedOnly: true, singleSourceOnly: false });
    expect(decodeUrlState('only=single-source').filters).toMatchObject({ disputedOnly: false, singleSourceOnly: true });
    expect(decodeUrlState('only=single-source,disputed,nonsense').filters).toMatchObject({
      disputedOnly: true,
      singleSourceOnly: true,
    });
    expect(decodeUrlState('only=true&only=1').filters).toMatchObject({ disputedOnly: false, singleSourceOnly: false });
    expect(encodeUrlState(state({ filters: { disputedOnly: true } }))).toBe('only=disputed');
  });

  it('reads "all of the actors" as actor-match=all, and anything else as the default, any', () => {
    expect(decodeUrlState('actor=putin,biden&actor-match=all').filters).toMatchObject({ actorMatch: 'all' });
    expect(decodeUrlState('actor=putin,biden&actor-match=any').filters).toMatchObject({ actorMatch: 'any' });
    expect(decodeUrlState('actor=putin,biden&actor-match=ALL').filters).toMatchObject({ actorMatch: 'any' });
    expect(encodeUrlState(state({ filters: { actors: ['putin', 'biden'], actorMatch: 'all' } }))).toBe(
      'actor=putin,biden&actor-match=all',
    );
    expect(encodeUrlState(state({ filters: { actors: ['putin', 'biden'], actorMatch: 'any' } }))).toBe(
      'actor=putin,biden',
    );
  });

  it('reads sources as ids, like actors', () => {
    expect(decodeUrlState('source=cnn,<b>,cnn,sputnik').filters.sources).toEqual(['cnn', 'sputnik']);
    expect(encodeUrlState(state({ filters: { sources: ['cnn', 'sputnik'] } }))).toBe('source=cnn,sputnik');
  });

  it('reads the by-source lanes', () => {
    expect(decodeUrlState('lanes=source').grouping).toBe('source');
    expect(encodeUrlState(state({ grouping: 'source' }))).toBe('lanes=source');
  });

  it('trims list items, drops empty ones and duplicates', () => {
    expect(decodeUrlState('actor=putin,,%20biden%20,putin,').filters.actors).toEqual(['putin', 'biden']);
  });

  it('drops ids that are not ids (spaces, leading punctuation, markup)', () => {
    expect(decodeUrlState('actor=putin,bad%20id,-x,<script>,ok.id:1').filters.actors).toEqual(['putin', 'ok.id:1']);
    expect(decodeUrlState('event=a%20b').event).toBeNull();
    expect(decodeUrlState('event=a,b').event).toBeNull();
    expect(decodeUrlState('event=').event).toBeNull();
    expect(decodeUrlState('event=2022-01-27-call').event).toBe('2022-01-27-call');
  });

  it('drops values outside the vocabularies', () => {
    const decoded = decodeUrlState('type=call,phone,summit&status=OCCURRED,forecast&kind=blog&lanes=bogus&tz=mars');
    expect(decoded.filters.types).toEqual(['call', 'summit']);
    expect(decoded.filters.statuses).toEqual(['forecast']);
    expect(decoded.filters.kinds).toEqual([]);
    expect(decoded.grouping).toBe('side');
    expect(decoded.zone).toBe('event');
  });

  it.each(['2022-02-30', '2022-13-01', '2022-2-3', '2022-02', '2022', '2022-01-27T00:00Z', 'yesterday', ''])(
    'ignores the malformed day from=%s',
    (day) => {
      expect(decodeUrlState(`from=${day}&to=2022-03-01`).filters).toEqual({ ...NO_FILTERS, to: '2022-03-01' });
      expect(decodeUrlState(`to=${day}`).filters.to).toBeNull();
    },
  );

  it('drops the end of a reversed date range, keeping its start', () => {
    expect(decodeUrlState('from=2022-02-10&to=2022-02-01').filters).toMatchObject({ from: '2022-02-10', to: null });
    expect(decodeUrlState('from=2022-02-10&to=2022-02-10').filters).toMatchObject({
      from: '2022-02-10',
      to: '2022-02-10',
    });
  });

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['data:application/json,{}'],
    ['//evil.com/x.json'],
    ['/\\evil.com/x.json'],
    ['/\t/evil.com/x.json'],
    ['ftp://example.com/x.json'],
    ['https://exa mple.com/x.json'],
    // A relative path may not hold a colon: "evil.com:80/x" and "javascript:" would read as schemes.
    ['evil.com:80/x.json'],
    ['data/x:y.json'],
    ['?data=x.json'],
    ['#x.json'],
    [''],
  ])('ignores the dataset location %j (only a same-origin path or an http(s) URL)', (data) => {
    // A browser resolves "/\\host" and "/<tab>/host" like "//host": another origin dressed as a path.
    expect(decodeUrlState(`data=${encodeURIComponent(data)}`).data).toBeNull();
    // …and says so, except for an empty one, which names nothing.
    expect(refusedDataLink(`?embed=1&data=${encodeURIComponent(data)}`)).toBe(data || null);
  });

  it.each([
    ['/data/other.json'],
    ['https://example.com/d.json'],
    ['http://localhost:8080/d.json?v=2'],
    // Relative to the page, for a site served from a sub-path (/timelines/crisis/?data=events.json).
    ['x.json'],
    ['data/events.json'],
    ['../shared/events.json'],
  ])('accepts the dataset location %s', (data) => {
    expect(decodeUrlState(`data=${encodeURIComponent(data)}`).data).toBe(data);
    expect(refusedDataLink(`data=${encodeURIComponent(data)}`)).toBeNull();
  });

  it('reads a window only when both ends are valid and the end is after the start', () => {
    const ok = decodeUrlState('start=2022-01-27T00:00Z&end=2022-01-28T00:00Z').window;
    expect(ok).toEqual({ start: Date.UTC(2022, 0, 27), end: Date.UTC(2022, 0, 28) });
    expect(decodeUrlState('start=2022-01-27T00:00:30.5Z&end=2022-01-28T00:00Z').window?.start).toBe(
      Date.UTC(2022, 0, 27, 0, 0, 30, 500),
    );
    for (const bad of [
      'start=2022-01-27T00:00Z',
      'end=2022-01-28T00:00Z',
      'start=2022-01-28T00:00Z&end=2022-01-27T00:00Z',
      'start=2022-01-27T00:00Z&end=2022-01-27T00:00Z',
      'start=2022-01-27T00:00&end=2022-01-28T00:00',
      'start=2022-01-27T00:00%2B02:00&end=2022-01-28T00:00Z',
      'start=1643241600000&end=1643328000000',
      'start=2022-02-30T00:00Z&end=2022-03-01T00:00Z',
      'start=2022-01-27T25:00Z&end=2022-01-28T00:00Z',
      'start=%2B275760-09-13T00:00Z&end=%2B275760-09-13T00:01Z',
    ]) {
      expect(decodeUrlState(bad).window, bad).toBeNull();
    }
  });

  it('cuts a huge query to 500 characters and survives huge lists', () => {
    expect(decodeUrlState(`q=${'x'.repeat(100_000)}`).filters.query).toBe('x'.repeat(500));
    const many = Array.from({ length: 20_000 }, (_, i) => `actor${i}`).join(',');
    expect(decodeUrlState(`actor=${many}`).filters.actors).toHaveLength(20_000);
  });

  it('never cuts a query in the middle of a character', () => {
    const query = decodeUrlState(`q=${encodeURIComponent(`${'a'.repeat(499)}😀`)}`).filters.query;
    expect(query.length).toBeLessThanOrEqual(500);
    expect(hasLoneSurrogate(query)).toBe(false);
  });

  it.each(['%E0%A4%A', 'q=%E0%A4%A', '%', '%%%', 'q=%', 'actor=%ZZ', '&&&==&', '=x', 'q=%C0%AF', 'a=%uD800'])(
    'does not throw on the garbage %j',
    (garbage) => {
      expect(() => decodeUrlState(garbage)).not.toThrow();
      expect(isWellFormedState(decodeUrlState(garbage))).toBe(true);
    },
  );

  it('replaces undecodable bytes in a query rather than failing', () => {
    expect(decodeUrlState('q=%E0%A4%A').filters.query).toBe('\ufffd%A');
  });

  it('combines a repeated list parameter, as if written with commas', () => {
    expect(decodeUrlState('actor=putin&actor=biden').filters.actors).toEqual(['putin', 'biden']);
    expect(decodeUrlState('type=call&type=call,briefing').filters.types).toEqual(['call', 'briefing']);
  });
});

describe('the curation view', () => {
  it('opens with ?curate, names a draft with a valid id, and never in the embedded layout', () => {
    expect(decodeUrlState('curate').curate).toBe('');
    expect(decodeUrlState('curate=draft-1').curate).toBe('draft-1');
    expect(decodeUrlState('curate=<script>').curate).toBe('');
    expect(decodeUrlState('').curate).toBeNull();
    expect(decodeUrlState('curate=draft-1&embed=1').curate).toBeNull();
    expect(encodeUrlState(state({ embed: true, curate: 'draft-1' }))).toBe('embed=1');
  });
});

describe('round trip', () => {
  it.each<[string, UrlState]>([
    ['the default state', DEFAULT_URL_STATE],
    ['every parameter', FULL],
    ['a same-origin dataset path', state({ data: '/data/other.json' })],
    ['a dataset path relative to the page', state({ data: 'data/other.json' })],
    ['the embedded layout', state({ embed: true, event: 'e1' })],
    ['the curation view', state({ curate: '' })],
    ['the curation view with a draft', state({ curate: 'draft-abc123' })],
    ['an embed without its controls', state({ embed: true, controls: false })],
    ['a dataset URL with a query string and commas', state({ data: 'https://example.com/a,b.json?x=1&y=2' })],
    ['ids with colons and dots', state({ filters: { actors: ['a:b', 'c.d', 'e_f-1'] }, event: 'x:y.z' })],
    ['a query with punctuation and accents', state({ filters: { query: 'Erdoğan, "mediation" & 100% — ok?' } })],
    ['a from without a to', state({ filters: { from: '2022-01-27' } })],
    ['a to without a from', state({ filters: { to: '2022-01-27' } })],
    ['a one-day range', state({ filters: { from: '2024-02-29', to: '2024-02-29' } })],
    ['every lane grouping', state({ grouping: 'none' })],
    ['the by-source lanes', state({ grouping: 'source' })],
    ['the disputed filter alone', state({ filters: { disputedOnly: true } })],
    ['one source, only its own events', state({ filters: { sources: ['cnn'], singleSourceOnly: true } })],
    ['a local zone', state({ zone: 'local' })],
    ['a window over the year 1066', state({ window: { start: Date.UTC(1066, 9, 14), end: Date.UTC(1066, 9, 15) } })],
    [
      'a window over the Ides of March, 44 BC (-000043 in ISO 8601), and a date filter then',
      state({
        window: { start: Date.UTC(-43, 2, 15), end: Date.UTC(-43, 2, 16) },
        filters: { ...NO_FILTERS, from: '-000043-03-01', to: '-000043-03-31' },
      }),
    ],
    [
      'all the types',
      state({ filters: { types: [...EVENT_TYPES], statuses: [...EVENT_STATUSES], kinds: [...SOURCE_KINDS] } }),
    ],
  ])('keeps %s', (_, s) => {
    expect(roundTrip(s)).toEqual(s);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const isDay = (value: string | null) =>
  value === null || (/^\d{4}-\d{2}-\d{2}$/.test(value) && parsePartialDate(value).ok);

/** What every decoded state must satisfy, whatever the input. */
function isWellFormedState(s: UrlState): boolean {
  const { filters } = s;
  return (
    (s.data === null ||
      (s.data.startsWith('/') && !s.data.startsWith('//')) ||
      /^https?:\/\/\S+$/i.test(s.data) ||
      /^[^/:?#\s\\][^:\s\\]*$/.test(s.data)) &&
    typeof s.embed === 'boolean' &&
    typeof s.controls === 'boolean' &&
    filters.actors.every((id) => ID.test(id)) &&
    (filters.actorMatch === 'any' || filters.actorMatch === 'all') &&
    new Set(filters.actors).size === filters.actors.length &&
    filters.types.every((t) => EVENT_TYPES.includes(t)) &&
    filters.statuses.every((t) => EVENT_STATUSES.includes(t)) &&
    filters.kinds.every((t) => SOURCE_KINDS.includes(t)) &&
    filters.sources.every((id) => ID.test(id)) &&
    new Set(filters.sources).size === filters.sources.length &&
    typeof filters.disputedOnly === 'boolean' &&
    typeof filters.singleSourceOnly === 'boolean' &&
    isDay(filters.from) &&
    isDay(filters.to) &&
    !(filters.from !== null && filters.to !== null && filters.to < filters.from) &&
    typeof filters.query === 'string' &&
    filters.query.length <= 500 &&
    (s.event === null || ID.test(s.event)) &&
    GROUPINGS.includes(s.grouping) &&
    ZONE_MODES.includes(s.zone) &&
    (s.window === null ||
      (Number.isFinite(s.window.start) && Number.isFinite(s.window.end) && s.window.end > s.window.start))
  );
}

const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,15}$/);
const MINUTE = 60_000;
const dayArb = fc
  .integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const dateRangeArb = fc.oneof(
  fc.constant<[string | null, string | null]>([null, null]),
  dayArb.map((d): [string | null, string | null] => [d, null]),
  dayArb.map((d): [string | null, string | null] => [null, d]),
  fc.tuple(dayArb, dayArb).map(([a, b]): [string | null, string | null] => (a <= b ? [a, b] : [b, a])),
);
const windowArb = fc.option(
  fc
    .tuple(
      fc.integer({ min: Date.UTC(1000, 0, 1) / MINUTE, max: Date.UTC(9999, 11, 30) / MINUTE }),
      fc.integer({ min: 1, max: 10 * 365 * 24 * 60 }),
    )
    .map(([start, length]) => ({
      start: start * MINUTE,
      end: Math.min(start + length, Date.UTC(9999, 11, 31) / MINUTE) * MINUTE,
    })),
);
const pathArb = fc.stringMatching(/^\/[A-Za-z0-9._~-][A-Za-z0-9._~/,:@!$'()*+;=%-]{0,30}$/);
const relativePathArb = fc.stringMatching(/^[A-Za-z0-9._~-][A-Za-z0-9._~/,@!$'()*+;=%-]{0,30}$/);
const urlArb = fc
  .tuple(
    fc.constantFrom('http', 'https', 'HTTPS'),
    fc.domain(),
    fc.stringMatching(/^[A-Za-z0-9._~/,:@!$'()*+;=?&%-]{0,30}$/),
  )
  .map(([scheme, host, rest]) => `${scheme}://${host}/${rest}`);
const queryArb = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((q) => q.trim() !== '' && q.length <= 500),
);

const validStateArb: fc.Arbitrary<UrlState> = fc
  .record({
    data: fc.oneof(fc.constant(null), pathArb, relativePathArb, urlArb),
    actors: fc.uniqueArray(idArb, { maxLength: 6 }),
    actorMatch: fc.constantFrom('any' as const, 'all' as const),
    types: fc.subarray([...EVENT_TYPES]),
    statuses: fc.subarray([...EVENT_STATUSES]),
    kinds: fc.subarray([...SOURCE_KINDS]),
    sources: fc.uniqueArray(idArb, { maxLength: 4 }),
    disputedOnly: fc.boolean(),
    singleSourceOnly: fc.boolean(),
    dates: dateRangeArb,
    query: queryArb,
    event: fc.option(idArb),
    grouping: fc.constantFrom(...GROUPINGS),
    window: windowArb,
    zone: fc.constantFrom(...ZONE_MODES),
    embed: fc.boolean(),
    controls: fc.boolean(),
  })
  .map(
    ({
      data,
      actors,
      actorMatch,
      types,
      statuses,
      kinds,
      sources,
      disputedOnly,
      singleSourceOnly,
      dates: [from, to],
      query,
      event,
      grouping,
      window,
      zone,
      embed,
      controls,
    }) => ({
      data,
      filters: { actors, actorMatch, types, statuses, kinds, sources, disputedOnly, singleSourceOnly, from, to, query },
      event,
      grouping,
      window,
      zone,
      embed,
      curate: null,
      controls,
    }),
  );

/** Strings built from the pieces a query string is made of, so that near-misses are common. */
const queryishArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'data=',
        'actor=',
        'actor-match=',
        'all',
        'type=',
        'status=',
        'kind=',
        'source=',
        'only=',
        'disputed',
        'single-source',
        'from=',
        'to=',
        'q=',
        'event=',
        'lanes=',
        'start=',
        'end=',
        'tz=',
        '&',
        '=',
        ',',
        '?',
        '#',
        '%',
        '%2C',
        '%E0%A4%A',
        '%ZZ',
        '+',
        ' ',
        '//',
        '/',
        '\\',
        ':',
        'call',
        'putin',
        '2022-01-27',
        '2022-02-30',
        '2022-01-27T00:00Z',
        'javascript:',
        'https://',
        '\ud800',
        '😀',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('properties (fast-check)', () => {
  it('decoding never throws, and always gives a well-formed state', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), queryishArb),
        (input) => {
          const decoded = decodeUrlState(input);
          expect(isWellFormedState(decoded)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('decode(encode(state)) is the state, for every valid state', () => {
    fc.assert(
      fc.property(validStateArb, (s) => {
        expect(roundTrip(s)).toEqual(s);
      }),
      { numRuns: 1000 },
    );
  });

  it('encoding is stable: encode(decode(encode(state))) is encode(state)', () => {
    fc.assert(
      fc.property(validStateArb, (s) => {
        const once = encodeUrlState(s);
        expect(encodeUrlState(decodeUrlState(once))).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('what decoding keeps from any input survives a round trip', () => {
    fc.assert(
      fc.property(queryishArb, (input) => {
        const decoded = decodeUrlState(input);
        if (decoded.filters.query.trim() === '') return; // a blank query is not written back
        expect(roundTrip(decoded)).toEqual(decoded);
      }),
      { numRuns: 1000 },
    );
  });
});
