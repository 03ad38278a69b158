/**
 * Hostile shapes (issue 14): files, links and texts built to freeze, confuse or mislead the page.
 * Each test generates its shape, opens it over the bundled dataset, uses the page, and checks that
 * no main-thread task took 500 ms or more of CPU time (Chrome's trace; see mainThreadCpu.ts), that a clear message
 * appears where one is due, that the view before survives a failure, that a dataset which is not
 * the site's own says so in the header, and that no error reached the page.
 *
 * Long tasks are counted from the moment the bundled dataset is on screen: starting the app is the
 * same for every visit and is measured by the benchmark (docs/performance.md), not here.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import {
  bidiDataset,
  deeplyNestedJson,
  manyActorsDataset,
  RLO,
  timelineJsWithTags,
  utf16Le,
  windows1252Csv,
} from './hostileShapes';
import { SEARCH_CANDIDATES } from '../scripts/synthetic';
import { LARGE_EVENTS, largeDatasetBody } from './largeDataset';
import { MainThreadCpu } from './mainThreadCpu';
import { otherOrigin } from './otherOrigin';
import { Sourceline, TOTAL_EVENTS } from './sourceline';

/** The product requirement: no task on the page's main thread takes this long. */
const LONG_TASK_LIMIT_MS = 500;

const bundledText = () => readFileSync(new URL('../data/events.json', import.meta.url), 'utf8');

function tinyDataset(title: string): Record<string, unknown> {
  const dataset = JSON.parse(bundledText());
  dataset.title = title;
  dataset.events = dataset.events.slice(0, 5);
  for (const event of dataset.events) delete event.related;
  // Its key moments name events cut off here.
  delete dataset.intro;
  return dataset;
}

/** The measurer of the running test: its trace is stopped after the test, whatever happened. */
let measuring: MainThreadCpu | null = null;
test.afterEach(async () => {
  await measuring?.dispose();
  measuring = null;
});

/** Records page errors, and the CPU time of the longest main-thread task (see mainThreadCpu.ts). */
async function watch(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cpu = new MainThreadCpu(page);
  measuring = cpu;
  return {
    errors,
    /** Starts counting now: what came before (starting the app) is not the shape's doing. */
    async reset() {
      await cpu.start();
    },
    /** The longest task since the last reset or check stayed under the limit; counting goes on. */
    async expectNoLongTask(during: string) {
      const longest = await cpu.stop();
      expect(longest, `longest main-thread task (CPU time) while ${during} (ms)`).toBeLessThan(LONG_TASK_LIMIT_MS);
      await cpu.start();
    },
  };
}

let served = 0;

/**
 * Chooses a file in "Open dataset…". The bytes reach the page by a fetch, not by Playwright's
 * setInputFiles, which copies them in through the page's main thread (a long task of its own).
 */
async function openFile(page: Page, name: string, buffer: Buffer, mimeType = 'application/json') {
  const path = `/__shape-${++served}`;
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ body: buffer, contentType: mimeType }),
  );
  await page.evaluate(
    async ([path, name, type]) => {
      const blob = await (await fetch(path)).blob();
      const data = new DataTransfer();
      data.items.add(new File([blob], name, { type }));
      const input = document.querySelector<HTMLInputElement>('[data-testid="open-file-input"]')!;
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [path, name, mimeType] as const,
  );
}

/** Opens the bundled dataset, checks an actor (the view that must survive), and starts counting. */
async function startOnBundled(page: Page, query = '') {
  const app = new Sourceline(page);
  const watcher = await watch(page);
  await app.open(query);
  await app.actor(/^Joe Biden/).check();
  await expect(app.actor(/^Joe Biden/)).toBeChecked();
  await watcher.reset();
  return { app, watcher };
}

/** Open an event from the list, check an actor, type a search: the page must stay responsive. */
async function usePage(app: Sourceline, actor: RegExp, search: string) {
  await app.list.getByRole('button').first().click();
  await expect(app.details.getByRole('heading', { level: 2 })).toBeVisible();
  await app.actor(actor).check();
  await expect(app.actor(actor)).toBeChecked();
  await app.search.fill(search);
  await expect(app.count).toHaveText(/^\d[\d,]* of [\d,]+ events$/);
}

