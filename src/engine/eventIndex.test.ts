import { describe, expect, it } from 'vitest';
import {
  actorEventOrdinals,
  candidateRange,
  datasetOf,
  endDateOf,
  eventAt,
  idOf,
  incomingLinksOf,
  openIndex,
  startDateOf,
  timeZoneOf,
  titleOf,
  type EventIndex,
  eventActorOrdinals,
  eventSideOrdinals,
  isDisputed,
  kindsOf,
  lowerBoundStart,
  PRECISIONS,
  statusOf,
  typeOf,
} from './eventIndex';
import { buildIndex, buildIndexColumns, transferablesOf } from './buildIndex';
import {
  actorsOn,
  dataset,
  indexOf,
  pick,
  prng,
  sourcesByKind,
  startingOn,
  utc,
  type EventSpec,
} from './testing.test-utils';

const ids = (index: EventIndex) => Array.from({ length: index.count }, (_, ordinal) => idOf(index, ordinal));

describe('chronological order', () => {
  it('orders events by where they begin, whatever their order in the file', () => {
    const index = indexOf({
      events: startingOn({ c: '2022-02-10', a: '2021-12-30', b: '2022-01-27' }),
    });
    expect(ids(index)).toEqual(['a', 'b', 'c']);
    expect(Array.from(index.order)).toEqual([1, 2, 0]);
    expect(index.eventOrdinal.get('a')).toBe(0);
    expect(index.eventOrdinal.get('c')).toBe(2);
  });

  it('orders an instant by its absolute time, not its wall clock', () => {
    // 23:00 in New York on the 27th is 04:00 UTC on the 28th; 01:00 in Kyiv on the 28th is 23:00 UTC on the 27th.
    const index = indexOf({
      events: [
        { id: 'new-york', start: '2022-01-27T23:00-05:00', timeZone: 'America/New_York' },
        { id: 'kyiv', start: '2022-01-28T01:00+02:00', timeZone: 'Europe/Kyiv' },
      ],
    });
    expect(ids(index)).toEqual(['kyiv', 'new-york']);
  });

  it('breaks a tie of start by end (shorter first), then by id', () => {
    const index = indexOf({
      events: [
        ...startingOn({
          year: '2022',
          month: '2022-01',
          'z-day': '2022-01-01',
          'a-day': '2022-01-01',
          'B-day': '2022-01-01',
        }),
        { id: 'two-days', start: '2022-01-01', end: '2022-01-02' },
      ],
    });
    expect(ids(index)).toEqual(['B-day', 'a-day', 'z-day', 'two-days', 'month', 'year']);
  });

  it('is the same whatever the order of the events in the file', () => {
    const events: EventSpec[] = [
      { id: 'e1', start: '2022-01' },
      { id: 'e2', start: '2022-01-01' },
      { id: 'e3', start: '2022-01-01' },
      { id: 'e4', start: '2021-12-31T23:30-01:00', timeZone: 'Atlantic/Azores' },
      { id: 'e5', start: '2022' },
    ];
    const forward = ids(indexOf({ events }));
    const backward = ids(indexOf({ events: [...events].reverse() }));
    expect(backward).toEqual(forward);
    // e4 is 00:30 UTC on 1 January: after everything that begins at midnight.
    expect(forward).toEqual(['e2', 'e3', 'e1', 'e5', 'e4']);
  });
});

