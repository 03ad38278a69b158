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

  it("lists an event's own links and those pointing at it, with the other event's ordinal", () => {
    expect(relatedLinks(index, ordinal('b'))).toEqual([
      { relation: 'responds-to', direction: 'outgoing', eventId: 'a', ordinal: ordinal('a') },
      { relation: 'follows', direction: 'incoming', eventId: 'c', ordinal: ordinal('c') },
    ]);
    expect(relatedLinks(index, ordinal('a')).map((link) => [link.direction, link.eventId])).toEqual([
      ['incoming', 'b'],
      ['incoming', 'c'],
    ]);
  });

  it('lists the links in the time order of the other events, whichever way they point', () => {
    // d's own link is to the later c; b points at d from earlier: b comes first.
    const linked = indexOf({
      events: [
        { id: 'b', start: '2022-01-02', related: [{ event: 'd', relation: 'follows' }] },
        { id: 'c', start: '2022-01-05' },
        { id: 'd', start: '2022-01-03', related: [{ event: 'c', relation: 'responds-to' }] },
        { id: 'a', start: '2022-01-01', related: [{ event: 'd', relation: 'disputes' }] },
      ],
    });
    const links = relatedLinks(linked, linked.eventOrdinal.get('d')!);
    expect(links.map((link) => [link.direction, link.eventId])).toEqual([
      ['incoming', 'a'],
      ['incoming', 'b'],
      ['outgoing', 'c'],
    ]);
  });
});
