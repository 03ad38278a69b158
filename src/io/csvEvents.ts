/**
 * The rows of a CSV file in Sourceline's own layout (csvLayout.ts), assembled into a dataset draft.
 * Each row is one excerpt of one event. Rows are one event when they share an `event_id`, or, in a
 * file without one, when they share a date and a title (a spreadsheet's way of adding a second
 * account to an event). A row that cannot be converted adds nothing and says why.
 */
import { cellAt, EVENT_COLUMNS, CSV_COLUMNS, type CsvColumn, type EventColumn } from './csvLayout';
import { cellCountReason, type CsvRecord } from './csvRecords';
import { isLocalDate, toIsoDate, type DateOrder } from './dateOrder';
import { slugify } from '../dataset/slugs';
import { IdAllocator, idDatePart } from './ids';
import {
  noteAt,
  problemAt,
  type DatasetDraft,
  type EventDraft,
  type ExcerptDraft,
  type Origin,
  type RowProblem,
  type SourceDraft,
} from './importDraft';
import {
  FIELD_OF,
  parseClaimCells,
  parseEventFields,
  parseExcerpt,
  tidyName,
  type Cells,
  type ClaimCells,
  type EventFields,
} from './csvRow';

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

/** How a file's day-first or month-first dates ("21/02/2022") are read; see dateOrder.ts. */
export type DateReading = { order: DateOrder } | { mixed: string } | null;

/** Columns that hold dates, which a spreadsheet may write day first or month first. */
export const DATE_COLUMNS = ['date', 'end', 'published'] as const satisfies readonly CsvColumn[];

export class DraftBuilder {
  private readonly events = new Map<string, EventEntry>();
  private readonly sources = new Map<string, SourceDraft>();
  /** Where each source was first named, to say which row a differing link is compared with. */
  private readonly sourceOrigins = new Map<string, Origin>();
  private readonly actorSides = new Map<string, string>();
  /** Events (by group key) whose first row was skipped, and where that row was. */
  private readonly skippedGroups = new Map<string, string>();
  /** What was converted, but not quite as written (see RowProblem.note). */
  readonly notes: RowProblem[] = [];

  constructor(
    private readonly columns: ReadonlyMap<CsvColumn, number>,
    private readonly width: number,
    private readonly dateReading: DateReading = null,
  ) {}

  /** Adds one row; returns why it cannot be converted (nothing is added then), or []. */
  add(record: CsvRecord): string[] {
    if (record.malformed) return [record.malformed];
    // An unquoted comma shifts every later cell: the errors that follow from it would only mislead.
    const spilled = cellCountReason(record, this.width, false);
    if (spilled) return [spilled];
    const reasons = this.tryAdd(record);
    const countReason = reasons.length > 0 ? cellCountReason(record, this.width) : null;
    return countReason ? [countReason] : reasons;
  }

