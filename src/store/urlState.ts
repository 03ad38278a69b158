/**
 * The URL is the state: a pure encode/decode pair between the view a reader sees and readable
 * query parameters, e.g. `?actor=putin,biden&type=call&only=disputed&q=sanctions&event=2022-01-27-biden-zelensky-call`
 * (`&actor-match=all` for events with all the actors named rather than any of them).
 * Decoding never throws: a parameter that is unknown or malformed is ignored, the rest still applies.
 */
import { parsePartialDate } from '../dataset/dates';
import { EVENT_STATUSES, EVENT_TYPES, SOURCE_KINDS } from '../dataset/vocabulary';
import { ACTOR_MATCHES, NO_FILTERS, type ActorMatch, type Filters } from '../engine/filter';
import { GROUPINGS, type Grouping } from '../engine/lanes';
import { ZONE_MODES, type ZoneMode } from '../format/dates';
import type { TimeSpan } from '../engine/timeSpan';

export interface UrlState {
  /** A dataset to load instead of the bundled one (same-origin path or http(s) URL). */
  data: string | null;
  filters: Filters;
  event: string | null;
  grouping: Grouping;
  window: TimeSpan | null;
  zone: ZoneMode;
  /** The compact layout for an iframe (`?embed=1`): timeline and details, no filters. */
  embed: boolean;
  /**
   * The curation view (`?curate`), with the id of the draft open in it (`?curate=draft-…`), or
   * null for the reader. Never in the embedded layout.
   */
  curate: string | null;
  /** Whether an embed shows its toolbar (the count, chips and Reset, lanes and zoom); `controls=0` hides it. */
  controls: boolean;
}

export const DEFAULT_URL_STATE: UrlState = {
  data: null,
  filters: NO_FILTERS,
  event: null,
  grouping: 'side',
  window: null,
  zone: 'event',
  embed: false,
  curate: null,
  controls: true,
};

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
// Years as the dataset and toISOString write them: four digits, or a sign and six (44 BC is -000043).
const DAY = /^(\d{4}|[+-]\d{6})-\d{2}-\d{2}$/;
const INSTANT = /^(\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;
/** The instants JavaScript dates hold (±100,000,000 days from 1970): what a timeline can show. */
const MIN_TIME = -8.64e15;
const MAX_TIME = 8.64e15;
const MAX_QUERY_LENGTH = 500;

export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (state.data) params.set('data', state.data);
  if (filters.actors.length) params.set('actor', filters.actors.join(','));
  if (filters.actorMatch !== NO_FILTERS.actorMatch) params.set('actor-match', filters.actorMatch);
  if (filters.types.length) params.set('type', filters.types.join(','));
  if (filters.statuses.length) params.set('status', filters.statuses.join(','));
  if (filters.kinds.length) params.set('kind', filters.kinds.join(','));
  if (filters.sources.length) params.set('source', filters.sources.join(','));
  const only = onlyFlags(filters);
  if (only.length) params.set('only', only.join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.query.trim()) params.set('q', filters.query);
  if (state.event) params.set('event', state.event);
  if (state.grouping !== DEFAULT_URL_STATE.grouping) params.set('lanes', state.grouping);
  if (state.window) {
    params.set('start', encodeInstant(state.window.start));
    params.set('end', encodeInstant(state.window.end));
  }
  if (state.zone !== DEFAULT_URL_STATE.zone) params.set('tz', state.zone);
  if (state.embed) params.set('embed', '1');
  else if (state.curate !== null) params.set('curate', state.curate);
  if (!state.controls) params.set('controls', '0');
  // Commas and colons are safe in a query string; keeping them literal keeps links readable.
  return params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

export function decodeUrlState(search: string): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_URL_STATE;
  }
  const one = (name: string) => params.get(name) ?? undefined;
  // `?actor=a,b` and `?actor=a&actor=b` mean the same.
  const list = (name: string) =>
    params
      .getAll(name)
      .join(',')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  const from = day(one('from'));
  const to = day(one('to'));
  // Cut to a bound, without leaving half of a surrogate pair at the end.
  const query = (one('q') ?? '').slice(0, MAX_QUERY_LENGTH).replace(/[\ud800-\udbff]$/, '');
  return {
    data: dataParam(one('data')),
    filters: {
      actors: unique(list('actor').filter((v) => ID.test(v))),
      actorMatch: isOneOf(ACTOR_MATCHES)(one('actor-match') ?? '')
        ? (one('actor-match') as ActorMatch)
        : NO_FILTERS.actorMatch,
      types: unique(list('type').filter(isOneOf(EVENT_TYPES))),
      statuses: unique(list('status').filter(isOneOf(EVENT_STATUSES))),
      kinds: unique(list('kind').filter(isOneOf(SOURCE_KINDS))),
      sources: unique(list('source').filter((v) => ID.test(v))),
      disputedOnly: list('only').includes(ONLY_DISPUTED),
      singleSourceOnly: list('only').includes(ONLY_SINGLE_SOURCE),
      // A reversed range is a typo, not a wish for nothing: drop the end.
      from,
      to: from && to && to < from ? null : to,
      query,
    },
    event: ID.test(one('event') ?? '') ? one('event')! : null,
    grouping: isOneOf(GROUPINGS)(one('lanes') ?? '') ? (one('lanes') as Grouping) : DEFAULT_URL_STATE.grouping,
    window: timeWindow(one('start'), one('end')),
    zone: isOneOf(ZONE_MODES)(one('tz') ?? '') ? (one('tz') as ZoneMode) : DEFAULT_URL_STATE.zone,
    embed: one('embed') === '1',
    curate: one('embed') === '1' ? null : curateParam(params.get('curate')),
    controls: one('controls') !== '0',
  };
}

