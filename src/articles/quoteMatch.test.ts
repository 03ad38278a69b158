import { describe, expect, it } from 'vitest';
import { fold, foldWithMap } from './foldText';
import { closestPassage, excerptOf, findPieces, quotePieces } from './quoteMatch';
import { quotedPassages } from './quotedPassages';

describe('fold', () => {
  it('folds typographic quotes, apostrophes, dashes and white space, and nothing else', () => {
    expect(fold('  “Kiev’s” \u2018view\u2019 \u2014 Biden\u2013Putin\n\t call  ')).toBe(
      `"Kiev's" 'view' - Biden-Putin call`,
    );
    // Case and spelling stay the source's own.
    expect(fold('Erdoan SAID')).toBe('Erdoan SAID');
  });

  it('remembers where each folded character came from', () => {
    const text = 'a  \u201Cb\u201D\n\nc';
    const { text: folded, origin } = foldWithMap(text);
    expect(folded).toBe('a "b" c');
    expect([...origin]).toEqual([0, 1, 3, 4, 5, 6, 8]);
    expect(text[origin[6]!]).toBe('c');
  });
});

describe('quotePieces and findPieces', () => {
  const article = fold('He said the talks were serious. Later he added: they are not an ultimatum at all.');

  it('splits at "..." and "…"', () => {
    expect(quotePieces('the talks were serious ... not an ultimatum…at all')).toEqual([
      'the talks were serious',
      'not an ultimatum',
      'at all',
    ]);
  });

  it('finds each piece after the one before it', () => {
    const match = findPieces(article, quotePieces('the talks were serious ... not an ultimatum'));
    expect(match.ok).toBe(true);
    if (match.ok)
      expect(match.spans.map((s) => article.slice(s.start, s.end))).toEqual([
        'the talks were serious',
        'not an ultimatum',
      ]);
  });

  it('fails pieces out of order, saying the piece is there but earlier', () => {
    expect(findPieces(article, quotePieces('not an ultimatum ... the talks were serious'))).toEqual({
      ok: false,
      piece: 1,
      foundEarlier: true,
    });
  });

  it('fails a changed word, naming the piece', () => {
    expect(findPieces(article, ['the talks were serious', 'not a ultimatum'])).toEqual({
      ok: false,
      piece: 1,
      foundEarlier: false,
    });
  });

  it('can insist on whole words', () => {
    expect(findPieces(fold('Biden warned Putin.'), ['war']).ok).toBe(true);
    expect(findPieces(fold('Biden warned Putin.'), ['war'], true).ok).toBe(false);
    expect(findPieces(fold('a war, warned'), ['war'], true).ok).toBe(true);
  });
});

describe('closestPassage', () => {
  const article = fold(
    'Horne said there is a distinct possibility that the Russians could invade Ukraine in February. ' +
      'The conversation will be the second in recent weeks. Per the BBC. In recent weeks, troops massed.',
  );

  it('finds the passage that differs by one word', () => {
    const passage = closestPassage(article, 'a distinct probability that the Russians could invade');
    expect(passage).not.toBeNull();
    expect(excerptOf(article, passage!)).toBe('a distinct possibility that the Russians could invade');
    expect(passage!.edits).toBe(1);
  });

  it('prefers, among equally close passages, one that does not run across a sentence end', () => {
    const passage = closestPassage(article, 'the first in recent weeks');
    expect(excerptOf(article, passage!)).toBe('the second in recent weeks.');
  });

  it('cuts long passages for a one-line report around the first difference, at a word', () => {
    expect(excerptOf('x'.repeat(300), { start: 0, end: 300 }, 10)).toBe('xxxxxxxxxx…');
    const text = 'one two three four five six seven eight nine ten';
    expect(excerptOf(text, { start: 0, end: text.length }, 20, 'one two three four five 6')).toBe(
      '…four five six seven…',
    );
  });
});

describe('quotedPassages', () => {
  it('finds double-quoted words, straight and curly', () => {
    expect(quotedPassages('Lavrov: a "hard line" and “no ultimatum”').map((p) => p.text)).toEqual([
      'hard line',
      'no ultimatum',
    ]);
  });

  it('finds single-quoted words but not apostrophes', () => {
    expect(
      quotedPassages("Russia's view: the senators' push was 'sacked' and ‘Kremlin’s own’").map((p) => p.text),
    ).toEqual(['sacked', 'Kremlin’s own']);
    expect(quotedPassages("Zelensky's call with Biden's team")).toEqual([]);
  });
});
