import { describe, expect, it } from 'vitest';
import { utcOffset, type ZoneOffsetFn } from '../dataset/dates';
import type { PlacedCluster } from '../engine/aggregate';
import { indexOf, utc } from '../engine/testing.test-utils';
import { displayZone } from '../format/dates';
import { buildItemSpecs, selectedItemIds, type ItemSpec, type SpecContext } from './itemSpecs';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const index = indexOf({
  sides: [{ id: 'us' }, { id: 'ru' }],
  actors: [
    { id: 'biden', side: 'us' },
    { id: 'putin', side: 'ru' },
  ],
  sources: [{ id: 'a' }, { id: 'b' }],
  events: [
    { id: 'call', start: '2022-01-27', type: 'call', actors: ['biden', 'putin'], title: 'Biden–Putin call' },
    { id: 'talks', start: '2022-02', status: 'scheduled', type: 'talks', title: 'Talks <b>in</b> Geneva' },
    {
      id: 'strike',
      start: '2022-02-24T05:00:00+02:00',
      timeZone: 'Europe/Kyiv',
      type: 'military-action',
      title: 'Strike',
      excerpts: [['a', 'It happened.'], { source: 'b', quote: 'It did not.', stance: 'disputes' }],
    },
    { id: 'visit', start: '2022-02-01', end: '2022-02-03', title: 'Visit' },
  ],
});
const ordinal = (id: string) => index.eventOrdinal.get(id)!;
const utcContext: SpecContext = { index, displayZoneFor: (zone) => displayZone('event', zone), axisOffset: utcOffset };
const spec = (id: string, context = utcContext, lane = 0) =>
  buildItemSpecs([{ kind: 'event', ordinal: ordinal(id), lane }], context)[0]!;
const cluster = (ids: string[], start: number, end: number, lane = 1): PlacedCluster => ({
  kind: 'cluster',
  key: `${DAY}:${lane}:${start / DAY}:short`,
  lane,
  start,
  end,
  ordinals: ids.map(ordinal).sort((a, b) => a - b),
});

describe('event items', () => {
  it('draws a calendar day as a box at the middle of that day, with its lane, type and status classes', () => {
    const call = spec('call', utcContext, 1);
    expect(call).toMatchObject({
      id: `e${ordinal('call')}@1`,
      lane: 1,
      shape: 'box',
      start: utc(2022, 1, 27, 12),
      end: undefined,
      classNames: ['sl-type-call', 'sl-status-occurred', 'sl-precision-day'],
      title: 'Biden–Putin call',
      tags: [],
      eventId: 'call',
      cluster: null,
    });
    expect(call.description).toBe('Biden–Putin call · Call, occurred · 27 Jan 2022');
  });

  it('draws a month as a faded range over the whole month that says it is uncertain and scheduled', () => {
    const talks = spec('talks');
    expect(talks).toMatchObject({ shape: 'range', start: utc(2022, 2, 1), end: utc(2022, 3, 1) });
    expect(talks.classNames).toEqual(['sl-type-talks', 'sl-status-scheduled', 'sl-precision-month']);
    expect(talks.tags).toEqual(['~Feb 2022', 'Scheduled']);
    // Dataset text stays as it is: the element builder writes it as text.
    expect(talks.title).toBe('Talks <b>in</b> Geneva');
  });

  it('draws a clock time at its instant, tagged disputed, described in the zone where it happened', () => {
    const strike = spec('strike');
    expect(strike).toMatchObject({ shape: 'box', start: utc(2022, 2, 24, 3) });
    expect(strike.classNames).toContain('sl-disputed');
    expect(strike.tags).toEqual(['Disputed']);
    expect(strike.description).toBe(
      'Strike · Military action, occurred · 24 Feb 2022, 5:00 AM GMT+2 · Accounts disagree',
    );
    const inUtc = spec('strike', { ...utcContext, displayZoneFor: () => 'UTC' });
    expect(inUtc.description).toMatch(/3:00 AM UTC/);
    // The description is the tooltip, not the box's text: the box keeps its place and is rewritten.
    expect(inUtc.layoutKey).toBe(strike.layoutKey);
    expect(inUtc.contentKey).not.toBe(strike.contentKey);
  });

  it('draws a span of days as a range from the first day to the end of the last', () => {
    expect(spec('visit')).toMatchObject({ shape: 'range', start: utc(2022, 2, 1), end: utc(2022, 2, 4) });
  });

  it("follows the axis zone: a calendar day spans that zone's midnights", () => {
    const kyiv: ZoneOffsetFn = () => 120;
    const talks = spec('talks', { ...utcContext, axisOffset: kyiv });
    expect(talks.start).toBe(utc(2022, 2, 1) - 2 * HOUR);
    expect(talks.layoutKey).not.toBe(spec('talks').layoutKey);
  });
});