describe('startKey / endKey', () => {
  const index = indexOf({
    events: [
      ...startingOn({ year: '2020', month: '2021-02', day: '2021-06-15' }),
      { id: 'timed', start: '2021-12-30T15:30-05:00', timeZone: 'America/New_York' },
      { id: 'timed-s', start: '2021-12-31T10:00:30Z', timeZone: 'UTC' },
      { id: 'span', start: '2022-01-24', end: '2022-01-28' },
      {
        id: 'timed-span',
        start: '2022-02-01T10:00-05:00',
        end: '2022-02-01T12:30-05:00',
        timeZone: 'America/New_York',
      },
      { id: 'day-to-month', start: '2022-03-27', end: '2022-04' },
    ],
  });
  const keys = (id: string) => {
    const i = index.eventOrdinal.get(id)!;
    return [index.startKey[i], index.endKey[i]];
  };

  it('spans a year-precision event over its whole year on the UTC calendar', () => {
    expect(keys('year')).toEqual([utc(2020), utc(2021)]);
  });

  it('spans a month-precision event over its whole month (never "1 February")', () => {
    expect(keys('month')).toEqual([utc(2021, 2), utc(2021, 3)]);
  });

  it('spans a day over that calendar day', () => {
    expect(keys('day')).toEqual([utc(2021, 6, 15), utc(2021, 6, 16)]);
  });

  it('places a timed event at its instant, with no meaningful length', () => {
    // Whether an instant ends where it starts or a millisecond later is the index's own business;
    // it must begin at the instant and take up less than the finest bin (a minute).
    const [start, end] = keys('timed');
    expect(start).toBe(utc(2021, 12, 30, 20, 30));
    expect(end! - start!).toBeGreaterThanOrEqual(0);
    expect(end! - start!).toBeLessThan(60_000);
    expect(keys('timed-s')[0]).toBe(utc(2021, 12, 31, 10, 0) + 30_000);
  });

  it('ends an event with an end at the end of its end date (inclusive end day)', () => {
    expect(keys('span')).toEqual([utc(2022, 1, 24), utc(2022, 1, 29)]);
    expect(keys('timed-span')).toEqual([utc(2022, 2, 1, 15), utc(2022, 2, 1, 17, 30)]);
    expect(keys('day-to-month')).toEqual([utc(2022, 3, 27), utc(2022, 5, 1)]);
  });

  it('records the precision of each start', () => {
    const precision = (id: string) => PRECISIONS[index.precisionCode[index.eventOrdinal.get(id)!]!];
    expect(precision('year')).toBe('year');
    expect(precision('month')).toBe('month');
    expect(precision('day')).toBe('day');
    expect(precision('timed')).toBe('minute');
    expect(precision('timed-s')).toBe('second');
  });

  it('keeps the parsed dates by ordinal', () => {
    const i = index.eventOrdinal.get('span')!;
    expect(startDateOf(index, i).text).toBe('2022-01-24');
    expect(startDateOf(index, i).precision).toBe('day');
    expect(endDateOf(index, i)!.text).toBe('2022-01-28');
    expect(endDateOf(index, index.eventOrdinal.get('day')!)).toBeUndefined();
  });

  it('never lets an end come before its start', () => {
    for (let i = 0; i < index.count; i++) expect(index.endKey[i]).toBeGreaterThanOrEqual(index.startKey[i]!);
  });

  it('an instant that is late on its own calendar day but ends on it is not given a negative length', () => {
    // Valid: the end day "2022-01-27" is the start's own calendar day in New York; the instant is already the 28th in UTC.
    const late = indexOf({
      events: [{ id: 'late', start: '2022-01-27T23:00-05:00', end: '2022-01-27', timeZone: 'America/New_York' }],
    });
    expect(late.startKey[0]).toBe(utc(2022, 1, 28, 4));
    expect(late.endKey[0]).toBeGreaterThanOrEqual(late.startKey[0]!);
  });

  it('gives the span of the whole dataset, and none for an empty one', () => {
    expect(index.span).toEqual({ start: utc(2020), end: utc(2022, 5, 1) });
    expect(indexOf({ events: [] }).span).toBeNull();
    expect(indexOf({ events: [] }).count).toBe(0);
  });
});

describe('endKeyPrefixMax', () => {
  it('is the latest end among the ordinals up to each one', () => {
    const index = indexOf({
      events: [
        ...startingOn({ jan: '2022-01', 'jan-10': '2022-01-10', 'jan-20': '2022-01-20' }),
        { id: 'feb-long', start: '2022-01-25', end: '2022-03-05' },
        ...startingOn({ 'feb-02': '2022-02-02', apr: '2022-04-01' }),
      ],
    });
    expect(ids(index)).toEqual(['jan', 'jan-10', 'jan-20', 'feb-long', 'feb-02', 'apr']);
    expect(Array.from(index.endKeyPrefixMax)).toEqual([
      utc(2022, 2),
      utc(2022, 2),
      utc(2022, 2),
      utc(2022, 3, 6),
      utc(2022, 3, 6),
      utc(2022, 4, 2),
    ]);
  });
});

