/** Display names for the fixed vocabularies. */
import type { EventStatus, SourceKind } from '../../dataset/vocabulary';
import type { RelatedLink, Relation } from '../../engine/related';

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
