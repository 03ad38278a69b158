/**
 * Opening what people already have (issue 26): the TimelineJS spreadsheet template saved as CSV, a
 * TimelineJS 2 file, a file with eras and years before year 1, an ACLED export of 50,000 rows, a
 * sheet published as CSV and opened by link, and a spreadsheet whose dates read two ways. Each is
 * checked on screen: the count, a date label, an era band, a lane.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { generateAcledCsv } from '../scripts/acledSynthetic';
import { Sourceline } from './sourceline';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

async function openFile(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.getByTestId('open-file-input').setInputFiles({ name, mimeType, buffer });
}

/** The era bands drawn behind the lanes, by their labels. */
const eraBand = (page: Page, title: string) => page.locator('.vis-item.sl-era').filter({ hasText: title });
const lane = (app: Sourceline, name: string) => app.timeline.locator('.sl-lane', { hasText: name });
/** The time axis's labels, as drawn (not the hidden ones vis-timeline measures text with). */
const axisLabels = (app: Sourceline) =>
  app.timeline.locator('.vis-time-axis.vis-foreground .vis-text:not(.vis-measure)').allTextContents();

test('the TimelineJS spreadsheet template, saved as CSV: title, era, lanes, dates as written, the bad row named', async ({
  page,
}) => {
  const app = new Sourceline(page);
  await app.open();
  await openFile(page, 'timelinejs-template.csv', fixture('timelinejs-template.csv'), 'text/csv');
  await app.expectCount(5, 5);
  await expect(page.getByTestId('dataset-title')).toHaveText('The Space Race');
  const notice = page.getByTestId('import-notice');
  await expect(notice).toContainText(
    'row 8: Year -13800000000 is beyond the years a timeline can draw (271,821 BC to AD 275,759)',
  );
  await expect(notice).toContainText('row 4: its media https://example.org/sputnik.jpg is not shown');
  await expect(eraBand(page, 'The Space Race era')).toBeVisible();
  await expect(lane(app, 'Soviet Union')).toBeVisible();
  await expect(lane(app, 'United States')).toBeVisible();
  // A Time cell is a clock time (read as UTC); a Display Date is kept beside the date.
  await expect(app.listItem(/Sputnik 1 launched/)).toContainText('4 Oct 1957, 7:28 PM UTC');
  await app.listItem(/Gagarin orbits the Earth/).click();
  await expect(app.details).toContainText('As written: 12 April 1961');
  await expect(app.details).toContainText('Wednesday 12 April 1961');
  // No actors, one source, no disputes, one type: the sidebar offers none of those controls.
  await expect(app.filters.getByRole('group', { name: 'Actors', exact: true })).toHaveCount(0);
  await expect(app.filters.getByText('Disputed only')).toHaveCount(0);
  await expect(app.filters.getByText(/No actor’s name matches/)).toHaveCount(0);
});

