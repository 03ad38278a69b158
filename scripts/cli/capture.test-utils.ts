import type { Output } from './output';

/**
 * Runs a command's main function in-process and records what it prints, as a spawned run's
 * stdout and stderr would hold it. `lines` is stdout's lines, then stderr's.
 */
export function capture(main: (args: string[], out: Output) => number, args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = main(args, { log: (line) => stdout.push(line), error: (line) => stderr.push(line) });
  const text = (lines: string[]) => lines.map((line) => `${line}\n`).join('');
  return {
    code,
    stdout: text(stdout),
    stderr: text(stderr),
    lines: [...stdout, ...stderr].flatMap((line) => line.split('\n')).filter(Boolean),
  };
}