  private tryAdd(record: CsvRecord): string[] {
    const mixedDates = this.mixedDateReasons(record);
    if (mixedDates.length > 0) return mixedDates;
    const cells = this.cellsOf(record.cells);
    const link = withScheme(cells.url);
    const givenUrl = cells.url;
    cells.url = link;
    const groupKey = this.groupKeyOf(cells, record.origin);
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
      // Rows grouped by date and title agree on those by definition (whatever their letter case).
      const keyed: readonly EventColumn[] = cells.event_id === '' ? ['date', 'title'] : [];
      const disagreeing = EVENT_COLUMNS.filter(
        (column) =>
          cells[column] !== '' &&
          !keyed.includes(column) &&
          JSON.stringify(fields.value[FIELD_OF[column]]) !== JSON.stringify(earlier.fields[FIELD_OF[column]]),
      );
      for (const column of disagreeing) {
        reasons.push(
          cells.event_id !== ''
            ? `event_id "${cells.event_id}" has ${column} "${earlier.cells[column]}" on ${earlier.draft.origin.label}, but "${cells[column]}" here`
            : `${earlier.draft.origin.label} has the same date and title, so the two rows are one event, but it has ${column} "${earlier.cells[column]}" and this row "${cells[column]}" (to keep them apart as two events, add an event_id column)`,
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
    if (link !== givenUrl)
      this.notes.push(
        noteAt(
          record.origin,
          `url "${clipped(givenUrl)}" has no http:// or https://, so it was read as ${clipped(link)}`,
        ),
      );

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
    this.noteSource(excerpt.source, record.origin);
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
        idBase: `${idDatePart(fields.start)}-${slugify(fields.title, 'event')}`,
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

  /**
   * A source is an outlet and an article title: the first row to name one sets its kind, link and
   * date. A later row that gives it another link or date is noted, not made a second source (two
   * sources "AP, #1" and "AP, #2" would say nothing a reader can tell apart).
   */
  private noteSource({ key, source }: { key: string; source: SourceDraft }, origin: Origin): void {
    const first = this.sources.get(key);
    if (!first) {
      this.sources.set(key, source);
      this.sourceOrigins.set(key, origin);
      return;
    }
    const firstAt = this.sourceOrigins.get(key)!.label;
    const named = source.title ? `"${source.outlet}", "${clipped(source.title)}"` : `"${source.outlet}"`;
    if (source.url !== undefined && source.url !== first.url)
      this.notes.push(
        noteAt(
          origin,
          `source ${named} has the link ${clipped(source.url)} here but ${first.url === undefined ? 'none' : clipped(first.url)} on ${firstAt}; one outlet and title is one source, so the first is kept (to keep two articles apart, give each its source_title)`,
        ),
      );
    if (source.published !== undefined && source.published !== first.published)
      this.notes.push(
        noteAt(
          origin,
          `source ${named} has published "${source.published}" here but ${first.published === undefined ? 'none' : `"${first.published}"`} on ${firstAt}; the first is kept`,
        ),
      );
  }

  /**
   * Which event a row belongs to: its event_id; without one, its date and title (rows that repeat
   * both are more accounts of one event); a row missing either is an event of its own.
   */
  private groupKeyOf(cells: Cells, origin: Origin): string {
    if (cells.event_id !== '') return `id:${cells.event_id}`;
    if (cells.date === '' || cells.title === '') return `#${origin.row}`;
    return `at:${JSON.stringify([cells.date, tidyName(cells.title).toLowerCase()])}`;
  }

  /** A file that writes some dates day first and others month first cannot have either read. */
  private mixedDateReasons(record: CsvRecord): string[] {
    const reading = this.dateReading;
    if (!reading || !('mixed' in reading)) return [];
    return DATE_COLUMNS.flatMap((column) => {
      const cell = this.rawCell(record.cells, column);
      return isLocalDate(cell) ? [`${column} "${cell}" cannot be read: ${reading.mixed}`] : [];
    });
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
    for (const column of CSV_COLUMNS) cells[column] = this.rawCell(raw, column);
    const reading = this.dateReading;
    if (reading && 'order' in reading)
      for (const column of DATE_COLUMNS) cells[column] = toIsoDate(cells[column], reading.order);
    return cells;
  }

  private rawCell(raw: string[], column: CsvColumn): string {
    return cellAt(raw, this.columns.get(column));
  }
}

/** What makes two rows of an event the same quote: its source, words, speaker, attribution and stance. */
function excerptKey(excerpt: ExcerptDraft): string {
  return JSON.stringify([excerpt.source, excerpt.quote, excerpt.speaker, excerpt.attribution, excerpt.stance]);
}

function clipped(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * A link written without its scheme, as people copy it from the address bar ("www.rt.com/…",
 * "edition.cnn.com/…"), with "https://" added; anything else as it was (and checked as it is).
 */
export function withScheme(url: string): string {
  if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i.test(url) ? `https://${url}` : url;
}

function mergeEventCells(first: Cells, row: Cells): Cells {
  const merged = { ...row };
  for (const column of EVENT_COLUMNS) if (merged[column] === '') merged[column] = first[column];
  return merged;
}
