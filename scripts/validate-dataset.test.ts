/**
 * The `npm run validate -- FILE...` command on files on disk, judged by its exit code and what it
 * prints. Its main function runs in-process (spawning a process per case cost seconds each); one
 * test runs the real command, for the exit code a shell sees.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, spawnScript } from './cli/capture.test-utils';
import { main } from './cli/validateDataset';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourceline-validate-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const validate = (...args: string[]) => capture(main, args);

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content, null, 2),
  );
  return path;
}

/** The run exits 1 and prints the file's count of problems, then each problem on its own line. */
function expectProblems(run: ReturnType<typeof validate>, count: string, problems: string[]): void {
  expect(run.code).toBe(1);
  expect(run.lines).toEqual([count, ...problems]);
}

function validDataset() {
  return {
    title: 'T',
    sides: [{ id: 'us', name: 'United States' }],
    sources: [{ id: 'cnn', outlet: 'CNN', kind: 'live-blog', url: 'https://edition.cnn.com/live' }],
    actors: [{ id: 'biden', name: 'Joe Biden', side: 'us' }],
    events: [
      {
        id: 'call',
        title: 'Call',
        type: 'call',
        status: 'occurred',
        start: '2022-01-27',
        actors: ['biden'],
        excerpts: [{ source: 'cnn', quote: 'They spoke.' }],
      },
      {
        id: 'briefing',
        title: 'Briefing',
        type: 'briefing',
        status: 'occurred',
        start: '2022-01-28',
        actors: [],
        excerpts: [{ source: 'cnn', quote: 'A briefing.' }],
      },
    ],
  };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe('npm run validate', () => {
  it('exits 0 and says "valid" for a valid dataset', () => {
    const path = file('valid.json', validDataset());
    const run = validate(path);
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]!.startsWith(`${path}: valid (`)).toBe(true);
    expect(run.lines[0]).toMatch(/: valid \(2 events, 1 actors?, 1 sources?\)$/);
    expect(run.stderr).toBe('');
  });

  it('accepts the `--` that npm passes through', () => {
    const run = validate('--', file('valid-dashes.json', validDataset()));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/: valid \(/);
  });

  it('accepts the bundled dataset', () => {
    const run = validate('data/events.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^data\/events\.json: valid \(\d+ events, \d+ actors, \d+ sources\)$/m);
  });

  it('exits 1 and prints every problem on its own line, starting with its JSON path', () => {
    const dataset = validDataset() as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    dataset.events[0].actors = ['ghost'];
    dataset.events[1].start = '2022-13';
    dataset.sources[0].url = 'javascript:alert(1)';
    const path = file('broken.json', dataset);
    const run = validate(path);
    expectProblems(run, `${path}: 3 problems`, [
      'sources[0].url: must be an http:// or https:// URL',
      'events[0].actors[0]: no actor with id "ghost"',
      'events[1].start: "2022-13" has no month 13',
    ]);
    noStackTrace(run.stdout + run.stderr);
  });

  it('says "1 problem", singular', () => {
    const dataset = validDataset() as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    dataset.events[0].actors = ['ghost'];
    const run = validate(file('one-problem.json', dataset));
    expect(run.code).toBe(1);
    expect(run.lines[0]).toMatch(/one-problem\.json: 1 problem$/);
    expect(run.lines.slice(1)).toEqual(['events[0].actors[0]: no actor with id "ghost"']);
  });

  it('exits 1 and gives the line and column of a truncated file', () => {
    const text = JSON.stringify(validDataset(), null, 2);
    const cut = text.slice(0, text.indexOf('"actors": [') + '"actors": ['.length);
    const lines = cut.split('\n');
    const path = file('truncated.json', cut);
    const run = validate(path);
    expectProblems(run, `${path}: 1 problem`, [
      `line ${lines.length}, column ${lines.at(-1)!.length + 1}: malformed JSON: expected "]" (the file may be cut short)`,
    ]);
    noStackTrace(run.stdout + run.stderr);
  });

  it('exits 1 for an empty file', () => {
    const run = validate(file('empty.json', ''));
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toBe('line 1, column 1: malformed JSON: the file is empty');
  });

  it('exits 1 with one clear line and no stack trace for a missing file', () => {
    const missing = join(dir, 'does-not-exist.json');
    const run = validate(missing);
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([`${missing}: cannot read the file: no such file`]);
    noStackTrace(run.stdout + run.stderr);
  });

  it('exits 1 with one clear line for a directory', () => {
    const run = validate(dir);
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([`${dir}: cannot read the file: is a directory`]);
  });

  it('checks every file it is given and fails if any fails', () => {
    const good = file('good.json', validDataset());
    const missing = join(dir, 'missing.json');
    const run = validate(good, missing);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${good}: valid`);
    expect(run.stderr).toContain(`${missing}: cannot read the file: no such file`);
  });

  it('never prints a dataset\'s control codes raw: a value cannot clear the screen or fake a "valid" line', () => {
    const dataset = validDataset() as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    const fake = `ghost"\n\u001b[2K\r${dir}/other.json: valid (2 events, 1 actor, 1 source)\u202e`;
    dataset.events[0].actors = [fake];
    const path = file('control-codes.json', dataset);
    const run = validate(path);
    expectProblems(run, `${path}: 2 problems`, [
      'events[0].actors[0]: must be an id: letters, digits and - _ . : only, starting with a letter or digit',
      `events[0].actors[0]: no actor with id "ghost"\\u000a\\u001b[2K\\u000d${dir}/other.json: valid (2 events, 1 actor, 1 source)\\u202e"`,
    ]);
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('a file nested a million levels deep: line and column, no stack trace', () => {
    const path = file('deep.json', `{"title": "x", "junk": ${'['.repeat(1_000_000)}`);
    const run = validate(path);
    expectProblems(run, `${path}: 1 problem`, [
      'line 1, column 1023: malformed JSON: nested more than 1,000 levels deep',
    ]);
    noStackTrace(run.stdout + run.stderr);
  });

  it('reads encodings as the app does: a note for Windows-1252, a clear refusal for two byte-order marks', () => {
    const text = JSON.stringify({ ...validDataset(), title: 'Zürich' });
    const latin = file('latin.json', Buffer.from(text, 'latin1'));
    const run = validate(latin);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${latin}: note: This file is not UTF-8, so it was read as Windows-1252`);
    expect(run.stdout).toContain(`${latin}: valid (`);

    const twoBoms = file('two-boms.json', `\ufeff\ufeff${text}`);
    const refused = validate(twoBoms);
    expect(refused.code).toBe(1);
    expect(refused.lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${twoBoms.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot be read as text: It starts with two byte-order marks`,
        ),
      ),
    ]);
  });

  it("refuses a file over the app's limit by its size, before reading a byte, and says how to raise it", () => {
    // 600 MB without using the disk: a sparse file. "it is 600 MB" can only come from the file's
    // size as the system reports it; a limit applied while reading would say "more than that".
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 600 * 1024 * 1024);
    const run = validate(huge);
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      `${huge}: The file is too large to open: the limit is 200 MB, and it is 600 MB. (--max-size MB raises the limit)`,
    ]);
    expect(run.stdout).toBe('');
  });

  it('reads a stream (a device, a pipe) only up to the limit', () => {
    // /dev/zero never ends: without a limit while reading, this would never return.
    const run = validate('--max-size', '1', '/dev/zero');
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      '/dev/zero: The file is too large to open: the limit is 1.0 MB, and it is more than that. (--max-size MB raises the limit)',
    ]);
  });

  it('--max-size raises or lowers the limit, and a bad value is a usage error', () => {
    const padded = file('padded.json', JSON.stringify(validDataset()) + ' '.repeat(2 * 1024 * 1024));
    expect(validate('--max-size', '1', padded).lines).toEqual([
      `${padded}: The file is too large to open: the limit is 1.0 MB, and it is 2.0 MB. (--max-size MB raises the limit)`,
    ]);
    const raised = validate('--max-size=3', padded);
    expect(raised.code).toBe(0);
    expect(raised.stdout).toMatch(/padded\.json: valid \(/);
    for (const args of [['--max-size'], ['--max-size', 'lots', padded], ['--max-size=0', padded]]) {
      const run = validate(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^--max-size needs a size in MB/);
    }
    expect(validate('--frobnicate', padded)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^unknown option --frobnicate/),
    });
  });

  it('exits 2 with a usage line when given no file', () => {
    for (const args of [[], ['--']]) {
      const run = validate(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^usage: npm run validate -- \[--max-size MB\] FILE\.\.\./);
      expect(run.stdout).toBe('');
    }
  });

  it('as a command: prints the problems and exits 1, or exits 0', { timeout: 60_000 }, () => {
    const dataset = validDataset() as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    dataset.events[0].actors = ['ghost'];
    const broken = file('spawned-broken.json', dataset);
    const command = (path: string) => spawnScript('validate-dataset.ts', [path]);
    const failed = command(broken);
    expect(failed.error).toBeUndefined();
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe(`${broken}: 1 problem\nevents[0].actors[0]: no actor with id "ghost"\n`);
    expect(command(file('spawned-valid.json', validDataset())).status).toBe(0);
  });
});
