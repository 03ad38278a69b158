/**
 * One CSV row's cells → an event's fields and an excerpt, or the plain reasons why not. Each
 * reason names the column it is about, in the words a spreadsheet user sees ("date", "time_zone").
 */
import { compareCalendar, hasClockTime, instantMs, parsePartialDate } from '../dataset/dates';
import { formatOffset, localMeanTimeHint } from '../dataset/dates';
import { isHttpUrl } from '../dataset/urls';
import { CLAIM_STANCES, EVENT_STATUSES, EVENT_TYPES, SOURCE_KINDS, STANCES } from '../dataset/vocabulary';
import type { ClaimStance, EventStatus, EventType, SourceKind } from '../dataset/vocabulary';
import { isValidTimeZone, zoneOffsetMinutes } from '../dataset/zones';
import { EVENT_FIELD_OF, LIST_SEPARATOR, type CsvColumn, type EventColumn } from './csvLayout';
import type { ExcerptDraft, Origin, SourceDraft } from './importDraft';
import { wallClockInZone } from './wallClock';

export interface EventFields {
  start: string;
  end?: string;
  timeZone?: string;
  dateNote?: string;
  title: string;
  type: EventType;
  status: EventStatus;
  actors: string[];
  /** The side named for each actor (same order), or undefined where the row names none. */
  actorSides: (string | undefined)[];
  summary?: string;
}

export type Cells = Record<CsvColumn, string>;

/** Which field of EventFields each event column fills (checked here: the layout names fields of EventFields). */
export const FIELD_OF: Readonly<Record<EventColumn, keyof EventFields>> = EVENT_FIELD_OF;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reasons: string[] };

export function parseEventFields(cells: Cells): Parsed<EventFields> {
  const reasons: string[] = [];
  let timeZone: string | undefined;
  if (cells.time_zone !== '') {
    if (isValidTimeZone(cells.time_zone)) timeZone = cells.time_zone;
    else
      reasons.push(
        `time_zone "${cells.time_zone}" is not an IANA time zone (e.g. "Europe/Kyiv", "America/New_York", "UTC")`,
      );
  }
  const zoneKnown = cells.time_zone === '' || timeZone !== undefined;
  const notes: string[] = [];
  const start = cells.date === '' ? undefined : readDate('date', cells.date, timeZone, zoneKnown, reasons, notes);
  if (cells.date === '') reasons.push('date is empty');
  const end = cells.end === '' ? undefined : readDate('end', cells.end, timeZone, zoneKnown, reasons, notes);
  if (start && end) {
    const a = parsePartialDate(start);
    const b = parsePartialDate(end);
    if (a.ok && b.ok && compareCalendar(b.value, a.value) < 0)
      reasons.push(`end "${cells.end}" is before date "${cells.date}"`);
  }
  if (cells.title === '') reasons.push('title is empty');
  const type = readEnum('type', cells.type, EVENT_TYPES, 'other', reasons);
  const status = readEnum('status', cells.status, EVENT_STATUSES, 'occurred', reasons);
  const actors = splitList(cells.actors);
  const sides = splitList(cells.side, { keepEmpty: true });
  let actorSides: (string | undefined)[] = [];
  if (sides.length === 1) actorSides = actors.map(() => sides[0] || undefined);
  else if (sides.length > 1) {
    if (sides.length === actors.length) actorSides = sides.map((side) => side || undefined);
    else
      reasons.push(
        `side names ${sides.length} sides but actors names ${actors.length} actors (give one side for all, or one per actor)`,
      );
  }
  if (actorSides.length === 0) actorSides = actors.map(() => undefined);
  if (reasons.length > 0 || start === undefined || type === undefined || status === undefined)
    return { ok: false, reasons };
  const dateNote = [cells.date_note, ...notes].filter((note) => note !== '').join(' ');
  return {
    ok: true,
    value: {
      start,
      ...(end !== undefined ? { end } : {}),
      ...(timeZone !== undefined ? { timeZone } : {}),
      ...(dateNote !== '' ? { dateNote } : {}),
      title: cells.title,
      type,
      status,
      actors,
      actorSides,
      ...(cells.summary !== '' ? { summary: cells.summary } : {}),
    },
  };
}

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A date cell in the dataset's partial-date form. Also takes a clock time with no offset
 * ("2022-01-27 15:30") when the row has a time_zone, and gives it the zone's offset at that time;
 * a space may stand for the "T" either way, as spreadsheets write it.
 */
