/**
 * The production build served from a sub-path (https://example.org/timelines/crisis/), not the
 * site's root: a plain static server of its own, on a free port, serves dist/ there, and beside it a
 * dataset with its article texts that `?data=` names by a relative path.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { CALL_ID, CALL_TITLE, Sourceline, TOTAL_EVENTS } from './sourceline';

const PREFIX = '/timelines/crisis/';
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const articles = join(root, 'data', 'articles');
const INVENTED_QUOTE = 'Biden and Zelensky agreed on everything, a source said.';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** One event of the bundled dataset, plus an account no article holds. */
function mineDataset(): string {
  const dataset = JSON.parse(readFileSync(join(root, 'data', 'events.json'), 'utf8'));
  const call = dataset.events.find((event: { id: string }) => event.id === CALL_ID);
  delete call.related;
  call.excerpts.push({ source: 'cnn-live-2022-01-27', quote: INVENTED_QUOTE });
  // Its key moments name events left out here.
  delete dataset.intro;
  return JSON.stringify({ ...dataset, title: 'Mine, under a sub-path', events: [call] });
}

/** Files under the prefix only: dist/, and mine/ with the dataset and its articles. */
function resolve(pathname: string): { body: Buffer | string; type: string } | null {
  if (!pathname.startsWith(PREFIX)) return null;
  const rest = normalize(decodeURIComponent(pathname.slice(PREFIX.length)));
  if (rest.startsWith('..')) return null;
  try {
    if (rest === 'mine/events.json') return { body: mineDataset(), type: TYPES['.json']! };
    if (rest.startsWith('mine/articles/')) {
      return { body: readFileSync(join(articles, rest.slice('mine/articles/'.length))), type: TYPES['.txt']! };
    }
    const file = rest === '.' || rest === '' ? 'index.html' : rest;
    return { body: readFileSync(join(dist, file)), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

let server: Server;
let base: string;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const found = resolve(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': found.type }).end(found.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

/** Every response (and those that failed), and every worker started, while the page runs. */
function watch(page: Page): { failed: string[]; workers: string[]; loaded: string[] } {
  const seen = { failed: [] as string[], workers: [] as string[], loaded: [] as string[] };
  page.on('response', (response) => {
    seen.loaded.push(response.url());
    if (response.status() >= 400) seen.failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => seen.failed.push(`failed ${request.url()}`));
  page.on('worker', (worker) => seen.workers.push(worker.url()));
  return seen;
}

test('the build works from a sub-path: the app and the bundled dataset load', async ({ page }) => {
  const seen = watch(page);
  const app = new Sourceline(page);
  await page.goto(base);
  await app.expectCount(TOTAL_EVENTS);
  await expect(app.timeline.locator('.vis-item').first()).toBeVisible();
  // The bundled dataset, checked and indexed at build time, is a chunk under the sub-path: no worker needed.
  expect(seen.loaded).toContainEqual(expect.stringMatching(new RegExp(`^${base}assets/bundled-dataset-[\\w-]+\\.js$`)));
  // Search works with the words indexed at build time too.
  await app.search.fill('Kirby');
  await expect(app.count).toHaveText(new RegExp(`^[1-9]\\d* of ${TOTAL_EVENTS} events$`));
  await expect(app.count).not.toHaveText(`${TOTAL_EVENTS} of ${TOTAL_EVENTS} events`);

  // A link from the app stays under the sub-path.
  await app.list.getByRole('button').first().click();
  // (The address follows the store a moment after the click.)
  await expect(page).toHaveURL(new RegExp(`^${base}\\?q=Kirby&event=`));
  expect(seen.failed).toEqual([]);
});

test('under a sub-path, ?data= takes a relative path, and its article texts are found beside it', async ({ page }) => {
  const seen = watch(page);
  const app = new Sourceline(page);
  await page.goto(`${base}?data=mine/events.json&event=${CALL_ID}`);
  await expect(page.getByTestId('dataset-title')).toHaveText('Mine, under a sub-path');
  await app.expectCount(1, 1);
  await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(CALL_TITLE);
  // The file was checked by the loading worker, itself loaded from under the sub-path.
  expect(seen.workers.length).toBeGreaterThan(0);
  for (const worker of seen.workers)
    expect(worker).toMatch(new RegExp(`^${base}assets/prepare\\.worker-[\\w-]+\\.js$`));

  // "Read in context" fetches the article from mine/articles/, beside the dataset.
  await app.showEveryAccount();
  const account = app.details
    .locator('figure')
    .filter({ hasText: 'Zelensky will hold a call with President Biden today' });
  const article = page.waitForResponse(`${base}mine/articles/cnn-live-2022-01-27.txt`);
  await account.getByRole('button', { name: 'Read in context' }).click();
  expect((await article).status()).toBe(200);
  await expect(account.locator('mark')).toHaveText(
    'Ukrainian President Volodymyr Zelensky will hold a call with President Biden today, his office told CNN.',
  );

  // An account that no article holds says so, instead of showing a context it does not have.
  const invented = app.details.locator('figure').filter({ hasText: INVENTED_QUOTE });
  await invented.getByRole('button', { name: 'Read in context' }).click();
  await expect(
    invented.getByText('This quote is not in the article text (cnn-live-2022-01-27.txt) word for word'),
  ).toBeVisible();
  expect(seen.failed).toEqual([]);
});
