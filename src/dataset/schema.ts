/**
 * The dataset contract (docs/dataset.md), written once. Field shapes are checked by zod; what a
 * shape cannot express (unique ids, references that resolve, dates that exist, end not before
 * start, offsets that agree with their zone) is checked by `checkDatasetIntegrity` below, which
 * runs as part of the same schema so that one `safeParse` reports every problem.
 */
import * as z from 'zod';
import {
  compareCalendar,
  hasClockTime,
  instantMs,
  parsePartialDate,
  PARTIAL_DATE_FORMS,
  PARTIAL_DATE_PATTERN,
  type PartialDate,
} from './dates';
import { isValidTimeZone, zoneOffsetMinutes } from './zones';
import { isHttpUrl } from './urls';
import type { JsonPath } from './problems';
import {
  ARTICLE_FILE_PATTERN,
  CLAIM_STANCES,
  EVENT_STATUSES,
  EVENT_TYPES,
  RELATIONS,
  SOURCE_KINDS,
  STANCES,
} from './vocabulary';

/**
 * In the page, whose Content-Security-Policy forbids `eval`, zod must not try to compile
 * validators with `new Function`: the attempt fails and is logged as a policy violation. Workers
 * and Node have no such policy and keep the faster compiled validators (see validate.ts).
 */
if (typeof document !== 'undefined') z.config({ jitless: true });

/**
 * Ids travel in URLs (`?actor=putin,biden`), so they are restricted to characters that need no
 * escaping there and cannot be confused with the list separator.
 */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const id = z.string().regex(ID_PATTERN, {
  error: 'must be an id: letters, digits and - _ . : only, starting with a letter or digit',
});

const text = z.string().regex(/\S/, { error: 'must not be empty' });

const partialDate = z
  .string()
  .superRefine((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  })
  .meta({
    // For editors only: the refinement above is the real check (it also rejects 2022-02-30).
    pattern: PARTIAL_DATE_PATTERN.source,
    description: `A partial ISO date whose precision is that of the string: ${PARTIAL_DATE_FORMS}.`,
  });

const timeZone = z
  .string()
  .refine(isValidTimeZone, { error: 'is not an IANA time zone (e.g. "Europe/Kyiv", "UTC")' })
  .meta({ description: 'An IANA time zone name, e.g. "America/New_York".' });

