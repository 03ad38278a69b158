import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerField, parseArticleFile } from './articleFile';

describe('parseArticleFile', () => {
  it('splits the header from the article text at the first "---" line', () => {
    const file = parseArticleFile('Outlet: CNN\nDate: 2022-01-27\n---\nFirst line.\n---\nStill the article.');
    expect(file.header).toEqual([
      ['Outlet', 'CNN'],
      ['Date', '2022-01-27'],
    ]);
    expect(file.text).toBe('First line.\n---\nStill the article.');
    expect(headerField(file, 'outlet')).toBe('CNN');
    expect(headerField(file, 'URL')).toBeUndefined();
  });

  it('keeps the article text exactly, leading space and missing final newline included', () => {
    expect(parseArticleFile('Outlet: X\n---\n date 2022 text').text).toBe(' date 2022 text');
    expect(parseArticleFile('Outlet: X\r\n---\r\nA\r\nB').text).toBe('A\r\nB');
  });

  it('reads a file without a header as all article text', () => {
    const plain = 'President Biden had a phone call.\n---\nMore.';
    expect(parseArticleFile(plain)).toEqual({ header: [], text: plain });
    // A "Key: value" line that is not followed by "---" is the article's own first line.
    expect(parseArticleFile('Update: talks resumed\nSecond line.')).toEqual({
      header: [],
      text: 'Update: talks resumed\nSecond line.',
    });
  });

  it('drops a byte-order mark', () => {
    expect(parseArticleFile('\ufeffOutlet: X\n---\nText').text).toBe('Text');
  });
});

describe('the bundled article files', () => {
  const folder = new URL('../../data/articles/', import.meta.url);
  const names = readdirSync(folder).filter((name) => name.endsWith('.txt'));

  it('are the five articles the dataset was curated from', () => {
    expect(names).toHaveLength(5);
  });

  it.each(names)('%s has a header, and its text is byte for byte what was received (SHA-256)', (name) => {
    const file = parseArticleFile(readFileSync(new URL(name, folder), 'utf8'));
    expect(headerField(file, 'Outlet')).toBeTruthy();
    expect(headerField(file, 'Date')).toMatch(/^\d{4}(-\d{2}){0,2}\b/);
    const sha = headerField(file, 'SHA-256 of the text below');
    expect(createHash('sha256').update(file.text, 'utf8').digest('hex')).toBe(sha);
  });
});
