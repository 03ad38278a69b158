/**
 * A CSV (or TSV) file's rows as cells, each with its place in the file: the spreadsheet row number
 * (the header is row 1) and, where a cell holds line breaks, the line where the row begins. Shared
 * by every spreadsheet layout Sourceline reads (its own, TimelineJS's template, ACLED's export).
 *
 * Every cell stays a string: nothing is read as a number, a date, HTML or a formula here.
 */
import Papa from 'papaparse';
import type { Origin } from './importDraft';

export interface CsvRecord {
  cells: string[];
  origin: Origin;
  /** Set when the parser found the row malformed (e.g. a quote never closed). */
  malformed?: string;
}

/**
 * The records of `body` (a byte-order mark already removed). The separator (comma, semicolon or
 * tab) is the one that splits the first line into the most names `isKnownColumn` knows.
 */
export function readRecords(body: string, isKnownColumn: (name: string) => boolean): CsvRecord[] {
  const records: CsvRecord[] = [];
  const delimiter = guessDelimiter(body, isKnownColumn);
  let rowStart = 0;
  let line = 1;
  let scanned = 0;
  // Files from old Macs end lines with CR alone.
  const lineBreak = body.includes('\n') ? '\n' : '\r';
  Papa.parse<string[]>(body, {
    delimiter,
    // Every cell stays a string: dynamic typing would turn "2022" into a number.
    dynamicTyping: false,
    step: (result) => {
      // Count the line breaks before this row's start (indexOf jumps; a char-by-char loop was slow).
      for (
        let next = body.indexOf(lineBreak, scanned);
        next !== -1 && next < rowStart;
        next = body.indexOf(lineBreak, scanned)
      ) {
        line++;
        scanned = next + 1;
      }
      const row = records.length + 1;
      const label = row === line ? `row ${row}` : `row ${row} (line ${line})`;
      const error = result.errors[0];
      records.push({
        cells: result.data,
        origin: { row, label },
        ...(error ? { malformed: describeParseError(error) } : {}),
      });
      rowStart = result.meta.cursor;
    },
  });
  return records;
}

function describeParseError(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes')
    return 'a quoted cell is never closed (a " is missing), so the rest of the file ran into it';
  if (error.code === 'InvalidQuotes')
    return 'a quoted cell has text after its closing " (write a " inside quotes as "")';
  return `the CSV is malformed here (${error.message})`;
}

/** Comma, semicolon (Excel in many European locales) or tab: whichever splits the header into known columns. */
function guessDelimiter(body: string, isKnownColumn: (name: string) => boolean): string {
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  let best = ',';
  let bestScore = 0;
  for (const candidate of [',', ';', '\t']) {
    const score = firstLine.split(candidate).filter((name) => isKnownColumn(name.replace(/^\s*"|"\s*$/g, ''))).length;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** A header cell as layouts compare names: "Media Credit", "media-credit" and "MEDIA_CREDIT" are all "media_credit". */
export function normalColumnName(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** A row that is not blank (blank lines are not rows). */
export function hasContent(record: CsvRecord): boolean {
  return record.cells.some((cell) => cell.trim() !== '');
}

/**
 * What to say about a row whose cell count is not the header's. An unquoted comma shifts every
 * later cell, and the errors that follow from that would only mislead; so the count is what is
 * reported: always when a cell beyond the header's holds something, and otherwise when the row
 * could not be read (`unreadable`). A row with a few empty cells more or less that reads fine
 * (spreadsheets write trailing separators) is not reported. Null: nothing to say.
 */
export function cellCountReason(record: CsvRecord, width: number, unreadable = true): string | null {
  const count = record.cells.length;
  if (count === width) return null;
  const spills = record.cells.slice(width).some((cell) => cell.trim() !== '');
  if (!spills && !unreadable) return null;
  return count > width
    ? `has ${count} cells, the header ${width} (a cell that holds a comma or a semicolon must be in double quotes)`
    : `has ${count} cells, the header ${width} (is a cell missing, or two run together?)`;
}
