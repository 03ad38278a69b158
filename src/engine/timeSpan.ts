/**
 * A stretch of time, in milliseconds since 1970 (UTC), `end` not before `start`: a window on the
 * timeline, the extent of some events, the part of an axis a panel covers. One type for all of
 * them in the app. (The timeline wrapper, which imports nothing of the app, declares the same
 * shape as its own `TimeRange`: see src/timeline/types.ts.)
 */
export interface TimeSpan {
  start: number;
  end: number;
}
