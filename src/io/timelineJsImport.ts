/**
 * "Bring your own data" from a TimelineJS JSON file (Knight Lab's TimelineJS), in either version:
 *
 *   TimelineJS 3: { title?: { text: { headline, text } },
 *                   events: [{ start_date: { year, month?, day?, hour?, minute?, second?, display_date? },
 *                              end_date?, display_date?, text: { headline?, text? }, media?, group?,
 *                              unique_id?, background? }],
 *                   eras?: [{ start_date, end_date, text: { headline } }] }
 *   TimelineJS 2: { timeline: { headline, type, text, asset?,
 *                               date: [{ startDate: "1963,8,9", endDate?, headline, text, tag?, asset? }],
 *                               era?: [{ startDate, endDate, headline }] } }
 *
 * Each is read into a TimelineDraft and converted by timelineJsModel.ts, the same way as the
 * TimelineJS spreadsheet. Each event that cannot be converted is reported with its place in the
 * file (`event 6 (events[5])`); the others open.
 */
import type { Origin, ImportResult } from './importDraft';
import {
  DATE_FIELDS,
  convertTimeline,
  type DateNames,
  type EraDraft,
  type RawDate,
  type SlideDraft,
  type TimelineDraft,
} from './timelineJsModel';

export type { ImportResult, RowProblem } from './importDraft';

export interface TimelineJsImportOptions {
  /** The file's name, for the source's description and the dataset's title. */
  fileName: string;
}

export function importTimelineJs(json: unknown, options: TimelineJsImportOptions): ImportResult {
  const root = asRecord(json);
  if (root && Array.isArray(root.events)) return convertTimeline(readVersion3(root, options.fileName));
  const v2 = asRecord(root?.timeline);
  if (v2 && Array.isArray(v2.date)) return convertTimeline(readVersion2(v2, options.fileName));
  return {
    dataset: null,
    rowProblems: [
      {
        row: 0,
        message:
          'this is not a TimelineJS file: it has no "events" list (TimelineJS 3) and no "timeline.date" list (TimelineJS 2)',
      },
    ],
  };
}

// ── TimelineJS 3 ─────────────────────────────────────────────────────────────────────────────

const V3_NAMES = {
  start: { whole: 'start_date', part: (field) => `start_date.${field}` },
  end: { whole: 'end_date', part: (field) => `end_date.${field}` },
} satisfies Record<string, DateNames>;

function readVersion3(root: Record<string, unknown>, fileName: string): TimelineDraft {
  const events = root.events as unknown[];
  const titleText = asRecord(asRecord(root.title)?.text);
  return {
    kind: 'TimelineJS file',
    fileName,
    title: { headline: text(titleText?.headline), text: text(titleText?.text) },
    slides: events.map((raw, index) => {
      // `row` is the event's 1-based position; the label also gives its JSON path, events[index].
      const origin: Origin = { row: index + 1, label: `event ${index + 1} (events[${index}])` };
      return slideOf3(raw, origin);
    }),
    eras: list(root.eras).map((raw, index) => {
      const era = asRecord(raw);
      const origin: Origin = { row: events.length + index + 1, label: `era ${index + 1} (eras[${index}])` };
      if (!era) return { origin, problems: ['is not an object'], headline: '' };
      return {
        origin,
        problems: [
          ...dateProblem(era.start_date, V3_NAMES.start.whole),
          ...dateProblem(era.end_date, V3_NAMES.end.whole),
        ],
        ...dateFieldsOf3('start', era.start_date),
        ...dateFieldsOf3('end', era.end_date),
        headline: text(asRecord(era.text)?.headline),
      } satisfies EraDraft;
    }),
    fieldNames: { start: 'start_date', end: 'end_date', title: 'text.headline', quote: 'text.text' },
    startNames: V3_NAMES.start,
    endNames: V3_NAMES.end,
    noStart: 'has no start_date',
    noEnd: 'has no end_date',
  };
}

