/**
 * Conflict-event exports in the ACLED layout (the Armed Conflict Location & Event Data Project's
 * public CSV; its codebook documents each column): one row per event,
 *
 *   event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type,
 *   actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, country, admin1,
 *   location, latitude, longitude, source, source_scale, notes, fatalities, tags, timestamp, …
 *
 * read as: the named actors (actor1, actor2 and their associated actors) are the event's actors,
 * their ACLED actor type (inter1/inter2, or the interaction) their side; event_type the event's
 * type; time_precision the date's precision; each outlet in `source` a source; `notes` the summary.
 * ACLED's notes are its coder's description of what the sources reported, not a quote from any of
 * them: each source's account holds the notes, and says so.
 */
import { cellCountReason, hasContent, normalColumnName, type CsvRecord } from './csvRecords';
import { cellAt } from './csvLayout';
import { MONTH_NAMES, parsePartialDate } from '../dataset/dates';
import { slugify } from '../dataset/slugs';
import { idDatePart } from './ids';
import type { EventType } from '../dataset/vocabulary';
import {
  problemAt,
  settleImport,
  skippedRows,
  type EventDraft,
  type ImportResult,
  type Origin,
  type RowProblem,
  type SourceDraft,
} from './importDraft';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
type AcledColumn = (typeof ACLED_COLUMNS)[number];
type Cells = Record<AcledColumn, string>;

export function isAcledColumn(name: string): boolean {
  return (ACLED_COLUMNS as readonly string[]).includes(normalColumnName(name));
}

/** ACLED's own identifier and date columns, with its first actor: no other layout has them. */
export function isAcledHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map(normalColumnName));
  return names.has('event_id_cnty') || (names.has('event_date') && names.has('actor1') && names.has('event_type'));
}

/** ACLED's event types, as Sourceline's types. */
const EVENT_TYPE_OF: Readonly<Record<string, EventType>> = {
  battles: 'battle',
  'explosions/remote violence': 'remote-violence',
  'remote violence': 'remote-violence',
  'violence against civilians': 'violence-against-civilians',
  protests: 'protest',
  riots: 'riot',
  'strategic developments': 'strategic-development',
};

/** ACLED's actor types: the inter codes 1–8 (the interaction is two of them, "13"), and their names. */
const ACTOR_TYPES: readonly string[] = [
  'State forces',
  'Rebel group',
  'Political militia',
  'Identity militia',
  'Rioters',
  'Protesters',
  'Civilians',
  'External/Other forces',
];

/** An actor type by its code ("1") or its name in any letter case ("state forces"). */
const ACTOR_TYPE_OF = new Map<string, string>(
  ACTOR_TYPES.flatMap((type, i) => [
    [String(i + 1), type],
    [type.toLowerCase(), type],
  ]),
);

/** The side of associated actors: ACLED gives no type for them. */
const ASSOCIATED_SIDE = 'Associated actors';

const PARAPHRASE =
  "ACLED's notes: its coder's description of what the sources reported (a paraphrase, not a quote from this outlet)";

