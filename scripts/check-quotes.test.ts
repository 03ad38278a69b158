/**
 * `npm run check-quotes -- DATASET [--articles DIR]` on files on disk, judged by its exit code and
 * what it prints. Its main function runs in-process; one test runs the real command, for the exit
 * code a shell sees.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
      /: \d+ quotes, 1 URL, \d+ source titles and \d+ quoted passages in titles, summaries, claims and the intro, checked against 5 articles in .*data\/articles: 0 problems$/,
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

  describe('reads only regular files inside the articles folder, and never prints one it refused', () => {
    /** A dataset folder with one source whose article is `name`, quoted by `quote`, and its articles/ folder. */
    function folderWith(folder: string, name: string, quote: string) {
      const base = join(dir, folder);
      mkdirSync(join(base, 'articles'), { recursive: true });
      const dataset = join(base, 'events.json');
      writeFileSync(
        dataset,
        JSON.stringify({
          sources: [{ id: 'src', article: name }],
          events: [{ id: 'e', excerpts: [{ source: 'src', quote }] }],
        }),
      );
      return { dataset, articles: join(base, 'articles'), article: join(base, 'articles', name) };
    }
    const refusal = (name: string, what: string, articles: string) =>
      `sources[0].article: "${name}" ${what}: not read (an article file must be a regular file inside ${articles})`;
    /** What a file holds, as lines long enough to be recognised if any were printed. */
    const linesOf = (path: string) =>
      readFileSync(path, 'utf8')
        .split(/[\n\0]/)
        .filter((line) => line.length >= 8);

    it('a link to /etc/passwd: refused, so its line cannot prove a quote, and nothing of it is printed', () => {
      const { dataset, articles, article } = folderWith('passwd', 'passwd.txt', 'root:x:0:0:root');
      symlinkSync('/etc/passwd', article);
      const run = checkQuotes(dataset);
      expect(run.lines).toEqual([
        refusal('passwd.txt', 'is a symbolic link', articles),
        'sources[0]: its 1 quote cannot be checked without its article',
        expect.stringMatching(/: 1 quote, .* checked against 0 articles in .*: 2 problems$/),
      ]);
      expect(run.code).toBe(1);
      const printed = run.lines.join('\n');
      for (const line of linesOf('/etc/passwd')) expect(printed).not.toContain(line);
      expect(printed).not.toContain('/etc/passwd');
    });

    it('a link to /proc/self/environ: refused, and no variable of the environment is printed', () => {
      const { dataset, articles, article } = folderWith('environ', 'environ.txt', 'PATH=/usr/local/bin');
      symlinkSync('/proc/self/environ', article);
      const run = checkQuotes(dataset);
      expect(run.lines[0]).toBe(refusal('environ.txt', 'is a symbolic link', articles));
      expect(run.code).toBe(1);
      const printed = run.lines.join('\n');
      for (const variable of linesOf('/proc/self/environ')) expect(printed).not.toContain(variable);
    });

    it('even a link to an article beside it; a FIFO or a folder is refused at once (no hang)', () => {
      const link = folderWith('beside', 'link.txt', 'a quote of some length');
      writeFileSync(join(link.articles, 'real.txt'), 'a quote of some length');
      symlinkSync(join(link.articles, 'real.txt'), link.article);
      expect(checkQuotes(link.dataset).lines[0]).toBe(refusal('link.txt', 'is a symbolic link', link.articles));

      const fifo = folderWith('fifo', 'pipe.txt', 'a quote of some length');
      execFileSync('mkfifo', [fifo.article]);
      expect(checkQuotes(fifo.dataset).lines[0]).toBe(
        refusal('pipe.txt', 'is a named pipe (FIFO), not a regular file', fifo.articles),
      );

      const folder = folderWith('folder', 'folder.txt', 'a quote of some length');
      mkdirSync(folder.article);
      expect(checkQuotes(folder.dataset).lines[0]).toBe(
        refusal('folder.txt', 'is a directory, not a regular file', folder.articles),
      );
    });

    it('the articles folder itself may be a link: it is the files in it that must be regular', () => {
      const { dataset, articles } = folderWith('linked-folder', 'a.txt', 'a quote of some length');
      rmSync(articles, { recursive: true });
      mkdirSync(join(dir, 'real-articles'));
      writeFileSync(join(dir, 'real-articles', 'a.txt'), 'It was a quote of some length, in full.');
      symlinkSync(join(dir, 'real-articles'), articles);
      const run = checkQuotes(dataset);
      expect(run.lines).toEqual([expect.stringMatching(/checked against 1 article in .*: 0 problems$/)]);
      expect(run.code).toBe(0);
    });

    it("an article over the app's limit is not read", () => {
      const { dataset, article } = folderWith('big', 'big.txt', 'a quote of some length');
      writeFileSync(article, 'a quote of some length '.repeat(250_000));
      expect(checkQuotes(dataset).lines[0]).toBe(
        'sources[0].article: "big.txt" was not read: The file is too large to open: the limit is 4.8 MB, and it is 5.5 MB.',
      );
    });
  });

  it("reads articles and datasets with the app's decoder: a Windows-1252 article passes, with a note", () => {
    const base = join(dir, 'cp1252');
    mkdirSync(join(base, 'articles'), { recursive: true });
    const dataset = join(base, 'events.json');
    // UTF-16 with a byte-order mark, as some editors save: the same decoder reads it.
    const json = JSON.stringify({
      sources: [{ id: 'src', article: 'zurich.txt' }],
      events: [{ id: 'e', excerpts: [{ source: 'src', quote: 'the mayor of Zürich said “ça suffit”' }] }],
    });
    writeFileSync(dataset, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    // Windows-1252: ü is 0xFC, the curly quotes 0x93 and 0x94, ç 0xE7.
    const article = Buffer.from('On Monday the mayor of Z\u00fcrich said \u0093\u00e7a suffit\u0094.', 'latin1');
    expect([...article.subarray(23, 26)]).toEqual([0x5a, 0xfc, 0x72]);
    writeFileSync(join(base, 'articles', 'zurich.txt'), article);
    const run = capture(main, [dataset]);
    expect(run.stdout).toMatch(/^\S+events\.json: 1 quote, .*checked against 1 article in .*: 0 problems\n$/);
    expect(run.stderr).toContain('zurich.txt: note: This file is not UTF-8, so it was read as Windows-1252');
    expect(run.code).toBe(0);
  });

  it('says how to use it, and what is wrong with a file it cannot read', () => {
    expect(checkQuotes()).toMatchObject({ code: 2, lines: [expect.stringMatching(/^usage: npm run check-quotes/)] });
    expect(checkQuotes(bundledPath, '--articles')).toMatchObject({ code: 2 });
    expect(checkQuotes(join(dir, 'missing.json'))).toMatchObject({
      code: 2,
      lines: [expect.stringMatching(/missing\.json: cannot read the file \(no such file\)/)],
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
