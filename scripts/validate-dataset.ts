/**
 * npm run validate -- FILE...
 *
 * Exits 0 when every file is a valid dataset. Otherwise prints every problem, one a line, each
 * starting with its JSON path (`events[3].excerpts[0].source: no source with id "cnn-x"`), and
 * exits 1. Usage errors exit 2.
 */
import { readFileSync } from 'node:fs';
import { checkDatasetText } from '../src/dataset/checkFile';
import { formatProblem } from '../src/dataset/validate';

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (files.length === 0) {
  console.error('usage: npm run validate -- FILE...   (e.g. npm run validate -- data/events.json)');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  const text = readText(file);
  if (text === undefined) {
    failed++;
    continue;
  }
  const result = checkDatasetText(text);
  if (result.ok) {
    const { events, actors, sources } = result.dataset;
    const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
    console.log(
      `${file}: valid (${count(events.length, 'event')}, ${count(actors.length, 'actor')}, ${count(sources.length, 'source')})`,
    );
  } else {
    failed++;
    const count = result.problems.length;
    console.log(`${file}: ${count} problem${count === 1 ? '' : 's'}`);
    for (const problem of result.problems) console.log(formatProblem(problem));
  }
}
process.exit(failed > 0 ? 1 : 0);

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
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
    console.error(`${file}: cannot read the file: ${reason}`);
    return undefined;
  }
}
