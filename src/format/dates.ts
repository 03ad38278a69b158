/**
 * How dates read on screen. A date shows at its true precision: a month-precision event reads
 * "~Feb 2022", never "1 Feb"; a calendar day reads as that day for every viewer, whatever their
 * zone; only a value with a clock time is converted, into the zone the reader chose, and the
 * zone is always named ("3:30 PM EST").
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { hasClockTime, instantMs, utcMs, type PartialDate } from '../dataset/dates';
import { viewerTimeZone } from '../dataset/zones';

export const ZONE_MODES = ['event', 'utc', 'local'] as const;
/** Where clock times are shown: where the event happened (default), in UTC, or the viewer's zone. */
export type ZoneMode = (typeof ZONE_MODES)[number];

export const ZONE_MODE_LABELS: Record<ZoneMode, string> = {
  event: 'Where it happened',
  utc: 'UTC',
  local: 'My time zone',
};

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

/**
 * "uuuu", the ISO year, not "yyyy", the year of an era: year 0000 (1 BC) stays 0000, where "yyyy"
 * shows 0001, and the year before it is -0001, as ISO 8601 and the dataset write them.
 */
const CALENDAR_FORMATS: Record<Style, Record<'year' | 'month' | 'day', string>> = {
  short: { year: 'uuuu', month: 'MMM uuuu', day: 'd MMM uuuu' },
  long: { year: 'uuuu', month: 'MMMM uuuu', day: 'EEEE d MMMM uuuu' },
};

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
    const day = format(instant, CALENDAR_FORMATS[style].day, { in: tz(zone) });
    const time = format(instant, 'h:mm a', { in: tz(zone) });
    return `${day}, ${time} ${zoneAbbreviation(zone, instant)}`;
  }
  const precision = date.precision as 'year' | 'month' | 'day';
  const text = format(calendarDate(date), CALENDAR_FORMATS[style][precision], { in: UTC });
  return precision === 'day' ? text : `~${text}`;
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