async function expectPreviousViewKept(app: Sourceline) {
  await expect(app.page.getByRole('alert')).toContainText('The dataset shown before is still shown.');
  await expect(app.page.getByTestId('dataset-title')).toHaveText(/Russia–Ukraine border crisis/);
  await expect(app.actor(/^Joe Biden/)).toBeChecked();
  await expect(app.count).toHaveText(new RegExp(`^\\d+ of ${TOTAL_EVENTS} events$`));
  await expect(app.page.getByTestId('provenance')).toHaveCount(0);
}

test('a TimelineJS text of "<a" 1,500 times (once a 16 s freeze) imports at once', async ({ page }) => {
  const { app, watcher } = await startOnBundled(page);
  await openFile(page, 'tags.json', Buffer.from(timelineJsWithTags(1500)));
  await expect(page.getByTestId('dataset-title')).toHaveText('Tags');
  await expect(app.listItem(/An event with markup/)).toBeVisible();
  await expect(page.getByTestId('provenance')).toContainText(
    'Not the bundled dataset. Opened from your file tags.json',
  );
  await watcher.expectNoLongTask('importing the file');
  await app.listItem(/An event with markup/).click();
  // The unclosed "<a" is never a tag: it stays as text, all of it.
  await expect(app.details).toContainText('<a<a<a<a');
  await watcher.expectNoLongTask('opening its event');
  expect(watcher.errors).toEqual([]);
});

test(
  '10,000 actors over 1,000 sides: the actor list opens, finds and checks at once',
  { tag: '@scale' },
  async ({ page }) => {
    test.setTimeout(90_000);
    // Lanes by type: drawing 1,000 side lanes is the timeline's own limit, not the actor list's.
    const { app, watcher } = await startOnBundled(page, '?lanes=type');
    // Few events: the shape is the actors; events name five each, in turn.
    const dataset = manyActorsDataset(10_000, 1_000, 200);
    await openFile(page, 'many-actors.json', Buffer.from(JSON.stringify(dataset)));
    await expect(page.getByTestId('dataset-title')).toHaveText('10000 actors over 1000 sides');
    await expect(app.count).toHaveText('200 of 200 events');
    await watcher.expectNoLongTask('opening 10,000 actors');
    // Only the rows in view are in the page.
    expect(await app.actors.getByRole('checkbox').count()).toBeLessThan(100);

    const find = app.actors.getByRole('searchbox', { name: 'Find an actor' });
    await find.fill('actor 777');
    // Every word somewhere in the name: "Actor 777", "Actor 1777" to "Actor 9777", "Actor 7770" to "Actor 7779".
    await expect(app.actors.getByRole('checkbox')).toHaveCount(19);
    // Events name five actors each, in turn: actor 777 is in event 155 only, as its count says.
    await app.actor(/^Actor 777 1$/).check();
    await expect(app.count).toHaveText('1 of 200 events');
    await watcher.expectNoLongTask('finding and checking an actor');
    await find.fill('');
    await usePage(app, /^Actor 0 /, 'event');
    await watcher.expectNoLongTask('using the page');
    expect(watcher.errors).toEqual([]);
  },
);

test('JSON nested a million levels deep: a message with line and column, and the view kept', async ({ page }) => {
  const { app, watcher } = await startOnBundled(page);
  await openFile(page, 'deep.json', Buffer.from(deeplyNestedJson(1_000_000)));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not open deep.json. It is not valid JSON.');
  await expect(alert).toContainText('line 3, column 1010: malformed JSON: nested more than 1,000 levels deep');
  await expectPreviousViewKept(app);
  await watcher.expectNoLongTask('checking the file');
  await usePage(app, /^Vladimir Putin/, 'call');
  await watcher.expectNoLongTask('using the page');
  expect(watcher.errors).toEqual([]);
});

test('a file starting with two byte-order marks says so, and the view is kept', async ({ page }) => {
  const { app, watcher } = await startOnBundled(page);
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  await openFile(page, 'two-boms.json', Buffer.concat([bom, bom, Buffer.from(JSON.stringify(tinyDataset('Boms')))]));
  await expect(page.getByRole('alert')).toContainText('It starts with two byte-order marks');
  await expectPreviousViewKept(app);
  await watcher.expectNoLongTask('reading the file');
  expect(watcher.errors).toEqual([]);
});