describe('actors and sides', () => {
  const index = indexOf({
    sides: [{ id: 'us' }, { id: 'ukraine' }, { id: 'russia' }],
    actors: actorsOn({ putin: 'russia', biden: 'us', zelensky: 'ukraine', blinken: 'us' }),
    events: [
      { id: 'summit', start: '2022-01-03', actors: ['putin', 'biden'] },
      { id: 'call', start: '2022-01-01', actors: ['zelensky', 'biden', 'biden'] },
      { id: 'briefing', start: '2022-01-02', actors: ['blinken', 'biden'] },
      { id: 'report', start: '2022-01-04', actors: [] },
      { id: 'talks', start: '2021-12-31', actors: ['biden'] },
    ],
  });
  const ordinal = (id: string) => index.eventOrdinal.get(id)!;
  const actorIds = (id: string) => Array.from(eventActorOrdinals(index, ordinal(id)), (a) => index.actors[a]!.id);
  const sideIds = (id: string) =>
    Array.from(eventSideOrdinals(index, ordinal(id)), (s) => index.sides[s]?.id ?? '(no side)');

  it('lists the actors of each event once, in the order the event names them', () => {
    expect(actorIds('call')).toEqual(['zelensky', 'biden']);
    expect(actorIds('summit')).toEqual(['putin', 'biden']);
    expect(actorIds('report')).toEqual([]);
  });

  it("lists each actor's events in ascending ordinal (chronological) order, each once", () => {
    const biden = index.actorOrdinal.get('biden')!;
    expect(Array.from(actorEventOrdinals(index, biden), (i) => idOf(index, i))).toEqual([
      'talks',
      'call',
      'briefing',
      'summit',
    ]);
    const events = Array.from(actorEventOrdinals(index, biden));
    expect(events).toEqual([...events].sort((a, b) => a - b));
    expect(Array.from(actorEventOrdinals(index, index.actorOrdinal.get('putin')!))).toEqual([ordinal('summit')]);
  });

  it('postings and rows are inverse of each other', () => {
    for (let a = 0; a < index.actors.length; a++) {
      for (const i of actorEventOrdinals(index, a)) expect(Array.from(eventActorOrdinals(index, i))).toContain(a);
    }
    for (let i = 0; i < index.count; i++) {
      for (const a of eventActorOrdinals(index, i)) expect(Array.from(actorEventOrdinals(index, a))).toContain(i);
    }
  });

  it("gives each event the sides of its actors once, in the dataset's order of sides", () => {
    expect(sideIds('summit')).toEqual(['us', 'russia']);
    expect(sideIds('call')).toEqual(['us', 'ukraine']);
    expect(sideIds('briefing')).toEqual(['us']);
  });

  it('puts an event with no actors on "no side" (ordinal sides.length)', () => {
    expect(Array.from(eventSideOrdinals(index, ordinal('report')))).toEqual([index.sides.length]);
  });
});

describe('facet codes', () => {
  const index = indexOf({
    sources: sourcesByKind({ cnn: 'live-blog', sputnik: 'state-media', unilad: 'viral-aggregator' }),
    events: [
      {
        id: 'a',
        start: '2022-01-01',
        type: 'call',
        status: 'occurred',
        excerpts: [
          ['sputnik', 'x'],
          ['cnn', 'y'],
        ],
      },
      {
        id: 'b',
        start: '2022-01-02',
        type: 'troop-report',
        status: 'forecast',
        excerpts: [
          { source: 'unilad', quote: 'z', stance: 'disputes' },
          { source: 'cnn', quote: 'w', stance: 'supports' },
        ],
      },
      {
        id: 'c',
        start: '2022-01-03',
        type: 'summit',
        status: 'expected',
        excerpts: [{ source: 'cnn', quote: 'v', stance: 'supports' }],
      },
    ],
  });

  it('records type and status', () => {
    expect([0, 1, 2].map((i) => typeOf(index, i))).toEqual(['call', 'troop-report', 'summit']);
    expect([0, 1, 2].map((i) => statusOf(index, i))).toEqual(['occurred', 'forecast', 'expected']);
  });

  it('records the kinds of the sources quoted, in vocabulary order', () => {
    expect(kindsOf(index, 0)).toEqual(['live-blog', 'state-media']);
    expect(kindsOf(index, 1)).toEqual(['live-blog', 'viral-aggregator']);
    expect(kindsOf(index, 2)).toEqual(['live-blog']);
  });

  it('flags an event as disputed when any excerpt disputes it', () => {
    expect([0, 1, 2].map((i) => isDisputed(index, i))).toEqual([false, true, false]);
  });

  it('knows which facet values the dataset uses', () => {
    expect([...index.present.types].sort()).toEqual(['call', 'summit', 'troop-report']);
    expect([...index.present.statuses].sort()).toEqual(['expected', 'forecast', 'occurred']);
    expect([...index.present.kinds]).toEqual(['live-blog', 'state-media', 'viral-aggregator']);
  });

  it('finds sources by id', () => {
    expect(index.sourceById.get('sputnik')?.kind).toBe('state-media');
  });
});

