import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Output } from './output';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `scripts/<script>` as npm runs it (tsx, from the repository root, no colour), as a process of its own. */
export function spawnScript(script: string, args: string[]) {
  return spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
}

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