export function importAcled(
  header: CsvRecord,
  rows: readonly CsvRecord[],
  options: { fileName: string },
): ImportResult {
  const columns = new Map<AcledColumn, number>();
  header.cells.forEach((raw, index) => {
    const name = normalColumnName(raw);
    if (isAcledColumn(name) && !columns.has(name as AcledColumn)) columns.set(name as AcledColumn, index);
  });
  const problems: RowProblem[] = [];
  const missing = (['event_date', 'notes'] as const).filter((column) => !columns.has(column));
  if (missing.length > 0)
    return {
      dataset: null,
      rowProblems: [{ row: 1, message: `row 1: the header has no ${missing.map((c) => `"${c}"`).join(', ')} column` }],
    };

  const sources = new Map<string, SourceDraft>();
  const actorSides = new Map<string, string>();
  const events: EventDraft[] = [];
  const width = header.cells.length;
  let dataRows = 0;
  for (const record of rows) {
    if (!hasContent(record)) continue;
    dataRows++;
    if (record.malformed) {
      problems.push(problemAt(record.origin, [record.malformed]));
      continue;
    }
    const spilled = cellCountReason(record, width, false);
    if (spilled) {
      problems.push(problemAt(record.origin, [spilled]));
      continue;
    }
    const cells = {} as Cells;
    for (const column of ACLED_COLUMNS) {
      cells[column] = cellAt(record.cells, columns.get(column));
    }
    const converted = convertRow(cells);
    if (!converted.ok) {
      const count = cellCountReason(record, width);
      problems.push(problemAt(record.origin, count ? [count] : converted.reasons));
      continue;
    }
    const { event, outlets, sides } = converted;
    for (const outlet of outlets) if (!sources.has(outlet)) sources.set(outlet, { outlet, kind: 'other' });
    for (const [actor, side] of sides) if (!actorSides.has(actor)) actorSides.set(actor, side);
    events.push(event(record.origin));
  }
  if (dataRows === 0)
    return { dataset: null, rowProblems: [{ row: 0, message: 'the file has a header row but no rows of data' }] };

  const result = settleImport(
    {
      title: `Imported from ${options.fileName}`,
      sources,
      actorSides,
      events,
      fieldNames: { start: 'event_date', end: 'event_date', summary: 'notes', source: 'source' },
    },
    problems,
  );
  if (!result.dataset) return result;
  const skipped = skippedRows(result.rowProblems);
  const count = result.dataset.events.length;
  const description =
    `Imported from the ACLED-layout file "${options.fileName}": ${count.toLocaleString('en-US')} events from ${dataRows.toLocaleString('en-US')} rows` +
    (skipped > 0 ? `; ${skipped.toLocaleString('en-US')} could not be converted. ` : '. ') +
    "Each event's summary and accounts are ACLED's notes, its coders' description of what the sources reported: a paraphrase, not quotes. Actors' sides are ACLED's actor types.";
  return { ...result, dataset: { ...result.dataset, description } };
}

type ConvertedRow =
  | {
      ok: true;
      /** The event, given its row's place. */
      event: (origin: Origin) => EventDraft;
      outlets: string[];
      sides: [string, string][];
    }
  | { ok: false; reasons: string[] };

function convertRow(cells: Cells): ConvertedRow {
  const reasons: string[] = [];
  const when = dateOf(cells.event_date, cells.time_precision, reasons);
  const type = cells.event_type === '' ? 'other' : EVENT_TYPE_OF[cells.event_type.toLowerCase()];
  if (type === undefined)
    reasons.push(`event_type "${cells.event_type}" is not one of ACLED's (${Object.keys(EVENT_TYPE_OF).join(', ')})`);
  const outlets = unique(splitList(cells.source));
  if (outlets.length === 0) reasons.push('source is empty (ACLED names the outlets an event was coded from)');
  if (cells.notes === '') reasons.push("notes is empty (ACLED's description of the event stands in as its accounts)");
  if (reasons.length > 0 || !when || type === undefined) return { ok: false, reasons };

  const sides: [string, string][] = [];
  const actors: string[] = [];
  const [type1, type2] = actorTypes(cells);
  const addActor = (name: string, side: string | undefined) => {
    if (name === '' || actors.includes(name)) return;
    actors.push(name);
    if (side !== undefined) sides.push([name, side]);
  };
  addActor(tidy(cells.actor1), type1);
  for (const name of splitList(cells.assoc_actor_1)) addActor(name, ASSOCIATED_SIDE);
  addActor(tidy(cells.actor2), type2);
  for (const name of splitList(cells.assoc_actor_2)) addActor(name, ASSOCIATED_SIDE);

  const place = [cells.location, cells.admin1, cells.country].filter((part) => part !== '');
  const what = cells.sub_event_type || cells.event_type || 'Event';
  const title = place.length > 0 ? `${what} in ${place[0]}` : what;
  const where = place.length > 0 ? `Location: ${place.join(', ')}` : '';
  const coordinates = cells.latitude !== '' && cells.longitude !== '' ? ` (${cells.latitude}, ${cells.longitude})` : '';
  const fatalities = cells.fatalities !== '' ? `Fatalities reported: ${cells.fatalities}.` : '';
  const summary = [cells.notes, [where && `${where}${coordinates}.`, fatalities].filter(Boolean).join(' ')]
    .filter((part) => part !== '')
    .join('\n\n');
  const id = cells.event_id_cnty;
  return {
    ok: true,
    outlets,
    sides,
    event: (origin) => ({
      origin,
      ...(id !== '' ? { givenId: id } : {}),
      idBase: `${idDatePart(when.start)}-${id !== '' ? slugify(id, 'acled-event') : 'acled-event'}`,
      title,
      type,
      status: 'occurred',
      start: when.start,
      ...(when.end !== undefined ? { end: when.end } : {}),
      ...(when.note !== undefined ? { dateNote: when.note } : {}),
      actors,
      summary,
      excerpts: outlets.map((outlet) => ({ origin, source: outlet, quote: cells.notes, attribution: PARAPHRASE })),
    }),
  };
}

