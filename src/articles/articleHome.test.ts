import { describe, expect, it } from 'vitest';
import { articleKey, articleUrl } from './articleHome';

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

describe('articleKey', () => {
  it('tells the same file name of two datasets apart', () => {
    expect(articleKey({ kind: 'bundled' }, 'a.txt')).not.toBe(
      articleKey({ kind: 'url', datasetUrl: '/x.json' }, 'a.txt'),
    );
    expect(articleKey({ kind: 'url', datasetUrl: '/x.json' }, 'a.txt')).not.toBe(
      articleKey({ kind: 'url', datasetUrl: '/y.json' }, 'a.txt'),
    );
  });
});
