import { describe, expect, it } from 'vitest';
import { incomingLinksOf, relatedLinks } from './related';
import { indexOf } from './testing.test-utils';

describe('related links', () => {
  const index = indexOf({
    events: [
      { id: 'a', start: '2022-01-01' },
      { id: 'b', start: '2022-01-02', related: [{ event: 'a', relation: 'responds-to' }] },
      {
        id: 'c',
        start: '2022-01-03',
        related: [
          { event: 'a', relation: 'disputes' },
          { event: 'b', relation: 'follows' },
        ],
      },
    ],
  });
  const ordinal = (id: string) => index.eventOrdinal.get(id)!;

  it('gathers the links pointing at each event, in the order of the events that hold them', () => {
    const incoming = incomingLinksOf(index);
    expect(incoming.get('a')).toEqual([
      { from: 'b', relation: 'responds-to' },
      { from: 'c', relation: 'disputes' },
    ]);
    expect(incoming.get('b')).toEqual([{ from: 'c', relation: 'follows' }]);
    expect(incoming.has('c')).toBe(false);
  });

  it("lists an event's own links, then those pointing at it, with the other event's ordinal", () => {
    const incoming = incomingLinksOf(index);
    expect(relatedLinks(index, incoming, ordinal('b'))).toEqual([
      { relation: 'responds-to', direction: 'outgoing', eventId: 'a', ordinal: ordinal('a') },
      { relation: 'follows', direction: 'incoming', eventId: 'c', ordinal: ordinal('c') },
    ]);
    expect(relatedLinks(index, incoming, ordinal('a')).map((link) => [link.direction, link.eventId])).toEqual([
      ['incoming', 'b'],
      ['incoming', 'c'],
    ]);
  });
});
