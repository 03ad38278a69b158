/**
 * Where each event's JSON lies in a dataset file's bytes: the loading worker hands the page these
 * byte ranges of the file it already has, instead of writing every event out again.
 *
 * A byte-level scan: JSON's structure is ASCII, and no byte of a multi-byte UTF-8 character is
 * ASCII, so strings, brackets and commas can be told apart without decoding. Like JSON.parse, the
 * last "events" key of the top-level object wins. A key written with escapes is not recognised:
 * then the count will not match and the caller writes the events out instead.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const EVENTS_KEY = [...'"events"'].map((c) => c.charCodeAt(0));

export interface EventSpans {
  /** bytes[start[i] .. end[i]) is the JSON of events[i]. */
  start: Uint32Array;
  end: Uint32Array;
}

/**
 * The byte ranges of the object items of the top-level "events" array, or null if there is none.
 * (Items that are not objects are skipped: such a file does not pass validation anyway.)
 */
export function findEventSpans(bytes: Uint8Array): EventSpans | null {
  let depth = 0;
  let expectKey = false;
  let lastKeyIsEvents = false;
  /** Depth of the "events" array's items while inside it, else -1. */
  let itemDepth = -1;
  let itemStart = -1;
  let starts: number[] | null = null;
  let ends: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === QUOTE) {
      // Most of a file is inside strings: jump to the closing quote (a native search), past escaped ones.
      let end = bytes.indexOf(QUOTE, i + 1);
      while (end !== -1 && isEscaped(bytes, end)) end = bytes.indexOf(QUOTE, end + 1);
      if (end === -1) break; // Not closed: not JSON, and not a valid file.
      if (depth === 1 && expectKey) lastKeyIsEvents = isEventsKey(bytes, i, end + 1);
      i = end;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === 1 && c === OPEN_BRACKET && lastKeyIsEvents && !expectKey) {
        // (Again) the events: a later "events" key replaces an earlier one, as in JSON.parse.
        starts = [];
        ends = [];
        itemDepth = 2;
      } else if (depth === itemDepth) {
        itemStart = i;
      }
      depth++;
      if (depth === 1) expectKey = c === OPEN_BRACE;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth === itemDepth && itemStart !== -1) {
        starts!.push(itemStart);
        ends.push(i + 1);
        itemStart = -1;
      } else if (depth === 1 && itemDepth === 2) {
        itemDepth = -1;
      }
    } else if (depth === 1) {
      if (c === COLON) expectKey = false;
      else if (c === COMMA) expectKey = true;
    }
  }
  if (!starts) return null;
  return { start: Uint32Array.from(starts), end: Uint32Array.from(ends) };
}

/** Whether the quote at `at` is escaped: preceded by an odd number of backslashes. */
function isEscaped(bytes: Uint8Array, at: number): boolean {
  let backslashes = 0;
  for (let k = at - 1; bytes[k] === BACKSLASH; k--) backslashes++;
  return backslashes % 2 === 1;
}

function isEventsKey(bytes: Uint8Array, from: number, to: number): boolean {
  if (to - from !== EVENTS_KEY.length) return false;
  for (let k = 0; k < EVENTS_KEY.length; k++) if (bytes[from + k] !== EVENTS_KEY[k]) return false;
  return true;
}
