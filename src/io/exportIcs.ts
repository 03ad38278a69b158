/**
 * Export of the events on screen as an iCalendar file (RFC 5545) that calendar apps import.
 *
 * A calendar has only two kinds of time: all-day dates and instants. Sourceline's partial dates
 * map onto them without claiming more than the data says:
 *   - a day ("2022-01-27")      → an all-day event on that day;
 *   - a month or a year          → an all-day event over the whole month or year, its SUMMARY
 *                                  marked "~" and its DESCRIPTION saying the date is known only
 *                                  to the month (or year);
 *   - a clock time with offset   → a UTC instant (DTSTART:…Z), so no VTIMEZONE is needed.
 * All-day ends are exclusive (DTEND is the day after the last day), as the RFC defines them.
 */
import {
  axisEndMs,
  hasClockTime,
  instantMs,
  parsePartialDate,
  type PartialDate,
  type Precision,
  utcMs,
} from '../dataset/dates';
import { accountsByClaim, isContested, isEventDisputed } from '../dataset/claims';
import type { Dataset, TimelineEvent } from '../dataset/types';
import { zoneOffsetMinutes } from '../dataset/zones';
import { escapeText, foldLine } from './icsText';
import { selectEvents, type EventIds } from './subset';

export interface IcsOptions {
  /** The time written as DTSTAMP (when the file was made); defaults to now. */
  now?: Date;
}

export const PRODID = '-//Sourceline//Sourceline timeline export//EN';