test('a Windows-1252 CSV and a UTF-16 dataset open with every letter, and say how they were read', async ({ page }) => {
  const { app, watcher } = await startOnBundled(page);
  await openFile(page, 'excel.csv', windows1252Csv(), 'text/csv');
  await expect(app.listItem(/Talks in Zürich/)).toBeVisible();
  const notice = page.getByTestId('import-notice');
  await expect(notice).toContainText('not UTF-8, so it was read as Windows-1252');
  await expect(notice).toContainText('line 2, in "Zürich"');
  await app.listItem(/Talks in Zürich/).click();
  await expect(app.details).toContainText('Il a dit « café » et “oui”');
  await expect(app.actor(/^José Gómez/)).toBeVisible();
  await expect(page.getByTestId('provenance')).toContainText('Opened from your file excel.csv');
  expect(await page.locator('body').innerText()).not.toContain('\ufffd');
  await watcher.expectNoLongTask('importing the CSV');

  await openFile(page, 'unicode.json', utf16Le(JSON.stringify(tinyDataset('Dataset in UTF-16: Erdoğan'))));
  await expect(page.getByTestId('dataset-title')).toHaveText('Dataset in UTF-16: Erdoğan');
  await expect(app.count).toHaveText('5 of 5 events');
  await watcher.expectNoLongTask('opening the UTF-16 file');
  expect(watcher.errors).toEqual([]);
});

test('importing a CSV logs no Content-Security-Policy violation (zod compiles nothing in the page)', async ({
  page,
}) => {
  const { watcher } = await startOnBundled(page);
  await page.evaluate(() => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    Object.assign(window, { __violations: seen });
  });
  await openFile(page, 'sample.csv', readFileSync(new URL('./fixtures/sample.csv', import.meta.url)), 'text/csv');
  await expect(page.getByTestId('import-notice')).toContainText('could not be converted');
  await expect(page.getByTestId('provenance')).toContainText('sample.csv');
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  await watcher.expectNoLongTask('importing the CSV');
  expect(watcher.errors).toEqual([]);
});