const httpUrl = z
  .string()
  .refine(isHttpUrl, { error: 'must be an http:// or https:// URL' })
  .meta({ format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' });

const articleFile = z.string().regex(ARTICLE_FILE_PATTERN, {
  error: 'must be a plain .txt file name (letters, digits and - _ . only, no folders), e.g. "cnn-2022-01-27.txt"',
});

export const sideSchema = z.object({
  id,
  name: text,
});

export const sourceSchema = z.object({
  id,
  outlet: text.describe('The outlet only as the article identifies itself; otherwise a plain description.'),
  title: text.optional(),
  url: httpUrl.optional().describe('Only a URL the article itself gives. Never invent one.'),
  published: partialDate.optional(),
  kind: z.enum(SOURCE_KINDS).describe("The source's perspective."),
  note: z.string().optional().describe('How the outlet and publication date were established.'),
  article: articleFile
    .optional()
    .describe(
      'The plain-text file of the article, as received, in the "articles" folder beside the dataset (e.g. "cnn-live-2022-01-27.txt"): what `npm run check-quotes` checks the quotes against and "Read in context" shows.',
    ),
});

export const actorSchema = z.object({
  id,
  name: text,
  role: z.string().optional(),
  side: id,
  aliases: z.array(text).optional(),
});

export const claimReferenceSchema = z.object({
  claim: id.describe("The id of one of the event's claims."),
  stance: z.enum(CLAIM_STANCES).describe('Whether this account asserts or disputes the claim.'),
});

export const excerptSchema = z.object({
  source: id,
  quote: text.describe('Verbatim from the article; omissions marked with "..." or "…".'),
  speaker: id.optional().describe('Actor id of who is quoted.'),
  attribution: z.string().optional(),
  stance: z
    .enum(STANCES)
    .optional()
    .describe('Legacy: whether the account supports or disputes the event as a whole. Prefer claims.'),
  claims: z
    .array(claimReferenceSchema)
    .optional()
    .describe('The claims of the event that this account asserts or disputes (it may bear on several).'),
});

export const claimSchema = z.object({
  id: id.describe('Unique within its event.'),
  text: text.describe("What is asserted or contested, in the dataset's own words."),
});

export const relatedSchema = z.object({
  event: id,
  relation: z.enum(RELATIONS),
});

export const eventSchema = z.object({
  id,
  title: text,
  type: z.enum(EVENT_TYPES),
  status: z.enum(EVENT_STATUSES),
  start: partialDate,
  end: partialDate.optional(),
  timeZone: timeZone.optional().describe('IANA zone where it happened; required with a clock time.'),
  dateNote: z.string().optional().describe('How the date was derived from the text.'),
  actors: z.array(id),
  sides: z
    .array(id)
    .optional()
    .describe(
      "Lanes the event belongs to besides its actors' sides, e.g. a TimelineJS group (an addition to the contract).",
    ),
  summary: z.string().optional(),
  excerpts: z.array(excerptSchema).min(1, { error: 'needs at least one excerpt' }),
  claims: z
    .array(claimSchema)
    .optional()
    .describe("What the event's accounts assert or contest; each needs at least one asserting account."),
  related: z.array(relatedSchema).optional(),
});

const datasetShape = z.object({
  $schema: z.string().optional(),
  title: text,
  description: z.string().optional(),
  sides: z.array(sideSchema),
  sources: z.array(sourceSchema),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
});

export type Dataset = z.infer<typeof datasetShape>;
export type Side = z.infer<typeof sideSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Excerpt = z.infer<typeof excerptSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ClaimReference = z.infer<typeof claimReferenceSchema>;
export type Related = z.infer<typeof relatedSchema>;

/** How the integrity checks report a problem: where in the input, and what is wrong there. */
export type Report = (path: JsonPath, message: string) => void;

/** The dataset's shape. `validateDataset` adds the whole-dataset checks below. */
export const datasetSchema = datasetShape;

/**
 * The checks that need the whole dataset; `report` is called once per problem. It reads the raw
 * input defensively so that it can run even where the shape is broken elsewhere: a user fixing
 * a file sees every problem at once, not one layer at a time.
 */
export function checkDatasetIntegrity(input: unknown, report: Report): void {
  const root = record(input);
  const sideIds = uniqueIds(root.sides, 'sides', report);
  const sourceIds = uniqueIds(root.sources, 'sources', report);
  const actorIds = uniqueIds(root.actors, 'actors', report);
  const eventIds = uniqueIds(root.events, 'events', report);
  // Plain loops, no per-item closures: this runs over every event of datasets 100,000 long.
  const actors = list(root.actors);
  for (let i = 0; i < actors.length; i++) {
    const side = record(actors[i]).side;
    if (typeof side === 'string' && sideIds && !sideIds.has(side))
      report(['actors', i, 'side'], `no side with id "${side}"`);
  }
  const events = list(root.events);
  for (let i = 0; i < events.length; i++) {
    const event = record(events[i]);
    checkReferences(event.sides, sideIds, 'side', (j, message) => report(['events', i, 'sides', j], message));
    checkReferences(event.actors, actorIds, 'actor', (j, message) => report(['events', i, 'actors', j], message));
    const excerpts = list(event.excerpts);
    for (let j = 0; j < excerpts.length; j++) {
      const { source, speaker } = record(excerpts[j]);
      if (typeof source === 'string' && sourceIds && !sourceIds.has(source)) {
        report(['events', i, 'excerpts', j, 'source'], `no source with id "${source}"`);
      }
      if (typeof speaker === 'string' && actorIds && !actorIds.has(speaker)) {
        report(['events', i, 'excerpts', j, 'speaker'], `no actor with id "${speaker}"`);
      }
    }
    if (event.claims !== undefined || excerpts.some((excerpt) => record(excerpt).claims !== undefined)) {
      checkClaims(event, i, report);
    }
    const related = list(event.related);
    for (let j = 0; j < related.length; j++) {
      const target = record(related[j]).event;
      if (typeof target !== 'string') continue;
      if (eventIds && !eventIds.has(target))
        report(['events', i, 'related', j, 'event'], `no event with id "${target}"`);
      else if (target === event.id)
        report(['events', i, 'related', j, 'event'], 'an event cannot be related to itself');
    }
    checkEventDates(event, i, report);
  }
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
  ids: Set<string> | null,
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

/**
 * The ids of a collection, reporting duplicates. Null when the collection is not a list: the shape
 * check reported that, and references into it are not reported again, one per item.
 */
function uniqueIds(collection: unknown, name: string, report: Report): Set<string> | null {
  if (!Array.isArray(collection)) return null;
  const seen = new Map<string, number>();
  for (let i = 0; i < collection.length; i++) {
    const itemId = record(collection[i]).id;
    if (typeof itemId !== 'string') continue;
    const first = seen.get(itemId);
    if (first === undefined) seen.set(itemId, i);
    else report([name, i, 'id'], `duplicate id "${itemId}" (also ${name}[${first}])`);
  }
  return new Set(seen.keys());
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

/** "+02:00", "-05:00"; an offset with seconds (local mean time, e.g. Kyiv's "+02:02:04" before 1924) keeps them. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const seconds = Math.round(Math.abs(minutes) * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hhmm = `${sign}${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}`;
  return seconds % 60 === 0 ? hhmm : `${hhmm}:${pad(seconds % 60)}`;
}

/**
 * Before a zone had a standard offset it kept local mean time, to the second, which an offset of
 * hours and minutes cannot state: say what to do instead. Empty for ordinary offsets.
 */
export function localMeanTimeHint(offsetMinutes: number): string {
  if (Math.round(offsetMinutes * 60) % 60 === 0) return '';
  return '; that is local mean time, which an offset in hours and minutes cannot state: give the time in UTC (ending in "Z", with timeZone "UTC"), or the day only';
}
