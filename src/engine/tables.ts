/**
 * Many values stored as one: the compact forms the index hands from its worker to the page. A
 * table of a million strings crosses the worker boundary as two buffers, moved rather than copied,
 * not as a million objects for the page to rebuild; the page reads out only the ones it shows.
 */

/**
 * ASCII strings (ids, ISO dates: the contract allows nothing else in them) joined as bytes, with
 * where each begins: string i is bytes[offsets[i] .. offsets[i + 1]). Bytes, not a string, so that
 * the table crosses to the page without being copied.
 */
export interface AsciiTable {
  bytes: Uint8Array;
  offsets: Uint32Array;
}

const decoder = new TextDecoder();

export function buildAsciiTable(strings: readonly string[]): AsciiTable {
  const offsets = new Uint32Array(strings.length + 1);
  let length = 0;
  for (let i = 0; i < strings.length; i++) {
    offsets[i] = length;
    length += strings[i]!.length;
  }
  offsets[strings.length] = length;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const string of strings) {
    for (let k = 0; k < string.length; k++) {
      const code = string.charCodeAt(k);
      if (code > 0x7f) throw new Error(`not an ASCII string: ${JSON.stringify(string)}`);
      bytes[at++] = code;
    }
  }
  return { bytes, offsets };
}

export function asciiAt(table: AsciiTable, i: number): string {
  return decoder.decode(table.bytes.subarray(table.offsets[i], table.offsets[i + 1]));
}

export function tableLength(table: { offsets: Uint32Array }): number {
  return table.offsets.length - 1;
}

/** UTF-8 records in one buffer: record i is bytes[start[i] .. end[i]) (in any order, with gaps). */
export interface ByteTable {
  bytes: Uint8Array;
  start: Uint32Array;
  end: Uint32Array;
}

/**
 * Encodes strings as UTF-8 records into one buffer, sized from the first records so that it is
 * rarely regrown (no intermediate array per record, no large copies).
 */
export function buildByteTable(count: number, stringAtIndex: (i: number) => string): ByteTable {
  const encoder = new TextEncoder();
  const start = new Uint32Array(count);
  const end = new Uint32Array(count);
  let bytes = new Uint8Array(0);
  let length = 0;
  const ensure = (needed: number, done: number) => {
    if (needed <= bytes.length) return;
    // The average record so far, times the records to come, with a margin.
    const estimate = Math.ceil(((length + needed) / 2 / Math.max(done, 1)) * count * 1.1);
    const grown = new Uint8Array(Math.max(needed, estimate, Math.ceil(bytes.length * 1.5)));
    grown.set(bytes.subarray(0, length));
    bytes = grown;
  };
  for (let i = 0; i < count; i++) {
    start[i] = length;
    let text = stringAtIndex(i);
    for (;;) {
      ensure(length + text.length, i + 1);
      const { read, written } = encoder.encodeInto(text, bytes.subarray(length));
      length += written;
      if (read === text.length) break;
      // Multi-byte characters did not fit: make room for the rest (at most 3 bytes each).
      text = text.slice(read);
      ensure(length + text.length * 3, i + 1);
    }
    end[i] = length;
  }
  // Only a generous estimate is trimmed: the copy costs more than a little slack.
  const trimmed = bytes.length - length > length / 8 ? bytes.slice(0, length) : bytes.subarray(0, length);
  return { bytes: trimmed, start, end };
}

export function recordAt(table: ByteTable, i: number): string {
  return decoder.decode(table.bytes.subarray(table.start[i], table.end[i]));
}

/**
 * Finding a string's position in a table without a Map of every string: an open-addressing hash
 * table of positions, built where the table is built and shipped as one Int32Array.
 */
export interface StringLookup {
  get(key: string): number | undefined;
  has(key: string): boolean;
}

/** slots[h] = position + 1, or 0 when empty; the size is a power of two at least twice the count. */
export function buildHashSlots(table: AsciiTable): Int32Array {
  const count = tableLength(table);
  let size = 8;
  while (size < count * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let i = 0; i < count; i++) {
    let slot = hashBytes(table.bytes, table.offsets[i]!, table.offsets[i + 1]!) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  }
  return slots;
}

export function stringLookup(table: AsciiTable, slots: Int32Array): StringLookup {
  const mask = slots.length - 1;
  const get = (key: string): number | undefined => {
    let slot = hashString(key) & mask;
    for (;;) {
      const entry = slots[slot]!;
      if (entry === 0) return undefined;
      if (equalsAt(table, entry - 1, key)) return entry - 1;
      slot = (slot + 1) & mask;
    }
  };
  return { get, has: (key) => get(key) !== undefined };
}

function equalsAt(table: AsciiTable, i: number, key: string): boolean {
  const start = table.offsets[i]!;
  if (table.offsets[i + 1]! - start !== key.length) return false;
  for (let k = 0; k < key.length; k++) if (table.bytes[start + k] !== key.charCodeAt(k)) return false;
  return true;
}

/** FNV-1a, over the bytes of an ASCII string or the code units of a key (the same for ASCII). */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
}

function hashString(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
