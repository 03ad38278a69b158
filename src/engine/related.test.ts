import { describe, expect, it } from 'vitest';
import { relatedLinks } from './related';
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

  it("lists an event's own links, then those pointing at it, with the other event's ordinal", () => {
    expect(relatedLinks(index, ordinal('b'))).toEqual([
      { relation: 'responds-to', direction: 'outgoing', eventId: 'a', ordinal: ordinal('a') },
      { relation: 'follows', direction: 'incoming', eventId: 'c', ordinal: ordinal('c') },
    ]);
    expect(relatedLinks(index, ordinal('a')).map((link) => [link.direction, link.eventId])).toEqual([
      ['incoming', 'b'],
      ['incoming', 'c'],
    ]);
  });
});
