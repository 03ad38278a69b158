/**
 * The links between events, both ways: an event's `related` entries point to other events, and the
 * details of an event also list the events that point to it ("Disputed by", "Response"), which the
 * index gathers once (incomingStart/incomingFrom in eventIndex.ts).
 */
import { eventAt, idOf, incomingLinksOf, type EventIndex, type Relation } from './eventIndex';

export type { Relation };

/** A link as the details show it: `outgoing` from this event's own `related`, or incoming from `eventId`'s. */
export interface RelatedLink {
  relation: Relation;
  direction: 'outgoing' | 'incoming';
  eventId: string;
  /** The other event's ordinal; undefined only for an id that names no event, which the validator refuses. */
  ordinal: number | undefined;
}

/**
 * The event's own links and those pointing at it, together in the time order of the other events
 * (ordinals are chronological), so that "Preceded by" never reads after "Followed by". The sort is
 * stable: links to the same event keep their order, own links first.
 */
export function relatedLinks(index: EventIndex, ordinal: number): RelatedLink[] {
  const own = eventAt(index, ordinal).related ?? [];
  const links = [
    ...own.map((link): RelatedLink => ({
      relation: link.relation,
      direction: 'outgoing',
      eventId: link.event,
      ordinal: index.eventOrdinal.get(link.event),
    })),
    ...incomingLinksOf(index, ordinal).map((link): RelatedLink => ({
      relation: link.relation,
      direction: 'incoming',
      eventId: idOf(index, link.from),
      ordinal: link.from,
    })),
  ];
  // An id that names no event (refused by the validator) goes last rather than nowhere.
  return links.sort((a, b) => (a.ordinal ?? Infinity) - (b.ordinal ?? Infinity));
}
