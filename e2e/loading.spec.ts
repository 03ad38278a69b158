/**
 * Loading a dataset from a URL while the test holds the download: progress, Cancel at any point,
 * a stalled download, and what stays on the page. A real server on another origin sends the
 * bytes when the test says (Playwright's route.fulfill would send them all at once).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { datasetJson, generateDataset } from '../scripts/synthetic';
import { largeDatasetBody } from './largeDataset';
import { eventsWithActor, Sourceline, TOTAL_EVENTS } from './sourceline';

/** Serves `body` at any path, sending it only as far as the test lets it. */
class HeldServer {
  private server: Server | null = null;
  private requests: { response: ServerResponse; sent: number }[] = [];
  /** Once released, every request (now or later) gets the whole body. */
  private released = false;
  origin = '';

  constructor(private readonly body: Buffer) {}

  async start(): Promise<void> {
    this.server = createServer((_request: IncomingMessage, response: ServerResponse) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(this.body.length),
        'access-control-allow-origin': '*',
        // Not cached: Chrome's cache would otherwise join a retry to the request it replaces.
        'cache-control': 'no-store',
      });
      this.requests.push({ response, sent: 0 });
      if (this.released) response.end(this.body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** How many requests have arrived. */
  get count(): number {
    return this.requests.length;
  }

  /** Sends the latest request's body up to `fraction` of it. */
  sendUpTo(fraction: number): void {
    const held = this.requests.at(-1)!;
    const until = Math.floor(this.body.length * fraction);
    held.response.write(this.body.subarray(held.sent, until));
    held.sent = until;
  }

  /** From now on every request is answered in full, at once. */
  release(): void {
    this.released = true;
    for (const held of this.requests) {
      if (!held.response.destroyed && !held.response.writableEnded) held.response.end(this.body.subarray(held.sent));
    }
  }

  /** Whether the page gave up request `n` (0 first) before its body was complete. */
  abandoned(n: number): boolean {
    const { response } = this.requests[n]!;
    return response.destroyed && !response.writableFinished;
  }

  async stop(): Promise<void> {
    for (const held of this.requests) held.response.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** Opens `url` as back/forward would, in the page already open (so that a dataset is shown). */
async function openUrlInPage(page: Page, url: string): Promise<void> {
  await page.evaluate((data) => history.pushState(null, '', `/?data=${encodeURIComponent(data)}`), url);
  await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
}

const progressBar = (page: Page) => page.getByTestId('loading').getByRole('progressbar');
const progressValue = (page: Page) => progressBar(page).evaluate((bar) => (bar as HTMLProgressElement).value);

/** A generated dataset of that many events, as served. */
const generated = (events: number) => Buffer.from(datasetJson(generateDataset({ events, seed: 3 })));

let server: HeldServer;

/** Starts the held server with `body` (stopped after each test). */
async function serve(body: Buffer): Promise<void> {
  server = new HeldServer(body);
  await server.start();
}

test.afterEach(async () => server?.stop());

test(
  'the progress bar advances as a large file downloads, and Cancel midway keeps the dataset shown before',
  { tag: '@scale' },
  async ({ page }) => {
    // 5,000 events (about 2.8 MB): large enough to arrive over many writes.
    await serve(generated(5000));
    const app = new Sourceline(page);
    await app.open();
    await openUrlInPage(page, `${server.origin}/large.json`);
    await expect.poll(() => server.count).toBe(1);

    server.sendUpTo(0.25);
    await expect(page.getByTestId('loading')).toContainText(/Downloading large\.json: [\d.]+ (KB|MB) of 2\.\d MB/);
    await expect.poll(() => progressValue(page)).toBeGreaterThan(0.2);
    const before = await progressValue(page);
    server.sendUpTo(0.6);
    await expect.poll(() => progressValue(page)).toBeGreaterThan(before + 0.3);

    await page
      .getByTestId('loading')
      .getByRole('button', { name: /^Cancel/ })
      .click();
    await expect(page.getByTestId('loading')).toHaveCount(0);
    // The download was stopped, not left running, and nothing replaced what was shown.
    await expect.poll(() => server.abandoned(0)).toBe(true);
    await app.expectCount(TOTAL_EVENTS);
    await expect(page.getByTestId('dataset-title')).toHaveText(/Russia–Ukraine border crisis/);
    await expect(page.getByRole('alert')).toHaveCount(0);
  },
);

test(
  'a large load (100,000 events, 55 MB): the bar advances as it downloads, and Cancel while it is checked keeps the view',
  { tag: '@scale' },
  async ({ page }) => {
    test.setTimeout(240_000);
    await serve(largeDatasetBody());
    const app = new Sourceline(page);
    await app.open();
    await app.actor(/^Joe Biden/).check();
    await app.expectCount(eventsWithActor('biden'));
    // The load's worker (the bundled dataset needs none): once it has ended, nothing can come of it.
    let workerEnded = false;
    page.on('worker', (worker) => worker.on('close', () => (workerEnded = true)));
    // As a link with the same filter would open it (the address is the view: without `actor` it would clear it).
    await page.evaluate(
      (data) => history.pushState(null, '', `/?actor=biden&data=${encodeURIComponent(data)}`),
      `${server.origin}/large.json`,
    );
    await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
    await expect.poll(() => server.count).toBe(1);
    const loading = page.getByTestId('loading');

    server.sendUpTo(0.3);
    await expect(loading).toContainText(/Downloading large\.json: \d+ MB of \d+ MB/);
    await expect.poll(() => progressValue(page)).toBeGreaterThan(0.25);
    const before = await progressValue(page);
    server.sendUpTo(0.7);
    await expect.poll(() => progressValue(page)).toBeGreaterThan(before + 0.3);

    // The rest arrives: the worker checks the file (seconds at this size), and Cancel stops it there.
    server.release();
    await expect(loading).toContainText('Checking large.json', { timeout: 60_000 });
    await loading.getByRole('button', { name: /^Cancel/ }).click();
    await expect(loading).toHaveCount(0);
    await expect.poll(() => workerEnded).toBe(true);
    await expect(page.getByTestId('dataset-title')).toHaveText(/Russia–Ukraine border crisis/);
    await expect(app.actor(/^Joe Biden/)).toBeChecked();
    await app.expectCount(eventsWithActor('biden'));
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByTestId('provenance')).toHaveCount(0);
  },
);

test('a download that stalls says so, with Retry and Cancel; Retry starts it again', async ({ page }) => {
  await serve(generated(200));
  // The page's clock is the test's: 15 seconds of silence pass without waiting for them.
  await page.clock.install();
  const app = new Sourceline(page);
  await page.goto(`/?data=${encodeURIComponent(`${server.origin}/stalls.json`)}`);
  await expect.poll(() => server.count).toBe(1);
  server.sendUpTo(0.3);
  const loading = page.getByTestId('loading');
  await expect(loading).toContainText('Downloading stalls.json');
  await expect(loading.getByRole('alert')).toHaveCount(0);

  await page.clock.fastForward('00:16');
  await expect(loading.getByRole('alert')).toContainText('Nothing has arrived for 15 seconds');
  await expect(loading.getByRole('button', { name: /^Cancel/ })).toBeVisible();
  await loading.getByRole('button', { name: 'Retry' }).click();

  await expect.poll(() => server.count).toBeGreaterThanOrEqual(2);
  await expect.poll(() => server.abandoned(0)).toBe(true);
  server.release();
  await app.expectCount(200, 200);
  await expect(page.getByTestId('loading')).toHaveCount(0);
});

test('a first load cancelled while it downloads says so, and offers Retry and the bundled dataset', async ({
  page,
}) => {
  await serve(generated(200));
  const app = new Sourceline(page);
  await page.goto(`/?data=${encodeURIComponent(`${server.origin}/held.json`)}`);
  await expect.poll(() => server.count).toBe(1);
  server.sendUpTo(0.1);
  await expect(page.getByTestId('loading')).toContainText('Downloading held.json');
  await page
    .getByTestId('loading')
    .getByRole('button', { name: /^Cancel/ })
    .click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not open held.json. Opening it was cancelled.');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect.poll(() => server.abandoned(0)).toBe(true);
  // The way back is in the header, once (the alert does not repeat it).
  await expect(page.getByRole('button', { name: /bundled dataset/i })).toHaveCount(1);
  await page.getByRole('banner').getByRole('button', { name: 'Back to the bundled dataset' }).click();
  await app.expectCount(TOTAL_EVENTS);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
