/**
 * A dataset as the validator returns it: only the fields the contract defines, in its order.
 * The page indexes its own parse of a file that the worker validated (see loading/prepare.ts),
 * and that parse still holds whatever else the file carried: unknown keys, a "__proto__" key
 * (an own property after JSON.parse, which a spread copies along), deep junk. Anything written
 * back out (the JSON export) goes through here first, so what leaves is what was validated. The
 * values kept were checked already; only fields are chosen.
 *
 * The field lists are written out rather than read from the zod schema so that exporting does
 * not load the validator into the page; a test holds them equal to schema.ts.
 */
import type { Dataset } from './types';

export const CONTRACT_FIELDS = {
  dataset: ['$schema', 'title', 'description', 'intro', 'sides', 'sources', 'actors', 'events', 'eras', 'view'],
  intro: ['dek', 'byline', 'published', 'keyEvents'],
  side: ['id', 'name'],
  source: ['id', 'outlet', 'label', 'title', 'url', 'published', 'kind', 'note', 'article'],
  actor: ['id', 'name', 'role', 'side', 'aliases'],
  event: [
    'id',
    'title',
    'type',
    'status',
    'start',
    'end',
    'timeZone',
    'dateNote',
    'actors',
    'sides', // an addition to the contract: lanes without actors (e.g. TimelineJS groups)
    'summary',
    'displayDate', // an addition: the date as the file wrote it (TimelineJS's Display Date)
    'excerpts',
    'claims',
    'related',
  ],
  excerpt: ['source', 'quote', 'speaker', 'attribution', 'stance', 'claims'],
  claimReference: ['claim', 'stance'],
  claim: ['id', 'text'],
  related: ['event', 'relation'],
  era: ['title', 'start', 'end'], // an addition to the contract: named periods
  view: ['start', 'end'],
} as const satisfies Record<string, readonly string[]>;

export function knownFieldsOf(dataset: Dataset): Dataset {
  const events = dataset.events.map((event) => {
    const kept = pick(event, CONTRACT_FIELDS.event);
    kept.excerpts = event.excerpts.map((excerpt) => {
      const keptExcerpt = pick(excerpt, CONTRACT_FIELDS.excerpt);
      if (keptExcerpt.claims)
        keptExcerpt.claims = keptExcerpt.claims.map((reference) => pick(reference, CONTRACT_FIELDS.claimReference));
      return keptExcerpt;
    });
    if (kept.claims) kept.claims = kept.claims.map((claim) => pick(claim, CONTRACT_FIELDS.claim));
    if (kept.related) kept.related = kept.related.map((link) => pick(link, CONTRACT_FIELDS.related));
    return kept;
  });
  const kept = pick(dataset, CONTRACT_FIELDS.dataset);
  if (kept.intro) kept.intro = pick(kept.intro, CONTRACT_FIELDS.intro);
  return {
    ...kept,
    sides: dataset.sides.map((side) => pick(side, CONTRACT_FIELDS.side)),
    sources: dataset.sources.map((source) => pick(source, CONTRACT_FIELDS.source)),
    actors: dataset.actors.map((actor) => pick(actor, CONTRACT_FIELDS.actor)),
    events,
    ...(dataset.eras ? { eras: dataset.eras.map((era) => pick(era, CONTRACT_FIELDS.era)) } : {}),
    ...(dataset.view ? { view: pick(dataset.view, CONTRACT_FIELDS.view) } : {}),
  };
}

/** A copy holding only `fields`, own properties only (nothing is read through a prototype). */
function pick<T extends object>(value: T, fields: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const fieldValue = Object.hasOwn(value, field) ? (value as Record<string, unknown>)[field] : undefined;
    if (fieldValue !== undefined) out[field] = fieldValue;
  }
  return out as T;
}