function slideOf3(raw: unknown, origin: Origin): SlideDraft {
  const event = asRecord(raw);
  if (!event) return { origin, problems: ['is not an object'], headline: '', text: '' };
  const body = asRecord(event.text);
  const media = asRecord(event.media);
  const background = asRecord(event.background);
  const displayDate = text(event.display_date) || text(asRecord(event.start_date)?.display_date);
  return {
    origin,
    problems: [...dateProblem(event.start_date, 'start_date'), ...dateProblem(event.end_date, 'end_date')],
    ...dateFieldsOf3('start', event.start_date),
    ...dateFieldsOf3('end', event.end_date),
    headline: text(body?.headline),
    text: text(body?.text),
    ...(displayDate !== '' ? { displayDate } : {}),
    ...(typeof event.group === 'string' ? { group: event.group } : {}),
    ...(typeof event.unique_id === 'string' ? { uniqueId: event.unique_id } : {}),
    ...(media ? { media: { url: text(media.url), caption: text(media.caption), credit: text(media.credit) } } : {}),
    ...(typeof background?.url === 'string' ? { backgroundUrl: background.url } : {}),
  };
}

/** A date that is there but is not an object: said here (the model only reads objects' fields). */
function dateProblem(value: unknown, name: string): string[] {
  if (value === undefined || value === null) return [];
  return asRecord(value) ? [] : [`${name} is not an object with a year`];
}

function dateFieldsOf3(which: 'start' | 'end', value: unknown): { start?: RawDate } | { end?: RawDate } {
  const date = asRecord(value);
  if (!date) return {};
  const fields: RawDate = {};
  for (const field of DATE_FIELDS) fields[field] = date[field];
  return { [which]: fields };
}

// ── TimelineJS 2 ─────────────────────────────────────────────────────────────────────────────

const V2_NAMES = {
  start: { whole: 'startDate', part: (field) => `startDate's ${field}` },
  end: { whole: 'endDate', part: (field) => `endDate's ${field}` },
} satisfies Record<string, DateNames>;

function readVersion2(timeline: Record<string, unknown>, fileName: string): TimelineDraft {
  const dates = timeline.date as unknown[];
  return {
    kind: 'TimelineJS 2 file',
    fileName,
    title: { headline: text(timeline.headline), text: text(timeline.text) },
    slides: dates.map((raw, index) => {
      const origin: Origin = { row: index + 1, label: `event ${index + 1} (timeline.date[${index}])` };
      return slideOf2(raw, origin);
    }),
    eras: list(timeline.era).map((raw, index) => {
      const origin: Origin = { row: dates.length + index + 1, label: `era ${index + 1} (timeline.era[${index}])` };
      const era = asRecord(raw);
      if (!era) return { origin, problems: ['is not an object'], headline: '' };
      const problems: string[] = [];
      const start = commaDate(era.startDate, 'startDate', problems);
      const end = commaDate(era.endDate, 'endDate', problems);
      return {
        origin,
        problems,
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
        headline: text(era.headline),
      } satisfies EraDraft;
    }),
    fieldNames: { start: 'startDate', end: 'endDate', title: 'headline', quote: 'text' },
    startNames: V2_NAMES.start,
    endNames: V2_NAMES.end,
    noStart: 'has no startDate',
    noEnd: 'has no endDate',
  };
}

function slideOf2(raw: unknown, origin: Origin): SlideDraft {
  const date = asRecord(raw);
  if (!date) return { origin, problems: ['is not an object'], headline: '', text: '' };
  const problems: string[] = [];
  const start = commaDate(date.startDate, 'startDate', problems);
  const end = commaDate(date.endDate, 'endDate', problems);
  const asset = asRecord(date.asset);
  return {
    origin,
    problems,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    headline: text(date.headline),
    text: text(date.text),
    ...(typeof date.tag === 'string' ? { group: date.tag } : {}),
    ...(asset ? { media: { url: text(asset.media), caption: text(asset.caption), credit: text(asset.credit) } } : {}),
  };
}

/**
 * TimelineJS 2 writes a date as "YYYY,M,D[,h,m[,s]]" ("1963,8,9", "-500", "1963,8,9,14,30"); its
 * parts are checked by the model like any other. Absent or empty: no date.
 */
function commaDate(value: unknown, name: string, problems: string[]): RawDate | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return { year: value };
  if (typeof value !== 'string') return void problems.push(`${name} is not text such as "1963,8,9"`);
  if (value.trim() === '') return undefined;
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length > DATE_FIELDS.length)
    return void problems.push(`${name} "${value}" has more parts than year, month, day, hour, minute, second`);
  const fields: RawDate = {};
  parts.forEach((part, i) => (fields[DATE_FIELDS[i]!] = part));
  return fields;
}

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
