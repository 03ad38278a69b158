import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, linkHost, quoteUrl, textDirective } from './textFragment';

const CNN = 'https://edition.cnn.com/europe/live-news/ukraine-russia-news-01-27-22/';

/** The terms of a directive, decoded: what the browser will look for. */
function terms(directive: string | null): string[] {
  expect(directive).not.toBeNull();
  expect(directive!.startsWith('text=')).toBe(true);
  return directive!.slice('text='.length).split(',').map(decodeURIComponent);
}

describe('encodeFragmentTerm', () => {
  it('percent-encodes the characters the spec reserves: dash, comma and ampersand', () => {
    expect(encodeFragmentTerm('Biden-Zelensky, Putin & co')).toBe('Biden%2DZelensky%2C%20Putin%20%26%20co');
  });

  it('percent-encodes what a fragment cannot hold, including # and %, and non-ASCII as UTF-8', () => {
    expect(encodeFragmentTerm('100% #1 "a"')).toBe('100%25%20%231%20%22a%22');
    expect(encodeFragmentTerm('Erdoğan')).toBe('Erdo%C4%9Fan');
  });

  it('leaves letters, digits and unreserved marks alone', () => {
    expect(encodeFragmentTerm("It's A.B_c~d")).toBe("It's%20A.B_c~d");
  });

  it('decodes back to the term, for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const encoded = encodeFragmentTerm(text);
        expect(encoded).not.toMatch(/[-,&#\s]/);
        expect(decodeURIComponent(encoded)).toBe(text);
      }),
    );
  });
});

describe('textDirective', () => {
  it('matches a short quote whole', () => {
    expect(textDirective('The White House disputes that characterization.')).toBe(
      'text=The%20White%20House%20disputes%20that%20characterization.',
    );
  });

  it('matches a long quote by its first and last five words (textStart,textEnd)', () => {
    const quote =
      'Biden told Zelensky that US officials feel an invasion could potentially happen in February but did not say that it definitely would, the official said.';
    expect(terms(textDirective(quote))).toEqual([
      'Biden told Zelensky that US',
      'definitely would, the official said.',
    ]);
    // The comma inside the end term is encoded, so it cannot split the directive.
    expect(textDirective(quote)).toBe(
      'text=Biden%20told%20Zelensky%20that%20US,definitely%20would%2C%20the%20official%20said.',
    );
  });

  it('eleven words: the two ends do not overlap', () => {
    const quote = 'one two three four five six seven eight nine ten eleven';
    expect(terms(textDirective(quote))).toEqual(['one two three four five', 'seven eight nine ten eleven']);
  });

  it('spans an omission: from the words before the first "..." to the words after the last', () => {
    const quote =
      'nothing is off the table when it comes to sanctions including killing the mooted ... Nord Stream 2 pipeline and removing Russia from SWIFT';
    expect(terms(textDirective(quote))).toEqual(['nothing is off the table', 'and removing Russia from SWIFT']);
    expect(terms(textDirective('We will respond … [...] decisively'))).toEqual(['We will respond', 'decisively']);
  });

  it('collapses white space and line breaks, which the page renders as single spaces', () => {
    expect(terms(textDirective('  A   call\n\ntook   place.  '))).toEqual(['A call took place.']);
  });

  it('drops direction and zero-width controls and lone surrogates, which no page text contains', () => {
    expect(terms(textDirective('\u202eevil\u202c in\u200btext \ud800'))).toEqual(['evil intext']);
  });

  it('gives nothing for a quote with no words', () => {
    expect(textDirective('   ')).toBeNull();
    expect(textDirective('…')).toBeNull();
  });

  it('keeps the directive short for a huge quote without spaces', () => {
    const directive = textDirective('x'.repeat(1_000_000))!;
    expect(directive.length).toBeLessThan(200);
    expect(textDirective(`${'😀'.repeat(100_000)}`)!.length).toBeLessThan(2_000);
  });

  it('encodes the dashes of a quote, so a term is never read as a prefix or suffix', () => {
    expect(textDirective('-- a -b c- --')).toBe('text=%2D%2D%20a%20%2Db%20c%2D%20%2D%2D');
  });
});

describe('quoteUrl', () => {
  it('appends the text directive to the article URL', () => {
    expect(quoteUrl(CNN, 'The White House disputes it.')).toBe(`${CNN}#:~:text=The%20White%20House%20disputes%20it.`);
  });

  it('keeps a fragment the URL already has, and replaces a text directive it already has', () => {
    expect(quoteUrl('https://a.example/x#post-3', 'Hello world')).toBe(
      'https://a.example/x#post-3:~:text=Hello%20world',
    );
    expect(quoteUrl('https://a.example/x#:~:text=old', 'new words')).toBe('https://a.example/x#:~:text=new%20words');
  });

  it('leaves the URL alone when the quote has no words', () => {
    expect(quoteUrl(CNN, ' ')).toBe(CNN);
  });

  it('is still a URL of the same site', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (quote) => {
        const url = new URL(quoteUrl(CNN, quote));
        expect(url.host).toBe('edition.cnn.com');
        expect(url.pathname).toBe('/europe/live-news/ukraine-russia-news-01-27-22/');
      }),
    );
  });
});

describe('linkHost', () => {
  it('gives the host a link leads to', () => {
    expect(linkHost(CNN)).toBe('edition.cnn.com');
    expect(linkHost('https://user:pw@news.example:8080/a')).toBe('news.example');
  });

  it('shows an international or look-alike name in punycode, as it really is', () => {
    // "cnn" written with a Cyrillic "с".
    const host = linkHost('https://\u0441nn.com/')!;
    expect(host).toMatch(/^xn--[a-z0-9-]+\.com$/);
    expect(host).not.toBe('cnn.com');
  });

  it('gives null for what is not a URL', () => {
    expect(linkHost('not a url')).toBeNull();
  });
});
