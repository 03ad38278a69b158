import type * as z from 'zod';
import { checkDatasetIntegrity, datasetSchema, type Dataset, type Path } from './schema';

import { formatProblem, type Problem } from './problems';

export { formatProblem, type Problem };

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function validateDataset(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      problems: [
        {
          path: '(root)',
          message: `expected a dataset object with sides, sources, actors and events, got ${describeValue(input)}`,
        },
      ],
    };
  }
  const shape = datasetSchema.safeParse(input, { reportInput: true });
  if (!shape.success) {
    for (const issue of shape.error.issues)
      problems.push({ path: formatPath(issue.path), message: describeIssue(issue) });
  }
  checkDatasetIntegrity(input, (path, message) => problems.push({ path: formatPath(path), message }));
  if (problems.length > 0 || !shape.success) return { ok: false, problems: sortByPath(problems) };
  return { ok: true, dataset: shape.data };
}

/** `["events", 3, "excerpts", 0, "source"]` → `events[3].excerpts[0].source`. */
export function formatPath(path: readonly PropertyKey[] | Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is required'
        : `expected ${article(issue.expected)}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `${describeValue(issue.input)} is not allowed; expected one of: ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const TOP_LEVEL_ORDER = ['(root)', '$schema', 'title', 'description', 'sides', 'sources', 'actors', 'events'];

/** Problems in document order, so a reader can walk the file top to bottom. */
function sortByPath(problems: Problem[]): Problem[] {
  const key = (p: Problem) => {
    const top = TOP_LEVEL_ORDER.indexOf(p.path.split(/[.[]/)[0] ?? '');
    const padded = p.path.replace(/\[(\d+)\]/g, (_, n: string) => `[${n.padStart(9, '0')}]`);
    return `${String(top).padStart(2, '0')}${padded}`;
  };
  return problems
    .map((p) => [key(p), p] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, p]) => p);
}
