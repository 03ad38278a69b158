/**
 * The CSV column layout that `importCsv` reads and `exportCsv` writes. One row is one excerpt;
 * rows with the same `event_id` are one event (the exporter repeats the event's cells on each of
 * its rows, so that every row stands alone when a spreadsheet sorts or filters them).
 *
 * Claims: a row may name one claim (its text) and whether the quote asserts or disputes it. Rows
 * of one event with the same claim text are one claim; a quote that bears on two claims takes two
 * rows, which the importer merges back into one excerpt.
 */

/**
 * The cells that describe the event (as opposed to one excerpt of it), in the order the exporter
 * writes them, each with the field of the imported event it fills (to say which cell disagrees
 * when two rows of one event differ).
 */
export const EVENT_FIELD_OF = {
  date: 'start',
  end: 'end',
  time_zone: 'timeZone',
  title: 'title',
  type: 'type',
  status: 'status',
  actors: 'actors',
  side: 'actorSides',
  summary: 'summary',
  date_note: 'dateNote',
} as const;

export type EventColumn = keyof typeof EVENT_FIELD_OF;

export const EVENT_COLUMNS = Object.keys(EVENT_FIELD_OF) as readonly EventColumn[];

/** The cells of one excerpt: its source, the quote, and the claim it bears on. */
const EXCERPT_COLUMNS = [
  'source',
  'source_kind',
  'url',
  'source_title',
  'published',
  'quote',
  'speaker',
  'attribution',
  'stance',
  'claim',
  'claim_stance',
] as const;

/** In the order the exporter writes them. The importer takes any order and any letter case. */
export const CSV_COLUMNS = ['event_id', ...EVENT_COLUMNS, ...EXCERPT_COLUMNS] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['date', 'title', 'source', 'quote'];

/** Other names people give the same columns. */
const ALIASES: Readonly<Record<string, CsvColumn>> = {
  id: 'event_id',
  start: 'date',
  start_date: 'date',
  end_date: 'end',
  timezone: 'time_zone',
  tz: 'time_zone',
  outlet: 'source',
  kind: 'source_kind',
  excerpt: 'quote',
  claim_text: 'claim',
};

/** "Time Zone", "time-zone", "TIME_ZONE" → "time_zone"; unknown names → undefined. */
export function columnOf(header: string): CsvColumn | undefined {
  const name = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((CSV_COLUMNS as readonly string[]).includes(name)) return name as CsvColumn;
  return ALIASES[name];
}

/** Actors (and their sides) share one cell, separated by this. */
export const LIST_SEPARATOR = ';';

/**
 * CSV ("formula") injection: spreadsheets run a cell that starts with = + - or @ as a formula
 * (and tab or CR can hide such a start), so a dataset's text, e.g. a quote beginning "=HYPERLINK(…)",
 * could run in the spreadsheet of whoever opens the export. The usual defence (OWASP) is a leading
 * apostrophe, which makes the cell plain text. A cell that already starts with apostrophes before
 * one of those characters gets one more, so `unguardFormula` can take exactly one off again and
 * every value survives the round trip unchanged.
 */
const GUARDED = /^'*[=+\-@\t\r]/;

export function guardFormula(cell: string): string {
  return GUARDED.test(cell) ? `'${cell}` : cell;
}

export function unguardFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** The cell of `column` in a row (empty where the file has no such column), trimmed and unguarded. */
export function cellAt(cells: readonly string[], column: number | undefined): string {
  // Trim first, so the apostrophe that guards a formula-like cell is the cell's first character.
  return column === undefined ? '' : unguardFormula((cells[column] ?? '').trim());
}
