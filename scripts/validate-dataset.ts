/**
 * npm run validate -- FILE...
 *
 * Exits 0 when every file is a valid dataset. Otherwise prints every problem, one a line, each
 * starting with its JSON path (`events[3].excerpts[0].source: no source with id "cnn-x"`), and
 * exits 1. Usage errors exit 2. Files are read as the app reads them (the encoding detected, see
 * decodeText), and nothing a dataset holds reaches the terminal raw: see `escapeInvisible`.
 */
import { readFileSync } from 'node:fs';
import { checkDatasetText } from '../src/dataset/checkFile';
import { escapeInvisible } from '../src/dataset/problems';
import { formatProblem } from '../src/dataset/validate';
import { decodeText } from '../src/loading/decodeText';

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (files.length === 0) {
  console.error('usage: npm run validate -- FILE...   (e.g. npm run validate -- data/events.json)');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  try {
    if (!checkFile(file)) failed++;
  } catch (error) {
    // Whatever a file holds, the answer is a line about that file, never a stack trace.
    failed++;
    say('error', `${file}: could not be checked: ${(error as Error)?.message ?? String(error)}`);
  }
}
process.exit(failed > 0 ? 1 : 0);

function checkFile(file: string): boolean {
  const bytes = readBytes(file);
  if (bytes === undefined) return false;
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    say('error', `${file}: cannot be read as text: ${decoded.message}`);
    return false;
  }
  if (decoded.notice) say('error', `${file}: note: ${decoded.notice}`);
  const result = checkDatasetText(decoded.text);
  if (result.ok) {
    const { events, actors, sources } = result.dataset;
    const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
    say(
      'log',
      `${file}: valid (${count(events.length, 'event')}, ${count(actors.length, 'actor')}, ${count(sources.length, 'source')})`,
    );
    return true;
  }
  const count = result.problems.length;
  say('log', `${file}: ${count} problem${count === 1 ? '' : 's'}`);
  for (const problem of result.problems) say('log', formatProblem(problem));
  return false;
}

/** One line of output, made printable: a dataset cannot move the cursor, clear the screen or start a line. */
function say(stream: 'log' | 'error', line: string): void {
  console[stream](escapeInvisible(line));
}

function readBytes(file: string): Uint8Array | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code ?? error);
    say('error', `${file}: cannot read the file: ${reason}`);
    return undefined;
  }
}
