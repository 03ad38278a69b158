/**
 * The dataset's checks, run on a file as it arrives: each event is checked when its JSON is in
 * (the schema of an event, its references, claims and dates: the same code as `validateDataset`),
 * and what needs the whole file (the rest of the dataset, repeated event ids, links between
 * events, references to sides, sources or actors declared after the events) when it is all in.
 *
 * It only answers "valid, and here is the dataset" or "not valid": a file that fails is checked
 * again whole by `validateDataset`, which lists every problem in document order with the same
 * messages as `npm run validate`. One implementation of the rules, two schedules.
 */
import {
  checkDeclared,
  checkEvent,
  checkKeyEvents,
  checkRelated,
  declaredIdsOf,
  IdCollector,
  type DeclaredIds,
} from './integrity';
import type { Dataset, TimelineEvent } from './types';
import { validateDatasetApartFromEvents, validEvent } from './validate';

const UNKNOWN: DeclaredIds = { sides: null, sources: null, actors: null };

export class StreamedCheck {
  private valid = true;
  private readonly fail = () => void (this.valid = false);
  /** Ids declared before the events (from the top of the file), or null when not known then. */
  private declared: DeclaredIds | null = null;
  private readonly eventIds = new IdCollector('events', this.fail);
  private readonly events: TimelineEvent[] = [];
  /** Positions of the events that link to others: checked once every id is known. */
  private readonly linking: number[] = [];

  /** False as soon as something is wrong: the caller can stop feeding it. */
  get ok(): boolean {
    return this.valid;
  }

  /** The dataset's fields before its events, as parsed from the top of the file (if they parse). */
  declaredBefore(head: unknown): void {
    this.declared = checkDeclared(head, () => {});
  }

  /** The next event as parsed from the file: the validated event, or null if it is not valid. */
  add(input: unknown): TimelineEvent | null {
    if (!this.valid) return null;
    const event = validEvent(input);
    if (!event) return this.failed();
    const i = this.events.length;
    this.eventIds.add(input, i);
    checkEvent(input, i, this.declared ?? UNKNOWN, this.fail);
    if (event.related) this.linking.push(i);
    this.events.push(event);
    return this.valid ? event : null;
  }

  /**
   * The verdict, given the rest of the file (everything but the events, which it holds as an empty
   * list). The events are checked here against ids declared after them, or again if the top of
   * the file declared other ids than the whole file does (a key written twice).
   */
  finish(rest: unknown): { ok: true; dataset: Dataset } | { ok: false } {
    if (!this.valid) return { ok: false };
    const withoutEvents = validateDatasetApartFromEvents(rest);
    const events = (rest as { events?: unknown } | null)?.events;
    if (!withoutEvents.ok || !Array.isArray(events) || events.length !== 0) return { ok: false };
    const declared = declaredIdsOf(withoutEvents.dataset);
    if (!this.declared || !sameIds(this.declared, declared)) {
      for (let i = 0; i < this.events.length; i++) checkEvent(this.events[i], i, declared, this.fail);
    }
    for (const i of this.linking) checkRelated(this.events[i], i, this.eventIds, this.fail);
    checkKeyEvents(rest, this.eventIds, this.fail);
    if (!this.valid) return { ok: false };
    return { ok: true, dataset: { ...withoutEvents.dataset, events: this.events } };
  }

  private failed(): null {
    this.valid = false;
    return null;
  }
}

function sameIds(a: DeclaredIds, b: DeclaredIds): boolean {
  const same = (x: Set<string> | null, y: Set<string> | null) =>
    x === null || y === null ? x === y : x.size === y.size && [...x].every((id) => y.has(id));
  return same(a.sides, b.sides) && same(a.sources, b.sources) && same(a.actors, b.actors);
}
