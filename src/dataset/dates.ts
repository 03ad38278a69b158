/**
 * Partial ISO dates: the precision of a date is the precision of its string.
 *
 *   "2022"                       some time in 2022
 *   "2022-02"                    some time in February 2022 (never "1 February")
 *   "2022-01-27"                 a calendar day, not an instant
 *   "2021-12-30T15:30-05:00"     an instant, with the offset it was observed in
 *   "-000043-03-15"              a year outside 0000–9999 (here 44 BC), ISO 8601's expanded form
 *
 * Years are astronomical, as in ISO 8601: year 0 is 1 BC, year -1 is 2 BC (see `yearLabel` in
 * format/dates.ts for how they read). The calendar is the proleptic Gregorian one throughout.
 *
 * Calendar values (year, month, day) are never turned into a `Date` at local midnight:
 * that would shift them a day west of Greenwich. Where a position on an axis is needed,
 * `axisStartMs` / `axisEndMs` place them in a named zone explicitly.
 */

export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface PartialDate {
  /** The string as written in the dataset. */
  readonly text: string;
  readonly precision: Precision;
  readonly year: number;
  /** 1–12, present from month precision on. */
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** Offset from UTC in minutes (east positive); present exactly when there is a clock time. */
  readonly offsetMinutes?: number;
}

export type ParseResult = { ok: true; value: PartialDate } | { ok: false; message: string };

const FORM = /^(\d{4}|[+-]\d{6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** The allowed forms, for editors (JSON Schema): a clock time must carry its offset. */
export const PARTIAL_DATE_PATTERN =
  /^(\d{4}|[+-]\d{6})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** ±YYYYYY: a year outside 0000–9999, e.g. -000043 (44 BC); see `isoYear`. */
export const PARTIAL_DATE_FORMS = 'YYYY (or ±YYYYYY), YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm(:ss)±HH:MM';

/**
 * The years a timeline can draw: JavaScript dates reach 100,000,000 days either side of 1970,
 * from 20 April 271,821 BC to 13 September 275,760. Only whole years inside that are dates here,
 * so that every date, its period's end and any offset from it are instants JavaScript can hold.
 */
export const FIRST_YEAR = -271_820;
export const LAST_YEAR = 275_759;
/** The same, as people read years (year -271820 is 271,821 BC). */
export const DRAWABLE_YEARS = '271,821 BC to AD 275,759';

/**
 * A year as people read it: "2022", "625" (no leading zeros), and before year 1 "44 BC". Years
 * are astronomical, as in ISO 8601 (year 0 is 1 BC, -43 is 44 BC), so a year n ≤ 0 reads 1 − n BC.
 * Years of five digits and more take separators ("12,000 BC").
 */
export function yearLabel(year: number): string {
  const number = (n: number) => (n >= 10_000 ? n.toLocaleString('en-US') : String(n));
  return year >= 1 ? number(year) : `${number(1 - year)} BC`;
}

/** A year as a partial date writes it: "2022", "0625", and outside 0000–9999 "-000043", "+012000". */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
}

/**
 * Milliseconds of a UTC wall-clock time. Unlike `Date.UTC`, years 0–99 stay years 0–99 (Date.UTC
 * maps them to 1900–1999); day and hour overflow normalise as usual.
 */
export function utcMs(year: number, monthIndex: number, day = 1, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Datasets repeat the same dates many times (100,000 events fall on a few thousand days), and the
 * schema, the integrity checks and the index each read them: parse each distinct string once.
 */
const parsedCache = new Map<string, ParseResult>();
const PARSED_CACHE_LIMIT = 100_000;

export function parsePartialDate(text: string): ParseResult {
  let result = parsedCache.get(text);
  if (result === undefined) {
    result = parseUncached(text);
    if (parsedCache.size >= PARSED_CACHE_LIMIT) parsedCache.clear();
    parsedCache.set(text, result);
  }
  return result;
}

function parseUncached(text: string): ParseResult {
  const m = FORM.exec(text);
  if (!m) return { ok: false, message: `"${clip(text)}" is not a date of the form ${PARTIAL_DATE_FORMS}` };
  const [, y, mo, d, h, mi, s, off] = m;
  const year = Number(y);
  if (y === '-000000')
    return { ok: false, message: `"${clip(text)}" writes year 0 as -000000: write it 0000 (or +000000)` };
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return {
      ok: false,
      message: `"${clip(text)}" is beyond the years a timeline can draw (${DRAWABLE_YEARS})`,
    };
  }
  if (mo === undefined) return { ok: true, value: { text, precision: 'year', year } };
  const month = Number(mo);
  if (month < 1 || month > 12) return { ok: false, message: `"${text}" has no month ${mo}` };
  if (d === undefined) return { ok: true, value: { text, precision: 'month', year, month } };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) {
    return {
      ok: false,
      message: `"${text}" is not a real date: ${monthName(month)} ${yearLabel(year)} has ${daysInMonth(year, month)} days`,
    };
  }
  if (h === undefined) return { ok: true, value: { text, precision: 'day', year, month, day } };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? undefined : Number(s);
  if (hour > 23 || minute > 59 || (second !== undefined && second > 59)) {
    return { ok: false, message: `"${text}" has an impossible clock time` };
  }
  if (off === undefined) {
    return {
      ok: false,
      message: `"${text}" has a clock time but no UTC offset: write it as e.g. ${text}-05:00 (or Z for UTC)`,
    };
  }
  const offsetMinutes = parseOffset(off);
  if (Math.abs(offsetMinutes) > 14 * 60) return { ok: false, message: `"${text}" has an impossible UTC offset ${off}` };
  return {
    ok: true,
    value: {
      text,
      precision: second === undefined ? 'minute' : 'second',
      year,
      month,
      day,
      hour,
      minute,
      second,
      offsetMinutes,
    },
  };
}

