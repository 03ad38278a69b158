/** Display names for the fixed vocabularies. */
import type { EventStatus, SourceKind } from '../dataset/vocabulary';

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
