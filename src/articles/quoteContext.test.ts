import { describe, expect, it } from 'vitest';
import { quoteInContext } from './quoteContext';

const ARTICLE = [
  'Headline of the day',
  'The first sentence sets the scene. Horne said: “Anonymous sources are ‘leaking’ falsehoods.” Then she went on. A fourth sentence is too far away.',
  'A new paragraph follows.',
].join('\n');

const joined = (result: ReturnType<typeof quoteInContext>) =>
  result!.passages.map((p) => p.segments.map((s) => (s.quoted ? `[${s.text}]` : s.text)).join('')).join(' [...] ');

describe('quoteInContext', () => {
  it('shows the sentence before and after, with the quote marked in the article’s own characters', () => {
    const result = quoteInContext(ARTICLE, "Anonymous sources are 'leaking' falsehoods.");
    expect(joined(result)).toBe(
      'The first sentence sets the scene. Horne said: “[Anonymous sources are ‘leaking’ falsehoods.]” Then she went on.',
    );
    expect(result!.passages[0]!.cutBefore).toBe(false);
    expect(result!.passages[0]!.cutAfter).toBe(true);
  });

  it('marks each piece of an ellipsis quote and leaves the words between unmarked', () => {
    const result = quoteInContext(ARTICLE, 'The first sentence … the scene');
    expect(result!.passages).toHaveLength(1);
    expect(result!.passages[0]!.segments.filter((s) => s.quoted).map((s) => s.text)).toEqual([
      'The first sentence',
      'the scene',
    ]);
    expect(joined(result)).toMatch(/^Headline of the day\n\[The first sentence\] sets \[the scene\]\. Horne said/);
  });

  it('matches across collapsed white space', () => {
    const result = quoteInContext('One.\nTwo  words\there.', 'Two words here.');
    expect(joined(result)).toBe('One.\n[Two  words\there.]');
  });

  it('shows the paragraphs around a quote that is a paragraph of its own', () => {
    const result = quoteInContext(ARTICLE, 'A new paragraph follows.');
    expect(joined(result)).toBe('A fourth sentence is too far away.\n[A new paragraph follows.]');
    expect(result!.passages[0]!.cutBefore).toBe(true);
    expect(result!.passages[0]!.cutAfter).toBe(false);
  });

  it('shows pieces far apart as passages of their own, not everything between them', () => {
    const filler = 'Filler sentence about other things. '.repeat(20);
    const result = quoteInContext(
      `Start here. The talks began.\n${filler}\nThey ended well. Goodbye.`,
      'The talks began … They ended well.',
    );
    expect(result!.passages).toHaveLength(2);
    expect(joined(result)).toBe(
      [
        'Start here. [The talks began].\nFiller sentence about other things.',
        'Filler sentence about other things. \n[They ended well.] Goodbye.',
      ].join(' [...] '),
    );
  });

  it('is null when the article does not hold the quote word for word', () => {
    expect(quoteInContext(ARTICLE, 'Anonymous sources are leaking lies.')).toBeNull();
    expect(quoteInContext(ARTICLE, '…')).toBeNull();
  });
});
