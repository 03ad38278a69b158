/**
 * Clock times written without an offset ("2022-01-27 15:30" plus a zone such as
 * "America/New_York"), as spreadsheets write them, turned into the dataset's offset form
 * ("2022-01-27T15:30-05:00"). Pure arithmetic on UTC fields and the zone's rules; the machine's own
 * zone never enters.
 */
import { tzOffset } from '@date-fns/tz';
import { formatOffset, localMeanTimeHint } from '../dataset/dates';

export type WallClockResult = { ok: true; text: string; ambiguous: boolean } | { ok: false; message: string };

const DAY_MS = 86_400_000;

/**
 * `date` is a real calendar day "YYYY-MM-DD" (checked by the caller); hour, minute, second are in
 * range. Around a change of clocks a wall time can happen twice (clocks go back: the earlier is
 * taken, and `ambiguous` says so) or not at all (clocks go forward: an error).
 */
export function wallClockInZone(
  date: string,
  hour: number,
  minute: number,
  second: number | undefined,
  zone: string,
): WallClockResult {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second ?? 0);
  // The offsets in force a day either side cover the one change of clocks that can be near.
  const offsets = new Set([
    tzOffset(zone, new Date(wallAsUtc - DAY_MS)),
    tzOffset(zone, new Date(wallAsUtc)),
    tzOffset(zone, new Date(wallAsUtc + DAY_MS)),
  ]);
  const candidates = [...offsets]
    .filter((offset) => tzOffset(zone, new Date(wallAsUtc - offset * 60_000)) === offset)
    .sort((a, b) => b - a); // larger offset = earlier instant
  const clock = `${pad(hour)}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}`}`;
  const offset = candidates[0];
  if (offset === undefined) {
    return { ok: false, message: `${date} ${clock} did not happen in ${zone}: the clocks were put forward past it` };
  }
  const hint = localMeanTimeHint(offset);
  if (hint) return { ok: false, message: `${date} ${clock} in ${zone} was at ${formatOffset(offset)}${hint}` };
  return { ok: true, text: `${date}T${clock}${formatOffset(offset)}`, ambiguous: candidates.length > 1 };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
