/**
 * npm run validate -- [--max-size MB] FILE... (the command is scripts/validate-dataset.ts)
 *
 * Exits 0 when every file is a valid dataset. Otherwise prints every problem, one a line, each
 * starting with its JSON path (`events[3].excerpts[0].source: no source with id "cnn-x"`), and
 * exits 1. Usage errors exit 2. Files are read as the app reads them (the encoding detected, see
 * decodeText; the app's size limit, which `--max-size` raises), and nothing a dataset holds reaches
 * the terminal raw: see `escapeInvisible`.
 */
import type { Output } from './output';
import { readBounded } from './localFiles';
import { checkDatasetText, type FileCheck } from '../../src/dataset/checkFile';
import { validateDataset } from '../../src/dataset/validate';
import { arrowToDataset, looksColumnar } from '../../src/io/columnar';
import { escapeInvisible, formatProblem } from '../../src/dataset/problems';
import { decodeText } from '../../src/loading/decodeText';
import { isColumnarName, MAX_COLUMNAR_BYTES, MAX_DATASET_BYTES } from '../../src/loading/download';

const USAGE = 'usage: npm run validate -- [--max-size MB] FILE...   (e.g. npm run validate -- data/events.json)';
const MB = 1024 * 1024;

/** A columnar (Arrow) file: its rows as objects, checked whole (the problems the app lists for it too). */
export function checkColumnar(bytes: Uint8Array): FileCheck | string {
  let input: unknown;
  try {
    input = arrowToDataset(bytes);
  } catch (error) {
    return `not a readable Arrow stream: ${(error as Error).message}`;
  }
  return validateDataset(input);
}

/** Checks the files named in `args`; returns the exit code (0 all valid, 1 any not, 2 usage). */
export function main(args: string[], out: Output): number {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    out.error(parsed);
    return 2;
  }
  const { files, maxBytes } = parsed;
  /** One line of output, made printable: a dataset cannot move the cursor, clear the screen or start a line. */
  const say = (stream: keyof Output, line: string) => out[stream](escapeInvisible(line));
  let failed = 0;
  for (const file of files) {
    try {
      if (!checkFile(file, maxBytes, say)) failed++;
    } catch (error) {
      // Whatever a file holds, the answer is a line about that file, never a stack trace.
      failed++;
      say('error', `${file}: could not be checked: ${(error as Error)?.message ?? String(error)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

type Say = (stream: keyof Output, line: string) => void;

function checkFile(file: string, maxBytes: number | null, say: Say): boolean {
  // The app's limit: a columnar file may be larger than a JSON one.
  const read = readBounded(file, maxBytes ?? (isColumnarName(file) ? MAX_COLUMNAR_BYTES : MAX_DATASET_BYTES));
  if (!read.ok) {
    say(
      'error',
      read.tooLarge
        ? `${file}: ${read.reason} (--max-size MB raises the limit)`
        : `${file}: cannot read the file: ${read.reason}`,
    );
    return false;
  }
  const bytes = read.bytes;
  if (looksColumnar(bytes)) return report(file, checkColumnar(bytes), say);
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    say('error', `${file}: cannot be read as text: ${decoded.message}`);
    return false;
  }
  if (decoded.notice) say('error', `${file}: note: ${decoded.notice}`);
  return report(file, checkDatasetText(decoded.text), say);
}

/** Prints a file's verdict: valid with its counts, or every problem; true when valid. */
function report(file: string, result: FileCheck | string, say: Say): boolean {
  if (typeof result === 'string') {
    say('error', `${file}: ${result}`);
    return false;
  }
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

/** The files, and the size limit: the app's (null), unless `--max-size MB` (or `--max-size=MB`) says otherwise. */
function parseArgs(args: string[]): { files: string[]; maxBytes: number | null } | string {
  const files: string[] = [];
  let maxBytes: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') continue;
    if (arg === '--max-size' || arg.startsWith('--max-size=')) {
      const value = arg === '--max-size' ? args[++i] : arg.slice('--max-size='.length);
      const mb = Number(value);
      if (!value || !Number.isFinite(mb) || mb <= 0)
        return `--max-size needs a size in MB, e.g. --max-size 500\n${USAGE}`;
      maxBytes = Math.floor(mb * MB);
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}\n${USAGE}`;
    } else {
      files.push(arg);
    }
  }
  return files.length === 0 ? USAGE : { files, maxBytes };
}
