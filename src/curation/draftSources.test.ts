// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleFromFile, articleFromPaste, draftFromFile } from './draftSources';
import { importFile } from './fileImport';

/** The worker's job, run here (Node has no workers). */
const inProcess = async (request: Parameters<typeof importFile>[0]) => importFile(request);
import { MAX_ARTICLE_CHARS } from './articleText';

const bytes = (text: string) => new TextEncoder().encode(text);

const PAGE = `<!doctype html><html><head><title>Talks resume | Example News</title>
<script>window.ran = true;</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="ad"><img src="https://ads.example/banner.png" onerror="window.ran = true"></div>
<article><h1>Talks resume</h1>
<p>Negotiators met again in Geneva on Monday, the first meeting since the talks broke down in the spring, officials said.</p>
<p>"We are ready to listen," the delegation's head told reporters outside the building, adding that no agreement was expected this week.</p>
<p>The talks are due to continue on Tuesday, with a second round planned for the end of the month if the first goes well.</p>
</article><footer>© Example News. <a href="/privacy">Privacy</a></footer>
<script src="https://tracker.example/t.js"></script></body></html>`;

describe('an article from a file', () => {
  it('reduces a saved web page to its article text, a paragraph a line, nothing run', () => {
    const read = articleFromFile('page.html', bytes(PAGE));
    expect(read).toMatchObject({ ok: true, receivedAs: 'page.html' });
    if (!read.ok) return;
    expect(read.text.split('\n')).toEqual([
      expect.stringContaining('Negotiators met again in Geneva on Monday'),
      expect.stringContaining('"We are ready to listen," the delegation\'s head told reporters'),
      expect.stringContaining('The talks are due to continue on Tuesday'),
    ]);
    expect(read.text).not.toMatch(/Home|Privacy|window\.ran/);
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined();
  });

  it('keeps a text file as it is, line endings made \\n', () => {
    expect(articleFromFile('a.txt', bytes('One line.\r\nTwo lines.\r\n'))).toMatchObject({
      ok: true,
      text: 'One line.\nTwo lines.\n',
    });
  });

  it('reads a file that is not UTF-8 as Windows-1252, and says so', () => {
    const latin = Uint8Array.from([...bytes('Caf'), 0xe9, ...bytes(' au lait, a long enough text.')]);
    const read = articleFromFile('cafe.txt', latin);
    expect(read).toMatchObject({
      ok: true,
      text: 'Café au lait, a long enough text.',
      notice: expect.stringContaining('Windows-1252'),
    });
  });

  it('refuses a binary file, an empty one and one too long, naming the file', () => {
    expect(articleFromFile('photo.txt', Uint8Array.from([0x89, 0x50, 0, 0, 1]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^photo\.txt is not a text file/),
    });
    expect(articleFromFile('empty.md', bytes('  \n'))).toMatchObject({
      ok: false,
      message: 'empty.md: The text is empty.',
    });
    expect(articleFromPaste('x'.repeat(MAX_ARTICLE_CHARS + 1))).toMatchObject({
      ok: false,
      message: expect.stringContaining('too long for one article'),
    });
  });
});

describe('a draft from a file', () => {
  it('opens a CSV spreadsheet for curation, with a word that its articles are to be added', async () => {
    const csv = 'date,title,source,quote\n2022-01-27,Phone call,Daily A,"The call went well, both sides said."\n';
    const opened = await draftFromFile('events.csv', bytes(csv), inProcess);
    expect(opened).toMatchObject({ ok: true, notices: [expect.stringContaining('add each source')] });
    if (opened.ok) expect(opened.data.dataset.events[0]?.title).toBe('Phone call');
  });

  it('says where a malformed JSON file breaks', async () => {
    expect(await draftFromFile('x.json', bytes('{\n  "title": }'), inProcess)).toMatchObject({
      ok: false,
      message: expect.stringContaining('x.json, line 2'),
    });
  });
});