/** The ACLED actor type (as a side name) of actor1 and actor2: inter1/inter2 where given, else the interaction. */
function actorTypes(cells: Cells): [string | undefined, string | undefined] {
  const named = (cell: string) => ACTOR_TYPE_OF.get(cell.toLowerCase());
  const type1 = named(cells.inter1);
  const type2 = named(cells.inter2);
  if (type1 !== undefined || type2 !== undefined) return [type1, type2];
  const interaction = cells.interaction;
  // Numeric: two inter codes, "13" (the lower first, so which is whose is not known), or "10" (one actor).
  const code = /^([1-8])([0-8])$/.exec(interaction);
  if (code) return [named(code[1]!), code[2] === '0' ? undefined : named(code[2]!)];
  // Text: "State forces-Political militia", "Protesters only".
  const parts = interaction
    .replace(/ only$/i, '')
    .split('-')
    .map(named);
  if (parts.length >= 1 && parts.every((part) => part !== undefined)) return [parts[0], parts[1]];
  return [undefined, undefined];
}

const DAY_MS = 86_400_000;

interface When {
  start: string;
  end?: string;
  note?: string;
}

/**
 * event_date as ACLED writes it ("2022-03-15", "15 March 2022", "15-March-2022", "15/03/2022":
 * day first, as its codebook says), at the precision `time_precision` gives: 1 the day; 2 the
 * week (ACLED records the middle of it: the seven days around the date); 3 the month.
 */
function dateOf(cell: string, precision: string, reasons: string[]): When | undefined {
  if (cell === '') return void reasons.push('event_date is empty');
  const day = isoDay(cell);
  if (day === null)
    return void reasons.push(
      `event_date "${cell}" is not a date such as 2022-03-15, 15 March 2022 or 15/03/2022 (day first)`,
    );
  const parsed = parsePartialDate(day);
  if (!parsed.ok) return void reasons.push(`event_date ${parsed.message}`);
  if (precision === '' || precision === '1') return { start: day };
  if (precision === '2') {
    const middle = Date.UTC(parsed.value.year, parsed.value.month! - 1, parsed.value.day!);
    return {
      start: dayOf(middle - 3 * DAY_MS),
      end: dayOf(middle + 3 * DAY_MS),
      note: `ACLED time_precision 2: the sources give the week, not the day; ACLED records the middle of the week (${day}), shown here as the seven days around it.`,
    };
  }
  if (precision === '3')
    return {
      start: day.slice(0, 7),
      note: `ACLED time_precision 3: the sources give only the month; ACLED records a day in it (${day}).`,
    };
  return void reasons.push(`time_precision "${precision}" is not 1 (day), 2 (week) or 3 (month)`);
}

function isoDay(cell: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return cell;
  const named = /^(\d{1,2})[\s-]([A-Za-z]+)[\s-](\d{4})$/.exec(cell);
  if (named) {
    const word = named[2]!.toLowerCase();
    const month = MONTH_NAMES.findIndex(
      (name) => name.toLowerCase() === word || name.slice(0, 3).toLowerCase() === word,
    );
    return month === -1 ? null : `${named[3]}-${pad(month + 1)}-${pad(Number(named[1]))}`;
  }
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell);
  if (numeric) return `${numeric[3]}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}`;
  return null;
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map(tidy)
    .filter((item) => item !== '');
}

function tidy(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
