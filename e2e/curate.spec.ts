/**
 * Curation, end to end: a dataset built in the browser from two pasted articles (3 events, 5
 * accounts, 1 contested claim), once with the mouse and once with the keyboard alone; a reload
 * mid-way, undo and redo, the preview in the reader, the published zip checked by the real
 * command-line tools, and the zip opened again. Every curation screen is checked with axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { BUNDLED } from './sourceline';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const ARTICLE_A = `Leaders spoke by phone on Thursday evening, their first call this year.
The president said the call was "warm and productive" and that both sides agreed to keep talking.
An aide, speaking anonymously, said the call did not go well and ended early.`;

const ARTICLE_B = `Officials denied on Friday that the call had gone badly.
"Reports that the call did not go well are false," a spokesperson said in a statement.
The two leaders will meet in Geneva next month, the ministry said.`;

/** How a curator works: with the mouse, or with the keyboard alone. */
interface Hands {
  name: string;
  press(target: Locator): Promise<void>;
  type(target: Locator, text: string): Promise<void>;
  choose(target: Locator, label: string): Promise<void>;
  /** Selects a passage of the article shown. */
  selectPassage(page: Page, passage: string): Promise<void>;
}

const mouse: Hands = {
  name: 'the mouse',
  press: (target) => target.click(),
  type: async (target, text) => {
    await target.click();
    await target.fill(text);
  },
  choose: async (target, label) => {
    const options = await target.locator('option').allTextContents();
    await target.selectOption({ index: options.findIndex((option) => option.includes(label)) });
  },
  async selectPassage(page, passage) {
    // Drag from the passage's first character to its last, as a reader would.
    const box = await page.getByRole('document', { name: /Text of the article/ }).evaluate((element, wanted) => {
      const text = element.textContent ?? '';
      const start = text.indexOf(wanted);
      if (start < 0) throw new Error(`not shown: ${wanted}`);
      const point = (offset: number): [Node, number] => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let left = offset;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = (node as Text).length;
          if (left < length) return [node, left];
          left -= length;
        }
        throw new Error('past the end');
      };
      const rectOf = (offset: number) => {
        const range = document.createRange();
        const [node, at] = point(offset);
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect();
      };
      element.scrollTop = 0;
      const first = rectOf(start);
      const last = rectOf(start + wanted.length - 1);
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }, passage);
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 5 });
    await page.mouse.up();
  },
};

