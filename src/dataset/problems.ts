/**
 * What is wrong with a dataset, as structured objects from where it is found (the JSON parser,
 * the validator, the importers, the quote proof) to where it is shown (the app's alert, "Copy the
 * problems", the command-line tools). Only those last places turn a problem into text, with the
 * functions below; nothing in between reads meaning back out of a string.
 */

/** A place in a JSON document: keys and array indexes from the root (`[]` is the root itself). */
export type JsonPath = readonly (string | number)[];

/** A place in a text, line and column both counted from 1, as editors count them. */
export interface TextPosition {
  line: number;
  column: number;
}

/** A problem found at a place in the parsed document. */
export interface PathProblem {
  kind:
    | 'missing' // a required field is absent
    | 'schema' // a value of the wrong type, or not one the contract allows
    | 'integrity' // values that do not fit together: an unknown or repeated id, an end before its start
    | 'proof'; // a quote, URL or title not found in its source's article (`npm run check-quotes`)
  path: JsonPath;
  message: string;
}

/** The text is not JSON (malformed, empty, nested too deeply): there is no document to point into. */
export interface SyntaxProblem {
  kind: 'syntax';
  position: TextPosition;
  message: string;
}

export type Problem =
  | PathProblem
  | SyntaxProblem
  /** A row of a CSV or TimelineJS file that could not be converted; the importer's message names the row. */
  | { kind: 'import'; message: string }
  /** The checking itself failed (the worker crashed), not the file. */
  | { kind: 'internal'; message: string };

/** Where the problem is, as a reader looks for it (`events[3].start`, `line 3, column 7`), or null. */
export function problemPlace(problem: Problem): string | null {
  switch (problem.kind) {
    case 'syntax':
      return formatPosition(problem.position);
    case 'import':
    case 'internal':
      return null;
    default:
      return formatPath(problem.path);
  }
}

/** What is wrong, in words. */
export function problemText(problem: Problem): string {
  return problem.kind === 'syntax' ? `malformed JSON: ${problem.message}` : problem.message;
}

/** The one-line form used by `npm run validate` and the app's "Copy the problems". */
export function formatProblem(problem: Problem): string {
  const place = problemPlace(problem);
  const text = problemText(problem);
  return escapeInvisible(place === null ? text : `${place}: ${text}`);
}

/** `["events", 3, "excerpts", 0, "source"]` → `events[3].excerpts[0].source`; `[]` → `(root)`. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out === '' ? '(root)' : out;
}

export function formatPosition({ line, column }: TextPosition): string {
  return `line ${line}, column ${column}`;
}

/**
 * Messages quote what a file holds (`no actor with id "…"`), and a file can hold characters that
 * act rather than show: terminal commands (ESC), line breaks that start a fake line of output,
 * direction overrides that reorder the words around them, zero-width characters. Written as
 * escapes (`\u202e`) they are visible and inert, on screen, in a terminal and in a copied report.
 */
export function escapeInvisible(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
