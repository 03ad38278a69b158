/**
 * Opens a columnar dataset (columnar.ts) in the loading worker: checks it against the contract and
 * builds the index from its columns. Each row is read into a short-lived view of its event (ids,
 * dates and vocabularies from the columns' dictionaries, decoded once), checked by the same rules
 * as a JSON event (eventFieldsAllowed for the values; integrity.ts for references, claims, dates,
 * links and repeated ids) and added to the index; nothing per event is kept but the index. The page
 * is sent the file's bytes as the events' records, and reads an event from them when it shows it.
 *
 * A file that fails, or is not a readable Arrow stream of this layout, gets its problems the
 * ordinary way: its rows as objects, checked by `validateDataset` (paths like events[3].actors[0]).
 * A hostile file can only fail: everything here runs in the worker, which the page can end.
 */
import {
  Field,
  RecordBatchReader,
  tableFromIPC,
  type Data,
  type RecordBatch,
  type Schema,
  type Table,
  type Vector,
} from 'apache-arrow';
import { eventFieldsAllowed } from '../dataset/eventFields';
import {
  checkEvent,
  checkKeyEvents,
  checkRelated,
  declaredIdsOf,
  IdCollector,
  type DeclaredIds,
} from '../dataset/integrity';
import type { Problem } from '../dataset/problems';
import type { Dataset, Excerpt, TimelineEvent } from '../dataset/types';
import { validateDataset, validateDatasetApartFromEvents } from '../dataset/validate';
import { IndexBuilder } from '../engine/buildIndex';
import type { IndexColumns } from '../engine/eventIndex';
import { eventText } from '../engine/searchIndex';
import { arrowToDataset, DATASET_KEY, EVENT_COLUMNS } from './columnar';

/** More rows than this are refused before anything is read (the limit of the app, not of the form). */
export const MAX_COLUMNAR_EVENTS = 2_000_000;

export type ColumnarOpened =
  | {
      ok: true;
      dataset: Omit<Dataset, 'events'>;
      columns: IndexColumns;
      /** The searchable text of the event at a position, read from the columns when asked. */
      textAt: (position: number) => string;
    }
  | { ok: false; message: string; problems: Problem[] };

const decoder = new TextDecoder();
const FIELDS = EVENT_COLUMNS.map(([name, type, nullable]) => new Field(name, type, nullable));

/** Whether a column (or a field inside its lists and structs) that may not be null has a null. */
function nullsWhereRequired(data: Data, field: Field): boolean {
  if (!field.nullable && data.nullCount > 0) return true;
  const inner = (field.type.children ?? []) as Field[];
  return data.children.some((child, k) => inner[k] !== undefined && nullsWhereRequired(child, inner[k]));
}

/**
 * Checks and indexes a columnar file batch by batch as its bytes arrive (`push`), reading the
 * Arrow stream with apache-arrow's streaming reader; `finish` gives the verdict once all are in.
 */
export class ColumnarStream {
  private readonly chunks: Uint8Array[] = [];
  private wake: (() => void) | null = null;
  private ended = false;
  private readonly check = new ColumnarCheck();
  private readonly reading: Promise<void>;

  constructor() {
    this.reading = this.read();
  }

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.wake?.();
  }

  /** All bytes are in (`bytes`, the whole file): the verdict. */
  async finish(bytes: Uint8Array): Promise<ColumnarOpened> {
    this.ended = true;
    this.wake?.();
    await this.reading;
    return this.check.finish(bytes);
  }

  private async read(): Promise<void> {
    try {
      const reader = await RecordBatchReader.from(this.source());
      for await (const batch of reader) if (!this.check.add(batch)) break;
    } catch (error) {
      this.check.unreadable(error as Error);
    }
  }

  private async *source(): AsyncGenerator<Uint8Array> {
    for (;;) {
      while (this.chunks.length > 0) yield this.chunks.shift()!;
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }
}

/** A whole columnar file at once (the same checks as ColumnarStream). */
export function openColumnar(bytes: Uint8Array): ColumnarOpened {
  const check = new ColumnarCheck();
  try {
    for (const batch of tableFromIPC(bytes).batches) if (!check.add(batch)) break;
  } catch (error) {
    check.unreadable(error as Error);
  }
  return check.finish(bytes);
}

