/**
 * The links between events, both ways: an event's `related` entries point to other events, and the
 * details of an event also list the events that point to it ("Disputed by", "Response").
 */
import type { Related } from '../dataset/vocabulary';
import type { EventIndex } from './eventIndex';

export type Relation = Related['relation'];

/** A link as the details show it: `outgoing` from this event's own `related`, or incoming from `eventId`'s. */
export interface RelatedLink {
  relation: Relation;
  direction: 'outgoing' | 'incoming';
  eventId: string;
  /** The other event's ordinal; undefined only for an id that names no event, which the validator refuses. */
  ordinal: number | undefined;
}

export type IncomingLinks = ReadonlyMap<string, readonly { from: string; relation: Relation }[]>;

/** For each event id, the links pointing at it from other events, in the dataset's order. */
export function incomingLinksOf(index: Pick<EventIndex, 'events'>): IncomingLinks {
  const incoming = new Map<string, { from: string; relation: Relation }[]>();
  for (const other of index.events) {
    for (const link of other.related ?? []) {
      const list = incoming.get(link.event);
      if (list) list.push({ from: other.id, relation: link.relation });
      else incoming.set(link.event, [{ from: other.id, relation: link.relation }]);
    }
  }
  return incoming;
}

/** The event's own links first, in its order, then those pointing at it. */
export function relatedLinks(
  index: Pick<EventIndex, 'events' | 'eventOrdinal'>,
  incoming: IncomingLinks,
  ordinal: number,
): RelatedLink[] {
  const event = index.events[ordinal]!;
  const link = (relation: Relation, direction: RelatedLink['direction'], eventId: string): RelatedLink => ({
    relation,
    direction,
    eventId,
    ordinal: index.eventOrdinal.get(eventId),
  });
  return [
    ...(event.related ?? []).map((own) => link(own.relation, 'outgoing', own.event)),
    ...(incoming.get(event.id) ?? []).map((other) => link(other.relation, 'incoming', other.from)),
  ];
}
