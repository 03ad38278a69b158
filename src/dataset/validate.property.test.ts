/**
 * Property tests: whatever is thrown at the validator (random JSON values, mutated real datasets,
 * random text), it answers with a verdict and never throws.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDatasetText } from './checkFile';
import { validateDataset } from './validate';

const bundled = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'));

/** Replaces the value at a random path of a JSON value with `replacement`. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  if (entries.length === 0) return replacement;
  const [key, child] = entries[path[0]! % entries.length]!;
  const replaced = mutate(child, path.slice(1), replacement);
  if (Array.isArray(value)) return value.map((item, i) => (i === key ? replaced : item));
  return { ...value, [key]: replaced };
}

/**
 * A verdict: a dataset, or problems that each say where (a line, or a path of keys) and what. Checked
 * with plain code and asserted once per run: tens of thousands of problems arise over a property's
 * runs, and an `expect` per field made this file take most of a minute.
 */
function expectVerdict(result: ReturnType<typeof checkDatasetText>) {
  if (result.ok) {
    expect(Array.isArray(result.dataset.events)).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  const malformed = result.problems.filter((problem) => {
    if (problem.message.length === 0) return true;
    if (problem.kind === 'syntax') return !(problem.position.line >= 1);
    return 'path' in problem && problem.path.some((key) => typeof key !== 'string' && typeof key !== 'number');
  });
  expect(malformed).toEqual([]);
}

describe('validateDataset never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => expectVerdict(validateDataset(value))),
      { numRuns: 500 },
    );
  });

  it('on arbitrary objects shaped a little like datasets', () => {
    const loose = fc.record(
      {
        title: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        sides: fc.array(fc.record({ id: fc.string(), name: fc.string() }, { requiredKeys: [] })),
        actors: fc.array(fc.record({ id: fc.string(), name: fc.string(), side: fc.string() }, { requiredKeys: [] })),
        sources: fc.array(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }))),
        events: fc.array(
          fc.record(
            {
              id: fc.string(),
              start: fc.oneof(
                fc.string(),
                fc.constantFrom('2022', '2022-02-30', '2022-01-27T10:00', '2022-01-27T10:00+25:00'),
              ),
              end: fc.string(),
              timeZone: fc.oneof(fc.string(), fc.constantFrom('UTC', 'Europe/Kyiv', 'Mars/Olympus')),
              actors: fc.array(fc.jsonValue({ maxDepth: 1 })),
              excerpts: fc.array(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 1 }))),
              related: fc.array(fc.jsonValue({ maxDepth: 2 })),
            },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(loose, (value) => expectVerdict(validateDataset(value))),
      { numRuns: 300 },
    );
  });

  it('on the real dataset with one value anywhere replaced by junk', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), (path, junk) =>
        expectVerdict(validateDataset(mutate(bundled, path, junk))),
      ),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text, including truncations of a real file', () => {
    const text = JSON.stringify(bundled);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.nat(text.length).map((n) => text.slice(0, n)),
        ),
        (input) => expectVerdict(checkDatasetText(input)),
      ),
      { numRuns: 300 },
    );
  });
});
