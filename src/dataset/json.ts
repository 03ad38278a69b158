import { parse as parseTolerantly, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { SyntaxProblem, TextPosition } from './problems';

/**
 * Deeper than any dataset needs (they nest five levels), and shallow enough for the tolerant
 * parser, which recurses once per level (a million "[" would overflow the stack: "Maximum call
 * stack size exceeded").
 */
export const MAX_JSON_DEPTH = 1000;

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: SyntaxProblem };

const READABLE: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}" (the file may be cut short)',
  CloseBracketExpected: 'expected "]" (the file may be cut short)',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed (the file may be cut short)',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/**
 * Parses JSON text. The fast native parser does the work; only when it fails does a tolerant
 * parser walk the text again to say where, because engines word (and locate) errors differently.
 * Nesting deeper than MAX_JSON_DEPTH is refused first, well-formed or not: no dataset needs it,
 * and it is where parsers are slowest (a million levels, 2 MB, take the native parser seconds).
 */
export function parseJson(text: string): JsonResult {
  if (isNestedTooDeeply(text)) return locateJsonError(text);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return locateJsonError(text);
  }
}

/** Whether `text` opens more than MAX_JSON_DEPTH levels of arrays and objects (one quick pass). */
export function isNestedTooDeeply(text: string): boolean {
  return offsetPastDepth(text, MAX_JSON_DEPTH) !== -1;
}

function locateJsonError(text: string): JsonResult {
  if (text.trim() === '') return failure('the file is empty', { line: 1, column: 1 });
  const tooDeep = offsetPastDepth(text, MAX_JSON_DEPTH);
  // Only the part above the limit is parsed: an error there comes first; if there is none, the depth is the error.
  const first = firstSyntaxError(tooDeep === -1 ? text : text.slice(0, tooDeep));
  const located =
    first && (tooDeep === -1 || first.offset < tooDeep)
      ? { offset: first.offset, message: READABLE[first.code] ?? first.code }
      : tooDeep !== -1
        ? { offset: tooDeep, message: `nested more than ${MAX_JSON_DEPTH.toLocaleString('en-US')} levels deep` }
        : { offset: text.length, message: READABLE.ValueExpected! };
  return failure(located.message, lineAndColumn(text, located.offset));
}

function failure(message: string, position: TextPosition): JsonResult {
  return { ok: false, problem: { kind: 'syntax', position, message } };
}

function firstSyntaxError(text: string): { offset: number; code: string } | null {
  const errors: ParseError[] = [];
  parseTolerantly(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  return first ? { offset: first.offset, code: printParseErrorCode(first.error) } : null;
}

/**
 * The offset of the bracket that opens level `limit + 1` (outside strings), or -1: one pass, no
 * recursion. Strings are skipped with `indexOf`, which is several times faster than looking at
 * each of their characters (this runs over whole files of up to 200 MB).
 */
export function offsetPastDepth(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = endOfString(text, i);
      if (i === -1) return -1;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** The offset of the quote that closes the string opened at `open` (one not escaped by a backslash), or -1. */
function endOfString(text: string, open: number): number {
  let close = open;
  for (;;) {
    close = text.indexOf('"', close + 1);
    if (close === -1) return -1;
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return close;
  }
}
export function lineAndColumn(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
