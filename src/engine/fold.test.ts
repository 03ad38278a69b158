import { describe, expect, it } from 'vitest';
import { fold, searchTerms, tokenize } from './fold';

describe('fold', () => {
  it.each([
    ['Erdoğan', 'erdogan'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['Çavuşoğlu', 'cavusoglu'],
    ['Mevlüt Çavuşoğlu', 'mevlut cavusoglu'],
    ['ZELENSKYY', 'zelenskyy'],
    ['Zelenskyy', 'zelenskyy'],
    ['Kuleba', 'kuleba'],
    ['Støre', 'store'],
    ['ØRESUND', 'oresund'],
    ['Łukaszenka', 'lukaszenka'],
    ['Straße', 'strasse'],
    ['Đoković', 'dokovic'],
    ['Æsir', 'aesir'],
    ['Œuvre', 'oeuvre'],
    ['Þór', 'thor'],
    ['Ðenić', 'denic'],
    ['Işık', 'isik'],
    ['İstanbul', 'istanbul'],
    ['café', 'cafe'],
    ['cafe\u0301', 'cafe'], // already decomposed
    ['ﬁnal', 'final'], // compatibility ligature
    ['Кулеба', 'кулеба'], // other scripts are lowercased, not transliterated
    ['Pu\u200btin', 'putin'], // zero-width space
    ['Zelen\u200dsky\u2060y', 'zelenskyy'], // zero-width joiner, word joiner
    ['sanc\u00adtions', 'sanctions'], // soft hyphen
    ['\u202eBiden\u202c', 'biden'], // right-to-left override … pop
    ['\u2067Kuleba\u2069\u200f', 'kuleba'], // isolates, right-to-left mark
    ['\ufeffNATO', 'nato'], // byte-order mark as a zero-width no-break space
  ])('%s → %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('folds precomposed and decomposed spellings to the same text', () => {
    expect(fold('Erdog\u0306an')).toBe(fold('Erdoğan'));
  });

  it('is idempotent', () => {
    for (const text of ['Erdoğan', 'Çavuşoğlu', 'Straße', 'Øystein', 'İ']) expect(fold(fold(text))).toBe(fold(text));
  });
});

describe('tokenize', () => {
  it('splits folded text into runs of letters and digits', () => {
    expect(tokenize('biden, zelensky: 100,000 troops — "call" (27/01)')).toEqual([
      'biden',
      'zelensky',
      '100',
      '000',
      'troops',
      'call',
      '27',
      '01',
    ]);
  });

  it('keeps letters of any script', () => {
    expect(tokenize('путин и байден')).toEqual(['путин', 'и', 'байден']);
  });

  it('returns no words for text without letters or digits', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' — … !? ')).toEqual([]);
  });
});

describe('searchTerms', () => {
  it('folds and splits a query into unique words, in order', () => {
    expect(searchTerms('Erdoğan  CALL erdogan, call')).toEqual(['erdogan', 'call']);
  });

  it('has no terms for a blank or punctuation-only query', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms('"…"')).toEqual([]);
  });
});