export function exportIcs(dataset: Dataset, eventIds: EventIds, options: IcsOptions = {}): string {
  const stamp = utcDateTime((options.now ?? new Date()).getTime());
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // RFC 7986's calendar name.
    `NAME:${escapeText(dataset.title)}`,
  ];
  for (const event of selectEvents(dataset, eventIds)) {
    // iCalendar years have four digits: an event that begins before 0000 or after 9999 has no place in it.
    if (!calendarCanHold(parse(event.start))) continue;
    const when = timing(event);
    const quotes = event.excerpts.map((excerpt) => {
      const source = sources.get(excerpt.source);
      const outlet = source?.outlet ?? excerpt.source;
      const speaker = excerpt.speaker === undefined ? '' : `${actors.get(excerpt.speaker) ?? excerpt.speaker}, in `;
      return `"${excerpt.quote}" (${speaker}${outlet}${source?.url ? `, ${source.url}` : ''})`;
    });
    const description = [when.notes.join('\n'), disputeNote(event), event.summary ?? '', quotes.join('\n')]
      .filter((part) => part !== '')
      .join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      // Stable across exports, so re-importing the file updates events instead of duplicating them.
      `UID:${event.id}@sourceline`,
      `DTSTAMP:${stamp}`,
      ...when.lines,
      `SUMMARY:${escapeText(`${when.notes.length > 0 ? '~' : ''}${event.title}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(event.type)}`,
      // "scheduled", "expected" and "forecast" events may not happen as described.
      `STATUS:${event.status === 'occurred' ? 'CONFIRMED' : 'TENTATIVE'}`,
      // Past events of a crisis should not show the importer as busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "Disputed: …" for an event whose accounts disagree (the one definition, `isEventDisputed`), naming contested claims. */
function disputeNote(event: TimelineEvent): string {
  if (!isEventDisputed(event)) return '';
  const contested = accountsByClaim(event).claims.filter(isContested);
  if (contested.length === 0) return 'Disputed: the accounts disagree.';
  return `Disputed: the accounts disagree on ${contested.map(({ claim }) => `"${claim.text}"`).join(', ')}.`;
}

interface Timing {
  lines: string[];
  /** Description lines saying how coarse the date is; empty for exact days and clock times. */
  notes: string[];
}

function timing(event: TimelineEvent): Timing {
  const start = parse(event.start);
  const end = event.end === undefined ? undefined : parse(event.end);
  if (hasClockTime(start) && writable(instantMs(start))) {
    const startMs = instantMs(start);
    let endMs = startMs;
    if (end && hasClockTime(end)) endMs = instantMs(end);
    // A calendar end after a clock-time start: the end of that day (month, year) where it happened.
    else if (end) endMs = axisEndMs(end, (ms) => zoneOffsetMinutes(event.timeZone ?? 'UTC', ms));
    const notes =
      end && !hasClockTime(end) && isCoarse(end.precision) ? [`End known only to the ${end.precision}`] : [];
    const endLine = writable(endMs) ? `DTEND:${utcDateTime(endMs)}` : `DURATION:${duration(endMs - startMs)}`;
    return { lines: [`DTSTART:${utcDateTime(startMs)}`, endLine], notes };
  }
  const first = firstDay(start);
  const after = dayAfterLastDay(end ?? start);
  // iCalendar years have four digits: an end in year 10000 is written as a length instead.
  const endLine =
    after.year <= LAST_YEAR
      ? `DTEND;VALUE=DATE:${icsDate(after)}`
      : `DURATION:${duration(dayMs(after) - dayMs(first))}`;
  const notes = precisionNotes(start, end);
  // An instant that falls outside years 0000–9999 in UTC cannot be written: its own calendar day stands in.
  if (hasClockTime(start)) notes.push(`Time not included (${start.text}): a calendar file cannot hold it in UTC`);
  return { lines: [`DTSTART;VALUE=DATE:${icsDate(first)}`, endLine], notes };
}

const LAST_YEAR = 9999;

function calendarCanHold(start: PartialDate): boolean {
  return start.year >= 0 && start.year <= LAST_YEAR;
}
const FIRST_WRITABLE_MS = utcMs(0, 0, 1);
const END_OF_WRITABLE_MS = utcMs(LAST_YEAR + 1, 0, 1);

function writable(ms: number): boolean {
  return ms >= FIRST_WRITABLE_MS && ms < END_OF_WRITABLE_MS;
}

/** An RFC 5545 duration: whole days, then hours, minutes and seconds if any ("P1D", "P0DT5H0M0S"). */
function duration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const days = Math.floor(seconds / 86_400);
  const rest = seconds % 86_400;
  if (rest === 0) return `P${days}D`;
  return `P${days}DT${Math.floor(rest / 3600)}H${Math.floor(rest / 60) % 60}M${rest % 60}S`;
}

function dayMs({ year, month, day }: Day): number {
  return utcMs(year, month - 1, day);
}

function precisionNotes(start: PartialDate, end: PartialDate | undefined): string[] {
  const endPrecision = end && !hasClockTime(end) ? end.precision : undefined;
  if (end === undefined || endPrecision === start.precision) {
    return isCoarse(start.precision) ? [`Date known only to the ${start.precision}`] : [];
  }
  return [
    ...(isCoarse(start.precision) ? [`Start known only to the ${start.precision}`] : []),
    ...(endPrecision !== undefined && isCoarse(endPrecision) ? [`End known only to the ${endPrecision}`] : []),
  ];
}

function isCoarse(precision: Precision): precision is 'year' | 'month' {
  return precision === 'year' || precision === 'month';
}

function parse(text: string): PartialDate {
  const result = parsePartialDate(text);
  // The dataset was validated on the way in; a bad date here is a bug, not user input.
  if (!result.ok) throw new Error(`cannot export date ${text}: ${result.message}`);
  return result.value;
}

/** A calendar day as UTC fields; UTC only because Date.UTC does the month and year carry. */
interface Day {
  year: number;
  month: number;
  day: number;
}

function firstDay(date: PartialDate): Day {
  return { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
}

/**
 * The exclusive end of the last day a value covers: the next day, or the first day of the next
 * month or year. A clock-time value covers the calendar day of its own offset.
 */
function dayAfterLastDay(date: PartialDate): Day {
  if (date.precision === 'year') return { year: date.year + 1, month: 1, day: 1 };
  if (date.precision === 'month') return normalised(date.year, date.month! + 1, 1);
  return normalised(date.year, date.month!, date.day! + 1);
}

function normalised(year: number, month: number, day: number): Day {
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts the real year back.
  d.setUTCFullYear(year, month - 1, day);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function icsDate({ year, month, day }: Day): string {
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

function utcDateTime(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
