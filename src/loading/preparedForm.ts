/**
 * A prepared dataset (index columns and search index) as plain JSON, for the bundled dataset that
 * is prepared at build time (scripts/bundled-dataset-plugin.ts) and shipped as a module: typed
 * arrays become number lists, and the event records travel as text (compact once compressed).
 */
import type { IndexColumns } from '../engine/eventIndex';
import type { SearchIndexData } from '../engine/searchIndex';
import { buildByteTable, recordAt } from '../engine/tables';

export interface Prepared {
  columns: IndexColumns;
  search: SearchIndexData;
}

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
const TYPED = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;

export interface PreparedJson {
  columns: unknown;
  /** Each event's JSON, by ordinal. */
  records: string[];
  search: unknown;
}

export function toPreparedJson({ columns, search }: Prepared): PreparedJson {
  const { records, ...rest } = columns;
  if ('ipc' in records) throw new Error('the bundled dataset is JSON, not columnar');
  return {
    columns: encode(rest),
    records: Array.from(records.start, (_, ordinal) => recordAt(records, ordinal)),
    search: encode(search),
  };
}

export function fromPreparedJson(json: PreparedJson): Prepared {
  const rest = decode(json.columns) as Omit<IndexColumns, 'records'>;
  const records = buildByteTable(json.records.length, (ordinal) => json.records[ordinal]!);
  return { columns: { ...rest, records }, search: decode(json.search) as SearchIndexData };
}

function encode(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) {
    const name = value.constructor.name as TypedName;
    if (!(name in TYPED)) throw new Error(`cannot encode a ${name}`);
    return { $typed: name, values: Array.from(value as TypedArray) };
  }
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]));
  }
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    const typed = value as { $typed?: TypedName; values?: number[] };
    if (typed.$typed && typed.values) return TYPED[typed.$typed].from(typed.values);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item)]));
  }
  return value;
}
