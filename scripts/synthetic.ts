/**
 * A synthetic Sourceline dataset of any size, for benchmarks and tests. Pure and deterministic:
 * the same options give the same dataset, and `datasetJson` the same bytes. The dataset is valid
 * under the contract (docs/dataset.md) and shaped like a real one: ~50 actors on 7 sides with aliases
 * (some with diacritics, so search folding matters), 12 sources of every kind, events spread over
 * three years with bursts of activity, mostly day dates with some month dates, clock times in
 * their zone's real offset, ranges, several excerpts that sometimes dispute each other, links
 * between events, and titles, summaries and quotes drawn from word lists.
 *
 * Nothing here touches the file system: `scripts/generate-synthetic.ts` is the CLI around it.
 */
import { MONTH_NAMES, wallClockToInstant } from '../src/dataset/dates';
import { foldAccents, slugify } from '../src/dataset/slugs';
import { zoneOffsetMinutes } from '../src/dataset/zones';
import { formatOffset } from '../src/dataset/dates';
import { upperBound } from '../src/engine/binarySearch';
import { mulberry32 } from '../src/engine/prng';
import words from './synthetic-words.json' with { type: 'json' };
import { EVENT_STATUSES, EVENT_TYPES, RELATIONS, type EventType, type SourceKind } from '../src/dataset/vocabulary';
import type { Actor, Dataset, Excerpt, Side, Source, TimelineEvent } from '../src/dataset/types';

export interface SyntheticOptions {
  /** How many events (0 or more). */
  events: number;
  /** PRNG seed (an unsigned 32-bit integer); the same seed gives the same dataset. Default 1. */
  seed?: number;
  /** How many actors (at least 7, one per side). Default 48. */
  actors?: number;
  /**
   * How many sides (lanes). Default 7, the named ones; beyond those, "Delegation N" sides that
   * half of the events name as a lane of their own (to test many lanes).
   */
  sides?: number;
  /** First calendar day of the dataset's span, YYYY-MM-DD. Default 2021-01-01. */
  from?: string;
  /** Length of the span in days. Default 1095 (three years). */
  days?: number;
}

export const DEFAULT_SEED = 1;
export const MAX_EVENTS = 2_000_000;

// ---------------------------------------------------------------------------------------------
// Randomness

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Approximately normal (Irwin–Hall with 4 terms), mean 0, sd 1. */
  normal(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
  }
}

/** Picks by weight in O(log n) from precomputed cumulative weights. */
class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    let sum = 0;
    for (const w of weights) this.cumulative.push((sum += w));
    this.total = sum;
  }
  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    return this.items[Math.min(upperBound(this.cumulative, x), this.items.length - 1)]!;
  }
}

// ---------------------------------------------------------------------------------------------
// Word lists (scripts/synthetic-words.json)

const {
  sides: SIDES,
  firstNames: FIRST_NAMES,
  surnames: SURNAMES,
  personRoles: PERSON_ROLES,
  unRoles: UN_ROLES,
  mediaRoles: MEDIA_ROLES,
  institutions: INSTITUTIONS,
  zones: ZONES,
  places: PLACES,
  topics: TOPICS,
  pastVerbs: PAST_VERBS,
  attributions: ATTRIBUTIONS,
  secondSentences: SECOND_SENTENCES,
  quotes: QUOTES,
  disputingQuotes: DISPUTING_QUOTES,
  titles: TITLES,
  ...lists
} = words as typeof words & { personRoles: [string, string][]; unRoles: [string, string][] };
const SINGULAR_ROLES = new Set(words.singularRoles);
const TYPE_WEIGHTS: Partial<Record<string, number>> = words.typeWeights;
const STATUS_WEIGHTS: Record<string, number> = words.statusWeights;
const SOURCE_LIST = words.sourceList as { id: string; outlet: string; kind: SourceKind; weight: number }[];

/** Words of the generated text that the benchmark types into the search box. */
export const SEARCH_CANDIDATES: readonly string[] = words.searchCandidates;

// ---------------------------------------------------------------------------------------------
// Text helpers

