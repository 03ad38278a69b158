/**
 * Binary search, written once. Every sorted thing in the app (the index's start keys, matched
 * ordinals, the search index's words, zoom levels) is searched through these.
 */

/**
 * The first i in [0, length) for which `isAtOrAfter(i)` holds, or `length` if none does.
 * `isAtOrAfter` must be false up to some point and true from there on.
 */
export function firstIndexWhere(length: number, isAtOrAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAtOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first position in ascending `sorted` holding a value >= `value` (`sorted.length` if none). */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  return firstIndexWhere(sorted.length, (i) => sorted[i]! >= value);
}

/** The first position in ascending `sorted` holding a value > `value` (`sorted.length` if none). */
export function upperBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  return firstIndexWhere(sorted.length, (i) => sorted[i]! > value);
}
