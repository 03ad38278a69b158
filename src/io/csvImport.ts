/**
 * "Bring your own data" from a spreadsheet (CSV or TSV). Three layouts are read, told apart by the
 * header row: Sourceline's own (csvLayout.ts: one row per quote), the TimelineJS spreadsheet
 * template (timelineJsSheet.ts) and ACLED's conflict-event export (acledImport.ts). A row that
 * cannot be converted is skipped and reported with its row number and a plain reason; the rest
 * is assembled and checked by the dataset validator (`settleImport`).
 *
 * Everything read here is text and stays text: nothing is ever interpreted as HTML or a formula.
 */
import { columnOf, CSV_COLUMNS, REQUIRED_COLUMNS, type CsvColumn } from './csvLayout';
import { isAcledColumn, isAcledHeader, importAcled } from './acledImport';
import { hasContent, readRecords, type CsvRecord } from './csvRecords';
import { DATE_COLUMNS, DraftBuilder, type DateReading } from './csvEvents';
import { findDateOrder, readings, type CellPlace, type DateOrder } from './dateOrder';
import { problemAt, settleImport, skippedRows, type ImportResult, type RowProblem } from './importDraft';
import { importTimelineJsSheet, isTimelineJsColumn, isTimelineJsHeader } from './timelineJsSheet';

export type { ImportResult, RowProblem } from './importDraft';

export interface CsvImportOptions {
  /** The file's name, for the dataset's title and description only. */
  fileName: string;
  /** How dates such as "03/04/2022" read, when the file cannot tell (the user's answer to the import's question). */
  dateOrder?: DateOrder;
}

export function importCsv(text: string, options: CsvImportOptions): ImportResult {
  // Excel writes a byte-order mark; it is not part of the first column's name.
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (body.trim() === '') return fail('the file is empty');
  const records = readRecords(body, isKnownColumn);
  const [header, ...rows] = records;
  if (!header) return fail('the file is empty');
  if (!header.malformed) {
    if (isTimelineJsHeader(header.cells)) return importTimelineJsSheet(header, rows, options);
    if (isAcledHeader(header.cells)) return importAcled(header, rows, options);
  }
  return importSourcelineRows(header, rows, options);
}

/** A column name of any layout: what the separator is guessed from. */
function isKnownColumn(name: string): boolean {
  return columnOf(name) !== undefined || isTimelineJsColumn(name) || isAcledColumn(name);
}

function importSourcelineRows(header: CsvRecord, rows: CsvRecord[], options: CsvImportOptions): ImportResult {
  const problems: RowProblem[] = [];
  const layout = readHeader(header, problems);
  if (!layout.ok) return { dataset: null, rowProblems: [...problems, { row: 1, message: `row 1: ${layout.message}` }] };

  const dataRows = rows.filter(hasContent);
  if (dataRows.length === 0)
    return {
      dataset: null,
      rowProblems: [...problems, { row: 0, message: 'the file has a header row but no rows of data' }],
    };
  const order = dateReadingOf(dataRows, layout.columns, options);
  if ('question' in order) return { dataset: null, rowProblems: [], question: order.question };

  const builder = new DraftBuilder(layout.columns, layout.width, order.reading);
  for (const record of dataRows) {
    const reasons = builder.add(record);
    if (reasons.length > 0) problems.push(problemAt(record.origin, reasons));
  }
  problems.push(...builder.notes);
  if (order.note) problems.push(order.note);

  const result = settleImport(builder.draft(options.fileName, problems), problems);
  if (!result.dataset) return result;
  const skipped = skippedRows(result.rowProblems);
  const count = result.dataset.events.length;
  const description =
    `Imported from the CSV file "${options.fileName}": ${plural(count, 'event')} from ${plural(dataRows.length, 'row')}` +
    (skipped > 0 ? `; ${plural(skipped, 'row')} could not be converted.` : '.');
  return { ...result, dataset: { ...result.dataset, description } };
}

/**
 * How the file's "21/02/2022"-style dates read: found from a cell that reads only one way, asked
 * (a question) when every such cell reads both ways, or none at all when there are none.
 */
function dateReadingOf(
  rows: readonly CsvRecord[],
  columns: ReadonlyMap<CsvColumn, number>,
  options: CsvImportOptions,
): { reading: DateReading; note?: RowProblem } | { question: NonNullable<ImportResult['question']> } {
  const places: CellPlace[] = [];
  for (const record of rows)
    for (const column of DATE_COLUMNS) {
      const index = columns.get(column);
      if (index !== undefined) places.push({ cell: (record.cells[index] ?? '').trim(), label: record.origin.label });
    }
  const finding = findDateOrder(places);
  if (finding.kind === 'none') return { reading: null };
  if (finding.kind === 'mixed') {
    const { dayFirst, monthFirst } = finding;
    return {
      reading: {
        mixed: `the file writes "${dayFirst.cell}" (${dayFirst.label}), which reads only day first, and "${monthFirst.cell}" (${monthFirst.label}), which reads only month first (write dates as YYYY-MM-DD)`,
      },
    };
  }
  if (finding.kind === 'found') {
    const { order, evidence } = finding;
    const readAs = readings(evidence.cell)[order];
    return {
      reading: { order },
      note: {
        row: 0,
        note: true,
        message: `Dates such as "${evidence.cell}" were read ${order === 'day-first' ? 'day first' : 'month first'}, as ${evidence.label} can only be read (${readAs}).`,
      },
    };
  }
  if (options.dateOrder) return { reading: { order: options.dateOrder } };
  const read = readings(finding.example.cell);
  return {
    question: {
      option: 'dateOrder',
      message: `Dates such as "${finding.example.cell}" (${finding.example.label}) can be read two ways, and no date in the file tells which. Which comes first?`,
      choices: [
        { value: 'day-first', label: `Day first: ${read['day-first']}` },
        { value: 'month-first', label: `Month first: ${read['month-first']}` },
      ],
    },
  };
}

function fail(message: string): ImportResult {
  return { dataset: null, rowProblems: [{ row: 0, message }] };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

type Layout = { ok: true; columns: Map<CsvColumn, number>; width: number } | { ok: false; message: string };

function readHeader(header: CsvRecord, problems: RowProblem[]): Layout {
  if (header.malformed) return { ok: false, message: header.malformed };
  const columns = new Map<CsvColumn, number>();
  const ignored: string[] = [];
  header.cells.forEach((raw, index) => {
    const name = raw.trim();
    if (name === '') return;
    const column = columnOf(name);
    if (column === undefined) ignored.push(name);
    else if (columns.has(column))
      problems.push({ row: 1, message: `row 1: column "${name}" appears twice; only the first is read` });
    else columns.set(column, index);
  });
  if (columns.size === 0) {
    return {
      ok: false,
      message: `the first row must name the columns (${REQUIRED_COLUMNS.join(', ')}, …); it has none of them`,
    };
  }
  if (ignored.length > 0) {
    problems.push({
      row: 1,
      message: `row 1: ${ignored.map((name) => `"${name}"`).join(', ')} ${ignored.length === 1 ? 'is not a column' : 'are not columns'} Sourceline reads, so ${ignored.length === 1 ? 'it was' : 'they were'} ignored (columns: ${CSV_COLUMNS.join(', ')})`,
    });
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    return {
      ok: false,
      message: `the header has no ${missing.map((c) => `"${c}"`).join(', ')} column${missing.length === 1 ? '' : 's'}, which every row needs`,
    };
  }
  return { ok: true, columns, width: header.cells.length };
}

// ── Rows to drafts ───────────────────────────────────────────────────────────────────────────
