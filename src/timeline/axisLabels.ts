/**
 * The time axis's labels. vis-timeline writes years with moment's "YYYY", which pads and signs
 * them ("0625", "-0043"); the axis writes years as the rest of the page does ("625", "44 BC",
 * the app's `YearLabel`), and everything else as vis-timeline does by default.
 */
import type { TimelineOptions } from 'vis-timeline/esnext';
import type { YearLabel } from './types';

/** The parts of a moment the labels read (vis-timeline hands the format functions moments). */
export interface AxisMoment {
  year(): number;
  format(pattern: string): string;
}

export type AxisScale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

/** vis-timeline's own minor label patterns, but for the year (see `minorLabel`). */
const MINOR: Record<AxisScale, string> = {
  millisecond: 'SSS',
  second: 's',
  minute: 'HH:mm',
  hour: 'HH:mm',
  weekday: 'ddd D',
  day: 'D',
  week: 'w',
  month: 'MMM',
  year: '',
};

/** vis-timeline's own major label patterns; `Y` stands for the year, written by `yearLabel`. */
const MAJOR: Record<AxisScale, string> = {
  millisecond: 'HH:mm:ss',
  second: 'D MMMM HH:mm',
  minute: 'ddd D MMMM',
  hour: 'ddd D MMMM',
  weekday: 'MMMM Y',
  day: 'MMMM Y',
  week: 'MMMM Y',
  month: 'Y',
  year: '',
};

/**
 * Ticks fall on astronomical years: a step of 1,000 years puts them at -3000, -2000, …, which
 * `yearLabel` reads 3001 BC, 2001 BC. From a step of 50 years up, a year is two pixels or less
 * and such ticks read as the round years historians write: 3000 BC, 2000 BC, AD 1 (year 0).
 */
const ROUND_BC_FROM_STEP = 50;

export function minorLabel(yearLabel: YearLabel, date: AxisMoment, scale: AxisScale, step = 1): string {
  if (scale !== 'year') return date.format(MINOR[scale] ?? '');
  const year = date.year();
  if (year > 0 || step < ROUND_BC_FROM_STEP) return yearLabel(year);
  return year === 0 ? 'AD 1' : yearLabel(year + 1);
}

export function majorLabel(yearLabel: YearLabel, date: AxisMoment, scale: AxisScale): string {
  const pattern = MAJOR[scale] ?? '';
  if (pattern === '') return '';
  const year = yearLabel(date.year());
  if (pattern === 'Y') return year;
  return pattern.endsWith(' Y') ? `${date.format(pattern.slice(0, -2))} ${year}` : date.format(pattern);
}

/** vis-timeline's `format` option: the axis's labels, with years written by `yearLabel`. */
export function axisFormat(yearLabel: YearLabel): TimelineOptions['format'] {
  return {
    minorLabels: (date: AxisMoment, scale: AxisScale, step: number) => minorLabel(yearLabel, date, scale, step),
    majorLabels: (date: AxisMoment, scale: AxisScale) => majorLabel(yearLabel, date, scale),
  } as unknown as TimelineOptions['format'];
}
