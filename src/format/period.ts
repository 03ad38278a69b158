/**
 * A stretch of the calendar in a few characters, for markers such as "← 2014: 2 events": the month
 * when it lies within one ("Feb 2022"), months when it spans a few ("Dec 2021 – Jan 2022"), years
 * otherwise ("2014", "2014–2021"). Index keys are on the UTC calendar, so this reads it there.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** From this many months on, a stretch is named by its years. */
const YEARS_FROM_MONTHS = 6;

/** `start` inclusive, `end` exclusive, in UTC calendar milliseconds. */
export function periodLabel(start: number, end: number): string {
  const first = new Date(start);
  const last = new Date(Math.max(start, end - 1));
  const [y1, m1] = [first.getUTCFullYear(), first.getUTCMonth()];
  const [y2, m2] = [last.getUTCFullYear(), last.getUTCMonth()];
  const months = (y2 - y1) * 12 + (m2 - m1);
  if (months >= YEARS_FROM_MONTHS) return y1 === y2 ? `${y1}` : `${y1}–${y2}`;
  if (months === 0) return `${MONTHS[m1]} ${y1}`;
  return y1 === y2 ? `${MONTHS[m1]} – ${MONTHS[m2]} ${y1}` : `${MONTHS[m1]} ${y1} – ${MONTHS[m2]} ${y2}`;
}
