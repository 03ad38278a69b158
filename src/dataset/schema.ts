/**
 * The dataset contract (docs/dataset.md), written once. Field shapes are checked by zod; what a
 * shape cannot express (unique ids, references that resolve, dates that exist, end not before
 * start, offsets that agree with their zone) is checked by `checkDatasetIntegrity` (integrity.ts),
 * which `validateDataset` runs beside it so that one pass reports every problem.
 */
import * as z from 'zod';
import { parsePartialDate, PARTIAL_DATE_FORMS, PARTIAL_DATE_PATTERN } from './dates';
import { isValidTimeZone } from './zones';
import { isHttpUrl } from './urls';
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
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
/** Text that is not empty: at least one character that is not white space. */
export const TEXT_PATTERN = /\S/;
const id = z.string().regex(ID_PATTERN, {
  error: 'must be an id: letters, digits and - _ . : only, starting with a letter or digit',
});

const text = z.string().regex(TEXT_PATTERN, { error: 'must not be empty' });

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

/** A display label stays short: it heads a column of the dispute grid and names a lane. */
export const SOURCE_LABEL_MAX = 60;

export const sourceSchema = z.object({
  id,
  outlet: text.describe('The outlet only as the article identifies itself; otherwise a plain description.'),
  label: text
    .max(SOURCE_LABEL_MAX, { error: `must be a short label: at most ${SOURCE_LABEL_MAX} characters` })
    .optional()
    .describe(
      'A short name for readers, used in coverage, lanes, filter chips and the dispute grid, e.g. "Unnamed news site, 28 Jan" (an addition to the contract). Citations keep the outlet.',
    ),
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
  displayDate: z
    .string()
    .optional()
    .describe(
      'How the date was written where the event comes from (e.g. "Summer 1963", TimelineJS\'s Display Date): shown beside the date, never instead of it (an addition to the contract).',
    ),
  excerpts: z.array(excerptSchema).min(1, { error: 'needs at least one excerpt' }),
  claims: z
    .array(claimSchema)
    .optional()
    .describe("What the event's accounts assert or contest; each needs at least one asserting account."),
  related: z.array(relatedSchema).optional(),
});

/** A named period (an era), drawn as a band behind the timeline: an addition to the contract. */
export const eraSchema = z.object({
  title: text,
  start: partialDate,
  end: partialDate.describe("Inclusive at its own precision, as an event's end; not before start."),
});
export const viewSchema = z
  .object({ start: partialDate, end: partialDate })
  .describe(
    "The stretch of time the timeline opens on, from the start of `start` to the end of `end` (an editor's choice; without it, Sourceline picks one). A link that names a window wins.",
  );
/** The lede a reader meets first: what the story is, who made the timeline, and where to start. */
export const introSchema = z.object({
  dek: text.describe('One or two sentences under the title: what the reader will find, in the dataset’s own words.'),
  byline: text.optional().describe('Who made the timeline, e.g. "By the data desk".'),
  published: partialDate.optional().describe('When the timeline was published.'),
  keyEvents: z
    .array(id)
    .optional()
    .describe('Events to start with, in the order offered ("key moments"); each must be an event of the dataset.'),
});

/** The dataset's shape. `validateDataset` adds the whole-dataset checks of integrity.ts. */
export const datasetSchema = z.object({
  $schema: z.string().optional(),
  title: text,
  description: z.string().optional(),
  intro: introSchema.optional().describe('The lede shown above the timeline (an addition to the contract).'),
  sides: z.array(sideSchema),
  sources: z.array(sourceSchema),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
  eras: z
    .array(eraSchema)
    .optional()
    .describe('Named periods, drawn as labelled bands behind the timeline (an addition to the contract).'),
  view: viewSchema.optional(),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Intro = z.infer<typeof introSchema>;
export type Side = z.infer<typeof sideSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Excerpt = z.infer<typeof excerptSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ClaimReference = z.infer<typeof claimReferenceSchema>;
export type Related = z.infer<typeof relatedSchema>;
export type Era = z.infer<typeof eraSchema>;
export type View = z.infer<typeof viewSchema>;
