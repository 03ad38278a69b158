import { describe, expect, it } from 'vitest';
import { findInArticle } from './articleContextJob';

const ARTICLE = 'Outlet: Test\n---\nThe talks began. The mayor of Zürich said “ça suffit” on Monday. Then they ended.';

describe('findInArticle', () => {
  it('finds a quote in an article’s bytes, the header set apart', () => {
    const reply = findInArticle({ article: { bytes: new TextEncoder().encode(ARTICLE) }, quote: 'said "ça suffit"' });
    expect(reply.kind).toBe('found');
    const passage = reply.kind === 'found' ? reply.context.passages[0]! : null;
    expect(passage?.segments.find((segment) => segment.quoted)?.text).toBe('said “ça suffit”');
    expect(passage?.segments.map((segment) => segment.text).join('')).not.toContain('Outlet:');
  });

  it('reads the bytes with the decoder every file goes through: a Windows-1252 article is found', () => {
    // ü is 0xFC and the curly quotes 0x93/0x94 in Windows-1252; read as UTF-8 these bytes are not text.
    const bytes = Uint8Array.from(
      [...'The mayor of Z']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0xfc],
          [...'rich said '].map((c) => c.charCodeAt(0)),
          [0x93, 0x68, 0x69, 0x94],
        ),
    );
    expect(findInArticle({ article: { bytes }, quote: 'The mayor of Zürich said “hi”' }).kind).toBe('found');
  });

  it('says when the article does not hold the quote, and why it cannot read a file that is not text', () => {
    expect(findInArticle({ article: { text: ARTICLE }, quote: 'words that are nowhere' })).toEqual({ kind: 'absent' });
    const binary = findInArticle({ article: { bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]) }, quote: 'x' });
    expect(binary).toEqual({ kind: 'unreadable', message: expect.stringMatching(/^It is a ZIP archive, not text/) });
  });
});