/** The checks and the index, fed one record batch at a time. */
class ColumnarCheck {
  private problem: ColumnarOpened | null = null;
  private head: Dataset | null = null;
  private declared: DeclaredIds | null = null;
  private valid = true;
  private readonly fail = () => void (this.valid = false);
  private readonly ids = new IdCollector('events', this.fail);
  private readonly builder = new IndexBuilder();
  private readonly linking: TimelineEvent[] = [];
  private position = 0;

  /** Checks and indexes a batch; false when there is no point in going on. */
  add(batch: RecordBatch): boolean {
    if (this.problem || !this.valid) return false;
    if (!this.head && !this.begin(batch.schema)) return false;
    if (this.position + batch.numRows > MAX_COLUMNAR_EVENTS) {
      this.problem = unreadable(`it has more than ${MAX_COLUMNAR_EVENTS.toLocaleString('en-US')} events, the limit`);
      return false;
    }
    try {
      const columns = batch.data.children as Data[];
      if (columns.some((data, k) => nullsWhereRequired(data, FIELDS[k]!))) this.fail();
      const rows = new Rows(columns);
      for (let row = 0; row < batch.numRows && this.valid; row++, this.position++) {
        const event = rows.event(row, false);
        if (!eventFieldsAllowed(event)) this.fail();
        this.ids.add(event, this.position);
        checkEvent(event, this.position, this.declared!, this.fail);
        if (event.related) this.linking.push(event);
        if (this.valid) this.builder.add(event);
      }
    } catch {
      this.fail(); // A column whose data does not fit its own offsets: the ordinary reading says more.
    }
    return this.valid;
  }

  unreadable(error: Error): void {
    this.problem ??= unreadable(`it is not a readable Arrow stream (${error.message})`);
  }

  finish(bytes: Uint8Array): ColumnarOpened {
    if (this.problem) return this.problem;
    // Links are checked once every id is known (only the verdict counts here, not the path).
    for (const event of this.linking) checkRelated(event, 0, this.ids, this.fail);
    if (this.head) checkKeyEvents(this.head, this.ids, this.fail);
    if (!this.valid) return rejectedWhole(bytes);
    if (!this.head) return unreadable('it has no events, not even an empty batch of them');
    const { events: _none, ...meta } = this.head;
    const columns = this.builder.finish(meta, () => ({ ipc: bytes }));
    // The bytes go to the page (moved, not copied); the search index is built here after the first
    // paint, from a copy (a memory copy of the file: far less than keeping its text as strings).
    const table = tableFromIPC(bytes.slice());
    const batches = table.batches.map((batch) => new Rows(batch.data.children as Data[]));
    const starts = batchStarts(table);
    return {
      ok: true,
      dataset: meta,
      columns,
      textAt: (position) => {
        let b = 0;
        while (starts[b + 1]! <= position) b++;
        return eventText(batches[b]!.event(position - starts[b]!, true));
      },
    };
  }

  /** The columns and the dataset's other fields (in the schema's metadata), checked before any row. */
  private begin(schema: Schema): boolean {
    const layout = layoutProblem(schema);
    if (layout) {
      this.problem = unreadable(layout);
      return false;
    }
    const rest = parseRest(schema.metadata.get(DATASET_KEY));
    const head = validateDatasetApartFromEvents(rest);
    if (!head.ok) {
      this.problem = rejected(head.problems);
      return false;
    }
    this.head = head.dataset;
    this.declared = declaredIdsOf(head.dataset);
    return true;
  }
}

/** What is wrong with the columns themselves (missing, or of another type), if anything. */
function layoutProblem(schema: Schema): string | null {
  const fields = schema.fields;
  for (let k = 0; k < EVENT_COLUMNS.length; k++) {
    const [name, type] = EVENT_COLUMNS[k]!;
    const field = fields[k];
    if (field?.name !== name || String(field.type) !== String(type)) {
      return `its column ${k + 1} should be "${name}" (${String(type)}), and is ${field ? `"${field.name}" (${String(field.type)})` : 'missing'}`;
    }
  }
  return fields.length === EVENT_COLUMNS.length
    ? null
    : `it has ${fields.length - EVENT_COLUMNS.length} columns too many`;
}

