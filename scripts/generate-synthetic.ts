/**
 * npm run generate -- --events 100000 --out FILE [--arrow FILE] [--seed N] [--actors N] [--sides N] [--validate]
 *
 * Writes a synthetic Sourceline dataset (see scripts/synthetic.ts), as JSON, and with --arrow also
 * in its columnar form (an Apache Arrow IPC stream, docs/dataset.md): deterministic from the seed,
 * so the same command always writes the same bytes. `--validate` also checks the result with the
 * app's own validator (slower: a few seconds per 100,000 events). Usage errors exit 2.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { datasetJsonChunks, DEFAULT_SEED, generateDataset, MAX_EVENTS } from './synthetic';

const USAGE = `usage: npm run generate -- --events N --out FILE [--arrow FILE] [--seed N] [--actors N] [--sides N] [--validate]

  --events N    number of events, 0 to ${MAX_EVENTS.toLocaleString('en-US')} (e.g. 100000)
  --out FILE    where to write the dataset JSON (folders are created)
  --arrow FILE  also write the same dataset in its columnar form (Arrow IPC), e.g. events.arrow
  --seed N      PRNG seed, 0 to 4294967295 (default ${DEFAULT_SEED}); same seed, same file
  --actors N    number of actors (default 48, at least 7)
  --sides N     number of sides, i.e. lanes (default 7; more adds "Delegation N" lanes)
  --validate    check the written dataset with src/dataset/validate.ts

example: npm run generate -- --events 100000 --out /tmp/events-100000.json --seed 7`;

function usage(message: string): never {
  console.error(`generate-synthetic: ${message}\n\n${USAGE}`);
  process.exit(2);
}

interface Args {
  events: number;
  out: string;
  arrow: string | undefined;
  seed: number;
  actors: number | undefined;
  sides: number | undefined;
  validate: boolean;
}

function parseArgs(argv: string[]): Args {
  const values = new Map<string, string>();
  let validate = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (arg === '--validate') {
      validate = true;
      continue;
    }
    const match = /^--(events|out|arrow|seed|actors|sides)(?:=(.*))?$/.exec(arg);
    if (!match) usage(`unknown argument "${arg}"`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) usage(`--${match[1]} needs a value`);
    values.set(match[1]!, value);
  }
  const integer = (name: string, min: number, max: number): number | undefined => {
    const text = values.get(name);
    if (text === undefined) return undefined;
    const clean = text.replace(/_/g, '');
    if (!/^\d+$/.test(clean) || Number(clean) < min || Number(clean) > max) {
      usage(`--${name} must be an integer from ${min} to ${max.toLocaleString('en-US')}, got "${text}"`);
    }
    return Number(clean);
  };
  const events = integer('events', 0, MAX_EVENTS);
  if (events === undefined) usage('--events is required');
  const out = values.get('out');
  if (!out) usage('--out is required');
  return {
    events,
    out,
    arrow: values.get('arrow'),
    seed: integer('seed', 0, 0xffffffff) ?? DEFAULT_SEED,
    actors: integer('actors', 7, 10_000),
    sides: integer('sides', 7, 100_000),
    validate,
  };
}

const args = parseArgs(process.argv.slice(2));
const started = performance.now();
const dataset = generateDataset({ events: args.events, seed: args.seed, actors: args.actors, sides: args.sides });
const generated = performance.now();

const path = resolve(args.out);
let bytes = 0;
try {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    for (const chunk of datasetJsonChunks(dataset)) {
      const buffer = Buffer.from(chunk, 'utf8');
      writeSync(fd, buffer);
      bytes += buffer.length;
    }
  } finally {
    closeSync(fd);
  }
} catch (error) {
  console.error(`generate-synthetic: cannot write ${args.out}: ${(error as Error).message}`);
  process.exit(1);
}
if (args.arrow) {
  const { datasetToArrow } = await import('../src/io/columnar');
  const arrowPath = resolve(args.arrow);
  try {
    mkdirSync(dirname(arrowPath), { recursive: true });
    const bytes = datasetToArrow(dataset);
    writeFileSync(arrowPath, bytes);
    console.log(`${args.arrow}: the same, columnar (Arrow), ${(bytes.length / 1e6).toFixed(1)} MB`);
  } catch (error) {
    console.error(`generate-synthetic: cannot write ${args.arrow}: ${(error as Error).message}`);
    process.exit(1);
  }
}
const written = performance.now();
console.log(
  `${args.out}: ${args.events.toLocaleString('en-US')} events, ${dataset.actors.length} actors, ${dataset.sources.length} sources, ` +
    `${(bytes / 1e6).toFixed(1)} MB (seed ${args.seed}; generated in ${((generated - started) / 1000).toFixed(1)} s, ` +
    `written in ${((written - generated) / 1000).toFixed(1)} s)`,
);

if (args.validate) {
  const { validateDataset } = await import('../src/dataset/validate');
  const { formatProblem } = await import('../src/dataset/problems');
  const { readFileSync } = await import('node:fs');
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (result.ok) {
    console.log(`${args.out}: valid (checked in ${((performance.now() - written) / 1000).toFixed(1)} s)`);
  } else {
    console.error(`${args.out}: ${result.problems.length} problems, e.g.:`);
    for (const problem of result.problems.slice(0, 20)) console.error(formatProblem(problem));
    process.exit(1);
  }
}
