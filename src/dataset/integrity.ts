/**
 * The dataset checks that a field's shape cannot express: unique ids, references that resolve,
 * claims that an excerpt asserts, dates that exist, end not before start, offsets that agree with
 * their zone. `validateDataset` runs them beside the zod schema so that one pass reports every problem.
 */
import {
  compareCalendar,
  formatOffset,
  hasClockTime,
  instantMs,
  localMeanTimeHint,
  parsePartialDate,
  type PartialDate,
} from './dates';
import { isValidTimeZone, zoneOffsetMinutes } from './zones';
import type { JsonPath } from './problems';
import type { Dataset } from './types';
import { CLAIM_STANCES } from './vocabulary';

/** How the integrity checks report a problem: where in the input, and what is wrong there. */
export type Report = (path: JsonPath, message: string) => void;

/** The ids declared by a dataset's sides, sources and actors (null where that list is not a list). */
export interface DeclaredIds {
  sides: Set<string> | null;
  sources: Set<string> | null;
  actors: Set<string> | null;
}

/** The ids a dataset that has passed its checks declares (what `checkDeclared` returns for it, without checking again). */
export function declaredIdsOf(dataset: Pick<Dataset, 'sides' | 'sources' | 'actors'>): DeclaredIds {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((item) => item.id));
  return { sides: ids(dataset.sides), sources: ids(dataset.sources), actors: ids(dataset.actors) };
}

/**
 * The checks that need the whole dataset; `report` is called once per problem. It reads the raw
 * input defensively so that it can run even where the shape is broken elsewhere: a user fixing
 * a file sees every problem at once, not one layer at a time.
 *
 * The parts are exported for the loading worker, which runs them on each event as the file
 * arrives (checkEvent, IdCollector) and on the rest when it is in (checkDeclared, checkRelated).
 */
export function checkDatasetIntegrity(input: unknown, report: Report, { eventsApart = false } = {}): void {
  const root = record(input);
  const declared = checkDeclared(root, report);
  const eventIds = uniqueIds(root.events, 'events', report);
  // Plain loops, no per-item closures: this runs over every event of datasets 100,000 long.
  const events = list(root.events);
  for (let i = 0; i < events.length; i++) {
    checkEvent(events[i], i, declared, report);
    checkRelated(events[i], i, eventIds, report);
  }
  // Events checked one by one as they arrive are not in `input`: their ids are known only later.
  if (!eventsApart) checkKeyEvents(root, eventIds, report);
}

/** The lede's "key moments" are buttons that open these events: each must be one. */
export function checkKeyEvents(input: unknown, eventIds: { has(id: string): boolean } | null, report: Report): void {
  checkReferences(record(record(input).intro).keyEvents, eventIds, 'event', (j, message) =>
    report(['intro', 'keyEvents', j], message),
  );
}

/**
 * What the dataset declares beside its events: sides, sources and actors (unique ids, each actor's
 * side declared), eras and its opening view (none ending before it starts). Returns the declared ids.
 */
export function checkDeclared(input: unknown, report: Report): DeclaredIds {
  const root = record(input);
  const sides = uniqueIds(root.sides, 'sides', report);
  const sources = uniqueIds(root.sources, 'sources', report);
  const actors = uniqueIds(root.actors, 'actors', report);
  const actorList = list(root.actors);
  for (let i = 0; i < actorList.length; i++) {
    const side = record(actorList[i]).side;
    if (typeof side === 'string' && sides && !sides.has(side))
      report(['actors', i, 'side'], `no side with id "${side}"`);
  }
  const eras = list(root.eras);
  for (let i = 0; i < eras.length; i++) {
    const era = record(eras[i]);
    const start = parsedDate(era.start);
    const end = parsedDate(era.end);
    if (start && end && compareCalendar(end, start) < 0)
      report(['eras', i, 'end'], `"${end.text}" is before start "${start.text}"`);
  }
  checkView(record(root.view), report);
  return { sides, sources, actors };
}

/**
 * What one event (`events[i]`) can be checked for on its own, given the declared ids: its
 * references to sides, actors and sources, its claims and its dates. (Its links to other events
 * need every event's id: checkRelated.)
 */
export function checkEvent(input: unknown, i: number, declared: DeclaredIds, report: Report): void {
  const event = record(input);
  checkReferences(event.sides, declared.sides, 'side', (j, message) => report(['events', i, 'sides', j], message));
  checkReferences(event.actors, declared.actors, 'actor', (j, message) => report(['events', i, 'actors', j], message));
  const excerpts = list(event.excerpts);
  for (let j = 0; j < excerpts.length; j++) {
    const { source, speaker } = record(excerpts[j]);
    if (typeof source === 'string' && declared.sources && !declared.sources.has(source)) {
      report(['events', i, 'excerpts', j, 'source'], `no source with id "${source}"`);
    }
    if (typeof speaker === 'string' && declared.actors && !declared.actors.has(speaker)) {
      report(['events', i, 'excerpts', j, 'speaker'], `no actor with id "${speaker}"`);
    }
  }
  if (event.claims !== undefined || excerpts.some((excerpt) => record(excerpt).claims !== undefined)) {
    checkClaims(event, i, report);
  }
  checkEventDates(event, i, report);
}