function readDate(
  column: 'date' | 'end',
  cell: string,
  zone: string | undefined,
  zoneKnown: boolean,
  reasons: string[],
  notes: string[],
): string | undefined {
  const wall = WALL_CLOCK.exec(cell);
  if (wall) {
    const [, day, h, mi, s] = wall as unknown as [string, string, string, string, string | undefined];
    const calendarDay = parsePartialDate(day);
    if (!calendarDay.ok) return void reasons.push(`${column} ${calendarDay.message}`);
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
      return void reasons.push(`${column} "${cell}" has an impossible clock time`);
    }
    if (zone === undefined) {
      if (zoneKnown)
        reasons.push(
          `${column} "${cell}" has a clock time, so the row needs a time_zone (e.g. "Europe/Kyiv") to place it`,
        );
      return undefined;
    }
    const converted = wallClockInZone(day, Number(h), Number(mi), s === undefined ? undefined : Number(s), zone);
    if (!converted.ok) return void reasons.push(`${column} ${converted.message}`);
    if (converted.ambiguous)
      notes.push(`The clock time ${cell} happened twice in ${zone} (the clocks went back); the earlier one is used.`);
    return converted.text;
  }
  const text = cell.replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T');
  const parsed = parsePartialDate(text);
  // The parser's message names the forms that work.
  if (!parsed.ok) return void reasons.push(`${column} ${parsed.message}`);
  if (hasClockTime(parsed.value)) {
    if (zone === undefined) {
      if (zoneKnown)
        reasons.push(
          `${column} "${cell}" has a clock time, so the row needs a time_zone (e.g. "Europe/Kyiv") for where it happened`,
        );
      return undefined;
    }
    const expected = zoneOffsetMinutes(zone, instantMs(parsed.value));
    if (expected !== parsed.value.offsetMinutes) {
      reasons.push(
        `${column} "${cell}" has offset ${formatOffset(parsed.value.offsetMinutes!)}, but ${zone} was at ${formatOffset(expected)} then${localMeanTimeHint(expected)}`,
      );
      return undefined;
    }
  }
  return text;
}

function readEnum<T extends string>(
  column: CsvColumn,
  cell: string,
  allowed: readonly T[],
  fallback: T,
  reasons: string[],
): T | undefined {
  if (cell === '') return fallback;
  // "Troop report", "TROOP_REPORT" and "troop-report" are all the same value.
  const value = cell.toLowerCase().replace(/[\s_]+/g, '-');
  if ((allowed as readonly string[]).includes(value)) return value as T;
  reasons.push(`${column} "${cell}" is not one of: ${allowed.join(', ')}`);
  return undefined;
}

/** "Joe Biden; Volodymyr Zelensky" → ["Joe Biden", "Volodymyr Zelensky"], spaces tidied, repeats dropped. */
function splitList(cell: string, options: { keepEmpty?: boolean } = {}): string[] {
  if (cell === '') return [];
  const items = cell.split(LIST_SEPARATOR).map(tidyName);
  return options.keepEmpty ? items : [...new Set(items.filter((item) => item !== ''))];
}

export function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

export function parseExcerpt(
  cells: Cells,
  origin: Origin,
): Parsed<ExcerptDraft> & { source: { key: string; source: SourceDraft } } {
  const reasons: string[] = [];
  const outlet = tidyName(cells.source);
  if (outlet === '') reasons.push('source is empty (name the outlet, or describe it, e.g. "unnamed news site")');
  if (cells.quote === '') reasons.push('quote is empty (every row needs the verbatim excerpt)');
  // A link is either a web address or refused: never a javascript:, data: or relative one kept quietly.
  if (cells.url !== '' && !isHttpUrl(cells.url))
    reasons.push(`url "${clip(cells.url)}" is not an http:// or https:// address`);
  if (cells.published !== '') {
    const published = parsePartialDate(cells.published);
    if (!published.ok) reasons.push(`published ${published.message}`);
  }
  const kind = readEnum<SourceKind>('source_kind', cells.source_kind, SOURCE_KINDS, 'other', reasons);
  const stance = cells.stance === '' ? undefined : readEnum('stance', cells.stance, STANCES, 'supports', reasons);
  const source: SourceDraft = {
    outlet,
    ...(cells.url !== '' ? { url: cells.url } : {}),
    ...(cells.source_title !== '' ? { title: cells.source_title } : {}),
    ...(cells.published !== '' ? { published: cells.published } : {}),
    kind: kind ?? 'other',
  };
  // One source per outlet and article title: rows that name the same ones are the same source,
  // whatever link or date each gives (the first row's are kept; see csvEvents.ts).
  const key = JSON.stringify([outlet, cells.source_title]);
  if (reasons.length > 0) return { ok: false, reasons, source: { key, source } };
  const speaker = tidyName(cells.speaker);
  return {
    ok: true,
    source: { key, source },
    value: {
      origin,
      source: key,
      quote: cells.quote,
      ...(speaker !== '' ? { speaker } : {}),
      ...(cells.attribution !== '' ? { attribution: cells.attribution } : {}),
      ...(stance !== undefined ? { stance } : {}),
    },
  };
}

/** The claim a row names, by its text, and how the row's quote bears on it. */
export interface ClaimCells {
  text: string;
  stance: ClaimStance;
}

/** The row's claim, or null when it names none; both cells go together. */
export function parseClaimCells(cells: Cells): Parsed<ClaimCells | null> {
  const text = tidyName(cells.claim);
  if (text === '' && cells.claim_stance === '') return { ok: true, value: null };
  const reasons: string[] = [];
  if (text === '')
    reasons.push(`claim_stance "${cells.claim_stance}" needs a claim (the claim's text, in the claim column)`);
  let stance: ClaimStance | undefined;
  if (cells.claim_stance === '')
    reasons.push(`claim "${clip(text)}" needs a claim_stance: does the quote "asserts" or "disputes" it?`);
  else stance = readEnum('claim_stance', cells.claim_stance, CLAIM_STANCES, 'asserts', reasons);
  if (reasons.length > 0 || stance === undefined) return { ok: false, reasons };
  return { ok: true, value: { text, stance } };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
