/**
 * "Bring your own data" from a spreadsheet: CSV in the layout of `csvLayout.ts` → a dataset.
 * Each row is one excerpt of one event; rows sharing an `event_id` are the same event. A row that
 * cannot be converted is skipped and reported with its row number and a plain reason; the rest is
 * assembled and checked by the dataset validator (`settleImport`).
 *
 * Everything read here is text and stays text: nothing is ever interpreted as HTML or a formula.
 */
import Papa from 'papaparse';
import { columnOf, CSV_COLUMNS, EVENT_COLUMNS, REQUIRED_COLUMNS, unguardFormula, type CsvColumn } from './csvLayout';
import { slugify } from '../dataset/slugs';
import { IdAllocator } from './ids';
import {
  problemAt,
  settleImport,
  type DatasetDraft,
  type EventDraft,
  type ImportResult,
  type Origin,
  type ExcerptDraft,
  type RowProblem,
  type SourceDraft,
} from './importDraft';
import {
  FIELD_OF,
  parseClaimCells,
  parseEventFields,
  parseExcerpt,
  type Cells,
  type ClaimCells,
  type EventFields,
} from './csvRow';

export type { ImportResult, RowProblem } from './importDraft';

export interface CsvImportOptions {
  /** The file's name, for the dataset's title and description only. */
  fileName: string;
}

export function importCsv(text: string, options: CsvImportOptions): ImportResult {
  // Excel writes a byte-order mark; it is not part of the first column's name.
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (body.trim() === '') return fail('the file is empty');
  const records = readRecords(body);
  const [header, ...rows] = records;
  if (!header) return fail('the file is empty');

  const problems: RowProblem[] = [];
  const layout = readHeader(header, problems);
  if (!layout.ok) return { dataset: null, rowProblems: [...problems, { row: 1, message: `row 1: ${layout.message}` }] };

  const builder = new DraftBuilder(layout.columns, layout.width);
  let dataRows = 0;
  for (const record of rows) {
    if (record.cells.every((cell) => cell.trim() === '')) continue; // blank lines are not rows
    dataRows++;
    const reasons = builder.add(record);
    if (reasons.length > 0) problems.push(problemAt(record.origin, reasons));
  }
  if (dataRows === 0)
    return {
      dataset: null,
      rowProblems: [...problems, { row: 0, message: 'the file has a header row but no rows of data' }],
    };

  const result = settleImport(builder.draft(options.fileName, problems), problems);
  if (!result.dataset) return result;
  const skipped = new Set(result.rowProblems.filter((p) => p.row > 1).map((p) => p.row)).size;
  const count = result.dataset.events.length;
  const description =
    `Imported from the CSV file "${options.fileName}": ${plural(count, 'event')} from ${plural(dataRows, 'row')}` +
    (skipped > 0 ? `; ${plural(skipped, 'row')} could not be converted.` : '.');
  return { ...result, dataset: { ...result.dataset, description } };
}