test('a TimelineJS 2 file: timeline.date events, tags as lanes, its era, the event with month 13 named', async ({
  page,
}) => {
  const app = new Sourceline(page);
  await app.open();
  await openFile(page, 'timelinejs2.json', fixture('timelinejs2.json'), 'application/json');
  await app.expectCount(4, 4);
  await expect(page.getByTestId('dataset-title')).toHaveText('The March on Washington');
  await expect(page.getByTestId('import-notice')).toContainText(
    "event 4 (timeline.date[3]): startDate's month 13 is out of range (1–12)",
  );
  await expect(lane(app, 'Washington')).toBeVisible();
  await expect(app.listItem(/Kennedy's civil rights address/)).toContainText('11 Jun 1963');
  await app.listItem(/The March on Washington/).click();
  await expect(app.details).toContainText('King at the Lincoln Memorial; credit: AP');
  await expect(page.locator('.vis-item.sl-era')).toHaveCount(1);
});

test('years before year 1 and eras: the axis reads BC, eras are bands and are in the legend', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  await openFile(page, 'timelinejs3-bce.json', fixture('timelinejs3-bce.json'), 'application/json');
  await app.expectCount(4, 4);
  // The cosmological year costs its event only; the rest opens.
  await expect(page.getByTestId('import-notice')).toContainText('event 1 (events[0]): start_date.year -13800000000');
  await expect(eraBand(page, 'Uruk period')).toBeVisible();
  await expect(eraBand(page, 'Old Kingdom')).toBeVisible();
  await expect(lane(app, 'Egypt')).toBeVisible();
  // Round BC years, then AD 1 where year 0 begins; never moment's "-3000" or "0500".
  await expect.poll(() => axisLabels(app)).toEqual(expect.arrayContaining(['3000 BC', '1000 BC', 'AD 1', '500']));
  expect((await axisLabels(app)).filter((label) => /^-|^0\d/.test(label))).toEqual([]);
  await expect(app.listItem(/The Great Pyramid/)).toContainText('~2560 BC');
  await expect(app.listItem(/A year of three digits/)).toContainText('~625');
  // The legend is always in sight above the timeline (issue 25), eras listed in it.
  await expect(page.getByRole('list', { name: 'Eras' })).toContainText('Era: Uruk period, ~4000 BC – ~3101 BC');

  // A Sourceline dataset with eras and BC dates (the contract's own "eras" and "-000043" years).
  await openFile(page, 'rome-eras.json', fixture('rome-eras.json'), 'application/json');
  await app.expectCount(5, 5);
  await expect(eraBand(page, 'Roman Republic')).toBeVisible();
  await app.listItem(/Caesar is assassinated/).click();
  await expect(app.details).toContainText('As written: The Ides of March');
  await expect(app.details).toContainText('15 March 44 BC');
});

test.describe('from another origin', () => {
  let server: Server;
  let base = '';
  /** What the "published" sheet holds; the test edits it, as a journalist edits the sheet. */
  let sheet = '';
  const acled = Buffer.from(generateAcledCsv({ rows: 50_000, seed: 26 }));

  test.beforeAll(async () => {
    server = createServer((request, response) => {
      // The headers a spreadsheet service sends with a sheet "published to the web" as CSV.
      const published = {
        'access-control-allow-origin': '*',
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="Sheet1.csv"',
        'cache-control': 'no-cache, no-store, max-age=0, must-revalidate',
        'x-content-type-options': 'nosniff',
      };
      if (request.url?.startsWith('/spreadsheets/d/e/sheet/pub')) {
        response.writeHead(200, published);
        response.end(sheet);
      } else if (request.url === '/acled.csv') {
        response.writeHead(200, { ...published, 'content-length': acled.length });
        response.end(acled);
      } else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  test('a sheet published as CSV opens by ?data=, and the timeline follows the sheet when it is edited', async ({
    page,
  }) => {
    sheet = ['date,title,source,quote', '2022-02-21,Recognition,TASS,Putin signed the decrees.'].join('\n');
    const app = new Sourceline(page);
    const url = `${base}/spreadsheets/d/e/sheet/pub?output=csv`;
    await app.open(`?data=${encodeURIComponent(url)}`);
    await app.expectCount(1, 1);
    await expect(app.listItem(/Recognition/)).toContainText('21 Feb 2022');

    sheet += '\n2022-02-22,Sanctions,AP,Biden announced sanctions.';
    await page.reload();
    await app.expectCount(2, 2);
    await expect(app.listItem(/Sanctions/)).toBeVisible();
  });

  test('an ACLED export of 50,000 rows opens: every event, ACLED’s types, actor types as lanes', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open(`?data=${encodeURIComponent(`${base}/acled.csv`)}`);
    await app.expectCount(50_000, 50_000);
    await expect(lane(app, 'State forces')).toBeVisible();
    const types = app.filters.getByRole('group', { name: 'Event types' });
    await expect(types.getByLabel(/^Battle [\d,]+$/)).toBeVisible();
    await expect(types.getByLabel(/^Protest [\d,]+$/)).toBeVisible();
    await types.getByLabel(/^Protest [\d,]+$/).check();
    await expect(app.count).toHaveText(/^[\d,]+ of 50,000 events$/);
    await app.list.getByRole('button').first().click();
    await expect(app.details).toContainText("ACLED's notes: its coder's description of what the sources reported");
  });
});

test('a spreadsheet whose dates read two ways asks which comes first, and opens read that way', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  const csv = ['date,title,source,quote', '03/04/2022,Talks,CNN,They talked.', '05/06/2022,More talks,CNN,Again.'];
  await openFile(page, 'dates.csv', Buffer.from(csv.join('\n')), 'text/csv');
  const question = page.getByTestId('import-question');
  await expect(question).toContainText('Dates such as "03/04/2022" (row 2) can be read two ways');
  await question.getByRole('button', { name: 'Day first: 3 April 2022' }).click();
  await app.expectCount(2, 2);
  await expect(app.listItem(/^Talks/)).toContainText('3 Apr 2022');
  await expect(question).toHaveCount(0);
});
