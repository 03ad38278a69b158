/**
 * "Bring your own data" from TimelineJS 3 (the JSON format of Knight Lab's TimelineJS):
 *
 *   { title?: { text: { headline, text } },
 *     events: [{ start_date: { year, month?, day?, hour?, minute?, second? }, end_date?,
 *                text: { headline?, text? }, media?, group?, unique_id? }],
 *     eras? }
 *
 * TimelineJS has no sources and no verbatim quotes, and its text is HTML. So: the file itself is
 * the one source, each event's own text (as plain text) stands in as its excerpt, and every
 * `group` becomes a side. Events get no actors: a group is a lane of the original timeline
 * (often a theme), not a person or body that took part, and naming one would invent a fact.
 */
import { compareCalendar, daysInMonth, parsePartialDate } from '../dataset/dates';
import { htmlToText } from './htmlText';
import { slugify } from '../dataset/slugs';
import {
  problemAt,
  settleImport,
  type EventDraft,
  type ImportResult,
  type Origin,
  type RowProblem,
} from './importDraft';

export type { ImportResult, RowProblem } from './importDraft';

export interface TimelineJsImportOptions {
  /** The file's name, for the source's description and the dataset's title. */
  fileName: string;
}

const SOURCE_KEY = 'file';
const TITLE_LENGTH = 80;

export function importTimelineJs(json: unknown, options: TimelineJsImportOptions): ImportResult {
  const root = asRecord(json);
  if (!root || !Array.isArray(root.events)) {
    return {
      dataset: null,
      rowProblems: [{ row: 0, message: 'this is not a TimelineJS file: it has no "events" list' }],
    };
  }
  const problems: RowProblem[] = [];
  const drafts: EventDraft[] = [];
  const groups: string[] = [];
  root.events.forEach((raw: unknown, index: number) => {
    // `row` is the event's 1-based position; the label also gives its JSON path, events[index].
    const origin: Origin = { row: index + 1, label: `event ${index + 1} (events[${index}])` };
    const converted = convertEvent(raw, origin);
    if (!converted.ok) {
      problems.push(problemAt(origin, converted.reasons));
      return;
    }
    drafts.push(converted.draft);
    if (converted.group !== undefined && !groups.includes(converted.group)) groups.push(converted.group);
  });
  if (drafts.length === 0) {
    if (root.events.length === 0) problems.push({ row: 0, message: 'the file has no events' });
    return { dataset: null, rowProblems: problems };
  }

  const titleText = asRecord(asRecord(root.title)?.text);
  const headline = plain(titleText?.headline);
  const intro = plain(titleText?.text);
  const eras = Array.isArray(root.eras) ? root.eras.length : 0;
  const description = [
    intro,
    `Imported from the TimelineJS file "${options.fileName}". TimelineJS has no sources or verbatim quotes, so each event's own text stands in as its excerpt; groups became sides (lanes), and events have no actors.`,
    eras > 0 ? `Its ${eras === 1 ? 'era was' : `${eras} eras were`} not imported: Sourceline has no eras.` : '',
  ]
    .filter((part) => part !== '')
    .join(' ');

  return settleImport(
    {
      title: headline || `Imported from ${options.fileName}`,
      description,
      sources: new Map([
        [SOURCE_KEY, { outlet: `Imported TimelineJS file ${options.fileName}`, kind: 'other' as const }],
      ]),
      actorSides: new Map(),
      extraSides: groups,
      events: drafts,
      fieldNames: { start: 'start_date', end: 'end_date', title: 'text.headline', quote: 'text.text' },
    },
    problems,
  );
}

type Converted = { ok: true; draft: EventDraft; group?: string } | { ok: false; reasons: string[] };

