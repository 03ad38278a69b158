import { describe, expect, it } from 'vitest';
import { bitsetFromOrdinals, fullBitset } from './bitset';
import { eventsOutside } from './outside';
import { idsOf, indexOf, utc } from './testing.test-utils';

const index = indexOf({
  events: [
    { id: 'crimea', start: '2014' },
    { id: 'trident', start: '2014-09-15' },
    { id: 'aid', start: '2021-01', end: '2022-01' },
    { id: 'call', start: '2022-01-27' },
    { id: 'olympics', start: '2022-02-04' },
    { id: 'berlin', start: '2022-02' },
  ],
});
const ordinal = (id: string) => index.eventOrdinal.get(id)!;
const window = { start: utc(2021, 12, 1), end: utc(2022, 2, 1) };
const ids = (ordinals: number[] | undefined) => idsOf(index, bitsetFromOrdinals(index.count, ordinals ?? []));

describe('eventsOutside', () => {
  it('finds the events wholly before and wholly after the window, with their extent', () => {
    const { before, after } = eventsOutside(index, fullBitset(index.count), window);
    // The aid (2021-01 to 2022-01) reaches into the window: it is not outside.
    expect(ids(before?.ordinals)).toEqual(['crimea', 'trident']);
    expect(before).toMatchObject({ count: 2, start: utc(2014, 1, 1), end: utc(2015, 1, 1) });
    expect(ids(after?.ordinals)).toEqual(['berlin', 'olympics']);
    expect(after).toMatchObject({ count: 2, start: utc(2022, 2, 1), end: utc(2022, 3, 1) });
  });

  it('counts only the matched events, and says null for a side with none', () => {
    const matched = bitsetFromOrdinals(index.count, [ordinal('trident'), ordinal('call')]);
    const { before, after } = eventsOutside(index, matched, window);
    expect(before).toMatchObject({ count: 1, start: utc(2014, 9, 15), end: utc(2014, 9, 16) });
    expect(after).toBeNull();
  });
});
