import { describe, expect, it } from 'vitest';
import { aggregateWindow, type Placed, type PlacedCluster } from './aggregate';
import { bitsetFromOrdinals, fullBitset } from './bitset';
import { lanesWithMatches } from './laneMatches';
import { lanesFor } from './lanes';
import { liftOut, type LiftRequest } from './lift';
import { actorsOn, indexOf, utc } from './testing.test-utils';

// Eight events on one day in the United States lane (a cluster at any zoom), one of them also Ukraine's.
const index = indexOf({
  sides: [{ id: 'us' }, { id: 'ukraine' }, { id: 'russia' }],
  actors: actorsOn({ biden: 'us', zelensky: 'ukraine', putin: 'russia' }),
  events: [
    ...Array.from({ length: 7 }, (_, i) => ({ id: `us${i}`, start: '2022-01-27', actors: ['biden'] })),
    { id: 'call', start: '2022-01-27', actors: ['biden', 'zelensky'] },
    { id: 'later', start: '2022-03-01', actors: ['putin'], type: 'summit' as const },
  ],
});
const ordinal = (id: string) => index.eventOrdinal.get(id)!;
const window = { from: utc(2022, 1, 20), to: utc(2022, 2, 3), widthPx: 1000 };
const content = aggregateWindow(index, fullBitset(index.count), 'side', window);
const request = (change: Partial<LiftRequest>): LiftRequest => ({
  index,
  grouping: 'side',
  selected: null,
  opened: new Set(),
  fedFrom: content.fedFrom,
  fedTo: content.fedTo,
  ...change,
});
const clusterOf = (placed: readonly Placed[]) => placed.find((p): p is PlacedCluster => p.kind === 'cluster');
const copiesOf = (placed: readonly Placed[], o: number) =>
  placed.filter((p) => p.kind === 'event' && p.ordinal === o).map((p) => p.lane);

describe('liftOut', () => {
  it('(the fixture: the day is one cluster in the United States lane)', () => {
    expect(clusterOf(content.placed)?.ordinals).toHaveLength(8);
    expect(copiesOf(content.placed, ordinal('call'))).toEqual([1]);
  });

  it('changes nothing (the same array) with no selection and no opened cluster', () => {
    expect(liftOut(content.placed, request({}))).toBe(content.placed);
  });

  it('draws the selected event out of its cluster, which keeps its key and the other members', () => {
    const call = ordinal('call');
    const lifted = liftOut(content.placed, request({ selected: call }));
    const cluster = clusterOf(lifted)!;
    expect(cluster.key).toBe(clusterOf(content.placed)!.key);
    expect(cluster.ordinals).toHaveLength(7);
    expect(cluster.ordinals).not.toContain(call);
    expect(copiesOf(lifted, call).sort()).toEqual([0, 1]);
  });

  it('draws an opened cluster as its events', () => {
    const key = clusterOf(content.placed)!.key;
    const opened = liftOut(content.placed, request({ opened: new Set([key]) }));
    expect(clusterOf(opened)).toBeUndefined();
    expect(opened.filter((p) => p.kind === 'event' && p.lane === 0)).toHaveLength(8);
  });

  it('draws a selected event the filters leave out, in each of its lanes, when it is in the range fed', () => {
    const call = ordinal('call');
    const matched = bitsetFromOrdinals(index.count, [ordinal('later')]);
    const filtered = aggregateWindow(index, matched, 'side', window);
    expect(copiesOf(filtered.placed, call)).toEqual([]);
    expect(copiesOf(liftOut(filtered.placed, request({ selected: call })), call).sort()).toEqual([0, 1]);
    const elsewhere = request({ selected: call, fedFrom: utc(2022, 2, 20), fedTo: utc(2022, 3, 10) });
    expect(copiesOf(liftOut(filtered.placed, elsewhere), call)).toEqual([]);
  });
});

describe('lanesWithMatches', () => {
  const lanes = lanesFor(index, 'side');

  it('keeps every lane when nothing is filtered out', () => {
    expect(lanesWithMatches(index, 'side', lanes, fullBitset(index.count)).map((l) => l.key)).toEqual([
      'us',
      'ukraine',
      'russia',
    ]);
  });

  it('keeps only the lanes that hold a match', () => {
    const matched = bitsetFromOrdinals(index.count, [ordinal('later')]);
    expect(lanesWithMatches(index, 'side', lanes, matched).map((l) => l.key)).toEqual(['russia']);
  });

  it('keeps the lanes of the selected event too', () => {
    const matched = bitsetFromOrdinals(index.count, [ordinal('later')]);
    expect(lanesWithMatches(index, 'side', lanes, matched, ordinal('call')).map((l) => l.key)).toEqual([
      'us',
      'ukraine',
      'russia',
    ]);
  });

  it('by event type, only the types that match', () => {
    const byType = lanesFor(index, 'type');
    expect(byType.map((l) => l.key)).toEqual(['summit', 'statement']);
    const matched = bitsetFromOrdinals(index.count, [ordinal('later')]);
    expect(lanesWithMatches(index, 'type', byType, matched).map((l) => l.key)).toEqual(['summit']);
  });
});
