import { unzipSync, strFromU8, zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseArticleFile, headerField } from '../articles/articleFile';
import { makeArticle } from './articleText';
import { runChecks } from './checkJob';
import { requestOf } from './draftChecks';
import { replaceArticleText } from './datasetEdits';
import { buildZip, openZip } from './publishZip';
import { ARTICLE_A, twoArticleDraft } from './testing.test-utils';

describe('the published zip', () => {
  it('holds events.json, the article files and a README', async () => {
    const files = unzipSync(buildZip(await twoArticleDraft()));
    expect(Object.keys(files).sort()).toEqual([
      'README.md',
      'articles/daily-a-2022-01-27.txt',
      'articles/weekly-b-2022-01-28.txt',
      'events.json',
    ]);
  });

  it('writes each article under the header of data/articles/, its text exactly, with its SHA-256', async () => {
    const files = unzipSync(buildZip(await twoArticleDraft()));
    const article = parseArticleFile(strFromU8(files['articles/daily-a-2022-01-27.txt']!));
    expect(article.text).toBe(ARTICLE_A);
    expect(headerField(article, 'Outlet')).toBe('Daily A');
    expect(headerField(article, 'Date')).toBe('2022-01-27');
    expect(headerField(article, 'SHA-256 of the text below')).toBe((await makeArticle('', ARTICLE_A, '')).sha256);
  });

  it('passes the validator and the quote proof (the CLIs\u2019 code) when the draft is complete', async () => {
    const data = await twoArticleDraft();
    expect(runChecks(requestOf(1, data)).problems).toEqual([]);
  });

  it('opens again as the same draft, and writes the same bytes again', async () => {
    const data = await twoArticleDraft();
    const zip = buildZip(data);
    const opened = await openZip(zip);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.data.dataset).toEqual(data.dataset);
    expect(opened.data.articles.map((a) => [a.file, a.text, a.sha256])).toEqual(
      data.articles.map((a) => [a.file, a.text, a.sha256]),
    );
    expect(buildZip(opened.data)).toEqual(zip);
  });

  it('keeps notes the curators wrote in an article\u2019s header', async () => {
    const data = await twoArticleDraft();
    const files = unzipSync(buildZip(data));
    const path = 'articles/daily-a-2022-01-27.txt';
    const content = strFromU8(files[path]!).replace('Date: 2022-01-27', 'Date: 2022-01-27 (printed as "27.01.2022")');
    const opened = await openZip(zipSync({ ...files, [path]: strToU8(content) }));
    if (!opened.ok) throw new Error(opened.message);
    expect(strFromU8(unzipSync(buildZip(opened.data))[path]!)).toBe(content);
  });

  it('refuses what is not a published dataset, saying why', async () => {
    expect(await openZip(strToU8('not a zip'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a zip'),
    });
    expect(await openZip(zipSync({ 'notes.txt': strToU8('hello') }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('no events.json'),
    });
    expect(await openZip(zipSync({ 'events.json': strToU8('{"title": ') }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('line 1'),
    });
  });
});

describe('an article text replaced after quotes were taken from it', () => {
  it('keeps the quotes and flags each one the new text does not hold, with the closest passage', async () => {
    const data = await twoArticleDraft();
    const changed = ARTICLE_A.replace('warm and productive', 'warm and useful');
    const next = replaceArticleText(data, 0, await makeArticle('', changed, 'edited'));
    expect(next.dataset.events[0]!.excerpts[0]!.quote).toBe(data.dataset.events[0]!.excerpts[0]!.quote);
    const problems = runChecks(requestOf(1, next)).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: ['events', 0, 'excerpts', 0, 'quote'],
      message: expect.stringContaining('closest passage: "The president said the call was "warm and useful"'),
    });
  });
});
