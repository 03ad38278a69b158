import { describe, expect, it } from 'vitest';
import { formatPath } from '../dataset/problems';
import { checkQuotes, type ReadArticle } from './checkQuotes';

const ARTICLES: Record<string, string> = {
  'cnn.txt': [
    'Outlet: CNN',
    'URL: https://example.com/not-in-the-text',
    '---',
    'Talks in Geneva',
    'https://edition.cnn.com/live/',
    'Lavrov said Moscow would take a "hard line" in Geneva. The talks are serious but not an ultimatum, he said.',
  ].join('\n'),
  'tass.txt': 'Peskov said President Putin “gratefully accepted” the invitation.',
};
const read: ReadArticle = (name) => ARTICLES[name] ?? null;

function dataset() {
  return {
    sources: [
      { id: 'cnn', title: 'Talks in Geneva', url: 'https://edition.cnn.com/live', article: 'cnn.txt' },
      { id: 'tass', article: 'tass.txt' },
    ],
    events: [
      {
        id: 'geneva',
        title: 'Lavrov: a "hard line"',
        summary: 'Peskov: Putin "gratefully accepted".',
        claims: [{ id: 'serious', text: 'The talks are "serious"' }],
        excerpts: [
          { source: 'cnn', quote: 'Moscow would take a “hard line” in Geneva' },
          { source: 'cnn', quote: 'The talks are serious ... not an ultimatum' },
          { source: 'tass', quote: 'President Putin "gratefully accepted" the invitation' },
        ],
      },
    ],
  };
}

const lines = (input: unknown) => checkQuotes(input, read).problems.map((p) => `${formatPath(p.path)}: ${p.message}`);

describe('checkQuotes', () => {
  it('passes a dataset whose quotes, URLs, titles and quoted words are all in its articles', () => {
    const result = checkQuotes(dataset(), read);
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({ quotes: 3, urls: 1, titles: 1, passages: 3, articles: 2 });
  });

  it('fails one changed word, naming the JSON path and the closest passage', () => {
    const d = dataset();
    d.events[0]!.excerpts[0]!.quote = 'Moscow would take a “hard stance” in Geneva';
    expect(lines(d)).toEqual([
      'events[0].excerpts[0].quote: not in cnn.txt; closest passage: "Moscow would take a "hard line" in Geneva." (event geneva)',
    ]);
  });

  it('checks a quote against its own source’s article only', () => {
    const d = dataset();
    d.events[0]!.excerpts[2]!.source = 'cnn';
    expect(lines(d)).toEqual([
      expect.stringMatching(/^events\[0\]\.excerpts\[2\]\.quote: not in cnn\.txt; closest passage: /),
    ]);
  });

  it('names the piece of an ellipsis quote that is missing or out of order', () => {
    const d = dataset();
    d.events[0]!.excerpts[1]!.quote = 'The talks are serious ... not an order';
    d.events[0]!.excerpts[0]!.quote = 'not an ultimatum … The talks are serious';
    expect(lines(d)).toEqual([
      'events[0].excerpts[0].quote: piece 2 of 2 ("The talks are serious") is not in cnn.txt after the piece before it (pieces must keep the article\'s order) (event geneva)',
      'events[0].excerpts[1].quote: piece 2 of 2 ("not an order") is not in cnn.txt; closest passage: "not an ultimatum," (event geneva)',
    ]);
  });

  it('refuses pieces too short to prove anything', () => {
    const d = dataset();
    d.events[0]!.excerpts[1]!.quote = 'The talks are serious ... he said';
    expect(lines(d)).toEqual([
      expect.stringContaining('events[0].excerpts[1].quote: the piece "he said" between ellipses is shorter than 8'),
    ]);
  });

  it('requires a source URL and title to be printed in the article text, not only in the curators’ header', () => {
    const d = dataset();
    d.sources[0]!.url = 'https://example.com/not-in-the-text';
    d.sources[0]!.title = 'Talks in Lausanne';
    expect(lines(d)).toEqual([
      'sources[0].url: not printed in cnn.txt; it prints "https://edition.cnn.com/live/"',
      'sources[0].title: not printed in cnn.txt; closest passage: "Talks in Geneva"',
    ]);
  });

  it('checks the words that titles, summaries and claims put in quotation marks, in any article and any case', () => {
    const d = dataset();
    d.events[0]!.title = 'Lavrov: a "HARD LINE" and a "soft line"';
    d.events[0]!.claims[0]!.text = 'The talks are "serious" and "friendly"';
    expect(lines(d)).toEqual([
      'events[0].title: quotes "soft line", which is in no article; closest passage (cnn.txt): ""hard line"" (event geneva)',
      expect.stringMatching(
        /^events\[0\]\.claims\[0\]\.text: quotes "friendly", which is in no article; closest passage/,
      ),
    ]);
  });

  it('checks the words the intro’s dek puts in quotation marks', () => {
    const withIntro = (dek: string) => ({ ...dataset(), intro: { dek } });
    expect(lines(withIntro('Lavrov promised a "hard line".'))).toEqual([]);
    expect(lines(withIntro('Lavrov promised a "firm line".'))).toEqual([
      expect.stringMatching(
        /^intro\.dek: quotes "firm line", which is in no article; closest passage .*\(the intro\)$/,
      ),
    ]);
  });

  it('finds a quoted word in prose only as a whole word, not inside a longer one', () => {
    const d = dataset();
    // "ultimat" is in the article only inside "ultimatum"; "serious" is a word of its own there.
    d.events[0]!.summary = 'The talks were "serious", not an "ultimat".';
    expect(lines(d)).toEqual([
      expect.stringMatching(/^events\[0\]\.summary: quotes "ultimat", which is in no article/),
    ]);
  });

  it('reports missing article files, and sources without one, once each', () => {
    const d = dataset();
    d.sources[1]!.article = 'gone.txt';
    const e = d.events[0]!;
    e.excerpts.push({ source: 'nobody', quote: 'Anything at all' });
    const withoutArticle = { ...d, sources: [d.sources[0], { id: 'tass' }] };
    expect(lines(d)).toEqual([
      'sources[1].article: no article file "gone.txt"',
      'events[0].excerpts[3].quote: no source with id "nobody" (event geneva)',
      // Without the Tass article, the summary's quoted words are in no article left.
      expect.stringMatching(/^events\[0\]\.summary: quotes "gratefully accepted", which is in no article/),
      'sources[1]: its 1 quote cannot be checked without its article',
    ]);
    expect(lines(withoutArticle)).toContain('sources[1]: has no "article" file, so its 1 quote cannot be checked');
  });

  it('reports an article that was not read as its reader says, and never uses or shows its text', () => {
    const d = dataset();
    const unread = '"tass.txt" is a symbolic link: not read';
    const refusing: ReadArticle = (name) => (name === 'tass.txt' ? { unread } : read(name));
    const problems = checkQuotes(d, refusing).problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
    expect(problems).toEqual([
      `sources[1].article: ${unread}`,
      // The summary quotes words only the Tass article holds: it is not searched, nor shown as a closest passage.
      expect.stringMatching(
        /^events\[0\]\.summary: quotes "gratefully accepted", which is in no article; closest passage \(cnn\.txt\)/,
      ),
      'sources[1]: its 1 quote cannot be checked without its article',
    ]);
    expect(checkQuotes(d, refusing).counts.articles).toBe(1);
  });

  it('does not throw on input that is not a dataset', () => {
    expect(checkQuotes(null, read).problems).toEqual([]);
    expect(checkQuotes({ events: [{ excerpts: [{ quote: 5 }] }], sources: 'x' }, read).problems).toEqual([]);
  });
});
