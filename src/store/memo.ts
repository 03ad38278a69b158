/** Remembers the last call: derived data is computed once per change of its inputs (compared by identity). */
export function memoLast<Args extends unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let lastArgs: Args | null = null;
  let lastResult: Result;
  return (...args: Args) => {
    if (lastArgs === null || args.length !== lastArgs.length || args.some((arg, i) => !Object.is(arg, lastArgs![i]))) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}
