/**
 * The checks a draft gets after every change: the same code as `npm run validate`
 * (dataset/validate.ts) and `npm run check-quotes` (articles/checkQuotes.ts), on the same files
 * the published zip would hold. Runs in a worker (check.worker.ts): the validator and the
 * closest-passage search are too slow for the page's thread on a large draft.
 */
import { checkQuotes } from '../articles/checkQuotes';
import type { PathProblem } from '../dataset/problems';
import { validateDataset } from '../dataset/validate';

export interface CheckRequest {
  seq: number;
  /** The dataset as it would be published (parsed JSON). */
  dataset: unknown;
  /** Each article file's content as it would be published, by file name. */
  articles: Record<string, string>;
}

export interface CheckReply {
  seq: number;
  problems: PathProblem[];
  counts: { quotes: number; articles: number };
}

export function runChecks({ seq, dataset, articles }: CheckRequest): CheckReply {
  const validation = validateDataset(dataset);
  const proof = checkQuotes(dataset, (file) => (Object.hasOwn(articles, file) ? articles[file]! : null));
  const problems = [...(validation.ok ? [] : validation.problems), ...proof.problems];
  return { seq, problems, counts: { quotes: proof.counts.quotes, articles: proof.counts.articles } };
}
