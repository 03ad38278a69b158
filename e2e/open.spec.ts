import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { serveJson, Sourceline, TOTAL_EVENTS } from './sourceline';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const bundled = () => readFileSync(new URL('../data/events.json', import.meta.url), 'utf8');

function tinyDataset(title: string) {
  const dataset = JSON.parse(bundled());
  dataset.title = title;
  dataset.events = dataset.events.slice(0, 5);
  for (const event of dataset.events) delete event.related;
  // Its key moments name events cut off here.
  delete dataset.intro;
  return dataset;
}

async function openFile(page: Page, name: string, buffer: Buffer, mimeType = 'application/json') {
  await page.getByTestId('open-file-input').setInputFiles({ name, mimeType, buffer });
}

async function dropFile(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/json' }));
      return data;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop a dataset, CSV or TimelineJS file to open it')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

test('open a dataset from a file; it is remembered for the next visit; back to the bundled one', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  await openFile(page, 'five.json', Buffer.from(JSON.stringify(tinyDataset('Five events'))));
  await expect(page.getByTestId('dataset-title')).toHaveText('Five events');
  await app.expectCount(5, 5);

  await page.reload();
  await app.expectCount(TOTAL_EVENTS);
  const offer = page.getByRole('region', { name: 'Your last file' });
  await expect(offer).toContainText('five.json');
  await offer.getByRole('button', { name: 'Reopen five.json' }).click();
  await expect(page.getByTestId('dataset-title')).toHaveText('Five events');

  await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
  await app.expectCount(TOTAL_EVENTS);
});

test('drop a file anywhere on the page to open it', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  await dropFile(page, 'dropped.json', JSON.stringify(tinyDataset('Dropped dataset')));
  await expect(page.getByTestId('dataset-title')).toHaveText('Dropped dataset');
  await app.expectCount(5, 5);
});

test('open a dataset by URL, with its title in the header', async ({ page }) => {
  await serveJson(page, '/mine.json', JSON.stringify(tinyDataset('From a URL')));
  const app = new Sourceline(page);
  await app.open('?data=/mine.json');
  await expect(page.getByTestId('dataset-title')).toHaveText('From a URL');
  await app.expectCount(5, 5);
  await app.expectParam('data', '/mine.json');
});

test.describe('a file that cannot be opened says why, and the dataset shown before stays', () => {
  const cases: [string, string | Buffer, RegExp[]][] = [
    ['truncated.json', bundled().slice(0, 5000), [/not valid JSON/, /line \d+, column \d+/]],
    ['empty.json', '', [/The file is empty/]],
    ['list.json', '[1, 2, 3]', [/does not look like a Sourceline dataset/]],
    [
      'broken.json',
      JSON.stringify({
        ...tinyDataset('Broken'),
        events: [{ ...tinyDataset('x').events[0], actors: ['ghost'], start: '2022-13-01' }],
      }),
      [
        /not a valid Sourceline dataset/,
        /events\[0\]\.actors\[0\]: no actor with id "ghost"/,
        /events\[0\]\.start: "2022-13-01" has no month 13/,
      ],
    ],
  ];
  for (const [name, content, messages] of cases) {
    test(name, async ({ page }) => {
      const app = new Sourceline(page);
      await app.open();
      await openFile(page, name, Buffer.from(content));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`Could not open ${name}.`);
      for (const message of messages) await expect(alert).toContainText(message);
      await expect(alert).toContainText('The dataset shown before is still shown.');
      await app.expectCount(TOTAL_EVENTS);
      await expect(page.getByTestId('dataset-title')).toHaveText(/Russia–Ukraine border crisis/);
    });
  }

  test('a file over the size limit', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open();
    // A sparse 201 MB file: its size alone is refused before anything is read.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="open-file-input"]')!;
      const big = new File([new Uint8Array(201 * 1024 * 1024)], 'huge.json', { type: 'application/json' });
      const data = new DataTransfer();
      data.items.add(big);
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect(page.getByRole('alert')).toContainText('too large to open: the limit is 200 MB');
    await app.expectCount(TOTAL_EVENTS);
  });

  test('many problems: the first 50, a count of the rest, and a way to copy them', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const dataset = tinyDataset('Many problems');
    dataset.events = Array.from({ length: 80 }, (_, i) => ({ ...dataset.events[0], id: `e${i}`, actors: ['nobody'] }));
    const app = new Sourceline(page);
    await app.open();
    await openFile(page, 'many.json', Buffer.from(JSON.stringify(dataset)));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('80 problems');
    await expect(alert.locator('li')).toHaveCount(50);
    await expect(alert).toContainText('… and 30 more.');
    await alert.getByRole('button', { name: 'Copy the problems' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').filter((line) => line.includes('no actor with id "nobody"'))).toHaveLength(80);
  });
});

