/**
 * How much of the machine other work took while the bench measured (the machine may be shared):
 * busy CPU time from /proc/stat minus that of this process and its children (Chromium), as a share
 * of all CPU time in the interval. Linux only; elsewhere it reports null.
 */
import { readdirSync, readFileSync } from 'node:fs';

type Snapshot = { total: number; busy: number; ours: number } | null;
const fields = (text: string) => text.trim().split(/\s+/).map(Number);

export function cpuSnapshot(): Snapshot {
  try {
    const times = fields(readFileSync('/proc/stat', 'utf8').split('\n')[0]!.slice(4)).slice(0, 8);
    const total = times.reduce((a, b) => a + b, 0);
    // Per process: parent and CPU time (utime, stime, cutime, cstime: fields 14–17 of /proc/PID/stat).
    const procs = new Map<number, [parent: number, time: number]>();
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const f = fields(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.slice(2));
        procs.set(Number(pid), [f[0]!, f[10]! + f[11]! + f[12]! + f[13]!]);
      } catch {
        /* it has ended */
      }
    }
    const ours = (pid: number): boolean => pid === process.pid || (pid > 1 && ours(procs.get(pid)?.[0] ?? 0));
    const mine = [...procs].reduce((sum, [pid, [, time]]) => sum + (ours(pid) ? time : 0), 0);
    return { total, busy: total - times[3]! - times[4]!, ours: mine };
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
