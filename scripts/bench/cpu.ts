/**
 * How much of the machine other work took while the benchmark measured. The load average cannot
 * say (it counts the benchmark's own Chromium), so this reads /proc: the machine's busy CPU time
 * minus that of the benchmark's own process trees (Node and Chromium, with the children they have
 * reaped), as a share of all CPU time in the interval. Linux only; elsewhere it reports nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuSnapshot {
  /** All CPU time (jiffies, every core), busy CPU time, and the benchmark's own. */
  total: number;
  busy: number;
  ours: number;
}

function procStat(pid: string): { ppid: number; time: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state ppid … utime(14) stime(15) cutime(16) cstime(17), 1-based.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const n = (field: number) => Number(fields[field - 3]);
    return { ppid: n(4), time: n(14) + n(15) + n(16) + n(17) };
  } catch {
    return null;
  }
}

export function cpuSnapshot(rootPids: readonly number[]): CpuSnapshot | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number) as number[];
    const total = user! + nice! + system! + idle! + iowait! + irq! + softirq! + steal!;
    const busy = total - idle! - iowait!;
    const children = new Map<number, number[]>();
    const times = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = procStat(entry);
      if (!stat) continue;
      const pid = Number(entry);
      times.set(pid, stat.time);
      const list = children.get(stat.ppid);
      if (list) list.push(pid);
      else children.set(stat.ppid, [pid]);
    }
    let ours = 0;
    const seen = new Set<number>();
    const stack = [...rootPids];
    while (stack.length) {
      const pid = stack.pop()!;
      if (seen.has(pid)) continue;
      seen.add(pid);
      ours += times.get(pid) ?? 0;
      stack.push(...(children.get(pid) ?? []));
    }
    return { total, busy, ours };
  } catch {
    return null;
  }
}

/** Share (0–1) of all CPU time between two snapshots that went to other processes. */
export function othersShare(before: CpuSnapshot | null, after: CpuSnapshot | null): number | null {
  if (!before || !after || after.total <= before.total) return null;
  const others = after.busy - before.busy - (after.ours - before.ours);
  return Math.max(0, Math.min(1, others / (after.total - before.total)));
}