function convertEvent(raw: unknown, origin: Origin): Converted {
  const event = asRecord(raw);
  if (!event) return { ok: false, reasons: ['is not an object'] };
  const reasons: string[] = [];
  const start = event.start_date === undefined ? undefined : readDate('start_date', event.start_date, reasons);
  if (event.start_date === undefined) reasons.push('has no start_date');
  const end =
    event.end_date === undefined || event.end_date === null ? undefined : readDate('end_date', event.end_date, reasons);
  if (start && end && compareCalendar(parsed(end.text), parsed(start.text)) < 0) {
    reasons.push(`end_date ${end.text} is before start_date ${start.text}`);
  }
  const text = asRecord(event.text);
  const headline = plain(text?.headline);
  const body = plain(text?.text);
  if (headline === '' && body === '') reasons.push('has neither a headline nor text');
  if (reasons.length > 0 || !start) return { ok: false, reasons };

  const title = headline !== '' ? headline : clipWords(body, TITLE_LENGTH);
  const timed = start.timed || end?.timed === true;
  const group = plain(event.group);
  const uniqueId = typeof event.unique_id === 'string' ? event.unique_id.trim() : '';
  return {
    ok: true,
    ...(group !== '' ? { group } : {}),
    draft: {
      origin,
      ...(uniqueId !== '' ? { givenId: uniqueId } : {}),
      idBase: `${start.text.slice(0, 10)}-${slugify(title, 'event')}`,
      title,
      type: 'other',
      status: 'occurred',
      start: start.text,
      ...(end ? { end: end.text } : {}),
      ...(timed
        ? {
            // The contract needs the zone of a clock time; TimelineJS does not record one.
            timeZone: 'UTC',
            dateNote: 'TimelineJS gives clock times without a time zone; they are read as UTC.',
          }
        : {}),
      actors: [],
      // The group is the event's lane, not an actor: naming one would invent a fact.
      ...(group !== '' ? { sides: [group] } : {}),
      excerpts: [{ origin, source: SOURCE_KEY, quote: body !== '' ? body : headline }],
    },
  };
}

interface ReadDate {
  text: string;
  timed: boolean;
}

const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
type Field = (typeof FIELDS)[number];
const RANGES: Record<Field, [number, number]> = {
  year: [0, 9999],
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
};

/**
 * `{year: 2022}` → "2022", `{year: 2022, month: 1}` → "2022-01", … The precision is that of the
 * fields present: TimelineJS leaves out what is not known, and so does the partial date.
 */
function readDate(name: string, raw: unknown, reasons: string[]): ReadDate | undefined {
  const date = asRecord(raw);
  if (!date) return void reasons.push(`${name} is not an object with a year`);
  const values: Partial<Record<Field, number>> = {};
  const before = reasons.length;
  for (const field of FIELDS) {
    const value = date[field];
    // TimelineJS writes numbers as numbers or as strings ("2022", "01"); "" means absent.
    if (value === undefined || value === null || value === '') continue;
    const n =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)
          ? Number(value)
          : NaN;
    const [min, max] = RANGES[field];
    if (!Number.isInteger(n)) reasons.push(`${name}.${field} ${JSON.stringify(value)} is not a whole number`);
    else if (n < min || n > max) {
      reasons.push(
        field === 'year'
          ? `${name}.year ${n} cannot be written as a date here (years 0 to 9999 only)`
          : `${name}.${field} ${n} is out of range (${min}–${max})`,
      );
    } else values[field] = n;
  }
  if (reasons.length > before) return undefined;
  // Each field needs the one before it: a day without a month says nothing. (An hour without
  // minutes is fine: it means on the hour, as TimelineJS shows it.)
  if (values.year === undefined) return void reasons.push(`${name} has no year`);
  const present = FIELDS.filter((field) => values[field] !== undefined);
  const gap = FIELDS.findIndex((field, i) => values[field] === undefined && present.some((p) => FIELDS.indexOf(p) > i));
  if (gap !== -1) {
    const later = present.find((p) => FIELDS.indexOf(p) > gap)!;
    return void reasons.push(`${name} has ${later === 'hour' ? 'an' : 'a'} ${later} but no ${FIELDS[gap]}`);
  }
  const { year, month, day, hour, minute, second } = values;
  if (month !== undefined && day !== undefined && day > daysInMonth(year, month)) {
    return void reasons.push(`${name} ${year}-${pad(month)}-${pad(day)} is not a real date`);
  }
  let text = String(year).padStart(4, '0');
  if (month !== undefined) text += `-${pad(month)}`;
  if (day !== undefined) text += `-${pad(day)}`;
  if (hour === undefined) return { text, timed: false };
  text += `T${pad(hour)}:${pad(minute ?? 0)}${second !== undefined ? `:${pad(second)}` : ''}Z`;
  return { text, timed: true };
}

function parsed(text: string) {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`built an invalid date ${text}: ${result.message}`);
  return result.value;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Any HTML-bearing value as plain text; non-strings count as empty. */
function plain(value: unknown): string {
  return typeof value === 'string' ? htmlToText(value) : '';
}

function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
