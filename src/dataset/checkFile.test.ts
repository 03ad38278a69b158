import { describe, expect, it } from 'vitest';
import { checkDatasetText } from './checkFile';
import { lineAndColumn, MAX_JSON_DEPTH, offsetPastDepth, parseJson } from './json';
import { formatProblem, type Problem } from './problems';

const minimal = {
  title: 'T',
  sides: [{ id: 'us', name: 'United States' }],
  sources: [{ id: 's', outlet: 'CNN', kind: 'live-blog' }],
  actors: [{ id: 'biden', name: 'Joe Biden', side: 'us' }],
  events: [
    {
      id: 'e',
      title: 'Call',
      type: 'call',
      status: 'occurred',
      start: '2022-01-27',
      actors: ['biden'],
      excerpts: [{ source: 's', quote: 'They spoke.' }],
    },
  ],
};
const pretty = JSON.stringify(minimal, null, 2);

/** The single problem reported for `text`. */
function onlyProblem(text: string) {
  const result = checkDatasetText(text);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!;
}

/** Where the end of `text` is, as a 1-based line and column. */
function endOf(text: string) {
  const lines = text.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** The problem of malformed JSON, as the parser finds it: a kind, a position, the parser's words. */
function syntaxAt(line: number, column: number, message: string): Problem {
  return { kind: 'syntax', position: { line, column }, message };
}

describe('checkDatasetText', () => {
  it('accepts a valid dataset file', () => {
    const result = checkDatasetText(pretty);
    expect(result).toEqual({ ok: true, dataset: minimal });
  });

  it('runs the dataset checks on well-formed JSON, reporting JSON paths', () => {
    const text = pretty.replace('"actors": [\n        "biden"', '"actors": [\n        "ghost"');
    expect(text).not.toBe(pretty);
    expect(checkDatasetText(text)).toEqual({
      ok: false,
      problems: [{ kind: 'integrity', path: ['events', 0, 'actors', 0], message: 'no actor with id "ghost"' }],
    });
  });

  it('reports well-formed JSON that is not an object at (root)', () => {
    expect(onlyProblem('[]')).toMatchObject({ kind: 'schema', path: [] });
    expect(formatProblem(onlyProblem('"dataset"'))).toBe(
      '(root): expected a dataset object with sides, sources, actors and events, got "dataset"',
    );
  });

  it('a syntax error reads as its line and column, then "malformed JSON:" and the parser\'s words', () => {
    expect(formatProblem(onlyProblem('{"title" "x"}'))).toBe('line 1, column 10: malformed JSON: expected ":"');
  });

  describe('malformed JSON is located by line and column', () => {
    it('an empty file', () => {
      expect(onlyProblem('')).toEqual(syntaxAt(1, 1, 'the file is empty'));
      expect(onlyProblem('  \n\t\n')).toEqual(syntaxAt(1, 1, 'the file is empty'));
    });

    it('a file cut short between values points at the end of the file and says it may be cut short', () => {
      const truncated = pretty.slice(0, pretty.indexOf('"actors": [') + '"actors": ['.length);
      const problem = onlyProblem(truncated);
      expect(problem).toEqual({
        kind: 'syntax',
        position: endOf(truncated),
        message: 'expected "]" (the file may be cut short)',
      });
    });

    it('a file cut short inside a string points at the string that is not closed', () => {
      const text = '{\n  "title": "x",\n  "sides": [\n    {"id": "u';
      expect(onlyProblem(text)).toEqual(syntaxAt(4, 12, 'a string is not closed (the file may be cut short)'));
    });

    it('a file cut at every point of a real dataset is reported on the right line, never as valid', () => {
      for (let cut = 1; cut < pretty.length - 1; cut += 7) {
        const text = pretty.slice(0, cut);
        if (text.trim() === '') continue;
        const problem = onlyProblem(text);
        if (problem.kind !== 'syntax') throw new Error(`cut at ${cut}: ${formatProblem(problem)}`);
        const { line, column } = problem.position;
        const lines = text.split('\n');
        expect(line).toBeGreaterThanOrEqual(1);
        expect(line).toBeLessThanOrEqual(lines.length);
        expect(column).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
      }
    });

    it('a trailing comma in an object points at the closing brace', () => {
      expect(onlyProblem('{\n  "title": "x",\n}')).toEqual(syntaxAt(3, 1, 'expected a property name in double quotes'));
    });

    it('a trailing comma in an array points at the closing bracket', () => {
      const text = pretty.replace('"biden"\n      ]', '"biden",\n      ]');
      expect(text).not.toBe(pretty);
      const lineOfBracket = text.slice(0, text.indexOf('"biden",\n      ]') + '"biden",\n'.length).split('\n').length;
      expect(onlyProblem(text)).toEqual(syntaxAt(lineOfBracket, 7, 'expected a value'));
    });

    it('a missing colon', () => {
      expect(onlyProblem('{"title" "x"}')).toEqual(syntaxAt(1, 10, 'expected ":"'));
    });

    it('single quotes', () => {
      expect(onlyProblem("{'title': 'x'}")).toEqual(syntaxAt(1, 2, 'unexpected character'));
    });

    it('a comment', () => {
      expect(onlyProblem('{\n  // the title\n  "title": "x"\n}')).toEqual(
        syntaxAt(2, 3, 'comments are not allowed in JSON'),
      );
    });

    it('text after the value', () => {
      expect(onlyProblem('{"title": "x"}\n}')).toEqual(
        syntaxAt(2, 1, 'unexpected text after the end of the JSON value'),
      );
    });

    it('a million levels of nesting, cut short: the depth, located, not a stack overflow', () => {
      const text = `{\n  "title": "x",\n  "junk": ${'['.repeat(1_000_000)}`;
      expect(onlyProblem(text)).toEqual(
        syntaxAt(3, 11 + MAX_JSON_DEPTH - 1, `nested more than ${MAX_JSON_DEPTH.toLocaleString('en-US')} levels deep`),
      );
    });

    it('an error above the depth limit is reported first; brackets inside strings do not count', () => {
      expect(onlyProblem(`{"a": "${'['.repeat(5000)}", "b": x, "c": ${'['.repeat(5000)}`)).toEqual(
        syntaxAt(1, 5016, 'unexpected character'),
      );
    });

    it('well-formed nesting past the limit is refused too, even in an unknown field; up to it is fine', () => {
      const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
      expect(onlyProblem(`${pretty.slice(0, -2)},\n  "junk": ${deep(1_000_000)}\n}`)).toEqual({
        kind: 'syntax',
        position: { line: pretty.slice(0, -2).split('\n').length + 1, column: 11 + MAX_JSON_DEPTH - 1 },
        message: `nested more than ${MAX_JSON_DEPTH.toLocaleString('en-US')} levels deep`,
      });
      expect(checkDatasetText(`${pretty.slice(0, -2)},\n  "junk": ${deep(MAX_JSON_DEPTH - 1)}\n}`).ok).toBe(true);
    });

    it('Windows line endings count as one line break each', () => {
      expect(onlyProblem('{\r\n  "a": 1,\r\n  "b": x\r\n}')).toEqual(syntaxAt(3, 8, 'unexpected character'));
    });
  });
});

describe('parseJson', () => {
  it('parses valid JSON with the same result as JSON.parse', () => {
    expect(parseJson('{"a": [1, "two", null, true]}')).toEqual({ ok: true, value: { a: [1, 'two', null, true] } });
    expect(parseJson(' 42 ')).toEqual({ ok: true, value: 42 });
  });

  it('does not accept what JSON.parse rejects', () => {
    for (const text of ['{"a": 1,}', '[1, 2,]', '{"a": 1} // c', 'NaN', "{'a': 1}", '{"a": 01}']) {
      expect(parseJson(text).ok, text).toBe(false);
    }
  });
});

describe('offsetPastDepth', () => {
  it.each([
    ['[[1]]', 1, 1],
    ['[[1]]', 2, -1],
    ['[{"a": [1]}]', 2, 7],
    ['["[[[", {"\\"[[": 1}]', 1, 8],
  ])('%s past depth %i is at %i', (text, limit, offset) => {
    expect(offsetPastDepth(text, limit)).toBe(offset);
  });
});

describe('lineAndColumn', () => {
  const text = 'ab\ncde\n\nf';
  it.each([
    [0, 1, 1],
    [1, 1, 2],
    [2, 1, 3], // the line break itself ends line 1
    [3, 2, 1],
    [6, 2, 4],
    [7, 3, 1],
    [8, 4, 1],
    [9, 4, 2], // end of text
  ])('offset %i is line %i, column %i', (offset, line, column) => {
    expect(lineAndColumn(text, offset)).toEqual({ line, column });
  });
});
