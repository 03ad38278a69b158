import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, searchTerms } from './fold';
import { matchRanges } from './highlight';

/** The marked parts of `text` for `query`, as the reader would see them. */
const marked = (text: string, query: string) => matchRanges(text, searchTerms(query)).map(([a, b]) => text.slice(a, b));

describe('matchRanges', () => {
  it('marks the beginnings of words that a query word begins, as the search matches them', () => {
    expect(marked('Psaki describes a Russian invasion as possibly "imminent"', 'imminent')).toEqual(['imminent']);
    expect(marked('US and Europe pledge "devastating" Sanctions; sanctioned banks', 'sanc')).toEqual(['Sanc', 'sanc']);
    // Only at the beginning of a word: "Finsanctions" does not match "sanc", as the search does not find it.
    expect(marked('Finsanctions', 'sanc')).toEqual([]);
  });

  it('marks every word of the query, in order', () => {
    expect(marked('Biden and Zelensky talk; Biden calls', 'zelensky biden')).toEqual(['Biden', 'Zelensky', 'Biden']);
  });

  it('folds case, accents and invisible characters as the search does, and marks the text as written', () => {
    expect(marked('Erdoğan invites Putin', 'erdogan')).toEqual(['Erdoğan']);
    expect(marked('ERDOĞAN', 'Erdoğan')).toEqual(['ERDOĞAN']);
    expect(marked('cafe\u0301 talks', 'cafe')).toEqual(['cafe\u0301']);
    expect(marked('Pu\u200btin spoke', 'putin')).toEqual(['Pu\u200btin']);
    expect(marked('Straße', 'strass')).toEqual(['Straß']);
    expect(marked('Straße', 'strasse')).toEqual(['Straße']);
    expect(marked('the ﬁnal word', 'fin')).toEqual(['ﬁn']);
    expect(marked('Кулеба said', 'кулеба')).toEqual(['Кулеба']);
  });

  it('gives ranges of the original text, past characters outside the Basic Multilingual Plane', () => {
    const text = '𝐀 then Erdoğan';
    const [range] = matchRanges(text, searchTerms('erdogan'));
    expect(range).toEqual([text.indexOf('E'), text.length]);
  });

  it('prefers the longest word of the query that a text word begins with', () => {
    expect(marked('sanctions', 'sa sanctions')).toEqual(['sanctions']);
  });

  it('marks nothing without words to look for', () => {
    expect(matchRanges('anything', [])).toEqual([]);
    expect(matchRanges('', ['a'])).toEqual([]);
    expect(marked('anything', '  "  ')).toEqual([]);
  });
});

/** The plain reading of the rule, word by word over the whole folded text: what matchRanges must agree with. */
function everyWordRanges(text: string, terms: readonly string[]): [number, number][] {
  const folded: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const char of text) {
    const out = fold(char);
    for (let k = 0; k < out.length; k++) {
      from.push(i);
      to.push(i + char.length);
    }
    if (out.length === 0 && to.length > 0) to[to.length - 1] = i + char.length;
    folded.push(out);
    i += char.length;
  }
  const ranges: [number, number][] = [];
  for (const word of folded.join('').matchAll(/[\p{L}\p{N}]+/gu)) {
    const longest = Math.max(0, ...terms.filter((term) => word[0].startsWith(term)).map((term) => term.length));
    if (longest === 0) continue;
    const [start, end] = [from[word.index]!, to[word.index + longest - 1]!];
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

describe('matchRanges, looking terms up', () => {
  const piece = fc.constantFrom(
    'a',
    'an',
    'ban',
    'Sanc',
    'ş',
    'ﬁ',
    '𝐀',
    '\u200b',
    'e\u0301',
    ' ',
    '-',
    '½',
    'Ω',
    'ß',
    '1',
  );
  it('marks what the word-by-word reading marks, for any text and terms', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(piece, { maxLength: 4 }), (text, query) => {
        const terms = searchTerms(query.join(' '));
        expect(matchRanges(text.join(''), terms)).toEqual(everyWordRanges(text.join(''), terms));
      }),
      { numRuns: 2000 },
    );
  });

  it('marks a few words in a text of megabytes without walking its every word', () => {
    const text = `${'lorem ipsum dolor sit amet '.repeat(200_000)}Zanzibar`;
    expect(matchRanges(text, ['zanzibar'])).toEqual([[text.length - 8, text.length]]);
  });
});
