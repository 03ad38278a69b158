/**
 * npm run convert -- IN OUT: converts a dataset between its JSON form and its columnar form (an
 * Apache Arrow IPC stream, docs/dataset.md), the direction given by the files' extensions (.json,
 * .arrow). The input is checked first, as `npm run validate` checks it: an invalid file is not
 * converted, and its problems are printed, one a line with its JSON path. Exits 0 when converted,
 * 1 when the input is invalid or unreadable, 2 on a usage error.
 */
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { checkDatasetText } from '../src/dataset/checkFile';
import { escapeInvisible, formatProblem, type Problem } from '../src/dataset/problems';
import type { Dataset } from '../src/dataset/types';
import { datasetToArrow, looksColumnar } from '../src/io/columnar';
import { decodeText } from '../src/loading/decodeText';
import { checkColumnar } from './cli/validateDataset';
import { datasetJsonChunks } from './synthetic';

const USAGE = `usage: npm run convert -- IN OUT
  IN.json → OUT.arrow   the columnar form (Apache Arrow IPC stream)
  IN.arrow → OUT.json   the JSON form
example: npm run convert -- data/events.json /tmp/events.arrow`;

const say = (line: string) => console.log(escapeInvisible(line));

function read(file: string): Dataset | Problem[] | string {
  const bytes = readFileSync(file);
  if (looksColumnar(bytes)) {
    const result = checkColumnar(bytes);
    return typeof result === 'string' ? result : result.ok ? result.dataset : result.problems;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded.message;
  const result = checkDatasetText(decoded.text);
  return result.ok ? result.dataset : result.problems;
}

function writeJson(file: string, dataset: Dataset): void {
  // In pieces: a million events are more text than one string may hold.
  const fd = openSync(file, 'w');
  try {
    for (const chunk of datasetJsonChunks(dataset)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

function main(args: string[]): number {
  const [input, output, ...extra] = args.filter((arg) => arg !== '--');
  const toArrow = /\.arrow$/i.test(output ?? '');
  if (!input || !output || extra.length > 0 || !(toArrow || /\.json$/i.test(output))) {
    console.error(USAGE);
    return 2;
  }
  let dataset: ReturnType<typeof read>;
  try {
    dataset = read(input);
  } catch (error) {
    say(`${input}: could not be read: ${(error as Error).message}`);
    return 1;
  }
  if (typeof dataset === 'string') {
    say(`${input}: ${dataset}`);
    return 1;
  }
  if (Array.isArray(dataset)) {
    say(`${input}: ${dataset.length} problem${dataset.length === 1 ? '' : 's'}; not converted`);
    for (const problem of dataset) say(formatProblem(problem));
    return 1;
  }
  if (toArrow) writeFileSync(output, datasetToArrow(dataset));
  else writeJson(output, dataset);
  say(`${output}: ${dataset.events.length.toLocaleString('en-US')} events, ${toArrow ? 'columnar (Arrow)' : 'JSON'}`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
