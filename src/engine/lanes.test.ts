import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../dataset/vocabulary';
import { GROUPINGS, laneCount, lanesFor, lanesOfEvent, typeLabel, UNASSIGNED_LANE_LABEL } from './lanes';
import { actorsOn, indexOf, namedSides } from './testing.test-utils';

const index = indexOf({
  sides: namedSides({ us: 'United States', ukraine: 'Ukraine', russia: 'Russia', un: 'United Nations' }),
  actors: actorsOn({ biden: 'us', zelensky: 'ukraine', putin: 'russia' }),
  events: [
    { id: 'call', start: '2022-01-27', type: 'call', actors: ['zelensky', 'biden'] },
    { id: 'troops', start: '2022-01', type: 'troop-report', actors: ['putin'] },
    { id: 'report', start: '2022-01-28', type: 'media-report', actors: [] },
    { id: 'summit', start: '2022-02', type: 'summit', actors: ['biden', 'putin'] },
  ],
});
const ordinal = (id: string) => index.eventOrdinal.get(id)!;

describe('lanesFor', () => {
  it('by side: the sides that hold events, in dataset order, then "No side" when some event has no actor', () => {
    expect(lanesFor(index, 'side')).toEqual([
      { ordinal: 0, label: 'United States', key: 'us' },
      { ordinal: 1, label: 'Ukraine', key: 'ukraine' },
      { ordinal: 2, label: 'Russia', key: 'russia' },
      { ordinal: 4, label: UNASSIGNED_LANE_LABEL, key: '' },
    ]);
    expect(UNASSIGNED_LANE_LABEL).toBe('No side');
  });

  it('by side: no "No side" lane when every event has an actor', () => {
    const all = indexOf({
      sides: [{ id: 'us' }],
      actors: [{ id: 'biden', side: 'us' }],
      events: [{ id: 'a', start: '2022', actors: ['biden'] }],
    });
    expect(lanesFor(all, 'side').map((lane) => lane.key)).toEqual(['us']);
  });

  it('by type: the types in use, in vocabulary order, with readable labels', () => {
    expect(lanesFor(index, 'type')).toEqual([
      { ordinal: EVENT_TYPES.indexOf('call'), label: 'Call', key: 'call' },
      { ordinal: EVENT_TYPES.indexOf('troop-report'), label: 'Troop report', key: 'troop-report' },
      { ordinal: EVENT_TYPES.indexOf('summit'), label: 'Summit', key: 'summit' },
      { ordinal: EVENT_TYPES.indexOf('media-report'), label: 'Media report', key: 'media-report' },
    ]);
  });

  it('none: a single lane', () => {
    expect(lanesFor(index, 'none')).toEqual([{ ordinal: 0, label: 'All events', key: 'all' }]);
  });
});

describe('lanesOfEvent', () => {
  it('by side: one lane per side of its actors, ascending', () => {
    expect(Array.from(lanesOfEvent(index, 'side', ordinal('call')))).toEqual([0, 1]);
    expect(Array.from(lanesOfEvent(index, 'side', ordinal('summit')))).toEqual([0, 2]);
    expect(Array.from(lanesOfEvent(index, 'side', ordinal('troops')))).toEqual([2]);
    expect(Array.from(lanesOfEvent(index, 'side', ordinal('report')))).toEqual([4]);
  });

  it('by type: the lane of its type', () => {
    expect(Array.from(lanesOfEvent(index, 'type', ordinal('summit')))).toEqual([EVENT_TYPES.indexOf('summit')]);
  });

  it('none: lane 0', () => {
    expect(Array.from(lanesOfEvent(index, 'none', ordinal('call')))).toEqual([0]);
  });

  it('every lane an event is placed in is a lane that lanesFor lists, for every grouping', () => {
    for (const grouping of GROUPINGS) {
      const lanes = new Set(lanesFor(index, grouping).map((lane) => lane.ordinal));
      for (let i = 0; i < index.count; i++) {
        for (const lane of Array.from(lanesOfEvent(index, grouping, i)))
          expect(lanes.has(lane), `${grouping} ${i}`).toBe(true);
      }
    }
  });
});

describe('lanes by source', () => {
  const bySource = indexOf({
    sources: [{ id: 'cnn' }, { id: 'unused' }, { id: 'sputnik' }, { id: 'unilad' }],
    events: [
      // Quoted three times by two sources: one copy per source, not per quote.
      {
        id: 'call',
        start: '2022-01-27',
        excerpts: [
          ['sputnik', 'One.'],
          ['cnn', 'Two.'],
          ['sputnik', 'Three.'],
        ],
      },
      { id: 'denial', start: '2022-01-28', excerpts: [['unilad', 'No.']] },
    ],
  });
  const at = (id: string) => bySource.eventOrdinal.get(id)!;

  it('one lane per source that quotes an event, in dataset order, keyed by source id', () => {
    expect(lanesFor(bySource, 'source')).toEqual([
      { ordinal: 0, label: 'Outlet cnn', key: 'cnn' },
      { ordinal: 2, label: 'Outlet sputnik', key: 'sputnik' },
      { ordinal: 3, label: 'Outlet unilad', key: 'unilad' },
    ]);
    expect(laneCount(bySource, 'source')).toBe(4);
  });

  it('an event is in the lane of every source that quotes it, once each, ascending', () => {
    expect(Array.from(lanesOfEvent(bySource, 'source', at('call')))).toEqual([0, 2]);
    expect(Array.from(lanesOfEvent(bySource, 'source', at('denial')))).toEqual([3]);
  });

  it('sources that share an outlet name are told apart in their lane labels', () => {
    const twins = indexOf({
      sources: [{ id: 'a' }, { id: 'b' }],
      events: [
        {
          id: 'e',
          start: '2022',
          excerpts: [
            ['a', 'x'],
            ['b', 'y'],
          ],
        },
      ],
    });
    // The test fixture names each outlet "Outlet <id>"; give both the same name and dates.
    const sources = twins.sources.map((source, i) => ({
      ...source,
      outlet: 'Unnamed news site',
      published: ['2022-01-28', '2021-12-29'][i],
    }));
    const labels = lanesFor({ ...twins, sources }, 'source').map((lane) => lane.label);
    expect(labels).toEqual(['Unnamed news site, 28 Jan 2022', 'Unnamed news site, 29 Dec 2021']);
  });
});

describe('typeLabel', () => {
  it.each([
    ['call', 'Call'],
    ['troop-report', 'Troop report'],
    ['diplomatic-proposal', 'Diplomatic proposal'],
    ['military-action', 'Military action'],
  ])('%s → %s', (type, label) => {
    expect(typeLabel(type)).toBe(label);
  });
});