describe('columns (the worker path)', () => {
  const data = dataset({
    sides: [{ id: 's' }],
    actors: [{ id: 'a', side: 's' }],
    events: [
      { id: 'x', start: '2022-02', actors: ['a'], title: 'Kyiv, «x»', summary: 'Ünïcode ✓' },
      { id: 'y', start: '2022-01-05T10:00+02:00', timeZone: 'Europe/Kyiv', end: '2022-01-06' },
      { id: 'z', start: '2022-01-05', excerpts: [['src', 'A quote with "quotes" and \\ backslashes']] },
    ],
  });

  it('survive a structured clone with their buffers transferred, and open to the same index', () => {
    const columns = buildIndexColumns(data);
    const transfer = transferablesOf(columns);
    expect(transfer.length).toBeGreaterThan(10);
    const received = openIndex(structuredClone(columns, { transfer }));
    // Transferred: the sender's arrays are now empty.
    expect(columns.startKey.length).toBe(0);
    const direct = buildIndex(data);
    expect(ids(received)).toEqual(['z', 'y', 'x']);
    expect(ids(received)).toEqual(ids(direct));
    expect(received.startKey).toEqual(direct.startKey);
    expect(received.eventSides).toEqual(direct.eventSides);
    expect(received.span).toEqual(direct.span);
    for (let i = 0; i < 3; i++) expect(eventAt(received, i)).toEqual(eventAt(direct, i));
  });

  it('give back each event as validated, and its id, title and zone without parsing it', () => {
    const index = buildIndex(data);
    const byId = new Map(data.events.map((event) => [event.id, event]));
    for (let i = 0; i < index.count; i++) {
      const event = byId.get(idOf(index, i))!;
      expect(eventAt(index, i)).toEqual(event);
      expect(titleOf(index, i)).toBe(event.title);
      expect(timeZoneOf(index, i)).toBe(event.timeZone);
      expect(index.eventOrdinal.get(event.id)).toBe(i);
    }
    expect(index.eventOrdinal.get('nope')).toBeUndefined();
    expect(index.eventOrdinal.has('x')).toBe(true);
    expect(() => eventAt(index, 3)).toThrow(RangeError);
  });

  it('rebuild the dataset in its own order, whole or for chosen events', () => {
    const index = buildIndex(data);
    expect(datasetOf(index)).toEqual(data);
    const chosen = datasetOf(index, [index.eventOrdinal.get('z')!, index.eventOrdinal.get('x')!]);
    expect(chosen.events.map((event) => event.id)).toEqual(['x', 'z']);
    expect(chosen.actors).toEqual(data.actors);
  });

  it('find ids by hash among many, including ids that collide in the table', () => {
    const many = dataset({
      events: Array.from({ length: 3000 }, (_, i) => ({ id: `e${i}`, start: '2022-01-01' })),
    });
    const index = buildIndex(many);
    for (let i = 0; i < 3000; i++) expect(idOf(index, index.eventOrdinal.get(`e${i}`)!)).toBe(`e${i}`);
    expect(index.eventOrdinal.get('e3000')).toBeUndefined();
    expect(index.eventOrdinal.get('e')).toBeUndefined();
  });
});