function parseRest(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function unreadable(reason: string): ColumnarOpened {
  return {
    ok: false,
    message: `It is not a columnar Sourceline dataset: ${reason}.`,
    problems: [],
  };
}

function rejected(problems: Problem[]): ColumnarOpened {
  return { ok: false, message: 'It is not a valid Sourceline dataset.', problems };
}

/** The problems of a file that failed, found the ordinary way: its rows as objects, checked whole. */
function rejectedWhole(bytes: Uint8Array): ColumnarOpened {
  const whole = validateDataset(arrowToDataset(bytes));
  if (whole.ok) {
    // The quick checks and the whole check disagree: say so rather than open it half-checked.
    return {
      ok: false,
      message: 'It could not be checked.',
      problems: [{ kind: 'internal', message: 'the columnar checks and the whole-dataset check disagree' }],
    };
  }
  return rejected(whole.problems);
}

function batchStarts(table: Table): number[] {
  const starts = [0];
  for (const batch of table.batches) starts.push(starts[starts.length - 1]! + batch.numRows);
  return starts;
}

/** Stands for a text the check has found not empty on its bytes (it is not decoded for the check). */
const SOME_TEXT = 'text';

/**
 * The rows of one record batch, read straight from the column buffers: dictionary values decoded
 * once per batch, ids and other short strings once per distinct value (interned by their bytes).
 * For checking and indexing (`full` false) the long texts are not decoded: titles and quotes are
 * checked for being empty on their bytes, and summaries, date notes and attributions (any text
 * is allowed) are left out.
 */
class Rows {
  private readonly dictionaries = new Map<Vector, string[]>();
  private readonly interned = new Interner();
  constructor(private readonly columns: Data[]) {}

  event(row: number, full: boolean): TimelineEvent {
    const id = this.id;
    const long = full ? (data: Data, k: number) => text(data, k) : (data: Data, k: number) => checkedText(data, k);
    const [
      idColumn,
      title,
      type,
      status,
      start,
      end,
      timeZone,
      dateNote,
      actors,
      sides,
      summary,
      displayDate,
      excerpts,
      claims,
      related,
    ] = this.columns as [Data, Data, Data, Data, Data, Data, Data, Data, Data, Data, Data, Data, Data, Data, Data];
    const event: TimelineEvent = {
      id: text(idColumn, row)!,
      title: long(title, row)!,
      type: this.coded(type, row) as TimelineEvent['type'],
      status: this.coded(status, row) as TimelineEvent['status'],
      start: this.coded(start, row)!,
      actors: list(actors, row, id) ?? [],
      excerpts: list(excerpts, row, (data, k) => this.excerptAt(data, k, full)) ?? [],
    };
    // Optional fields are set only where present, as in the JSON form.
    const endDate = this.coded(end, row);
    if (endDate !== undefined) event.end = endDate;
    const zone = this.coded(timeZone, row);
    if (zone !== undefined) event.timeZone = zone;
    if (full && isValid(dateNote, row)) event.dateNote = text(dateNote, row)!;
    if (isValid(sides, row)) event.sides = list(sides, row, id);
    if (full && isValid(summary, row)) event.summary = text(summary, row)!;
    if (full && isValid(displayDate, row)) event.displayDate = text(displayDate, row)!;
    if (isValid(claims, row)) {
      event.claims = list(claims, row, (data, k) => ({
        id: id(data.children[0]!, k),
        text: long(data.children[1]!, k)!,
      }));
    }
    if (isValid(related, row)) {
      event.related = list(related, row, (data, k) => ({
        event: text(data.children[0]!, k)!,
        relation: id(data.children[1]!, k) as NonNullable<TimelineEvent['related']>[number]['relation'],
      }));
    }
    return event;
  }

  /** A short string that repeats (an id, a stance), decoded once per distinct value. */
  private readonly id = (data: Data, row: number): string => {
    const offsets = data.valueOffsets as Int32Array;
    const from = offsets[data.offset + row]!;
    const to = offsets[data.offset + row + 1]!;
    if (!(from >= 0 && to >= from && to <= data.values.length)) throw new RangeError('a string outside its column');
    return this.interned.get(data.values as Uint8Array, from, to);
  };

  private excerptAt(data: Data, k: number, full: boolean): Excerpt {
    const [source, quote, speaker, attribution, stance, claims] = data.children as Data[];
    const excerpt: Excerpt = { source: this.id(source!, k), quote: (full ? text : checkedText)(quote!, k)! };
    if (isValid(speaker!, k)) excerpt.speaker = this.id(speaker!, k);
    if (full && isValid(attribution!, k)) excerpt.attribution = text(attribution!, k)!;
    if (isValid(stance!, k)) excerpt.stance = this.id(stance!, k) as Excerpt['stance'];
    if (isValid(claims!, k)) {
      excerpt.claims = list(claims!, k, (child, j) => ({
        claim: this.id(child.children[0]!, j),
        stance: this.id(child.children[1]!, j) as NonNullable<Excerpt['claims']>[number]['stance'],
      }));
    }
    return excerpt;
  }

  private coded(data: Data, row: number): string | undefined {
    if (!isValid(data, row)) return undefined;
    let values = this.dictionaries.get(data.dictionary!);
    if (!values) this.dictionaries.set(data.dictionary!, (values = dictionaryValues(data.dictionary!)));
    const value = values[(data.values as Int32Array)[data.offset + row]!];
    if (value === undefined) throw new RangeError('a dictionary index out of range');
    return value;
  }
}

function dictionaryValues(dictionary: Vector): string[] {
  const values: string[] = [];
  for (const data of dictionary.data) for (let i = 0; i < data.length; i++) values.push(text(data, i) ?? '');
  return values;
}

function isValid(data: Data, row: number): boolean {
  if (data.nullCount === 0 || !data.nullBitmap || data.nullBitmap.length === 0) return true;
  const at = data.offset + row;
  return (data.nullBitmap[at >> 3]! & (1 << (at & 7))) !== 0;
}

function text(data: Data, row: number): string | undefined {
  if (!isValid(data, row)) return undefined;
  const offsets = data.valueOffsets as Int32Array;
  const from = offsets[data.offset + row]!;
  const to = offsets[data.offset + row + 1]!;
  if (!(from >= 0 && to >= from && to <= data.values.length)) throw new RangeError('a string outside its column');
  return decoder.decode((data.values as Uint8Array).subarray(from, to));
}

/**
 * A long text checked only for being empty, on its bytes: any ASCII byte but white space is enough;
 * only a text of white space and other characters is decoded, for the schema's own test.
 */
function checkedText(data: Data, row: number): string | undefined {
  if (!isValid(data, row)) return undefined;
  const offsets = data.valueOffsets as Int32Array;
  const from = offsets[data.offset + row]!;
  const to = offsets[data.offset + row + 1]!;
  const bytes = data.values as Uint8Array;
  for (let k = from; k < to; k++) {
    const b = bytes[k]!;
    if (b >= 0x80) return text(data, row);
    if (b !== 0x20 && (b < 0x09 || b > 0x0d)) return SOME_TEXT;
  }
  return '';
}

/** Short strings by their UTF-8 bytes: each distinct one decoded once (a hash of the bytes, then a comparison). */
class Interner {
  private readonly slots = new Map<number, { bytes: Uint8Array; text: string }[]>();

  get(bytes: Uint8Array, from: number, to: number): string {
    let hash = 0x811c9dc5 ^ (to - from);
    for (let k = from; k < to; k++) hash = Math.imul(hash ^ bytes[k]!, 0x01000193);
    let bucket = this.slots.get(hash);
    if (bucket) {
      for (const entry of bucket) if (sameBytes(entry.bytes, bytes, from, to)) return entry.text;
    } else this.slots.set(hash, (bucket = []));
    const text = decoder.decode(bytes.subarray(from, to));
    // Only short values repeat often enough to be worth keeping (ids, stances); a long one is decoded each time.
    if (to - from <= 64 && this.slots.size < 100_000) bucket.push({ bytes: bytes.slice(from, to), text });
    return text;
  }
}

function sameBytes(a: Uint8Array, bytes: Uint8Array, from: number, to: number): boolean {
  if (a.length !== to - from) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== bytes[from + k]) return false;
  return true;
}

function list<T>(data: Data, row: number, item: (child: Data, k: number) => T): T[] | undefined {
  if (!isValid(data, row)) return undefined;
  const offsets = data.valueOffsets as Int32Array;
  const from = offsets[data.offset + row]!;
  const to = offsets[data.offset + row + 1]!;
  const child = data.children[0]!;
  if (!(from >= 0 && to >= from && to <= child.length)) throw new RangeError('a list outside its column');
  const items: T[] = [];
  for (let k = from; k < to; k++) items.push(item(child, k));
  return items;
}