/** What broken encodings do to a name: non-ASCII letters dropped ("Erdoğan" → "Erdoan"). */
function mangled(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fills {slot} from `slots`; {Slot} is the same slot, capitalised. */
function fill(template: string, slots: Record<string, () => string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const slot = slots[key] ?? slots[key.charAt(0).toLowerCase() + key.slice(1)];
    if (!slot) throw new Error(`synthetic-words.json: no word list for {${key}}`);
    return slot === slots[key] ? slot() : capitalise(slot());
  });
}

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dayText(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function monthText(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/**
 * An instant written in `zone`'s wall clock with the offset that zone really has at that instant
 * (so DST is right). The clock reading is derived from the instant, so the two always agree.
 */
export function zonedText(instantMs: number, zone: string, withSeconds: boolean): string {
  const offset = zoneOffsetMinutes(zone, instantMs);
  const wall = new Date(instantMs + offset * 60_000);
  const seconds = withSeconds ? `:${pad(wall.getUTCSeconds())}` : '';
  return `${dayText(wall.getTime())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}${seconds}${offset === 0 ? 'Z' : formatOffset(offset)}`;
}

// ---------------------------------------------------------------------------------------------
// The dataset

interface ActorInfo extends Actor {
  short: string;
}

function buildActors(rng: Rng, count: number): ActorInfo[] {
  const actors: ActorInfo[] = [];
  const usedIds = new Set<string>();
  const names = new Set<string>();
  /** Roles only one person holds at a time, per side ("borovia:President"). */
  const heldRoles = new Set<string>();
  const add = (actor: ActorInfo) => {
    let id = actor.id;
    for (let n = 2; usedIds.has(id); n++) id = `${actor.id}-${n}`;
    usedIds.add(id);
    actors.push({ ...actor, id });
  };
  // Every side gets an institution first, so no side is empty.
  for (const side of SIDES) {
    if (side.id === 'media') {
      add({
        id: 'wire-services',
        name: 'Wire services',
        role: 'Agency reports',
        side: side.id,
        aliases: ['news agencies'],
        short: 'Wire services',
      });
      continue;
    }
    const institution = side.id === 'un' ? 'UN Security Council' : `${side.adjective} ${rng.pick(INSTITUTIONS)}`;
    names.add(institution);
    add({
      id: slugify(institution, 'actor'),
      name: institution,
      role: `Institution (${side.name})`,
      side: side.id,
      aliases: [],
      short: institution,
    });
  }
  const sideWeights = new Weighted(SIDES, [10, 9, 6, 8, 5, 3, 7]);
  while (actors.length < count) {
    const side = sideWeights.pick(rng);
    if (side.id !== 'un' && side.id !== 'media' && rng.chance(0.15)) {
      const name = `${side.adjective} ${rng.pick(INSTITUTIONS)}`;
      if (names.has(name)) continue;
      names.add(name);
      add({
        id: slugify(name, 'actor'),
        name,
        role: `Institution (${side.name})`,
        side: side.id,
        aliases: [`the ${name.split(' ').slice(1).join(' ')}`],
        short: name,
      });
      continue;
    }
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(SURNAMES);
    const name = `${first} ${last}`;
    if (names.has(name)) continue;
    names.add(name);
    let role: string;
    let title = '';
    if (side.id === 'media') {
      role = `${rng.pick(MEDIA_ROLES)}, ${rng.pick(SOURCE_LIST).outlet}`;
    } else {
      const roles = side.id === 'un' ? UN_ROLES : PERSON_ROLES;
      let [name, honorific] = rng.pick(roles);
      for (let tries = 0; heldRoles.has(`${side.id}:${name}`) && tries < 10; tries++)
        [name, honorific] = rng.pick(roles);
      if (SINGULAR_ROLES.has(name)) heldRoles.add(`${side.id}:${name}`);
      role = side.id === 'un' ? `UN ${name}` : `${name} (${side.name})`;
      title = honorific;
    }
    const aliases = title ? [last, `${title} ${last}`] : [last];
    if (foldAccents(last) !== last)
      aliases.push(rng.chance(0.5) && mangled(last).length >= last.length - 1 ? mangled(last) : foldAccents(last));
    if (rng.chance(0.3)) aliases.push(`${first.charAt(0)}. ${last}`);
    add({ id: slugify(name, 'actor'), name, role, side: side.id, aliases, short: last });
  }
  return actors;
}

function buildSources(rng: Rng, fromMs: number, days: number): Source[] {
  return SOURCE_LIST.map((s, i) => {
    const source: Source = { id: s.id, outlet: s.outlet, kind: s.kind };
    if (s.kind !== 'other') source.title = `${s.outlet}: coverage of the crisis, part ${i + 1}`;
    if (s.kind === 'press-release' || s.kind === 'live-blog') source.url = `https://example.org/${s.id}`;
    if (rng.chance(0.8)) source.published = dayText(fromMs + rng.int(0, days - 1) * DAY_MS);
    source.note = 'Synthetic source generated for benchmarking; no real article.';
    return source;
  });
}

interface Draft {
  sortKey: number;
  event: Omit<TimelineEvent, 'id'>;
  typeTag: EventType;
  dayMs: number;
}

/** Generates a dataset. Same options, same dataset. */
export function generateDataset(options: SyntheticOptions): Dataset {
  const count = options.events;
  if (!Number.isInteger(count) || count < 0 || count > MAX_EVENTS) {
    throw new RangeError(`events must be an integer from 0 to ${MAX_EVENTS}, got ${count}`);
  }
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new RangeError(`seed must be an integer from 0 to 4294967295, got ${seed}`);
  const actorCount = options.actors ?? 48;
  if (!Number.isInteger(actorCount) || actorCount < SIDES.length)
    throw new RangeError(`actors must be an integer of at least ${SIDES.length}`);
  const from = options.from ?? '2021-01-01';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) throw new RangeError(`from must be YYYY-MM-DD, got ${from}`);
  const fromMs = Date.parse(`${from}T00:00:00Z`);
  if (Number.isNaN(fromMs)) throw new RangeError(`from is not a date: ${from}`);
  const sideCount = options.sides ?? SIDES.length;
  if (!Number.isInteger(sideCount) || sideCount < SIDES.length || sideCount > 100_000)
    throw new RangeError(`sides must be an integer from ${SIDES.length} to 100000, got ${sideCount}`);
  const extraSides: Side[] = Array.from({ length: sideCount - SIDES.length }, (_, i) => ({
    id: `delegation-${i + SIDES.length + 1}`,
    name: `Delegation ${i + SIDES.length + 1}`,
  }));
  const days = options.days ?? 1095;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);

  const rng = new Rng(seed);
  const actors = buildActors(rng, actorCount);
  const sources = buildSources(rng, fromMs, days);

  // Popularity: a few actors appear in thousands of events, most in hundreds, some in few.
  const rank = actors.map((_, i) => i);
  for (let i = rank.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [rank[i], rank[j]] = [rank[j]!, rank[i]!];
  }
  const actorPick = new Weighted(
    actors,
    rank.map((r) => 1 / Math.pow(r + 1, 0.85)),
  );
  const sourcePick = new Weighted(
    SOURCE_LIST.map((_, i) => sources[i]!),
    SOURCE_LIST.map((s) => s.weight),
  );
  const typePick = new Weighted(
    EVENT_TYPES,
    EVENT_TYPES.map((t) => TYPE_WEIGHTS[t] ?? 2),
  );
  const statusPick = new Weighted(
    EVENT_STATUSES,
    EVENT_STATUSES.map((s) => STATUS_WEIGHTS[s] ?? 0),
  );
  const zonePick = new Weighted(
    ZONES,
    ZONES.map((z) => z.weight),
  );

  // Bursts: clusters of days with many events (a summit week, an escalation).
  const burstCount = Math.max(4, Math.round(days / 30));
  const bursts = Array.from({ length: burstCount }, () => ({
    center: rng.int(0, days - 1),
    spread: 0.5 + rng.next() * 5,
  }));
  const burstPick = new Weighted(
    bursts,
    bursts.map(() => 0.2 + rng.next()),
  );
  const pickDay = (): number => {
    if (rng.chance(0.55)) {
      const burst = burstPick.pick(rng);
      const day = Math.round(burst.center + rng.normal() * burst.spread);
      if (day >= 0 && day < days) return day;
    }
    return rng.int(0, days - 1);
  };

  const drafts: Draft[] = [];
  for (let n = 0; n < count; n++) {
    const day = pickDay();
    const dayMs = fromMs + day * DAY_MS;
    const type = typePick.pick(rng);
    const status = statusPick.pick(rng);

    // Actors: one to three, the first by popularity; an occasional event has none.
    const eventActors: ActorInfo[] = [];
    if (!rng.chance(0.01)) {
      const twoSided = type === 'call' || type === 'meeting';
      const wanted = !twoSided && rng.chance(0.45) ? 1 : rng.chance(0.7) ? 2 : 3;
      for (let tries = 0; eventActors.length < wanted && tries < 8; tries++) {
        const actor = actorPick.pick(rng);
        if (!eventActors.includes(actor)) eventActors.push(actor);
      }
    }
    const a = eventActors[0]?.short ?? 'Officials';
    const b = eventActors[1]?.short ?? rng.pick(actors).short;
    const pick = (list: readonly string[]) => () => rng.pick(list);
    const topic = pick(TOPICS);
    const place = pick(PLACES);
    const slots: Record<string, () => string> = {
      a: () => a,
      b: () => b,
      topic,
      place,
      adj: pick(lists.adjectives),
      noun: pick(lists.nouns),
      adv: pick(lists.adverbials),
      unit: pick(lists.units),
      statementVerb: pick(lists.statementVerbs),
      sector: pick(lists.sectors),
      exercise: pick(lists.exercises),
      proposal: pick(lists.proposals),
      aid: pick(lists.aid),
      group: pick(lists.groups),
      outlet: () => rng.pick(SOURCE_LIST).outlet,
    };

    const title = fill(TITLES[type as keyof typeof TITLES], slots);
    let summary = `${capitalise(eventActors.length > 1 ? `${a} and ${b}` : a)} ${rng.pick(PAST_VERBS)} ${topic()} in ${place()}.`;
    if (rng.chance(0.6)) summary += ` ${fill(rng.pick(SECOND_SENTENCES), slots)}`;

    // Dates: ~75% days, ~10% months, ~10% clock times in a zone, ~5% ranges.
    let start: string;
    let end: string | undefined;
    let timeZone: string | undefined;
    let dateNote: string;
    let sortKey = dayMs;
    const r = rng.next();
    const published = dayMs + rng.int(0, 2) * DAY_MS;
    if (r < 0.1) {
      start = monthText(dayMs);
      dateNote = `Only the month is given ("in ${MONTH_NAMES[new Date(dayMs).getUTCMonth()]}")`;
    } else if (r < 0.2) {
      const { zone, city } = zonePick.pick(rng);
      const wall = dayMs + rng.int(7 * 60, 22 * 60) * 60_000 + (rng.chance(0.15) ? rng.int(1, 59) * 1000 : 0);
      const instant = wallClockToInstant(wall, (ms) => zoneOffsetMinutes(zone, ms));
      const withSeconds = wall % 60_000 !== 0;
      start = zonedText(instant, zone, withSeconds);
      if (rng.chance(0.1)) end = zonedText(instant + rng.int(30, 360) * 60_000, zone, withSeconds);
      timeZone = zone;
      sortKey = instant;
      dateNote = `${start.slice(11, 16)} local time in ${city}, per a live blog`;
    } else if (r < 0.24) {
      start = dayText(dayMs);
      end = dayText(dayMs + rng.int(1, 14) * DAY_MS);
      dateNote = `"from ${start} to ${end}" in the report`;
    } else if (r < 0.25) {
      start = monthText(dayMs);
      const last = new Date(dayMs);
      last.setUTCDate(1);
      last.setUTCMonth(last.getUTCMonth() + rng.int(1, 3));
      end = monthText(last.getTime());
      dateNote = 'A span of months; no days are given';
    } else {
      start = dayText(dayMs);
      const weekday = WEEKDAYS[new Date(dayMs).getUTCDay()]!;
      dateNote =
        published === dayMs
          ? `"today" in a report of ${dayText(published)}`
          : `"${weekday}" in a report published ${dayText(published)}`;
    }

    // Excerpts: one to three; later ones sometimes dispute the first.
    const excerptCount = rng.chance(0.6) ? 1 : rng.chance(0.75) ? 2 : 3;
    const excerpts: Excerpt[] = [];
    for (let k = 0; k < excerptCount; k++) {
      const disputes = k > 0 && rng.chance(0.25);
      const quote = fill(rng.pick(disputes ? DISPUTING_QUOTES : QUOTES), slots);
      const excerpt: Excerpt = { source: sourcePick.pick(rng).id, quote };
      if (eventActors.length > 0 && rng.chance(0.5)) excerpt.speaker = rng.pick(eventActors).id;
      else if (rng.chance(0.3)) excerpt.attribution = rng.pick(ATTRIBUTIONS);
      if (disputes) excerpt.stance = 'disputes';
      else if (k > 0 && rng.chance(0.2)) excerpt.stance = 'supports';
      excerpts.push(excerpt);
    }

    // Field order as in the contract, optional fields only when present.
    const event: Omit<TimelineEvent, 'id'> = {
      title,
      type,
      status,
      start,
      ...(end !== undefined ? { end } : {}),
      ...(timeZone !== undefined ? { timeZone } : {}),
      ...(rng.chance(0.75) ? { dateNote } : {}),
      actors: eventActors.map((actor) => actor.id),
      ...(extraSides.length > 0 && rng.chance(0.5) ? { sides: [rng.pick(extraSides).id] } : {}),
      summary,
      excerpts,
    };
    drafts.push({ sortKey, event, typeTag: type, dayMs });
  }

  // Chronological order, ids from the date and the position; then links to earlier events.
  drafts.sort((x, y) => x.sortKey - y.sortKey);
  const width = Math.max(1, count.toString(36).length);
  const events: TimelineEvent[] = drafts.map((draft, i) => ({
    id: `${dayText(draft.dayMs)}-${draft.typeTag}-${i.toString(36).padStart(width, '0')}`,
    ...draft.event,
  }));
  for (let i = 1; i < events.length; i++) {
    if (!rng.chance(0.08)) continue;
    const target = events[Math.max(0, i - rng.int(1, 200))]!;
    events[i]!.related = [{ event: target.id, relation: rng.pick(RELATIONS) }];
  }

  return {
    title: `Synthetic crisis timeline (${count.toLocaleString('en-US')} events, seed ${seed})`,
    description:
      'Generated by scripts/generate-synthetic.ts for benchmarks and tests. The actors, outlets and events are invented; ' +
      'the shape (sides, aliases with diacritics, bursts of activity, partial dates, clock times in their zones, ' +
      'disputed accounts) follows the real bundled dataset.',
    sides: [...SIDES.map(({ id, name }) => ({ id, name }) satisfies Side), ...extraSides],
    sources,
    actors: actors.map(({ short: _short, ...actor }) => {
      if (actor.aliases && actor.aliases.length === 0) delete actor.aliases;
      return actor;
    }),
    events,
  };
}

// ---------------------------------------------------------------------------------------------
// Serialisation

/**
 * The dataset as JSON text, in pieces: the header (sides, sources, actors) pretty-printed, then
 * one event per line, `eventsPerChunk` events per piece. Joining the pieces gives `datasetJson`.
 */
export function* datasetJsonChunks(dataset: Dataset, eventsPerChunk = 2000): Generator<string> {
  const { events, ...head } = dataset;
  const headText = JSON.stringify(head, null, 2);
  // Replace the closing "\n}" of the header with the events array.
  yield `${headText.slice(0, -2)},\n  "events": [`;
  for (let i = 0; i < events.length; i += eventsPerChunk) {
    const lines: string[] = [];
    const end = Math.min(events.length, i + eventsPerChunk);
    for (let j = i; j < end; j++) lines.push(`${j === 0 ? '' : ','}\n${JSON.stringify(events[j])}`);
    yield lines.join('');
  }
  yield events.length > 0 ? '\n]\n}\n' : ']\n}\n';
}

export function datasetJson(dataset: Dataset): string {
  return [...datasetJsonChunks(dataset)].join('');
}
