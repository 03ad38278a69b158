/**
 * The TimelineJS spreadsheet template (Knight Lab's Google Sheet, saved as CSV or TSV): one row per
 * slide, with the columns
 *
 *   Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text,
 *   Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background
 *
 * in any order, any letter case, the unused ones left out. Rows are read as TimelineJS reads them:
 * a `Type` of "title" is the timeline's title and introduction, "era" an era, anything else an
 * event. Converted by timelineJsModel.ts, as TimelineJS's JSON files are.
 */
import { cellCountReason, hasContent, normalColumnName, type CsvRecord } from './csvRecords';
import { cellAt } from './csvLayout';
import type { ImportResult, Origin, RowProblem } from './importDraft';
import { convertTimeline, type DateNames, type RawDate, type TimelineDraft } from './timelineJsModel';

const SHEET_COLUMNS = [
  'year',
  'month',
  'day',
  'time',
  'end_year',
  'end_month',
  'end_day',
  'end_time',
  'display_date',
  'headline',
  'text',
  'media',
  'media_credit',
  'media_caption',
  'media_thumbnail',
  'type',
  'group',
  'background',
] as const;
type SheetColumn = (typeof SHEET_COLUMNS)[number];

export function isTimelineJsColumn(name: string): boolean {
  return (SHEET_COLUMNS as readonly string[]).includes(normalColumnName(name));
}

/** A header with TimelineJS's Year and Headline (or Text), and none of Sourceline's own "date". */
export function isTimelineJsHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map(normalColumnName));
  return names.has('year') && (names.has('headline') || names.has('text')) && !names.has('date');
}

/** The template's own names for its columns, as messages say them. */
const SHOWN: Record<SheetColumn, string> = {
  year: 'Year',
  month: 'Month',
  day: 'Day',
  time: 'Time',
  end_year: 'End Year',
  end_month: 'End Month',
  end_day: 'End Day',
  end_time: 'End Time',
  display_date: 'Display Date',
  headline: 'Headline',
  text: 'Text',
  media: 'Media',
  media_credit: 'Media Credit',
  media_caption: 'Media Caption',
  media_thumbnail: 'Media Thumbnail',
  type: 'Type',
  group: 'Group',
  background: 'Background',
};

const START_NAMES: DateNames = {
  whole: 'the date (Year, Month, Day, Time)',
  part: (field) => (field === 'hour' || field === 'minute' || field === 'second' ? `Time's ${field}` : SHOWN[field]),
};
const END_NAMES: DateNames = {
  whole: 'the end (End Year, End Month, End Day, End Time)',
  part: (field) =>
    field === 'hour' || field === 'minute' || field === 'second' ? `End Time's ${field}` : `End ${SHOWN[field]}`,
};

type Cells = Record<SheetColumn, string>;

