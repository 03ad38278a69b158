/**
 * What a dataset has, for the controls that only mean something when it has it: actors to filter
 * by, disputed events, more than one source. Computed once per dataset (one pass over the flags).
 */
import { FLAG_DISPUTED, type EventIndex } from './eventIndex';

export interface DatasetFacts {
  actors: number;
  sources: number;
  /** Events whose accounts disagree (the index's flag, from `isEventDisputed`). */
  disputedEvents: number;
}

const facts = new WeakMap<EventIndex, DatasetFacts>();

export function datasetFacts(index: EventIndex): DatasetFacts {
  let known = facts.get(index);
  if (!known) {
    let disputed = 0;
    for (let i = 0; i < index.count; i++) if ((index.flags[i]! & FLAG_DISPUTED) !== 0) disputed++;
    known = { actors: index.actors.length, sources: index.sources.length, disputedEvents: disputed };
    facts.set(index, known);
  }
  return known;
}