describe('links between events', () => {
  it('lists the events that point at each one, with the relation they name', () => {
    const data = dataset({
      events: startingOn({ a: '2022-01-01', b: '2022-01-02', c: '2022-01-03' }),
    });
    data.events[1]!.related = [{ event: 'a', relation: 'responds-to' }];
    data.events[2]!.related = [
      { event: 'a', relation: 'disputes' },
      { event: 'b', relation: 'follows' },
    ];
    const index = buildIndex(data);
    const incoming = (id: string) =>
      incomingLinksOf(index, index.eventOrdinal.get(id)!).map((link) => `${idOf(index, link.from)} ${link.relation}`);
    expect(incoming('a')).toEqual(['b responds-to', 'c disputes']);
    expect(incoming('b')).toEqual(['c follows']);
    expect(incoming('c')).toEqual([]);
  });
});

describe('lowerBoundStart', () => {
  const index = { startKey: Float64Array.from([10, 20, 20, 30]) };
  it.each([
    [5, 0],
    [10, 0],
    [11, 1],
    [20, 1],
    [21, 3],
    [30, 3],
    [31, 4],
  ])('the first ordinal starting at or after %i is %i', (key, ordinal) => {
    expect(lowerBoundStart(index, key)).toBe(ordinal);
  });
});

describe('candidateRange', () => {
  it('finds the events overlapping a window, skipping those that ended before it', () => {
    const index = indexOf({
      events: startingOn({
        dec: '2021-12',
        'jan-05': '2022-01-05',
        'jan-10': '2022-01-10',
        'jan-20': '2022-01-20',
        feb: '2022-02',
      }),
    });
    const [first, last] = candidateRange(index, utc(2022, 1, 6), utc(2022, 1, 20));
    expect(ids(index).slice(first, last)).toEqual(['jan-10']);
    const [f2, l2] = candidateRange(index, utc(2022, 1, 5), utc(2022, 1, 20, 0, 1));
    expect(ids(index).slice(f2, l2)).toEqual(['jan-05', 'jan-10', 'jan-20']);
  });

  it('keeps a long event that began earlier in the candidates', () => {
    const index = indexOf({
      events: [
        { id: 'long', start: '2022-01-01', end: '2022-01-31' },
        { id: 'short', start: '2022-01-02' },
        { id: 'later', start: '2022-01-25' },
      ],
    });
    const [first, last] = candidateRange(index, utc(2022, 1, 20), utc(2022, 1, 22));
    expect(ids(index).slice(first, last)).toEqual(['long', 'short']);
  });

  it('contains every overlapping event and excludes everything outside [first, last) by construction (random data)', () => {
    const random = prng(42);
    const days = Array.from({ length: 90 }, (_, d) =>
      new Date(utc(2022, 1, 1) + d * 86_400_000).toISOString().slice(0, 10),
    );
    const events: EventSpec[] = Array.from({ length: 300 }, (_, i) => {
      const shape = random();
      if (shape < 0.15) return { id: `e${i}`, start: pick(random, days).slice(0, 7) };
      if (shape < 0.3) {
        const a = pick(random, days);
        const b = pick(random, days);
        return { id: `e${i}`, start: a < b ? a : b, end: a < b ? b : a };
      }
      if (shape < 0.45)
        return {
          id: `e${i}`,
          start: `${pick(random, days)}T${String(Math.floor(random() * 24)).padStart(2, '0')}:00Z`,
          timeZone: 'UTC',
        };
      return { id: `e${i}`, start: pick(random, days) };
    });
    const index = indexOf({ events });
    for (let round = 0; round < 300; round++) {
      const from = utc(2021, 12, 15) + Math.floor(random() * 120) * 3_600_000 * 24 * random();
      const to = from + Math.floor(random() * 40 * 86_400_000);
      const [first, last] = candidateRange(index, from, to);
      for (let i = 0; i < index.count; i++) {
        const overlaps = index.startKey[i]! < to && index.endKey[i]! > from;
        if (overlaps) expect(i >= first && i < last, `event ${i} overlaps [${from}, ${to})`).toBe(true);
        if (i < first) expect(index.endKey[i]).toBeLessThanOrEqual(from);
        if (i >= last) expect(index.startKey[i]).toBeGreaterThanOrEqual(to);
      }
    }
  });

  it('is empty for an empty index', () => {
    expect(candidateRange(indexOf({ events: [] }), 0, 1)).toEqual([0, 0]);
  });
});
