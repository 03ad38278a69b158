import * as z from 'zod';
import { checkDatasetIntegrity, datasetSchema, type Dataset, type Path } from './schema';

import { formatProblem, type Problem } from './problems';

export { formatProblem, type Problem };

/**
 * The same schema, compiled ahead of time into a flat validator (same results, same messages):
 * several times faster on large datasets. Not in the page, where the CSP forbids `new Function`
 * (zod is told so in schema.ts): trying would only log a violation before falling back.
 */
const compiledSchema = z.config().jitless ? datasetSchema : z.compile(datasetSchema);

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function validateDataset(input: unknown): ValidationResult {
  const problems: LocatedProblem[] = [];
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
  const shape = compiledSchema.safeParse(input, { reportInput: true });
  if (!shape.success) {
    for (const issue of shape.error.issues) problems.push({ at: issue.path, message: describeIssue(issue) });
  }
  checkDatasetIntegrity(input, (at, message) => problems.push({ at, message }));
  if (problems.length > 0 || !shape.success) {
    return {
      ok: false,
      problems: inDocumentOrder(problems, input).map(({ at, message }) => ({ path: formatPath(at), message })),
    };
  }
  return { ok: true, dataset: shape.data };
}

interface LocatedProblem {
  at: readonly PropertyKey[];
  message: string;
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
      // zod reports a missing enum field as a bad value.
      if (issue.input === undefined) return 'is required';
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

/** The schema of what `key` holds inside a value of `schema` (through optional wrappers), if known. */
function schemaAt(schema: z.ZodType | undefined, key: PropertyKey): z.ZodType | undefined {
  const inner = unwrapOptional(schema);
  if (typeof key === 'number') return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>)[String(key)] : undefined;
}

/** The contract's own order of an object's fields: where a key missing from the input is ranked. */
function fieldOrder(schema: z.ZodType | undefined): string[] {
  const inner = unwrapOptional(schema);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

function unwrapOptional(schema: z.ZodType | undefined): z.ZodType | undefined {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

/**
 * Problems in the order a reader meets them in the file: keys in the order the input writes them
 * (missing keys where the contract puts them, after the present ones), array items by index.
 */
function inDocumentOrder(problems: LocatedProblem[], input: unknown): LocatedProblem[] {
  const rank = (path: readonly PropertyKey[]): number[] => {
    const ranks: number[] = [];
    let node: unknown = input;
    let schema: z.ZodType | undefined = datasetSchema;
    for (const key of path) {
      if (typeof key === 'number') ranks.push(key);
      else {
        const keys = node !== null && typeof node === 'object' && !Array.isArray(node) ? Object.keys(node) : [];
        const present = keys.indexOf(String(key));
        const fields = fieldOrder(schema);
        const known = fields.indexOf(String(key));
        ranks.push(present >= 0 ? present : keys.length + (known >= 0 ? known : fields.length));
      }
      node =
        node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as string] : undefined;
      schema = schemaAt(schema, key);
    }
    return ranks;
  };
  const compare = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return a.length - b.length;
  };
  return problems
    .map((problem, order) => ({ problem, order, ranks: rank(problem.at) }))
    .sort((x, y) => compare(x.ranks, y.ranks) || x.order - y.order)
    .map(({ problem }) => problem);
}
