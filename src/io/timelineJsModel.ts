/**
 * What the three TimelineJS forms have in common, and how it becomes a dataset. TimelineJS 3 JSON,
 * TimelineJS 2 JSON and the TimelineJS spreadsheet template each read their own layout into a
 * `TimelineDraft` (timelineJsImport.ts, timelineJsSheet.ts); this module converts it, one slide at a
 * time, so that a slide that cannot be converted costs that slide only.
 *
 * TimelineJS has no sources and no verbatim quotes, and its text is HTML. So: the file itself is the
 * one source, each slide's own text (as plain text, links kept as addresses) stands in as its
 * excerpt, a media credit and caption are the excerpt's attribution, and every group becomes a side.
 * Events get no actors: a group is a lane of the original timeline (often a theme), not a person or
 * body that took part, and naming one would invent a fact.
 */
import {
  compareCalendar,
  daysInMonth,
  DRAWABLE_YEARS,
  FIRST_YEAR,
  isoYear,
  LAST_YEAR,
  parsePartialDate,
} from '../dataset/dates';
import type { Era } from '../dataset/types';
import { isHttpUrl } from '../dataset/urls';
import { slugify } from '../dataset/slugs';
import { idDatePart } from './ids';
import { htmlToText } from './htmlText';
import {
  noteAt,
  problemAt,
  settleImport,
  type EventDraft,
  type ImportResult,
  type Origin,
  type RowProblem,
} from './importDraft';

export const DATE_FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** A date as the file gives it: numbers or strings, any missing; checked by `readDateFields`. */
export type RawDate = Partial<Record<DateField, unknown>>;

/** How the form names a date and its parts in messages: "start_date" and "start_date.year", "the date" and "Year". */
export interface DateNames {
  whole: string;
  part: (field: DateField) => string;
}

export interface SlideDraft {
  origin: Origin;
  start?: RawDate;
  end?: RawDate;
  /** Reasons the form's own reader found (e.g. a startDate that is not "YYYY,M,D"). */
  problems: string[];
  /**
   * A spreadsheet row whose cell count is not the header's: said instead of the reasons it cannot
   * be converted, which an unquoted comma (every later cell shifted) would make misleading.
   */
  countReason?: string;
  /** HTML, as TimelineJS keeps it. */
  headline: string;
  text: string;
  displayDate?: string;
  group?: string;
  uniqueId?: string;
  media?: { url?: string; caption?: string; credit?: string };
  /** A background image's address (a colour is not media). */
  backgroundUrl?: string;
}

/** An era: a slide's dates and headline, no more. */
export type EraDraft = Pick<SlideDraft, 'origin' | 'start' | 'end' | 'problems' | 'countReason' | 'headline'>;

export interface TimelineDraft {
  /** E.g. "TimelineJS file", "TimelineJS spreadsheet": what the description calls it. */
  kind: string;
  fileName: string;
  title?: { headline: string; text: string };
  slides: SlideDraft[];
  eras: EraDraft[];
  /** How the form names its fields, for the validator's messages (see DatasetDraft.fieldNames). */
  fieldNames: Readonly<Record<string, string>>;
  startNames: DateNames;
  endNames: DateNames;
  /** The form's words for a missing start or end: "has no start_date", "Year is empty". */
  noStart: string;
  noEnd: string;
}

const SOURCE_KEY = 'file';
const TITLE_LENGTH = 80;