/** The event's links (`events[i].related`): each to another event of the dataset. */
export function checkRelated(
  input: unknown,
  i: number,
  eventIds: { has(id: string): boolean } | null,
  report: Report,
): void {
  const event = record(input);
  const related = list(event.related);
  for (let j = 0; j < related.length; j++) {
    const target = record(related[j]).event;
    if (typeof target !== 'string') continue;
    if (eventIds && !eventIds.has(target)) report(['events', i, 'related', j, 'event'], `no event with id "${target}"`);
    else if (target === event.id) report(['events', i, 'related', j, 'event'], 'an event cannot be related to itself');
  }
}

/** The opening window, when given, must not end before it starts. */
function checkView(view: Record<string, unknown>, report: Report): void {
  const start = parsedDate(view.start);
  const end = parsedDate(view.end);
  if (start && end && compareCalendar(end, start) < 0)
    report(['view', 'end'], `"${end.text}" is before start "${start.text}"`);
}

/**
 * Claims are local to their event: ids are unique within it, every reference from an excerpt
 * resolves to one of them, and each claim has at least one account asserting it (a claim that only
 * ever appears disputed has no source for what is being disputed).
 */
function checkClaims(event: Record<string, unknown>, i: number, report: Report): void {
  const claims = list(event.claims);
  const claimIds = uniqueIds(claims, 'claims', (path, message) => report(['events', i, ...path], message));
  // Claims named with a stance that is not valid are left out of the "no asserting account" check:
  // the shape check already reports the stance, and its author may have meant "asserts".
  const asserted = new Set<string>();
  const excerpts = list(event.excerpts);
  for (let j = 0; j < excerpts.length; j++) {
    const references = list(record(excerpts[j]).claims);
    const seen = new Set<string>();
    for (let k = 0; k < references.length; k++) {
      const { claim, stance } = record(references[k]);
      if (typeof claim !== 'string') continue;
      const path: JsonPath = ['events', i, 'excerpts', j, 'claims', k, 'claim'];
      if (!claimIds || !claimIds.has(claim)) {
        report(path, `no claim with id "${claim}" in this event`);
        continue;
      }
      if (seen.has(claim)) report(path, `claim "${claim}" is already named by this excerpt`);
      seen.add(claim);
      if (stance === 'asserts' || !CLAIM_STANCES.includes(stance as never)) asserted.add(claim);
    }
  }
  for (let k = 0; k < claims.length; k++) {
    const claimId = record(claims[k]).id;
    if (typeof claimId === 'string' && !asserted.has(claimId)) {
      report(
        ['events', i, 'claims', k],
        `claim "${claimId}" has no asserting account: at least one excerpt needs claims: [{ "claim": "${claimId}", "stance": "asserts" }]`,
      );
    }
  }
}

function checkReferences(
  value: unknown,
  ids: { has(id: string): boolean } | null,
  noun: string,
  report: (index: number, message: string) => void,
): void {
  if (!ids || !Array.isArray(value)) return;
  for (let j = 0; j < value.length; j++) {
    const id: unknown = value[j];
    if (typeof id === 'string' && !ids.has(id)) report(j, `no ${noun} with id "${id}"`);
  }
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Collects the ids of a list's items one by one (`name[i].id`), reporting each repeated one. */
export class IdCollector {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly name: string,
    private readonly report: Report,
  ) {}

  add(item: unknown, i: number): void {
    const itemId = record(item).id;
    if (typeof itemId !== 'string') return;
    const first = this.seen.get(itemId);
    if (first === undefined) this.seen.set(itemId, i);
    else this.report([this.name, i, 'id'], `duplicate id "${itemId}" (also ${this.name}[${first}])`);
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }

  get ids(): Set<string> {
    return new Set(this.seen.keys());
  }
}

/**
 * The ids of a collection, reporting duplicates. Null when the collection is not a list: the shape
 * check reported that, and references into it are not reported again, one per item.
 */
function uniqueIds(collection: unknown, name: string, report: Report): Set<string> | null {
  if (!Array.isArray(collection)) return null;
  const ids = new IdCollector(name, report);
  for (let i = 0; i < collection.length; i++) ids.add(collection[i], i);
  return ids.ids;
}

function parsedDate(value: unknown): PartialDate | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = parsePartialDate(value);
  return parsed.ok ? parsed.value : undefined;
}

function checkEventDates(event: Record<string, unknown>, i: number, report: Report): void {
  // Malformed dates are reported by the field schema; these checks compare well-formed ones.
  const start = parsedDate(event.start);
  const end = parsedDate(event.end);
  if (start && end && compareCalendar(end, start) < 0) {
    report(['events', i, 'end'], `"${end.text}" is before start "${start.text}"`);
  }
  const startTimed = start !== undefined && hasClockTime(start);
  const endTimed = end !== undefined && hasClockTime(end);
  if (!startTimed && !endTimed) return;
  if (event.timeZone === undefined) {
    report(
      ['events', i, 'timeZone'],
      'is required when start or end has a clock time (the IANA zone where it happened)',
    );
    return;
  }
  const zone = event.timeZone;
  if (typeof zone !== 'string' || !isValidTimeZone(zone)) return;
  if (startTimed) checkOffset(start, zone, ['events', i, 'start'], report);
  if (endTimed) checkOffset(end, zone, ['events', i, 'end'], report);
}

function checkOffset(value: PartialDate, zone: string, path: JsonPath, report: Report): void {
  const expected = zoneOffsetMinutes(zone, instantMs(value));
  if (expected !== value.offsetMinutes) {
    report(
      path,
      `offset ${formatOffset(value.offsetMinutes!)} does not match ${zone} at that time (${formatOffset(expected)})${localMeanTimeHint(expected)}`,
    );
  }
}
