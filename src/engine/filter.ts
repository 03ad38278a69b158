/**
 * Filtering: each criterion becomes a bitset over event ordinals, and the result is their AND.
 * Within a criterion, values combine with OR (with no actor checked every event shows; with some
 * checked, the events involving any of them), except actors when the reader asks for events with
 * all of them (`actorMatch: 'all'`). Facet counts are taken under all *other* criteria, so a count
 * says how many events ticking that box would add; actors under "all" are counted within the
 * matches, which is how many events ticking one more would leave.
 */
import { parsePartialDate } from '../dataset/dates';
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  SOURCE_KINDS,
  type EventStatus,
  type EventType,
  type SourceKind,
} from '../dataset/vocabulary';
import { andInto, emptyBitset, forEachBit, fullBitset, popcount, setBit, type Bitset } from './bitset';
import { actorEventOrdinals, candidateRange, FLAG_DISPUTED, type EventIndex } from './eventIndex';
import { matchTerm, searchTerms, type SearchIndex } from './searchIndex';
import { sortKeyMs, endKeyMs } from '../dataset/dates';

/** Whether an event must involve any of the checked actors, or all of them. */
export type ActorMatch = 'any' | 'all';
export const ACTOR_MATCHES: readonly ActorMatch[] = ['any', 'all'];

export interface Filters {
  actors: readonly string[];
  actorMatch: ActorMatch;
  types: readonly EventType[];
  statuses: readonly EventStatus[];
  kinds: readonly SourceKind[];
  /** Source ids: the events that any of these sources reported. */
  sources: readonly string[];
  /** Only events whose accounts disagree (`isEventDisputed`). */
  disputedOnly: boolean;
  /** Only events that a single source of the dataset reported. */
  singleSourceOnly: boolean;
  /** Inclusive calendar days (YYYY-MM-DD), or null for open-ended. */
  from: string | null;
  to: string | null;
  query: string;
}

export const NO_FILTERS: Filters = {
  actors: [],
  actorMatch: 'any',
  types: [],
  statuses: [],
  kinds: [],
  sources: [],
  disputedOnly: false,
  singleSourceOnly: false,
  from: null,
  to: null,
  query: '',
};

export type Facet = 'actors' | 'types' | 'statuses' | 'kinds' | 'sources';

export interface FilterResult {
  matched: Bitset;
  count: number;
  /** Per facet value (by ordinal in actors / EVENT_TYPES / EVENT_STATUSES / SOURCE_KINDS / sources). */
  facetCounts: Record<Facet, Uint32Array>;
  /** How many events each "only" checkbox would show, under all other criteria. */
  onlyCounts: { disputed: number; singleSource: number };
  /** The query could not be applied yet because the search index is still being built. */
  searchPending: boolean;
}

export type Criterion =
  'actors' | 'types' | 'statuses' | 'kinds' | 'sources' | 'disputed' | 'single' | 'dates' | 'query';

export function isFiltering(filters: Filters): boolean {
  return (
    filters.actors.length > 0 ||
    filters.types.length > 0 ||
    filters.statuses.length > 0 ||
    filters.kinds.length > 0 ||
    filters.sources.length > 0 ||
    filters.disputedOnly ||
    filters.singleSourceOnly ||
    filters.from !== null ||
    filters.to !== null ||
    searchTerms(filters.query).length > 0
  );
}

export function applyFilters(index: EventIndex, search: SearchIndex | null, filters: Filters): FilterResult {
  const criteria = criteriaOf(index, search, filters);
  const searchPending = searchTerms(filters.query).length > 0 && search === null;
  const matched = combine(criteria, null) ?? fullBitset(index.count);
  return {
    matched,
    count: criteria.size === 0 ? index.count : popcount(matched),
    facetCounts: {
      // Under "all", ticking one more actor keeps the matches that involve it: counted within them.
      // (A ticked actor's count is then every match, as it is under "any" for a lone ticked actor.)
      actors: countActors(index, combine(criteria, filters.actorMatch === 'all' ? null : 'actors')),
      types: countCodes(index.typeCode, EVENT_TYPES.length, combine(criteria, 'types')),
      statuses: countCodes(index.statusCode, EVENT_STATUSES.length, combine(criteria, 'statuses')),
      kinds: countKinds(index, combine(criteria, 'kinds')),
      sources: countSources(index, combine(criteria, 'sources')),
    },
    onlyCounts: {
      disputed: countWithin(combine(criteria, 'disputed'), disputedEvents(index)),
      singleSource: countWithin(combine(criteria, 'single'), singleSourceEvents(index)),
    },
    searchPending,
  };
}