function parseOffset(off: string): number {
  if (off === 'Z') return 0;
  const sign = off[0] === '-' ? -1 : 1;
  return sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6)));
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

export function hasClockTime(date: PartialDate): boolean {
  return date.offsetMinutes !== undefined;
}

/** The absolute instant of a value with a clock time. */
export function instantMs(date: PartialDate): number {
  if (date.offsetMinutes === undefined) throw new Error(`${date.text} is a calendar value, not an instant`);
  return (
    utcMs(date.year, date.month! - 1, date.day!, date.hour!, date.minute!, date.second ?? 0) -
    date.offsetMinutes * 60_000
  );
}

/**
 * Where a value begins on a time axis whose calendar is `zoneOffsetAt` (a function giving the
 * axis zone's UTC offset in minutes at an instant). Calendar values begin at midnight of their
 * first day *in the axis zone*; instants are where they are.
 */
export function axisStartMs(date: PartialDate, zoneOffsetAt: ZoneOffsetFn = utcOffset): number {
  if (hasClockTime(date)) return instantMs(date);
  return wallClockToMs(date.year, (date.month ?? 1) - 1, date.day ?? 1, zoneOffsetAt);
}

/** Where a value's period ends (exclusive) on the same axis: the start of the next year, month or day. */
export function axisEndMs(date: PartialDate, zoneOffsetAt: ZoneOffsetFn = utcOffset): number {
  if (hasClockTime(date)) return instantMs(date);
  const { year } = date;
  if (date.precision === 'year') return wallClockToMs(year + 1, 0, 1, zoneOffsetAt);
  if (date.precision === 'month') return wallClockToMs(year, date.month!, 1, zoneOffsetAt);
  return wallClockToMs(year, date.month! - 1, date.day! + 1, zoneOffsetAt);
}

export type ZoneOffsetFn = (ms: number) => number;
export const utcOffset: ZoneOffsetFn = () => 0;

/** Midnight of a wall-clock date in a zone, as an instant (day overflow normalises). */
function wallClockToMs(year: number, monthIndex: number, day: number, zoneOffsetAt: ZoneOffsetFn): number {
  return wallClockToInstant(utcMs(year, monthIndex, day), zoneOffsetAt);
}

/**
 * The instant at which a zone's wall clock reads `wallAsUtcMs` (a wall time written as if it were
 * UTC). Two passes settle the offset around a change of clocks. A wall time that happens twice gets
 * one of its instants, and one skipped by the clocks a nearby instant: callers that must say so
 * use `io/wallClock.ts`, which reports both cases.
 */
export function wallClockToInstant(wallAsUtcMs: number, zoneOffsetAt: ZoneOffsetFn): number {
  const first = wallAsUtcMs - zoneOffsetAt(wallAsUtcMs) * 60_000;
  return wallAsUtcMs - zoneOffsetAt(first) * 60_000;
}

/**
 * Compares two partial dates "calendar first": both are cut to the coarser precision and
 * compared as calendar values (an instant counts on the calendar day of its own offset); only
 * when both carry a clock time are the instants compared. Returns <0, 0 or >0.
 */
export function compareCalendar(a: PartialDate, b: PartialDate): number {
  if (hasClockTime(a) && hasClockTime(b)) return instantMs(a) - instantMs(b);
  const fields = ['year', 'month', 'day'] as const;
  for (const field of fields) {
    const x = a[field];
    const y = b[field];
    if (x === undefined || y === undefined) return 0;
    if (x !== y) return x - y;
  }
  return 0;
}

/**
 * A stable sort key in milliseconds for ordering events: calendar values at their UTC-calendar
 * start, instants at their instant. Used for chronological order and indexing, never displayed.
 */
export function sortKeyMs(date: PartialDate): number {
  return axisStartMs(date, utcOffset);
}

/** The exclusive end of a value's period on the UTC calendar (see `sortKeyMs`). */
export function endKeyMs(date: PartialDate): number {
  return axisEndMs(date, utcOffset);
}

/** "+02:00", "-05:00"; an offset with seconds (local mean time, e.g. Kyiv's "+02:02:04" before 1924) keeps them. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const seconds = Math.round(Math.abs(minutes) * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hhmm = `${sign}${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}`;
  return seconds % 60 === 0 ? hhmm : `${hhmm}:${pad(seconds % 60)}`;
}

/**
 * Before a zone had a standard offset it kept local mean time, to the second, which an offset of
 * hours and minutes cannot state: say what to do instead. Empty for ordinary offsets.
 */
export function localMeanTimeHint(offsetMinutes: number): string {
  if (Math.round(offsetMinutes * 60) % 60 === 0) return '';
  return '; that is local mean time, which an offset in hours and minutes cannot state: give the time in UTC (ending in "Z", with timeZone "UTC"), or the day only';
}
