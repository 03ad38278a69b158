/**
 * `npm run check-quotes -- DATASET [--articles DIR]` on files on disk, judged by its exit code and
 * what it prints. Its main function runs in-process; one test runs the real command, for the exit
 * code a shell sees.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, spawnScript } from './cli/capture.test-utils';
import { main } from './cli/checkQuotes';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundledPath = join(root, 'data', 'events.json');
const articlesPath = join(root, 'data', 'articles');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourceline-quotes-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function checkQuotes(...args: string[]) {
  const { code, lines } = capture(main, args);
  return { code, lines };
}

interface Dataset {
  sources: { id: string; article?: string }[];
  events: { id: string; excerpts: { source: string; quote: string }[] }[];
}
const bundled = (): Dataset => JSON.parse(readFileSync(bundledPath, 'utf8'));

describe('npm run check-quotes', () => {
  it('passes the bundled dataset: every quote, URL, title and quoted word is in its articles', () => {
    const run = checkQuotes(bundledPath);
    expect(run.lines.at(-1)).toMatch(
      /: \d+ quotes, 1 URL, \d+ source titles and \d+ quoted passages in titles, summaries and claims, checked against 5 articles in .*data\/articles: 0 problems$/,
    );
    expect(run.lines).toHaveLength(1);
    expect(run.code).toBe(0);
  });

  it('fails a dataset with one changed word, naming the JSON path and the passage the quote should match', () => {
    const dataset = bundled();
    const e = dataset.events.findIndex((event) => event.id === '2022-01-27-biden-zelensky-call');
    const x = dataset.events[e]!.excerpts.findIndex((excerpt) =>
      excerpt.quote.includes('Reports of anything more or different than that are completely false'),
    );
    const excerpt = dataset.events[e]!.excerpts[x]!;
    excerpt.quote = excerpt.quote.replace('completely false', 'entirely false');
    const file = join(dir, 'one-word.json');
    writeFileSync(file, JSON.stringify(dataset, null, 2));

    const run = checkQuotes(file, '--articles', articlesPath);
    const source = dataset.sources.find((s) => s.id === excerpt.source)!;
    // Whatever else the bundled dataset holds, the one changed word is one more problem, named by its path.
    const before = new Set(checkQuotes(bundledPath).lines);
    expect(run.lines.filter((line) => !before.has(line))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^events\\[${e}\\]\\.excerpts\\[${x}\\]\\.quote: not in ${source.article!.replace('.', '\\.')}; closest passage: ".*completely false[."]* \\(event 2022-01-27-biden-zelensky-call\\)$`,
        ),
      ),
      expect.stringMatching(/: \d+ problems?$/),
    ]);
    expect(run.lines.at(-1)).toMatch(new RegExp(`: ${before.size} problems?$`));
    expect(run.code).toBe(1);
  });

  it('looks for the articles beside the dataset unless told where', () => {
    const file = join(dir, 'elsewhere.json');
    cpSync(bundledPath, file);
    const run = checkQuotes(file);
    expect(
      run.lines.filter((line) => /^sources\[\d\]\.article: no article file "[^"]+\.txt"$/.test(line)),
    ).toHaveLength(5);
    expect(run.code).toBe(1);

    cpSync(articlesPath, join(dir, 'articles'), { recursive: true });
    // With the articles beside it, the copy reads exactly as the bundled dataset does.
    const beside = checkQuotes(file);
    expect(beside.lines.slice(0, -1)).toEqual(checkQuotes(bundledPath).lines.slice(0, -1));
    expect(beside.lines.filter((line) => line.includes('no article file'))).toEqual([]);
  });

  it('says how to use it, and what is wrong with a file it cannot read', () => {
    expect(checkQuotes()).toMatchObject({ code: 2, lines: [expect.stringMatching(/^usage: npm run check-quotes/)] });
    expect(checkQuotes(bundledPath, '--articles')).toMatchObject({ code: 2 });
    expect(checkQuotes(join(dir, 'missing.json'))).toMatchObject({
      code: 2,
      lines: [expect.stringMatching(/missing\.json: cannot read the file \(ENOENT\)/)],
    });
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"events": [');
    expect(checkQuotes(broken)).toMatchObject({
      code: 2,
      lines: [expect.stringMatching(/not valid JSON: line 1, column/)],
    });
  });

  it('as a command: exits 1 on a problem and 2 when it cannot run', { timeout: 60_000 }, () => {
    const alone = join(dir, 'alone');
    mkdirSync(alone);
    const file = join(alone, 'spawned.json');
    cpSync(bundledPath, file); // no articles beside it
    const command = (...args: string[]) => spawnScript('check-quotes.ts', args);
    const failed = command(file);
    expect(failed.error).toBeUndefined();
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^sources\[0\]\.article: no article file /);
    expect(failed.stdout).toMatch(/: \d+ problems\n$/);
    const usage = command();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^usage: npm run check-quotes/);
  });
});