/** Each criterion the filters set, as the bitset of the events it lets through. */
function criteriaOf(index: EventIndex, search: SearchIndex | null, filters: Filters): Map<Criterion, Bitset> {
  const terms = searchTerms(filters.query);
  const criteria = new Map<Criterion, Bitset>();
  if (filters.actors.length > 0) criteria.set('actors', actorCriterion(index, filters.actors, filters.actorMatch));
  if (filters.types.length > 0)
    criteria.set(
      'types',
      codeCriterion(
        index.typeCode,
        filters.types.map((t) => EVENT_TYPES.indexOf(t)),
      ),
    );
  if (filters.statuses.length > 0) {
    criteria.set(
      'statuses',
      codeCriterion(
        index.statusCode,
        filters.statuses.map((s) => EVENT_STATUSES.indexOf(s)),
      ),
    );
  }
  if (filters.kinds.length > 0) criteria.set('kinds', kindCriterion(index, filters.kinds));
  if (filters.sources.length > 0) criteria.set('sources', sourceCriterion(index, filters.sources));
  if (filters.disputedOnly) criteria.set('disputed', disputedEvents(index));
  if (filters.singleSourceOnly) criteria.set('single', singleSourceEvents(index));
  if (filters.from !== null || filters.to !== null)
    criteria.set('dates', dateCriterion(index, filters.from, filters.to));
  if (terms.length > 0 && search !== null) criteria.set('query', queryCriterion(index, search, terms));
  return criteria;
}

/**
 * For filters that match nothing, what dropping each of them would give: one entry per criterion
 * in force, with the number of events the others let through, most first. Computed only when
 * asked (an empty result), so the filtering itself pays nothing for it.
 */
export function relaxations(
  index: EventIndex,
  search: SearchIndex | null,
  filters: Filters,
): { criterion: Criterion; count: number }[] {
  const criteria = criteriaOf(index, search, filters);
  return [...criteria.keys()]
    .map((criterion) => {
      const others = combine(criteria, criterion);
      return { criterion, count: others ? popcount(others) : index.count };
    })
    .sort((a, b) => b.count - a.count);
}

/**
 * The AND of the criteria but `except`; null when none applies (every event). Counts over every
 * event then read the index's columns straight through, with no bitset to test: that is the case
 * of every facet on opening a dataset, and of a facet's own counts while only it is ticked.
 */
function combine(criteria: Map<Criterion, Bitset>, except: Criterion | null): Bitset | null {
  let result: Bitset | null = null;
  for (const [name, bits] of criteria) {
    if (name === except) continue;
    if (result) andInto(result, bits);
    else result = Uint32Array.from(bits);
  }
  return result;
}

function actorCriterion(index: EventIndex, actorIds: readonly string[], match: ActorMatch): Bitset {
  if (match === 'all') {
    const bits = fullBitset(index.count);
    for (const id of actorIds) {
      const actor = index.actorOrdinal.get(id);
      if (actor !== undefined) andInto(bits, eventsOfActor(index, actor));
    }
    return bits;
  }
  const bits = emptyBitset(index.count);
  for (const id of actorIds) {
    const actor = index.actorOrdinal.get(id);
    if (actor === undefined) continue;
    const events = actorEventOrdinals(index, actor);
    for (let k = 0; k < events.length; k++) setBit(bits, events[k]!);
  }
  return bits;
}

function eventsOfActor(index: EventIndex, actor: number): Bitset {
  const bits = emptyBitset(index.count);
  const events = actorEventOrdinals(index, actor);
  for (let k = 0; k < events.length; k++) setBit(bits, events[k]!);
  return bits;
}

function codeCriterion(codes: Uint8Array, wanted: number[]): Bitset {
  let mask = 0;
  for (const code of wanted) if (code >= 0) mask |= 1 << code;
  const bits = emptyBitset(codes.length);
  for (let i = 0; i < codes.length; i++) if ((mask >>> codes[i]!) & 1) setBit(bits, i);
  return bits;
}

function kindCriterion(index: EventIndex, kinds: readonly SourceKind[]): Bitset {
  let mask = 0;
  for (const kind of kinds) mask |= 1 << SOURCE_KINDS.indexOf(kind);
  const bits = emptyBitset(index.count);
  for (let i = 0; i < index.count; i++) if (index.kindMask[i]! & mask) setBit(bits, i);
  return bits;
}

function sourceCriterion(index: EventIndex, sourceIds: readonly string[]): Bitset {
  const wanted = new Uint8Array(index.sources.length);
  for (const id of sourceIds) {
    const source = index.sourceOrdinal.get(id);
    if (source !== undefined) wanted[source] = 1;
  }
  const bits = emptyBitset(index.count);
  for (let i = 0; i < index.count; i++) {
    for (let k = index.eventSourceStart[i]!; k < index.eventSourceStart[i + 1]!; k++) {
      if (wanted[index.eventSources[k]!]) {
        setBit(bits, i);
        break;
      }
    }
  }
  return bits;
}