/** Converts what a TimelineJS form holds; `problems` already holds what its reader could not read at all. */
export function convertTimeline(timeline: TimelineDraft, problems: RowProblem[] = []): ImportResult {
  const drafts: EventDraft[] = [];
  const groups: string[] = [];
  for (const slide of timeline.slides) {
    const converted = convertSlide(slide, timeline);
    if (!converted.ok) {
      problems.push(problemAt(slide.origin, converted.reasons));
      continue;
    }
    drafts.push(converted.draft);
    problems.push(...converted.notes);
    if (converted.group !== undefined && !groups.includes(converted.group)) groups.push(converted.group);
  }
  const eras: Era[] = [];
  for (const raw of timeline.eras) {
    const era = convertEra(raw, timeline);
    if (era.ok) eras.push(era.era);
    else problems.push(problemAt(raw.origin, era.reasons));
  }
  if (drafts.length === 0) {
    if (timeline.slides.length === 0) problems.push({ row: 0, message: 'the file has no events' });
    return { dataset: null, rowProblems: problems };
  }

  const headline = plain(timeline.title?.headline);
  const intro = plain(timeline.title?.text, true);
  const description = [
    intro,
    `Imported from the ${timeline.kind} "${timeline.fileName}". TimelineJS has no sources or verbatim quotes, so each event's own text stands in as its excerpt; groups became sides (lanes), and events have no actors.`,
  ]
    .filter((part) => part !== '')
    .join(' ');

  return settleImport(
    {
      title: headline || `Imported from ${timeline.fileName}`,
      description,
      sources: new Map([
        [SOURCE_KEY, { outlet: `Imported TimelineJS file ${timeline.fileName}`, kind: 'other' as const }],
      ]),
      actorSides: new Map(),
      extraSides: groups,
      events: drafts,
      eras,
      fieldNames: timeline.fieldNames,
    },
    problems,
  );
}

type ConvertedSlide =
  { ok: true; draft: EventDraft; group?: string; notes: RowProblem[] } | { ok: false; reasons: string[] };

function convertSlide(slide: SlideDraft, timeline: TimelineDraft): ConvertedSlide {
  // Nothing read at all (not an object): what the reader said is all there is to say.
  if (slide.problems.length > 0 && slide.start === undefined && slide.headline === '' && slide.text === '')
    return { ok: false, reasons: slide.problems };
  const reasons = [...slide.problems];
  const start = slide.start === undefined ? undefined : readDateFields(slide.start, timeline.startNames, reasons);
  if (slide.start === undefined && slide.problems.length === 0) reasons.push(timeline.noStart);
  const end = slide.end === undefined ? undefined : readDateFields(slide.end, timeline.endNames, reasons);
  if (start && end && compareCalendar(parsed(end.text), parsed(start.text)) < 0) {
    reasons.push(`${timeline.endNames.whole} ${end.text} is before ${timeline.startNames.whole} ${start.text}`);
  }
  const headline = plain(slide.headline);
  const body = plain(slide.text, true);
  if (headline === '' && body === '') reasons.push('has neither a headline nor text');
  if (reasons.length > 0 || !start) return { ok: false, reasons: slide.countReason ? [slide.countReason] : reasons };

  const title = headline !== '' ? headline : clipWords(body, TITLE_LENGTH);
  const timed = start.timed || end?.timed === true;
  const group = plain(slide.group);
  const uniqueId = slide.uniqueId?.trim() ?? '';
  const displayDate = plain(slide.displayDate);
  const attribution = attributionOf(slide.media);
  const notes = [...mediaNotes(slide)].map((note) => noteAt(slide.origin, note));
  return {
    ok: true,
    notes,
    ...(group !== '' ? { group } : {}),
    draft: {
      origin: slide.origin,
      ...(uniqueId !== '' ? { givenId: uniqueId } : {}),
      idBase: `${idDatePart(start.text)}-${slugify(title, 'event')}`,
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
      ...(displayDate !== '' ? { displayDate } : {}),
      actors: [],
      // The group is the event's lane, not an actor: naming one would invent a fact.
      ...(group !== '' ? { sides: [group] } : {}),
      excerpts: [
        {
          origin: slide.origin,
          source: SOURCE_KEY,
          quote: body !== '' ? body : headline,
          ...(attribution !== '' ? { attribution } : {}),
        },
      ],
    },
  };
}

/** A media caption and credit: who or what the slide's text and picture come from. */
function attributionOf(media: SlideDraft['media']): string {
  const caption = plain(media?.caption);
  const credit = plain(media?.credit);
  return [caption, credit !== '' ? `credit: ${credit}` : ''].filter((part) => part !== '').join('; ');
}

/** What a slide carried that Sourceline cannot show: listed, so that it is not lost unnoticed. */
function* mediaNotes(slide: SlideDraft): Generator<string> {
  const url = slide.media?.url?.trim();
  if (url) {
    yield isHttpUrl(url)
      ? `its media ${clipUrl(url)} is not shown (Sourceline shows no pictures, video or embeds)`
      : `its media (${clipUrl(url)}, not a web address) is not shown`;
  }
  const background = slide.backgroundUrl?.trim();
  if (background) yield `its background image ${clipUrl(background)} is not shown`;
}

