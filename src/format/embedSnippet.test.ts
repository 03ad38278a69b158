import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet';

describe('embedSnippet', () => {
  it('is an iframe with a title, a height and lazy loading', () => {
    expect(embedSnippet('https://example.org/t/?event=e&embed=1', 'Border crisis')).toBe(
      '<iframe src="https://example.org/t/?event=e&amp;embed=1" title="Border crisis (Sourceline timeline)" ' +
        'width="100%" height="640" style="border: 0; max-width: 100%" loading="lazy"></iframe>',
    );
  });

  it('takes the height chosen, kept within what the layout needs', () => {
    expect(embedSnippet('https://example.org/?embed=1', 'T', 480)).toContain('height="480"');
    expect(embedSnippet('https://example.org/?embed=1', 'T', 100)).toContain('height="360"');
    expect(embedSnippet('https://example.org/?embed=1', 'T', 99_999)).toContain('height="1600"');
    expect(embedSnippet('https://example.org/?embed=1', 'T', Number.NaN)).toContain('height="640"');
  });

  it('escapes a hostile title so that it stays inside its attribute', () => {
    const snippet = embedSnippet('https://example.org/?embed=1', '"><script>alert(1)</script><x a="');
    expect(snippet).toContain(
      'title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x a=&quot; (Sourceline timeline)"',
    );
    expect(snippet).not.toContain('<script');
    // Parsed as HTML, it is still one iframe whose title is the text as given.
    expect(snippet.match(/</g)).toHaveLength(2);
  });
});
