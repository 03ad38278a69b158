/**
 * The part of a dataset that an export holds: the chosen events (in the dataset's own order,
 * whatever order the ids come in) and exactly what they refer to.
 */
import type { Dataset, TimelineEvent } from '../dataset/types';

export type EventIds = readonly string[] | ReadonlySet<string>;

/** The dataset's events whose ids are in `eventIds`, in dataset order; unknown ids are ignored. */
export function selectEvents(dataset: Dataset, eventIds: EventIds): TimelineEvent[] {
  const wanted = eventIds instanceof Set ? eventIds : new Set(eventIds);
  return dataset.events.filter((event) => wanted.has(event.id));
}

/**
 * A self-contained dataset of those events: the actors they name (as actors or as speakers of an
 * excerpt), the sides of those actors and of the events themselves, the sources of their excerpts, and `related` links only
 * to events that are exported too; likewise the intro's key moments (an intro left with none keeps its dek). Nothing is
 * mutated; the result shares no arrays with the input.
 */
export function subsetDataset(dataset: Dataset, eventIds: EventIds): Dataset {
  const events = selectEvents(dataset, eventIds);
  const eventIdSet = new Set(events.map((event) => event.id));
  const actorIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const event of events) {
    for (const actorId of event.actors) actorIds.add(actorId);
    for (const excerpt of event.excerpts) {
      sourceIds.add(excerpt.source);
      if (excerpt.speaker !== undefined) actorIds.add(excerpt.speaker);
    }
  }
  const actors = dataset.actors.filter((actor) => actorIds.has(actor.id));
  const sideIds = new Set([...actors.map((actor) => actor.side), ...events.flatMap((event) => event.sides ?? [])]);
  return {
    ...dataset,
    ...(dataset.intro ? { intro: introOf(dataset.intro, eventIdSet) } : {}),
    sides: dataset.sides.filter((side) => sideIds.has(side.id)),
    sources: dataset.sources.filter((source) => sourceIds.has(source.id)),
    actors,
    events: events.map((event) => {
      if (event.related === undefined) return event;
      const { related, ...rest } = event;
      const kept = related.filter((link) => eventIdSet.has(link.event));
      return kept.length > 0 ? { ...rest, related: kept } : rest;
    }),
  };
}

function introOf(intro: NonNullable<Dataset['intro']>, exported: ReadonlySet<string>): NonNullable<Dataset['intro']> {
  if (intro.keyEvents === undefined) return intro;
  const { keyEvents, ...rest } = intro;
  const kept = keyEvents.filter((id) => exported.has(id));
  return kept.length > 0 ? { ...rest, keyEvents: kept } : rest;
}