function convertEra(era: EraDraft, timeline: TimelineDraft): { ok: true; era: Era } | { ok: false; reasons: string[] } {
  const reasons = [...era.problems];
  const start = era.start === undefined ? undefined : readDateFields(era.start, timeline.startNames, reasons);
  const end = era.end === undefined ? undefined : readDateFields(era.end, timeline.endNames, reasons);
  if (era.start === undefined && era.problems.length === 0) reasons.push(timeline.noStart);
  if (era.end === undefined && era.problems.length === 0) reasons.push(timeline.noEnd);
  if (start && end && compareCalendar(parsed(end.text), parsed(start.text)) < 0)
    reasons.push(`${timeline.endNames.whole} ${end.text} is before ${timeline.startNames.whole} ${start.text}`);
  if (reasons.length > 0 || !start || !end)
    return { ok: false, reasons: era.countReason ? [era.countReason] : reasons };
  const title = plain(era.headline);
  return { ok: true, era: { title: title !== '' ? title : 'Untitled era', start: start.text, end: end.text } };
}

export interface ReadDate {
  /** The partial date, e.g. "2022-01", "-000043-03-15", "2022-01-27T14:30Z". */
  text: string;
  timed: boolean;
}

const RANGES: Record<DateField, [number, number]> = {
  year: [FIRST_YEAR, LAST_YEAR],
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
};

/**
 * `{year: 2022}` → "2022", `{year: 2022, month: 1}` → "2022-01", … The precision is that of the
 * fields present: TimelineJS leaves out what is not known, and so does the partial date. A year
 * beyond what a timeline can draw (TimelineJS's "cosmological" years, −13,800,000,000) is refused
 * with the reason, for this slide only.
 */
export function readDateFields(date: RawDate, names: DateNames, reasons: string[]): ReadDate | undefined {
  const nameOf = names.part;
  const values: Partial<Record<DateField, number>> = {};
  const before = reasons.length;
  for (const field of DATE_FIELDS) {
    const value = date[field];
    // TimelineJS writes numbers as numbers or as strings ("2022", "01"); "" means absent.
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    const n =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)
          ? Number(value)
          : NaN;
    const [min, max] = RANGES[field];
    if (!Number.isInteger(n)) reasons.push(`${nameOf(field)} ${JSON.stringify(value)} is not a whole number`);
    else if (n < min || n > max) {
      reasons.push(
        field === 'year'
          ? `${nameOf(field)} ${n} is beyond the years a timeline can draw (${DRAWABLE_YEARS})`
          : `${nameOf(field)} ${n} is out of range (${min}–${max})`,
      );
    } else values[field] = n;
  }
  if (reasons.length > before) return undefined;
  // Each field needs the one before it: a day without a month says nothing. (An hour without
  // minutes is fine: it means on the hour, as TimelineJS shows it.)
  if (values.year === undefined) return void reasons.push(`${names.whole} has no year`);
  const present = DATE_FIELDS.filter((field) => values[field] !== undefined);
  const gap = DATE_FIELDS.findIndex(
    (field, i) => values[field] === undefined && present.some((p) => DATE_FIELDS.indexOf(p) > i),
  );
  if (gap !== -1) {
    const later = present.find((p) => DATE_FIELDS.indexOf(p) > gap)!;
    return void reasons.push(`${names.whole} has ${later === 'hour' ? 'an' : 'a'} ${later} but no ${DATE_FIELDS[gap]}`);
  }
  const { year, month, day, hour, minute, second } = values;
  let text = isoYear(year);
  if (month !== undefined && day !== undefined && day > daysInMonth(year, month)) {
    return void reasons.push(`${names.whole} ${text}-${pad(month)}-${pad(day)} is not a real date`);
  }
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

/** Any HTML-bearing value as plain text (with links' addresses kept, when `links`); non-strings count as empty. */
export function plain(value: unknown, links = false): string {
  return typeof value === 'string' ? htmlToText(value, { links }) : '';
}

function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function clipUrl(url: string): string {
  return url.length > 100 ? `${url.slice(0, 99)}…` : url;
}