test.describe('a link to somebody else’s data', () => {
  // A real server on another origin: CORS and a declared size are the browser's to enforce.
  const base = otherOrigin(() => (request, response: ServerResponse) => {
    const open = { 'access-control-allow-origin': '*' };
    if (request.url === '/fabricated.json') {
      // The bundled dataset's own title and ids, with an invented quote: it must not pass as the site's.
      const fake = JSON.parse(bundledText());
      fake.events[0].excerpts[0].quote = 'An invented quote.';
      response.writeHead(200, { ...open, 'content-type': 'application/json' });
      response.end(JSON.stringify(fake));
    } else if (request.url === '/huge.json') {
      response.writeHead(200, { ...open, 'content-type': 'application/json', 'content-length': 201 * 1024 * 1024 });
      response.write('{'); // …and never the rest: the declared size alone is refused.
    } else if (request.url === '/no-cors.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    } else {
      response.writeHead(404, open);
      response.end();
    }
  });

  test('says plainly, for as long as it is shown, where it came from and that it is not the bundled dataset', async ({
    page,
  }) => {
    const { app, watcher } = await startOnBundled(page);
    await page.evaluate(
      (url) => history.pushState(null, '', `/?data=${encodeURIComponent(url)}`),
      `${base()}/fabricated.json`,
    );
    await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
    const provenance = page.getByTestId('provenance');
    await expect(provenance).toContainText('Not the bundled dataset. Downloaded from 127.0.0.1');
    await expect(provenance.locator('.sl-provenance__source')).toHaveText(new URL(base()).host);
    await expect(provenance.locator('.sl-provenance__source')).toHaveAttribute('title', `${base()}/fabricated.json`);
    // Same title as the site's own: only the notice tells them apart.
    await expect(page.getByTestId('dataset-title')).toHaveText(/Russia–Ukraine border crisis/);
    await watcher.expectNoLongTask('opening the linked dataset');
    await usePage(app, /^Vladimir Putin/, 'call');
    await expect(provenance).toBeVisible();
    await watcher.expectNoLongTask('using the page');

    await provenance.getByRole('button', { name: 'Back to the bundled dataset' }).click();
    await expect(provenance).toHaveCount(0);
    await expect(page).toHaveURL((url) => !url.searchParams.has('data'));
    expect(watcher.errors).toEqual([]);
  });

  const failures: [string, (base: string) => string, RegExp][] = [
    ['404', (b) => `${b}/missing.json`, /the file was not found \(404\)/],
    ['500', () => '/server-error.json', /the server answered 500/],
    ['a web page', () => '/not-a-dataset.json', /answered with a web page, not a dataset file/],
    ['CORS', (b) => `${b}/no-cors.json`, /refused to share .* \(it does not allow cross-origin requests, CORS\)/],
    ['too large', (b) => `${b}/huge.json`, /too large to open: the limit is 200 MB, and it is 201 MB/],
  ];
  for (const [name, link, message] of failures) {
    test(`a link that fails on arrival (${name}) still offers the way back, and the header works`, async ({ page }) => {
      const watcher = await watch(page);
      await page.route(
        (url) => url.pathname === '/server-error.json',
        (route) => route.fulfill({ status: 500, body: 'Internal error' }),
      );
      // vite preview answers an unknown path with the app's own page, as many static hosts do.
      await page.goto(`/?data=${encodeURIComponent(link(base()))}`);
      await expect(page.getByRole('alert')).toContainText(message);
      const header = page.getByRole('banner');
      await expect(header.getByRole('button', { name: 'Open dataset…' })).toBeEnabled();
      // No long-task bound here: what runs is the app starting, then the bundled dataset's first
      // drawing, the same on every visit (the benchmark's business; see the top of this file).

      // The way back is offered once, in the header, and stays there when the alert is dismissed.
      const wayBack = page.getByRole('button', { name: /bundled dataset/i });
      await expect(wayBack).toHaveCount(1);
      await expect(header.getByRole('button', { name: 'Back to the bundled dataset' })).toBeVisible();
      await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(wayBack).toHaveCount(1);

      await header.getByRole('button', { name: 'Back to the bundled dataset' }).click();
      const app = new Sourceline(page);
      await app.expectCount(TOTAL_EVENTS);
      await expect(page.getByTestId('provenance')).toHaveCount(0);
      await expect(header.getByRole('button', { name: 'Back to the bundled dataset' })).toHaveCount(0);
      expect(watcher.errors).toEqual([]);
    });
  }
});

test.describe('a large dataset', () => {
  const base = otherOrigin(() => {
    const body = largeDatasetBody();
    return (_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': body.length,
        'access-control-allow-origin': '*',
      });
      response.end(body);
    };
  });

  test(
    '100,000 events (55 MB) by link open, and can be read, filtered and searched, with no long task',
    { tag: '@scale' },
    async ({ page }) => {
      test.setTimeout(300_000);
      const app = new Sourceline(page);
      const watcher = await watch(page);
      // A link to it, opened in a new tab: the page's first drawing is this dataset's.
      await page.goto(`/?data=${encodeURIComponent(`${base()}/large.json`)}`);
      await expect(page.getByTestId('loading')).toBeVisible();
      // The app has started (the same on every visit); from here on the work is the dataset's.
      await watcher.reset();
      const all = `${LARGE_EVENTS.toLocaleString('en-US')} of ${LARGE_EVENTS.toLocaleString('en-US')} events`;
      // Downloading, checking and indexing 55 MB takes a while on a busy machine: the wait is long,
      // the page's own tasks are what is bounded.
      await expect(app.count).toHaveText(all, { timeout: 180_000 });
      await expect(app.timeline.locator('.vis-item').first()).toBeVisible();
      await expect(app.list.getByRole('button').first()).toBeVisible();
      await expect(page.getByTestId('provenance')).toContainText('Not the bundled dataset. Downloaded from 127.0.0.1');
      await watcher.expectNoLongTask('opening 100,000 events');

      await app.list.getByRole('button').first().click();
      await expect(app.details.getByRole('heading', { level: 2 })).toBeVisible();
      const actor = app.actors.getByRole('checkbox').first();
      await actor.check();
      await expect(actor).toBeChecked();
      await expect(app.count).not.toHaveText(all);
      const shown = async () => Number((await app.count.textContent())!.split(' of ')[0]!.replaceAll(',', ''));
      const withActor = await shown();
      await app.search.fill(SEARCH_CANDIDATES[0]!);
      // Applied once the text is indexed (the worker indexes it after the first paint).
      await expect.poll(shown).toBeLessThan(withActor);
      expect(await shown()).toBeGreaterThan(0);
      await watcher.expectNoLongTask('using 100,000 events');
      expect(watcher.errors).toEqual([]);
    },
  );
});

