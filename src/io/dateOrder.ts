/**
 * Dates as spreadsheets write them in a locale: "21/02/2022" (day first, as Excel writes them in the
 * UK and most of Europe; also "21.02.2022") or "02/21/2022" (month first, the US). A file is one
 * locale, so its date cells are read all one way: the way that some cell can only be read (a first
 * number over 12 is a day), or, when every cell reads both ways ("03/04/2022"), the way the user
 * says (the import asks). Never guessed.
 */
import { MONTH_NAMES } from '../dataset/dates';

export const DATE_ORDERS = ['day-first', 'month-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

const LOCAL_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function isLocalDate(cell: string): boolean {
  return LOCAL_DATE.test(cell);
}

/** Where a cell was, for messages. */
export interface CellPlace {
  cell: string;
  label: string;
}

export type OrderFinding =
  /** No cell is written so (or every such cell reads the same both ways, "05/05/2022"). */
  | { kind: 'none' }
  /** Some cell can only be read one way: `evidence` is the first. */
  | { kind: 'found'; order: DateOrder; evidence: CellPlace }
  /** Every cell reads both ways: the user must say. */
  | { kind: 'ambiguous'; example: CellPlace }
  /** Some cells read only day first, others only month first. */
  | { kind: 'mixed'; dayFirst: CellPlace; monthFirst: CellPlace };

export function findDateOrder(cells: readonly CellPlace[]): OrderFinding {
  let dayFirst: CellPlace | undefined;
  let monthFirst: CellPlace | undefined;
  let example: CellPlace | undefined;
  for (const place of cells) {
    const m = LOCAL_DATE.exec(place.cell);
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst ??= place;
    else if (b > 12 && a <= 12) monthFirst ??= place;
    else if (a !== b) example ??= place;
  }
  if (dayFirst && monthFirst) return { kind: 'mixed', dayFirst, monthFirst };
  if (dayFirst) return { kind: 'found', order: 'day-first', evidence: dayFirst };
  if (monthFirst) return { kind: 'found', order: 'month-first', evidence: monthFirst };
  if (example) return { kind: 'ambiguous', example };
  return { kind: 'none' };
}

/**
 * "21/02/2022" read day first → "2022-02-21"; with a clock time "21/02/2022 9:05" → "2022-02-21 09:05"
 * (the form the importer reads with a time zone). Not a local date: returned as it was. Whether the
 * day exists is for the date parser to say.
 */
export function toIsoDate(cell: string, order: DateOrder): string {
  const m = LOCAL_DATE.exec(cell);
  if (!m) return cell;
  const [, a, b, year, hour, minute, second] = m;
  const [day, month] = order === 'day-first' ? [a!, b!] : [b!, a!];
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined) return date;
  return `${date} ${pad(hour)}:${minute}${second === undefined ? '' : `:${second}`}`;
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

/** "Day first: 3 April 2022" / "Month first: March 4, 2022": the two readings of an ambiguous example. */
export function readings(cell: string): Record<DateOrder, string> {
  const label = (order: DateOrder) => {
    const [year, month, day] = toIsoDate(cell, order).slice(0, 10).split('-').map(Number) as [number, number, number];
    const name = MONTH_NAMES[month - 1] ?? String(month);
    return order === 'day-first' ? `${day} ${name} ${year}` : `${name} ${day}, ${year}`;
  };
  return { 'day-first': label('day-first'), 'month-first': label('month-first') };
}
