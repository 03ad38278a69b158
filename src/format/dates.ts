/**
 * How dates read on screen. A date shows at its true precision: a month-precision event reads
 * "~Feb 2022", never "1 Feb"; a calendar day reads as that day for every viewer, whatever their
 * zone; only a value with a clock time is converted, into the zone the reader chose, and the
 * zone is always named ("3:30 PM EST").
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { hasClockTime, instantMs, utcMs, yearLabel, type PartialDate } from '../dataset/dates';
import { viewerTimeZone } from '../dataset/zones';

export const ZONE_MODES = ['event', 'utc', 'local'] as const;
/** Where clock times are shown: where the event happened (default), in UTC, or the viewer's zone. */
export type ZoneMode = (typeof ZONE_MODES)[number];

export function displayZone(mode: ZoneMode, eventZone: string | undefined): string {
  if (mode === 'utc') return 'UTC';
  if (mode === 'local') return viewerTimeZone();
  return eventZone ?? 'UTC';
}

/** A calendar value as a Date at UTC midnight, to be formatted in UTC only (never local time). */
function calendarDate(date: PartialDate): Date {
  return new Date(utcMs(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

const UTC = tz('UTC');

export type Style = 'short' | 'long';

// How a year reads ("625", "44 BC") is defined beside the dates, whose messages use it too.
export { yearLabel } from '../dataset/dates';

/**
 * The Gregorian calendar began in 1582; a weekday before it names a day of a calendar nobody kept
 * then (the proleptic one the dataset uses), so long dates say it only from 1583 on.
 */
const FIRST_GREGORIAN_YEAR = 1583;

/** Day and month as date-fns writes them; the year is added by `yearLabel`. */
const CALENDAR_FORMATS: Record<Style, Record<'month' | 'day' | 'weekday', string>> = {
  short: { month: 'MMM', day: 'd MMM', weekday: 'd MMM' },
  long: { month: 'MMMM', day: 'd MMMM', weekday: 'EEEE d MMMM' },
};

function dayAndMonth(date: Date, style: Style, year: number, precision: 'month' | 'day', zone: typeof UTC): string {
  const form = precision === 'month' ? 'month' : year >= FIRST_GREGORIAN_YEAR ? 'weekday' : 'day';
  return `${format(date, CALENDAR_FORMATS[style][form], { in: zone })} ${yearLabel(year)}`;
}

/** The same dates are formatted over and over (every redraw, every row): remember them. */
const formatted = new Map<string, string>();

/** One partial date as text, e.g. "~Feb 2022", "27 Jan 2022", "30 Dec 2021, 3:30 PM EST". */
export function formatPartialDate(date: PartialDate, zone: string, style: Style = 'short'): string {
  const key = `${date.text}|${zone}|${style}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatUncached(date, zone, style);
    if (formatted.size > 50_000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

function formatUncached(date: PartialDate, zone: string, style: Style): string {
  if (hasClockTime(date)) {
    const instant = new Date(instantMs(date));
    const inZone = tz(zone);
    // The year where the reader's clock is, which is not always the year written (1 January, east of Greenwich).
    const year = Number(format(instant, 'u', { in: inZone }));
    const time = format(instant, 'h:mm a', { in: inZone });
    return `${dayAndMonth(instant, style, year, 'day', inZone)}, ${time} ${zoneAbbreviation(zone, instant)}`;
  }
  if (date.precision === 'year') return `~${yearLabel(date.year)}`;
  const text = dayAndMonth(calendarDate(date), style, date.year, date.precision as 'month' | 'day', UTC);
  return date.precision === 'day' ? text : `~${text}`;
}

const abbreviations = new Map<string, Intl.DateTimeFormat>();

/**
 * "EST", "UTC", "GMT+2": the short name of a zone at an instant. One formatter per zone is kept,
 * since building an Intl formatter costs far more than using one.
 */
export function zoneAbbreviation(zone: string, at: Date): string {
  let formatter = abbreviations.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    abbreviations.set(zone, formatter);
  }
  return formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/** A start and optional end, e.g. "24 Jan 2022 – 28 Jan 2022". */
export function formatWhen(
  start: PartialDate,
  end: PartialDate | undefined,
  zone: string,
  style: Style = 'short',
): string {
  const from = formatPartialDate(start, zone, style);
  if (end === undefined) return from;
  const to = formatPartialDate(end, zone, style);
  return from === to ? from : `${from} – ${to}`;
}

/** Plain words for how precise a date is, for readers and screen readers. */
export function precisionNote(date: PartialDate): string | null {
  if (date.precision === 'year') return 'date known only to the year';
  if (date.precision === 'month') return 'date known only to the month';
  return null;
}
