/**
 * Display names for the fixed vocabularies and the view's choices, in one place. (An event type's
 * name is the engine's `typeLabel`, which names lanes too: the engine cannot import from here.)
 */
import type { EventStatus, SourceKind } from '../../dataset/vocabulary';
import type { Grouping } from '../../engine/lanes';
import type { RelatedLink, Relation } from '../../engine/related';
import type { ZoneMode } from '../../format/dates';

export const GROUPING_LABELS: Record<Grouping, string> = {
  side: 'By side',
  source: 'By source',
  type: 'By event type',
  none: 'Single lane',
};

/** Where clock times are shown. */
export const ZONE_MODE_LABELS: Record<ZoneMode, string> = {
  event: 'Where it happened',
  utc: 'UTC',
  local: 'My time zone',
};

export const STATUS_LABELS: Record<EventStatus, string> = {
  occurred: 'Occurred',
  scheduled: 'Scheduled',
  expected: 'Expected',
  forecast: 'Forecast',
};

export const KIND_LABELS: Record<SourceKind, string> = {
  'live-blog': 'Live blog',
  'news-report': 'News report',
  'state-media': 'State media',
  'viral-aggregator': 'Viral aggregator',
  'partisan-commentary': 'Partisan commentary',
  'press-release': 'Press release',
  other: 'Other',
};

/** A link as the details name it: the event's own relation ("Responds to"), or its inverse ("Response"). */
export const RELATION_LABELS: Record<RelatedLink['direction'], Record<Relation, string>> = {
  outgoing: {
    'responds-to': 'Responds to',
    disputes: 'Disputes',
    supports: 'Supports',
    follows: 'Follows',
    precedes: 'Precedes',
    'part-of': 'Part of',
    'context-for': 'Context for',
  },
  incoming: {
    'responds-to': 'Response',
    disputes: 'Disputed by',
    supports: 'Supported by',
    follows: 'Followed by',
    precedes: 'Preceded by',
    'part-of': 'Includes',
    'context-for': 'Context',
  },
};
