/**
 * The columnar form of a dataset (docs/dataset.md, "The columnar form"): the same contract as the
 * JSON file, written as an Apache Arrow IPC stream with one row per event and one column per event
 * field (lists and structs for excerpts, claims and links); everything but the events (title,
 * sides, sources, actors) is the JSON of the dataset without its events, in the schema's metadata
 * under "sourceline". Dates, types, statuses and zones repeat, so they are dictionary-encoded.
 *
 * Read without an object per event (columnarCheck.ts checks and indexes the columns in the loading
 * worker; the page reads one event from the columns when it shows it). This module writes the
 * form (npm run convert, npm run generate) and reads it back into objects (npm run convert, and
 * the list of problems of a file that fails its checks).
 */
import {
  Dictionary,
  Field,
  Int16,
  Int32,
  Int8,
  List,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableFromIPC,
  tableToIPC,
  Utf8,
  vectorFromArray,
  type DataType,
} from 'apache-arrow';
import type { Dataset, TimelineEvent } from '../dataset/types';

/** The schema metadata key that holds the dataset without its events. */
export const DATASET_KEY = 'sourceline';
/** Rows per record batch: the reader can check and index one batch while the next arrives. */
export const BATCH_ROWS = 65_536;

const text = () => new Utf8();
const coded = (indices: Int8 | Int16 | Int32) => new Dictionary(new Utf8(), indices);
const listOf = (type: DataType) => new List(new Field('item', type, false));
const struct = (fields: [string, DataType, boolean][]) =>
  new Struct(fields.map(([name, type, nullable]) => new Field(name, type, nullable)));

/** The columns, in order: name, type, nullable. The reader checks a file against this list. */
export const EVENT_COLUMNS: readonly [keyof TimelineEvent, DataType, boolean][] = [
  ['id', text(), false],
  ['title', text(), false],
  ['type', coded(new Int8()), false],
  ['status', coded(new Int8()), false],
  ['start', coded(new Int32()), false],
  ['end', coded(new Int32()), true],
  ['timeZone', coded(new Int16()), true],
  ['dateNote', text(), true],
  ['actors', listOf(text()), false],
  ['sides', listOf(text()), true],
  ['summary', text(), true],
  ['displayDate', text(), true],
  [
    'excerpts',
    listOf(
      struct([
        ['source', text(), false],
        ['quote', text(), false],
        ['speaker', text(), true],
        ['attribution', text(), true],
        ['stance', text(), true],
        [
          'claims',
          listOf(
            struct([
              ['claim', text(), false],
              ['stance', text(), false],
            ]),
          ),
          true,
        ],
      ]),
    ),
    false,
  ],
  [
    'claims',
    listOf(
      struct([
        ['id', text(), false],
        ['text', text(), false],
      ]),
    ),
    true,
  ],
  [
    'related',
    listOf(
      struct([
        ['event', text(), false],
        ['relation', text(), false],
      ]),
    ),
    true,
  ],
];

/** Whether bytes start like an Arrow IPC stream (a continuation marker) or file ("ARROW1"). */
export function looksColumnar(bytes: Uint8Array): boolean {
  const stream = bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff;
  const file = String.fromCharCode(...bytes.subarray(0, 6)) === 'ARROW1';
  return stream || file;
}

/** The event with every column's field, absent ones null (Arrow would write "" for undefined). */
function row(event: TimelineEvent): Record<string, unknown> {
  return {
    ...NO_FIELDS,
    ...event,
    excerpts: event.excerpts.map((excerpt) => ({ ...NO_EXCERPT_FIELDS, ...excerpt })),
  };
}
const NO_FIELDS = Object.fromEntries(EVENT_COLUMNS.map(([name]) => [name, null]));
const NO_EXCERPT_FIELDS = { speaker: null, attribution: null, stance: null, claims: null };

/** A (valid) dataset as an Arrow IPC stream, in batches of BATCH_ROWS events. */
export function datasetToArrow(dataset: Dataset): Uint8Array {
  const { events, ...rest } = dataset;
  const fields = EVENT_COLUMNS.map(([name, type, nullable]) => new Field(name, type, nullable));
  const schema = new Schema(fields, new Map([[DATASET_KEY, JSON.stringify({ ...rest, events: [] })]]));
  const batches: RecordBatch[] = [];
  for (let from = 0; from === 0 || from < events.length; from += BATCH_ROWS) {
    const rows = events.slice(from, from + BATCH_ROWS).map(row);
    const columns = Object.fromEntries(
      EVENT_COLUMNS.map(([name, type]) => [
        name,
        vectorFromArray(
          rows.map((r) => r[name]),
          type,
        ),
      ]),
    );
    batches.push(new RecordBatch(schema, new Table(columns).batches[0]!.data));
  }
  return tableToIPC(new Table(schema, batches), 'stream');
}

/** Drops the nulls of absent optional fields, recursively: the event as the JSON form writes it. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== null) out[key] = withoutNulls(item);
  return out;
}

/** A row as the JSON form writes its event. (Through JSON: Arrow's rows and lists write themselves as plain objects and arrays.) */
const rowToEvent = (row: unknown): unknown => withoutNulls(JSON.parse(JSON.stringify(row ?? null)));

/**
 * The dataset of an Arrow IPC stream, as plain objects (not validated: the caller validates it).
 * Throws where the bytes are not a readable Arrow stream.
 */
export function arrowToDataset(bytes: Uint8Array): unknown {
  const table = tableFromIPC(bytes);
  const rest = JSON.parse(table.schema.metadata.get(DATASET_KEY) ?? 'null') as Record<string, unknown> | null;
  const events: unknown[] = [];
  for (const row of table) events.push(rowToEvent(row));
  return rest === null || typeof rest !== 'object' ? rest : { ...rest, events };
}

/**
 * Reads one event at a time from a checked columnar dataset's bytes, for the page: the event at a
 * position (its row) as the JSON form writes it, built only when it is shown.
 */
export function columnarEventReader(ipc: Uint8Array): (position: number) => TimelineEvent {
  const table = tableFromIPC(ipc);
  return (position) => rowToEvent(table.get(position)) as TimelineEvent;
}
