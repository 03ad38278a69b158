/**
 * Finds the events of a dataset file in its bytes as they arrive, so that the loading worker can
 * parse and check each event while the rest is still downloading (JSON.parse on each event's
 * bytes: the native parser does the work), and hand the page byte ranges of the file it already
 * has as the events' records.
 *
 * A byte-level scan: JSON's structure is ASCII, and no byte of a multi-byte UTF-8 character is
 * ASCII, so strings, brackets and commas can be told apart without decoding. It is strict: the
 * file must be a top-level object with one "events" key (written without escapes) holding a list
 * of objects, nested at most MAX_JSON_DEPTH deep. Anything else (a syntax error between events, a
 * second "events" key, a list item that is not an object, a UTF-16 file) makes it give up
 * (`streamable` false), and the caller reads the whole file the ordinary way, which also says what
 * is wrong and where. What it does not look at (inside each event, the rest of the file) is read
 * by JSON.parse, which finds any error there.
 */
import { MAX_JSON_DEPTH } from '../dataset/json';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const EVENTS_KEY = [...'"events"'].map((c) => c.charCodeAt(0));
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export interface ScanListener {
  /** The events list opens at byte `at` (its "["): the bytes before it are the top of the file. */
  eventsOpened(at: number): void;
  /** bytes[start .. end) is the JSON of the next event. */
  event(start: number, end: number): void;
}

/** Where the events list is, once the whole file has been scanned. */
export interface EventsPlace {
  /** The first byte of the JSON (after a UTF-8 byte-order mark). */
  from: number;
  /** The events list's "[" and "]". */
  open: number;
  close: number;
}

const enum Item {
  /** After "[": an event or "]". */
  First,
  /** After ",": an event. */
  Next,
  /** After an event: "," or "]". */
  After,
}

export class EventScanner {
  /** False once the file is not one this scanner reads exactly as JSON.parse would (see above). */
  streamable = true;
  private at = 0;
  private from = 0;
  private opened = false;
  private depth = 0;
  private expectKey = false;
  private keyIsEvents = false;
  private open = -1;
  private close = -1;
  private item = Item.First;
  private itemStart = -1;

  constructor(private readonly listener: ScanListener) {}

  /** Scans bytes[..length) from where the last call stopped (an unfinished string is taken up again next time). */
  scan(buffer: Uint8Array, length: number): void {
    // Only what has arrived: a search for a closing quote must not run on into the empty rest.
    const bytes = buffer.subarray(0, length);
    if (this.at === 0 && length < 3) return; // Too little to tell a byte-order mark.
    if (this.at === 0 && length >= 3 && UTF8_BOM.every((b, k) => bytes[k] === b)) this.at = this.from = 3;
    let i = this.at;
    for (; i < length && this.streamable; i++) {
      if (this.depth > 2 && this.itemStart !== -1) {
        const close = this.throughEvent(bytes, i);
        if (close < 0) {
          i = -close - 1;
          break;
        }
        this.listener.event(this.itemStart, close + 1);
        this.itemStart = -1;
        this.item = Item.After;
        i = close;
        continue;
      }
      const c = bytes[i]!;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      if (this.depth === 2 && this.open !== -1 && this.close === -1) {
        this.betweenEvents(c, i);
        continue;
      }
      if (c === QUOTE) {
        const end = closingQuote(bytes, i);
        if (end === -1) break; // The rest of the string is still to come.
        if (this.depth === 1 && this.expectKey) this.key(bytes, i, end + 1);
        i = end;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        // One object, and nothing else: a list, or a second value after it, is not a dataset read here.
        if (this.depth === 0 && (c !== OPEN_BRACE || this.opened)) this.streamable = false;
        if (this.depth === 0) this.opened = true;
        if (this.depth === 1 && c === OPEN_BRACKET && this.keyIsEvents && !this.expectKey) {
          this.open = i;
          this.listener.eventsOpened(i);
        }
        if (++this.depth > MAX_JSON_DEPTH) this.streamable = false;
        if (this.depth === 1) this.expectKey = true;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--;
      } else if (this.depth === 1) {
        if (c === COLON) this.expectKey = false;
        else if (c === COMMA) this.expectKey = true;
      } else if (this.depth === 0) {
        this.streamable = false; // Text before the object: not a dataset this scanner reads.
      }
    }
    this.at = i;
  }

  /** Where the events list is, if the scan of the whole file found exactly one, closed. */
  end(): EventsPlace | null {
    if (!this.streamable || this.close === -1 || this.depth !== 0) return null;
    return { from: this.from, open: this.open, close: this.close };
  }

  /**
   * Inside an event, where only strings and brackets matter (most of a file): a tight loop to the
   * bracket that closes it. Returns that bracket's offset, or -(where to go on from) - 1 when the
   * bytes end first.
   */
  private throughEvent(bytes: Uint8Array, from: number): number {
    let depth = this.depth;
    let i = from;
    for (; i < bytes.length; i++) {
      const c = bytes[i]!;
      if (c === QUOTE) {
        const end = closingQuote(bytes, i);
        if (end === -1) break;
        i = end;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++depth > MAX_JSON_DEPTH) {
          this.streamable = false;
          break;
        }
      } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 2) {
        this.depth = depth;
        return i;
      }
    }
    this.depth = depth;
    return -i - 1;
  }

  /** Inside the events list, between events: only "{", "," and "]" where JSON allows them. */
  private betweenEvents(c: number, i: number): void {
    if (c === OPEN_BRACE && this.item !== Item.After) {
      this.itemStart = i;
      this.depth++;
    } else if (c === COMMA && this.item === Item.After) {
      this.item = Item.Next;
    } else if (c === CLOSE_BRACKET && this.item !== Item.Next) {
      this.close = i;
      this.depth--;
    } else {
      this.streamable = false;
    }
  }

  private key(bytes: Uint8Array, from: number, to: number): void {
    // A key spelled with escapes could be "events" to JSON.parse without looking like it here.
    const escaped = bytes.subarray(from, to).includes(BACKSLASH);
    this.keyIsEvents = to - from === EVENTS_KEY.length && EVENTS_KEY.every((b, k) => bytes[from + k] === b);
    // A second "events" key would replace the first in JSON.parse.
    if (escaped || (this.keyIsEvents && this.open !== -1)) this.streamable = false;
  }
}

/** The quote that closes the string opened at `open` (not escaped by an odd run of backslashes), or -1. */
function closingQuote(bytes: Uint8Array, open: number): number {
  let end = open;
  for (;;) {
    end = bytes.indexOf(QUOTE, end + 1);
    if (end === -1) return -1;
    let backslashes = 0;
    while (bytes[end - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
}

/**
 * The byte ranges of the events of a whole file, or null where the scanner gives up (the caller
 * then writes the events out).
 */
export function findEventSpans(bytes: Uint8Array): { start: Uint32Array; end: Uint32Array } | null {
  const start: number[] = [];
  const end: number[] = [];
  const scanner = new EventScanner({ eventsOpened: () => {}, event: (s, e) => (start.push(s), end.push(e)) });
  scanner.scan(bytes, bytes.length);
  return scanner.end() ? { start: Uint32Array.from(start), end: Uint32Array.from(end) } : null;
}