const keyboard: Hands = {
  name: 'the keyboard only',
  press: async (target) => {
    await target.focus();
    await target.page().keyboard.press('Enter');
  },
  type: async (target, text) => {
    await target.focus();
    await target.page().keyboard.press('ControlOrMeta+A');
    await target.page().keyboard.insertText(text);
  },
  choose: async (target, label) => {
    // A closed select changes with the arrow keys.
    const options = await target.locator('option').allTextContents();
    const from = options.indexOf((await target.locator('option:checked').textContent()) ?? '');
    const to = options.findIndex((option) => option.includes(label));
    await target.focus();
    for (let i = from; i !== to; i += Math.sign(to - from))
      await target.page().keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  },
  async selectPassage(page, passage) {
    // Find the first words, then extend the selection with Shift+arrows to the passage's end.
    const words = passage.split(' ').slice(0, 3).join(' ');
    await keyboard.type(page.getByRole('searchbox', { name: 'Find in the article' }), words);
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Selected: ${words.length} characters`)).toBeVisible();
    for (let i = words.length; i < passage.length; i++) await page.keyboard.press('Shift+ArrowRight');
  },
};

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const checksSay = (page: Page) => page.getByRole('region', { name: 'Checks' }).getByRole('status');

async function addArticle(page: Page, hands: Hands, text: string, outlet: string, date: string) {
  const add = page.getByRole('region', { name: 'Add an article' });
  await hands.type(add.getByLabel('The article: paste the text'), text);
  await hands.press(add.getByRole('button', { name: 'Use the pasted text' }));
  await hands.type(add.getByLabel('Outlet'), outlet);
  await hands.type(add.getByLabel('Publication date'), date);
  await hands.press(add.getByRole('button', { name: 'Add the article' }));
  await expect(page.getByRole('heading', { name: new RegExp(outlet) })).toBeVisible();
}

async function takeAccount(page: Page, hands: Hands, passage: string, to: 'new event' | 'this event') {
  await hands.selectPassage(page, passage);
  await expect(page.getByText(`Selected: ${passage.length} characters`)).toBeVisible();
  const button =
    to === 'new event'
      ? page.getByRole('button', { name: 'New event from the selection' })
      : page.getByRole('button', { name: /^Add as account to/ });
  await hands.press(button);
}

const eventForm = (page: Page) => page.getByRole('region', { name: /^Event:/ });

async function build(page: Page, hands: Hands) {
  await page.goto('/?curate');
  await expect(page.getByRole('heading', { name: 'New dataset' })).toBeVisible();
  await expectNoAxeViolations(page);
  await hands.type(page.getByLabel('Title'), 'Phone call and its aftermath');
  await hands.press(page.getByRole('button', { name: 'Create the dataset' }));
  await expect(page.getByRole('heading', { name: 'Articles', exact: true })).toBeVisible();
  await addArticle(page, hands, ARTICLE_A, 'Daily A', '2022-01-27');
  await addArticle(page, hands, ARTICLE_B, 'Weekly B', '2022-01-28');
  await expectNoAxeViolations(page);

  // The first event, from a passage of the first article; a second account from the same article.
  await hands.press(page.getByRole('button', { name: 'Events', exact: true }));
  await hands.choose(page.getByLabel('Show the article of'), 'Daily A');
  await takeAccount(page, hands, 'The president said the call was "warm and productive"', 'new event');
  await expect(eventForm(page).getByLabel('Title')).toBeFocused();
  await hands.type(eventForm(page).getByLabel('Title'), 'Phone call');
  await takeAccount(page, hands, 'the call did not go well and ended early', 'this event');
  // An omission: a second piece for the first account, from earlier in the article.
  await hands.selectPassage(page, 'Leaders spoke by phone on Thursday evening');
  await hands.press(
    eventForm(page)
      .getByRole('article', { name: /^Account 1,/ })
      .getByRole('button', { name: /^Add piece/ }),
  );
  await expect(eventForm(page).locator('blockquote').first()).toHaveText(
    'Leaders spoke by phone on Thursday evening \u2026 The president said the call was "warm and productive"',
  );
  // The quote is shown, and no field anywhere holds it to be typed in.
  await expect(eventForm(page).locator('blockquote').last()).toHaveText('the call did not go well and ended early');
  const editable = await page
    .locator('input, textarea, [contenteditable]:not([contenteditable="false"])')
    .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value ?? field.textContent));
  expect(editable.filter((value) => value?.includes('did not go well and ended'))).toEqual([]);
  await expectNoAxeViolations(page);

  // A reload mid-way loses nothing: the address names the draft, the browser kept it.
  await expect(page.getByText(/Saved in this browser/)).toBeVisible();
  await page.reload();
  await hands.press(page.getByRole('button', { name: 'Events', exact: true }));
  await expect(page.getByRole('button', { name: 'Phone call', exact: true })).toBeVisible();
  await hands.press(page.getByRole('button', { name: 'Phone call', exact: true }));
  await expect(eventForm(page).getByRole('heading', { name: /^Account \d/ })).toHaveCount(2);

  // The other side's account, from the second article, and the claim they contest.
  await hands.choose(page.getByLabel('Show the article of'), 'Weekly B');
  await takeAccount(page, hands, 'Reports that the call did not go well are false', 'this event');
  await hands.type(eventForm(page).getByLabel('New claim'), 'The call went badly');
  await hands.press(eventForm(page).getByRole('button', { name: 'Add the claim' }));
  const stance = (account: number, choice: string) =>
    eventForm(page)
      .getByRole('article', { name: new RegExp(`^Account ${account},`) })
      .getByRole('radio', { name: choice });
  if (hands === keyboard) {
    await stance(2, 'asserts').focus();
    await page.keyboard.press('Space');
    await stance(3, 'disputes').focus();
    await page.keyboard.press('Space');
  } else {
    await stance(2, 'asserts').check();
    await stance(3, 'disputes').check();
  }
  await expect(page.getByRole('region', { name: 'Claims, as the details show them' })).toContainText('Contested');

  // Two more events from the second article.
  await takeAccount(page, hands, 'The two leaders will meet in Geneva next month', 'new event');
  await hands.type(eventForm(page).getByLabel('Title'), 'Meeting in Geneva');
  await takeAccount(page, hands, 'Officials denied on Friday that the call had gone badly', 'new event');
  await hands.type(eventForm(page).getByLabel('Title'), 'Officials deny the call went badly');

  // Undo and redo (buttons, and the keys).
  await hands.press(page.getByRole('button', { name: 'Undo' }));
  await expect(eventForm(page).getByLabel('Title')).toHaveValue('');
  await hands.press(page.getByRole('button', { name: 'Redo' }));
  await expect(eventForm(page).getByLabel('Title')).toHaveValue('Officials deny the call went badly');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(eventForm(page).getByLabel('Title')).toHaveValue('');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(eventForm(page).getByLabel('Title')).toHaveValue('Officials deny the call went badly');

  await expect(page.getByRole('heading', { name: 'Events (3)' })).toBeVisible();
  await expect(checksSay(page)).toHaveText(
    /^No problems: the dataset against the contract, 5 quotes against 2 article texts\./,
  );
  await expectNoAxeViolations(page);
  await hands.press(page.getByRole('button', { name: 'Dataset, sides and actors' }));
  await expectNoAxeViolations(page);
  await hands.press(page.getByRole('button', { name: 'Events', exact: true }));
}

async function download(page: Page, hands: Hands): Promise<Buffer> {
  const pending = page.waitForEvent('download');
  await hands.press(page.getByRole('button', { name: 'Download for publishing' }));
  const file = await pending;
  return readFileSync((await file.path())!);
}

function unpack(zip: Buffer): string {
  const folder = mkdtempSync(join(tmpdir(), 'sourceline-curated-'));
  for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(zip)))) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

function runCli(script: string, dataset: string) {
  return spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', script), dataset], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
}

for (const hands of [mouse, keyboard]) {
  test(`curating a dataset from two pasted articles, with ${hands.name}`, async ({ page }) => {
    await build(page, hands);

    // Preview in the reader, then back to the same place in the editor.
    await hands.press(page.getByRole('button', { name: 'Preview in the reader' }));
    await expect(page.getByTestId('result-count')).toHaveText('3 of 3 events');
    await hands.press(page.getByRole('list', { name: 'Events' }).getByRole('button', { name: /Phone call/ }));
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByText('Contested', { exact: true })).toBeVisible();
    // The account on no claim is folded under the digest of the claims.
    await hands.press(details.getByRole('button', { name: 'Show the account (1 more)' }));
    await expect(details).toContainText('warm and productive');
    // Read in context works in the preview: the draft's article texts are kept in memory.
    await hands.press(details.getByRole('button', { name: 'Read in context' }).first());
    await expect(details.locator('.sl-context__panel mark').first()).toBeVisible();
    await hands.press(page.getByRole('button', { name: 'Back to the editor' }));
    await expect(eventForm(page).getByLabel('Title')).toHaveValue('Officials deny the call went badly');

    // The published zip passes the real command-line checks.
    const zip = await download(page, hands);
    const folder = unpack(zip);
    const validate = runCli('validate-dataset.ts', join(folder, 'events.json'));
    expect(validate.stdout).toMatch(/valid \(3 events, \d+ actors?, 2 sources\)/);
    expect(validate.status).toBe(0);
    const proof = runCli('check-quotes.ts', join(folder, 'events.json'));
    expect(proof.stdout).toMatch(/5 quotes.*checked against 2 articles.*: 0 problems/);
    expect(proof.status).toBe(0);

    // Opening it again gives the same dataset.
    await hands.press(page.getByRole('button', { name: 'Close the draft' }));
    await page
      .getByTestId('curate-open-file')
      .setInputFiles({ name: 'published.zip', mimeType: 'application/zip', buffer: zip });
    await expect(page.getByRole('heading', { name: 'Phone call and its aftermath' })).toBeVisible();
    const again = await download(page, hands);
    const first = unzipSync(new Uint8Array(zip));
    const second = unzipSync(new Uint8Array(again));
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    for (const path of Object.keys(first)) expect(strFromU8(second[path]!)).toBe(strFromU8(first[path]!));
  });
}

const SAVED_PAGE = `<!doctype html>
<html><head><title>Talks resume | Example News</title>
<meta http-equiv="refresh" content="0; url=https://tracker.example/refresh">
<link rel="stylesheet" href="https://tracker.example/style.css">
<script>window.__pageScriptRan = true; fetch('https://tracker.example/inline');</script>
<script src="https://tracker.example/analytics.js"></script>
</head><body onload="window.__pageScriptRan = true">
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<aside class="ad"><img src="https://ads.example/banner.png" onerror="window.__pageScriptRan = true" alt="Advertisement">
<iframe src="https://ads.example/frame.html"></iframe><p>Buy now! Limited offer on everything.</p></aside>
<article>
<h1>Talks resume in Geneva</h1>
<p>Negotiators met again in Geneva on Monday, the first meeting since the talks broke down in the spring, officials said.</p>
<p>"We are ready to listen," the delegation's head told reporters outside the building, adding that no agreement was expected this week.</p>
<p>The talks are due to continue on Tuesday, with a second round planned for the end of the month if the first goes well.</p>
<img src="https://images.example/photo.jpg" alt="The delegations">
</article>
<footer>© Example News. <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>
<script>document.title = 'changed by the page';</script>
</body></html>`;

test('a saved web page is reduced to its article text: nothing in it runs or loads', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/?curate');
  await page.getByLabel('Title').fill('From a web page');
  await page.getByRole('button', { name: 'Create the dataset' }).click();
  await page.evaluate(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sample} ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  const origin = new URL(page.url()).origin;
  const before = requests.length;

  const add = page.getByRole('region', { name: 'Add an article' });
  await add
    .locator('input[type=file]')
    .setInputFiles({ name: 'talks.html', mimeType: 'text/html', buffer: Buffer.from(SAVED_PAGE) });
  await expect(add).toContainText('from talks.html');
  // The page's <title> ("Talks resume | Example News") is not printed in the article text kept: not offered as its title.
  await expect(add.getByLabel('Title')).toHaveValue('');
  await add.getByLabel('Outlet').fill('Example News');
  await add.getByRole('button', { name: 'Add the article' }).click();
  await page.getByRole('button', { name: 'Events', exact: true }).click();
  const text = page.getByRole('document', { name: /Text of the article/ });
  await expect(text).toContainText('Negotiators met again in Geneva on Monday');
  const kept = (await text.textContent()) ?? '';
  expect(kept.split('\n')).toEqual([
    'Talks resume in Geneva',
    expect.stringMatching(/^Negotiators met again in Geneva on Monday/),
    expect.stringMatching(/^"We are ready to listen," the delegation's head told reporters/),
    expect.stringMatching(/^The talks are due to continue on Tuesday/),
  ]);
  expect(kept).not.toMatch(/Home|Buy now|Privacy|Advertisement|__pageScriptRan/);

  // Nothing ran, and nothing was fetched from anywhere.
  expect(
    await page.evaluate(() => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan),
  ).toBeUndefined();
  expect(await page.title()).not.toBe('changed by the page');
  expect(requests.slice(before).filter((url) => !url.startsWith(origin))).toEqual([]);
  // Parsing the page's markup makes Chromium check its two inline handlers (onload, onerror)
  // against the page's policy, which refuses them: those refusals are all there is. Nothing tried
  // to load an image, a style, a frame or a script (that would be img-src, style-src, frame-src, …).
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  expect(violations.map((v) => v.split(' ')[0])).toEqual(['script-src-attr', 'script-src-attr']);
  // The page's policy is the one the build writes: no inline script, no script from elsewhere.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe');
});

test('the bundled dataset opens for editing with its article texts, and passes the same checks as the CLIs', async ({
  page,
}) => {
  await page.goto('/?curate');
  await page.getByRole('button', { name: /^Edit this dataset/ }).click();
  const quotes = BUNDLED.events.reduce((sum, event) => sum + event.excerpts.length, 0);
  const articles = new Set(BUNDLED.sources.map((source) => source.article)).size;
  await expect(checksSay(page)).toHaveText(
    new RegExp(`^No problems: the dataset against the contract, ${quotes} quotes against ${articles} article texts\\.`),
  );
  // Every quote is found in its article: its passage is marked in the text.
  await page.getByRole('button', { name: 'Events', exact: true }).click();
  await page.getByRole('button', { name: 'Biden–Zelensky phone call of 27 January' }).click();
  await expect(
    page
      .getByRole('document', { name: /Text of the article/ })
      .locator('mark')
      .first(),
  ).toBeVisible();
});

test('a 50 MB paste is refused with the reason, and the draft is unchanged', async ({ page }) => {
  await page.goto('/?curate');
  await page.getByLabel('Title').fill('Big paste');
  await page.getByRole('button', { name: 'Create the dataset' }).click();
  const field = page.getByLabel('The article: paste the text');
  await field.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'x'.repeat(50_000_000));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('region', { name: 'Add an article' })).toContainText(
    'The text is 50 million characters long: too long for one article',
  );
  await expect(field).toHaveValue('');
  await expect(page.getByText('No articles yet')).toBeVisible();
});

test('two tabs on one draft: the later one is told, and nothing is overwritten', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/?curate');
  await first.getByLabel('Title').fill('Shared draft');
  await first.getByRole('button', { name: 'Create the dataset' }).click();
  await expect(first.getByText(/Saved in this browser/)).toBeVisible();
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(second.getByText(/Saved in this browser/)).toBeVisible();

  await first.getByRole('button', { name: 'Dataset, sides and actors' }).click();
  await first.getByLabel('Title').fill('Changed in the first tab');
  await expect(first.getByText(/Saved in this browser/)).toBeVisible();
  await expect(second.getByRole('alert')).toContainText('This draft was changed in another tab');

  await second.getByRole('button', { name: 'Dataset, sides and actors' }).click();
  await second.getByLabel('Title').fill('Changed in the second tab');
  await first.reload();
  await first.getByRole('button', { name: 'Dataset, sides and actors' }).click();
  await expect(first.getByLabel('Title')).toHaveValue('Changed in the first tab');

  // The second tab keeps its version as a draft of its own.
  await second.getByRole('button', { name: 'Keep this tab’s version as a new draft' }).click();
  await expect(second.getByText(/Saved in this browser/)).toBeVisible();
  await second.getByRole('button', { name: 'Close the draft' }).click();
  await expect(second.getByRole('list').filter({ hasText: 'Changed in the second tab' })).toBeVisible();
  await expect(second.getByRole('list').filter({ hasText: 'Changed in the first tab' })).toBeVisible();
});

test('a CSV spreadsheet opens for curation, to add its articles and quotes', async ({ page }) => {
  await page.goto('/?curate');
  await page.getByTestId('curate-open-file').setInputFiles(join(ROOT, 'e2e', 'fixtures', 'sample.csv'));
  await expect(page.getByRole('list', { name: 'Notes from opening the draft' })).toContainText(
    "Imported from a CSV spreadsheet: add each source's article text to check its quotes.",
  );
  // Its sources have no article texts yet: the checks say which quotes cannot be checked.
  await expect(checksSay(page)).toHaveText(/^\d+ problems?/);
  await expect(page.getByRole('region', { name: 'Checks' })).toContainText('has no "article" file');
  // Choosing a problem opens its place.
  await page.getByRole('region', { name: 'Checks' }).getByRole('button').first().click();
  await expect(page.locator(':focus')).toHaveAttribute('id', /^cf-sources-\d/);
  // Publishing refuses, and says why; the draft is kept, problems and all.
  let downloads = 0;
  page.on('download', () => downloads++);
  // (The button is marked disabled for assistive technology but still says why when pressed.)
  await page.getByRole('button', { name: 'Download for publishing' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('The draft still has problems (listed under Checks)')).toBeVisible();
  expect(downloads).toBe(0);
});

test('the curation screens pass axe in the dark colour scheme too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?curate');
  await expectNoAxeViolations(page);
  await page.getByLabel('Title').fill('Dark');
  await page.getByRole('button', { name: 'Create the dataset' }).click();
  await addArticle(page, mouse, ARTICLE_A, 'Daily A', '2022-01-27');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Events', exact: true }).click();
  await takeAccount(page, keyboard, 'The president said the call was "warm and productive"', 'new event');
  await page.getByLabel('New claim').fill('The call went well');
  await page.getByRole('button', { name: 'Add the claim' }).click();
  await page.getByRole('radio', { name: 'asserts' }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Dataset, sides and actors' }).click();
  await expectNoAxeViolations(page);
});
