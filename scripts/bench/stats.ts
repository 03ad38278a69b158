/** Small statistics for the benchmark: percentiles by linear interpolation between order statistics. */

export interface Summary {
  n: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
  mean: number | null;
}

/** The q-quantile (0..1) of `values`, interpolating linearly between closest ranks (Excel's PERCENTILE.INC). */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { n: 0, p50: null, p95: null, max: null, mean: null };
  return {
    n: values.length,
    p50: round(quantile(values, 0.5)!),
    p95: round(quantile(values, 0.95)!),
    max: round(Math.max(...values)),
    mean: round(values.reduce((a, b) => a + b, 0) / values.length),
  };
}

export function median(values: readonly number[]): number | null {
  const q = quantile(values, 0.5);
  return q === null ? null : round(q);
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
