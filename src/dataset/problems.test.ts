import { describe, expect, it } from 'vitest';
import { escapeInvisible, formatPath, formatProblem, problemPlace, type Problem } from './problems';

describe('escapeInvisible', () => {
  it.each([
    ['\u001b[2J', '\\u001b[2J'], // ESC: a terminal command
    ['a\nb\r\tc', 'a\\u000ab\\u000d\\u0009c'], // line breaks cannot start a line of their own
    ['\u009b31m', '\\u009b31m'], // C1 control sequence introducer
    ['\u202eevil', '\\u202eevil'], // right-to-left override
    ['Pu\u200btin\u2066x\u2069', 'Pu\\u200btin\\u2066x\\u2069'], // zero-width space, isolates
    ['\ufeff\u00ad', '\\ufeff\\u00ad'], // byte-order mark, soft hyphen
  ])('%j → %s', (text, escaped) => {
    expect(escapeInvisible(text)).toBe(escaped);
  });

  it('leaves visible text, accents and other scripts alone', () => {
    const text = 'Erdoğan — “Kyiv” · Путин · אבג · 😀 a\\u001b';
    expect(escapeInvisible(text)).toBe(text);
  });

  it('is what formatProblem prints', () => {
    const problem: Problem = {
      kind: 'integrity',
      path: ['events', 0, 'actors', 0],
      message: 'no actor with id "x\n\u202ey"',
    };
    expect(formatProblem(problem)).toBe('events[0].actors[0]: no actor with id "x\\u000a\\u202ey"');
  });
});

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['title'], 'title'],
    [['events', 3], 'events[3]'],
    [['events', 3, 'excerpts', 0, 'source'], 'events[3].excerpts[0].source'],
    [['actors', 12, 'aliases', 0], 'actors[12].aliases[0]'],
    [[0], '[0]'],
    [['$schema'], '$schema'],
  ] as [(string | number)[], string][])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('formatProblem: each kind on one line, its place first where it has one', () => {
  it.each<[Problem, string]>([
    [
      { kind: 'integrity', path: ['events', 0, 'actors', 0], message: 'no actor with id "ghost"' },
      'events[0].actors[0]: no actor with id "ghost"',
    ],
    [{ kind: 'missing', path: ['events'], message: 'is required' }, 'events: is required'],
    [{ kind: 'schema', path: [], message: 'expected a dataset object' }, '(root): expected a dataset object'],
    [
      { kind: 'proof', path: ['sources', 1, 'url'], message: 'not printed in a.txt' },
      'sources[1].url: not printed in a.txt',
    ],
    [
      { kind: 'syntax', position: { line: 3, column: 7 }, message: 'expected ","' },
      'line 3, column 7: malformed JSON: expected ","',
    ],
    [{ kind: 'import', message: 'row 7: date "x" is not a date' }, 'row 7: date "x" is not a date'],
    [{ kind: 'internal', message: 'the dataset could not be checked: boom' }, 'the dataset could not be checked: boom'],
  ])('%j', (problem, line) => {
    expect(formatProblem(problem)).toBe(line);
  });

  it('an import or internal problem has no place of its own', () => {
    expect(problemPlace({ kind: 'import', message: 'row 2: x' })).toBeNull();
    expect(problemPlace({ kind: 'syntax', position: { line: 1, column: 2 }, message: 'x' })).toBe('line 1, column 2');
  });
});
