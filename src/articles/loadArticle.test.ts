import { describe, expect, it } from 'vitest';
import { articleUrl, loadArticle } from './loadArticle';

describe('loadArticle', () => {
  it('reads a bundled article on demand, header apart from the text', async () => {
    const file = await loadArticle({ kind: 'bundled' }, 'cnn-live-2022-01-27.txt');
    expect(file.header[0]).toEqual(['Outlet', 'CNN (live blog)']);
    expect(file.text.startsWith('Tensions simmer in UkraineRussia border crisis\n20220127\n')).toBe(true);
  });

  it('says which bundled article is missing', async () => {
    await expect(loadArticle({ kind: 'bundled' }, 'no-such.txt')).rejects.toThrow(
      'the bundled dataset has no article file "no-such.txt"',
    );
  });
});

describe('articleUrl', () => {
  it('finds articles/ beside the dataset, wherever the dataset is', () => {
    const page = 'https://example.org/timelines/crisis/?data=x';
    expect(articleUrl('data/events.json', 'a.txt', page)).toBe(
      'https://example.org/timelines/crisis/data/articles/a.txt',
    );
    expect(articleUrl('/events.json', 'a.txt', page)).toBe('https://example.org/articles/a.txt');
    expect(articleUrl('https://cdn.example.com/d/events.json?v=2', 'a.txt', page)).toBe(
      'https://cdn.example.com/d/articles/a.txt',
    );
  });
});
