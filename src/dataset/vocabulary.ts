/**
 * The fixed vocabularies of the dataset contract. Kept apart from the zod schema so that the page
 * can use them without loading the validator (which runs in a worker); the schema builds on them.
 */

/** ACLED's event types, for its conflict-event exports ("Explosions/Remote violence" is remote-violence). */
export const ACLED_EVENT_TYPES = [
  'battle',
  'remote-violence',
  'violence-against-civilians',
  'protest',
  'riot',
  'strategic-development',
] as const;

export const EVENT_TYPES = [
  'call',
  'briefing',
  'troop-report',
  'summit',
  'talks',
  'meeting',
  'statement',
  'social-post',
  'interview',
  'media-report',
  'legislation',
  'sanctions',
  'exercise',
  'diplomatic-proposal',
  'military-aid',
  'evacuation',
  'military-action',
  ...ACLED_EVENT_TYPES,
  'other',
] as const;

export const EVENT_STATUSES = ['occurred', 'scheduled', 'expected', 'forecast'] as const;

export const SOURCE_KINDS = [
  'live-blog',
  'news-report',
  'state-media',
  'viral-aggregator',
  'partisan-commentary',
  'press-release',
  'other',
] as const;

/** The legacy per-excerpt stance: it does not say what is supported or disputed (prefer claims). */
export const STANCES = ['supports', 'disputes'] as const;

/** How one account bears on one claim of its event. */
export const CLAIM_STANCES = ['asserts', 'disputes'] as const;

export const RELATIONS = [
  'responds-to',
  'disputes',
  'supports',
  'follows',
  'precedes',
  'part-of',
  'context-for',
] as const;

/**
 * A source's article file: a plain file name, never a path, since it is looked up in one folder
 * (`articles/` beside the dataset, on disk or beside the dataset's URL).
 */
export const ARTICLE_FILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*\.txt$/;

export type EventType = (typeof EVENT_TYPES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ClaimStance = (typeof CLAIM_STANCES)[number];