describe('cluster items', () => {
  it('covers its bin, counts its events and zooms on activation', () => {
    const [item] = buildItemSpecs(
      [cluster(['call', 'visit', 'strike', 'talks'], utc(2022, 1, 27), utc(2022, 2, 28))],
      utcContext,
    );
    expect(item).toMatchObject({
      id: `c${DAY}:1:${utc(2022, 1, 27) / DAY}:short`,
      lane: 1,
      shape: 'range',
      start: utc(2022, 1, 27),
      end: utc(2022, 2, 28),
      classNames: ['sl-cluster'],
      title: '4 events',
      tags: [],
      eventId: null,
      cluster: { start: utc(2022, 1, 27), end: utc(2022, 2, 28), count: 4 },
    });
    expect(item!.description).toBe('4 events, 27 Jan 2022 – 24 Feb 2022, 3:00 AM UTC. Activate to zoom in.');
  });

  it("shifts its bin (UTC days) onto the axis zone's calendar", () => {
    const kyiv = { ...utcContext, axisOffset: () => 120 };
    const [item] = buildItemSpecs(
      [cluster(['call', 'visit', 'strike', 'talks'], utc(2022, 1, 27), utc(2022, 1, 28))],
      kyiv,
    );
    expect(item).toMatchObject({ start: utc(2022, 1, 27) - 2 * HOUR, end: utc(2022, 1, 28) - 2 * HOUR });
  });

  it('says a cluster of month-precision events is uncertain, like the events themselves', () => {
    const [item] = buildItemSpecs([cluster(['talks', 'talks'], utc(2022, 2, 1), utc(2022, 3, 1))], utcContext);
    expect(item!.classNames).toEqual(['sl-cluster', 'sl-precision-month']);
    expect(item!.tags).toEqual(['~Feb 2022']);
  });

  it('changes only its content key when its count changes, so the timeline rewrites it in place', () => {
    const bin = [utc(2022, 1, 27), utc(2022, 1, 28)] as const;
    const [three] = buildItemSpecs([cluster(['call', 'visit', 'strike'], ...bin)], utcContext);
    const [four] = buildItemSpecs([cluster(['call', 'visit', 'strike', 'talks'], ...bin)], utcContext);
    expect(four!.id).toBe(three!.id);
    expect(four!.layoutKey).toBe(three!.layoutKey);
    expect(four!.contentKey).not.toBe(three!.contentKey);
    const [moved] = buildItemSpecs([cluster(['call', 'visit', 'strike'], bin[0] + DAY, bin[1] + DAY)], utcContext);
    expect(moved!.layoutKey).not.toBe(three!.layoutKey);
  });
});

describe('keys', () => {
  it("changes a box's layout key with its visible text, a range's only with its place", () => {
    const retitled = indexOf({
      events: [
        { id: 'call', start: '2022-01-27', type: 'call', title: 'Another title' },
        { id: 'talks', start: '2022-02', status: 'scheduled', type: 'talks', title: 'Another title' },
      ],
    });
    const box = (i: typeof index, id: string) =>
      buildItemSpecs([{ kind: 'event', ordinal: i.eventOrdinal.get(id)!, lane: 0 }], { ...utcContext, index: i })[0]!;
    const same = (a: ItemSpec, b: ItemSpec) => a.layoutKey === b.layoutKey;
    expect(same(box(index, 'call'), box(retitled, 'call'))).toBe(false);
    expect(box(retitled, 'talks').layoutKey.includes('Another')).toBe(false);
    expect(box(index, 'talks').contentKey).not.toBe(box(retitled, 'talks').contentKey);
  });
});

describe('selectedItemIds', () => {
  it('finds every copy of the selected event and each cluster that holds it', () => {
    const placed = [
      { kind: 'event', ordinal: ordinal('call'), lane: 0 } as const,
      { kind: 'event', ordinal: ordinal('call'), lane: 1 } as const,
      { kind: 'event', ordinal: ordinal('visit'), lane: 0 } as const,
      cluster(['call', 'strike', 'talks', 'visit'], utc(2022, 1, 1), utc(2022, 3, 1), 2),
      cluster(['strike', 'talks', 'visit', 'visit'], utc(2022, 1, 1), utc(2022, 3, 1), 3),
    ];
    const specs = buildItemSpecs(placed, utcContext);
    expect(selectedItemIds(specs, placed, index, 'call')).toEqual([specs[0]!.id, specs[1]!.id, specs[3]!.id]);
    expect(selectedItemIds(specs, placed, index, null)).toEqual([]);
    expect(selectedItemIds(specs, placed, index, 'no-such-event')).toEqual([]);
  });
});