test('direction overrides cannot reorder the app’s words, and zero-width characters cannot hide an event', async ({
  page,
}) => {
  const { app, watcher } = await startOnBundled(page);
  await openFile(page, `${RLO}evil.json`, Buffer.from(JSON.stringify(bidiDataset())));
  await expect(page.getByTestId('dataset-title')).toHaveText(`${RLO}Reversed title`);
  await app.actor(/Mallory/).check();
  await expect(app.count).toHaveText('1 of 2 events');
  await expect(app.timeline.locator('.sl-item__title').filter({ hasText: 'Reversed event' })).toBeVisible();

  // Every piece of dataset text carrying an override is isolated, or alone in its own block: in
  // the header, the filters, the chips, the list and the timeline. (Text only screen readers get,
  // visually hidden, is not laid out; the event details' own text is checked with the details.)
  const unisolated = await page.evaluate((rlo) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue?.includes(rlo)) continue;
      const parent = node.parentElement!;
      if (parent.closest('.sl-visually-hidden')) continue;
      const style = getComputedStyle(parent);
      const isolated = ['isolate', 'isolate-override', 'plaintext'].includes(style.unicodeBidi);
      const alone = !style.display.startsWith('inline') && parent.childNodes.length === 1;
      if (!isolated && !alone) found.push(`${parent.tagName}.${parent.className}: ${node.nodeValue.slice(0, 40)}`);
    }
    return found;
  }, RLO);
  expect(unisolated).toEqual([]);
  await expect(page.getByTestId('provenance').locator('.sl-provenance__source')).toHaveText(`${RLO}evil.json`);
  await app.list.getByRole('button').first().click();
  await expect(app.details.getByRole('heading', { level: 2 })).toBeVisible();

  // "Pu\u200btin … sanc\u200dtions" is found by the words a reader sees.
  await app.actors.getByRole('button', { name: /^Clear/ }).click();
  for (const query of ['putin', 'sanctions', 'vladimir']) {
    await app.search.fill(query);
    await expect(app.count).toHaveText('1 of 2 events');
    await expect(app.listItem(/speaks about/)).toBeVisible();
  }
  await watcher.expectNoLongTask('using the page');
  expect(watcher.errors).toEqual([]);
});

test('the JSON export writes the validated dataset: no __proto__ subtrees, no unknown keys', async ({ page }) => {
  const { watcher } = await startOnBundled(page);
  const text = JSON.stringify(tinyDataset('With extras'));
  // (A key nested a million levels deep no longer opens at all: see the test above.)
  const hostile =
    `{"__proto__":{"url":"javascript:alert(1)"},"junk":{"deeper":[[["x"]]]},` +
    text.slice(1).replace('"outlet":', '"__proto__":{"url":"javascript:alert(2)"},"tracking":"x","outlet":');
  await openFile(page, 'extras.json', Buffer.from(hostile));
  await expect(page.getByTestId('dataset-title')).toHaveText('With extras');
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await page.getByRole('button', { name: /^Export 5 events$/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Dataset (JSON)' }).click(),
  ]);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(exported).not.toMatch(/__proto__|javascript:|"junk"|"tracking"/);
  expect(JSON.parse(exported).events).toHaveLength(5);
  await watcher.expectNoLongTask('opening and exporting');
  expect(watcher.errors).toEqual([]);
});