function fail(message: string): ImportResult {
  return { dataset: null, rowProblems: [{ row: 0, message }] };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ── Reading the CSV ──────────────────────────────────────────────────────────────────────────

interface CsvRecord {
  cells: string[];
  origin: Origin;
  /** Set when the parser found the row malformed (e.g. a quote never closed). */
  malformed?: string;
}

/**
 * One record per CSV row, with the spreadsheet row number (the header is row 1) and, where a
 * cell holds line breaks, the line in the text file where the row begins.
 */
function readRecords(body: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const delimiter = guessDelimiter(body);
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
function guessDelimiter(body: string): string {
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  let best = ',';
  let bestScore = 0;
  for (const candidate of [',', ';', '\t']) {
    const score = firstLine
      .split(candidate)
      .filter((name) => columnOf(name.replace(/^\s*"|"\s*$/g, '')) !== undefined).length;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
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

/** An event being assembled from its rows. */
interface EventEntry {
  draft: EventDraft;
  cells: Cells;
  fields: EventFields;
  /** Its claims: id by claim text, ids derived from the text. */
  claimIds: Map<string, string>;
  claimIdAllocator: IdAllocator;
  /** Excerpts that name a claim, by what makes two rows the same quote: later rows add claims to them. */
  claimedExcerpts: Map<string, ExcerptDraft>;
  /** The rows that name each claim (by id), to say which rows a problem with a claim is about. */
  claimRows: Map<string, Origin[]>;
}

class DraftBuilder {
  private readonly events = new Map<string, EventEntry>();
  private readonly sources = new Map<string, SourceDraft>();
  private readonly actorSides = new Map<string, string>();
  /** Events (by group key) whose first row was skipped, and where that row was. */
  private readonly skippedGroups = new Map<string, string>();

  constructor(
    private readonly columns: ReadonlyMap<CsvColumn, number>,
    private readonly width: number,
  ) {}

  /** Adds one row; returns why it cannot be converted (nothing is added then), or []. */
  add(record: CsvRecord): string[] {
    if (record.malformed) return [record.malformed];
    const extra = record.cells.slice(this.width).filter((cell) => cell.trim() !== '').length;
    if (extra > 0) {
      return [
        `has ${record.cells.length} cells but the header names ${this.width} columns (a cell that holds a comma must be in double quotes)`,
      ];
    }
    const cells = this.cellsOf(record.cells);
    const groupKey = cells.event_id === '' ? `#${record.origin.row}` : `id:${cells.event_id}`;
    const earlier = this.events.get(groupKey);

    // A later row of an event may leave the event's cells empty ("as above"); any it fills must agree.
    const eventCells = earlier ? mergeEventCells(earlier.cells, cells) : cells;
    const fields = parseEventFields(eventCells);
    const excerpt = parseExcerpt(cells, record.origin);
    const claim = parseClaimCells(cells);
    const reasons = [
      ...(fields.ok ? [] : fields.reasons),
      ...(excerpt.ok ? [] : excerpt.reasons),
      ...(claim.ok ? [] : claim.reasons),
    ];
    if (fields.ok && earlier) {
      const disagreeing = EVENT_COLUMNS.filter(
        (column) =>
          cells[column] !== '' &&
          JSON.stringify(fields.value[FIELD_OF[column]]) !== JSON.stringify(earlier.fields[FIELD_OF[column]]),
      );
      for (const column of disagreeing) {
        reasons.push(
          `event_id "${cells.event_id}" has ${column} "${earlier.cells[column]}" on ${earlier.draft.origin.label}, but "${cells[column]}" here`,
        );
      }
    }
    if (reasons.length > 0 || !fields.ok || !excerpt.ok || !claim.ok) {
      const skippedFirst = this.skippedGroups.get(groupKey);
      if (!earlier && skippedFirst !== undefined) {
        reasons.push(
          `(the first row of event_id "${cells.event_id}", ${skippedFirst}, was skipped, so its cells were not there to repeat)`,
        );
      } else if (!earlier && cells.event_id !== '') this.skippedGroups.set(groupKey, record.origin.label);
      return reasons;
    }

    if (earlier && claim.value) {
      // The same quote again with another claim: one excerpt bearing on both, not a second copy.
      const same = earlier.claimedExcerpts.get(excerptKey(excerpt.value));
      if (same) {
        const claimId = this.claimIdOf(earlier, claim.value);
        const named = same.claims!.find((reference) => reference.claim === claimId);
        if (named)
          return [
            `repeats ${same.origin.label}: the same quote already ${named.stance === 'asserts' ? 'asserts' : 'disputes'} the claim "${clipped(claim.value.text)}"`,
          ];
        same.claims!.push({ claim: claimId, stance: claim.value.stance });
        this.noteClaimRow(earlier, claimId, record.origin);
        return [];
      }
    }

    this.noteSides(fields.value);
    const { key, source } = excerpt.source;
    if (!this.sources.has(key)) this.sources.set(key, source); // the first row to name a source sets its kind
    const entry = earlier ?? this.startEvent(groupKey, cells, fields.value, record.origin);
    if (claim.value) {
      const claimId = this.claimIdOf(entry, claim.value);
      excerpt.value.claims = [{ claim: claimId, stance: claim.value.stance }];
      entry.claimedExcerpts.set(excerptKey(excerpt.value), excerpt.value);
      this.noteClaimRow(entry, claimId, record.origin);
    }
    entry.draft.excerpts.push(excerpt.value);
    return [];
  }

  private startEvent(groupKey: string, cells: Cells, fields: EventFields, origin: Origin): EventEntry {
    const { actorSides: _sides, ...eventFields } = fields;
    const entry: EventEntry = {
      cells,
      fields,
      draft: {
        origin,
        ...(cells.event_id !== '' ? { givenId: cells.event_id } : {}),
        idBase: `${fields.start.slice(0, 10)}-${slugify(fields.title, 'event')}`,
        ...eventFields,
        excerpts: [],
      },
      claimIds: new Map(),
      claimIdAllocator: new IdAllocator(),
      claimedExcerpts: new Map(),
      claimRows: new Map(),
    };
    this.events.set(groupKey, entry);
    return entry;
  }

  /** The id of the event's claim with this text, made (from the text) the first time it is named. */
  private claimIdOf(entry: EventEntry, claim: ClaimCells): string {
    let claimId = entry.claimIds.get(claim.text);
    if (claimId === undefined) {
      claimId = entry.claimIdAllocator.take(slugify(claim.text, 'claim'));
      entry.claimIds.set(claim.text, claimId);
      (entry.draft.claims ??= []).push({ id: claimId, text: claim.text });
    }
    return claimId;
  }

  private noteClaimRow(entry: EventEntry, claimId: string, origin: Origin): void {
    const rows = entry.claimRows.get(claimId);
    if (rows) rows.push(origin);
    else entry.claimRows.set(claimId, [origin]);
  }

  /**
   * A claim that no row asserts has no source for what is disputed (the dataset contract refuses
   * it): it is left out, its quotes kept, and its rows are told so.
   */
  private dropUnassertedClaims(entry: EventEntry, problems: RowProblem[]): void {
    const claims = entry.draft.claims;
    if (!claims) return;
    const asserted = new Set<string>();
    for (const excerpt of entry.draft.excerpts)
      for (const reference of excerpt.claims ?? []) if (reference.stance === 'asserts') asserted.add(reference.claim);
    const unasserted = claims.filter((claim) => !asserted.has(claim.id));
    if (unasserted.length === 0) return;
    const dropped = new Set(unasserted.map((claim) => claim.id));
    entry.draft.claims = claims.filter((claim) => !dropped.has(claim.id));
    for (const excerpt of entry.draft.excerpts) {
      if (!excerpt.claims) continue;
      excerpt.claims = excerpt.claims.filter((reference) => !dropped.has(reference.claim));
      if (excerpt.claims.length === 0) delete excerpt.claims;
    }
    for (const claim of unasserted) {
      for (const origin of entry.claimRows.get(claim.id) ?? []) {
        problems.push(
          problemAt(origin, [
            `no row of this event asserts the claim "${clipped(claim.text)}" (claim_stance "asserts"), so the claim was left out; the quote is kept`,
          ]),
        );
      }
    }
  }

  draft(fileName: string, problems: RowProblem[]): DatasetDraft {
    for (const entry of this.events.values()) this.dropUnassertedClaims(entry, problems);
    return {
      title: `Imported from ${fileName}`,
      sources: this.sources,
      actorSides: this.actorSides,
      events: [...this.events.values()].map((entry) => entry.draft),
      fieldNames: { start: 'date', timeZone: 'time_zone', dateNote: 'date_note', source: 'source' },
    };
  }

  /** The first row that gives an actor a side decides it. */
  private noteSides(fields: EventFields): void {
    fields.actors.forEach((name, i) => {
      const side = fields.actorSides[i];
      if (side !== undefined && !this.actorSides.has(name)) this.actorSides.set(name, side);
    });
  }

  private cellsOf(raw: string[]): Cells {
    const cells = {} as Cells;
    for (const column of CSV_COLUMNS) {
      const index = this.columns.get(column);
      // Trim first, so the apostrophe that guards a formula-like cell is the cell's first character.
      cells[column] = index === undefined ? '' : unguardFormula((raw[index] ?? '').trim());
    }
    return cells;
  }
}

/** What makes two rows of an event the same quote: its source, words, speaker, attribution and stance. */
function excerptKey(excerpt: ExcerptDraft): string {
  return JSON.stringify([excerpt.source, excerpt.quote, excerpt.speaker, excerpt.attribution, excerpt.stance]);
}

function clipped(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function mergeEventCells(first: Cells, row: Cells): Cells {
  const merged = { ...row };
  for (const column of EVENT_COLUMNS) if (merged[column] === '') merged[column] = first[column];
  return merged;
}
