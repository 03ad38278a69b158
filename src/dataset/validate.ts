import * as z from 'zod';
import type { JsonPath, PathProblem } from './problems';
import { datasetSchema, eventSchema } from './schema';
import { checkDatasetIntegrity } from './integrity';
import type { Dataset, TimelineEvent } from './types';

/**
 * The same schema, compiled ahead of time into a flat validator (same results, same messages):
 * several times faster on large datasets. Not in the page, where the CSP forbids `new Function`
 * (zod is told so in schema.ts): trying would only log a violation before falling back.
 */
const compiledSchema = z.config().jitless ? datasetSchema : z.compile(datasetSchema);
const compiledEventSchema = z.config().jitless ? eventSchema : z.compile(eventSchema);

/**
 * One item of a dataset's events as the dataset's schema takes it (unknown keys dropped), or null
 * if it does not fit: the loading worker checks events one by one as they arrive, and asks
 * `validateDataset` for the problems of a file that fails.
 */
export function validEvent(input: unknown): TimelineEvent | null {
  const shape = compiledEventSchema.safeParse(input);
  return shape.success ? shape.data : null;
}

/** Every problem of a dataset is at a path in it: the validator never sees text, only parsed JSON. */
export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: PathProblem[] };

export function validateDataset(input: unknown): ValidationResult {
  return validated(input, false);
}

/**
 * A dataset whose events are checked one by one elsewhere, as they arrive (its `events` here are
 * empty): everything but what refers to the events, which the caller checks once every event id
 * is known (`checkKeyEvents`).
 */
export function validateDatasetApartFromEvents(input: unknown): ValidationResult {
  return validated(input, true);
}

function validated(input: unknown, eventsApart: boolean): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const message = `expected a dataset object with sides, sources, actors and events, got ${describeValue(input)}`;
    return { ok: false, problems: [{ kind: 'schema', path: [], message }] };
  }
  const problems: PathProblem[] = [];
  const shape = compiledSchema.safeParse(input, { reportInput: true });
  if (!shape.success) for (const issue of shape.error.issues) problems.push(problemOf(issue));
  const report = (path: JsonPath, message: string) => problems.push({ kind: 'integrity', path, message });
  checkDatasetIntegrity(input, report, { eventsApart });
  if (problems.length > 0 || !shape.success) return { ok: false, problems: inDocumentOrder(problems, input) };
  return { ok: true, dataset: shape.data };
}

function problemOf(issue: z.core.$ZodIssue): PathProblem {
  // Keys are strings or indexes in JSON; zod's paths allow symbols, which a parsed file cannot hold.
  const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  // zod reports a missing field as a value of the wrong type, or, for an enum, as a bad value.
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
  if (missing) return { kind: 'missing', path, message: 'is required' };
  return { kind: 'schema', path, message: describeIssue(issue) };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${article(issue.expected)}, got ${describeValue(issue.input)}`;
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
function inDocumentOrder(problems: PathProblem[], input: unknown): PathProblem[] {
  const rank = (path: JsonPath): number[] => {
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
    .map((problem, order) => ({ problem, order, ranks: rank(problem.path) }))
    .sort((x, y) => compare(x.ranks, y.ranks) || x.order - y.order)
    .map(({ problem }) => problem);
}