/**
 * The events an index marks once and for all (`holds` reads only the index), computed on first use
 * and kept as long as the index lives.
 */
function eventsOncePerIndex(holds: (index: EventIndex, ordinal: number) => boolean): (index: EventIndex) => Bitset {
  const cache = new WeakMap<EventIndex, Bitset>();
  return (index) => {
    let bits = cache.get(index);
    if (!bits) {
      bits = emptyBitset(index.count);
      for (let i = 0; i < index.count; i++) if (holds(index, i)) setBit(bits, i);
      cache.set(index, bits);
    }
    return bits;
  };
}

/** The events that are disputed (the index's flag, set from `isEventDisputed`). */
const disputedEvents = eventsOncePerIndex((index, i) => (index.flags[i]! & FLAG_DISPUTED) !== 0);

const singleSourceEvents = eventsOncePerIndex(
  (index, i) => index.eventSourceStart[i + 1]! - index.eventSourceStart[i]! === 1,
);

/** Events that overlap the inclusive calendar range [from, to] (UTC calendar). */
function dateCriterion(index: EventIndex, from: string | null, to: string | null): Bitset {
  const fromKey = from === null ? -Infinity : dayKey(from, 'start');
  const toKey = to === null ? Infinity : dayKey(to, 'end');
  const bits = emptyBitset(index.count);
  const [first, last] = candidateRange(index, fromKey, toKey);
  for (let i = first; i < last; i++) if (index.endKey[i]! > fromKey) setBit(bits, i);
  return bits;
}

function dayKey(day: string, edge: 'start' | 'end'): number {
  const parsed = parsePartialDate(day);
  if (!parsed.ok) return edge === 'start' ? -Infinity : Infinity;
  return edge === 'start' ? sortKeyMs(parsed.value) : endKeyMs(parsed.value);
}

/**
 * Results per query word are kept for the index's lifetime (bounded), so typing one more letter
 * recomputes only the word being typed; the others come from the cache.
 */
const termCache = new WeakMap<SearchIndex, Map<string, Bitset>>();
const TERM_CACHE_LIMIT = 64;

function queryCriterion(index: EventIndex, search: SearchIndex, terms: string[]): Bitset {
  let cache = termCache.get(search);
  if (!cache) termCache.set(search, (cache = new Map()));
  const result = fullBitset(index.count);
  for (const term of terms) {
    let bits = cache.get(term);
    if (!bits) {
      bits = matchTerm(search, term, (actor) => actorEventOrdinals(index, actor));
      if (cache.size >= TERM_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(term, bits);
    }
    andInto(result, bits);
  }
  return result;
}

function countCodes(codes: Uint8Array, values: number, within: Bitset | null): Uint32Array {
  const counts = new Uint32Array(values);
  if (within === null) for (let i = 0; i < codes.length; i++) counts[codes[i]!]!++;
  else forEachBit(within, (i) => counts[codes[i]!]!++, 0, codes.length);
  return counts;
}

function countKinds(index: EventIndex, within: Bitset | null): Uint32Array {
  // Events are counted by their mask of kinds first (a byte: 256 masks at most), then each mask's
  // count goes to each of its kinds: one pass over the events with one step each.
  const byMask = countCodes(index.kindMask, 256, within);
  const counts = new Uint32Array(SOURCE_KINDS.length);
  for (let mask = 1; mask < byMask.length; mask++) {
    if (byMask[mask] === 0) continue;
    for (let k = 0; k < SOURCE_KINDS.length; k++) if (mask & (1 << k)) counts[k]! += byMask[mask]!;
  }
  return counts;
}

/** Counts per value of a compressed row column (the sources or actors of each event). */
function countRows(starts: Uint32Array, values: Uint32Array, size: number, within: Bitset | null): Uint32Array {
  const counts = new Uint32Array(size);
  // Over every event, the rows end to end are the whole column.
  if (within === null) for (let k = 0; k < values.length; k++) counts[values[k]!]!++;
  else
    forEachBit(
      within,
      (i) => {
        for (let k = starts[i]!; k < starts[i + 1]!; k++) counts[values[k]!]!++;
      },
      0,
      starts.length - 1,
    );
  return counts;
}

function countSources(index: EventIndex, within: Bitset | null): Uint32Array {
  return countRows(index.eventSourceStart, index.eventSources, index.sources.length, within);
}

function countActors(index: EventIndex, within: Bitset | null): Uint32Array {
  return countRows(index.eventActorStart, index.eventActors, index.actors.length, within);
}

function countWithin(within: Bitset | null, bits: Bitset): number {
  if (within === null) return popcount(bits);
  const both = Uint32Array.from(within);
  andInto(both, bits);
  return popcount(both);
}
