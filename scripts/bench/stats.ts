/** Percentiles by linear interpolation between closest ranks (p95 of 10 samples lies between the two slowest). */
export interface Summary {
  n: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
}

export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = sorted[Math.floor(position)]!;
  return low + (sorted[Math.ceil(position)]! - low) * (position - Math.floor(position));
}

export function summarize(values: readonly number[]): Summary {
  const at = (q: number) => (values.length ? round(quantile(values, q)!) : null);
  return { n: values.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}

export const median = (values: readonly number[]) => (values.length ? round(quantile(values, 0.5)!) : null);

export function round(value: number, digits = 1): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