test.describe('a URL that cannot be opened names the cause, with Retry where it can help', () => {
  test('404', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/missing.json',
      (route) => route.fulfill({ status: 404, body: 'Not found' }),
    );
    const app = new Sourceline(page);
    await app.open();
    await page.evaluate(() => history.pushState(null, '', '/?data=/missing.json'));
    await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
    await expect(page.getByRole('alert')).toContainText('the file was not found (404)');
    await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await app.expectCount(TOTAL_EVENTS);
  });

  test('a web page where a dataset was expected', async ({ page }) => {
    // vite preview, like many static servers, answers an unknown path with the app's own page.
    await page.goto('/?data=/no-such-file.json');
    await expect(page.getByRole('alert')).toContainText('answered with a web page, not a dataset file');
  });

  test('network failure, then Retry succeeds', async ({ page }) => {
    let fail = true;
    await page.route(
      (url) => url.pathname === '/flaky.json',
      (route) =>
        fail
          ? route.abort('connectionrefused')
          : route.fulfill({ contentType: 'application/json', body: JSON.stringify(tinyDataset('Flaky')) }),
    );
    const app = new Sourceline(page);
    await app.open();
    await page.evaluate(() => history.pushState(null, '', '/?data=/flaky.json'));
    await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
    await expect(page.getByRole('alert')).toContainText('network request failed');
    await expect(page.getByRole('alert')).toContainText('The dataset shown before is still shown.');
    await app.expectCount(TOTAL_EVENTS);
    fail = false;
    await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('dataset-title')).toHaveText('Flaky');
  });

  test('CORS refusal, and a server that cannot be reached', async ({ page }) => {
    // A real server on another origin that answers without Access-Control-Allow-Origin: the
    // browser refuses to let the page read it. (Playwright's route.fulfill would bypass CORS.)
    const server: Server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(bundled());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const app = new Sourceline(page);
    try {
      await app.open();
      await page.evaluate(
        (url) => history.pushState(null, '', `/?data=${url}`),
        `http://127.0.0.1:${port}/events.json`,
      );
      await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
      await expect(page.getByRole('alert')).toContainText('refused to share');
      await expect(page.getByRole('alert')).toContainText('CORS');
      await expect(page.getByRole('alert')).toContainText('The dataset shown before is still shown.');
      await app.expectCount(TOTAL_EVENTS);
    } finally {
      server.close();
    }
    await page.goto(`/?data=http://127.0.0.1:${port}/events.json`);
    await expect(page.getByRole('alert')).toContainText('Could not reach 127.0.0.1');
    await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});

test('import a CSV spreadsheet and a TimelineJS file, with the rows that could not be converted reported', async ({
  page,
}) => {
  const app = new Sourceline(page);
  await app.open();
  await openFile(page, 'sample.csv', fixture('sample.csv'), 'text/csv');
  await expect(page.getByTestId('import-notice')).toContainText('could not be converted');
  await expect(page.getByTestId('import-notice')).toContainText(/row \d+/);
  await expect(app.count).toHaveText(/^\d+ of \d+ events$/);
  const csvTitles = await app.listTitles();
  expect(csvTitles).toContain('Biden and Zelensky speak by phone');

  await openFile(page, 'sample-timelinejs.json', fixture('sample-timelinejs.json'));
  await expect(page.getByTestId('import-notice')).toContainText('TimelineJS');
  await expect(page.getByTestId('import-notice')).toContainText('could not be converted');
  await expect.poll(() => app.listTitles()).toContain('Biden & Zelensky speak by phone');
  // HTML in the TimelineJS text became plain text.
  await expect.poll(() => app.listTitles()).toContain('Erdoğan invites Putin to a summit');
});