/** `?curate` opens the curation view; a value names a draft (an id), anything else is ignored. */
function curateParam(value: string | null): string | null {
  if (value === null) return null;
  return ID.test(value) ? value : '';
}

/** `?only=disputed,single-source`: the "only" checkboxes, named as a reader would say them. */
const ONLY_DISPUTED = 'disputed';
const ONLY_SINGLE_SOURCE = 'single-source';

function onlyFlags(filters: Filters): string[] {
  const flags: string[] = [];
  if (filters.disputedOnly) flags.push(ONLY_DISPUTED);
  if (filters.singleSourceOnly) flags.push(ONLY_SINGLE_SOURCE);
  return flags;
}

function isOneOf<T extends string>(values: readonly T[]): (value: string) => value is T {
  return (value: string): value is T => (values as readonly string[]).includes(value);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function day(value: string | undefined): string | null {
  if (!value || !DAY.test(value)) return null;
  return parsePartialDate(value).ok ? value : null;
}

function encodeInstant(ms: number): string {
  // Whole minutes are precise enough for a view and keep the link short.
  return new Date(Math.round(ms / 60_000) * 60_000).toISOString().replace(':00.000Z', 'Z');
}

function decodeInstant(value: string | undefined): number | null {
  if (!value || !INSTANT.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= MIN_TIME && ms <= MAX_TIME ? ms : null;
}

function timeWindow(start: string | undefined, end: string | undefined): TimeSpan | null {
  const from = decodeInstant(start);
  const to = decodeInstant(end);
  return from !== null && to !== null && to > from ? { start: from, end: to } : null;
}

/**
 * The `data` a link gave that decoding ignored (see `dataParam`), e.g. "javascript:alert(1)": the
 * reader is told that the link was refused, rather than shown the bundled dataset without a word.
 * Null when the link named no dataset, or one that is opened.
 */
export function refusedDataLink(search: string): string | null {
  let value: string | null;
  try {
    value = new URLSearchParams(search).get('data');
  } catch {
    return null;
  }
  return value && dataParam(value) === null ? value : null;
}

/**
 * Only a same-origin path or an http(s) URL may name a dataset; anything else is ignored. A path may
 * be relative to the page (`events.json`, `data/events.json`), so that a site served from a
 * sub-path can name its own files. Browsers read "/\\evil.com" and "/<tab>/evil.com" as other
 * sites, so a path may not hold backslashes, white space or control characters, nor start with two
 * slashes; and a relative path may hold no colon, so that it can never be read as a scheme
 * ("javascript:", "data:").
 */
function dataParam(value: string | undefined): string | null {
  if (!value) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return null;
  if (/^\/(?!\/)/.test(value)) return value;
  if (/^https?:\/\/[^/]/i.test(value)) return value;
  return /^[^/:?#][^:]*$/.test(value) ? value : null;
}

/** Where the dataset shown came from. */
export type DatasetOrigin =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string }
  /** `draft`: the preview of a draft from the curation view, with its article files (name → content). */
  | { kind: 'file'; name: string; draft?: DraftPreview };

export interface DraftPreview {
  draftId: string;
  articles: ReadonlyMap<string, string>;
}

/** The parts of the app's state (store.ts) that the address bar holds. */
export interface ViewState {
  origin: DatasetOrigin;
  filters: Filters;
  selectedId: string | null;
  grouping: Grouping;
  window: TimeSpan | null;
  zone: ZoneMode;
  embed: boolean;
  curate: UrlState['curate'];
  controls: boolean;
}

/** The address's view of the state: what `encodeUrlState` writes. */
export function urlStateOf(state: ViewState): UrlState {
  return {
    data: state.origin.kind === 'url' ? state.origin.url : null,
    filters: state.filters,
    event: state.selectedId,
    grouping: state.grouping,
    window: state.window,
    zone: state.zone,
    embed: state.embed,
    curate: state.curate,
    controls: state.controls,
  };
}
