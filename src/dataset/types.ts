/**
 * The dataset's types, inferred from the zod schema, the one definition. Importing them is
 * type-only: it loads no zod, so the page can name them without the validator.
 */
export type {
  Actor,
  Claim,
  ClaimReference,
  Dataset,
  Era,
  Excerpt,
  Intro,
  Related,
  Side,
  Source,
  TimelineEvent,
} from './schema';
