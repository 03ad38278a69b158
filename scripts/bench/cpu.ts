/**
 * How much of the machine other work took while the bench measured (the machine may be shared):
 * busy CPU time from /proc/stat minus that of this process and its children (Chromium), as a share
 * of all CPU time in the interval. Linux only; elsewhere it reports null.
 */
import { readdirSync, readFileSync } from 'node:fs';

type Snapshot = { total: number; busy: number; ours: number } | null;

export function cpuSnapshot(): Snapshot {
  try {
    const [user, nice, system, idle, iowait, ...rest] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map(Number) as number[];
    const total = user! + nice! + system! + idle! + iowait! + rest.reduce((a, b) => a + b, 0);
    const parent = new Map<number, number>();
    const time = new Map<number, number>();
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        parent.set(Number(pid), Number(fields[1]));
        time.set(
          Number(pid),
          fields.slice(11, 15).reduce((a, b) => a + Number(b), 0),
        );
      } catch {
        /* the process ended */
      }
    }
    const ours = (pid: number): boolean =>
      pid === process.pid || (parent.has(pid) && pid > 1 && ours(parent.get(pid)!));
    const mine = [...time].reduce((sum, [pid, t]) => sum + (ours(pid) ? t : 0), 0);
    return { total, busy: total - idle! - iowait!, ours: mine };
  } catch {
    return null;
  }
}

/** Percent of all CPU time between two snapshots that other processes used. */
export function othersPercent(before: Snapshot, after: Snapshot): number | null {
  if (!before || !after || after.total <= before.total) return null;
  const others = after.busy - before.busy - (after.ours - before.ours);
  return Math.round((Math.max(0, others) / (after.total - before.total)) * 1000) / 10;
}