export function importTimelineJsSheet(
  header: CsvRecord,
  rows: readonly CsvRecord[],
  options: { fileName: string },
): ImportResult {
  const problems: RowProblem[] = [];
  const columns = new Map<SheetColumn, number>();
  const ignored: string[] = [];
  header.cells.forEach((raw, index) => {
    const name = normalColumnName(raw);
    if (name === '') return;
    if (!isTimelineJsColumn(name)) ignored.push(raw.trim());
    else if (columns.has(name as SheetColumn))
      problems.push({ row: 1, message: `row 1: column "${raw.trim()}" appears twice; only the first is read` });
    else columns.set(name as SheetColumn, index);
  });
  if (ignored.length > 0)
    problems.push({
      row: 1,
      note: true,
      message: `row 1: ${ignored.map((name) => `"${name}"`).join(', ')} ${ignored.length === 1 ? 'is not a column' : 'are not columns'} of the TimelineJS template, so ${ignored.length === 1 ? 'it was' : 'they were'} ignored`,
    });
  const width = header.cells.length;
  const cellsOf = (record: CsvRecord): Cells => {
    const cells = {} as Cells;
    for (const column of SHEET_COLUMNS) {
      cells[column] = cellAt(record.cells, columns.get(column));
    }
    return cells;
  };

  const timeline: TimelineDraft = {
    kind: 'TimelineJS spreadsheet',
    fileName: options.fileName,
    slides: [],
    eras: [],
    fieldNames: { start: 'Year', end: 'End Year', title: 'Headline', quote: 'Text' },
    startNames: START_NAMES,
    endNames: END_NAMES,
    noStart: 'Year is empty',
    noEnd: 'End Year is empty (an era needs an end)',
  };
  let titleRow: Origin | null = null;
  for (const record of rows) {
    if (!hasContent(record)) continue;
    if (record.malformed) {
      problems.push({ row: record.origin.row, message: `${record.origin.label}: ${record.malformed}` });
      continue;
    }
    const spilled = cellCountReason(record, width, false);
    if (spilled) {
      problems.push({ row: record.origin.row, message: `${record.origin.label}: ${spilled}` });
      continue;
    }
    const cells = cellsOf(record);
    const countReason = cellCountReason(record, width) ?? undefined;
    const type = cells.type.toLowerCase();
    const problemsOfRow: string[] = [];
    const start = dateOf(cells.year, cells.month, cells.day, cells.time, 'Time', problemsOfRow);
    const end = dateOf(cells.end_year, cells.end_month, cells.end_day, cells.end_time, 'End Time', problemsOfRow);
    if (type === 'title') {
      if (titleRow) {
        problems.push({
          row: record.origin.row,
          message: `${record.origin.label}: a second row of Type "title" (${titleRow.label} is the title); it was left out`,
        });
      } else {
        titleRow = record.origin;
        timeline.title = { headline: cells.headline, text: cells.text };
      }
      continue;
    }
    if (type === 'era') {
      timeline.eras.push({
        // Said, as the JSON forms' "era 2" says it, so that a reason reads as the era's.
        origin: { ...record.origin, label: `${record.origin.label} (an era)` },
        problems: problemsOfRow,
        ...(countReason ? { countReason } : {}),
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
        headline: cells.headline,
      });
      continue;
    }
    timeline.slides.push({
      origin: record.origin,
      problems: problemsOfRow,
      ...(countReason ? { countReason } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      headline: cells.headline,
      text: cells.text,
      ...(cells.display_date !== '' ? { displayDate: cells.display_date } : {}),
      ...(cells.group !== '' ? { group: cells.group } : {}),
      media: { url: cells.media, caption: cells.media_caption, credit: cells.media_credit },
      // "Background" is a colour ("#ccc") or a picture's address; only a picture is media.
      ...(/^\s*https?:/i.test(cells.background) ? { backgroundUrl: cells.background } : {}),
    });
  }
  return convertTimeline(timeline, problems);
}

/** The date of a row's Year, Month, Day and Time cells (none when Year and the rest are empty). */
function dateOf(
  year: string,
  month: string,
  day: string,
  time: string,
  timeName: string,
  problems: string[],
): RawDate | undefined {
  if (year === '' && month === '' && day === '' && time === '') return undefined;
  const clock = time === '' ? {} : clockOf(time, timeName, problems);
  return { year, month, day, ...clock };
}

const CLOCK = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i;

/** "14:30", "14:30:05", "2:30 PM", "2 pm" → hour, minute, second (as TimelineJS reads a Time cell). */
function clockOf(cell: string, name: string, problems: string[]): RawDate {
  const m = CLOCK.exec(cell);
  if (!m || (m[2] === undefined && m[4] === undefined)) {
    problems.push(`${name} "${cell}" is not a clock time (e.g. 14:30, 14:30:05 or 2:30 PM)`);
    return {};
  }
  let hour = Number(m[1]);
  const meridiem = m[4]?.toLowerCase()[0];
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) {
      problems.push(`${name} "${cell}" is not a clock time (an hour of 1 to 12 before AM or PM)`);
      return {};
    }
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return { hour, minute: m[2] ?? 0, ...(m[3] !== undefined ? { second: m[3] } : {}) };
}
