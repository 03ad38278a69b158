/** Where a command-line tool writes: `console` when run, a recorder in tests (see capture.test-utils.ts). */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}
