import { describe, expect, it } from 'vitest';
import { actorEventOrdinals, eventAt } from './eventIndex';
import { buildSearchIndexData, matchTerm, openSearchIndex } from './searchIndex';
import { idsOf, indexOf } from './testing.test-utils';

const index = indexOf({
  sides: [{ id: 'tr' }],
  actors: [{ id: 'erdogan', side: 'tr', name: 'Recep Tayyip Erdoğan', aliases: ['Erdoan'] }],
  events: [
    {
      id: 'b',
      start: '2022-01-02',
      title: 'Talks talks TALKS',
      excerpts: [['src', 'Erdoan spoke']],
      actors: ['erdogan'],
    },
    { id: 'a', start: '2022-01-01', title: 'Sanctions', summary: 'talks collapsed' },
    { id: 'c', start: '2022-01-03', title: 'Nothing here', dateNote: 'Talkative source' },
  ],
});
const data = buildSearchIndexData(
  Array.from({ length: index.count }, (_, ordinal) => eventAt(index, ordinal)),
  index.actors,
);
const search = openSearchIndex(data, index.count);
const match = (term: string) =>
  idsOf(
    index,
    matchTerm(search, term, (actor) => actorEventOrdinals(index, actor)),
  );

describe('buildSearchIndexData', () => {
  it('keeps a sorted vocabulary of folded words, each once', () => {
    expect(search.words).toEqual([...new Set(search.words)].sort());
    expect(search.words).toContain('talks');
    expect(search.words).toContain('erdoan');
    expect(search.words).not.toContain('Talks');
  });

  it('has one ascending posting per word and event, in ordinal order', () => {
    const talks = search.words.indexOf('talks');
    const postings = Array.from(search.postings.subarray(search.postingStart[talks], search.postingStart[talks + 1]));
    expect(postings).toEqual([0, 1]); // 'a' (ordinal 0, summary) and 'b' (ordinal 1, title three times)
    expect(search.postingStart[search.words.length]).toBe(search.postings.length);
  });

  it('indexes actor names and aliases in their own vocabulary', () => {
    expect(search.actorWords).toEqual(['erdoan', 'erdogan', 'recep', 'tayyip']);
  });

  it('is transferable: words travel as one string, and an empty index opens to empty lists', () => {
    expect(data.words.split('\n')).toEqual(search.words);
    const empty = openSearchIndex(buildSearchIndexData([], []), 0);
    expect(empty.words).toEqual([]);
    expect(empty.actorWords).toEqual([]);
    expect(Array.from(matchTerm(empty, 'x', () => []))).toEqual([]);
  });
});

describe('matchTerm', () => {
  it('matches every word the term begins', () => {
    expect(match('talk')).toEqual(['a', 'b', 'c']);
    expect(match('talks')).toEqual(['a', 'b']);
    expect(match('talkz')).toEqual([]);
    expect(match('zzz')).toEqual([]);
  });

  it('adds the events of actors whose name or alias the term begins', () => {
    expect(match('tayyip')).toEqual(['b']);
    expect(match('erdog')).toEqual(['b']);
  });

  it('expects a folded term (callers fold the query)', () => {
    expect(match('sanctions')).toEqual(['a']);
  });
});

describe('invisible characters do not hide an event from search', () => {
  it('a title with zero-width and bidirectional characters inside its words is found by the plain words', () => {
    const hidden = indexOf({
      events: [{ id: 'h', start: '2022-01-01', title: 'Pu\u200btin an\u00adnounces sanc\u200dtions \u202eabroad' }],
    });
    const hiddenSearch = openSearchIndex(
      buildSearchIndexData(
        Array.from({ length: hidden.count }, (_, o) => eventAt(hidden, o)),
        hidden.actors,
      ),
      hidden.count,
    );
    for (const term of ['putin', 'announces', 'sanctions', 'abroad']) {
      expect(
        idsOf(
          hidden,
          matchTerm(hiddenSearch, term, () => new Uint32Array(0)),
        ),
        term,
      ).toEqual(['h']);
    }
  });
});
