import { describe, expect, it } from 'vitest';
import { searchTerms } from './fold';
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
